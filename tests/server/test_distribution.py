"""The provincial server's own distribution (server/pyproject.toml): installed alone in a fresh virtual environment it
brings neither Qt nor sqlite-utils nor the desk application, and it starts and answers on its embedded PostgreSQL."""

import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_venv(tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("server-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # pip builds from a copy-free tree (the distribution takes its packages from the repository's root)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(ROOT / "server")],
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return venv


def test_the_server_installs_without_qt_sqlite_utils_or_the_desk(server_venv):
    python = str(server_venv / "bin" / "python")
    probe = (
        "import importlib.util as u; "
        "print(*[m for m in ('PySide6', 'sqlite_utils', 'counter_app', 'reportlab') if u.find_spec(m)])"
    )
    # run outside the repository, whose folders would otherwise be importable from the current directory
    found = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True, cwd=server_venv)
    assert found.stdout.strip() == ""
    subprocess.run([python, "-c", "import provincial_server.app, counter_core.protocol"], check=True, cwd=server_venv)


def test_the_server_installed_alone_starts_and_answers(server_venv, tmp_path, data_folder):
    port = _free_port()
    server = subprocess.Popen(
        [str(server_venv / "bin" / "counter-server"), "--data-dir", str(data_folder), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    try:
        deadline, answer = time.monotonic() + 120, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                answer = requests.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        assert answer is not None, server.stdout.read().decode() if server.poll() is not None else "no answer"
        assert answer.status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)


def test_the_desks_server_extra_asks_for_what_the_server_distribution_needs():
    """The root distribution's ``server`` extra (development and tests) and server/pyproject.toml must not drift."""
    root = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    server = tomllib.loads((ROOT / "server" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert set(root["optional-dependencies"]["server"]) <= set(server["dependencies"])
    core = {"pydantic>=2.6,<3", "holidays>=0.109,<1", "argon2-cffi>=23", "platformdirs>=4"}
    assert core <= set(root["dependencies"]) and core <= set(server["dependencies"])
    assert set(server["dependencies"]) == core | set(root["optional-dependencies"]["server"])

"""The provincial server's systemd unit: what it says (dedicated user, settings from an environment file, the
database password kept off the command line, a data folder of its own that only its user reads, restart on
failure, SIGTERM to the server alone, hardening), systemd's own check of the file, and its command run the way
systemd runs it, with the example environment file pointed at the test PostgreSQL or left to the embedded one:
/health answers, the logs on standard error are JSON lines, and SIGTERM stops it cleanly, its embedded
PostgreSQL with it."""

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.installers.conftest import INSTALLERS
from tests.server.test_embedded_lifecycle import postgres_of

UNIT = INSTALLERS / "counter-server.service"
ENV_EXAMPLE = INSTALLERS / "counter-server.env.example"
INSTALLED_PROGRAM = "/opt/counter-server/bin/counter-server"
VARIABLE = re.compile(r"\$\{(\w+)\}")


def section(name: str) -> dict[str, str]:
    """The section's settings; a setting given on several lines (Environment=) has them joined by spaces."""
    values: dict[str, str] = {}
    current = None
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif current == name and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = f"{values[key]} {value}" if key in values else value
    return values


def unit_environment() -> dict[str, str]:
    return dict(word.split("=", 1) for word in section("Service")["Environment"].split())


def environment_file(path: Path) -> dict[str, str]:
    return dict(
        line.split("=", 1)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def test_the_unit_runs_as_its_own_user_with_settings_from_a_protected_file():
    service = section("Service")
    assert service["User"] == service["Group"] == "counter-server"
    assert service["EnvironmentFile"] == "/etc/counter-server/counter-server.env"
    assert service["Restart"] == "on-failure"
    command = shlex.split(service["ExecStart"])
    assert command[:2] == [INSTALLED_PROGRAM, "serve"] and "--workers" in command
    assert "--database-url" not in command  # read from COUNTER_DATABASE_URL: no password in the process list
    settings = environment_file(ENV_EXAMPLE)
    assert set(VARIABLE.findall(service["ExecStart"])) | {"COUNTER_DATABASE_URL"} == set(settings)
    assert {service[k] for k in ("NoNewPrivileges", "ProtectHome", "PrivateTmp")} == {"yes"}
    assert service["ProtectSystem"] == "strict"
    assert section("Install")["WantedBy"] == "multi-user.target"


def test_the_data_folder_is_the_services_own_and_sigterm_goes_to_the_server_alone():
    service = section("Service")
    assert service["StateDirectory"] == "counter-server" and service["StateDirectoryMode"] == "0700"
    assert unit_environment()["COUNTER_SERVER_DATA_DIR"] == "/var/lib/counter-server"  # what StateDirectory makes
    assert service["KillMode"] == "mixed"  # the server stops its PostgreSQL itself, then stragglers get SIGKILL


def test_systemd_accepts_the_unit(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian: systemd): the unit file is not verified")
    program = Path(sys.executable).with_name("counter-server")
    unit = tmp_path / "counter-server.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8")
        .replace(INSTALLED_PROGRAM, str(program))
        .replace("/etc/counter-server/counter-server.env", str(ENV_EXAMPLE)),
        encoding="utf-8",
    )
    checked = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    assert str(unit) not in checked.stderr  # unknown or misspelt settings are only warned about


@pytest.mark.slow
@pytest.mark.parametrize("database", ["external", "embedded"])
def test_the_units_command_serves_the_province_and_stops_on_sigterm(database_url, tmp_path, data_folder, database):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = environment_file(ENV_EXAMPLE) | {
        "COUNTER_DATABASE_URL": database_url if database == "external" else "",
        "COUNTER_PORT": str(port),
    }
    assert unit_environment()["XDG_RUNTIME_DIR"] == "/run/counter-server"
    assert section("Service")["RuntimeDirectory"] == "counter-server"  # systemd makes /run/counter-server
    (tmp_path / "run").mkdir(mode=0o700)
    data = data_folder
    data.mkdir(mode=0o700)  # what StateDirectory= makes
    command = [
        VARIABLE.sub(lambda m: settings[m.group(1)], word) for word in shlex.split(section("Service")["ExecStart"])
    ]
    command[0] = str(Path(sys.executable).with_name("counter-server"))
    environment = (
        {k: v for k, v in os.environ.items() if not k.startswith("COUNTER_")}
        | settings
        | {"XDG_RUNTIME_DIR": str(tmp_path / "run"), "COUNTER_SERVER_DATA_DIR": str(data)}
        # the test database knows the run's key: the external server uses it; the embedded one makes its own
        | ({"COUNTER_SERVER_SECRET": os.environ["COUNTER_SERVER_SECRET"]} if database == "external" else {})
    )
    log = tmp_path / "journal.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + 60
            while True:
                assert server.poll() is None, f"counter-server exited: {log.read_text()}"
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as answer:
                        assert answer.status == 200 and "server_time" in json.load(answer)
                    break
                except OSError:
                    assert time.monotonic() < deadline, f"no answer on /health: {log.read_text()}"
                    time.sleep(0.3)
            assert bool(postgres_of(data)) is (database == "embedded")
        finally:
            server.send_signal(signal.SIGTERM)  # what systemctl stop sends (KillMode=mixed: to the server alone)
            returncode = server.wait(30)
    assert returncode == 0
    assert not postgres_of(data)
    if database == "embedded":  # its key was made in the data folder, readable by the service's user only
        assert (data / "server-secret").stat().st_mode & 0o777 == 0o600
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["level"] for line in lines)

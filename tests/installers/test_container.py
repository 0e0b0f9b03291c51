"""The provincial server's container image (deploy/Containerfile), built and run with podman as README says. On its
embedded PostgreSQL in a volume: /health answers, a desk enrols with a code from `podman exec … counter-server desk`
and its dossier lands, `podman stop` ends the server cleanly (exit 0, its PostgreSQL stopped), and a new container on
the volume finds the dossier again. On the test's PostgreSQL: two containers of 2 workers started at once on a new
database both serve one desk, without an error or a worker lost. Skipped, saying why, where podman is missing or
cannot start a container, or where no base image can be had (without Docker Hub: deploy/debian_base.sh)."""

import contextlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from counter_app.services import reception
from counter_app.sync import engine
from tests.conftest import UNIT
from tests.store.test_receive import khai_sinh
from tests.sync import conftest as sync

memory_keyring = sync.memory_keyring  # the desk's token kept in memory (a test machine has no keyring service)

ROOT = Path(__file__).resolve().parents[2]
DOCKER_HUB_BASE = "docker.io/library/python:3.11-slim"  # the Containerfile's default
DEBIAN_BASE = "localhost/counter-python:3.11-bookworm"  # what deploy/debian_base.sh makes
IMAGE = "localhost/counter-server:test"


def podman(*args: str, timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["podman", *args], capture_output=True, text=True, timeout=timeout)
    assert not check or result.returncode == 0, f"podman {' '.join(args)}: {result.stderr[-3000:]}"
    return result


def base_image() -> str:
    """The Containerfile's default base or deploy/debian_base.sh's, whichever is on the machine, or the default
    pulled from Docker Hub."""
    for image in (DOCKER_HUB_BASE, DEBIAN_BASE):
        if podman("image", "exists", image, check=False).returncode == 0:
            return image
    pulled = podman("pull", "--quiet", DOCKER_HUB_BASE, timeout=300, check=False)
    if pulled.returncode != 0:
        pytest.skip(
            f"no base image: {DOCKER_HUB_BASE} cannot be pulled ({pulled.stderr.strip()[-300:]}); "
            f"deploy/debian_base.sh makes {DEBIAN_BASE} from a Debian mirror"
        )
    return DOCKER_HUB_BASE


def machine_options(base: str) -> tuple[list[str], list[str]]:
    """podman's global options and those of `run` and `build` with which a container starts here: none, or, where
    the default runtime or limits fail (seen on Debian 12 with cgroup v1 and no right to raise a limit: crun refuses
    the mixed cgroup hierarchy, podman's default limits are above the machine's), runc and the test's own limits."""
    files, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    limits = ["--ulimit", f"nofile={files}:{files}", "--ulimit", "nproc=4096:4096"]  # workers and PostgreSQL: dozens
    failures = []
    for global_options, options in (([], []), (["--runtime", "runc"], limits)):
        tried = podman(*global_options, "run", "--rm", *options, base, "true", check=False)
        if tried.returncode == 0:
            return global_options, options
        failures.append(tried.stderr.strip()[-300:])
    pytest.skip(f"podman cannot start a container here: {' / '.join(failures)}")


def build_options() -> list[str]:
    """pip's own settings on this machine (`pip config list`: its environment and files), for the build's pip: its
    index, and its certificate bundle (a way out that inspects TLS with an authority of its own)."""
    listed = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, timeout=60)
    settings: dict[str, str] = {}
    for line in listed.stdout.splitlines():  # e.g. global.cert='/etc/ssl/certs/ca-certificates.crt'
        key, _, value = line.partition("=")
        settings.setdefault(key.partition(".")[2], value.strip("'"))  # the environment's, listed first, wins
    options = []
    if settings.get("index-url"):
        options += ["--build-arg", f"PIP_INDEX_URL={settings['index-url']}"]
    if settings.get("cert"):
        options += ["-v", f"{settings['cert']}:/run/pip-ca.crt:ro", "--build-arg", "PIP_CERT=/run/pip-ca.crt"]
    return options


@pytest.fixture(scope="module")
def engine_and_image() -> tuple[list[str], list[str]]:
    if shutil.which("podman") is None:
        pytest.skip("podman is not installed (Debian: podman): the container image is not built")
    if podman("info", check=False).returncode != 0:
        pytest.skip("podman is installed but does not work here (`podman info` fails)")
    base = base_image()
    global_options, options = machine_options(base)
    podman(
        *global_options,
        "build",
        *options,
        *build_options(),
        "--format",
        "docker",  # keeps the HEALTHCHECK
        "--build-arg",
        f"BASE={base}",
        "-f",
        "deploy/Containerfile",
        "-t",
        IMAGE,
        str(ROOT),
        timeout=900,
    )
    return global_options, options


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def healthy(name: str, port: int) -> None:
    """Wait until the container's server answers /health on the port."""
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as answer:
                assert answer.status == 200 and json.load(answer)["status"] == "ok"
            return
        except OSError:
            state = podman("inspect", name, "--format", "{{.State.Status}}").stdout.strip()
            assert state == "running" and time.monotonic() < deadline, podman("logs", name).stderr[-3000:]
            time.sleep(0.5)


@contextlib.contextmanager
def servers(engine_and_image, *runs: tuple[int, list[str]]) -> Iterator[list[str]]:
    """Containers of the image, each with its port (where /health answers) and its own options of `podman run`,
    started by one `podman start`: their names once all answer; removed after."""
    global_options, options = engine_and_image
    names = [f"counter-server-test-{uuid.uuid4().hex[:8]}" for _ in runs]
    try:
        for name, (_, run_options) in zip(names, runs):
            podman(*global_options, "create", "--name", name, *options, *run_options, IMAGE)
        podman(*global_options, "start", *names)
        for name, (port, _) in zip(names, runs):
            healthy(name, port)
        yield names
    finally:
        podman("rm", "-f", "-v", *names, check=False)  # -v: their anonymous volumes too (a named one stays)


def stop(*names: str) -> list[str]:
    """`podman stop` (SIGTERM); each container's log, once its exit code is seen to be 0."""
    podman("stop", "-t", "30", *names)
    logs = [podman("logs", name).stderr for name in names]
    for name, log in zip(names, logs):
        assert podman("inspect", name, "--format", "{{.State.ExitCode}}").stdout.strip() == "0", log[-3000:]
    return logs


def administration(name: str, *args: str) -> dict[str, object]:
    """`podman exec NAME counter-server …`, its answer read as JSON."""
    return json.loads(podman("exec", name, "counter-server", *args).stdout)


@pytest.mark.slow
def test_the_image_serves_a_desk_stops_cleanly_and_keeps_the_province_in_its_volume(engine_and_image, desk, clerk):
    volume = f"counter-server-test-{uuid.uuid4().hex[:8]}"
    podman("volume", "create", volume)
    port = free_port()  # the desk keeps the server's address: the new container takes the old one's
    as_readme = ["-p", f"127.0.0.1:{port}:8750", "-v", f"{volume}:/var/lib/counter-server"]
    try:
        with servers(engine_and_image, (port, as_readme)) as (name,):
            administration(name, "unit", UNIT, "UBND xã Quảng Phú")
            code = administration(name, "desk", UNIT, "1")["enrolment_code"]
            engine.enrol(desk, f"http://127.0.0.1:{port}", code)
            receipt = reception.receive(desk, khai_sinh(desk), clerk)
            assert engine.sync(desk).outcomes == {"applied": 1}
            (log,) = stop(name)
            assert "embedded PostgreSQL stopped" in log
        with servers(engine_and_image, (port, as_readme)) as (name,):
            administration(name, "decide", receipt.code, "4", "--note", "Đã ký")  # the dossier is still there
            assert engine.sync(desk).received == 1
    finally:
        podman("volume", "rm", "-f", volume, check=False)


@pytest.fixture
def empty_database(database_url) -> Iterator[tuple[str, list[str]]]:
    """A new database on the test's PostgreSQL: its address as the containers see it, and what they need to reach
    it (the server's socket, bind-mounted: the cluster's folder is its own user's only; or the host's network)."""
    name = f"counter_container_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    place = conninfo_to_dict(database_url)
    host, port = str(place.get("host", "")), str(place.get("port", "5432"))
    if host.startswith("/"):
        socket_file = f".s.PGSQL.{port}"
        reach = ["-v", f"{host}/{socket_file}:/run/counter-pg/{socket_file}"]
        url = make_conninfo(database_url, dbname=name, host="/run/counter-pg")
    else:
        reach, url = [], make_conninfo(database_url, dbname=name)
    yield url, reach
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.mark.slow
def test_two_containers_start_at_once_on_one_new_database_and_serve_one_desk(
    engine_and_image, empty_database, desk, clerk
):
    url, reach = empty_database
    ports = free_port(), free_port()
    settings = [  # the province's settings file, as --env-file gives it; the key of the test run's servers
        "--network=host",
        *reach,
        "-e",
        f"COUNTER_DATABASE_URL={url}",
        "-e",
        f"COUNTER_SERVER_SECRET={os.environ['COUNTER_SERVER_SECRET']}",
        "-e",
        "COUNTER_WORKERS=2",
    ]
    runs = [(port, [*settings, "-e", f"COUNTER_PORT={port}"]) for port in ports]
    with servers(engine_and_image, *runs) as (first, second):  # both migrate the empty database at once
        administration(first, "unit", UNIT, "UBND xã Quảng Phú")
        code = administration(first, "desk", UNIT, "1")["enrolment_code"]
        engine.enrol(desk, f"http://127.0.0.1:{ports[1]}", code)
        receipt = reception.receive(desk, khai_sinh(desk), clerk)
        assert engine.sync(desk).outcomes == {"applied": 1}
        administration(first, "decide", receipt.code, "4", "--note", "Đã ký")
        assert engine.sync(desk).received == 1
        for log in stop(first, second):
            levels = {json.loads(line)["level"] for line in log.splitlines() if line.startswith("{")}
            assert levels == {"INFO"}, log[-3000:]
            assert "died" not in log  # no worker killed while it started (uvicorn's ping)
            assert log.count("Application startup complete") == 2  # both workers served

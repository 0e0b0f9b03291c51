"""A real provincial server for the sync tests: PostgreSQL (embedded, or $COUNTER_TEST_DATABASE_URL) and the
FastAPI app served by uvicorn on 127.0.0.1, an in-memory keyring standing in for the OS's, and desks of a
fresh unit, enrolled or not."""

import contextlib
import os
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator

import keyring
import pytest
import uvicorn

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.sync import engine
from provincial_server import enrolment_codes, secret
from provincial_server.app import create_app
from provincial_server.guard import Limits
from provincial_server.store import admin as store
from provincial_server.store import schema
from tests.helpers.memory_keyring import MemoryKeyring

KEY = bytes.fromhex(os.environ[secret.VARIABLE])  # set for the whole run by tests/conftest.py
# The shared test server lets a test run send as fast as it can: the limits are tested on servers of their own.
GENEROUS = Limits(
    address_rate=1e6,
    address_burst=10**6,
    desk_rate=1e6,
    desk_burst=10**6,
    wrong_token_burst=10**6,
    enrol_burst=10**6,
    bodies=10**4,
    address_bodies=10**4,
    desk_bodies=10**4,
)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@contextlib.contextmanager
def serving(
    database_url: str, limits: Limits = GENEROUS, files: str | None = None, spool: str | None = None, **tls
) -> Iterator[str]:
    """The provincial server on a free port of 127.0.0.1 while the block runs; with ``ssl_certfile`` and
    ``ssl_keyfile`` it speaks HTTPS; ``files``: where it keeps the files of digitised papers (default: a temporary
    folder). Yields its base URL."""
    if files is None:
        with (
            tempfile.TemporaryDirectory(prefix="province-files-") as folder,
            serving(database_url, limits, folder, spool, **tls) as url,
        ):
            yield url
        return
    with store.connect(database_url) as conn:
        schema.migrate(conn)
        secret.check(conn, KEY)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(database_url, KEY, limits=limits, files=files, spool=spool),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            **tls,
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the provincial server did not start"
        time.sleep(0.05)
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def issue_code(conn, unit_code: str, desk: int) -> str:
    """A desk of the unit on the server and a one-time code for it, as ``counter-server desk`` gives them."""
    return enrolment_codes.issue(conn, KEY, store.create_desk(conn, unit_code, desk))


@pytest.fixture(scope="session")
def server_url(database_url):
    with serving(database_url) as url:
        yield url


@pytest.fixture
def province(database_url):
    """A fresh unit on the server (each test has its own), more units on demand, and enrolment codes for their
    desks."""
    conn = store.connect(database_url)
    unit = f"000.00.{uuid.uuid4().hex[:6]}.H56"

    class Province:
        unit_code = unit
        db = conn
        url = database_url

        @staticmethod
        def new_unit(name: str) -> str:
            code = f"000.00.{uuid.uuid4().hex[:6]}.H56"
            store.create_unit(conn, code, name)
            return code

        @staticmethod
        def desk_code(desk: int, unit_code: str | None = None) -> str:
            return issue_code(conn, unit_code or unit, desk)

    store.create_unit(conn, unit, "UBND xã Quảng Phú")
    yield Province
    conn.close()


@pytest.fixture
def make_desk(tmp_path, province, clock):
    def make(number: int = 1, unit_code: str | None = None, folder: str | None = None) -> tuple[Desk, accounts.User]:
        s = open_store(tmp_path / (folder or f"desk{number}-{unit_code or 'home'}"))
        init_desk(s, unit_code or province.unit_code, "UBND xã Quảng Phú", number)
        admin = accounts.first_admin(s, "toan", "Phạm Quốc Toản", "matkhau1")
        clerk = accounts.add_user(s, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
        return Desk(s, clock), clerk

    return make


@pytest.fixture
def enrolled_desk(make_desk, province, server_url):
    """Make and enrol a desk of the test's unit (or of another unit)."""

    def make(number: int = 1, unit_code: str | None = None) -> tuple[Desk, accounts.User]:
        desk, clerk = make_desk(number, unit_code)
        engine.enrol(desk, server_url, province.desk_code(number, unit_code))
        return desk, clerk

    return make


@pytest.fixture
def enrolled(enrolled_desk):
    return enrolled_desk(1)


@pytest.fixture
def province_wide(province):
    """What a test publishes province-wide (catalogs, fee tables, calendars, the look-up address, changes of unknown
    kinds) is taken back at its end, so that the desks of later tests (which share the test server) never see it."""
    start = province.db.execute("SELECT coalesce(max(cursor), 0) AS c, now() AS t FROM change_log").fetchone()
    yield
    province.db.execute(
        "DELETE FROM change_log WHERE unit_code IS NULL AND kind <> 'unit' AND cursor > %s", (start["c"],)
    )
    for table in ("catalog_release", "calendar_release", "fee_release"):
        province.db.execute(f"DELETE FROM {table} WHERE published_at >= %s", (start["t"],))
    province.db.execute("DELETE FROM server_setting WHERE name = 'tracking.url'")

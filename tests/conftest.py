"""Shared fixtures: a real desk database in a temporary folder, configured and with accounts; a real
PostgreSQL for the provincial server (embedded, or $COUNTER_TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The provincial server's secret key for the whole run: the test servers and the counter-server commands the tests
# run (in this process or as their own) hash enrolment codes with it, and no key file is written anywhere.
os.environ.setdefault("COUNTER_SERVER_SECRET", secrets.token_hex(32))

from datetime import datetime

import pytest

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_core.foundation.clock import VN_TZ

UNIT = "000.00.31.H56"


class FakeClock:
    """A clock the test moves by hand, in Vietnam time."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set(self, text: str) -> None:
        self.moment = datetime.fromisoformat(text).replace(tzinfo=VN_TZ)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "desk")
    yield s
    s.close()


@pytest.fixture
def configured(store):
    init_desk(store, UNIT, "UBND xã Quảng Phú", 1)
    return store


@pytest.fixture
def admin(configured):
    """The desk's first administrator, made as the first-run setup makes it."""
    return accounts.first_admin(configured, "toan", "Phạm Quốc Toản", "matkhau1")


@pytest.fixture
def clerk(configured, admin):
    return accounts.add_user(configured, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=VN_TZ))


@pytest.fixture
def desk(configured, clock):
    return Desk(configured, clock)


@pytest.fixture
def tasks_for(qapp):
    """The database thread of any desk, as the window has it (counter_app/ui/tasks.py); stopped when the test ends."""
    from counter_app.ui.tasks import DeskTasks

    made = []

    def make(desk: Desk) -> DeskTasks:
        made.append(DeskTasks(desk))
        return made[-1]

    yield make
    for tasks in made:
        tasks.close()


@pytest.fixture
def tasks(qapp, desk):
    """The database thread of the test's desk; stopped before the desk's store is closed."""
    from counter_app.ui.tasks import DeskTasks

    thread = DeskTasks(desk)
    yield thread
    thread.close()


def postgres_folder() -> Path:
    """A fresh folder for an embedded PostgreSQL, outside pytest's own temporary folder: run as root, the tests run
    PostgreSQL as another user, who must reach the folder, and any other pytest run on the machine sets pytest's
    folder back to 0700 as it starts (the cluster then dies mid-run)."""
    return Path(tempfile.mkdtemp(prefix="counter-test-pg-"))


@pytest.fixture
def data_folder():
    """A server data folder of the test's own (see ``postgres_folder``), removed after it."""
    folder = postgres_folder()
    yield folder / "data"
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def database_url():
    from provincial_server import embedded

    url = os.environ.get("COUNTER_TEST_DATABASE_URL")
    if url:
        yield url
        return
    folder = postgres_folder()
    cluster = embedded.start(folder)
    yield cluster.url
    cluster.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def start_desk_log():
    """``logs.setup`` as the command line and the window call it; the file handler goes when the test ends."""
    import logging

    from counter_app.foundation import logs

    yield logs.setup
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logs.DeskLog)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def vietnamese(qapp, tmp_path):
    """The window in Vietnamese, as the clerk sees it (the application's default language)."""
    from counter_app.ui.i18n import install_translators

    translators = install_translators(qapp, "vi", cache=tmp_path / "qm")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)

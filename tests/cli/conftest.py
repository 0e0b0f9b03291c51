"""A configured desk's data folder for the command-line tests that run ``counter-app`` in this process."""

import pytest

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.store import open_store


@pytest.fixture
def data_dir(tmp_path, start_desk_log):
    folder = tmp_path / "quay1"
    store = open_store(folder)
    init_desk(store, "000.00.31.H56", "UBND xã Quảng Phú", 1)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    store.close()
    return folder

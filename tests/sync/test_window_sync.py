"""The window syncs in the background (F5 and every minute) and tells the clerk where it stands."""

from PySide6.QtCore import Qt

from counter_app.domain.status import Status
from counter_app.sync import engine
from counter_app.ui.main_window import MainWindow
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh
from tests.sync.test_sync import new_id


def test_f5_syncs_in_the_background_and_the_status_bar_says_so(qtbot, enrolled, province):
    desk, clerk = enrolled
    code = desk.receive(khai_sinh(desk), clerk).code
    window = MainWindow(desk, clerk)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert "1" in window.sync.label.text()  # one action waiting to be sent
    window.intake.search.setFocus()
    with qtbot.waitSignal(window.sync.synced, timeout=15000):
        qtbot.keyClick(window.intake.search, Qt.Key.Key_F5)
    assert engine.status(desk)["backlog"] == 0 and "0" in window.sync.label.text()
    server_store.decide(province.db, code, Status.PROCESSING, "Phòng Tư pháp", "Đang thẩm định", new_id())
    with qtbot.waitSignal(window.sync.synced, timeout=15000):
        window.sync.sync_now()
    assert desk.show(code)["status"] == Status.PROCESSING


def test_a_failed_sync_is_explained_and_keeps_the_backlog(qtbot, enrolled, province):
    desk, clerk = enrolled
    desk.receive(khai_sinh(desk), clerk)
    server_store.revoke(province.db, f"{province.unit_code}-01")
    window = MainWindow(desk, clerk)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync.failed, timeout=15000) as failed:
        window.sync.sync_now()
    assert "thu hồi" in failed.args[0] and "thu hồi" in window.sync.label.text()
    assert engine.status(desk)["backlog"] == 1

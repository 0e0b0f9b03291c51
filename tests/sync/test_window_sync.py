"""The window syncs in the background (as it opens, soon after a save, a minute after a success, backing off while
the province cannot be reached, at once on F5) and tells the clerk where it stands; the "Đồng bộ" dialog lists
what the supervisor must deal with; the intake form offers the units the province published."""

import socket

from PySide6.QtCore import Qt

from counter_app.services import lookup, processing, reception
from counter_app.store import dossiers, settings
from counter_app.sync import engine
from counter_app.ui.main_window import MainWindow
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from tests.helpers.waiting import settle
from tests.store.test_receive import khai_sinh
from tests.sync.test_sync import new_id
from tests.ui.keys import choose, type_text
from tests.ui.test_reception import CARD

SYNC_TIMEOUT_MS = 30_000


def shown(qtbot, tasks, clerk) -> MainWindow:
    window = MainWindow(tasks, clerk)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, tasks)
    return window


def fill_intake(qtbot, form) -> None:
    """A clerk scans the owner's ID card, picks the birth registration and ticks the required papers."""
    form.owner.edits["phone"].setFocus()
    type_text(form.owner.edits["phone"], CARD)
    qtbot.keyClick(form.owner.edits["phone"], Qt.Key.Key_Return)
    choose(form, "khai sinh", "1.001193")
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)


def point_at_a_closed_port(desk) -> str:
    """The desk's server address becomes one where nothing listens (the province is unreachable)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    real = engine.status(desk)["server"]
    with desk.store.write():
        settings.put(desk.store, {"sync.server_url": f"http://127.0.0.1:{port}"})
    return real


def test_f5_syncs_in_the_background_and_the_status_bar_says_so(qtbot, tasks_for, enrolled, province, vietnamese):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    window = shown(qtbot, tasks_for(desk), clerk)
    qtbot.waitUntil(lambda: "1 hồ sơ/thao tác chờ gửi" in window.sync.label.text())
    window.intake.search.setFocus()
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        qtbot.keyClick(window.intake.search, Qt.Key.Key_F5)
    assert engine.status(desk)["backlog"] == 0
    label = window.sync.label.text()  # (with a warning: the test's clock is far from the server's)
    assert label.startswith("Đã kết nối")
    assert "— 0 hồ sơ/thao tác chờ gửi — đồng bộ lần cuối 09:00" in label
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 60_000  # the next run in a minute
    server_store.decide(province.db, code, Status.PROCESSING, "Phòng Tư pháp", "Đang thẩm định", new_id())
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()
    assert lookup.show(desk, code).status == Status.PROCESSING
    window.close()
    assert not window.sync.timer.isActive()  # a closed window syncs no more


def test_a_long_push_shows_its_progress_then_hides_it(qtbot, tasks_for, enrolled, vietnamese):
    desk, clerk = enrolled
    for _ in range(2 * engine.BATCH + 50):
        reception.receive(desk, khai_sinh(desk), clerk)
    window = shown(qtbot, tasks_for(desk), clerk)
    qtbot.waitUntil(lambda: "450 hồ sơ/thao tác chờ gửi" in window.sync.label.text())
    bar = window.sync.progress
    seen = []
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum(), bar.isVisible())))
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()
        assert window.sync.label.text().startswith("Đang đồng bộ với máy chủ tỉnh…")
    assert seen == [(0, 450, True), (200, 450, True), (400, 450, True), (450, 450, True)]
    assert not bar.isVisible() and engine.status(desk)["backlog"] == 0


def test_an_unreachable_province_is_retried_with_a_growing_jittered_back_off(qtbot, tasks_for, enrolled, vietnamese):
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    real = point_at_a_closed_port(desk)
    window = shown(qtbot, tasks_for(desk), clerk)
    window.sync.schedule.draw = lambda: 0.5  # the middle of each jitter window
    for ceiling in (60, 120, 240):
        with qtbot.waitSignal(window.sync.failed, timeout=SYNC_TIMEOUT_MS):
            window.sync.sync_now()  # as the retry timer does when it fires
        assert window.sync.timer.isActive() and window.sync.timer.isSingleShot()
        assert window.sync.timer.interval() == (5 + 0.5 * (ceiling - 5)) * 1000
    label = window.sync.label.text()
    assert label.startswith("Mất kết nối: Không kết nối được máy chủ tỉnh") and "thử lại lúc" in label
    assert "1 hồ sơ/thao tác chờ gửi" in label
    with desk.store.write():
        settings.put(desk.store, {"sync.server_url": real})  # the network is back
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()
    assert window.sync.timer.interval() == 60_000 and window.sync.label.text().startswith("Đã kết nối")


def test_a_revoked_desk_is_explained_keeps_its_backlog_and_is_not_retried(
    qtbot, tasks_for, enrolled, province, vietnamese
):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    server_store.revoke(province.db, f"{province.unit_code}-01")
    window = shown(qtbot, tasks_for(desk), clerk)
    with qtbot.waitSignal(window.sync.failed, timeout=SYNC_TIMEOUT_MS) as failed:
        window.sync.sync_now()
    label = window.sync.label.text()
    assert "thu hồi" in failed.args[0] and label.startswith("Ngừng đồng bộ:") and "nhấn F5 để thử lại" in label
    assert not window.sync.timer.isActive()  # an error that will repeat is not retried by itself
    with qtbot.waitSignal(window.dossiers.shown):
        window.dossiers.open(code)
    with qtbot.waitSignal(window.dossiers.recorded):
        window.dossiers.change_status()  # a clerk goes on working: the action is kept, no sync is tried for it
    assert lookup.show(desk, code).status == Status.PROCESSING
    assert not window.sync.timer.isActive() and engine.status(desk)["backlog"] == 2


def test_the_window_syncs_as_it_opens_and_soon_after_a_save(qtbot, tasks_for, enrolled, vietnamese):
    desk, clerk = enrolled
    window = shown(qtbot, tasks_for(desk), clerk)
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        pass  # no key pressed: the first run starts by itself
    assert window.sync.timer.interval() == 60_000
    fill_intake(qtbot, window.intake)
    with qtbot.waitSignal(window.intake.saved):
        qtbot.keyClick(window.intake.owner.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 2_000
    qtbot.waitUntil(lambda: "— 1 hồ sơ/thao tác chờ gửi —" in window.sync.label.text())
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        pass
    assert engine.status(desk)["backlog"] == 0


def test_the_sync_dialog_lists_a_refused_action_and_opens_its_dossier(qtbot, tasks_for, enrolled, province, vietnamese):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(province.db, code, Status.STOPPED, "Phòng Tư pháp", "Dừng theo yêu cầu", new_id())
    processing.transition(desk, code, Status.PROCESSING, clerk)  # the desk has not heard of the stop yet
    engine.sync(desk)
    (refused,) = [p for p in engine.problems(desk) if p["kind"] == "set_aside"]
    window = shown(qtbot, tasks_for(desk), clerk)
    qtbot.waitUntil(lambda: "1 bị tỉnh từ chối" in window.sync.label.text())
    qtbot.mouseClick(window.sync, Qt.MouseButton.LeftButton)
    dialog = window.sync_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Đồng bộ với máy chủ tỉnh"
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    assert dialog.desk_id.text() == f"{province.unit_code}-01" and dialog.backlog.text() == "0"
    assert dialog.last_sync.text() == "23/11/2026 09:00"
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    reason = refused["reason"].in_language("vi")  # the province's reason, in the window's Vietnamese
    assert [code, "Bị tỉnh từ chối: chuyển xử lý", "23/11/2026 09:00", reason] in rows
    assert "Dừng xử lý" in reason
    row = rows.index([code, "Bị tỉnh từ chối: chuyển xử lý", "23/11/2026 09:00", reason])
    with qtbot.waitSignal(dialog.loaded, timeout=SYNC_TIMEOUT_MS):  # after the run, the dialog reads again
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert not dialog.sync_button.isEnabled() and dialog.state.text().startswith("Đang đồng bộ")
    assert dialog.sync_button.isEnabled() and dialog.state.text().startswith("Đã kết nối")
    window.tabs.setCurrentWidget(window.intake)
    cell = dialog.table.visualItemRect(dialog.table.item(row, 1)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double click is a click,
    with qtbot.waitSignal(window.dossiers.shown):
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # then the second press
    assert window.tabs.currentWidget() is window.dossiers and window.dossiers.current.code == code
    assert not dialog.isVisible()


def test_the_intake_form_offers_the_units_the_province_published(qtbot, tasks_for, enrolled, province, vietnamese):
    desk, clerk = enrolled
    other = province.unit_code.replace("000.00.", "000.01.")
    server_store.create_unit(province.db, other, "UBND xã Quảng Lộc")
    engine.sync(desk)
    window = shown(qtbot, tasks_for(desk), clerk)
    form = window.intake
    units = [form.competent_unit.itemText(i) for i in range(form.competent_unit.count())]
    assert units[0] == "UBND xã Quảng Phú (đơn vị này)" and f"UBND xã Quảng Lộc — {other}" in units
    assert form.competent_unit.isVisible() and form.competent_unit.currentIndex() == 0
    fill_intake(qtbot, form)
    form.exemption.setFocus()
    qtbot.keyClick(form.exemption, Qt.Key.Key_Tab)  # the unit comes right after the fee exemption
    assert form.competent_unit.hasFocus()
    for _ in range(units.index(f"UBND xã Quảng Lộc — {other}")):
        qtbot.keyClick(form.competent_unit, Qt.Key.Key_Down)
    assert form.competent_unit.currentData() == other
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.competent_unit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = lookup.search(desk, "dang hong bao")
    assert dossiers.by_code(desk.store, saved.code)["competent_unit"] == other
    assert form.competent_unit.currentIndex() == 0  # the next citizen starts with this unit again
    server_store.create_unit(province.db, other.replace(".01.", ".02."), "UBND phường Nghĩa Lộ")
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()
    settle(qtbot, window.tasks)
    assert f"UBND phường Nghĩa Lộ — {other.replace('.01.', '.02.')}" in [
        form.competent_unit.itemText(i) for i in range(form.competent_unit.count())
    ]  # a unit published meanwhile

"""A clerk at work in the window: sign in, scan the ID card, pick the procedure, tick, save, print, return."""

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt

from counter_app.services import lookup, processing, reception
from counter_app.store import dossiers
from counter_app.ui.login import LoginDialog
from counter_core.domain.status import Status
from tests.helpers.waiting import settle
from tests.ui.keys import choose, type_text

CARD = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Thôn Phú Lộc, xã Tịnh Hà, Quảng Ngãi|23092024||||"


def test_signing_in_needs_the_right_password(qtbot, tasks, clerk, clock):
    dialog = LoginDialog(tasks, "UBND xã Quảng Phú — quầy 1")
    qtbot.addWidget(dialog)
    type_text(dialog.username, "lan")
    type_text(dialog.password, "sai-mat-khau")
    dialog.try_login()
    settle(qtbot, tasks)
    assert dialog.user is None and dialog.error.text() == "Wrong username or password."
    for _ in range(4):
        type_text(dialog.password, "sai-mat-khau")
        dialog.try_login()
        settle(qtbot, tasks)
    assert dialog.user is None and "locked until 09:15" in dialog.error.text()
    clock.set("2026-11-23T09:15")
    type_text(dialog.password, "matkhau1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_login()
    assert dialog.user.username == "lan"


def test_scan_pick_tick_save_and_print_the_receipt(qtbot, window, desk):
    form = window.intake
    form.owner.edits["phone"].setFocus()
    type_text(form.owner.edits["phone"], "0912")
    type_text(form.owner.edits["phone"], CARD)  # the 2D scanner types into whatever has the focus
    qtbot.keyClick(form.owner.edits["phone"], Qt.Key.Key_Return)
    assert form.owner.text("full_name") == "Đặng Hồng Bảo"
    assert form.owner.text("id_number") == "051084009698"
    assert form.owner.text("birth_date") == "02/08/1984" and form.owner.text("gender") == "Nam"
    assert form.owner.text("phone") == "0912"  # the field keeps what the clerk had typed
    type_text(form.owner.edits["phone"], "345678")
    choose(form, "khai sinh", "1.001193")
    assert form.summary.due.text() == "Monday, 23/11/2026"
    assert form.summary.due_detail.text() == "17 giờ 00 phút, ngày 23 tháng 11 năm 2026"
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)
    qtbot.keyClick(form.owner.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.tasks)  # saved on the desk's database thread
    assert form.message.text() == "", str(
        [(k, v.text()) for k, v in form.owner.errors.items() if v.text()]
        + [form.documents_error.text(), form.fee_error.text(), form.postal_error.text()]
    )
    stored = lookup.search(desk, "dang hong bao")
    assert len(stored) == 1 and stored[0].phone == "0912345678"
    code = stored[0].code
    qtbot.waitUntil(lambda: window.last_pdf is not None, timeout=10000)
    pdf = pypdfium2.PdfDocument(str(window.last_pdf))
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text and "Đặng Hồng Bảo" in text and code in text
    decoded = {r.format.name: r.text for r in zxingcpp.read_barcodes(pdf[0].render(scale=200 / 72).to_pil())}
    assert decoded == {"Code128": code, "QRCode": desk.config.tracking_url.format(code=code)}
    assert form.owner.text("full_name") == ""  # ready for the next citizen


def test_nothing_is_saved_until_every_field_is_valid(qtbot, window, desk):
    form = window.intake
    choose(form, "chung thuc ban sao", "2.000815")
    type_text(form.owner.edits["id_number"], "12345")
    type_text(form.owner.edits["birth_date"], "31/02/1990")
    assert form.save() is None
    assert form.owner.errors["full_name"].text() == "The full name is missing."
    assert form.owner.errors["birth_date"].text() == "The date '31/02/1990' is not valid (dd/mm/yyyy)."
    assert form.documents_error.isVisible() or form.documents_error.text()
    assert dossiers.count(desk.store) == 0


def test_a_scanned_dossier_code_opens_the_dossier_wherever_the_focus_is(qtbot, window, desk, clerk):
    from tests.store.test_receive import khai_sinh

    code = reception.receive(desk, khai_sinh(desk), clerk).code
    window.intake.owner.edits["address"].setFocus()
    type_text(window.intake.owner.edits["address"], code)
    with qtbot.waitSignal(window.dossiers.shown):
        qtbot.keyClick(window.intake.owner.edits["address"], Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.dossiers
    assert window.dossiers.current.code == code
    assert window.intake.owner.text("address") == ""


def test_handing_back_a_result_and_recording_the_rating(qtbot, window, desk, clerk):
    from tests.store.test_receive import khai_sinh

    code = reception.receive(desk, khai_sinh(desk), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk)
    window.tabs.setCurrentWidget(window.returns)
    returns = window.returns
    type_text(returns.code, code)
    qtbot.keyClick(returns.code, Qt.Key.Key_Return)
    qtbot.waitUntil(returns.hand_over.isEnabled)
    with qtbot.waitSignal(returns.returned):
        returns.do_return()
    assert lookup.show(desk, code).status == Status.RETURNED
    qtbot.waitUntil(lambda: window.last_pdf is not None and window.last_pdf.name.endswith("result.pdf"), timeout=10000)
    returns.ratings.button(2).setChecked(True)
    with qtbot.waitSignal(returns.recorded):
        returns.rate()
    assert [r["level"] for r in dossiers.ratings(desk.store, dossiers.by_code(desk.store, code)["id"])] == [2]


def test_the_dossier_list_filters_by_status_and_searches_without_accents(qtbot, window, desk, clerk):
    from tests.store.test_receive import khai_sinh

    code = reception.receive(desk, khai_sinh(desk), clerk).code
    tab = window.dossiers
    with qtbot.waitSignal(tab.loaded):  # the list is read on a worker thread, the window stays free
        tab.reload()
    assert tab.model.rowCount() == 1
    with qtbot.waitSignal(tab.loaded):
        type_text(tab.search, "nguyen thi ngoc anh")  # searched once the typing pauses
    assert [r.code for r in tab.model.rows] == [code]
    with qtbot.waitSignal(tab.loaded):
        type_text(tab.search, " x")
    assert tab.model.rowCount() == 0
    with qtbot.waitSignal(tab.loaded):
        tab.search.clear()
        tab.status.setCurrentIndex(tab.status.findData(Status.RETURNED))
    assert tab.model.rowCount() == 0
    with qtbot.waitSignal(tab.loaded):
        tab.status.setCurrentIndex(tab.status.findData(Status.RECEIVED))
    assert [r.code for r in tab.model.rows] == [code]


def test_an_idle_window_locks_and_asks_for_the_password_again(qtbot, window):
    window.idle.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(
        lambda: getattr(window, "lock_dialog", None) is not None and window.lock_dialog.isVisible(), timeout=3000
    )
    assert not window.centralWidget().isEnabled()
    type_text(window.lock_dialog.password, "sai")
    window.lock_dialog.try_login()
    settle(qtbot, window.tasks)
    assert not window.centralWidget().isEnabled() and window.lock_dialog.error.text()
    window.idle.setInterval(60_000)
    type_text(window.lock_dialog.password, "matkhau1")
    with qtbot.waitSignal(window.lock_dialog.accepted):
        window.lock_dialog.try_login()
    assert window.centralWidget().isEnabled() and not window.lock_dialog.isVisible()


def test_the_lock_screen_locks_the_account_after_five_wrong_passwords(qtbot, window, desk, clock):
    window.lock()
    dialog = window.lock_dialog
    for _ in range(5):
        type_text(dialog.password, "sai")
        dialog.try_login()
        settle(qtbot, window.tasks)
    assert "locked until 09:15" in dialog.error.text()
    type_text(dialog.password, "matkhau1")
    dialog.try_login()
    settle(qtbot, window.tasks)
    assert "locked until 09:15" in dialog.error.text() and not window.centralWidget().isEnabled()
    clock.set("2026-11-23T09:15")
    type_text(dialog.password, "matkhau1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_login()
    assert window.centralWidget().isEnabled() and not dialog.isVisible()


def test_keyboard_shortcuts_move_between_jobs(qtbot, window):
    window.intake.search.setFocus()
    qtbot.keyClick(window.intake.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.dossiers
    assert window.dossiers.search.hasFocus()
    qtbot.keyClick(window.dossiers.search, Qt.Key.Key_F2)
    assert window.tabs.currentWidget() is window.intake
    window.intake.owner.edits["full_name"].setFocus()
    type_text(window.intake.owner.edits["full_name"], "Lê Văn Tám")
    qtbot.keyClick(window.intake.owner.edits["full_name"], Qt.Key.Key_Escape)
    assert window.intake.owner.text("full_name") == ""


def test_the_sync_menu_and_shift_f5_show_where_the_sync_stands(qtbot, vietnamese, window):
    menus = window.menuBar().actions()
    assert [m.text() for m in menus] == ["Đồng bộ", "Tiếp nhận", "Trợ giúp"]
    menu = menus[0]
    assert [(a.text(), a.shortcut().toString()) for a in menu.menu().actions()] == [
        ("Đồng bộ ngay", "F5"),
        ("Tình hình đồng bộ và việc cần xử lý…", "Shift+F5"),
    ]
    window.intake.search.setFocus()
    qtbot.keyClick(window.intake.search, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.sync_dialog
    qtbot.waitUntil(lambda: dialog.server.text() == "chưa đăng ký")
    assert dialog.isVisible() and dialog.last_sync.text() == "—"
    assert dialog.nothing.text() == "Không có việc cần xử lý." and not dialog.table.isVisible()
    assert not dialog.sync_button.isEnabled()


def test_a_desk_that_knows_no_other_unit_does_not_ask_which_unit_decides(qtbot, window):
    form = window.intake
    assert form.competent_unit.count() == 1 and not form.competent_unit.isVisible()
    choose(form, "khai sinh", "1.001193")
    assert form.intake().competent_unit == ""  # this unit decides


def test_a_card_contradicting_its_number_fills_the_form_with_warnings_and_is_still_received(qtbot, window, desk):
    form = window.intake
    form.owner.edits["phone"].setFocus()
    type_text(form.owner.edits["phone"], "0912345678")
    type_text(form.owner.edits["phone"], CARD.replace("02081984|Nam", "02081985|Nữ"))
    assert form.owner.text("full_name") == "Đặng Hồng Bảo" and form.owner.text("gender") == "Nữ"
    year, gender = form.owner.warnings["birth_date"], form.owner.warnings["gender"]
    assert year.isVisible() and "its 5th–6th digits (84) say born in 84" in year.text()  # the window's language
    assert gender.isVisible() and "is that of sex Nam" in gender.text()
    assert not form.owner.warnings["id_number"].isVisible()
    choose(form, "khai sinh", "1.001193")
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)
    with qtbot.waitSignal(form.saved):  # a warning, not a refusal
        form.save()
    qtbot.waitUntil(lambda: window.last_pdf is not None, timeout=10000)  # its receipt printed
    form.owner.edits["id_number"].setText("212163684")  # an old CMND, in 2026
    assert "no longer valid since 01/01/2025" in form.owner.warnings["id_number"].text()


def test_the_clerk_picks_the_case_and_the_exemption_and_sees_the_appointment_and_fee_move(
    qtbot, window, desk, tmp_path
):
    from counter_app.services import configuration
    from tests.helpers.fees import fee_table_file

    configuration.import_fee_table(desk.store, fee_table_file(tmp_path))
    form = window.intake
    form.load_choices()  # as the window does after a sync brings a new fee table
    settle(qtbot, window.tasks)
    choose(form, "khai sinh", "1.001193")
    assert form.case.isVisibleTo(form) and form.case.currentText().startswith("Đăng ký khai sinh đúng hạn")
    assert form.summary.fee.text() == "Exempt"
    assert form.summary.fee_detail.text().startswith("Miễn lệ phí — Đăng ký khai sinh đúng hạn")
    form.case.setCurrentIndex(form.case.findData("qua-han"))
    assert form.summary.fee.text() == "8.000 đ" and "8.000 đ (Tám nghìn đồng)" in form.summary.fee_detail.text()
    form.search.clear()
    choose(form, "cai chinh", "1.004859")
    assert "Mười lăm nghìn đồng" in form.summary.fee_detail.text()
    assert form.summary.due.text() == "Friday, 27/11/2026"
    form.case.setCurrentIndex(form.case.findData("xac-minh"))
    assert form.summary.due.text() == "Wednesday, 02/12/2026"  # 6 working days, Tue 24/11 a holiday
    exemptions = [form.exemption.itemText(i) for i in range(form.exemption.count())]
    assert exemptions[1:] == [
        "Người thuộc gia đình có công với cách mạng",
        "Người thuộc hộ nghèo",
        "Người khuyết tật",
        "Trẻ em",
    ]
    form.exemption.setCurrentIndex(form.exemption.findData("Trẻ em"))
    assert form.summary.fee.text() == "Exempt"
    assert form.summary.fee_detail.text() == "Miễn lệ phí — Trẻ em (căn cứ Nghị quyết số 99/2025/NQ-HĐND, Điều 3)"
    form.search.clear()
    choose(form, "chung thuc chu ky", "2.000884")
    assert not form.case.isVisibleTo(form)  # a procedure without cases shows no picker


def test_the_return_flow_needs_no_mouse(qtbot, window, desk, clerk):
    """F4, the code typed (or scanned) and Enter, Enter on the collector's name and ID: handed over; Esc closes the
    preview of the result receipt; the arrow keys and Space pick the rating, Tab and Enter record it."""
    from PySide6.QtWidgets import QApplication

    from tests.helpers.postal import ready_by_post

    def press(key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or window, key)

    code = ready_by_post(desk, clerk, by_post=False)
    returns = window.returns
    press(Qt.Key.Key_F4)
    assert window.tabs.currentWidget() is returns and QApplication.focusWidget() is returns.code
    type_text(returns.code, code)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is returns.recipient)  # the owner's name offered to check
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is returns.recipient_id
    with qtbot.waitSignal(returns.returned):
        press(Qt.Key.Key_Return)
    assert lookup.show(desk, code).status == Status.RETURNED
    qtbot.waitUntil(lambda: window.last_pdf is not None and window.last_pdf.name.endswith("result.pdf"), timeout=10000)
    preview = window.preview
    qtbot.waitUntil(preview.isVisible)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    with qtbot.waitActive(window):  # as the window manager gives the window back its keyboard
        window.activateWindow()
    assert QApplication.focusWidget() is returns.ratings.buttons()[0]
    press(Qt.Key.Key_Right)  # from "Rất hài lòng" to "Hài lòng", ticked with Space
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is returns.save_rating
    with qtbot.waitSignal(returns.recorded):
        press(Qt.Key.Key_Return)
    assert [r["level"] for r in dossiers.ratings(desk.store, dossiers.by_code(desk.store, code)["id"])] == [1]
    assert QApplication.focusWidget() is returns.code  # ready for the next citizen

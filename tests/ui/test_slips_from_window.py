"""The slips other than the receipt, as a clerk issues them from the window: Mẫu 02, 03 and 04."""

from datetime import datetime

import pypdfium2
import pytest
from PySide6.QtWidgets import QInputDialog

from counter_app.services import lookup, reception
from counter_app.store import dossiers
from counter_app.ui.slip_preview import SlipPreview
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ
from tests.helpers.waiting import settle
from tests.store.test_receive import khai_sinh
from tests.ui.keys import choose, type_text


def printed(qtbot, window, ending):
    qtbot.waitUntil(lambda: window.last_pdf is not None and window.last_pdf.name.endswith(ending), timeout=10000)
    return " ".join(pypdfium2.PdfDocument(str(window.last_pdf))[0].get_textpage().get_text_range().split())


def fill_applicant(qtbot, form):
    choose(form, "khai sinh", "1.001193")
    type_text(form.owner.edits["full_name"], "Lê Văn Tám")
    type_text(form.owner.edits["id_number"], "001090123456")


def test_an_incomplete_dossier_gets_mau_02_listing_every_missing_paper_and_is_not_saved(qtbot, window, desk):
    form = window.intake
    fill_applicant(qtbot, form)
    form.guide_button.click()
    text = printed(qtbot, window, ".pdf")
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and "Lê Văn Tám" in text
    assert all(" ".join(d.name.split()) in text for d in form.procedure.documents if d.required)
    assert dossiers.count(desk.store) == 0
    first = window.last_pdf
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)
    form.guide_button.click()  # complete now: the clerk is told to save instead
    qtbot.wait(300)
    assert form.message.text() and window.last_pdf == first


def test_a_refusal_needs_its_reason_and_prints_mau_03(qtbot, window, desk, monkeypatch):
    form = window.intake
    fill_applicant(qtbot, form)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    form.refuse_button.click()
    settle(qtbot, window.tasks)
    assert form.message.text() == "Write down why the dossier is refused." and dossiers.count(desk.store) == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Không thuộc thẩm quyền của xã", True))
    form.refuse_button.click()
    text = printed(qtbot, window, "refusal.pdf")
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text and "Không thuộc thẩm quyền của xã" in text
    assert lookup.search(desk, "le van tam")[0].status == Status.REFUSED


@pytest.fixture
def opened(qtbot, window, desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    window.tabs.setCurrentWidget(window.dossiers)
    with qtbot.waitSignal(window.dossiers.shown):
        window.dossiers.open(code)
    return code


def test_a_supplement_request_from_the_dossier_prints_mau_02(qtbot, window, desk, opened):
    tab = window.dossiers
    tab.action.setCurrentIndex(tab.action.findData(Status.SUPPLEMENT_REQUESTED))
    tab.apply.click()
    dialog = tab.dialog
    dialog.accept()  # nothing ticked
    settle(qtbot, window.tasks)
    assert "at least one paper" in dialog.error.text() and lookup.show(desk, opened).status == Status.RECEIVED
    dialog.set_checked(0, True)
    type_text(dialog.other, "Bản sao CCCD của người đi khai sinh")
    type_text(dialog.reason, "Tờ khai ghi sai ngày sinh")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert lookup.show(desk, opened).status == Status.SUPPLEMENT_REQUESTED
    text = printed(qtbot, window, "supplement.pdf")
    assert "Bản sao CCCD của người đi khai sinh" in text and "Lý do: Tờ khai ghi sai ngày sinh" in text
    assert tab.slip.findData("supplement") >= 0


def test_an_apology_with_a_new_date_prints_mau_04(qtbot, window, desk, opened):
    tab = window.dossiers
    assert tab.reschedule_button.isEnabled()
    tab.reschedule_button.click()
    dialog = tab.dialog
    dialog.when.setDateTime(datetime(2026, 11, 29, 17, 0))  # a Sunday
    type_text(dialog.reason, "Chờ xác minh nơi cư trú")
    dialog.accept()
    settle(qtbot, window.tasks)
    assert "working day" in dialog.error.text()
    dialog.when.setDateTime(datetime(2026, 11, 27, 17, 0))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert lookup.show(desk, opened).due_at == datetime(2026, 11, 27, 17, 0, tzinfo=VN_TZ)
    text = printed(qtbot, window, "apology.pdf")
    assert "Thời gian hẹn trả kết quả mới: 17 giờ 00 phút, ngày 27 tháng 11 năm 2026" in text


def test_a_closed_preview_is_gone_so_a_day_of_slips_does_not_fill_the_memory(qtbot, window):
    # Each preview holds its pages as 300 dpi images (~25 MB a page): one kept per slip printed would
    # exhaust a desk's memory in a day.
    fill_applicant(qtbot, window.intake)
    for _ in range(3):
        before = getattr(window, "preview", None)
        window.print_guidance(window.intake.intake())
        qtbot.waitUntil(
            lambda before=before: getattr(window, "preview", None) not in (None, before) and window.preview.isVisible(),
            timeout=10000,
        )
        window.preview.close()
    # what stays is at most the next slip's preview, made ahead, hidden and holding no page
    qtbot.waitUntil(lambda: not [p for p in window.findChildren(SlipPreview) if p.images], timeout=5000)
    assert len(window.findChildren(SlipPreview)) <= 1
    assert not [p for p in window.findChildren(SlipPreview) if p.isVisible()]


def test_a_slip_asked_for_as_the_window_closes_is_neither_drawn_nor_shown(qtbot, window, desk):
    fill_applicant(qtbot, window.intake)
    window.print_guidance(window.intake.intake())
    window.tasks.close()  # as the window closes: the slip's read still runs, its drawing is not started
    qtbot.wait(1500)
    assert window.last_pdf is None and not list((desk.store.path.parent / "slips").glob("*.pdf"))
    assert not [p for p in window.findChildren(SlipPreview) if p.isVisible()]


def test_stopping_a_dossier_needs_its_reason_and_prints_the_stop_notice(qtbot, window, desk, opened):
    tab = window.dossiers
    tab.action.setCurrentIndex(tab.action.findData(Status.STOPPED))
    tab.apply.click()
    dialog = tab.dialog
    dialog.accept()
    settle(qtbot, window.tasks)
    assert (
        dialog.error.text() == "Write down why the dossier is stopped."
        and lookup.show(desk, opened).status is Status.RECEIVED
    )
    type_text(dialog.reason, "Công dân đề nghị dừng để bổ sung giấy tờ khác")
    type_text(dialog.number, "15")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert lookup.show(desk, opened).status is Status.STOPPED
    text = printed(qtbot, window, "stop.pdf")
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text and "Số: 15/TB-TTPVHCC" in text
    assert "Lý do: Công dân đề nghị dừng để bổ sung giấy tờ khác" in text
    assert tab.slip.findData("stop") >= 0


def test_once_the_appointment_has_passed_no_apology_is_offered(qtbot, window, desk, opened, clock):
    tab = window.dossiers
    assert "Appointment on the receipt: 17:00 23/11/2026" in tab.details.toPlainText()
    clock.set("2026-11-23T17:01")  # the receipt said 17:00 today
    with qtbot.waitSignal(tab.shown):
        tab.open(opened)
    assert not tab.reschedule_button.isEnabled()

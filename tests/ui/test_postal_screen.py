"""The postal desk in the window: scanner bursts give one line per code, in order, refusals flagged with a sound;
closing prints the hand-over list; a package's item code at intake sets the channel and links the dossier."""

import pypdfium2
import pytest
from PySide6.QtCore import Qt

from counter_app.services import accounts, lookup, postal
from counter_app.ui.postal_window import PostalWindow
from counter_core.domain.intake import Channel
from counter_core.domain.postal_batch import Flow
from tests.helpers.postal import item_code, items, ready_by_post
from tests.helpers.waiting import settle
from tests.ui.keys import choose, post_scans, type_text


@pytest.fixture
def postal_user(configured, admin):
    return accounts.add_user(configured, "buudien", "Lê Thị Thu Hà", "postal", "matkhau1", admin)


@pytest.fixture
def postal_window(qtbot, tasks, postal_user):
    w = PostalWindow(tasks, postal_user)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    settle(qtbot, tasks)
    return w


def burst_of_fifty(desk, clerk):
    """20 results with their envelopes, and after some pairs a duplicate or a stranger: 50 codes in all."""
    dossiers = [ready_by_post(desk, clerk) for _ in range(20)]
    envelopes = items(20, start=1000)
    misread = envelopes[0][:10] + str((int(envelopes[0][10]) + 1) % 10) + "VN"
    after = {
        2: (dossiers[2], "duplicate"),
        4: (envelopes[4], "duplicate"),
        6: ("000.00.99.H56-261120-0007", "other_unit"),
        8: ("000.00.31.H56-261123-0999", "unknown"),
        10: (misread, "unreadable"),
        12: ("XYZ-123", "unknown"),
        14: (dossiers[0], "duplicate"),
        16: (item_code("RR", "00000016"), "wrong_code"),
        18: (envelopes[0], "duplicate"),
        19: (dossiers[19], "duplicate"),
    }
    scans, flags = [], {}
    for k in range(20):
        scans += [dossiers[k], envelopes[k]]
        if k in after:
            flags[len(scans)] = after[k][1]
            scans.append(after[k][0])
    return scans, flags, dict(zip(dossiers, envelopes))


def test_fifty_codes_in_scanner_bursts_give_fifty_lines_in_order_with_strangers_flagged(
    qtbot, postal_window, desk, clerk
):
    scans, flags, pairs = burst_of_fifty(desk, clerk)
    assert len(scans) == 50 and len(flags) == 10
    screen = postal_window.postal
    screen.open_batch(Flow.RESULTS)
    qtbot.waitUntil(lambda: screen.field.isEnabled())
    rang = []
    screen.alarm.rang.connect(lambda: rang.append(len(screen.model.lines)))
    for start in range(0, 50, 10):  # five bursts of ten codes, each queued faster than any scanner types
        post_scans(screen.field, scans[start : start + 10])
        qtbot.wait(10)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 50, timeout=20000)
    lines = screen.model.lines
    assert [ln["scanned"] for ln in lines] == scans
    assert {n: ln["refusal"] for n, ln in enumerate(lines) if not ln["accepted"]} == flags
    assert rang == [n + 1 for n in sorted(flags)]  # one sound per refusal, as it was scanned
    model = screen.model
    red = model.data(model.index(min(flags), 0), Qt.ItemDataRole.BackgroundRole)
    assert red.color().name() == "#f8d7da" and model.data(model.index(min(flags), 6)) == lines[min(flags)][
        "message"
    ].in_language("en")
    assert model.data(model.index(min(flags), 6), Qt.ItemDataRole.ToolTipRole).startswith("Trùng: ")
    assert screen.field.text() == "" and all(n in screen.counts.text() for n in ("50", "40", "10"))
    assert {ln["code"]: ln.get("paired_item") for ln in lines if ln["accepted"] and not ln["item_code"]} == pairs

    number = screen.batch["number"]
    with qtbot.waitSignal(screen.print_list):
        screen.close_with("Lê Thị Thu Hà")
    settle(qtbot, postal_window.tasks)
    assert screen.last.text() == "Batch closed: 20 recorded." and not screen.field.isEnabled()
    qtbot.waitUntil(lambda: postal_window.last_pdf is not None, timeout=20000)
    text = " ".join(pypdfium2.PdfDocument(str(postal_window.last_pdf))[0].get_textpage().get_text_range().split())
    assert "PHIẾU BÀN GIAO KẾT QUẢ" in text and number in text
    postal_window.preview.close()


def test_a_refusal_is_red_sounds_and_the_next_scan_goes_on(qtbot, postal_window):
    screen = postal_window.postal
    screen.open_batch(Flow.INTAKE)
    qtbot.waitUntil(lambda: screen.field.isEnabled())
    rang = []
    screen.alarm.rang.connect(lambda: rang.append(True))
    package = items(1)[0]
    for code in (package, package, "000.00.31.H56-261123-0001", items(1, start=2)[0]):
        qtbot.keyClicks(screen.field, code)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    settle(qtbot, postal_window.tasks)
    assert [ln["refusal"] for ln in screen.model.lines] == [None, "duplicate", "unknown", None]
    assert len(rang) == 2 and screen.last.text().startswith("Postal item")  # "… taken in", in the English window


def test_a_postal_user_sees_only_the_postal_desk_and_resumes_an_open_batch(qtbot, desk, tasks, postal_user, clerk):
    batch = postal.open_batch(desk, Flow.DELIVERED, clerk)
    window = PostalWindow(tasks, postal_user)
    qtbot.addWidget(window)
    settle(qtbot, tasks)
    assert window.centralWidget() is window.postal and window.postal.batch["number"] == batch["number"]
    assert window.postal.field.isEnabled() and "Xác nhận đã phát" in window.postal.title.text()


def test_an_item_code_at_intake_sets_the_postal_channel_and_links_the_package(qtbot, window, desk, clerk):
    package = items(1, start=4242)[0]
    batch = postal.open_batch(desk, Flow.INTAKE, clerk)
    postal.scan(desk, batch["id"], package, clerk)
    postal.close_batch(desk, batch["id"], clerk, "Lê Thị Thu Hà")
    form = window.intake
    form.load_packages()
    settle(qtbot, window.tasks)
    assert [form.postal_item.itemText(i) for i in range(form.postal_item.count())] == [package]
    choose(form, "khai sinh", "1.001193")
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)
    type_text(form.owner.edits["full_name"], "Đặng Thị Ngọc Ánh")
    type_text(form.owner.edits["id_number"], "038187042028")
    type_text(form.postal_item.lineEdit(), "EE123456784VN")  # misread: refused, nothing saved
    assert form.channel.currentData() == Channel.POSTAL
    assert form.save() is None and "check digit" in form.postal_item_error.text()
    form.postal_item.setCurrentIndex(0)
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    shown = lookup.show(desk, saved.args[0].code)
    assert shown.channel == Channel.POSTAL and shown.events[-1].data["item_code"] == package
    settle(qtbot, window.tasks)
    assert form.postal_item.count() == 0 and form.postal_item.currentText() == ""
    qtbot.waitUntil(lambda: window.last_pdf is not None, timeout=20000)  # the receipt, made on a worker


def test_the_postal_employee_sees_no_dossier_and_no_menu_beyond_the_sync(
    qtbot, postal_window, desk, clerk, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    code = ready_by_post(desk, clerk)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: said.append((title, text)))
    postal_window.show_dossier(code)
    settle(qtbot, postal_window.tasks)
    # The refusal is in the window's language, the role's and the action's names too.
    assert said == [(code, said[0][1])] and said[0][1].startswith(
        "The account buudien (Postal employee) may not see dossiers"
    )
    assert [a.text() for a in postal_window.menuBar().actions()] == ["Sync", "Help"]


def test_the_postal_flow_needs_no_mouse(qtbot, postal_window, desk, clerk):
    """Ctrl+2 opens a batch of results for the post; a dossier code and its envelope's item code, each ended by
    Enter; F9, then Enter on the postal employee's name: the batch is closed, its hand-over recorded."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget() or postal_window, key, modifier)

    code, envelope = ready_by_post(desk, clerk), items(1, start=77)[0]
    screen = postal_window.postal
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.batch is not None and QApplication.focusWidget() is screen.field)
    assert screen.batch["flow"] == Flow.RESULTS
    for scanned in (code, envelope):
        type_text(screen.field, scanned)
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    signed = []

    def sign() -> None:  # the name asked for the list, as the postal employee confirms it with Enter
        dialog = QApplication.activeModalWidget()
        signed.append(isinstance(dialog, QInputDialog) and dialog.textValue())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, sign)
    with qtbot.waitSignal(screen.print_list):
        press(Qt.Key.Key_F9)
    settle(qtbot, postal_window.tasks)
    assert signed == ["Lê Thị Thu Hà"] and screen.last.text() == "Batch closed: 1 recorded."
    closed = postal.batches(desk)[0]
    assert (
        closed["closed_at"] and closed["closed_by"] and lookup.show(desk, code).events[-1].data["item_code"] == envelope
    )
    qtbot.waitUntil(lambda: postal_window.last_pdf is not None, timeout=20000)
    postal_window.preview.close()

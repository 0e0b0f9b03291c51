"""The intake form a clerk uses all day: the procedure wanted first, the desk's ten most used one key away, a whole
reception with the keyboard only, every input explained, and at 1366×768 the papers and the summary all in view."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from counter_app.services import lookup
from counter_app.ui.main_window import MainWindow
from counter_core.domain.procedure_rank import TOP
from tests.helpers.waiting import settle
from tests.store.test_usage import receive

# A maximised window on a 1366×768 screen, less the taskbar (40 px) and the window's title bar (31 px).
MAXIMISED_1366 = QSize(1366, 768 - 40 - 31)


def codes(form) -> list[str]:
    return [form.results.item(row).text().split(" — ")[0] for row in range(form.results.count())]


def focus() -> QWidget:
    return QApplication.focusWidget()


def test_khai_sinh_takes_the_birth_registration(qtbot, window):
    form = window.intake
    form.search.setFocus()
    qtbot.keyClicks(form.search, "khai sinh")
    qtbot.waitUntil(lambda: form.procedure is not None)  # taken once the typing pauses
    assert form.procedure.code == "1.001193" and codes(form)[:2] == ["1.001193", "1.000689"]
    assert form.summary.procedure.text().startswith("1.001193 — Thủ tục đăng ký khai sinh")


def test_the_empty_search_offers_the_desks_ten_most_used_one_key_away(qtbot, desk, clerk, tasks):
    for code in ("1.004884", "1.004884", "1.000656"):
        receive(desk, clerk, code)  # received at this desk before the window opened
    window = MainWindow(tasks, clerk)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, tasks)
    form = window.intake
    assert "e.g. khai sinh" in form.search.placeholderText() and "ten procedures" in form.search.toolTip()
    assert len(codes(form)) == TOP and codes(form)[:2] == ["1.004884", "1.000656"]
    assert form.results.currentRow() < 0 and form.procedure is None  # offered, not taken
    form.search.setFocus()
    qtbot.keyClick(form.search, Qt.Key.Key_Return)  # nothing typed, nothing selected: Enter takes nothing
    assert form.procedure is None and form.search.hasFocus()
    qtbot.keyClick(form.search, Qt.Key.Key_Down)
    assert form.results.hasFocus() and form.procedure.code == "1.004884"
    qtbot.keyClick(form.results, Qt.Key.Key_Down)
    qtbot.keyClick(form.results, Qt.Key.Key_Return)
    assert form.procedure.code == "1.000656" and form.owner.edits["full_name"].hasFocus()
    qtbot.keyClicks(form.search, "khai sinh")  # typing ranks: the names that hold the words, the used first
    assert codes(form)[:3] == ["1.004884", "1.001193", "1.000689"]


def test_a_whole_reception_with_the_keyboard_only(qtbot, window, desk):
    form = window.intake
    form.search.setFocus()
    qtbot.keyClicks(focus(), "khai sinh")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # the first found, at once
    assert form.procedure.code == "1.001193" and focus() is form.owner.edits["full_name"]
    for text in ("Nguyen Thi Ngoc Anh", "038187042028", "12/03/1987"):
        qtbot.keyClicks(focus(), text)
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is form.owner.edits["gender"]
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.keyClick(focus(), Qt.Key.Key_Down)  # Nữ
    for text in ("Thon Phu Loc, xa Quang Phu", "0912345678", ""):  # address, phone, no email
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focus(), text)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is form.by_proxy
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # the submitter's fields are hidden: straight to the papers
    assert focus() is form.documents
    for row, paper in enumerate(form.procedure.documents):
        assert form.documents.currentIndex().row() == row
        if paper.required:
            qtbot.keyClick(focus(), Qt.Key.Key_Space)
        qtbot.keyClick(focus(), Qt.Key.Key_Down)
    assert form.summary.papers.text() == "3 / 3 papers"
    walked = []
    while focus() is not form.save_button and len(walked) < 40:
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        walked.append(focus())
    counts = [form.documents.cellWidget(row, c) for row in range(form.documents.rowCount()) for c in (1, 2, 3)]
    options = [form.case, form.sets, form.quantity, form.exemption, form.channel, form.postal_item]
    options += [form.return_method, form.postal_address, form.save_button]
    assert [w if w not in counts else "count" for w in walked] == ["count"] * len(counts) + [
        w.focusProxy() or w for w in options
    ]  # the counts of each paper, what sets the fee, how the dossier comes and goes back, then Save
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(focus(), Qt.Key.Key_Space)
    (stored,) = lookup.search(desk, "nguyen thi ngoc anh")
    assert stored.procedure_code == "1.001193" and stored.phone == "0912345678"
    settle(qtbot, window.tasks)
    assert form.usage == {"1.001193": 1} and focus() is form.search  # ready for the next citizen
    assert form.procedure is None and form.documents.rowCount() == 0 and form.summary.papers.text() == ""
    assert codes(form)[0] == "1.001193"  # now this desk's most used
    qtbot.waitUntil(lambda: window.last_pdf is not None, timeout=10000)  # the receipt printed


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_input_says_what_goes_in_it_with_an_example_and_has_a_name(qtbot, request, language):
    if language == "vi":
        request.getfixturevalue("vietnamese")  # before the window is built
    window = request.getfixturevalue("window")
    form = window.intake
    form.search.setText("khai sinh")
    qtbot.waitUntil(lambda: form.procedure is not None)
    form.by_proxy.setChecked(True)
    example = {"en": "e.g.", "vi": "Ví dụ:"}[language]
    inputs = [
        w
        for w in form.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QAbstractItemView))
        and w.window() is window
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert len(inputs) > 40  # both people, the papers' counts, the options
    unexplained = [(w.accessibleName(), w.toolTip()) for w in inputs if example not in w.toolTip()]
    assert unexplained == []
    unnamed = [w.toolTip() for w in inputs if not w.accessibleName()]
    assert unnamed == []
    assert form.owner.edits["phone"].accessibleName() != form.submitter.edits["phone"].accessibleName()


def not_cut(label: QLabel) -> bool:
    """The label's text is all in view: on one line within its width, or wrapped within its height."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.sizeHint().width() <= label.width()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_at_1366_by_768_the_papers_show_eight_rows_and_the_summary_is_whole(
    qtbot, request, language, tasks, clerk, tmp_path
):
    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = MainWindow(tasks, clerk)
    qtbot.addWidget(window)
    window.resize(MAXIMISED_1366)
    window.show()
    settle(qtbot, tasks)
    form = window.intake
    form.search.setText("nuoi con nuoi")  # the seed's procedure with the most papers
    qtbot.waitUntil(lambda: form.procedure is not None)
    form.set_document_checked(0, True)
    qtbot.wait(50)  # the layout settles
    assert window.size() == MAXIMISED_1366  # nothing made the window grow past the screen
    rows = form.documents.viewport().height() // form.documents.rowHeight(0)
    assert rows >= 8, rows
    summary = form.summary
    shown = [label for label in summary.findChildren(QLabel) if label.isVisible()]
    assert {summary.procedure, summary.due, summary.due_detail, summary.fee, summary.papers} <= set(shown)
    assert [label.text() for label in shown if not not_cut(label)] == []
    assert summary.visibleRegion().boundingRect().size() == summary.size()  # not hidden behind another column
    assert summary.due.font().pointSizeF() > 1.5 * form.search.font().pointSizeF()  # large type
    window.grab().save(str(tmp_path / f"intake-1366-{language}.png"))

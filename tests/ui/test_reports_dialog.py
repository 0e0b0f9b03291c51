"""Registers and reports from the window: supervisors open "Sổ và báo cáo" from the Reports menu (Ctrl+R), pick a
report, a period and PDF or Excel; the file is made in the desk's reports folder and opened; a wrong period is
explained in Vietnamese and nothing is made."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from counter_app.services import accounts
from counter_app.ui.main_window import MainWindow
from counter_app.ui.reports_dialog import ReportsDialog
from tests.reports.seed import seed_october
from tests.reports.test_renderers import pdf_pages


@pytest.fixture
def opened(monkeypatch):
    """The files the dialog asked the computer to open."""
    files = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: files.append(url.toLocalFile()) or True)
    return files


@pytest.fixture
def dialog(qtbot, desk, tasks, clock, clerk, admin):
    seed_october(desk, clock, clerk, accounts.add_user(desk.store, "hung", "Trần Văn Hùng", "clerk", "matkhau1", admin))
    dialog = ReportsDialog(tasks, admin)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog, kind: str, fmt: str, start: QDate, end: QDate) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.start.setDate(start)
    dialog.end.setDate(end)


def test_only_supervisors_find_the_reports_and_ctrl_r_opens_them(qtbot, desk, tasks, clerk, admin):
    boss = accounts.add_user(desk.store, "hung", "Phạm Văn Hùng", "supervisor", "matkhau1", admin)
    for user, expected in ((clerk, False), (boss, True)):
        window = MainWindow(tasks, user)
        qtbot.addWidget(window)
        assert ("Reports" in [a.text() for a in window.menuBar().actions()]) is expected
    with qtbot.waitActive(window):
        window.show()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "reports_dialog", None) is not None and window.reports_dialog.isVisible())
    # The period proposed: this month so far (the desk's clock is at 23/11/2026).
    assert (window.reports_dialog.start.text(), window.reports_dialog.end.text()) == ("01/11/2026", "23/11/2026")


def test_the_periodic_report_as_excel_then_on_time_as_pdf_are_made_and_opened(qtbot, dialog, desk, opened):
    choose(dialog, "periodic", "xlsx", QDate(2026, 10, 1), QDate(2026, 10, 31))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    xlsx = desk.store.path.parent / "reports" / "periodic-2026-10-01-2026-10-31.xlsx"
    assert opened == [str(xlsx)] and str(xlsx) in dialog.message.text()
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert (None, "Tổng cộng", 16, 2, 1, 13, 12, 4, 6, 2, 4, 2, 2) in rows
    choose(dialog, "ontime", "pdf", QDate(2026, 10, 1), QDate(2026, 10, 31))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert "Tổng cộng 12 7 5 58,33% 4 6 2 83,33% 4 2 2" in " ".join(pdf_pages(opened[1]))


def test_a_period_ending_before_it_starts_or_not_begun_is_explained_and_nothing_is_made(qtbot, dialog, desk, opened):
    choose(dialog, "fees", "pdf", QDate(2026, 10, 31), QDate(2026, 10, 1))
    dialog.make_button.click()
    assert "its first day 31/10/2026 is after its last day 01/10/2026" in dialog.message.text()
    choose(dialog, "fees", "pdf", QDate(2026, 12, 1), QDate(2026, 12, 31))
    dialog.make_button.click()
    assert "there are no figures yet" in dialog.message.text()  # the period is checked before anything is read
    qtbot.wait(200)
    assert opened == [] and not (desk.store.path.parent / "reports").exists()

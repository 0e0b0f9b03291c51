"""Registers and reports from the window: supervisors open "Sổ và báo cáo" from the Reports menu (Ctrl+R), pick a
report, a period and PDF or Excel; the file is made in the desk's reports folder and opened; a wrong period is
explained in Vietnamese and nothing is made."""

import itertools
import re
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QDesktopServices

from counter_app.services import accounts, printouts
from counter_app.services.printouts import Printout
from counter_app.ui.main_window import MainWindow
from counter_app.ui.reports_dialog import ReportsDialog
from tests.reports.seed import seed_october
from tests.reports.test_renderers import long_register, pdf_pages


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


@pytest.fixture
def big_register(monkeypatch, tmp_path):
    """The figures read are a register of 10,000 lines (over 700 pages), drawn into ``tmp_path``."""
    report = long_register(10000)

    def made(desk, kind, period, fmt, user, columns=None, out=None, view="competent"):
        return Printout(report, tmp_path / f"so.{fmt}", fmt)

    monkeypatch.setattr(printouts, "report", made)
    return tmp_path


def watch(qtbot, dialog) -> list[tuple[float, str, int]]:
    """What the dialog shows, read every 20 ms by a timer of the window's event loop: (when, message, bar)."""
    seen: list[tuple[float, str, int]] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: seen.append((time.monotonic(), dialog.message.text(), dialog.busy.maximum())))
    timer.start(20)
    return seen


@pytest.mark.slow
def test_a_big_register_counts_its_pages_while_the_window_keeps_running(qtbot, dialog, big_register, opened):
    choose(dialog, "register", "pdf", QDate(2026, 10, 1), QDate(2026, 10, 31))
    seen = watch(qtbot, dialog)
    dialog.make_button.click()
    assert not dialog.stop_button.isHidden() and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=60000)
    pages = len(pdf_pages(opened[0]))
    shown = [(m, bar) for _, m, bar in seen if m.startswith("Making page")]
    assert len({m for m, _ in shown}) >= 3  # the window showed the count again and again while the file was drawn
    first, total = re.match(r"Making page (\d+) of (\d+)…", shown[0][0]).groups()
    assert int(total) >= pages - 1 and shown[-1][1] >= pages - 1  # the bar's end: the pages counted beforehand
    assert int(first) < pages / 2
    gaps = [b - a for (a, *_), (b, *_) in itertools.pairwise(seen)]
    # the timer kept ticking (the longest gap about 0.3 s on a loaded machine): the window's thread was never held
    assert max(gaps) < 1
    assert dialog.stop_button.isHidden() and dialog.make_button.isEnabled()


def test_stop_ends_the_drawing_and_no_file_is_made(qtbot, dialog, big_register, opened):
    choose(dialog, "register", "xlsx", QDate(2026, 10, 1), QDate(2026, 10, 31))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Writing row"), timeout=30000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=30000)
    assert dialog.message.text() == "Stopped: no file was made."
    assert opened == [] and not (big_register / "so.xlsx").exists() and dialog.busy.isHidden()

"""What the person at the window sees when something goes wrong: a bug in a worker thread or in a slot is written
with its traceback to the log file and shown as a short dialog naming that file (never a traceback); a fault of the
computer gets a calm message; an error's text follows the window's language."""

import sys
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton

from counter_app.ui.error_dialog import UnexpectedErrorDialog
from counter_app.ui.errors import ErrorReporter, text_of
from counter_app.ui.workers import run_in_background
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import AREAS, Faults
from counter_core.foundation.translations import catalog
from tests.helpers.faults import locked_database_error


@pytest.fixture
def log_path(tmp_path, start_desk_log):
    return start_desk_log(tmp_path / "desk")


@pytest.fixture
def reporter(qapp, log_path):
    """The window's error reporter as ``run_gui`` installs it; the hooks pytest-qt and Python had come back after."""
    hooks = sys.excepthook, threading.excepthook
    installed = ErrorReporter().install()
    yield installed
    if installed.open_dialog is not None and shiboken6.isValid(installed.open_dialog):
        installed.open_dialog.close()  # and so deleted, as the window does
    sys.excepthook, threading.excepthook = hooks


def _crash_dialog(qtbot, reporter) -> UnexpectedErrorDialog:
    qtbot.waitUntil(
        lambda: isinstance(reporter.open_dialog, UnexpectedErrorDialog) and reporter.open_dialog.isVisible()
    )
    return reporter.open_dialog


def test_a_bug_in_a_worker_is_logged_with_its_traceback_and_the_dialog_names_the_log_file(qtbot, reporter, log_path):
    owner = QPushButton()
    qtbot.addWidget(owner)
    told = []

    def count_the_queue():
        return {}["outbox"]  # a bug

    run_in_background(count_the_queue, lambda _: None, lambda error: told.append(text_of(error)), owner)
    dialog = _crash_dialog(qtbot, reporter)
    assert dialog.path.text() == str(log_path) and dialog.path.isReadOnly()
    assert "KeyError" in dialog.summary.text() and "Traceback" not in dialog.summary.text()
    written = log_path.read_text(encoding="utf-8")
    assert "CRITICAL" in written and "Traceback (most recent call last)" in written and "count_the_queue" in written
    assert told == [
        f"Unexpected error (a fault of the program, not of what you did): KeyError. What was saved "
        f"before is kept. The details are in the log: {log_path}"
    ]  # where the widget said it


def test_a_bug_in_a_slot_is_logged_and_shown_once_even_if_it_happens_again(qtbot, reporter, log_path):
    button = QPushButton("Lưu")
    qtbot.addWidget(button)

    def save():
        raise AttributeError("'NoneType' object has no attribute 'code'")

    button.clicked.connect(save)
    button.click()
    dialog = _crash_dialog(qtbot, reporter)
    button.click()
    qtbot.wait(50)
    assert reporter.open_dialog is dialog
    assert log_path.read_text(encoding="utf-8").count("Traceback (most recent call last)") == 2


def test_a_locked_database_is_the_computers_fault_a_calm_message_and_no_crash_dialog(
    qtbot, reporter, log_path, tmp_path
):
    button = QPushButton()
    qtbot.addWidget(button)
    error = locked_database_error(tmp_path)

    def save():
        raise error

    button.clicked.connect(save)
    button.click()
    qtbot.waitUntil(lambda: isinstance(reporter.open_dialog, QMessageBox))
    assert reporter.open_dialog.text().startswith("The desk's database is held by another program")
    written = log_path.read_text(encoding="utf-8")
    assert "WARNING" in written and "CRITICAL" not in written


def test_without_error_dialogs_the_traceback_goes_to_standard_error(qtbot, qapp, log_path, capfd):
    hooks = sys.excepthook, threading.excepthook
    quiet = ErrorReporter(dialogs=False).install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
    finally:
        sys.excepthook, threading.excepthook = hooks
    assert "ZeroDivisionError" in log_path.read_text(encoding="utf-8")
    assert quiet.open_dialog is None and "Traceback" in capfd.readouterr().err


def test_an_error_reads_in_the_windows_language(qapp, vietnamese):
    error = InvalidInput("path", Faults.NO_ACCESS, path="bieu.xlsx")
    assert text_of(error) == error.in_language("vi") and text_of(error).startswith("Máy tính không cho truy cập")


def test_an_error_reads_in_english_without_the_vietnamese_translator(qapp):
    error = InvalidInput("path", Faults.NO_ACCESS, path="bieu.xlsx")
    assert text_of(error) == error.in_language("en")


def test_the_window_and_the_command_line_read_the_same_vietnamese_for_every_code(qapp, vietnamese):
    from counter_app.ui.errors import translate

    vietnamese_texts = catalog("vi")
    assert all(translate(m.context, m.source) == vietnamese_texts[(m.context, m.source)] for a in AREAS for m in a)

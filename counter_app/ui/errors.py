"""How the window shows what went wrong. An error a person can act on (``CounterError``) or a fault of the computer
(``faults``) is its text in the window's language, through Qt's translator. Anything else is a bug, wherever it
happens — a slot, a worker thread, the sync — and takes one path, ``sys.excepthook``: ``ErrorReporter`` writes
it with its traceback to the log file and shows a short dialog saying where that file is."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.foundation.faults import environment_fault
from counter_app.foundation.logs import log_file
from counter_app.ui.error_dialog import UnexpectedErrorDialog
from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Faults
from counter_core.foundation.texts import Text

log = logging.getLogger(__name__)


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def text_of(error: BaseException | Text | str) -> str:
    """What the window says of ``error``: its own text, a calm word for a fault of the computer, or for a bug (which
    ``report_unexpected`` has logged) a short line pointing to the log. Words kept before texts had codes (a
    string) are shown as they are."""
    if isinstance(error, str):
        return error
    if isinstance(error, Text):
        return error.render(translate)
    known = error if isinstance(error, CounterError) else environment_fault(error)
    if known is not None:
        return known.render(translate)
    return Text(Faults.UNEXPECTED, error=type(error).__name__, path=log_file() or "").render(translate)


def expected(error: BaseException) -> bool:
    """Whether ``error`` is something to tell a person rather than a bug to report."""
    return isinstance(error, CounterError) or environment_fault(error) is not None


def report_unexpected(error: BaseException) -> None:
    """Report a bug caught somewhere (a worker's exception, handed to the window's thread): the same path as one
    nothing caught (without the window's reporter, as in a test of one widget: the log only)."""
    if isinstance(sys.excepthook, ErrorReporter):
        sys.excepthook(type(error), error, error.__traceback__)
    else:
        log.error("unexpected error: %s", error, exc_info=(type(error), error, error.__traceback__))


class ErrorReporter(QObject):
    """The process's ``sys.excepthook`` (and ``threading.excepthook``) while the window runs. A fault of the
    computer gets a calm message; a bug is logged with its traceback and gets ``UnexpectedErrorDialog``. With
    ``dialogs=False`` (``--no-error-dialog``, for CI) nothing is shown and the traceback also goes to standard
    error; ``debug`` prints it there too."""

    _show = Signal(object)  # to the window's thread, from whichever thread the error happened on

    def __init__(self, dialogs: bool = True, debug: bool = False) -> None:
        super().__init__()
        self.dialogs, self.debug = dialogs, debug
        self.open_dialog: UnexpectedErrorDialog | QMessageBox | None = None
        self._show.connect(self._show_dialog)

    def install(self) -> ErrorReporter:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)
        return self

    def __call__(self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> None:
        if error is None or isinstance(error, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)  # type: ignore[arg-type]
            return
        fault = error if isinstance(error, CounterError) else environment_fault(error)
        if fault is not None:
            log.warning("not done: %s", fault.message, exc_info=(kind, error, tb))
        else:
            log.critical("unexpected error", exc_info=(kind, error, tb))
        if self.debug or not self.dialogs:
            traceback.print_exception(kind, error, tb, file=sys.stderr)
        traceback.clear_frames(tb)  # written: the frames' objects (a worker's job, a window) need not outlive it
        if self.dialogs:
            self._show.emit(fault.text if fault is not None else kind.__name__)

    def _show_dialog(self, said: Text | str) -> None:
        """A fault's text in a message box; a bug's type named in ``UnexpectedErrorDialog``."""
        if self.open_dialog is not None and shiboken6.isValid(self.open_dialog) and self.open_dialog.isVisible():
            return  # one at a time: the log has every one
        active = QApplication.activeWindow()
        parent = active if active is not None and active.isVisible() else None  # not a window already going away
        if isinstance(said, Text):
            dialog: UnexpectedErrorDialog | QMessageBox = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Counter"), text_of(said), QMessageBox.StandardButton.Ok, parent
            )
        else:
            dialog = UnexpectedErrorDialog(said, log_file(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.show()

"""Typing into the window as a keyboard (or a keyboard-wedge scanner with Unicode output) does, scanner bursts, and
picking a procedure.

QTest.keyClicks only knows ASCII; a Vietnamese name arrives as key events that carry their text.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isprintable() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def choose(form, text: str, code: str) -> None:
    """Type part of a procedure's name into the intake search, as a clerk does, and pick ``code``."""
    type_text(form.search, text)
    for row in range(form.results.count()):
        if form.results.item(row).text().startswith(code):
            form.results.setCurrentRow(row)
    assert form.procedure.code == code


def post_scans(widget, codes: list[str]) -> None:
    """Queue the keystrokes of ``codes``, each ended by Return, as a keyboard-wedge scanner fills the event
    queue in a burst: nothing is handled until the event loop runs again."""
    for code in codes:
        for ch, key in [(ch, ord(ch.upper())) for ch in code] + [("\r", Qt.Key.Key_Return)]:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.postEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

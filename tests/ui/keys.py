"""Typing text as a keyboard (or a keyboard-wedge scanner with Unicode output) sends it: one key event a character.

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

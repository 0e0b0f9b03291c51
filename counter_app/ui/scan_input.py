"""Scanners as keyboards: a 1D scanner typing a dossier code + Enter in a burst, anywhere in the window."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from counter_core.domain.codes import DossierCode
from counter_core.foundation.errors import InvalidInput

MAX_GAP = 0.035  # seconds between keystrokes: people type slower, scanners ~10 ms per character
MIN_LENGTH = 12


class BarcodeListener(QObject):
    """Watches every key press of the application; a fast burst ending in Enter that is a dossier code
    emits ``scanned`` and is removed from the line edit it was typed into."""

    scanned = Signal(str)

    def __init__(self, clock=time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.buffer = ""
        self.last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.isAutoRepeat() or not self._is_delivery(watched):
            return False
        # When the keys were typed, not when the window got to them: a busy window handles a burst late, all
        # at once, and a pause in handling it must not split it. Synthesised events carry no time. A time before
        # the last key's (the X server's clock wraps after 49 days; events with and without a time mix two
        # clocks) starts a new burst too, or the end of an old one would be glued to the next scan.
        now = event.timestamp() / 1000 if event.timestamp() else self.clock()
        if not 0 <= now - self.last <= MAX_GAP:
            self.buffer = ""
        self.last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(watched)
        self.buffer += event.text()  # all of it: a character the field shows but the code has not is no scan
        return False

    @staticmethod
    def _is_delivery(watched: QObject) -> bool:
        """Each key press is seen several times: by the native window first (on a real display), by the
        widget with the focus, then by its parents if it ignores the key. Count it once, at the focus."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return isinstance(watched, QWidget) and watched.isWindow()

    def _finish(self, watched: QObject) -> bool:
        text, self.buffer = self.buffer, ""
        if len(text) < MIN_LENGTH:
            return False
        try:
            code = str(DossierCode.parse(text))
        except InvalidInput:
            return False
        if code != text:  # read exactly as typed, nothing around it
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.text().endswith(text):
            focus.setText(focus.text()[: -len(text)])
        self.scanned.emit(code)
        return True

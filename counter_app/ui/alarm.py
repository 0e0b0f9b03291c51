"""The sound of a refused scan: the shipped WAV through QtMultimedia, or the system beep where it cannot play
(QtMultimedia needs libpulse0 on Linux; a desk without a sound device still beeps if it can)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication

SOUND = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "refused.wav"


class Alarm(QObject):
    rang = Signal()  # each time it sounds, for the window's tests and anyone who wants to show it too

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:  # loaded here, not at start-up: only the postal desk makes sounds
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # QtMultimedia could not load its libraries
            self.effect = None
            return
        self.effect = QSoundEffect(self)
        self.effect.setSource(QUrl.fromLocalFile(str(SOUND)))
        self.effect.setVolume(0.9)

    def ring(self) -> None:
        """Sound now; a refusal right after the last one restarts the sound, so every one is heard."""
        if self.effect is not None and self.effect.status() != self.effect.Status.Error:
            self.effect.play()
        else:
            QApplication.beep()
        self.rang.emit()

"""The short dialog of an unexpected error: what happened in plain words, what to do, and where the log file is
(selectable, with a button to copy it); never a traceback, which goes to the log file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class UnexpectedErrorDialog(QDialog):
    """Shown once at a time (further errors only go to the log while it is open)."""

    def __init__(self, error: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counter — unexpected error"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        self.summary = QLabel(
            self.tr(
                "Counter met an unexpected error ({error}). It is a fault of the program, not of your work: what "
                "was saved before is kept.\n\nIf what you were doing did not finish, do it again. If the error "
                "comes back, close Counter, start it again, and send the log file below to the province's support "
                "with a word on what you were doing."
            ).format(error=error)
        )
        self.summary.setWordWrap(True)
        self.path = QLineEdit(str(log) if log else self.tr("(no log file: the error was not written anywhere)"))
        self.path.setReadOnly(True)
        self.path.setCursorPosition(0)
        self.path.setAccessibleName(self.tr("Log file:"))
        self.path.setToolTip(self.tr("Where the log file is: copy it and send the file to the province's support"))
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.path.text()))
        copy.setEnabled(log is not None)
        folder = QPushButton(self.tr("Open the folder"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent))))
        folder.setEnabled(log is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.summary, 1)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Log file:")))
        where.addWidget(self.path, 1)
        where.addWidget(copy)
        where.addWidget(folder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(where)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

"""Signing in with a local account, and unlocking the screen after the idle time; both count wrong passwords
towards the account's lock (``accounts.authenticate``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from counter_app.services import accounts
from counter_app.store import Store
from counter_app.ui.errors import text_of
from counter_core.domain.accounts import User
from counter_core.foundation.clock import Clock, vn_now
from counter_core.foundation.errors import CounterError


class LoginDialog(QDialog):
    """Asks for username and password; ``user`` is set once they are right.

    With ``locked_user`` it is the lock screen: only that user (or a supervisor/admin) may unlock.
    """

    def __init__(
        self, store: Store, title: str, locked_user: User | None = None, parent=None, clock: Clock = vn_now
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.user: User | None = None
        self.locked_user = locked_user
        self.setWindowTitle(self.tr("Counter — sign in"))
        self.username = QLineEdit(locked_user.username if locked_user else "")
        self.username.setReadOnly(locked_user is not None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.try_login)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if locked_user else self.username).setFocus()

    def try_login(self) -> None:
        try:
            user = accounts.authenticate(self.store, self.username.text(), self.password.text(), self.clock)
        except CounterError as exc:
            self.error.setText(text_of(exc))
            self.password.clear()
            return
        self.user = user
        self.accept()

"""Signing in with a local account, and unlocking the screen after the idle time; both count wrong passwords
towards the account's lock (``accounts.authenticate``, on the desk's database thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from counter_app.services import accounts
from counter_app.ui import demo_marks
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks
from counter_core.domain.accounts import User


class LoginDialog(QDialog):
    """Asks for username and password; ``user`` is set once they are right.

    With ``locked_user`` it is the lock screen: only that user (or a supervisor/admin) may unlock.
    """

    def __init__(self, tasks: DeskTasks, title: str, locked_user: User | None = None, parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.user: User | None = None
        self.locked_user = locked_user
        self.setWindowTitle(self.tr("Counter — sign in"))
        demo_marks.watch(tasks.desk.config.demo)  # from here on every window of a demo desk says so
        self.username = QLineEdit(locked_user.username if locked_user else "")
        self.username.setReadOnly(locked_user is not None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        describe(
            self.username,
            self.tr("Username"),
            self.tr("Your account on this desk, as the administrator made it, e.g. lan"),
        )
        describe(
            self.password,
            self.tr("Password"),
            self.tr("Your password; it is not shown. Too many wrong passwords in a row lock the account for a while."),
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
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
        """Check the password on the database thread; OK waits for the answer."""
        username, password = self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        self.tasks.run(
            lambda desk: accounts.authenticate(desk.store, username, password, desk.clock),
            self._signed_in,
            self._refused,
            self,
        )

    def _signed_in(self, user: User) -> None:
        self.buttons.setEnabled(True)
        self.user = user
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(text_of(error))
        self.password.clear()

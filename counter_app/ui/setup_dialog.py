"""First start: configure the desk (unit, desk number) and create the administrator account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.ui.errors import text_of
from counter_core.foundation.errors import CounterError

if TYPE_CHECKING:
    from counter_app.store import Store  # the database opened at the first start, before there is a desk


class SetupDialog(QDialog):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Set up this desk"))
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText("000.00.31.H56")
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("e.g. UBND xã Quảng Phú"))
        self.desk = QSpinBox()
        self.desk.setRange(1, 99)
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Unit code (from the province)"), self.unit_code)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Desk number in the unit"), self.desk)
        form.addRow(self.tr("Administrator account"), self.admin)
        form.addRow(self.tr("Administrator full name"), self.admin_name)
        form.addRow(self.tr("Password"), self.password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This desk is not configured yet.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            init_desk(self.store, self.unit_code.text(), self.unit_name.text(), self.desk.value())
            accounts.first_admin(self.store, self.admin.text(), self.admin_name.text(), self.password.text())
        except CounterError as exc:
            self.error.setText(text_of(exc))
            return
        self.accept()

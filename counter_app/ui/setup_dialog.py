"""First start: configure the desk (unit, desk number) and create the administrator account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_core.foundation.errors import CounterError

if TYPE_CHECKING:
    from counter_app.store import Store  # the database opened at the first start, before there is a desk


class SetupDialog(QDialog):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Set up this desk"))
        self.unit_code = describe(
            QLineEdit(),
            self.tr("Unit code"),
            self.tr("The unit's code in the national list, given by the province, e.g. 000.00.31.H56"),
        )
        self.unit_code.setPlaceholderText("000.00.31.H56")
        self.unit_name = describe(
            QLineEdit(),
            self.tr("Unit name"),
            self.tr("The unit's name as its papers print it, e.g. UBND xã Quảng Phú"),
        )
        self.unit_name.setPlaceholderText(self.tr("e.g. UBND xã Quảng Phú"))
        self.desk = describe(
            QSpinBox(),
            self.tr("Desk number in the unit"),
            self.tr("This desk's number among the unit's desks, each desk its own, e.g. 2"),
        )
        self.desk.setRange(1, 99)
        self.admin = describe(
            QLineEdit("admin"),
            self.tr("Administrator account"),
            self.tr("The username of the desk's administrator, e.g. admin"),
        )
        self.admin_name = describe(
            QLineEdit(),
            self.tr("Administrator full name"),
            self.tr("The administrator's full name, e.g. Phạm Quốc Toản"),
        )
        self.password = describe(
            QLineEdit(),
            self.tr("Password"),
            self.tr("At least 6 characters, kept only as a hash, e.g. a phrase only the administrator knows"),
        )
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

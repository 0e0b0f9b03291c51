"""The fields of one person (owner or submitter), with inline error labels, read into a domain Person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_core.domain.citizen_id import FEMALE, MALE
from counter_core.domain.idcard import IdCard
from counter_core.domain.intake import Person, parse_day
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.texts import Text

FIELDS = ("full_name", "id_number", "birth_date", "gender", "address", "phone", "email")


class PersonFields(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}  # doubts to check on the card, never a refusal
        form = QFormLayout(self)
        labels = {
            "full_name": self.tr("Full name"),
            "id_number": self.tr("ID number (12 digits) or old ID (9)"),
            "birth_date": self.tr("Date of birth (dd/mm/yyyy)"),
            "gender": self.tr("Gender"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }
        tips = {
            "full_name": self.tr("Full name as on the ID card, with its accents, e.g. Nguyễn Văn An"),
            "id_number": self.tr(
                "The 12-digit personal ID number, or the 9 digits of an old ID card, e.g. 001085012345"
            ),
            "birth_date": self.tr("Date of birth as day/month/year, e.g. 05/08/1985"),
            "gender": self.tr("Gender as on the ID card, e.g. Nam"),
            "address": self.tr("Place of residence as on the ID card, e.g. Thôn Đông Hòa, xã Quảng Phú"),
            "phone": self.tr("A phone number to call about the dossier, e.g. 0912345678"),
            "email": self.tr("An e-mail address, if the person has one, e.g. nguyenvanan@gmail.com"),
        }
        for name in FIELDS:
            if name == "gender":
                edit = QComboBox()
                edit.addItems(["", MALE, FEMALE])
                edit.currentIndexChanged.connect(self.changed)
            else:
                edit = QLineEdit()
                edit.setObjectName(name)
                edit.textChanged.connect(self.changed)
            error = QLabel()
            error.setStyleSheet("color: #b00020")
            error.hide()
            warning = QLabel()
            warning.setStyleSheet("color: #8a5300")
            warning.setWordWrap(True)
            warning.hide()
            # The group's title in the name: the owner's and the submitter's fields are told apart when read out.
            describe(edit, f"{title}: {labels[name]}", tips[name])
            self.edits[name], self.errors[name], self.warnings[name] = edit, error, warning
            form.addRow(labels[name], edit)
            form.addRow("", error)
            form.addRow("", warning)

    def line_edits(self) -> list[QLineEdit]:
        return [e for e in self.edits.values() if isinstance(e, QLineEdit)]

    def text(self, name: str) -> str:
        edit = self.edits[name]
        return edit.currentText() if isinstance(edit, QComboBox) else edit.text()

    def person(self) -> Person:
        """The person typed so far; an unreadable birth date is reported as a field error."""
        try:
            born = parse_day(self.text("birth_date"), "birth_date")
        except InvalidInput:
            born = None
        return Person(*(self.text(n) if n != "birth_date" else born for n in FIELDS))

    def birth_date_problem(self) -> str | None:
        try:
            parse_day(self.text("birth_date"), "birth_date")
        except InvalidInput as exc:
            return text_of(exc)
        return None

    def fill_from_card(self, card: IdCard) -> None:
        values = {
            "full_name": card.full_name,
            "id_number": card.id_number,
            "birth_date": card.birth_date.strftime("%d/%m/%Y"),
            "address": card.address,
        }
        for name, value in values.items():
            self.edits[name].setText(value)
        self.edits["gender"].setCurrentText(card.gender)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name)
            label.setText(message or "")
            label.setVisible(bool(message))
            self.edits[name].setStyleSheet("border: 1px solid #b00020" if message else "")

    def show_warnings(self, warnings: dict[str, Text]) -> None:
        """Show what to check on the card under each field concerned (in amber: the dossier can still be saved)."""
        for name, label in self.warnings.items():
            label.setText(text_of(warnings[name]) if name in warnings else "")
            label.setVisible(name in warnings)

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.setCurrentIndex(0) if isinstance(edit, QComboBox) else edit.clear()
        self.show_problems({})
        self.show_warnings({})

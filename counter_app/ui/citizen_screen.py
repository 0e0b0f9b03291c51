"""The screen facing the citizen: what the clerk is recording (name, ID number masked, procedure, appointment, fee) in
large type, so that a mistake is caught before the receipt is printed; on a second screen when there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from counter_app.ui.intake_form import IntakeForm
from counter_core.domain.citizen_id import mask_id_number

SCALE = 3.0  # the values, times the window's font: read from across the counter
CAPTION = 2.0  # what each value is


class CitizenScreen(QWidget):
    """A window of its own that mirrors the intake form each time its summary changes."""

    def __init__(self, form: IntakeForm, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.form = form
        self.setWindowTitle(self.tr("Your dossier"))
        heading = QLabel(self.tr("Please check what is being recorded for you"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setFont(self._font(CAPTION, bold=False))
        self.name, self.id_number, self.procedure, self.due, self.fee = (self._value() for _ in range(5))
        rows = QFormLayout()
        rows.setVerticalSpacing(24)
        for caption, value in (
            (self.tr("Full name"), self.name),
            (self.tr("ID number"), self.id_number),
            (self.tr("Procedure"), self.procedure),
            (self.tr("Appointment"), self.due),
            (self.tr("Fee"), self.fee),
        ):
            label = QLabel(caption)
            label.setFont(self._font(CAPTION, bold=False))
            rows.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(24)
        layout.addLayout(rows)
        layout.addStretch()
        form.summarised.connect(self.mirror)
        self.mirror()

    def _font(self, scale: float, bold: bool = True) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _value(self) -> QLabel:
        label = QLabel()
        label.setFont(self._font(SCALE))
        label.setWordWrap(True)
        return label

    def mirror(self) -> None:
        """What the form holds now: the owner as typed, the procedure, appointment and fee as its summary says."""
        summary, owner = self.form.summary, self.form.owner
        chosen = self.form.procedure
        self.name.setText(owner.text("full_name"))
        self.id_number.setText(mask_id_number(owner.text("id_number")))
        self.procedure.setText(chosen.name if chosen else "")
        self.due.setText(summary.due.text())
        self.fee.setText(summary.fee.text())

    def show_facing_the_citizen(self, beside: QWidget) -> None:
        """Full screen on a screen other than the clerk's window's, if the desk has one; else a window."""
        others = [s for s in QGuiApplication.screens() if s is not beside.screen()]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].availableGeometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

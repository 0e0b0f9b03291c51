"""What the citizen asks about first, beside the intake form in large type: the procedure, the appointment with its
day of the week, the fee or the exemption, and the papers ticked of those required."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from counter_core.domain.appointment import Appointment
from counter_core.domain.fees import Fee
from counter_core.foundation.formatting import day, money

LARGE = 1.8  # the appointment and the fee, times the window's font
MEDIUM = 1.3  # the papers
INCOMPLETE = "color: #8a5300"  # amber, as the card's warnings: a required paper is not ticked yet
COMPLETE = "color: #1b5e20"


class SummaryPanel(QFrame):
    """The procedure, the appointment, the fee and the papers of the dossier being received, as the clerk types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.procedure = self._value(1.0, bold=True, wrap=True)
        self.due = self._value(LARGE, bold=True)
        self.due_detail = self._value(1.0, wrap=True)
        self.fee = self._value(LARGE, bold=True, wrap=True)
        self.fee_detail = self._value(1.0, wrap=True)
        self.papers = self._value(MEDIUM, bold=True)
        self.problem = self._value(1.0, wrap=True)
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        self.captions: list[QLabel] = []
        for caption, values in (
            (self.tr("Procedure"), (self.procedure,)),
            (self.tr("Appointment"), (self.due, self.due_detail)),
            (self.tr("Fee"), (self.fee, self.fee_detail)),
            (self.tr("Papers"), (self.papers,)),
        ):
            label = QLabel(caption)
            label.setStyleSheet("color: #555555")
            self.captions.append(label)
            layout.addWidget(label)
            for value in values:
                layout.addWidget(value)
            layout.addSpacing(6)
        layout.addWidget(self.problem)
        self.show_nothing()

    def _value(self, scale: float, bold: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(wrap)
        return label

    def weekday(self, d: date) -> str:
        """The day of the week in the window's language: "Thứ Hai", "Monday"."""
        return (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )[d.weekday()]

    def show_nothing(self) -> None:
        """No procedure chosen yet."""
        self.procedure.setText(self.tr("Choose a procedure to see the fee and the appointment."))
        for label in (self.due, self.due_detail, self.fee, self.fee_detail, self.papers, self.problem):
            label.clear()
        self.problem.hide()

    def show_problem(self, procedure: str, problem: str) -> None:
        """The fee or the appointment of ``procedure`` (its code and name) cannot be computed: say why."""
        self.show_nothing()
        self.procedure.setText(procedure)
        self.problem.setText(problem)
        self.problem.show()

    def show_estimate(self, procedure: str, fee: Fee, due: Appointment, ticked: int, required: int) -> None:
        """The dossier as it would be received now under ``procedure`` (its code, name and processing time), with
        ``ticked`` of the ``required`` papers ticked."""
        self.problem.hide()
        self.procedure.setText(procedure)
        when = due.due
        self.due.setText(f"{self.weekday(when.date())}, {day(when.date())}" if when else self.tr("No fixed date"))
        self.due_detail.setText(due.phrase())
        self.fee.setText(self._fee_in_short(fee))
        self.fee_detail.setText(fee.printed())
        self.papers.setText(self.tr("{ticked} / {required} papers").format(ticked=ticked, required=required))
        sheet = COMPLETE if ticked >= required else INCOMPLETE
        if self.papers.styleSheet() != sheet:  # Qt parses and polishes a style sheet set again: at every key typed
            self.papers.setStyleSheet(sheet)

    def _fee_in_short(self, fee: Fee) -> str:
        """ "50.000 đ", or why nothing is paid (the detail line below says it in full)."""
        if fee.pending:
            return self.tr("Set by the province")
        if fee.amount:
            return money(fee.amount)
        return self.tr("Exempt") if fee.exemption else self.tr("No fee")

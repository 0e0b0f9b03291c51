"""The dialogs behind a dossier's slips: what to ask the citizen to supplement (Mẫu 02), a new date (Mẫu 04), the
stop of its settlement (Mẫu 05 of 2025); OK records it on the desk's database thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.store.desk import Desk
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks
from counter_core.domain.dossier import Dossier
from counter_core.domain.intake import SubmittedDocument
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.formatting import slip_moment

Ask = Callable[[Any], Callable[[Desk], object]]  # reads the dialog (on the window's thread): what to record


class _CheckedDialog(QDialog):
    """OK reads the dialog with ``ask(dialog)`` and records what it gives on the desk's database thread, then closes;
    a refusal from the desk stays in the dialog, in red, until fixed or cancelled."""

    def __init__(self, tasks: DeskTasks, ask: Ask, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.tasks, self.ask = tasks, ask
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.buttons.setEnabled(False)
        self.tasks.run(self.ask(self), self._recorded, self._refused, self)

    def _recorded(self, _value: object) -> None:
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(text_of(error))


class SupplementDialog(_CheckedDialog):
    """Tick every paper the citizen must add or complete — all at once — and say why."""

    def __init__(self, tasks: DeskTasks, dossier: Dossier, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(tasks, ask, parent)
        self.setWindowTitle(self.tr("Supplement request — {code}").format(code=dossier.code))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Original"), self.tr("Certified copy"), self.tr("Photocopy")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        describe(
            self.table,
            self.tr("Papers to supplement"),
            self.tr("Tick (Space) each paper the citizen must add or complete, and say how many of each kind"),
        )
        for doc in dossier.expected_documents:
            self._add_row(doc.name, (doc.original, doc.certified, doc.copy))
        self.other = QPlainTextEdit()
        self.other.setPlaceholderText(self.tr("Other papers or corrections, one per line"))
        self.other.setMaximumHeight(70)
        describe(
            self.other,
            self.tr("Other papers or corrections"),
            self.tr("Papers not in the list, or corrections, one per line, e.g. Bản sao giấy chứng nhận kết hôn"),
        )
        self.reason = describe(
            QLineEdit(),
            self.tr("Reason"),
            self.tr("Why the papers are asked for, printed on the request (Mẫu 02), e.g. Hồ sơ còn thiếu giấy tờ"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("List everything missing at once: a second request counts as late.")))
        layout.addWidget(self.table)
        layout.addWidget(self.other)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def _add_row(self, name: str, counts: tuple[int, int, int]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, item)
        kinds = [self.table.horizontalHeaderItem(c).text() for c in (1, 2, 3)]
        for column, count in enumerate(counts, start=1):
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setValue(count)
            describe(
                spin,
                f"{name} — {kinds[column - 1]}",
                self.tr("How many of this kind the citizen must bring, e.g. 1"),
            )
            self.table.setCellWidget(row, column, spin)

    def set_checked(self, row: int, checked: bool) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def items(self) -> list[SubmittedDocument]:
        ticked = [
            SubmittedDocument(self.table.item(r, 0).text(), *(self.table.cellWidget(r, c).value() for c in (1, 2, 3)))
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]
        others = [
            SubmittedDocument(line.strip(), original=1)
            for line in self.other.toPlainText().splitlines()
            if line.strip()
        ]
        return ticked + others


class _LetterFields:
    """The registry's number of an official letter and who signs it: both may be left for a pen."""

    def add_letter_fields(self, form: QFormLayout) -> None:
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("From the registry book; may be written by hand"))
        self.number.setToolTip(
            self.tr(
                "The letter's number and symbol from the registry book, or empty to write it by hand, e.g. 15/TB-UBND"
            )
        )
        self.signer = QLineEdit()
        self.signer.setPlaceholderText(self.tr("May be written by hand"))
        self.signer.setToolTip(
            self.tr("Who signs the letter, or empty to write it by hand, e.g. Chủ tịch UBND xã Nguyễn Văn Bình")
        )
        form.addRow(self.tr("Letter number"), self.number)
        form.addRow(self.tr("Signed by"), self.signer)


class RescheduleDialog(_CheckedDialog, _LetterFields):
    """A new appointment for a dossier that will be late, asked before its appointment has passed, with the reason
    printed on the letter of apology."""

    def __init__(
        self, tasks: DeskTasks, dossier: Dossier, closes: datetime, ask: Ask, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, ask, parent)
        self.setWindowTitle(self.tr("Apology and new appointment — {code}").format(code=dossier.code))
        self.when = QDateTimeEdit(QDateTime(closes.date(), closes.time()))
        self.when.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.when.setCalendarPopup(True)
        self.when.setToolTip(self.tr("When the result will be ready now (HH:mm dd/mm/yyyy), e.g. 16:30 27/11/2026"))
        self.reason = QLineEdit()
        self.reason.setToolTip(
            self.tr("Why the dossier is late, printed on the letter of apology (Mẫu 04), e.g. Cần xác minh thêm")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Appointment on the receipt"), QLabel(slip_moment(dossier.first_due_at or closes)))
        form.addRow(self.tr("New appointment"), self.when)
        form.addRow(self.tr("Reason for the delay"), self.reason)
        self.add_letter_fields(form)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def new_due(self) -> datetime:
        return self.when.dateTime().toPython().replace(tzinfo=VN_TZ)


class StopDialog(_CheckedDialog, _LetterFields):
    """Stop settling a dossier: the reason printed on the stop notice sent to the owner."""

    def __init__(self, tasks: DeskTasks, dossier: Dossier, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(tasks, ask, parent)
        self.setWindowTitle(self.tr("Stop settling the dossier — {code}").format(code=dossier.code))
        self.reason = QLineEdit()
        self.reason.setToolTip(
            self.tr("Why the settlement stops, printed on the stop notice, e.g. Người nộp hồ sơ đề nghị dừng")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Reason for stopping"), self.reason)
        self.add_letter_fields(form)
        form.addRow(self.error)
        form.addRow(self.buttons)

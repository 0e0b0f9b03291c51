"""Trả kết quả: find the dossier, check who collects it, hand the result over, print, ask for a rating; every read and
record on the desk's database thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import attachments, lookup, processing
from counter_app.services.returns import rate
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.papers_panel import PapersDialog
from counter_app.ui.tasks import DeskTasks
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.attachments import Role
from counter_core.domain.citizen_id import check_id_number
from counter_core.domain.dossier import Dossier
from counter_core.domain.satisfaction import RATINGS
from counter_core.domain.status import Status
from counter_core.foundation.errors import CounterError, InvalidInput
from counter_core.foundation.messages import Dossiers


class ReturnTab(QWidget):
    returned = Signal(str)  # dossier code, once the result is handed over
    recorded = Signal(str)  # dossier code, after the hand-over or the rating is recorded

    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.user = tasks, user
        self.dossier: Dossier | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan or type the dossier code"))
        describe(
            self.code,
            self.tr("Dossier code"),
            self.tr(
                "The code on the citizen's receipt: scan its barcode, or type it and press Enter, "
                "e.g. 000.00.31.H56-261123-0001"
            ),
        )
        self.code.returnPressed.connect(lambda: self.load(self.code.text()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Keyboard: the code, Enter; the collector's name (the owner's, to check), Enter; their ID number, Enter hands
        # the result over; then a rating: the arrow keys and Space, Tab, Enter.
        self.recipient = describe(
            QLineEdit(),
            self.tr("Collected by (full name)"),
            self.tr("Full name of the person collecting the result, as on their ID card, e.g. Nguyễn Văn An"),
        )
        self.recipient_id = describe(
            QLineEdit(),
            self.tr("Their ID number"),
            self.tr("The ID number of the person collecting: 12 digits, or an old ID of 9, e.g. 001085012345"),
        )
        self.recipient.returnPressed.connect(lambda: self.recipient_id.setFocus())
        self.recipient_id.returnPressed.connect(self.do_return)
        self.hand_over = QPushButton(self.tr("Hand over the result"))
        self.hand_over.setAutoDefault(True)  # Enter on the focused button presses it, as in a dialog
        self.hand_over.clicked.connect(self.do_return)
        self.hand_over.setEnabled(False)
        self.digitise_button = QPushButton(self.tr("Digitise the result…"))
        self.digitise_button.setToolTip(self.tr("Scan the result handed back (kết quả) into the dossier"))
        self.digitise_button.clicked.connect(self.digitise)
        self.digitise_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rating_box = QWidget()
        rating_layout = QHBoxLayout(self.rating_box)
        question = self.tr("How satisfied is the citizen?")
        rating_layout.addWidget(QLabel(question))
        self.rating_box.setAccessibleName(question)
        self.ratings = QButtonGroup(self)
        for value, label in RATINGS.items():
            button = QRadioButton(label)
            self.ratings.addButton(button, value)
            rating_layout.addWidget(button)
        self.save_rating = QPushButton(self.tr("Record the rating"))
        self.save_rating.setAutoDefault(True)
        self.save_rating.clicked.connect(self.rate)
        rating_layout.addWidget(self.save_rating)
        self.rating_box.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Dossier code"), self.code)
        form.addRow(self.tr("Collected by (full name)"), self.recipient)
        form.addRow(self.tr("Their ID number"), self.recipient_id)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.hand_over)
        layout.addWidget(self.digitise_button)
        layout.addWidget(self.message)
        layout.addWidget(self.rating_box)
        layout.addStretch()

    def load(self, code: str) -> None:
        code = code.strip()
        self.tasks.run(lambda desk: lookup.show(desk, code), self._show, self._not_found, self)

    def _not_found(self, error: Exception) -> None:
        self.dossier = None
        self.summary.setText(text_of(error))
        self.hand_over.setEnabled(False)
        self.ready_for_next()

    def _show(self, dossier: Dossier) -> None:
        self.dossier = d = dossier
        self.code.setText(d.code)
        owner = self.tr("Owner")
        self.summary.setText(f"{d.procedure_name}\n{owner}: {d.owner.full_name} ({d.owner_id}) — {d.status_label}")
        ready = policy.allowed(self.user.role, policy.move(Status.RETURNED), d)
        self.hand_over.setEnabled(ready)
        self.digitise_button.setEnabled(
            policy.may(self.user.role, policy.DIGITISE_RESULT) and d.status in attachments.RESULT_STATUSES
        )
        self.message.setText("" if ready else self.tr("The result is not ready to be handed over."))
        self.recipient.setText(d.owner.full_name)
        self.recipient_id.setText(d.owner_id)
        self.rating_box.setVisible(False)
        if ready:  # the owner's name is offered: the clerk checks it, or types over it
            self.recipient.setFocus()
            self.recipient.selectAll()
        else:
            self.ready_for_next()

    def ready_for_next(self) -> None:
        """The code field takes the next scan or typed code, replacing the one shown."""
        self.code.setFocus()
        self.code.selectAll()

    def digitise(self) -> None:
        """Scan the result (several results, several papers) the same way as the dossier's papers."""
        if not self.dossier:
            return
        code = self.dossier.code
        self.dialog = PapersDialog(
            self.tr("Digitise the result of {code}").format(code=code),
            [self.tr("Result: {procedure}").format(procedure=self.dossier.procedure_name)],
            self.tasks,
            lambda desk, papers: attachments.attach(desk, code, self.user, papers),
            Role.RESULT,
            self,
        )
        self.dialog.accepted.connect(
            lambda: (self.message.setText(self.tr("The result is digitised.")), self.recorded.emit(code))
        )
        self.dialog.open()

    def do_return(self) -> None:
        if not self.dossier or not self.hand_over.isEnabled():
            return
        name, number = self.recipient.text().strip(), self.recipient_id.text().strip()
        try:
            if not name:
                raise InvalidInput("recipient", Dossiers.RECIPIENT_MISSING)
            check_id_number(number)
        except CounterError as exc:
            self.message.setText(text_of(exc))
            return
        code, user = self.dossier.code, self.user
        self.hand_over.setEnabled(False)
        self.tasks.run(
            lambda desk: processing.transition(desk, code, Status.RETURNED, user, f"{name} ({number})"),
            lambda _event: self._handed_over(code),
            self._refused,
            self,
        )

    def _handed_over(self, code: str) -> None:
        self.message.setText(self.tr("Result handed over. Printing the result receipt…"))
        rating = policy.may(self.user.role, policy.RATE)
        self.rating_box.setVisible(rating)
        if rating:
            self.ratings.buttons()[0].setFocus()  # the arrow keys and Space pick a rating, Tab and Enter record it
        else:
            self.ready_for_next()
        self.recorded.emit(code)
        self.returned.emit(code)

    def _refused(self, error: Exception) -> None:
        self.hand_over.setEnabled(True)
        self._say_error(error)

    def _say_error(self, error: Exception) -> None:
        self.message.setText(text_of(error))

    def rate(self) -> None:
        if not self.dossier or self.ratings.checkedId() < 0:
            return
        code, user, level = self.dossier.code, self.user, self.ratings.checkedId()
        self.tasks.run(lambda desk: rate(desk, code, user, level), lambda _: self._rated(code), self._say_error, self)

    def _rated(self, code: str) -> None:
        self.recorded.emit(code)
        self.message.setText(self.tr("Thank you: the rating is recorded."))
        self.rating_box.setVisible(False)
        self.ready_for_next()

"""The first window of a new desk: connect to the province with its enrolment code, try Counter with demo data, or
set the desk up by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import first_run
from counter_app.ui.errors import text_of
from counter_app.ui.help_window import guide_for
from counter_app.ui.setup_dialog import SetupDialog
from counter_app.ui.workers import run_in_background
from counter_core.domain.enrolment_code import split_scan

if TYPE_CHECKING:
    from counter_app.store import Store  # the database opened at the first start, before there is a desk

PROVINCE, DEMO, BY_HAND = range(3)


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Set up this desk"))
        self.choices = QButtonGroup(self)
        labels = (
            self.tr("&Connect to the province (with the code the province gave this desk)"),
            self.tr("&Try Counter with demo data"),
            self.tr("Set up by &hand (a commune without a province server)"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This desk is not configured yet. How do you want to start?")))
        for choice, label in enumerate(labels):
            button = QRadioButton(label)
            button.setAccessibleName(label.replace("&", ""))
            self.choices.addButton(button, choice)
            layout.addWidget(button)
        self.choices.button(PROVINCE).setChecked(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._province_page())
        self.pages.addWidget(
            self._explained(
                self.tr(
                    "Counter makes a demo unit with its accounts and 300 dossiers of the past months, so that you can try "
                    "every window. Do not use it for real dossiers."
                )
            )
        )
        self.pages.addWidget(
            self._explained(
                self.tr(
                    "Type the unit's code and name, the desk number and the administrator's account yourself. The desk then "
                    "works alone; it can be connected to a province server later."
                )
            )
        )
        layout.addWidget(self.pages)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no figure: it only says that something is going on
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices.idToggled.connect(self._chosen)
        self.by_hand: SetupDialog | None = None
        self.demo_accounts: first_run.DemoAccounts | None = None
        if first_run.sync_pending(store):
            self.message.setText(
                self.tr("This desk is enrolled with the province: press OK to receive what the province has for it.")
            )
        guide_for(self, "cai-dat")

    def _province_page(self) -> QWidget:
        page = QWidget()
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://…")
        self.server.setToolTip(
            self.tr(
                "The address of the province's server, as the province wrote it, e.g. https://motcua.thanhhoa.gov.vn"
            )
        )
        self.server.setAccessibleName(self.tr("Province server address"))
        self.code = QLineEdit()
        self.code.setToolTip(
            self.tr(
                "The desk's one-time enrolment code from the province (28 characters in 7 groups of 4), typed or read "
                "from its QR code with the scanner, e.g. 7KQ2-XW9D-M4TR-8HJN-2PCZ-QV6E-K3WB"
            )
        )
        self.code.setAccessibleName(self.tr("Enrolment code"))
        # The whole code in sight (7 groups of 4 and their dashes), to be read against the province's paper.
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("W" * 36))
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setToolTip(
            self.tr(
                "Only if the province uses certificates of its own: the root certificate (CA) file it gave, "
                "e.g. D:\\tinh\\ca-tinh.pem. Leave it empty otherwise."
            )
        )
        self.ca_bundle.setAccessibleName(self.tr("Province root certificate file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the province root certificate file"))
        browse.clicked.connect(self._choose_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle)
        ca_row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("Province &server address"), self.server)
        form.addRow(self.tr("&Enrolment code"), self.code)
        ca_label = QLabel(self.tr("Root certificate (&optional)"))
        ca_label.setBuddy(self.ca_bundle)
        form.addRow(ca_label, ca_row)
        return page

    def _choose_ca_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The province's root certificate"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if name:
            self.ca_bundle.setText(name)

    @staticmethod
    def _explained(text: str) -> QWidget:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _chosen(self, choice: int, checked: bool) -> None:
        if checked:
            self.pages.setCurrentIndex(choice)
            self.message.clear()

    def go(self) -> None:
        """OK: the chosen way (once the demo is made, OK goes on to sign-in)."""
        if self.demo_accounts is not None:
            self.accept()
            return
        choice = self.choices.checkedId()
        if choice == BY_HAND:
            self.by_hand = SetupDialog(self.store, self)
            self.by_hand.accepted.connect(self.accept)
            self.by_hand.open()
            return
        if choice == PROVINCE:
            address, code = split_scan(self.code.text())
            if address:
                self.server.setText(address)
                self.code.setText(code)
            server, ca_bundle = self.server.text(), self.ca_bundle.text().strip() or None
            self._run(
                lambda: first_run.connect(self.store, server, code, ca_bundle),
                self.tr("Connecting to the province…"),
            )
        else:
            self._run(lambda: first_run.try_demo(self.store), self.tr("Making the demo data (a minute or so)…"))

    def _run(self, work: Callable[[], object], doing: str) -> None:
        self._working(True)
        self.message.setStyleSheet("")
        self.message.setText(doing)
        run_in_background(work, self._done, self._failed, self)

    def reject(self) -> None:
        """Esc or the window's close button: not while the work runs (the desk would be left half set up)."""
        if self.busy.isHidden():
            super().reject()

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        for widget in (self.buttons, self.pages, *self.choices.buttons()):
            widget.setEnabled(not working)

    def _done(self, result: object) -> None:
        self._working(False)
        if not isinstance(result, first_run.DemoAccounts):
            self.accept()
            return
        self.demo_accounts = result
        for button in self.choices.buttons():
            button.setEnabled(False)
        self.message.setText(
            self.tr(
                "The demo desk is ready. Sign in with one of these accounts: {users}; password: {password}."
            ).format(users=", ".join(result.usernames), password=result.password)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _failed(self, error: Exception) -> None:
        self._working(False)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(text_of(error))

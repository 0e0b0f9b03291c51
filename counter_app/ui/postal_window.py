"""The postal desk's window: what a postal user (role "postal") sees after signing in — batch scanning, on the
desk window (sync, printing of the hand-over lists, idle lock)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from counter_app.services import lookup, postal
from counter_app.store.desk import Desk
from counter_app.store.settings import DEFAULT_IDLE_MINUTES
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.errors import text_of
from counter_app.ui.postal_screen import PostalScreen
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.foundation.errors import CounterError


class PostalWindow(DeskWindow):
    def __init__(self, desk: Desk, user: User, idle_minutes: int = DEFAULT_IDLE_MINUTES, print_directly: bool = False):
        super().__init__(desk, user, idle_minutes, print_directly)
        self.postal = PostalScreen(desk, user)
        self.setCentralWidget(self.postal)
        self.postal.recorded.connect(self.sync.soon)
        self.postal.print_list.connect(self.print_list)
        self.sync.synced.connect(lambda _report: self.postal.refresh())

    def print_list(self, batch_id: int) -> None:
        """The batch's hand-over list, made on a worker over its own connection, then previewed or printed."""

        def make_pdf():
            with self.desk.reading() as reader:
                return postal.handover_to_file(reader, batch_id, self.user)

        self._render(make_pdf)

    def show_dossier(self, code: str) -> None:
        try:
            policy.require(self.user, policy.VIEW)
            d = lookup.show(self.desk, code)
        except CounterError as exc:
            QMessageBox.information(self, code, text_of(exc))
            return
        QMessageBox.information(self, code, f"{d.procedure_name}\n{d.owner_name} — {d.status_label}")

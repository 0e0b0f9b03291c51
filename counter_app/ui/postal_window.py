"""The postal desk's window: what a postal user (role "postal") sees after signing in — batch scanning, on the
desk window (sync, printing of the hand-over lists, idle lock)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from counter_app.services import lookup, postal
from counter_app.store.desk import Desk
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.errors import text_of
from counter_app.ui.guide import declare
from counter_app.ui.postal_screen import PostalScreen
from counter_app.ui.tasks import DeskTasks
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.dossier import Dossier


class PostalWindow(DeskWindow):
    def __init__(self, tasks: DeskTasks, user: User) -> None:
        super().__init__(tasks, user)
        self.postal = PostalScreen(tasks, user)
        self.setCentralWidget(self.postal)
        declare(self.postal, "buu-chinh")  # F1 opens its page of the guide
        self.postal.recorded.connect(self.sync.soon)
        self.postal.print_list.connect(self.print_list)
        self.sync.synced.connect(lambda _report: self.postal.refresh())

    def print_list(self, batch_id: int) -> None:
        """The batch's hand-over list, read on the database thread, drawn on a worker, then previewed or printed."""
        user = self.user
        self._render(lambda desk: postal.handover_list(desk, batch_id, user))

    def show_dossier(self, code: str) -> None:
        user = self.user

        def read(desk: Desk) -> Dossier:
            policy.require(user, policy.VIEW)
            return lookup.show(desk, code)

        self.tasks.run(
            read,
            lambda d: QMessageBox.information(self, code, f"{d.procedure_name}\n{d.owner_name} — {d.status_label}"),
            lambda error: QMessageBox.information(self, code, text_of(error)),
            self,
        )

"""Sao lưu và khôi phục: the copies the desk keeps, a copy now, and putting one back (for the roles the policy lets);
the day's copy made on its own a few seconds after the window opens; and, at start, the offer to start from the
latest good copy when the database cannot be opened.

The settings are read, and a copy put back, on the desk's database thread; a copy is made on a worker over a
connection of its own, so the desk goes on working meanwhile."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import backups
from counter_app.store.desk import Desk
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks
from counter_app.ui.workers import run_in_background
from counter_core.domain import policy
from counter_core.domain.accounts import User

if TYPE_CHECKING:
    from counter_app.store import Store  # the database opened at start, before there is a desk

DAILY_DELAY_MS = 5000  # the day's copy waits for the window to settle


class BackupDialog(QDialog):
    restored = Signal()

    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.user = tasks, user
        self.setWindowTitle(self.tr("Backup and restore"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Size"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        describe(
            self.table,
            self.tr("Copies kept"),
            self.tr("The copies of the desk's database, newest first; select one to put it back"),
        )
        self.back_up = QPushButton(self.tr("Back up now"))
        self.back_up.clicked.connect(self.back_up_now)
        self.back_up.setVisible(policy.may(user.role, policy.BACKUP))
        self.restore = QPushButton(self.tr("Restore the selected copy…"))
        self.restore.clicked.connect(self.restore_selected)
        self.restore.setVisible(policy.may(user.role, policy.RESTORE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back_up, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.tasks.run(_copies, self._show, self._failed, self)

    def _show(self, found: tuple[Path, list[dict]]) -> None:
        folder, copies = found
        self.where.setText(
            self.tr(
                "Copies are kept in {folder}. Each one was checked when it was made; the newest "
                "are kept, the oldest removed."
            ).format(folder=folder)
        )
        self.table.setRowCount(len(copies))
        for row, copy in enumerate(copies):
            for column, text in enumerate(
                (f"{copy['at']:%d/%m/%Y %H:%M}", f"{copy['size'] / 1e6:.1f} MB", str(copy["path"]))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if copies:
            self.table.selectRow(0)
        self.restore.setEnabled(bool(copies))

    def back_up_now(self) -> None:
        self.back_up.setEnabled(False)
        store, user = self.tasks.desk.store, self.user

        def copy(kept: backups.Keeping) -> None:
            run_in_background(lambda: backups.make_copy(store, kept), self._backed_up, self._failed, self)

        self.tasks.run(lambda desk: backups.keeping_for(desk.store, user), copy, self._failed, self)

    def _backed_up(self, _path: Path) -> None:
        self.back_up.setEnabled(True)
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.back_up.setEnabled(True)
        QMessageBox.critical(self, self.tr("Backup"), text_of(error))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        source = Path(self.table.item(rows[0].row(), 2).text())
        made = self.table.item(rows[0].row(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Put back the copy made at {made}? What the desk holds now is kept beside it first. If the desk is "
                "registered with the province, it records nothing new until its next sync has brought back what it "
                "had sent since."
            ).format(made=made),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        user = self.user

        def put_back(desk: Desk) -> dict:
            result = backups.restore(desk.store, source, user)
            desk.reload()
            return result

        self.tasks.run(
            put_back,
            lambda result: self._restored(made, result),
            lambda error: QMessageBox.critical(self, self.tr("Restore"), text_of(error)),
            self,
        )

    def _restored(self, made: str, result: dict) -> None:
        self.reload()
        self.restored.emit()
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr("The copy made at {made} is back in place.{rebase}").format(
                made=made,
                rebase=self.tr(" Press F5 to sync before receiving new dossiers.") if result["rebase_required"] else "",
            ),
        )


def _copies(desk: Desk) -> tuple[Path, list[dict]]:
    """Where the copies are kept, and those there, newest first."""
    folder = backups.folder(desk.store)
    return folder, backups.listing(folder) if folder.is_dir() else []


def back_up_daily(window: QWidget, tasks: DeskTasks) -> None:
    """The day's copy, on a worker, once the window has settled. A copy that fails its integrity check means
    the database itself is damaged: the user is told at once what to do."""

    def failed(error: Exception) -> None:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("backup", "Backup"),
            QCoreApplication.translate(
                "backup",
                "Today's backup failed its check, so the desk's database may be damaged: {error}\n\n"
                "Put back the latest good copy (menu System → Backup and restore) or call the province's "
                "support.",
            ).format(error=text_of(error)),
        )

    store = tasks.desk.store

    def copy(kept: backups.Keeping) -> None:
        run_in_background(lambda: backups.copy_if_due(store, kept), lambda _path: None, failed, window)

    QTimer.singleShot(
        DAILY_DELAY_MS, window, lambda: tasks.run(lambda desk: backups.keeping(desk.store), copy, failed, window)
    )


def open_or_restore(data_dir: Path) -> Store | None:
    """The desk's database; if it cannot be opened (damaged), the offer to start from the latest good copy.

    None if the user declines or there is no copy (the application then stops without touching the file).
    """
    try:
        return backups.open_checked(data_dir)
    except sqlite3.DatabaseError as exc:
        damage = str(exc)
    latest = backups.newest(backups.default_folder(data_dir))
    title = QCoreApplication.translate("backup", "The desk's database is damaged")
    if latest is None:
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "backup",
                "The database cannot be opened ({damage}) and there is no backup in {folder}. Call the "
                "province's support; do not delete the file.",
            ).format(damage=damage, folder=backups.default_folder(data_dir)),
        )
        return None
    answer = QMessageBox.question(
        None,
        title,
        QCoreApplication.translate(
            "backup",
            "The database cannot be opened ({damage}). Start from the latest good backup, {file}? The "
            "damaged file is kept aside; what had been sent to the province comes back at the next sync.",
        ).format(damage=damage, file=latest.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    store, _result = backups.replace_database(data_dir, latest)
    return store

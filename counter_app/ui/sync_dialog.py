"""Đồng bộ: where this desk stands with the provincial server (server, desk id, last sync, backlog, clock offset)
and the "Cần xử lý" list — actions the province set aside or flagged as conflicts, statuses it realigned,
changes the desk could not read. Supervisors act on it; anyone signed in may look. A double-click on a row
with a dossier code opens that dossier. What it shows is read on the desk's database thread."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import synchronisation
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.sync_indicator import SyncIndicator
from counter_app.ui.tasks import DeskTasks, LatestRead
from counter_core.domain.dossier import event_text
from counter_core.foundation.texts import Text

CodeRole = Qt.ItemDataRole.UserRole


def _moment(text: str | None) -> str:
    return datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M") if text else "—"


class SyncDialog(QDialog):
    open_dossier = Signal(str)
    loaded = Signal()  # the dialog shows the latest read

    def __init__(self, tasks: DeskTasks, indicator: SyncIndicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setWindowTitle(self.tr("Sync with the provincial server"))
        self.state, self.server, self.desk_id, self.last_sync, self.backlog, self.offset = (QLabel() for _ in range(6))
        self.state.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("Status"), self.state)
        facts.addRow(self.tr("Provincial server"), self.server)
        facts.addRow(self.tr("Desk id"), self.desk_id)
        facts.addRow(self.tr("Last sync"), self.last_sync)
        facts.addRow(self.tr("Waiting to be sent"), self.backlog)
        facts.addRow(self.tr("Clock offset"), self.offset)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dossier code"), self.tr("What"), self.tr("When"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.cellActivated.connect(self._open_row)  # Enter on a row, as a double-click
        describe(
            self.table,
            self.tr("To deal with"),
            self.tr("What the province refused or flagged; double-click a row, or press Enter, to open its dossier"),
        )
        self.nothing = QLabel(self.tr("Nothing to deal with."))

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("To deal with (double-click a row to open its dossier):")))
        layout.addWidget(self.table)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.reads = LatestRead(tasks, self)
        indicator.synced.connect(self.reload)
        indicator.failed.connect(self.reload)
        self.reload()

    def sync_now(self) -> None:
        self.sync_button.setEnabled(False)
        self.indicator.sync_now()
        self.state.setText(self.indicator.label.text())

    def reload(self, *_args) -> None:
        """Read the status and the problems on the database thread; show the latest answer."""
        self.reads.start(
            lambda desk: (synchronisation.status(desk), synchronisation.problems(desk)),
            self._show,
            lambda error: self.state.setText(text_of(error)),
        )

    def _show(self, answer: tuple[dict, list[dict]]) -> None:
        state, problems = answer
        self.state.setText(self.indicator.label.text())
        self.server.setText(state["server"] or self.tr("not registered"))
        self.desk_id.setText(state["desk_id"] or "—")
        self.last_sync.setText(_moment(state["last_success"]))
        self.backlog.setText(str(state["backlog"]))
        self.offset.setText(
            self.tr("{seconds} s (the server's clock minus this machine's)").format(
                seconds=f"{state['clock_offset_seconds']:+.0f}"
            )
        )
        self.sync_button.setEnabled(state["enrolled"] and not self.indicator.schedule.running)
        self.table.setRowCount(0)
        for problem in problems:
            self._add_row(problem)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(problems))
        self.nothing.setVisible(not problems)
        self.loaded.emit()

    def _add_row(self, problem: dict) -> None:
        code = problem["code"] if problem["kind"] != "unreadable" else ""  # an unreadable change has no dossier
        what = self._kinds()[problem["kind"]]
        if problem["kind"] in ("set_aside", "conflict"):  # an action of this desk: which one
            action = problem["action"].removeprefix("dossier.")  # ratings queued before schema 4
            words = event_text(action)
            what += f": {text_of(words) if words else action}"
        row = self.table.rowCount()
        self.table.insertRow(row)
        reason = problem["reason"]
        shown = text_of(reason) if isinstance(reason, Text) else reason or ""
        for column, text in enumerate((code, what, _moment(problem["at"]), shown)):
            item = QTableWidgetItem(text)
            item.setData(CodeRole, code)
            self.table.setItem(row, column, item)

    def _open_row(self, row: int, _column: int) -> None:
        code = self.table.item(row, 0).data(CodeRole)
        if code:
            self.open_dossier.emit(code)
            self.accept()

    def _kinds(self) -> dict[str, str]:
        return {
            "set_aside": self.tr("Refused by the province"),
            "conflict": self.tr("In conflict"),
            "realigned": self.tr("Status realigned to the province's order"),
            "unreadable": self.tr("A change from the province could not be read"),
        }

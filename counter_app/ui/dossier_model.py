"""The dossier list as a Qt table model over the store's summaries."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from counter_app.ui.errors import text_of
from counter_core.domain.dossier import DossierSummary
from counter_core.domain.status import Status

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def _short(moment: datetime | str | None) -> str:
    """A moment as the lists show it: 09:05 23/11/2026."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.strftime("%H:%M %d/%m/%Y") if moment else "—"


class DossierTableModel(QAbstractTableModel):
    COLUMNS = ("code", "owner_name", "procedure_code", "received_at", "due_at", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DossierSummary] = []
        self.headers = [
            self.tr("Dossier code"),
            self.tr("Owner"),
            self.tr("Procedure"),
            self.tr("Received"),
            self.tr("Appointment"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[DossierSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = getattr(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Status):  # in the window's language
                return text_of(value.text)
            return _short(value) if isinstance(value, datetime) or value is None else str(value)
        if role == SortRole:
            return value.isoformat() if isinstance(value, datetime) else value or ""
        if role == RecordRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def sortable_table(owner: QObject) -> tuple[DossierTableModel, QTableView]:
    """A dossier list that sorts on a column's click (by the values, not the shown text) and selects whole rows."""
    model = DossierTableModel(owner)
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return model, table

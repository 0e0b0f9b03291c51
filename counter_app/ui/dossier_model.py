"""The dossier list as a Qt table model over the store's summaries."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def _short(moment: str | None) -> str:
    return datetime.fromisoformat(moment).strftime("%H:%M %d/%m/%Y") if moment else "—"


class DossierTableModel(QAbstractTableModel):
    COLUMNS = ("code", "owner_name", "procedure_code", "received_at", "due_at", "status_label")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.headers = [
            self.tr("Dossier code"),
            self.tr("Owner"),
            self.tr("Procedure"),
            self.tr("Received"),
            self.tr("Appointment"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[dict]) -> None:
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
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(row[key]) if key in ("received_at", "due_at") else str(row[key])
        if role == SortRole:
            return row[key] or ""
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

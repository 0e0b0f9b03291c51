"""The lines of a postal batch as a Qt table model: one row per scan, in order, refused ones in red."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from counter_app.services.postal import pair_lines
from counter_app.ui.errors import text_of

REFUSED = QBrush(QColor("#f8d7da"))
WAITING = QBrush(QColor("#fff3cd"))  # a result scanned, its envelope not yet
ACCEPTED = QBrush(QColor("#e6f4ea"))


class PostalLinesModel(QAbstractTableModel):
    COLUMNS = ("n", "scanned", "code", "owner_name", "status_label", "item", "result")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flow = ""
        self.lines: list[dict] = []
        self.headers = [
            self.tr("#"),
            self.tr("Scanned"),
            self.tr("Dossier"),
            self.tr("Owner"),
            self.tr("State"),
            self.tr("Item code"),
            self.tr("Result"),
        ]

    def set_batch(self, flow: str, lines: list[dict]) -> None:
        self.beginResetModel()
        self.flow, self.lines = flow, pair_lines(flow, list(lines))
        self.endResetModel()

    def append(self, line: dict) -> None:
        """A new scan at the bottom; a result's envelope also shows on its dossier's line."""
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        before = [ln.get("paired_item") for ln in self.lines]
        pair_lines(self.flow, self.lines)
        for n, (old, ln) in enumerate(zip(before, self.lines)):
            if ln.get("paired_item") != old:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), line, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            if not line["accepted"]:
                return REFUSED
            return WAITING if self._waiting(line) else ACCEPTED
        if role == Qt.ItemDataRole.ToolTipRole:
            said = text_of(line["message"])
            return f"{line['refusal_label']}: {said}" if not line["accepted"] else said
        return None

    def _waiting(self, line: dict) -> bool:
        return self.flow == "results" and not line["item_code"] and not line.get("paired_item")

    def _text(self, row: int, line: dict, key: str) -> str:
        if key == "n":
            return str(row + 1)
        if key == "item":
            return line["item_code"] or line.get("paired_item") or ""
        if key == "result":
            if not line["accepted"]:
                return text_of(line["message"])  # in red; the kind of refusal is in the tooltip
            if self._waiting(line):
                return self.tr("Waiting for its item code")
            if line.get("paired_item"):
                return self.tr("Goes in item {item}").format(item=line["paired_item"])
            return text_of(line["message"])
        return line[key] or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

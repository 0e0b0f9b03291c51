"""The dossiers behind a dashboard figure, read on the desk's database thread; a double-click opens one in the Hồ sơ
tab."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from counter_app.services import dashboard
from counter_app.ui.dossier_model import DossierTableModel, RecordRole, sortable_table
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks


class DossierListDialog(QDialog):
    open_dossier = Signal(str)  # a dossier code, double-clicked
    loaded = Signal()

    def __init__(
        self, tasks: DeskTasks, pick: dashboard.Pick, at: datetime, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.listing: dashboard.Listing | None = None  # once read
        self.count = QLabel(self.tr("Reading…"))
        self.model, self.table = sortable_table(self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            DossierTableModel.COLUMNS.index("owner_name"), QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter on a row, as a double-click
        describe(
            self.table,
            self.tr("Dossiers behind the figure"),
            self.tr("Double-click a dossier, or select it and press Enter, to open it in the Dossiers tab"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("Double-click a dossier to open it in the Dossiers tab."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        tasks.run(
            lambda desk: dashboard.dossiers(desk, pick, at),
            self._show,
            lambda error: self.count.setText(text_of(error)),
            self,
        )

    def _show(self, listing: dashboard.Listing) -> None:
        self.listing = listing
        self.model.set_rows(listing.rows)
        if listing.total > len(listing.rows):
            self.count.setText(
                self.tr("{total} dossiers — the first {shown} are listed").format(
                    total=listing.total, shown=len(listing.rows)
                )
            )
        else:
            self.count.setText(self.tr("{total} dossiers").format(total=listing.total))
        self.loaded.emit()

    def _open(self, index) -> None:
        self.open_dossier.emit(index.data(RecordRole).code)
        self.accept()

"""Tổng quan: the supervisor's dashboard of the day — figure tiles, charts, per-clerk and per-procedure tables,
the sync backlog — read on the desk's database thread, refreshed on its own; every figure clicks through to its
dossiers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import dashboard
from counter_app.services.dashboard import Dashboard, Line, Pick
from counter_app.ui.dashboard_charts import ReceptionChart, TrendChart
from counter_app.ui.dossier_list_dialog import DossierListDialog
from counter_app.ui.dossier_model import _short
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks, LatestRead
from counter_core.foundation.formatting import day as day_text
from counter_core.foundation.formatting import percentage

REFRESH_MS = 60_000
TILES = (
    ("received", "received_direct", "received_online", "received_postal", "returned"),
    ("due_today", "due_within_24h", "overdue", "waiting_supplement", "waiting_post"),
    ("received_digitised", "returned_digitised"),
)
TABLE_FIGURES = (
    "received",
    "returned",
    "due_today",
    "due_within_24h",
    "overdue",
    "waiting_supplement",
    "waiting_post",
    "received_digitised",
    "returned_digitised",
)
ALERT = {"overdue": "#b00020", "due_within_24h": "#b35c00", "due_today": "#b35c00"}  # colour when not zero


class Tile(QPushButton):
    """One figure: its count in large type over its name; a click asks for its dossiers."""

    def __init__(self, figure: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.number = QLabel("–")
        font = QFont(self.font())
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(name)
        self.caption.setWordWrap(True)  # a long name on two lines in a narrow tile (a small screen at 150 %)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.setStretch(1, 1)  # the room left goes to the name, which may need more than one line
        # The count and up to three lines of a name that wraps in a narrow tile.
        self.setMinimumHeight(self.number.sizeHint().height() + 3 * self.caption.fontMetrics().lineSpacing() + 8)
        describe(self, name, self.tr("List the dossiers behind this figure"))

    def set_count(self, n: int) -> None:
        self.number.setText(str(n))
        self.setAccessibleDescription(str(n))  # read out after the figure's name
        colour = ALERT.get(self.figure) if n else None
        self.number.setStyleSheet(f"color: {colour}" if colour else "")


class DashboardTab(QWidget):
    open_dossier = Signal(str)  # a dossier code the supervisor double-clicked in a list
    show_sync = Signal()  # the supervisor asks for the sync's "Cần xử lý" list
    refreshed = Signal()  # the tab shows a fresh dashboard

    def __init__(self, tasks: DeskTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.board: Dashboard | None = None
        self.reads = LatestRead(tasks, self)
        self.names = {
            "received": self.tr("Received"),
            "received_direct": self.tr("In person"),
            "received_online": self.tr("Online"),
            "received_postal": self.tr("By post"),
            "returned": self.tr("Returned"),
            "due_today": self.tr("Due today"),
            "due_within_24h": self.tr("Due within 24 h"),
            "overdue": self.tr("Overdue"),
            "waiting_supplement": self.tr("Waiting for a supplement"),
            "waiting_post": self.tr("Waiting for the post"),
            "received_digitised": self.tr("Received, papers digitised"),
            "returned_digitised": self.tr("Returned, result digitised"),
        }
        self.columns = {  # the tables' narrow headers; the full names are their tooltips
            "received": self.tr("Rec."),
            "returned": self.tr("Ret."),
            "due_today": self.tr("Today"),
            "due_within_24h": self.tr("24 h"),
            "overdue": self.tr("Late"),
            "waiting_supplement": self.tr("Suppl."),
            "waiting_post": self.tr("Post"),
            "received_digitised": self.tr("Digit."),
            "returned_digitised": self.tr("Res. dig."),
        }
        self.heading = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)

        self.tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        for row, figures in enumerate(TILES):
            for column, figure in enumerate(figures):
                tile = Tile(figure, self.names[figure])
                tile.clicked.connect(lambda _=False, figure=figure: self.show_dossiers(Pick(figure)))
                tiles.addWidget(tile, row, column)
                self.tiles[figure] = tile

        self.sync_box = QGroupBox(self.tr("Sync with the province"))
        self.sync_text = QLabel()
        self.problems_button = QPushButton(self.tr("To be dealt with…"))
        self.problems_button.clicked.connect(self.show_sync)
        sync_layout = QVBoxLayout(self.sync_box)
        sync_layout.addWidget(self.sync_text)
        sync_layout.addWidget(self.problems_button)

        self.receptions = ReceptionChart(
            {channel: self.names[figure] for channel, figure in dashboard.RECEIVED_BY_CHANNEL.items()}
        )
        self.trend = TrendChart({"received": self.names["received"], "returned": self.names["returned"]})
        for chart in (self.receptions, self.trend):
            chart.picked.connect(self.show_dossiers)
        self.clerks = describe(
            self._table(self.tr("Clerk (received)")),
            self.tr("Today's figures by clerk"),
            self.tr("Today's figures of each clerk; click a number to list its dossiers"),
        )
        self.procedures = describe(
            self._table(self.tr("Procedure")),
            self.tr("Today's figures by procedure"),
            self.tr("Today's figures of each procedure; click a number to list its dossiers"),
        )

        head = QHBoxLayout()
        head.addLayout(tiles, 4)
        head.addWidget(self.sync_box, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.receptions, 1)
        charts.addWidget(self.trend, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.clerks, 1)
        tables.addWidget(self.procedures, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addLayout(charts, 3)
        layout.addLayout(tables, 2)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _table(self, first: str) -> QTableWidget:
        table = QTableWidget(0, 1 + len(TABLE_FIGURES))
        table.setHorizontalHeaderLabels([first, *(self.columns[f] for f in TABLE_FIGURES)])
        for column, figure in enumerate(TABLE_FIGURES, start=1):
            table.horizontalHeaderItem(column).setToolTip(self.names[figure])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The counts are narrower than their headers: columns sized once by the header, not at every refresh
        # (sizing them to their contents at each refresh took ~100 ms of the window's thread).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.resizeSection(column, header.sectionSizeHint(column))
        table.cellClicked.connect(lambda row, column, table=table: self._cell_clicked(table, row, column))
        return table

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the dashboard on the database thread; the latest read is shown."""
        self.reads.start(dashboard.snapshot, self.show_dashboard, self._failed)

    def _failed(self, error: Exception) -> None:
        self.heading.setText(self.tr("The dashboard could not be read: {error}").format(error=text_of(error)))

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.heading.setText(
            self.tr("<b>Today, {day}</b> — updated at {time}").format(
                day=day_text(board.at.date()), time=board.at.strftime("%H:%M:%S")
            )
        )
        for figure, tile in self.tiles.items():
            tile.set_count(board.figures[figure])
        for digitised, of in (("received_digitised", "received"), ("returned_digitised", "returned")):
            if board.figures[of]:  # the rate of indicator 4.2 beside the count
                rate = percentage(round(100 * board.figures[digitised] / board.figures[of], 2))
                self.tiles[digitised].number.setText(f"{board.figures[digitised]} ({rate})")
        self._fill(self.clerks, board.clerks)
        self._fill(self.procedures, board.procedures)
        self.receptions.show_dashboard(board)
        self.trend.show_dashboard(board)
        self._show_sync(board.sync)
        self.refreshed.emit()

    def _fill(self, table: QTableWidget, lines: list[Line]) -> None:
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            first = QTableWidgetItem(line.name)
            first.setToolTip(f"{line.key} — {line.name}" if table is self.procedures else line.name)
            first.setData(Qt.ItemDataRole.UserRole, line.key)
            table.setItem(row, 0, first)
            for column, figure in enumerate(TABLE_FIGURES, start=1):
                n = line.counts[figure]
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)

    def _show_sync(self, sync: dict) -> None:
        if not sync["enrolled"]:
            last = self.tr("this desk is not registered with the provincial server")
        elif sync["last_success"]:
            last = self.tr("last synced at {moment}").format(moment=_short(sync["last_success"]))
        else:
            last = self.tr("never synced")
        self.sync_text.setText(
            self.tr(
                "Waiting to be sent: {backlog}\nSet aside by the province: {set_aside}\nConflicts: {conflicts}\n{last}"
            ).format(**sync, last=last)
        )

    # -- click-through -------------------------------------------------------------------------
    def _cell_clicked(self, table: QTableWidget, row: int, column: int) -> None:
        if column == 0 or not table.item(row, column).text():
            return
        key = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        figure = TABLE_FIGURES[column - 1]
        pick = Pick(figure, clerk=key) if table is self.clerks else Pick(figure, procedure=key)
        self.show_dossiers(pick, table.item(row, 0).text())

    def show_dossiers(self, pick: Pick, of: str = "") -> DossierListDialog | None:
        """The dossiers behind a figure, as of the moment the dashboard shown was read."""
        if self.board is None:
            return None
        title = self.names[pick.figure]
        if pick.day:
            title = self.tr("{figure} on {day}").format(figure=title, day=day_text(pick.day))
        elif pick.clerk is not None and not of:
            of = next((line.name for line in self.board.clerks if line.key == pick.clerk), "")
        if of:
            title = f"{title} — {of}"
        self.dialog = DossierListDialog(self.tasks, pick, self.board.at, title, self)
        self.dialog.open_dossier.connect(self.open_dossier)
        self.dialog.show()
        return self.dialog

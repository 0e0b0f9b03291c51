"""Bưu chính công ích: batch scanning at the postal desk, as fast as a scanner goes.

The scan field takes one code per Enter, as a keyboard-wedge scanner types it, and is emptied at once for the
next: a burst of codes arrives whole and in order, never merged or dropped, and no timing guess is involved. Each
scan is one small transaction (a line of the batch) queued on the desk's database thread, which records them one
after the other in the order scanned; a refused one is shown in red with its reason and sounds as its answer comes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import postal
from counter_app.store.desk import Desk
from counter_app.ui.alarm import Alarm
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.postal_lines import PostalLinesModel
from counter_app.ui.tasks import DeskTasks
from counter_core.domain.accounts import User
from counter_core.domain.postal_batch import Flow

RECENT_CLOSED = 10


def _short(moment: str) -> str:
    return datetime.fromisoformat(moment).strftime("%H:%M %d/%m/%Y")


class PostalScreen(QWidget):
    print_list = Signal(int)  # a batch id, whose hand-over list is to be printed
    recorded = Signal()  # closing a batch recorded events for the province

    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.user = tasks, user
        self.batch: dict | None = None
        self.alarm = Alarm(self)
        hints = {
            Flow.INTAKE: self.tr("Scan the item code of each package the postal employee hands over."),
            Flow.RESULTS: self.tr("Scan a result's dossier code, then the item code of its envelope."),
            Flow.DELIVERED: self.tr("Scan the item code (or the dossier code) of each delivered result."),
        }
        self.hints = hints

        buttons = QHBoxLayout()
        names = {
            Flow.INTAKE: self.tr("New batch: dossiers received by post"),
            Flow.RESULTS: self.tr("New batch: results handed to the post"),
            Flow.DELIVERED: self.tr("New batch: results delivered"),
        }
        for n, (flow, name) in enumerate(names.items(), start=1):
            keys = QKeySequence(f"Ctrl+{n}")  # a new batch without the mouse; the scan field keeps the keyboard
            button = QPushButton(f"{name} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(hints[flow])
            button.setShortcut(keys)
            button.clicked.connect(lambda _checked=False, f=flow: self.open_batch(f))
            buttons.addWidget(button)
        self.choice = QComboBox()
        self.choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice.setMinimumContentsLength(24)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.activated.connect(lambda index: self.show_batch(self.choice.itemData(index)))
        describe(
            self.choice,
            self.tr("Batch"),
            self.tr("The open batches and the latest closed ones; pick one to see its lines, e.g. an earlier batch"),
        )
        shown = QHBoxLayout()  # a row of its own: the three buttons fill the width of a small screen at 150 %
        shown.addWidget(QLabel(self.tr("Batch")))
        shown.addWidget(self.choice, 1)

        self.title = QLabel()
        self.title.setFont(QFont(self.font().family(), 13, QFont.Weight.Bold))
        self.hint = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("scan")
        self.field.setFont(QFont(self.font().family(), 16))
        self.field.setPlaceholderText(self.tr("Scan here (the scanner ends each code with Enter)"))
        describe(
            self.field,
            self.tr("Scan field"),
            self.tr(
                "Each code scanned or typed here, ended by Enter: a dossier code or a postal item code, "
                "e.g. 000.00.31.H56-261123-0001 or EE123456785VN"
            ),
        )
        self.field.returnPressed.connect(self.take_scan)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setFont(QFont(self.font().family(), 13, QFont.Weight.Bold))
        self.counts = QLabel()

        self.model = PostalLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        describe(
            self.table,
            self.tr("Lines of the batch"),
            self.tr("One line per scan, in order; refused ones in red, their reason in the line's tooltip"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(PostalLinesModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

        self.close_button = QPushButton(self.tr("Close the batch and print the hand-over list (F9)"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.close_batch)
        QShortcut(QKeySequence("F9"), self, self.close_batch)
        self.reprint = QPushButton(self.tr("Print the hand-over list"))
        self.reprint.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint.clicked.connect(lambda: self.batch and self.print_list.emit(self.batch["id"]))
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.reprint)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(shown)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.field)
        layout.addWidget(self.last)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- batches -------------------------------------------------------------------------------
    def reload(self, batch_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        """The open batches and the latest closed ones in the list; show ``batch_id`` (default the newest open);
        then ``then()``."""

        def read(desk: Desk) -> tuple[list[dict], dict | None]:
            open_ones = postal.batches(desk, open_only=True)
            closed = [b for b in postal.batches(desk, limit=RECENT_CLOSED) if b["closed_at"]]
            chosen = batch_id or (open_ones[0]["id"] if open_ones else None)
            return open_ones + closed, postal.batch_view(desk, chosen) if chosen else None

        def show(answer: tuple[list[dict], dict | None]) -> None:
            self._list(*answer)
            if then:
                then()

        self.tasks.run(read, show, self._say_error, self)

    def _list(self, batches: list[dict], shown: dict | None) -> None:
        self.choice.clear()
        for batch in batches:
            state = (
                self.tr("open")
                if not batch["closed_at"]
                else self.tr("closed {when}").format(when=_short(batch["closed_at"]))
            )
            self.choice.addItem(f"{batch['number']} — {batch['flow_label']} ({state})", batch["id"])
        self._show(shown)

    def show_batch(self, batch_id: int | None) -> None:
        self.tasks.run(
            lambda desk: postal.batch_view(desk, batch_id) if batch_id else None, self._show, self._say_error, self
        )

    def _show(self, batch: dict | None) -> None:
        self.batch = batch
        self.choice.setCurrentIndex(self.choice.findData(batch["id"]) if batch else -1)
        self.model.set_batch(self.batch["flow"] if self.batch else "", self.batch["lines"] if self.batch else [])
        is_open = bool(self.batch) and not self.batch["closed_at"]
        self.field.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.reprint.setEnabled(bool(self.batch))
        self.last.clear()
        if self.batch is None:
            self.title.setText(self.tr("No open batch"))
            self.hint.setText(self.tr("Open a batch for what the postal employee brings or takes."))
        else:
            b = self.batch
            self.title.setText(self.tr("Batch {number} — {flow}").format(number=b["number"], flow=b["flow_label"]))
            self.hint.setText(
                self.tr("Opened {when} by {who}. {hint}").format(
                    when=_short(b["opened_at"]), who=b["opened_by"], hint=self.hints[Flow(b["flow"])]
                )
                if is_open
                else self.tr("Closed {when} by {who}.").format(when=_short(b["closed_at"]), who=b["closed_by"])
            )
        self._count()
        if is_open:
            self.field.setFocus()
        self.table.scrollToBottom()

    def refresh(self) -> None:
        """The shown batch read again: the dossiers' states may have moved (a sync, another desk)."""
        self.show_batch(self.batch["id"] if self.batch else None)

    def open_batch(self, flow: Flow) -> None:
        user = self.user
        self.tasks.run(
            lambda desk: postal.open_batch(desk, flow, user),
            lambda batch: self.reload(batch["id"]),
            self._refused,
            self,
        )

    # -- scanning ------------------------------------------------------------------------------
    def take_scan(self) -> None:
        """One code as the scanner ended it with Enter: the field is emptied first, ready for the next one."""
        text = self.field.text()
        self.field.clear()
        if text.strip() and self.batch is not None:
            self.scan(text)

    def scan(self, text: str) -> None:
        """Record one scanned code as a line of the shown batch (on the database thread, after those before it)."""
        batch_id, user = self.batch["id"], self.user
        self.tasks.run(
            lambda desk: postal.scan(desk, batch_id, text, user),
            lambda line: self._scanned(batch_id, line),
            self._refused,
            self,
        )

    def _refused(self, error: Exception) -> None:
        self._say_error(error)
        self.alarm.ring()

    def _say_error(self, error: Exception) -> None:
        self._say(text_of(error), False)

    def _scanned(self, batch_id: int, line: dict) -> None:
        if self.batch is None or self.batch["id"] != batch_id:  # another batch is shown by now
            return
        self.model.append(line)
        self.table.scrollToBottom()
        self._say(text_of(line["message"]), line["accepted"])
        if not line["accepted"]:
            self.alarm.ring()
        self._count()

    def _say(self, text: str, good: bool) -> None:
        self.last.setText(text)
        self.last.setStyleSheet("color: #1e7b34" if good else "color: #b00020")

    def _count(self) -> None:
        lines = self.model.lines
        refused = sum(1 for ln in lines if not ln["accepted"])
        self.counts.setText(
            self.tr("{total} lines — {ok} accepted — {refused} refused").format(
                total=len(lines), ok=len(lines) - refused, refused=refused
            )
        )

    # -- closing -------------------------------------------------------------------------------
    def close_batch(self) -> None:
        """Sign off the batch: the postal employee's name for the list, then the hand-over is recorded and printed."""
        if self.batch is None or self.batch["closed_at"]:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Close batch {number}").format(number=self.batch["number"]),
            self.tr("Full name of the postal employee (printed under their signature):"),
            text=self.user.full_name if self.user.role == "postal" else "",
        )
        if ok:
            self.close_with(name)

    def close_with(self, courier: str) -> None:
        batch_id, user = self.batch["id"], self.user
        self.tasks.run(
            lambda desk: postal.close_batch(desk, batch_id, user, courier), self._closed, self._say_error, self
        )

    def _closed(self, closed: dict) -> None:
        left = "; ".join(text_of(x["message"]) for x in closed["left_out"])
        said = self.tr("Batch closed: {n} recorded.").format(n=len(closed["recorded"])) + (
            " " + self.tr("Not handed over: {list}").format(list=left) if left else ""
        )
        self.reload(closed["id"], then=lambda: self._say(said, not left))
        if closed["recorded"]:
            self.recorded.emit()
        self.print_list.emit(closed["id"])

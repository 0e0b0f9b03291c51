"""The dashboard's charts: today's receptions per clerk by channel (stacked bars) and the 30-day trend of
receptions and returns (lines). A click on a bar or a point asks for the dossiers behind it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from counter_app.services.dashboard import RECEIVED_BY_CHANNEL, Dashboard, Pick
from counter_core.domain.intake import Channel

CHANNEL_COLOURS = {Channel.DIRECT: "#1f6fb2", Channel.ONLINE: "#2e9e5b", Channel.POSTAL: "#e08a1e"}
TREND_COLOURS = {"received": "#1f6fb2", "returned": "#2e9e5b"}
LABEL_EVERY = 5  # days between two dates written under the trend


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _count_axis() -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setTickCount(5)
    _fit(axis, 0)
    return axis


def _fit(axis: QValueAxis, top: int) -> None:
    """Whole numbers on the 5 ticks: the range is the highest value rounded up to a multiple of 4."""
    axis.setRange(0, max(4, top + (-top % 4)))


class _View(QChartView):
    picked = Signal(object)  # a dashboard.Pick

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_chart(self, chart: QChart) -> None:
        """The chart, its title as the view's accessible name and tooltip (a click on it lists its dossiers)."""
        self.setChart(chart)
        self.setAccessibleName(chart.title())
        self.setToolTip(self.tr("{title}: click a bar or a point to list its dossiers").format(title=chart.title()))


class ReceptionChart(_View):
    """Today's receptions, one stacked bar per clerk, a colour per channel; a segment clicks through."""

    def __init__(self, channel_names: dict[Channel, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clerks: list[int] = []
        self.series = QStackedBarSeries()
        self.sets: dict[Channel, QBarSet] = {}
        for channel, name in channel_names.items():
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(CHANNEL_COLOURS[channel]))
            bar_set.clicked.connect(lambda index, channel=channel: self._clicked(channel, index))
            self.series.append(bar_set)
            self.sets[channel] = bar_set
        self.series.setLabelsVisible(True)
        chart = _chart(self.tr("Received today, per clerk and channel"))
        chart.addSeries(self.series)
        self.categories, self.counts = QBarCategoryAxis(), _count_axis()
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.counts, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.counts)
        self.show_chart(chart)

    def show_dashboard(self, board: Dashboard) -> None:
        clerks = [line for line in board.clerks if line.counts["received"]]
        self.clerks = [line.key for line in clerks]
        for channel, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([line.counts[RECEIVED_BY_CHANNEL[channel]] for line in clerks])
        self.categories.clear()
        self.categories.append([line.name for line in clerks] or [self.tr("Nothing received yet")])
        _fit(self.counts, max((line.counts["received"] for line in clerks), default=0))

    def _clicked(self, channel: Channel, index: int) -> None:
        if index < len(self.clerks):
            self.picked.emit(Pick(RECEIVED_BY_CHANNEL[channel], clerk=self.clerks[index]))


class TrendChart(_View):
    """Receptions and returns per day over the last 30 days; a point clicks through to that day's dossiers."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list = []
        chart = _chart(self.tr("The last 30 days"))
        self.days_axis, self.counts = QCategoryAxis(), _count_axis()
        self.days_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        chart.addAxis(self.days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.counts, Qt.AlignmentFlag.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}
        for figure, name in names.items():
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(TREND_COLOURS[figure]))
            line.setPointsVisible(True)
            line.clicked.connect(lambda point, figure=figure: self._clicked(figure, point.x()))
            chart.addSeries(line)
            line.attachAxis(self.days_axis)
            line.attachAxis(self.counts)
            self.lines[figure] = line
        self.show_chart(chart)

    def show_dashboard(self, board: Dashboard) -> None:
        self.days = [t.day for t in board.trend]
        for figure, line in self.lines.items():
            line.clear()
            line.append([QPointF(n, getattr(t, figure)) for n, t in enumerate(board.trend)])
        for label in self.days_axis.categoriesLabels():
            self.days_axis.remove(label)
        last = len(self.days) - 1
        for n in range(last % LABEL_EVERY, last + 1, LABEL_EVERY):
            self.days_axis.append(self.days[n].strftime("%d/%m"), n)
        self.days_axis.setRange(-0.5, last + 0.5)  # room for the first and last points and labels
        _fit(self.counts, max((max(t.received, t.returned) for t in board.trend), default=0))

    def _clicked(self, figure: str, x: float) -> None:
        index = round(x)
        if 0 <= index < len(self.days):
            self.picked.emit(Pick(figure, day=self.days[index]))

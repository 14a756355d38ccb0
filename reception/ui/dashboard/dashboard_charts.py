"""The dashboard's charts (QtCharts): arrivals per hour today against the mean of the four
same weekdays before, the wait through the day, rooms held each night of the next 14, and
this month's cases by category. Each chart is redrawn from plain values whenever the
figures are read again; a chart the operator's role may not read is not shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from reception.core.dashboard.views import CategoryCount, HourlyArrivals, OccupancyDay

FIRST_HOUR, LAST_HOUR = 7, 20  # the office's day on the charts: 07:00 to 20:59
TOP_CATEGORIES = 6
TODAY_COLOR = QColor("#1f6fb2")
BASELINE_COLOR = QColor("#9aa7b4")
WAIT_COLOR = QColor("#c26a00")
ROOMS_COLOR = QColor("#2e7d32")
CASES_COLOR = QColor("#6a4c93")
CHART_HEIGHT = 220


@dataclass(frozen=True)
class Trends:
    """What the charts show, read in one unit of work with the figures; None: not shown."""

    arrivals: HourlyArrivals | None
    waits: tuple[float | None, ...] | None
    occupancy: tuple[OccupancyDay, ...] | None
    categories: tuple[CategoryCount, ...] | None


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _small_labels(axis: QAbstractAxis) -> None:
    """Labels a size smaller, so that 14 days or 6 categories fit without overlapping."""
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    axis.setLabelsFont(font)


def _value_axis(most: float, whole: bool = True) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, most * 1.15))
    axis.setLabelFormat("%d" if whole else "%.0f")
    axis.applyNiceNumbers()
    return axis


def _one_bar_set(
    chart: QChart,
    series: QBarSeries | QHorizontalBarSeries,
    name: str,
    color: QColor,
    values: list[float],
) -> None:
    """A chart of one set of bars, which needs no legend."""
    bars = QBarSet(name)
    bars.setColor(color)
    bars.append(values)
    series.append(bars)
    chart.addSeries(series)
    chart.legend().hide()


def _attach_axes(
    chart: QChart, series: tuple[QAbstractSeries, ...], bottom: QAbstractAxis, left: QAbstractAxis
) -> None:
    chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(bottom)
        one.attachAxis(left)


class DashboardCharts(QWidget):
    """The four charts in a grid; `show_trends` redraws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, QChartView] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(("arrivals", "waits", "occupancy", "categories")):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
            view.setObjectName(f"{key}_chart")
            self.views[key] = view
            layout.addWidget(view, index // 2, index % 2)

    def show_trends(self, trends: Trends) -> None:
        self._show("arrivals", self._arrivals(trends.arrivals) if trends.arrivals else None)
        self._show("waits", self._waits(trends.waits) if trends.waits is not None else None)
        self._show("occupancy", self._occupancy(trends.occupancy) if trends.occupancy else None)
        self._show(
            "categories",
            self._categories(trends.categories) if trends.categories is not None else None,
        )

    def _show(self, key: str, chart: QChart | None) -> None:
        view = self.views[key]
        view.setVisible(chart is not None)
        if chart is not None:
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()

    def _hours_axis(self) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.setTruncateLabels(False)
        axis.append([str(hour) for hour in range(FIRST_HOUR, LAST_HOUR + 1)])
        return axis

    def _arrivals(self, arrivals: HourlyArrivals) -> QChart:
        chart = _chart(self.tr("Arrivals per hour today"))
        today = QBarSet(self.tr("Today"))
        today.setColor(TODAY_COLOR)
        hours = range(FIRST_HOUR, LAST_HOUR + 1)
        today.append([float(arrivals.today[hour]) for hour in hours])
        bars = QBarSeries()
        bars.append(today)
        line = QLineSeries()
        line.setName(self.tr("Same weekday, mean of the last 4 weeks"))
        line.setPen(QPen(BASELINE_COLOR, 2))
        for position, hour in enumerate(hours):
            line.append(QPointF(position, arrivals.baseline[hour]))
        chart.addSeries(bars)
        chart.addSeries(line)
        x = self._hours_axis()
        most = max([*arrivals.today, *arrivals.baseline, 1])
        y = _value_axis(float(most))
        _attach_axes(chart, (bars, line), x, y)
        return chart

    def _waits(self, waits: tuple[float | None, ...]) -> QChart:
        chart = _chart(self.tr("Mean wait through the day (minutes)"))
        hours = range(FIRST_HOUR, LAST_HOUR + 1)
        series = QBarSeries()
        _one_bar_set(
            chart, series, self.tr("Wait"), WAIT_COLOR, [float(waits[h] or 0.0) for h in hours]
        )
        x = self._hours_axis()
        y = _value_axis(max([w or 0.0 for w in waits] + [1.0]), whole=False)
        _attach_axes(chart, (series,), x, y)
        return chart

    def _occupancy(self, nights: tuple[OccupancyDay, ...]) -> QChart:
        chart = _chart(self.tr("Rooms held, next 14 nights"))
        held = [float(night.occupied) for night in nights]
        series = QBarSeries()
        _one_bar_set(chart, series, self.tr("Rooms held"), ROOMS_COLOR, held)
        x = QBarCategoryAxis()
        x.setTruncateLabels(False)
        _small_labels(x)
        # the day of the month; the month only where it starts, so 14 labels fit
        x.append(
            [
                f"{n.day.month}/{n.day.day}" if i == 0 or n.day.day == 1 else str(n.day.day)
                for i, n in enumerate(nights)
            ]
        )
        y = QValueAxis()
        y.setRange(0, max(1, max(night.total for night in nights)))
        y.setLabelFormat("%d")
        _attach_axes(chart, (series,), x, y)
        return chart

    def _categories(self, categories: tuple[CategoryCount, ...]) -> QChart:
        chart = _chart(self.tr("Cases by category this month"))
        shown = list(reversed(categories[:TOP_CATEGORIES]))  # the largest on top
        series = QHorizontalBarSeries()
        _one_bar_set(chart, series, self.tr("Cases"), CASES_COLOR, [float(c.count) for c in shown])
        y = QBarCategoryAxis()
        y.setTruncateLabels(False)
        _small_labels(y)
        y.append([c.category or self.tr("(none)") for c in shown] or [self.tr("(none)")])
        x = _value_axis(float(max([c.count for c in shown] + [1])))
        _attach_axes(chart, (series,), x, y)
        return chart

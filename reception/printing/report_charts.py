"""The daily report's charts drawn by hand with QPainter, on any device: the PDF's page
(printing/daily_report.py) or a QImage saved as PNG for the Word file (report_docx.py).
No QtCharts: these run off the GUI thread and on a server without a display.

A chart is laid out in millimetres inside the rectangle it is given, `unit` device units
to the millimetre, so it looks the same on paper and in the picture."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from reception.core.reports.content import ChartContent, ChartKind
from reception.printing.canvas import MM_PER_POINT, font

BAR = QColor(70, 110, 160)
TOTAL = QColor(215, 222, 232)
REFERENCE = QColor(190, 60, 40)
GRID = QColor(200, 200, 200)
INK = QColor(0, 0, 0)
LABEL_PT = 7.5
LEGEND = 6.0  # mm: the legend's row at the top
AXIS = 11.0  # mm: the value labels at the left
FOOT = 6.0  # mm: the category labels below
PNG_DPI = 200


def nice_top(most: float) -> tuple[float, float]:
    """A round top for the value axis and its step: 4 or 5 steps of 1, 2 or 5 × 10^n."""
    if most <= 0:
        return 1.0, 1.0
    rough = most / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return step * math.ceil(most / step), step


def _number(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


class _Pen:
    def __init__(self, painter: QPainter, unit: float) -> None:
        self.painter, self.unit = painter, unit

    def text(self, rect: QRectF, text: str, align: Qt.AlignmentFlag, points: float) -> None:
        self.painter.setFont(font(round(points * MM_PER_POINT * self.unit)))
        self.painter.setPen(INK)
        self.painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignVCenter), text)

    def line(self, a: QPointF, b: QPointF, color: QColor, mm: float, dashed: bool = False) -> None:
        pen = QPen(color, mm * self.unit)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.drawLine(a, b)


def paint_chart(painter: QPainter, rect: QRectF, chart: ChartContent, unit: float) -> None:
    """Draw `chart` in `rect` (device units): legend, value grid, bars, reference line."""
    pen = _Pen(painter, unit)
    mm = unit
    plot = QRectF(
        rect.left() + AXIS * mm,
        rect.top() + LEGEND * mm,
        rect.width() - (AXIS + 2) * mm,
        rect.height() - (LEGEND + FOOT) * mm,
    )
    values = [v for v in chart.values if v is not None]
    most = max([*values, *(chart.reference or ())], default=0.0)
    top, step = nice_top(most)
    # Legend: a swatch and a name for the bars, and for the reference when there is one.
    x = plot.left()
    legend_y = rect.top() + 1 * mm
    swatches = [(BAR, chart.value_name, False)]
    if chart.reference is not None:
        color = TOTAL if chart.kind is ChartKind.BARS_OF_TOTAL else REFERENCE
        swatches.append((color, chart.reference_name, chart.kind is ChartKind.BARS))
    for color, name, as_line in swatches:
        if as_line:
            pen.line(
                QPointF(x, legend_y + 2 * mm), QPointF(x + 5 * mm, legend_y + 2 * mm), color, 0.5
            )
        else:
            painter.fillRect(QRectF(x, legend_y + 0.5 * mm, 5 * mm, 3 * mm), color)
        pen.text(
            QRectF(x + 6 * mm, legend_y, 40 * mm, 4 * mm),
            name,
            Qt.AlignmentFlag.AlignLeft,
            LABEL_PT,
        )
        x += (8 + len(name) * 3) * mm
    pen.text(
        QRectF(rect.left(), legend_y, AXIS * mm - 1 * mm, 4 * mm),
        chart.unit,
        Qt.AlignmentFlag.AlignRight,
        LABEL_PT,
    )

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / top

    ticks = round(top / step)
    for tick in range(ticks + 1):
        y = y_of(step * tick)
        pen.line(QPointF(plot.left(), y), QPointF(plot.right(), y), GRID, 0.15)
        pen.text(
            QRectF(rect.left(), y - 2 * mm, AXIS * mm - 1.5 * mm, 4 * mm),
            _number(step * tick),
            Qt.AlignmentFlag.AlignRight,
            LABEL_PT,
        )
    count = max(1, len(chart.labels))
    slot = plot.width() / count
    bar = slot * 0.62
    painter.setPen(Qt.PenStyle.NoPen)
    for index, value in enumerate(chart.values):
        left = plot.left() + index * slot + (slot - bar) / 2
        if chart.kind is ChartKind.BARS_OF_TOTAL and chart.reference is not None:
            total = chart.reference[index]
            painter.fillRect(QRectF(left, y_of(total), bar, plot.bottom() - y_of(total)), TOTAL)
        if value is not None and value > 0:
            painter.fillRect(QRectF(left, y_of(value), bar, plot.bottom() - y_of(value)), BAR)
        if value is not None and count <= 16:
            pen.text(
                QRectF(left - slot, y_of(value or 0) - 4 * mm, bar + 2 * slot, 3.5 * mm),
                _number(value),
                Qt.AlignmentFlag.AlignHCenter,
                LABEL_PT - 1,
            )
        pen.text(
            QRectF(plot.left() + index * slot, plot.bottom() + 0.5 * mm, slot, FOOT * mm - 1 * mm),
            chart.labels[index],
            Qt.AlignmentFlag.AlignHCenter,
            LABEL_PT - (0.5 if count > 10 else 0),
        )
    if chart.kind is ChartKind.BARS and chart.reference is not None:
        points = [
            QPointF(plot.left() + (i + 0.5) * slot, y_of(v)) for i, v in enumerate(chart.reference)
        ]
        for a, b in itertools.pairwise(points):
            pen.line(a, b, REFERENCE, 0.5)
        painter.setBrush(QBrush(REFERENCE))
        painter.setPen(Qt.PenStyle.NoPen)
        for point in points:
            painter.drawEllipse(point, 0.6 * mm, 0.6 * mm)
    pen.line(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()), INK, 0.3)
    pen.line(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()), INK, 0.3)


def chart_png(chart: ChartContent, width_mm: float, height_mm: float, dpi: int = PNG_DPI) -> bytes:
    """The chart as a PNG picture of `width_mm` × `height_mm` at `dpi`, white behind."""
    unit = dpi / 25.4
    image = QImage(round(width_mm * unit), round(height_mm * unit), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_chart(painter, QRectF(0, 0, image.width(), image.height()), chart, unit)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes
    buffer.close()
    return bytes(data.data())

"""Drawing in millimetres on any paint device: a page's content rectangle is mapped to a
reference width, so a slip laid out for 72 mm still fits a narrower roll, a printer's own
margins or a preview, and fonts are sized in points of that page."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

# Named explicitly: an unnamed CJK fallback may draw Chinese with Japanese glyph shapes.
FONT_FAMILIES = ["Noto Sans CJK SC", "WenQuanYi Micro Hei"]
MM_PER_POINT = 25.4 / 72
PDF_RESOLUTION = 1200
BLACK = QColor(0, 0, 0)


@lru_cache(maxsize=128)
def font(pixel_size: int, bold: bool = False) -> QFont:
    """One QFont per size and weight for the whole process (callers must not change it)."""
    made = QFont()
    made.setFamilies(FONT_FAMILIES)
    made.setPixelSize(max(1, pixel_size))
    made.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    # The SC face already draws mainland shapes; its 'locl' lookups swap in glyphs (digits
    # after a Latin letter, as in "A023") that the PDF's text layer cannot map back, and a
    # ligature would come back as one character ("ﬁ"), so searching the PDF would miss it.
    made.setFeature(QFont.Tag("locl"), 0)
    made.setFeature(QFont.Tag("liga"), 0)
    return made


@lru_cache(maxsize=128)
def _metrics(pixel_size: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(font(pixel_size, bold))


def page_layout(size_mm: QSizeF, margin_mm: float, name: str = "") -> QPageLayout:
    if name:
        size = QPageSize(
            size_mm, QPageSize.Unit.Millimeter, name, QPageSize.SizeMatchPolicy.ExactMatch
        )
    else:
        size = QPageSize(size_mm, QPageSize.Unit.Millimeter)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def pdf_writer(path: str | Path, layout: QPageLayout, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("reception")
    return writer


def content_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable area in the painter's coordinates (its origin is the top-left margin)."""
    paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QRectF(0, 0, paint.width(), paint.height())


def begin(device: QPagedPaintDevice) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page could not be opened for drawing")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    return painter


class Ruler:
    """A rectangle measured in millimetres, `unit` device units per mm. It measures text
    and draws nothing: a layout run against a Ruler finds out how much room it needs."""

    def __init__(self, rect: QRectF, width_mm: float) -> None:
        self.rect = rect
        self.unit = rect.width() / width_mm
        self.width = width_mm
        self.height = rect.height() / self.unit

    def at(self, x: float, y: float) -> QPointF:
        return QPointF(self.rect.left() + x * self.unit, self.rect.top() + y * self.unit)

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.at(x, y), QSizeF(w * self.unit, h * self.unit))

    def _pixels(self, points: float) -> int:
        return round(points * MM_PER_POINT * self.unit)

    def font(self, points: float, bold: bool = False) -> QFont:
        return font(self._pixels(points), bold)

    def line_height(self, points: float, bold: bool = False) -> float:
        return _metrics(self._pixels(points), bold).height() / self.unit

    def text_width(self, text: str, points: float, bold: bool = False) -> float:
        return _metrics(self._pixels(points), bold).horizontalAdvance(text) / self.unit

    def measure(self, text: str, points: float, width: float, bold: bool = False) -> float:
        """Height in mm of `text` wrapped to `width` mm."""
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = _metrics(self._pixels(points), bold).boundingRect(
            QRectF(0, 0, width * self.unit, 1e9), flags, text
        )
        return bounds.height() / self.unit

    def fitted(self, text: str, width: float, points: float, least: float) -> tuple[str, float]:
        """`text` on one line within `width` mm: smaller type down to `least` points, then
        elided, so that a long name is still printed whole where it can be."""
        size = points
        while size > least and self.text_width(text, size) > width:
            size -= 0.5
        if self.text_width(text, size) <= width:
            return text, size
        metrics = _metrics(self._pixels(size), False)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * self.unit), size

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        points: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        height: float | None = None,
    ) -> float:
        """The height `text` takes wrapped into `width` mm (a Canvas draws it too)."""
        return self.measure(text, points, width, bold) if height is None else height

    def hline(self, y: float, x0: float = 0, x1: float | None = None, weight: float = 0.25) -> None:
        pass

    def vline(self, x: float, y0: float, y1: float, weight: float = 0.25) -> None:
        pass

    def fill(self, x: float, y: float, w: float, h: float, color: QColor) -> None:
        pass

    def frame(self, x: float, y: float, w: float, h: float, weight: float = 0.25) -> None:
        pass


class Canvas(Ruler):
    """A Ruler that draws with `painter`."""

    def __init__(self, painter: QPainter, rect: QRectF, width_mm: float) -> None:
        super().__init__(rect, width_mm)
        self.painter = painter

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        points: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        height: float | None = None,
    ) -> float:
        """Draw `text` wrapped into `width` mm from top `y`; returns the height used in mm."""
        used = self.measure(text, points, width, bold) if height is None else height
        self.painter.setFont(self.font(points, bold))
        self.painter.setPen(BLACK)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        if height is not None:
            flags |= int(Qt.AlignmentFlag.AlignVCenter)
        self.painter.drawText(self.box(x, y, width, used), flags, text)
        return used

    def _pen(self, weight: float) -> None:
        pen = QPen(BLACK, weight * self.unit)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)

    def hline(self, y: float, x0: float = 0, x1: float | None = None, weight: float = 0.25) -> None:
        self._pen(weight)
        self.painter.drawLine(self.at(x0, y), self.at(self.width if x1 is None else x1, y))

    def vline(self, x: float, y0: float, y1: float, weight: float = 0.25) -> None:
        self._pen(weight)
        self.painter.drawLine(self.at(x, y0), self.at(x, y1))

    def fill(self, x: float, y: float, w: float, h: float, color: QColor) -> None:
        self.painter.fillRect(self.box(x, y, w, h), color)

    def frame(self, x: float, y: float, w: float, h: float, weight: float = 0.25) -> None:
        self.painter.setPen(QPen(BLACK, weight * self.unit))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.box(x, y, w, h))

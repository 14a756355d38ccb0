"""A slip's QR code as vector squares, error correction level M (DOMAIN.md 7)."""

from __future__ import annotations

from functools import lru_cache

import segno

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


@lru_cache(maxsize=32)
def qr_matrix(token: str) -> tuple[tuple[bool, ...], ...]:
    """Dark modules row by row, without the quiet zone. Only ASCII is accepted: a scanner
    typing into the desk must get back exactly what was printed."""
    if not token.isascii():
        raise ValueError("a slip's QR code carries an ASCII token only")
    code = segno.make(token, error="m", micro=False, boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def qr_modules(token: str) -> int:
    """Width in modules, quiet zone included."""
    return len(qr_matrix(token)) + 2 * QUIET_ZONE


def paint_qr(painter: QPainter, rect: QRectF, token: str) -> None:
    """Fill the largest square inside `rect` (centred) with the code and its quiet zone.
    Each row's runs of dark modules become rectangles of one path filled at once, so no
    hairline seams appear between neighbouring modules when a PDF is rasterised."""
    matrix = qr_matrix(token)
    side = min(rect.width(), rect.height())
    module = side / (len(matrix) + 2 * QUIET_ZONE)
    left = rect.center().x() - side / 2
    top = rect.center().y() - side / 2
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, row in enumerate(matrix):
        y = top + (r + QUIET_ZONE) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.addRect(
                QRectF(left + (start + QUIET_ZONE) * module, y, (c - start) * module, module)
            )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), QColor(255, 255, 255))
    painter.fillPath(path, QColor(0, 0, 0))
    painter.restore()

"""The visitor slip: a thermal-roll ticket (80 mm) or an A6 card, as PDF or on a printer.

Only what DOMAIN.md 6 allows is printed: the masked name, never a full name, a phone or an
ID number; the QR code carries the opaque token alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.views import SlipContent
from reception.printing.canvas import (
    PDF_RESOLUTION,
    Canvas,
    Ruler,
    begin,
    content_rect,
    page_layout,
    pdf_writer,
)
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer
from reception.printing.qr import QUIET_ZONE, paint_qr, qr_modules

CONTEXT = "Slip"
VISITOR = QT_TRANSLATE_NOOP("Slip", "Visitor")
PARTY = QT_TRANSLATE_NOOP("Slip", "Party")
PARTY_SIZE = QT_TRANSLATE_NOOP("Slip", "{count} people")
HOST = QT_TRANSLATE_NOOP("Slip", "Visiting")
ISSUED = QT_TRANSLATE_NOOP("Slip", "Issued")
AHEAD = QT_TRANSLATE_NOOP("Slip", "{count} people ahead of you")
APPOINTMENT = QT_TRANSLATE_NOOP("Slip", "Appointment {time}")
INSTRUCTION = QT_TRANSLATE_NOOP(
    "Slip", "Please listen for your number. Scan this slip to check in and when you leave."
)
TITLE = QT_TRANSLATE_NOOP("Slip", "Slip {ticket}")
TIME_FORMAT = "%Y-%m-%d %H:%M"


class SlipFormat(StrEnum):
    THERMAL_80MM = "80mm"
    A6 = "a6"


@dataclass(frozen=True)
class SlipStyle:
    """Sizes in mm and points for one paper. `width` is the content width the layout was
    drawn for; other widths scale it. QR sizes are the symbol's, without its quiet zone."""

    paper: QSizeF
    margin: float
    width: float
    office: float
    service: float
    ticket: float
    status: float
    row: float
    note: float
    gap: float
    qr_least: float
    qr_most: float


STYLES = {
    SlipFormat.THERMAL_80MM: SlipStyle(
        paper=QSizeF(80, 150), margin=4, width=72, office=10.5, service=12, ticket=60,
        status=12, row=9.5, note=8.5, gap=2.2, qr_least=30, qr_most=34,
    ),
    SlipFormat.A6: SlipStyle(
        paper=QSizeF(105, 148), margin=8, width=89, office=12, service=13, ticket=66,
        status=13, row=10.5, note=9, gap=2.4, qr_least=28, qr_most=36,
    ),
}  # fmt: skip
SCALES = (1.0, 0.9, 0.8, 0.7)  # type sizes tried, largest first, until a long slip fits
LONGEST_ROLL = 250.0  # mm: a roll slip grows to fit its text, up to this
MEASURE_UNIT = PDF_RESOLUTION / 25.4


def slip_page_layout(
    fmt: SlipFormat, slip: SlipContent | None = None, translate: Translate | None = None
) -> QPageLayout:
    """The paper for `fmt`. A roll has no fixed length: given the slip, its page is made
    long enough for the QR code at full size, never shorter than 150 mm."""
    fmt = SlipFormat(fmt)
    style = STYLES[fmt]
    if fmt is not SlipFormat.THERMAL_80MM:
        return page_layout(style.paper, style.margin)
    length = style.paper.height()
    if slip is not None:
        ruler = Ruler(QRectF(0, 0, style.width * MEASURE_UNIT, 1), style.width)
        needed = _needed(ruler, slip, style, translate or qt_translate, 1.0, style.qr_most)
        length = min(LONGEST_ROLL, max(length, math.ceil(needed + 2 * style.margin + 1)))
    return page_layout(QSizeF(style.paper.width(), length), style.margin, "80 mm roll")


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_time(moment: datetime, time_zone: str) -> str:
    return moment.astimezone(_zone(time_zone)).strftime(TIME_FORMAT)


def slip_rows(slip: SlipContent, translate: Translate) -> list[tuple[str, str]]:
    """The label/value lines between the two separators."""
    rows = [(translate(CONTEXT, VISITOR), slip.masked_name)]
    if slip.party_size > 1:
        count = translate(CONTEXT, PARTY_SIZE).format(count=slip.party_size)
        rows.append((translate(CONTEXT, PARTY), count))
    if slip.host:
        rows.append((translate(CONTEXT, HOST), slip.host))
    rows.append((translate(CONTEXT, ISSUED), local_time(slip.issued_at, slip.time_zone)))
    return rows


def slip_status(slip: SlipContent, translate: Translate) -> list[str]:
    """Under the ticket number: the appointment's slot, and the queue ahead if known."""
    lines = []
    if slip.appointment_at is not None:
        slot = local_time(slip.appointment_at, slip.time_zone)
        lines.append(translate(CONTEXT, APPOINTMENT).format(time=slot))
    if slip.people_ahead is not None:
        lines.append(translate(CONTEXT, AHEAD).format(count=slip.people_ahead))
    return lines


def _top(page: Ruler, slip: SlipContent, style: SlipStyle, tr: Translate, scale: float) -> float:
    """Who issued it, the number, whom it is for; returns where the QR code may start."""
    width, gap = page.width, style.gap
    y = page.text(0, 0, width, slip.office_name, style.office * scale, bold=True) + gap
    page.hline(y)
    y += gap * 1.5
    y += page.text(0, y, width, slip.service, style.service * scale)
    ticket_height = page.line_height(style.ticket * scale, bold=True) * 0.9
    y += page.text(0, y, width, slip.ticket, style.ticket * scale, bold=True, height=ticket_height)
    for line in slip_status(slip, tr):
        y += page.text(0, y, width, line, style.status * scale, bold=True)
    y += gap
    page.hline(y, weight=0.15)
    y += gap

    rows = slip_rows(slip, tr)
    size = style.row * scale
    label_width = max(page.text_width(label, size) for label, _ in rows) + 3
    left = Qt.AlignmentFlag.AlignLeft
    for label, value in rows:
        page.text(0, y, label_width, label, size, align=left)
        y += page.text(label_width, y, width - label_width, value, size, align=left) + gap * 0.3
    y += gap * 0.7
    page.hline(y, weight=0.15)
    return y + gap


def _qr_side(symbol: float, token: str) -> float:
    """The square a QR symbol of `symbol` mm needs with its quiet zone."""
    modules = qr_modules(token)
    return symbol * modules / (modules - 2 * QUIET_ZONE)


def _needed(
    page: Ruler, slip: SlipContent, style: SlipStyle, tr: Translate, scale: float, symbol: float
) -> float:
    note = page.measure(tr(CONTEXT, INSTRUCTION), style.note * scale, page.width)
    top = _top(page, slip, style, tr, scale)
    return top + _qr_side(symbol, slip.token) + style.gap * 0.5 + note


def paint_slip(
    painter: QPainter,
    page_rect: QRectF,
    slip: SlipContent,
    fmt: SlipFormat,
    translate: Translate | None = None,
) -> float:
    """Lay the slip out top to bottom in `page_rect`, then the QR code as large as the
    remaining height allows and what to do with it. A slip too long for the page gets
    smaller type first; the QR code keeps its least size. Returns the height used (mm)."""
    tr = translate or qt_translate
    style = STYLES[SlipFormat(fmt)]
    ruler = Ruler(page_rect, style.width)
    fits = (s for s in SCALES if _needed(ruler, slip, style, tr, s, style.qr_least) <= ruler.height)
    scale = next(fits, SCALES[-1])

    page = Canvas(painter, page_rect, style.width)
    y = _top(page, slip, style, tr, scale)
    note = tr(CONTEXT, INSTRUCTION)
    note_height = page.measure(note, style.note * scale, page.width)
    room = page.height - y - note_height - style.gap * 0.5
    least, most = (_qr_side(size, slip.token) for size in (style.qr_least, style.qr_most))
    side = min(most, max(room, least))
    paint_qr(painter, page.box((page.width - side) / 2, y, side, side), slip.token)
    y += side + style.gap * 0.5
    return y + page.text(0, y, page.width, note, style.note * scale)


def _render(device: QPagedPaintDevice, slip: SlipContent, fmt: SlipFormat, tr: Translate) -> None:
    painter = begin(device)
    try:
        paint_slip(painter, content_rect(device), slip, fmt, tr)
    finally:
        painter.end()


def write_slip_pdf(
    path: str | Path, slip: SlipContent, fmt: SlipFormat, translate: Translate | None = None
) -> None:
    tr = translate or qt_translate
    title = tr(CONTEXT, TITLE).format(ticket=slip.ticket)
    _render(pdf_writer(path, slip_page_layout(fmt, slip, tr), title), slip, fmt, tr)
    fix_text_layer(path)


def print_slip(
    printer: QPrinter, slip: SlipContent, fmt: SlipFormat, translate: Translate | None = None
) -> None:
    """Print on `printer` (a roll printer, an A6 tray, or a PDF file), sized for `fmt`."""
    tr = translate or qt_translate
    printer.setPageLayout(slip_page_layout(fmt, slip, tr))
    printer.setDocName(tr(CONTEXT, TITLE).format(ticket=slip.ticket))
    _render(printer, slip, fmt, tr)
    fix_printer_output(printer)

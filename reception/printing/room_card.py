"""The room card (入住卡): handed to a guest with the key, on an A6 card. The guest's name
and room number large, the dates, breakfast and check-out times, the delegation liaison's
phone, and the guest's needs in a shaded box that the desk and the floor staff see at once.

The card is the guest's own, so it carries the full name; never an ID number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from reception.core.lodging.lists import RoomCard
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing import flow
from reception.printing.canvas import Canvas, Ruler, begin, content_rect, page_layout, pdf_writer
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

CONTEXT = "RoomCard"
TITLE = QT_TRANSLATE_NOOP("RoomCard", "Room card")
DOCUMENT = QT_TRANSLATE_NOOP("RoomCard", "Room card {room} {guest}")
ROOM = QT_TRANSLATE_NOOP("RoomCard", "Room")
BUILDING_FLOOR = QT_TRANSLATE_NOOP("RoomCard", "Building {building} · floor {floor}")
NAMED_BUILDING_FLOOR = QT_TRANSLATE_NOOP("RoomCard", "{building} · floor {floor}")
ARRIVAL = QT_TRANSLATE_NOOP("RoomCard", "Arrival")
DEPARTURE = QT_TRANSLATE_NOOP("RoomCard", "Departure")
NIGHTS = QT_TRANSLATE_NOOP("RoomCard", "{nights} nights")
BREAKFAST = QT_TRANSLATE_NOOP("RoomCard", "Breakfast")
CHECK_OUT = QT_TRANSLATE_NOOP("RoomCard", "Check-out")
CHECK_OUT_BY = QT_TRANSLATE_NOOP("RoomCard", "by {time} on the day of departure")
DELEGATION = QT_TRANSLATE_NOOP("RoomCard", "Delegation")
LIAISON = QT_TRANSLATE_NOOP("RoomCard", "Liaison")
NEEDS = QT_TRANSLATE_NOOP("RoomCard", "Please note")
LONG_DATE = QT_TRANSLATE_NOOP("RoomCard", "{year}-{month:02d}-{day:02d} {weekday}")

A6 = QSizeF(105, 148)
MARGIN = 8.0
WIDTH = A6.width() - 2 * MARGIN  # 89 mm
SCALES = (1.0, 0.92, 0.84, 0.76, 0.68)  # type sizes tried, largest first, until the card fits
NEEDS_SHADE = QColor(235, 235, 235)
LEFT = Qt.AlignmentFlag.AlignLeft
CENTER = Qt.AlignmentFlag.AlignHCenter


def card_page_layout() -> QPageLayout:
    return page_layout(A6, MARGIN)


def long_date(day: date, tr: Translate) -> str:
    weekday = tr(flow.CONTEXT, flow.WEEKDAYS[day.weekday()])
    return tr(CONTEXT, LONG_DATE).format(
        year=day.year, month=day.month, day=day.day, weekday=weekday
    )


def spaced_phone(number: str) -> str:
    """138 1234 5678: a mobile number read off a card in three groups; others as stored."""
    if len(number) == 11 and number.isdigit() and number.startswith("1"):
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    return number


def card_rows(card: RoomCard, tr: Translate) -> list[tuple[str, str]]:
    def text(source: str) -> str:
        return tr(CONTEXT, source)

    depart = f"{long_date(card.depart, tr)} · {text(NIGHTS).format(nights=card.nights)}"
    rows = [
        (text(ARRIVAL), long_date(card.arrive, tr)),
        (text(DEPARTURE), depart),
        (text(CHECK_OUT), text(CHECK_OUT_BY).format(time=card.checkout_time)),
    ]
    if card.breakfast.strip():
        rows.append((text(BREAKFAST), card.breakfast.strip()))
    if card.delegation_name:
        rows.append((text(DELEGATION), card.delegation_name))
    liaison = " ".join(
        part for part in (card.liaison_name, spaced_phone(card.liaison_phone)) if part
    )
    if liaison:
        rows.append((text(LIAISON), liaison))
    return rows


def _where(card: RoomCard, tr: Translate) -> str:
    source = BUILDING_FLOOR if card.building.isdigit() else NAMED_BUILDING_FLOOR
    return tr(CONTEXT, source).format(building=card.building, floor=card.floor)


def _layout(page: Ruler, card: RoomCard, tr: Translate, scale: float) -> float:
    """Draws on a Canvas, measures on a Ruler; returns the height used in mm."""
    width = page.width
    y = page.text(0, 0, width, card.office_name, 10 * scale, bold=True)
    y += 1.5
    page.hline(y, weight=0.3)
    y += 2
    y += page.text(0, y, width, tr(CONTEXT, TITLE), 9 * scale)
    # fitted() measures regular type; the bold name is a little wider.
    name, size = page.fitted(card.guest_name, width * 0.94, 26 * scale, 14 * scale)
    y += page.text(0, y, width, name, size, bold=True) + 1
    room_label = tr(CONTEXT, ROOM)
    label_size = 11 * scale
    number_size = 40 * scale
    number_height = page.line_height(number_size, bold=True) * 0.92
    label_width = page.text_width(room_label, label_size) + 3
    number_width = page.text_width(card.room_number, number_size, bold=True)
    left = max(0.0, (width - label_width - number_width) / 2)
    page.text(left, y, label_width, room_label, label_size, align=LEFT, height=number_height)
    page.text(
        left + label_width,
        y,
        min(number_width + 1, width - left - label_width),
        card.room_number,
        number_size,
        bold=True,
        align=LEFT,
        height=number_height,
    )
    y += number_height
    y += page.text(0, y, width, _where(card, tr), 10 * scale) + 2
    page.hline(y, weight=0.15)
    y += 2

    size = 10 * scale
    rows = card_rows(card, tr)
    label_width = max(page.text_width(label, size, bold=True) for label, _ in rows) + 3
    for label, value in rows:
        page.text(0, y, label_width, label, size, bold=True, align=LEFT)
        used = page.text(label_width, y, width - label_width, value, size, align=LEFT)
        y += max(used, page.line_height(size)) + 0.8 * scale

    needs = [need.text(tr) for need in card.need_lines]
    if needs:
        y += 1.5
        pad = 2.0
        title = tr(CONTEXT, NEEDS)
        title_size, line_size = 10.5 * scale, 10 * scale
        inner = width - 2 * pad
        heights = [page.measure(title, title_size, inner, bold=True)]
        heights += [page.measure(f"• {line}", line_size, inner, bold=True) for line in needs]
        box = sum(heights) + 2 * pad + 0.6 * len(needs)
        page.fill(0, y, width, box, NEEDS_SHADE)
        page.frame(0, y, width, box, weight=0.6)
        inner_y = y + pad
        inner_y += page.text(pad, inner_y, inner, title, title_size, bold=True, align=LEFT)
        for line in needs:
            inner_y += page.text(pad, inner_y, inner, f"• {line}", line_size, bold=True, align=LEFT)
            inner_y += 0.6
        y += box
    return y


def paint_room_card(
    painter: QPainter, page_rect: QRectF, card: RoomCard, translate: Translate | None = None
) -> float:
    """Lay the card out in `page_rect`, in smaller type when a long name, delegation or
    list of needs would not fit. Returns the height used (mm)."""
    tr = translate or qt_translate
    ruler = Ruler(page_rect, WIDTH)
    scale = next((s for s in SCALES if _layout(ruler, card, tr, s) <= ruler.height), SCALES[-1])
    return _layout(Canvas(painter, page_rect, WIDTH), card, tr, scale)


def _render(device: QPagedPaintDevice, card: RoomCard, tr: Translate) -> None:
    painter = begin(device)
    try:
        paint_room_card(painter, content_rect(device), card, tr)
    finally:
        painter.end()


def document_title(card: RoomCard, tr: Translate) -> str:
    return tr(CONTEXT, DOCUMENT).format(room=card.room_number, guest=card.guest_name)


def write_room_card_pdf(
    card: RoomCard, path: str | Path, translate: Translate | None = None
) -> int:
    """Write the card as a PDF; returns the number of pages, 1."""
    tr = translate or qt_translate
    _render(pdf_writer(path, card_page_layout(), document_title(card, tr)), card, tr)
    fix_text_layer(path)
    return 1


def print_room_card(printer: QPrinter, card: RoomCard, translate: Translate | None = None) -> int:
    """Print on `printer` (an A6 tray or a PDF file); a larger page gets the card scaled
    to its width."""
    tr = translate or qt_translate
    printer.setPageLayout(card_page_layout())
    printer.setDocName(document_title(card, tr))
    _render(printer, card, tr)
    fix_printer_output(printer)
    return 1

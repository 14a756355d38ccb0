"""A delegation's reception list (接待清单, DOMAIN.md section 5) on A4: the visiting unit
and its inviting letter, the guests by precedence with their posts, the programme with its
times, places, accompanying staff and costs, the lodging as room-nights at each rate, the
total, and lines for the clerk and the reviewer to sign. No ID number or phone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from reception.core.lodging.lists import ReceptionActivity, ReceptionList, rank_label
from reception.core.lodging.models import (
    GENDER_LABELS,
    ROOM_TYPE_LABELS,
    Gender,
    RoomType,
)
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing import flow
from reception.printing.canvas import Canvas, pdf_writer
from reception.printing.flow import (
    CENTER,
    LEFT,
    RIGHT,
    Block,
    Column,
    Document,
    Fields,
    Heading,
    Note,
    Row,
    Table,
)
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

CONTEXT = "ReceptionList"
TITLE = QT_TRANSLATE_NOOP("ReceptionList", "Reception list")
DOCUMENT = QT_TRANSLATE_NOOP("ReceptionList", "Reception list {delegation}")
CANCELLED = QT_TRANSLATE_NOOP("ReceptionList", "This delegation's visit was cancelled.")
UNIT = QT_TRANSLATE_NOOP("ReceptionList", "Visiting unit")
LETTER = QT_TRANSLATE_NOOP("ReceptionList", "Inviting letter")
DATES = QT_TRANSLATE_NOOP("ReceptionList", "Dates")
DATES_VALUE = QT_TRANSLATE_NOOP("ReceptionList", "{arrive} to {depart}")
PEOPLE = QT_TRANSLATE_NOOP("ReceptionList", "Guests")
PEOPLE_VALUE = QT_TRANSLATE_NOOP("ReceptionList", "{count} people")
PURPOSE = QT_TRANSLATE_NOOP("ReceptionList", "Purpose")
PRINTED = QT_TRANSLATE_NOOP("ReceptionList", "Drawn up")
GUESTS = QT_TRANSLATE_NOOP("ReceptionList", "Guests received")
NO_GUESTS = QT_TRANSLATE_NOOP("ReceptionList", "No guests are listed.")
PROGRAMME = QT_TRANSLATE_NOOP("ReceptionList", "Programme and costs")
NO_PROGRAMME = QT_TRANSLATE_NOOP("ReceptionList", "No programme lines.")
LODGING = QT_TRANSLATE_NOOP("ReceptionList", "Lodging")
NO_LODGING = QT_TRANSLATE_NOOP("ReceptionList", "No stays.")
SUBTOTAL = QT_TRANSLATE_NOOP("ReceptionList", "Subtotal")
TOTAL = QT_TRANSLATE_NOOP("ReceptionList", "Total cost: {total}")
TOTAL_PARTS = QT_TRANSLATE_NOOP("ReceptionList", "programme {programme}, lodging {lodging}")
YUAN = QT_TRANSLATE_NOOP("ReceptionList", "{amount} yuan")
HEAD = QT_TRANSLATE_NOOP("ReceptionList", "(head)")
CLERK = QT_TRANSLATE_NOOP("ReceptionList", "Prepared by")
REVIEWER = QT_TRANSLATE_NOOP("ReceptionList", "Reviewed by")
SIGNED_ON = QT_TRANSLATE_NOOP("ReceptionList", "Date")

# Widths of each table add up to flow.WIDTH, 180 mm.
GUEST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionList", "No."), 10, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Name"), 30, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Gender"), 14, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Post"), 60, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Rank"), 38, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Room"), 28, CENTER, wrap=True),
)
PROGRAMME_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionList", "No."), 10, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Time"), 30, CENTER, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Activity"), 42, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Place"), 34, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Accompanied by"), 38, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Cost (yuan)"), 26, RIGHT),
)
LODGING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Room type"), 50, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Rate (yuan a night)"), 36, RIGHT),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Rooms"), 24, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Room-nights"), 30, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionList", "Cost (yuan)"), 40, RIGHT),
)
SIGN_OFF = 16.0


def money(amount: int) -> str:
    return f"{amount:,}"


def _translated(columns: tuple[Column, ...], say: Translate) -> list[Column]:
    return [Column(say(CONTEXT, c.title), c.width, c.align, c.wrap) for c in columns]


def _gender(value: str, say: Translate) -> str:
    try:
        return say("Guests", GENDER_LABELS[Gender(value)])
    except ValueError:
        return value


def _room_type(value: str, say: Translate) -> str:
    try:
        return say("Rooms", ROOM_TYPE_LABELS[RoomType(value)])
    except ValueError:
        return value


def activity_time(activity: ReceptionActivity) -> str:
    """12-02 09:00–11:30; an activity ending on a later day names that day too."""
    start = activity.starts_at
    text = start.strftime("%m-%d %H:%M")
    end: datetime | None = activity.ends_at
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}–{end.strftime('%H:%M')}"
    return f"{text}–{end.strftime('%m-%d %H:%M')}"


def reception_list_document(content: ReceptionList, translate: Translate | None = None) -> Document:
    say = translate or qt_translate

    def text(source: str) -> str:
        return say(CONTEXT, source)

    def yuan(amount: int) -> str:
        return text(YUAN).format(amount=money(amount))

    continued = say(flow.CONTEXT, flow.CONTINUED)

    def table(caption: str, columns: tuple[Column, ...]) -> Table:
        return Table(caption, _translated(columns, say), continued.format(title=caption))

    printed = content.printed_at.astimezone(flow.zone(content.time_zone)).strftime("%Y-%m-%d")
    dates = text(DATES_VALUE).format(
        arrive=content.arrive.isoformat(), depart=content.depart.isoformat()
    )
    items: list[flow.Item] = [
        Heading(text(TITLE), 20, align=CENTER, after=1),
        Heading(content.name, 12, bold=False, align=CENTER, after=4),
    ]
    if content.cancelled:
        items.append(Note(text(CANCELLED), bold=True, align=CENTER, after=3))
    pairs = [
        (text(UNIT), content.unit),
        (text(LETTER), content.letter_ref),
        (text(DATES), dates),
        (text(PEOPLE), text(PEOPLE_VALUE).format(count=len(content.guests))),
    ]
    if content.purpose:
        pairs.append((text(PURPOSE), content.purpose))
    pairs.append((text(PRINTED), printed))
    items += [Fields(pairs), flow.Gap(4)]

    guests = table(text(GUESTS), GUEST_COLUMNS)
    guest_rows = [
        [
            str(number),
            guest.name,
            _gender(guest.gender, say),
            f"{guest.post} {text(HEAD)}".strip() if guest.is_head else guest.post,
            say("Ranks", rank_label(guest.rank)),
            "、".join(guest.rooms),
        ]
        for number, guest in enumerate(content.guests, start=1)
    ]
    items += flow.table_items(guests, guest_rows, text(NO_GUESTS))
    items.append(flow.Gap(5))

    programme = table(text(PROGRAMME), PROGRAMME_COLUMNS)
    programme_rows = [
        [
            str(number),
            activity_time(activity),
            activity.title,
            activity.place,
            activity.accompanied_by,
            money(activity.cost_yuan),
        ]
        for number, activity in enumerate(content.activities, start=1)
    ]
    items += flow.table_items(programme, programme_rows, text(NO_PROGRAMME))
    if content.activities:
        items.append(
            Row(
                programme,
                ["", "", text(SUBTOTAL), "", "", money(content.activities_total)],
                bold=True,
                shade=flow.SHADE,
            )
        )
    items.append(flow.Gap(5))

    lodging = table(text(LODGING), LODGING_COLUMNS)
    lodging_rows = [
        [
            _room_type(line.room_type, say),
            money(line.rate_yuan),
            str(line.rooms),
            str(line.room_nights),
            money(line.cost_yuan),
        ]
        for line in content.lodging
    ]
    items += flow.table_items(lodging, lodging_rows, text(NO_LODGING))
    if content.lodging:
        items.append(
            Row(
                lodging,
                [
                    text(SUBTOTAL),
                    "",
                    "",
                    str(sum(x.room_nights for x in content.lodging)),
                    money(content.lodging_total),
                ],
                bold=True,
                shade=flow.SHADE,
            )
        )
    # The total and the signatures never stand on a page without the lines they sum.
    items[-1].keep_with_next = True
    gap = flow.Gap(6)
    gap.keep_with_next = True
    items.append(gap)

    total = text(TOTAL).format(total=yuan(content.total))
    parts = text(TOTAL_PARTS).format(
        programme=yuan(content.activities_total), lodging=yuan(content.lodging_total)
    )
    items.append(Heading(total, 13, align=LEFT, after=1))
    items.append(Note(parts, flow.BODY_PT, after=8))
    items[-1].keep_with_next = True
    labels = [text(CLERK), text(REVIEWER), text(SIGNED_ON)]
    items.append(Block(SIGN_OFF, lambda page, y: _sign_off(page, y, labels)))
    return Document(
        office=content.office_name,
        title=text(DOCUMENT).format(delegation=content.name),
        items=items,
        page_label=say(flow.CONTEXT, flow.PAGE),
    )


def _sign_off(page: Canvas, y: float, labels: list[str]) -> None:
    """经办人 ____  审核人 ____  日期 ____ on one line, with room to sign."""
    widths = (65.0, 65.0, page.width - 130.0)
    x = 0.0
    line_y = y + 9
    for label, width in zip(labels, widths, strict=True):
        label_width = page.text_width(label, 10.5, bold=True) + 2
        page.text(x, line_y - 6, label_width, label, 10.5, bold=True, align=LEFT, height=6)
        page.hline(line_y, x + label_width, x + width - 6, weight=0.25)
        x += width


def write_reception_list_pdf(
    content: ReceptionList, path: str | Path, translate: Translate | None = None
) -> int:
    """Write the list as a PDF; returns the number of pages."""
    document = reception_list_document(content, translate)
    pages = document.paint(pdf_writer(path, flow.a4_layout(), document.title))
    fix_text_layer(path)
    return pages


def print_reception_list(
    printer: QPrinter, content: ReceptionList, translate: Translate | None = None
) -> int:
    document = reception_list_document(content, translate)
    printer.setPageLayout(flow.a4_layout())
    printer.setDocName(document.title)
    pages = document.paint(printer)
    fix_printer_output(printer)
    return pages

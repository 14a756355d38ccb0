"""The day's arrival and departure lists (今日抵离店名单) on A4: who arrives, who leaves, in
which room, with the needs the desk must have in mind. Full names for the desk's own use,
so each page is marked internal; no ID number or phone is printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from reception.core.lodging.lists import DayLine, DayLists, rank_label
from reception.core.lodging.models import STAY_STATE_LABELS, StayState
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing import flow
from reception.printing.canvas import pdf_writer
from reception.printing.flow import CENTER, LEFT, Column, Document, Fields, Heading, Table
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

CONTEXT = "DayLists"
TITLE = QT_TRANSLATE_NOOP("DayLists", "Arrivals and departures")
DOCUMENT = QT_TRANSLATE_NOOP("DayLists", "{office} arrivals and departures {day}")
DAY = QT_TRANSLATE_NOOP("DayLists", "Day")
PRINTED = QT_TRANSLATE_NOOP("DayLists", "Printed")
ARRIVING = QT_TRANSLATE_NOOP("DayLists", "Arriving")
DEPARTING = QT_TRANSLATE_NOOP("DayLists", "Departing")
GUESTS = QT_TRANSLATE_NOOP("DayLists", "{count} guests")
ARRIVALS = QT_TRANSLATE_NOOP("DayLists", "Arrivals ({count})")
DEPARTURES = QT_TRANSLATE_NOOP("DayLists", "Departures ({count})")
NO_ARRIVALS = QT_TRANSLATE_NOOP("DayLists", "Nobody arrives on this day.")
NO_DEPARTURES = QT_TRANSLATE_NOOP("DayLists", "Nobody departs on this day.")
NIGHTS = QT_TRANSLATE_NOOP("DayLists", "{date} ({nights} nights)")
CONFIDENTIAL = QT_TRANSLATE_NOOP("DayLists", "Internal document · keep confidential")
NEEDS_SEPARATOR = QT_TRANSLATE_NOOP("DayLists", "; ")

# Widths add up to flow.WIDTH, 180 mm.
NUMBER = Column(QT_TRANSLATE_NOOP("DayLists", "No."), 10, CENTER)
ROOM = Column(QT_TRANSLATE_NOOP("DayLists", "Room"), 14, CENTER)
GUEST = Column(QT_TRANSLATE_NOOP("DayLists", "Guest"), 22, LEFT)
DELEGATION = Column(QT_TRANSLATE_NOOP("DayLists", "Delegation"), 36, LEFT, wrap=True)
RANK = Column(QT_TRANSLATE_NOOP("DayLists", "Rank"), 20, LEFT)
DEPARTS = Column(QT_TRANSLATE_NOOP("DayLists", "Departs"), 24, CENTER)
ARRIVED = Column(QT_TRANSLATE_NOOP("DayLists", "Arrived"), 24, CENTER)
STATE = Column(QT_TRANSLATE_NOOP("DayLists", "Status"), 14, CENTER)
NEEDS = Column(QT_TRANSLATE_NOOP("DayLists", "Needs"), 40, LEFT, wrap=True)


def _columns(say: Translate, stay_column: Column) -> list[Column]:
    columns = (NUMBER, ROOM, GUEST, DELEGATION, RANK, stay_column, STATE, NEEDS)
    return [Column(say(CONTEXT, c.title), c.width, c.align, c.wrap) for c in columns]


def _state(state: str, say: Translate) -> str:
    try:
        return say("Stays", STAY_STATE_LABELS[StayState(state)])
    except ValueError:
        return state


def _rows(lines: list[DayLine], say: Translate, arriving: bool, buildings: bool) -> list[list[str]]:
    rows = []
    for number, line in enumerate(lines, start=1):
        other = line.depart if arriving else line.arrive
        stay = say(CONTEXT, NIGHTS).format(date=other.strftime("%m-%d"), nights=line.nights)
        room = f"{line.building}-{line.room_number}" if buildings else line.room_number
        needs = say(CONTEXT, NEEDS_SEPARATOR).join(need.text(say) for need in line.need_lines)
        rows.append(
            [
                str(number),
                room,
                line.guest_name,
                line.delegation_name,
                say("Ranks", rank_label(line.rank)),
                stay,
                _state(line.state, say),
                needs,
            ]
        )
    return rows


def day_lists_document(lists: DayLists, translate: Translate | None = None) -> Document:
    say = translate or qt_translate

    def text(source: str) -> str:
        return say(CONTEXT, source)

    day = f"{lists.day.isoformat()} {say(flow.CONTEXT, flow.WEEKDAYS[lists.day.weekday()])}"
    printed = lists.printed_at.astimezone(flow.zone(lists.time_zone)).strftime("%Y-%m-%d %H:%M")
    everyone = lists.arrivals + lists.departures
    buildings = len({line.building for line in everyone}) > 1
    items: list[flow.Item] = [
        Heading(text(TITLE), 18, align=CENTER, after=3),
        Fields(
            [
                (text(DAY), day),
                (text(PRINTED), printed),
                (text(ARRIVING), text(GUESTS).format(count=len(lists.arrivals))),
                (text(DEPARTING), text(GUESTS).format(count=len(lists.departures))),
            ]
        ),
        flow.Gap(3),
    ]
    continued = say(flow.CONTEXT, flow.CONTINUED)
    for source, lines, arriving, column, empty in (
        (ARRIVALS, lists.arrivals, True, DEPARTS, NO_ARRIVALS),
        (DEPARTURES, lists.departures, False, ARRIVED, NO_DEPARTURES),
    ):
        caption = text(source).format(count=len(lines))
        table = Table(caption, _columns(say, column), continued.format(title=caption))
        items += flow.table_items(table, _rows(lines, say, arriving, buildings), text(empty))
        items.append(flow.Gap(6))
    return Document(
        office=lists.office_name,
        title=text(DOCUMENT).format(office=lists.office_name, day=lists.day.isoformat()),
        items=items,
        mark=text(CONFIDENTIAL),
        page_label=say(flow.CONTEXT, flow.PAGE),
    )


def write_day_lists_pdf(
    lists: DayLists, path: str | Path, translate: Translate | None = None
) -> int:
    """Write the lists as a PDF; returns the number of pages."""
    document = day_lists_document(lists, translate)
    pages = document.paint(pdf_writer(path, flow.a4_layout(), document.title))
    fix_text_layer(path)
    return pages


def print_day_lists(printer: QPrinter, lists: DayLists, translate: Translate | None = None) -> int:
    document = day_lists_document(lists, translate)
    printer.setPageLayout(flow.a4_layout())
    printer.setDocName(document.title)
    pages = document.paint(printer)
    fix_printer_output(printer)
    return pages

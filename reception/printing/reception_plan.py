"""A delegation's reception plan (接待方案, DOMAIN.md section 5) on A4: the visiting unit and
its inviting letter, exceptions to the standards with their recorded reasons, the guests by
precedence, the itinerary with the cars serving each line, the meals with their guests and
accompanying staff against the limit, the vehicles, the lodging and the seating charts made
for the visit. No ID number or phone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from reception.core.lodging.lists import rank_label
from reception.core.lodging.models import ROOM_TYPE_LABELS, RoomType
from reception.core.protocol.plan import PlanItem, ReceptionPlan
from reception.core.protocol.plan_items import VehicleView
from reception.core.protocol.seating import EventKind
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing import flow
from reception.printing.canvas import pdf_writer
from reception.printing.flow import CENTER, LEFT, RIGHT, Column, Document, Fields, Heading, Note
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

CONTEXT = "ReceptionPlan"
TITLE = QT_TRANSLATE_NOOP("ReceptionPlan", "Reception plan")
DOCUMENT = QT_TRANSLATE_NOOP("ReceptionPlan", "Reception plan {delegation}")
CANCELLED = QT_TRANSLATE_NOOP("ReceptionPlan", "This delegation's visit was cancelled.")
UNIT = QT_TRANSLATE_NOOP("ReceptionPlan", "Visiting unit")
LETTER = QT_TRANSLATE_NOOP("ReceptionPlan", "Inviting letter")
DATES = QT_TRANSLATE_NOOP("ReceptionPlan", "Dates")
DATES_VALUE = QT_TRANSLATE_NOOP("ReceptionPlan", "{arrive} to {depart}")
PEOPLE = QT_TRANSLATE_NOOP("ReceptionPlan", "Guests")
PEOPLE_VALUE = QT_TRANSLATE_NOOP("ReceptionPlan", "{count} people")
LIAISON = QT_TRANSLATE_NOOP("ReceptionPlan", "Liaison")
PURPOSE = QT_TRANSLATE_NOOP("ReceptionPlan", "Purpose")
PRINTED = QT_TRANSLATE_NOOP("ReceptionPlan", "Drawn up")
WARNINGS = QT_TRANSLATE_NOOP("ReceptionPlan", "Exceptions to the standards")
GUESTS = QT_TRANSLATE_NOOP("ReceptionPlan", "Guests received")
NO_GUESTS = QT_TRANSLATE_NOOP("ReceptionPlan", "No guests are listed.")
ITINERARY = QT_TRANSLATE_NOOP("ReceptionPlan", "Itinerary")
NO_ITINERARY = QT_TRANSLATE_NOOP("ReceptionPlan", "No programme lines.")
MEALS = QT_TRANSLATE_NOOP("ReceptionPlan", "Meals")
NO_MEALS = QT_TRANSLATE_NOOP("ReceptionPlan", "No meals are planned.")
STAFF_VALUE = QT_TRANSLATE_NOOP("ReceptionPlan", "{staff} (at most {limit})")
OVER_LIMIT = QT_TRANSLATE_NOOP("ReceptionPlan", "{staff} (at most {limit}) — above the limit")
VEHICLES = QT_TRANSLATE_NOOP("ReceptionPlan", "Vehicles")
NO_VEHICLES = QT_TRANSLATE_NOOP("ReceptionPlan", "No vehicles are planned.")
WHOLE_VISIT = QT_TRANSLATE_NOOP("ReceptionPlan", "The whole visit")
LODGING = QT_TRANSLATE_NOOP("ReceptionPlan", "Lodging")
NO_LODGING = QT_TRANSLATE_NOOP("ReceptionPlan", "No stays.")
ABOVE_STANDARD = QT_TRANSLATE_NOOP("ReceptionPlan", "Above the standard: {reason}")
CHARTS = QT_TRANSLATE_NOOP("ReceptionPlan", "Seating charts")
NO_CHARTS = QT_TRANSLATE_NOOP("ReceptionPlan", "No seating charts.")
HEAD = QT_TRANSLATE_NOOP("ReceptionPlan", "(head)")
MEALS_TOTAL = QT_TRANSLATE_NOOP("ReceptionPlan", "Meals: {total} yuan")

# Widths of each table add up to flow.WIDTH, 180 mm.
GUEST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "No."), 10, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Name"), 34, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Post"), 86, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Rank"), 50, LEFT),
)
ITINERARY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Time"), 30, CENTER, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Activity"), 44, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Place"), 34, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Accompanied by"), 36, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Vehicles"), 36, LEFT, wrap=True),
)
MEAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Time"), 26, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Meal"), 32, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Place"), 36, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Guests"), 16, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Accompanying staff"), 46, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Cost (yuan)"), 24, RIGHT),
)
VEHICLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Plate"), 30, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Driver"), 28, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Seats"), 16, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Serves"), 56, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Notes"), 50, LEFT, wrap=True),
)
LODGING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Guest"), 30, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Room"), 22, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Room type"), 30, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Nights"), 40, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Exception"), 58, LEFT, wrap=True),
)
CHART_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Chart"), 16, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Kind"), 26, LEFT),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Title"), 64, LEFT, wrap=True),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Time"), 30, CENTER),
    Column(QT_TRANSLATE_NOOP("ReceptionPlan", "Place"), 44, LEFT, wrap=True),
)


def _translated(columns: tuple[Column, ...], say: Translate) -> list[Column]:
    return [Column(say(CONTEXT, c.title), c.width, c.align, c.wrap) for c in columns]


def _time(moment: datetime | None, end: datetime | None = None) -> str:
    """12-02 09:00, or 12-02 09:00–11:30; an end on a later day names that day too."""
    if moment is None:
        return ""
    text = moment.strftime("%m-%d %H:%M")
    if end is None:
        return text
    if end.date() == moment.date():
        return f"{text}–{end.strftime('%H:%M')}"
    return f"{text}–{end.strftime('%m-%d %H:%M')}"


def _room_type(value: str, say: Translate) -> str:
    try:
        return say("Rooms", ROOM_TYPE_LABELS[RoomType(value)])
    except ValueError:
        return value


def _kind(value: str, say: Translate) -> str:
    try:
        return say("Seating", EventKind(value).label)
    except ValueError:
        return value


def _cars(vehicles: tuple[VehicleView, ...]) -> str:
    return "、".join(" ".join(p for p in (v.plate, v.driver) if p) for v in vehicles)


def _serves(vehicle: VehicleView, itinerary: list[PlanItem], whole: str) -> str:
    for item in itinerary:
        if item.activity_id == vehicle.activity_id:
            return f"{_time(item.starts_at)} {item.title}"
    return whole


def reception_plan_document(plan: ReceptionPlan, translate: Translate | None = None) -> Document:
    say = translate or qt_translate

    def text(source: str) -> str:
        return say(CONTEXT, source)

    continued = say(flow.CONTEXT, flow.CONTINUED)

    def table(caption: str, columns: tuple[Column, ...]) -> flow.Table:
        return flow.Table(caption, _translated(columns, say), continued.format(title=caption))

    printed = plan.printed_at.astimezone(flow.zone(plan.time_zone)).strftime("%Y-%m-%d")
    items: list[flow.Item] = [
        Heading(text(TITLE), 20, align=CENTER, after=1),
        Heading(plan.name, 12, bold=False, align=CENTER, after=4),
    ]
    if plan.cancelled:
        items.append(Note(text(CANCELLED), bold=True, align=CENTER, after=3))
    dates = text(DATES_VALUE).format(arrive=plan.arrive.isoformat(), depart=plan.depart.isoformat())
    pairs = [
        (text(UNIT), plan.unit),
        (text(LETTER), plan.letter_ref),
        (text(DATES), dates),
        (text(PEOPLE), text(PEOPLE_VALUE).format(count=len(plan.guests))),
    ]
    if plan.liaison_name:
        pairs.append((text(LIAISON), plan.liaison_name))
    if plan.purpose:
        pairs.append((text(PURPOSE), plan.purpose))
    pairs.append((text(PRINTED), printed))
    items += [Fields(pairs), flow.Gap(3)]

    if plan.warnings:
        items.append(Heading(text(WARNINGS), 11, after=1))
        for warning in plan.warnings:
            items.append(Note(f"⚠ {warning.text(say)}", bold=True, after=0.8))
        items.append(flow.Gap(3))

    guest_rows = [
        [
            str(number),
            guest.name,
            f"{guest.post} {text(HEAD)}".strip() if guest.is_head else guest.post,
            say("Ranks", rank_label(guest.rank)),
        ]
        for number, guest in enumerate(plan.guests, start=1)
    ]
    items += flow.table_items(table(text(GUESTS), GUEST_COLUMNS), guest_rows, text(NO_GUESTS))
    items.append(flow.Gap(5))

    itinerary_rows = [
        [
            _time(item.starts_at, item.ends_at),
            item.title,
            item.place,
            item.accompanied_by,
            _cars(item.vehicles),
        ]
        for item in plan.itinerary
    ]
    items += flow.table_items(
        table(text(ITINERARY), ITINERARY_COLUMNS), itinerary_rows, text(NO_ITINERARY)
    )
    items.append(flow.Gap(5))

    meal_rows = [
        [
            _time(meal.starts_at),
            meal.title,
            meal.place,
            str(meal.guests),
            text(OVER_LIMIT if meal.over_limit else STAFF_VALUE).format(
                staff=meal.staff, limit=meal.staff_limit
            ),
            f"{meal.cost_yuan:,}",
        ]
        for meal in plan.meals
    ]
    items += flow.table_items(table(text(MEALS), MEAL_COLUMNS), meal_rows, text(NO_MEALS))
    if plan.meals:
        items.append(
            Note(text(MEALS_TOTAL).format(total=f"{plan.meals_total:,}"), align=RIGHT, after=0)
        )
    items.append(flow.Gap(5))

    whole = text(WHOLE_VISIT)
    vehicle_rows = [
        [v.plate, v.driver, str(v.seats), _serves(v, plan.itinerary, whole), v.notes]
        for v in plan.vehicles
    ]
    items += flow.table_items(
        table(text(VEHICLES), VEHICLE_COLUMNS), vehicle_rows, text(NO_VEHICLES)
    )
    items.append(flow.Gap(5))

    stay_rows = [
        [
            stay.guest_name,
            stay.room_number,
            _room_type(stay.room_type, say),
            f"{stay.arrive.strftime('%m-%d')}–{stay.depart.strftime('%m-%d')}",
            text(ABOVE_STANDARD).format(reason=stay.exception_reason)
            if stay.exception_reason
            else "",
        ]
        for stay in plan.stays
    ]
    items += flow.table_items(table(text(LODGING), LODGING_COLUMNS), stay_rows, text(NO_LODGING))
    items.append(flow.Gap(5))

    chart_rows = [
        [str(event.id), _kind(event.kind, say), event.title, _time(event.starts_at), event.place]
        for event in plan.events
    ]
    items += flow.table_items(table(text(CHARTS), CHART_COLUMNS), chart_rows, text(NO_CHARTS))
    return Document(
        office=plan.office_name,
        title=text(DOCUMENT).format(delegation=plan.name),
        items=items,
        page_label=say(flow.CONTEXT, flow.PAGE),
    )


def write_reception_plan_pdf(
    plan: ReceptionPlan, path: str | Path, translate: Translate | None = None
) -> int:
    """Write the plan as a PDF; returns the number of pages."""
    document = reception_plan_document(plan, translate)
    pages = document.paint(pdf_writer(path, flow.a4_layout(), document.title))
    fix_text_layer(path)
    return pages


def print_reception_plan(
    printer: QPrinter, plan: ReceptionPlan, translate: Translate | None = None
) -> int:
    document = reception_plan_document(plan, translate)
    printer.setPageLayout(flow.a4_layout())
    printer.setDocName(document.title)
    pages = document.paint(printer)
    fix_printer_output(printer)
    return pages

"""Precedence and seating from the command line (DOMAIN.md section 4):

    reception protocol podium N [--convention domestic|international] [--rows 3,4] [--json]
    reception protocol banquet GUESTS HOSTS [--json]
    reception protocol chart EVENT_ID [--pdf FILE] [--paper a4|a3] [--json]
    reception protocol cards EVENT_ID --pdf FILE
    reception protocol plan DELEGATION_ID [--pdf FILE] [--json]
    reception protocol meal DELEGATION_ID --at "YYYY-MM-DD HH:MM" --guests N --staff N [...]
    reception protocol vehicle DELEGATION_ID --plate PLATE [--driver NAME] [--seats N] [...]

`podium` and `banquet` compute a seating pattern by precedence number alone: they need no
database and no operator. `podium` prints the numbers left to right as seen from the
audience, one line per row, front row first (`7 5 3 1 2 4 6` for seven, domestic).
`banquet` prints the seats around one table clockwise from the host's seat as seen from
above, and whether the accompanying-staff limit holds.

A meal with more accompanying staff than the limit needs --reason. Exit codes as everywhere:
2 bad arguments or input, 4 conflict (a cancelled delegation), 5 not permitted, 6 not found.
"""

from __future__ import annotations

from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reception.commands.context import CONTEXT, Context, HelpText
from reception.core.errors import InvalidInput
from reception.core.protocol.seating import (
    Convention,
    EventKind,
    SeatAt,
    banquet_table,
    check_staff,
    podium,
    seat_label,
    viewpoint,
)
from reception.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reception.core.protocol.events import ChartView, SeatView
    from reception.core.settings import OfficeSettings

PAPERS = ("a4", "a3")


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    json_help = tr("print the result as JSON")
    protocol = commands.add_parser(
        "protocol", help=tr("Precedence and seating: podiums, banquets, charts, name cards.")
    )
    actions = protocol.add_subparsers(dest="protocol_action", required=True, metavar="ACTION")

    # Numbers are read as text and checked by the command, so that a mistake is told in
    # one line like every other refused input.
    podium_cmd = actions.add_parser(
        "podium",
        help=tr("Where precedence numbers 1..N sit on a podium, left to right from the audience."),
    )
    podium_cmd.add_argument("people", metavar="N", help=tr("the number of people on the podium"))
    podium_cmd.add_argument(
        "--convention",
        default=Convention.DOMESTIC.value,
        metavar="domestic|international",
        help=tr("domestic: the left is senior (default); international: the right is senior"),
    )
    podium_cmd.add_argument(
        "--rows", default="", metavar="A,B", help=tr("seats in each row, front row first")
    )
    podium_cmd.add_argument("--json", action="store_true", help=json_help)
    podium_cmd.set_defaults(handler=run_podium)

    banquet_cmd = actions.add_parser(
        "banquet",
        help=tr("The seats around one banquet table, clockwise from the host's seat."),
    )
    banquet_cmd.add_argument("guests", metavar="GUESTS", help=tr("the number of guests"))
    banquet_cmd.add_argument(
        "hosts",
        metavar="HOSTS",
        help=tr("the number on the host side: host, deputy host, accompanying staff"),
    )
    banquet_cmd.add_argument("--json", action="store_true", help=json_help)
    banquet_cmd.set_defaults(handler=run_banquet)

    chart = actions.add_parser("chart", help=tr("A seating event's chart, or its PDF."))
    chart.add_argument("event_id", type=int, metavar="EVENT_ID", help=tr("the event's number"))
    chart.add_argument("--pdf", type=Path, metavar="FILE", help=tr("write the chart as a PDF"))
    chart.add_argument(
        "--paper", default="a4", choices=PAPERS, help=tr("paper size, landscape (default a4)")
    )
    chart.add_argument("--json", action="store_true", help=json_help)
    chart.set_defaults(handler=run_chart)

    cards = actions.add_parser("cards", help=tr("Name cards for a seating event, as a PDF."))
    cards.add_argument("event_id", type=int, metavar="EVENT_ID", help=tr("the event's number"))
    cards.add_argument(
        "--pdf", type=Path, required=True, metavar="FILE", help=tr("write the name cards here")
    )
    cards.set_defaults(handler=run_cards)

    plan = actions.add_parser("plan", help=tr("A delegation's reception plan, or its PDF."))
    plan.add_argument(
        "delegation_id", type=int, metavar="DELEGATION_ID", help=tr("the delegation's number")
    )
    plan.add_argument("--pdf", type=Path, metavar="FILE", help=tr("write the plan as a PDF"))
    plan.add_argument("--json", action="store_true", help=json_help)
    plan.set_defaults(handler=run_plan)

    meal = actions.add_parser("meal", help=tr("Add a meal to a delegation's reception plan."))
    meal.add_argument(
        "delegation_id", type=int, metavar="DELEGATION_ID", help=tr("the delegation's number")
    )
    meal.add_argument(
        "--at", required=True, metavar="YYYY-MM-DD HH:MM", help=tr("when, office time")
    )
    meal.add_argument("--guests", required=True, metavar="N", help=tr("the number of guests"))
    meal.add_argument(
        "--staff", required=True, metavar="N", help=tr("accompanying staff at the meal")
    )
    meal.add_argument("--place", default="", metavar="PLACE", help=tr("where"))
    meal.add_argument("--title", default="", metavar="TEXT", help=tr("the meal, such as 工作餐"))
    meal.add_argument("--cost", default="0", metavar="YUAN", help=tr("the cost in yuan"))
    meal.add_argument(
        "--reason", default="", metavar="TEXT", help=tr("why more staff than the limit attend")
    )
    meal.add_argument("--json", action="store_true", help=json_help)
    meal.set_defaults(handler=run_meal)

    car = actions.add_parser("vehicle", help=tr("Add a vehicle to a delegation's reception plan."))
    car.add_argument(
        "delegation_id", type=int, metavar="DELEGATION_ID", help=tr("the delegation's number")
    )
    car.add_argument("--plate", required=True, metavar="PLATE", help=tr("the number plate"))
    car.add_argument("--driver", default="", metavar="NAME", help=tr("the driver"))
    car.add_argument("--seats", default="4", metavar="N", help=tr("passenger seats (default 4)"))
    car.add_argument("--activity", type=int, metavar="ID", help=tr("the programme line it serves"))
    car.add_argument("--notes", default="", metavar="TEXT", help=tr("notes"))
    car.add_argument("--json", action="store_true", help=json_help)
    car.set_defaults(handler=run_vehicle)


# -- checks ---------------------------------------------------------------------------------


def _whole(text: str, name: str) -> int:
    value = text.strip()
    if not value.isdigit() or not value.isascii():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} must be a whole number, not {value}."),
            name=name,
            value=text or "''",
        )
    return int(value)


def _convention(text: str) -> Convention:
    try:
        return Convention(text.strip().lower())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The convention is domestic or international, not {value}."
            ),
            value=text or "''",
        ) from None


def _rows(text: str) -> list[int]:
    if not text.strip():
        return []
    return [_whole(part, "--rows") for part in text.split(",")]


def _output_file(path: Path) -> Path:
    target = path.expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            folder=str(target.parent),
        )
    if target.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=str(target)
        )
    return target


def _label(ctx: Context, seat: SeatAt | SeatView) -> str:
    source = ctx.translate("Seating", seat.role.label)
    return source.format(number=seat.role_number)


# -- podium and banquet: no database ---------------------------------------------------------


def run_podium(ctx: Context) -> int:
    args = ctx.args
    people = _whole(args.people, "N")
    if people < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A podium seats at least one person."))
    convention = _convention(args.convention)
    rows = podium(people, _rows(args.rows), convention)
    if ctx.wants_json:
        ctx.emit_json(
            {
                "people": people,
                "convention": convention.value,
                "viewpoint": ctx.translate("Seating", viewpoint(EventKind.PODIUM)),
                "rows": rows,
            }
        )
        return 0
    for row in rows:
        print(" ".join(str(number) for number in row), file=ctx.out)
    return 0


def _seat_json(ctx: Context, seat: SeatAt) -> dict[str, Any]:
    return {
        "place": seat.place,
        "side": seat.side.value if seat.side else None,
        "order": seat.order,
        "role": seat.role.value,
        "role_number": seat.role_number,
        "label": seat_label(seat, ctx.translate),
    }


def run_banquet(ctx: Context) -> int:
    guests = _whole(ctx.args.guests, "GUESTS")
    hosts = _whole(ctx.args.hosts, "HOSTS")
    if hosts < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A table needs a host: HOSTS is at least 1.")
        )
    seats = banquet_table(guests, hosts)
    staff = check_staff(guests, hosts)
    if ctx.wants_json:
        ctx.emit_json(
            {
                "guests": guests,
                "hosts": hosts,
                "viewpoint": ctx.translate("Seating", viewpoint(EventKind.BANQUET)),
                "seats": [_seat_json(ctx, seat) for seat in seats],
                "staff": {
                    "guests": staff.guests,
                    "staff": staff.staff,
                    "limit": staff.limit,
                    "ok": staff.ok,
                },
            }
        )
        return 0
    for seat in seats:
        print(f"{seat.place:>2} {seat_label(seat, ctx.translate)}", file=ctx.out)
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{check}: within the limit.")
        if staff.ok
        else QT_TRANSLATE_NOOP("Cli", "{check}: above the limit."),
        check=staff.render(ctx.translate),
    )
    return 0


# -- charts and name cards: from the database -------------------------------------------------


def _chart_seat_json(ctx: Context, seat: SeatView) -> dict[str, Any]:
    return {
        "id": seat.id,
        "block": seat.block,
        "place": seat.place,
        "side": seat.side.value if seat.side else None,
        "order": seat.order,
        "role": seat.role.value,
        "role_number": seat.role_number,
        "label": _label(ctx, seat),
        "name": seat.person.name,
        "post": seat.person.post,
        "out_of_order": seat.out_of_order,
        "swapped_reason": seat.swapped_reason,
    }


def _chart_json(ctx: Context, chart: ChartView) -> dict[str, Any]:
    event = chart.event
    return {
        "event_id": event.id,
        "title": event.title,
        "kind": chart.kind.value,
        "convention": chart.convention.value,
        "viewpoint": ctx.translate("Seating", chart.viewpoint),
        "computed": chart.computed,
        "consistent": chart.consistent,
        "blocks": [
            {
                "number": block.number,
                "size": block.size,
                "seats": [_chart_seat_json(ctx, seat) for seat in block.seats],
            }
            for block in chart.blocks
        ],
        "staff": None
        if chart.staff is None
        else {
            "guests": chart.staff.guests,
            "staff": chart.staff.staff,
            "limit": chart.staff.limit,
            "ok": chart.staff.ok,
        },
        "unseated": [person.name for person in chart.unseated],
    }


def _read_chart(ctx: Context) -> tuple[ChartView, OfficeSettings]:
    from reception.core.protocol.events import chart_view
    from reception.core.settings import load_settings

    actor = ctx.acting()
    with ctx.database().read() as session:
        chart = chart_view(session, actor, ctx.args.event_id)
        office = load_settings(session)
    return chart, office


def run_chart(ctx: Context) -> int:
    pdf = None if ctx.args.pdf is None else _output_file(ctx.args.pdf)
    chart, office = _read_chart(ctx)
    if pdf is not None:
        from reception.printing.gui import ensure_gui_application
        from reception.printing.seating_chart import write_seating_chart_pdf

        ensure_gui_application()
        write_seating_chart_pdf(
            chart,
            pdf,
            office.office_name,
            paper=ctx.args.paper,
            zone=office.time_zone,
            translate=ctx.tr,
        )
    if ctx.wants_json:
        ctx.emit_json(_chart_json(ctx, chart))
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{title} ({kind}): {viewpoint}."),
        title=chart.event.title,
        kind=ctx.translate("Seating", chart.kind.label),
        viewpoint=ctx.translate("Seating", chart.viewpoint),
    )
    if not chart.computed:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "The chart has not been computed yet."))
    for block in chart.blocks:
        for seat in block.seats:
            mark = " *" if seat.out_of_order else ""
            print(
                f"{seat.block}-{seat.place:<3} {_label(ctx, seat)}  {seat.person.name}{mark}",
                file=ctx.out,
            )
    if chart.staff is not None:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "{check}: within the limit.")
            if chart.staff.ok
            else QT_TRANSLATE_NOOP("Cli", "{check}: above the limit."),
            check=chart.staff.render(ctx.translate),
        )
    if pdf is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Seating chart written to {path}."), path=str(pdf))
    return 0


def run_cards(ctx: Context) -> int:
    pdf = _output_file(ctx.args.pdf)
    chart, _ = _read_chart(ctx)
    from reception.printing.gui import ensure_gui_application
    from reception.printing.name_cards import cards_of, write_name_cards_pdf

    ensure_gui_application()
    pages = write_name_cards_pdf(cards_of(chart), pdf, chart.event.title, translate=ctx.tr)
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{count} name cards written to {path}."),
        count=pages,
        path=str(pdf),
    )
    return 0


# -- the reception plan ------------------------------------------------------------------------


def _plan_json(plan: Any) -> dict[str, Any]:
    data = asdict(plan)
    data["warnings"] = [warning.text() for warning in plan.warnings]
    data["meals_total"] = plan.meals_total
    for meal, source in zip(data["meals"], plan.meals, strict=True):
        meal["staff_limit"] = source.staff_limit
        meal["over_limit"] = source.over_limit
    return data


def run_plan(ctx: Context) -> int:
    from reception.core.protocol.plan import reception_plan

    pdf = None if ctx.args.pdf is None else _output_file(ctx.args.pdf)
    actor = ctx.acting()
    with ctx.database().read() as session:
        plan = reception_plan(session, actor, ctx.args.delegation_id)
    if pdf is not None:
        from reception.printing.gui import ensure_gui_application
        from reception.printing.reception_plan import write_reception_plan_pdf

        ensure_gui_application()
        write_reception_plan_pdf(plan, pdf, translate=ctx.tr)
    if ctx.wants_json:
        data = _plan_json(plan)
        data["warnings"] = [warning.text(ctx.translate) for warning in plan.warnings]
        ctx.emit_json(data)
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "{name} ({letter}): {guests} guests, {items} programme lines, {meals} meals, "
            "{vehicles} vehicles, {charts} seating charts.",
        ),
        name=plan.name,
        letter=plan.letter_ref,
        guests=len(plan.guests),
        items=len(plan.itinerary),
        meals=len(plan.meals),
        vehicles=len(plan.vehicles),
        charts=len(plan.events),
    )
    for warning in plan.warnings:
        print(
            ctx.translate(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Warning: "))
            + warning.text(ctx.translate),
            file=ctx.out,
        )
    if pdf is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Reception plan written to {path}."), path=str(pdf))
    return 0


def _moment(ctx: Context, text: str) -> datetime:
    from reception.core.settings import load_settings

    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            naive = datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
        with ctx.database().read() as session:
            return naive.replace(tzinfo=load_settings(session).zone)
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{value} is not a time such as 2026-12-01 18:00."),
        value=text or "''",
    )


def run_meal(ctx: Context) -> int:
    from reception.core.protocol.plan import MealForm, add_meal

    args = ctx.args
    form = MealForm(
        starts_at=_moment(ctx, args.at),
        place=args.place,
        guests=_whole(args.guests, "--guests"),
        staff=_whole(args.staff, "--staff"),
        cost_yuan=_whole(args.cost, "--cost"),
        exception_reason=args.reason,
        title=args.title,
    )
    actor = ctx.acting()
    with ctx.database().unit() as session:
        meal = add_meal(session, actor, args.delegation_id, form)
    if ctx.wants_json:
        ctx.emit_json(asdict(meal) | {"over_limit": meal.over_limit})
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli", "Meal {id} added: {guests} guests, {staff} accompanying staff (at most {limit})."
        ),
        id=meal.id,
        guests=meal.guests,
        staff=meal.staff,
        limit=meal.staff_limit,
    )
    return 0


def run_vehicle(ctx: Context) -> int:
    from reception.core.protocol.plan import VehicleForm, add_vehicle

    args = ctx.args
    seats = _whole(args.seats, "--seats")
    form = VehicleForm(args.plate, args.driver, seats, args.notes, args.activity)
    actor = ctx.acting()
    with ctx.database().unit() as session:
        vehicle = add_vehicle(session, actor, args.delegation_id, form)
    if ctx.wants_json:
        ctx.emit_json(asdict(vehicle))
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Vehicle {id} added: {plate}."), id=vehicle.id, plate=vehicle.plate
    )
    return 0

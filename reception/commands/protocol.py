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

`plan`, `meal` and `vehicle` (the reception plan) are in protocol_plan.py. Exit codes as
everywhere: 2 bad arguments or input, 4 conflict (a cancelled delegation), 5 not permitted,
6 not found.
"""

from __future__ import annotations

from argparse import _SubParsersAction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reception.commands import protocol_plan
from reception.commands.checks import output_file, whole_number
from reception.commands.context import Context, HelpText
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

    protocol_plan.register(actions, tr, json_help)  # plan, meal, vehicle


# -- checks ---------------------------------------------------------------------------------


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
    return [whole_number(part, "--rows") for part in text.split(",")]


def _label(ctx: Context, seat: SeatAt | SeatView) -> str:
    source = ctx.translate("Seating", seat.role.label)
    return source.format(number=seat.role_number)


# -- podium and banquet: no database ---------------------------------------------------------


def run_podium(ctx: Context) -> int:
    args = ctx.args
    people = whole_number(args.people, "N")
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
    guests = whole_number(ctx.args.guests, "GUESTS")
    hosts = whole_number(ctx.args.hosts, "HOSTS")
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
    pdf = None if ctx.args.pdf is None else output_file(ctx.args.pdf)
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
    pdf = output_file(ctx.args.pdf)
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

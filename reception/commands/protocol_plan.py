"""A delegation's reception plan from the command line (DOMAIN.md section 5), under
`reception protocol` beside the seating commands (protocol.py):

    reception protocol plan DELEGATION_ID [--pdf FILE] [--json]
    reception protocol meal DELEGATION_ID --at "YYYY-MM-DD HH:MM" --guests N --staff N [...]
    reception protocol vehicle DELEGATION_ID --plate PLATE [--driver NAME] [--seats N] [...]

A meal with more accompanying staff than the limit needs --reason."""

from __future__ import annotations

from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from reception.commands.checks import output_file, whole_number
from reception.commands.context import CONTEXT, Context, HelpText
from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP


def register(
    actions: _SubParsersAction,  # type: ignore[type-arg]
    tr: HelpText,
    json_help: str,
) -> None:
    """The plan, meal and vehicle actions, added to `reception protocol`'s actions."""
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

    pdf = None if ctx.args.pdf is None else output_file(ctx.args.pdf)
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
    from reception.core.protocol.plan_items import MealForm, add_meal

    args = ctx.args
    form = MealForm(
        starts_at=_moment(ctx, args.at),
        place=args.place,
        guests=whole_number(args.guests, "--guests"),
        staff=whole_number(args.staff, "--staff"),
        cost_yuan=whole_number(args.cost, "--cost"),
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
    from reception.core.protocol.plan_items import VehicleForm, add_vehicle

    args = ctx.args
    seats = whole_number(args.seats, "--seats")
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

"""`reception dashboard [--json]`: the day's figures (总览) of every area the acting
operator's role may read, through the desk's own reading (reception.core.dashboard).

--json prints one object: the flat figures the desk's tiles show first (visitors_today,
onsite_now, waiting, rooms_occupied, cases_due_soon, cases_overdue), then each area in full
under "queue", "lodging" and "petitions". An area the role may not read is null, and so are
its flat figures. Reading the figures writes nothing beyond the sign-in."""

from __future__ import annotations

from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reception.commands.context import CONTEXT, Context, HelpText
from reception.core.dashboard.figures import Dashboard, read_dashboard
from reception.core.dashboard.views import LodgingFigures, PetitionFigures, QueueFigures
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    dashboard = commands.add_parser(
        "dashboard", help=tr("The day's figures of every area your role may read (总览).")
    )
    dashboard.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    dashboard.set_defaults(handler=run_dashboard)


def json_ready(value: Any) -> Any:
    """Dates as ISO text, tuples as lists, recursively: what json.dumps is given."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(item) for item in value]
    return value


def dashboard_json(board: Dashboard) -> dict[str, Any]:
    queue, lodging, petitions = board.queue, board.lodging, board.petitions
    return {
        "at": board.at.isoformat(),
        "day": board.day.isoformat(),
        "visitors_today": queue.visitors_today if queue else None,
        "onsite_now": queue.onsite_now if queue else None,
        "waiting": queue.waiting if queue else None,
        "rooms_occupied": lodging.rooms_occupied if lodging else None,
        "cases_due_soon": petitions.due_soon if petitions else None,
        "cases_overdue": petitions.overdue if petitions else None,
        "queue": json_ready(asdict(queue)) if queue else None,
        "lodging": json_ready(asdict(lodging)) if lodging else None,
        "petitions": json_ready(asdict(petitions)) if petitions else None,
    }


def run_dashboard(ctx: Context) -> int:
    actor = ctx.acting()
    with ctx.database().read() as session:
        board = read_dashboard(session, actor)
        zone = load_settings(session).zone
    if ctx.wants_json:
        ctx.emit_json(dashboard_json(board))
        return 0
    _say_text(ctx, board, zone)
    return 0


def _words(ctx: Context, source: str, **values: Any) -> str:
    return ctx.translate(CONTEXT, source).format(**values)


def _minutes(ctx: Context, value: int | None) -> str:
    return "—" if value is None else _words(ctx, QT_TRANSLATE_NOOP("Cli", "{n} min"), n=value)


def _say_text(ctx: Context, board: Dashboard, zone: ZoneInfo) -> None:
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Dashboard for {day}, at {time} office time"),
        day=board.day.isoformat(),
        time=board.at.astimezone(zone).strftime("%H:%M"),
    )
    if board.queue is None and board.lodging is None and board.petitions is None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Your role reads none of the dashboard's areas."))
    if board.queue is not None:
        _say_queue(ctx, board.queue)
    if board.lodging is not None:
        _say_lodging(ctx, board.lodging)
    if board.petitions is not None:
        _say_petitions(ctx, board.petitions)


def _say_queue(ctx: Context, queue: QueueFigures) -> None:
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Queue: {visitors} visitors today, {onsite} on site now ({people} people), "
            "{waiting} waiting, {expected} appointments still expected.",
        ),
        visitors=queue.visitors_today,
        onsite=queue.onsite_now,
        people=queue.onsite_people,
        waiting=queue.waiting,
        expected=queue.expected_today,
    )
    for figure in queue.series:
        line = _words(
            ctx,
            QT_TRANSLATE_NOOP(
                "Cli", "{waiting} waiting, longest {longest}; average wait today {average}"
            ),
            waiting=figure.waiting,
            longest=_minutes(ctx, figure.longest_wait_minutes),
            average=_minutes(ctx, figure.average_wait_minutes),
        )
        print(f"  {figure.series} {figure.name}: {line}", file=ctx.out)


def _say_lodging(ctx: Context, lodging: LodgingFigures) -> None:
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Lodging: {occupied} of {total} rooms occupied tonight ({repair} out of order), "
            "{arrivals} arrivals and {departures} departures today, {delegations} delegations "
            "in house, {overdue} checklist tasks overdue.",
        ),
        occupied=lodging.rooms_occupied,
        total=lodging.rooms_total,
        repair=lodging.rooms_out_of_order,
        arrivals=lodging.arrivals_today,
        departures=lodging.departures_today,
        delegations=lodging.delegations_in_house,
        overdue=lodging.checklist_overdue,
    )


def _say_petitions(ctx: Context, petitions: PetitionFigures) -> None:
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Petitions: {new} new today, {soon} due within {days} days, {overdue} overdue, "
            "{joint} joint visits today.",
        ),
        new=petitions.new_today,
        soon=petitions.due_soon,
        days=petitions.due_soon_days,
        overdue=petitions.overdue,
        joint=petitions.joint_visits_today,
    )
    if petitions.next_leader_day is None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "No leader reception day is planned."))
        return
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli", "Next leader reception day: {day}, {booked} of {slots} slots booked."
        ),
        day=petitions.next_leader_day.isoformat(),
        booked=petitions.next_leader_day_bookings,
        slots=petitions.next_leader_day_slots,
    )

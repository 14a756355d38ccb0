"""The visitor queue from the command line, through the desk's own services:

    reception visitor add --name N --phone P --purpose T [...]   register, print the ticket
    reception scan PAYLOAD [--leave]                             check a slip in (or out)
    reception queue call|recall|served|noshow|hold --counter N   a counter's actions
    reception queue status                                       the queue now
    reception onsite [--pdf FILE]                                who is in the building
    reception board [--screen N] [--windowed]                    the hall's display board

`scan` exits 0 when the slip was checked in (or out with --leave), 3 when the slip is not
ours, altered, expired or for another day, 4 when it was already checked in (or out).
"""

from __future__ import annotations

from argparse import _SubParsersAction
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reception.commands.checks import output_file
from reception.commands.context import Context, HelpText
from reception.core.errors import DeskError, InvalidInput
from reception.core.people import (
    InvalidIdNumber,
    InvalidName,
    InvalidPhone,
    check_id_number,
    check_name,
    check_phone,
)
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.core.visitors import service
from reception.core.visitors.registration import MAX_PARTY
from reception.core.visitors.settings import PriorityClass
from reception.core.visitors.views import (
    OnSiteVisitor,
    QueuedTicket,
    QueueStatus,
    ScanOutcome,
    ScanResult,
)
from reception.db.base import utcnow

EXIT_REFUSED = 3  # not ours, altered, expired or not today
EXIT_ALREADY = 4  # already checked in, or already left (the code of a Conflict)
SLIP_FORMATS = ("80mm", "a6")
APPOINTMENT_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")
SCAN_EXIT = {
    ScanResult.CHECKED_IN: 0,
    ScanResult.LEFT: 0,
    ScanResult.ALREADY_CHECKED_IN: EXIT_ALREADY,
    ScanResult.ALREADY_LEFT: EXIT_ALREADY,
    ScanResult.EXPIRED: EXIT_REFUSED,
    ScanResult.NOT_ARRIVED: EXIT_REFUSED,
    ScanResult.NOT_TODAY: EXIT_REFUSED,
    ScanResult.NOT_OURS: EXIT_REFUSED,
}


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    json_help = tr("print the result as JSON")

    visitor = commands.add_parser("visitor", help=tr("Register visitors."))
    visitor_actions = visitor.add_subparsers(dest="visitor_action", required=True, metavar="ACTION")
    add = visitor_actions.add_parser(
        "add", help=tr("Register a visitor: issue a ticket and a slip token.")
    )
    add.add_argument("--name", required=True, metavar="NAME", help=tr("the visitor's name"))
    add.add_argument(
        "--phone", required=True, metavar="PHONE", help=tr("mobile or landline number")
    )
    add.add_argument(
        "--purpose", required=True, metavar="TEXT", help=tr("the purpose of the visit")
    )
    add.add_argument(
        "--department", default="", metavar="NAME", help=tr("the host or department visited")
    )
    add.add_argument(
        "--priority",
        choices=[p.value for p in PriorityClass],
        default=PriorityClass.ORDINARY.value,
        help=tr("priority class (default ordinary; the elderly are found by ID number)"),
    )
    add.add_argument(
        "--party", type=int, default=1, metavar="K", help=tr("people in the party, 1 to 99")
    )
    add.add_argument(
        "--series",
        default="",
        metavar="S",
        help=tr("the service's series letter (default: the first service; appointments: theirs)"),
    )
    add.add_argument(
        "--id-number", default="", metavar="NUMBER", help=tr("resident ID number (optional)")
    )
    add.add_argument(
        "--appointment",
        metavar="'YYYY-MM-DD HH:MM'",
        help=tr("an appointment at this time, in the office's time zone"),
    )
    add.add_argument("--slip", type=Path, metavar="FILE.pdf", help=tr("write the slip as a PDF"))
    add.add_argument(
        "--slip-format",
        choices=SLIP_FORMATS,
        default=SLIP_FORMATS[0],
        help=tr("the slip's paper: 80mm roll (default) or a6"),
    )
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(handler=add_visitor)

    scan = commands.add_parser(
        "scan", help=tr("Check a visitor in by the payload of the slip's QR code.")
    )
    scan.add_argument("payload", metavar="PAYLOAD", help=tr("what the scanner read"))
    scan.add_argument(
        "--leave", action="store_true", help=tr("sign the visitor out instead (leaving)")
    )
    scan.add_argument("--json", action="store_true", help=json_help)
    scan.set_defaults(handler=run_scan)

    queue = commands.add_parser("queue", help=tr("The queue and the counters."))
    queue_actions = queue.add_subparsers(dest="queue_action", required=True, metavar="ACTION")
    call = queue_actions.add_parser(
        "call", help=tr("Call the next ticket to a counter, or a given one with --ticket.")
    )
    call.add_argument("--ticket", metavar="A023", help=tr("call this ticket out of turn"))
    for name, handler, text in (
        ("call", run_call, None),
        ("recall", run_recall, tr("Call the counter's current ticket again.")),
        ("served", run_served, tr("The counter's current ticket has been served.")),
        ("noshow", run_no_show, tr("The counter's current ticket did not come (after recalls).")),
        ("hold", run_hold, tr("Set the counter's current ticket aside.")),
    ):
        sub = call if text is None else queue_actions.add_parser(name, help=text)
        sub.add_argument(
            "--counter", type=int, required=True, metavar="N", help=tr("the counter's number")
        )
        sub.add_argument("--json", action="store_true", help=json_help)
        sub.set_defaults(handler=handler)
    status = queue_actions.add_parser(
        "status", help=tr("The queue now: waiting per series, waits, current calls.")
    )
    status.add_argument("--json", action="store_true", help=json_help)
    status.set_defaults(handler=run_status)

    onsite = commands.add_parser("onsite", help=tr("Who is on site now."))
    onsite.add_argument("--pdf", type=Path, metavar="FILE", help=tr("write the roll call as a PDF"))
    onsite.add_argument("--json", action="store_true", help=json_help)
    onsite.set_defaults(handler=run_onsite)

    board = commands.add_parser(
        "board", help=tr("Open the display board of the hall (ticket numbers only).")
    )
    board.add_argument(
        "--screen", type=int, metavar="N", help=tr("the screen to show it on, from 0")
    )
    board.add_argument(
        "--windowed", action="store_true", help=tr("in a window instead of full screen")
    )
    board.add_argument("--muted", action="store_true", help=tr("do not announce calls aloud"))
    board.set_defaults(handler=run_board)


# -- helpers -------------------------------------------------------------------------------


def _clock(moment: datetime | None, zone: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(zone).strftime("%H:%M")


def _stamp(moment: datetime | None, zone: ZoneInfo) -> str | None:
    """An instant for JSON: ISO 8601 in the office's time zone."""
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def _appointment(text: str | None) -> datetime | None:
    """The typed appointment time, still without its zone (the office's is read later)."""
    if text is None:
        return None
    cleaned = " ".join(text.split())
    for pattern in APPOINTMENT_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The appointment time {text} is not a time of the form YYYY-MM-DD HH:MM."
        ),
        text=text,
    )


def _option(option: str, value: str, check: Callable[[str], object]) -> None:
    """A refused name, phone or ID number, with the option it came from."""
    try:
        check(value)
    except (InvalidName, InvalidPhone, InvalidIdNumber) as refused:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{option} {value} is refused: {reason}."),
            option=option,
            value=repr(value),
            reason=Phrase(refused.context, refused.reason),
        ) from None


def _precheck(ctx: Context) -> datetime | None:
    """What can be checked before the database is opened, so that a mistyped command
    changes nothing (the service checks every field again)."""
    args = ctx.args
    _option("--name", args.name, check_name)
    _option("--phone", args.phone, check_phone)
    if not 1 <= args.party <= MAX_PARTY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The party size must be 1 to {most} people."),
            most=MAX_PARTY,
        )
    if args.id_number.strip():
        _option("--id-number", args.id_number, check_id_number)
    if args.slip is not None:
        args.slip = output_file(args.slip)
    return _appointment(args.appointment)


# -- visitor add ---------------------------------------------------------------------------


def add_visitor(ctx: Context) -> int:
    args = ctx.args
    appointment = _precheck(ctx)
    actor = ctx.acting()
    with ctx.database().unit() as session:
        office = load_settings(session)
        form = service.Registration(
            name=args.name,
            phone=args.phone,
            purpose=args.purpose,
            host=args.department,
            party_size=args.party,
            priority=args.priority,
            id_number=args.id_number,
            series=args.series,
            appointment_at=None if appointment is None else appointment.replace(tzinfo=office.zone),
        )
        issued = service.register(session, actor, form, utcnow())
    if args.slip is not None:
        _write_slip(ctx, args.slip, issued, args.slip_format)
    if ctx.wants_json:
        ctx.emit_json(
            {
                "ticket": issued.ticket,
                "token": issued.token,
                "visit_id": issued.visit_id,
                "people_ahead": issued.people_ahead,
                "estimated_wait_minutes": issued.estimated_wait_minutes,
                "appointment_at": _stamp(issued.slip.appointment_at, office.zone),
                "slip": None if args.slip is None else str(args.slip),
            }
        )
        return 0
    if issued.slip.appointment_at is not None:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} for the appointment at {time}."),
            ticket=issued.ticket,
            time=issued.slip.appointment_at.astimezone(office.zone).strftime("%Y-%m-%d %H:%M"),
        )
    else:
        ctx.say(
            QT_TRANSLATE_NOOP(
                "Cli", "Ticket {ticket}: {ahead} people ahead, about {minutes} minutes' wait."
            ),
            ticket=issued.ticket,
            ahead=issued.people_ahead,
            minutes=issued.estimated_wait_minutes,
        )
    ctx.say(QT_TRANSLATE_NOOP("Cli", "Slip token: {token}"), token=issued.token)
    if args.slip is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Slip written to {path}."), path=str(args.slip))
    return 0


def _write_slip(ctx: Context, path: Path, issued: Any, fmt: str) -> None:
    """The slip as PDF. The visit is registered already: a failure here is reported with
    the ticket, so the clerk can print the slip again from the desk."""
    from reception.printing.gui import ensure_gui_application
    from reception.printing.slips import SlipFormat, write_slip_pdf

    ensure_gui_application()
    try:
        write_slip_pdf(path, issued.slip, SlipFormat(fmt), translate=ctx.tr)
    except OSError as error:
        raise DeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "Ticket {ticket} was issued, but its slip could not be written: {reason}"
            ),
            ticket=issued.ticket,
            reason=str(error),
        ) from None


# -- scan ----------------------------------------------------------------------------------


def _desk_name() -> str:
    from reception.config import DeskConfig

    return DeskConfig.load().desk_name or "cli"


def _scan_message(ctx: Context, outcome: ScanOutcome, zone: ZoneInfo) -> str:
    values = {
        "name": outcome.name,
        "ticket": outcome.ticket,
        "host": outcome.host,
        "time": _clock(outcome.at, zone),
    }
    result = outcome.result
    if result is ScanResult.CHECKED_IN:
        source = (
            QT_TRANSLATE_NOOP("Cli", "Checked in: {name}, ticket {ticket}, visiting {host}.")
            if outcome.host
            else QT_TRANSLATE_NOOP("Cli", "Checked in: {name}, ticket {ticket}.")
        )
    elif result is ScanResult.LEFT:
        source = QT_TRANSLATE_NOOP("Cli", "Signed out: {name}, ticket {ticket}, at {time}.")
    elif result is ScanResult.ALREADY_CHECKED_IN:
        source = QT_TRANSLATE_NOOP(
            "Cli", "{name} (ticket {ticket}) already checked in at {time}; nothing changed."
        )
    elif result is ScanResult.ALREADY_LEFT:
        source = QT_TRANSLATE_NOOP(
            "Cli", "{name} (ticket {ticket}) already left at {time}; nothing changed."
        )
    elif result is ScanResult.NOT_ARRIVED:
        source = QT_TRANSLATE_NOOP(
            "Cli", "{name} (ticket {ticket}) has not checked in yet; nobody was signed out."
        )
    elif result is ScanResult.EXPIRED:
        if outcome.ticket:
            source = QT_TRANSLATE_NOOP(
                "Cli", "The slip of ticket {ticket} ({name}) has expired: it was valid on its day."
            )
        else:
            source = QT_TRANSLATE_NOOP("Cli", "The slip has expired.")
    elif result is ScanResult.NOT_TODAY:
        at = outcome.appointment_at
        values["time"] = "" if at is None else at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        source = QT_TRANSLATE_NOOP(
            "Cli", "The slip of ticket {ticket} ({name}) is for another day: {time}."
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "Cli", "Not a slip of this office: unknown, altered or forged. Nothing was changed."
        )
    return ctx.translate("Cli", source).format(**values)


def run_scan(ctx: Context) -> int:
    actor = ctx.acting()
    desk = _desk_name()
    with ctx.database().unit() as session:
        outcome = service.scan(
            session, actor, ctx.args.payload, utcnow(), desk=desk, departure=ctx.args.leave
        )
        zone = load_settings(session).zone
    code = SCAN_EXIT[outcome.result]
    if ctx.wants_json:
        ctx.emit_json(
            {
                "result": outcome.result.value,
                "visit_id": outcome.visit_id,
                "ticket": outcome.ticket or None,
                "name": outcome.name or None,
                "host": outcome.host or None,
                "at": _stamp(outcome.at, zone),
            }
        )
        return code
    print(_scan_message(ctx, outcome, zone), file=ctx.out if code == 0 else ctx.err)
    return code


# -- queue -----------------------------------------------------------------------------------


def _ticket_json(ticket: QueuedTicket | None, counter: int, zone: ZoneInfo) -> dict[str, Any]:
    if ticket is None:
        return {"ticket": None, "counter": counter}
    return {
        "ticket": ticket.ticket,
        "counter": counter,
        "state": ticket.state,
        "series": ticket.series,
        "visit_id": ticket.visit_id,
        "name": ticket.name,
        "purpose": ticket.purpose,
        "priority": ticket.priority,
        "party_size": ticket.party_size,
        "recalls": ticket.recalls,
        "called_at": _stamp(ticket.called_at, zone),
    }


def _counter_action(ctx: Context, act: Any, source: str) -> int:
    actor = ctx.acting()
    counter = ctx.args.counter
    with ctx.database().unit() as session:
        ticket: QueuedTicket | None = act(session, actor, counter, utcnow())
        zone = load_settings(session).zone
    if ctx.wants_json:
        ctx.emit_json(_ticket_json(ticket, counter, zone))
    elif ticket is None:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "Nobody is waiting for counter {counter}."), counter=counter
        )
    else:
        ctx.say(
            source,
            ticket=ticket.ticket,
            counter=counter,
            name=ticket.name,
            purpose=ticket.purpose,
            recalls=ticket.recalls,
        )
    return 0


def run_call(ctx: Context) -> int:
    label = ctx.args.ticket
    if label is not None:

        def act(session: Any, actor: Any, counter: int, now: datetime) -> QueuedTicket:
            return service.call_ticket(session, actor, counter, label, now)

        return _counter_action(
            ctx, act, QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} to counter {counter}: {name}.")
        )
    return _counter_action(
        ctx,
        service.call_next,
        QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} to counter {counter}: {name}."),
    )


def run_recall(ctx: Context) -> int:
    return _counter_action(
        ctx,
        service.recall,
        QT_TRANSLATE_NOOP(
            "Cli", "Ticket {ticket} called again to counter {counter} (recall {recalls})."
        ),
    )


def run_served(ctx: Context) -> int:
    return _counter_action(
        ctx,
        service.serve,
        QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} served at counter {counter}."),
    )


def run_no_show(ctx: Context) -> int:
    return _counter_action(
        ctx,
        service.no_show,
        QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} did not come: marked as a no-show."),
    )


def run_hold(ctx: Context) -> int:
    return _counter_action(
        ctx,
        service.hold,
        QT_TRANSLATE_NOOP("Cli", "Ticket {ticket} set aside at counter {counter}."),
    )


def _status_json(status: QueueStatus, zone: ZoneInfo) -> dict[str, Any]:
    def call(c: Any) -> dict[str, Any]:
        return {
            "counter": c.counter,
            "counter_name": c.counter_name,
            "ticket": c.ticket,
            "called_at": _stamp(c.called_at, zone),
            "recalls": c.recalls,
        }

    return {
        "day": status.day,
        "series": [
            {
                "series": s.series,
                "service": s.service,
                "waiting": s.waiting,
                "longest_wait_minutes": s.longest_wait_minutes,
                "average_service_minutes": s.average_service_minutes,
                "estimated_wait_minutes": s.estimated_wait_minutes,
            }
            for s in status.series
        ],
        "current": [call(c) for c in status.current],
        "recent": [call(c) for c in status.recent],
    }


def run_status(ctx: Context) -> int:
    """The board's picture, ticket numbers only: no sign-in needed, like the board."""
    with ctx.database().read() as session:
        status = service.queue_status(session, utcnow())
        zone = load_settings(session).zone
    if ctx.wants_json:
        ctx.emit_json(_status_json(status, zone))
        return 0
    ctx.say(QT_TRANSLATE_NOOP("Cli", "The queue on {day}:"), day=status.day)
    for s in status.series:
        ctx.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{series} {service}: {waiting} waiting, longest wait {longest} min, "
                "estimated wait {estimate} min ({average} min per visitor).",
            ),
            series=s.series,
            service=s.service,
            waiting=s.waiting,
            longest=s.longest_wait_minutes,
            estimate=s.estimated_wait_minutes,
            average=s.average_service_minutes,
        )
    if not status.current:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "No counter is calling a ticket now."))
    for c in status.current:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "{counter}: ticket {ticket}, called at {time}."),
            counter=c.counter_name,
            ticket=c.ticket,
            time=_clock(c.called_at, zone),
        )
    return 0


# -- onsite and board ------------------------------------------------------------------------


def _visitor_json(v: OnSiteVisitor, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "visit_id": v.visit_id,
        "name": v.name,
        "ticket": v.ticket or None,
        "party_size": v.party_size,
        "host": v.host,
        "purpose": v.purpose,
        "arrived_at": _stamp(v.arrived_at, zone),
        "checked_in_at": _stamp(v.checked_in_at, zone),
    }


def run_onsite(ctx: Context) -> int:
    pdf = None if ctx.args.pdf is None else output_file(ctx.args.pdf)
    actor = ctx.acting()
    now = utcnow()
    with ctx.database().read() as session:
        visitors = service.on_site(session, actor, now)
        office = load_settings(session)
    zone = office.zone
    if pdf is not None:
        from reception.printing.gui import ensure_gui_application
        from reception.printing.onsite_roll import write_onsite_roll_pdf

        ensure_gui_application()
        write_onsite_roll_pdf(
            pdf, office.office_name, visitors, now, office.time_zone, translate=ctx.tr
        )
    if ctx.wants_json:
        ctx.emit_json([_visitor_json(v, zone) for v in visitors])
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{count} visits on site, {people} people."),
        count=len(visitors),
        people=sum(v.party_size for v in visitors),
    )
    for v in visitors:
        print(
            f"{v.ticket or '-':<5} {_clock(v.arrived_at, zone):<5} {v.party_size:>2}  "
            f"{v.name}  {v.host}",
            file=ctx.out,
        )
    if pdf is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Roll call written to {path}."), path=str(pdf))
    return 0


def run_board(ctx: Context) -> int:
    """The board shows ticket numbers only, so it opens without an operator signing in."""
    from reception.ui.board.run import run_board as show_board  # Qt loads only here

    db = ctx.database()
    return show_board(
        db,
        ctx.tr.language,
        screen_index=ctx.args.screen,
        windowed=ctx.args.windowed,
        muted=ctx.args.muted,
    )

"""The guesthouse from the command line, through the desk's own lodging services:

    reception room add --number 301 --type standard --beds 2 [...]   add a room
    reception room list [--building B] [--floor F] [--type T]        the rooms
    reception delegation add --name N --letter REF --arrive D --depart D [...]
    reception guest add --delegation ID --name N --gender 男 --rank 正处级 [...]
    reception stay add --room 301 --guest NAME --from D --to D [--reason TEXT]
    reception stay checkin|checkout|cancel STAY_ID
    reception rooms free --from D --to D [--type T] [--building B]
    reception lodging import FILE.xlsx --delegation ID                a guest list

Exit codes as everywhere: 2 bad arguments or input (a bad date, no inviting letter, a room
above the guest's standard without --reason, a refused guest list), 4 a conflict (the room
is taken: the message names the stay in the way), 5 not permitted, 6 not found.
"""

from __future__ import annotations

import re
from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.commands.context import CONTEXT, Context, HelpText
from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging import stays
from reception.core.lodging.models import Guest, RoomType
from reception.core.lodging.rooms import (
    RoomFilter,
    RoomForm,
    add_room,
    authorize_reading,
    find_room,
    free_rooms,
    list_rooms,
)
from reception.core.lodging.views import FreeRoom, RoomView, StayView
from reception.core.people import normalise_name
from reception.core.ranks import Rank
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ROOM_TYPES = [t.value for t in RoomType]


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    json_help = tr("print the result as JSON")

    # -- room ------------------------------------------------------------------------------
    room = commands.add_parser("room", help=tr("The guesthouse's rooms."))
    room_actions = room.add_subparsers(dest="room_action", required=True, metavar="ACTION")
    add = room_actions.add_parser("add", help=tr("Add a room to the guesthouse."))
    add.add_argument("--number", required=True, metavar="301", help=tr("the room's number"))
    add.add_argument(
        "--type",
        dest="room_type",
        required=True,
        choices=ROOM_TYPES,
        help=tr("the room type"),
    )
    add.add_argument("--beds", type=int, required=True, metavar="N", help=tr("beds, 1 to 6"))
    add.add_argument(
        "--floor", type=int, metavar="F", help=tr("the floor (default: read from the number)")
    )
    add.add_argument("--building", default="1", metavar="B", help=tr("the building (default 1)"))
    add.add_argument(
        "--rate", type=int, default=0, metavar="YUAN", help=tr("the rate per night, in yuan")
    )
    add.add_argument("--accessible", action="store_true", help=tr("accessible (无障碍)"))
    add.add_argument("--quiet", action="store_true", help=tr("on the quiet side"))
    add.add_argument("--near-lift", action="store_true", help=tr("near the lift"))
    add.add_argument("--json", action="store_true", help=json_help)
    add.set_defaults(handler=run_room_add)

    listing = room_actions.add_parser("list", help=tr("List the rooms in use."))
    listing.add_argument("--building", metavar="B", help=tr("only this building"))
    listing.add_argument("--floor", type=int, metavar="F", help=tr("only this floor"))
    listing.add_argument(
        "--type", dest="room_type", choices=ROOM_TYPES, help=tr("only this room type")
    )
    listing.add_argument("--json", action="store_true", help=json_help)
    listing.set_defaults(handler=run_room_list)

    rooms = commands.add_parser("rooms", help=tr("Which rooms are free."))
    rooms_actions = rooms.add_subparsers(dest="rooms_action", required=True, metavar="ACTION")
    free = rooms_actions.add_parser(
        "free", help=tr("Rooms with a bed free for every night from --from to --to.")
    )
    free.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help=tr("the first night")
    )
    free.add_argument(
        "--to",
        dest="end",
        required=True,
        metavar="YYYY-MM-DD",
        help=tr("the day of departure (its night is not needed)"),
    )
    free.add_argument(
        "--type", dest="room_type", choices=ROOM_TYPES, help=tr("only this room type")
    )
    free.add_argument("--building", metavar="B", help=tr("only this building"))
    free.add_argument("--json", action="store_true", help=json_help)
    free.set_defaults(handler=run_rooms_free)

    # -- delegation and guest --------------------------------------------------------------
    delegation = commands.add_parser("delegation", help=tr("Delegations received (接待对象)."))
    delegation_actions = delegation.add_subparsers(
        dest="delegation_action", required=True, metavar="ACTION"
    )
    new = delegation_actions.add_parser(
        "add", help=tr("Record a delegation, with its inviting letter's reference.")
    )
    new.add_argument("--name", required=True, metavar="NAME", help=tr("the delegation's name"))
    new.add_argument(
        "--letter",
        default="",
        metavar="REF",
        help=tr("the reference of the inviting letter (公函), required"),
    )
    new.add_argument("--arrive", required=True, metavar="YYYY-MM-DD", help=tr("the day of arrival"))
    new.add_argument(
        "--depart", required=True, metavar="YYYY-MM-DD", help=tr("the day of departure")
    )
    new.add_argument(
        "--unit", default="", metavar="UNIT", help=tr("the visiting unit (default: the name)")
    )
    new.add_argument("--purpose", default="", metavar="TEXT", help=tr("the purpose of the visit"))
    new.add_argument("--liaison", default="", metavar="NAME", help=tr("the liaison's name"))
    new.add_argument(
        "--liaison-phone", default="", metavar="PHONE", help=tr("the liaison's phone number")
    )
    new.add_argument("--json", action="store_true", help=json_help)
    new.set_defaults(handler=run_delegation_add)

    guest = commands.add_parser("guest", help=tr("Guests of the guesthouse."))
    guest_actions = guest.add_subparsers(dest="guest_action", required=True, metavar="ACTION")
    member = guest_actions.add_parser("add", help=tr("Add a guest to a delegation."))
    member.add_argument(
        "--delegation", type=int, required=True, metavar="ID", help=tr("the delegation's number")
    )
    member.add_argument("--name", required=True, metavar="NAME", help=tr("the guest's name"))
    member.add_argument(
        "--gender", required=True, metavar="male|female|男|女", help=tr("the guest's gender")
    )
    member.add_argument(
        "--rank", required=True, metavar="RANK", help=tr("the rank level, such as 正处级")
    )
    member.add_argument("--post", default="", metavar="POST", help=tr("the guest's post"))
    member.add_argument("--head", action="store_true", help=tr("the head of the delegation"))
    member.add_argument("--json", action="store_true", help=json_help)
    member.set_defaults(handler=run_guest_add)

    # -- stay --------------------------------------------------------------------------------
    stay = commands.add_parser(
        "stay", help=tr("Stays: book a guest into a room, check in and out.")
    )
    stay_actions = stay.add_subparsers(dest="stay_action", required=True, metavar="ACTION")
    book = stay_actions.add_parser("add", help=tr("Book a guest into a room."))
    book.add_argument("--room", required=True, metavar="301", help=tr("the room's number"))
    book.add_argument(
        "--building", metavar="B", help=tr("the building, when several have the room number")
    )
    book.add_argument("--guest", required=True, metavar="NAME", help=tr("the guest's name"))
    book.add_argument(
        "--delegation",
        type=int,
        metavar="ID",
        help=tr("the guest's delegation, when several guests have the name"),
    )
    book.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help=tr("the first night")
    )
    book.add_argument(
        "--to", dest="end", required=True, metavar="YYYY-MM-DD", help=tr("the day of departure")
    )
    book.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=tr("why a room above the guest's reception standard is given"),
    )
    book.add_argument("--json", action="store_true", help=json_help)
    book.set_defaults(handler=run_stay_add)
    for name, handler, text in (
        ("checkin", run_check_in, tr("The guest has arrived: check the stay in.")),
        ("checkout", run_check_out, tr("The guest leaves: check the stay out.")),
        ("cancel", run_cancel, tr("Cancel a booked stay.")),
    ):
        sub = stay_actions.add_parser(name, help=text)
        sub.add_argument("stay_id", type=int, metavar="STAY_ID", help=tr("the stay's number"))
        sub.add_argument("--json", action="store_true", help=json_help)
        sub.set_defaults(handler=handler)

    # -- lodging import ----------------------------------------------------------------------
    lodging = commands.add_parser("lodging", help=tr("Guest lists of delegations."))
    lodging_actions = lodging.add_subparsers(dest="lodging_action", required=True, metavar="ACTION")
    imports = lodging_actions.add_parser(
        "import", help=tr("Import a delegation's guest list from an Excel workbook.")
    )
    imports.add_argument("file", type=Path, metavar="FILE.xlsx", help=tr("the guest list"))
    imports.add_argument(
        "--delegation", type=int, required=True, metavar="ID", help=tr("the delegation's number")
    )
    imports.add_argument("--json", action="store_true", help=json_help)
    imports.set_defaults(handler=run_import)


# -- helpers -------------------------------------------------------------------------------


def parse_day(text: str, option: str) -> date:
    """A day written YYYY-MM-DD, or a refusal naming what was typed."""
    cleaned = text.strip()
    if DATE.fullmatch(cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            pass
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{option} {text} is not a date such as 2026-12-01."),
        option=option,
        text=text or "''",
    )


def _stamp(moment: datetime | None, zone: ZoneInfo) -> str | None:
    """An instant for JSON: ISO 8601 in the office's time zone."""
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def _room_json(room: RoomView) -> dict[str, Any]:
    data = asdict(room)
    for key in ("out_of_order_from", "out_of_order_to"):
        value = data[key]
        data[key] = None if value is None else value.isoformat()
    return data


def _stay_json(view: StayView, zone: ZoneInfo) -> dict[str, Any]:
    data = asdict(view)
    data["arrive"], data["depart"] = view.arrive.isoformat(), view.depart.isoformat()
    data["checked_in_at"] = _stamp(view.checked_in_at, zone)
    data["checked_out_at"] = _stamp(view.checked_out_at, zone)
    data["nights"] = view.nights
    return data


def _words(ctx: Context, source: str, **values: Any) -> str:
    """A marked phrase of context "Cli" in the chosen language, its fields filled."""
    return ctx.translate(CONTEXT, source).format(**values)


def _type_label(ctx: Context, room_type: str) -> str:
    try:
        label = RoomType(room_type).label
    except ValueError:
        return room_type
    return ctx.translate("Rooms", label)


def _rank_label(ctx: Context, rank: str) -> str:
    try:
        label = Rank(rank).label
    except ValueError:
        return rank
    return ctx.translate("Ranks", label)


def _room_line(ctx: Context, room: RoomView, free_beds: int | None = None) -> str:
    marks = []
    if room.accessible:
        marks.append(_words(ctx, QT_TRANSLATE_NOOP("Cli", "accessible")))
    if room.quiet_side:
        marks.append(_words(ctx, QT_TRANSLATE_NOOP("Cli", "quiet side")))
    if room.near_lift:
        marks.append(_words(ctx, QT_TRANSLATE_NOOP("Cli", "near the lift")))
    if room.out_of_order_reason:
        marks.append(
            _words(
                ctx,
                QT_TRANSLATE_NOOP("Cli", "out of order: {reason}"),
                reason=room.out_of_order_reason,
            )
        )
    beds = (
        _words(ctx, QT_TRANSLATE_NOOP("Cli", "beds: {beds}"), beds=room.beds)
        if free_beds is None
        else _words(
            ctx,
            QT_TRANSLATE_NOOP("Cli", "beds free: {free} of {beds}"),
            free=free_beds,
            beds=room.beds,
        )
    )
    rate = _words(ctx, QT_TRANSLATE_NOOP("Cli", "{rate} yuan"), rate=room.rate_yuan)
    where = f"{room.building}-{room.number}"
    return f"{where:<10} {room.floor:>3}F  {_type_label(ctx, room.room_type)}  {beds}  {rate}" + (
        "  " + ", ".join(marks) if marks else ""
    )


def _zone(session: Session) -> ZoneInfo:
    return load_settings(session).zone


# -- room ----------------------------------------------------------------------------------


def run_room_add(ctx: Context) -> int:
    args = ctx.args
    form = RoomForm(
        number=args.number,
        room_type=args.room_type,
        beds=args.beds,
        floor=args.floor,
        building=args.building,
        accessible=args.accessible,
        quiet_side=args.quiet,
        near_lift=args.near_lift,
        rate_yuan=args.rate,
    )
    actor = ctx.acting()
    with ctx.database().unit() as session:
        view = add_room(session, actor, form)
    if ctx.wants_json:
        ctx.emit_json(_room_json(view))
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Room {number} added: building {building}, floor {floor}."),
        number=view.number,
        building=view.building,
        floor=view.floor,
    )
    print(_room_line(ctx, view), file=ctx.out)
    return 0


def run_room_list(ctx: Context) -> int:
    args = ctx.args
    actor = ctx.acting()
    with ctx.database().read() as session:
        views = list_rooms(session, actor, RoomFilter(args.building, args.floor, args.room_type))
    if ctx.wants_json:
        ctx.emit_json([_room_json(v) for v in views])
        return 0
    ctx.say(QT_TRANSLATE_NOOP("Cli", "{count} rooms."), count=len(views))
    for view in views:
        print(_room_line(ctx, view), file=ctx.out)
    return 0


def run_rooms_free(ctx: Context) -> int:
    args = ctx.args
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    actor = ctx.acting()
    with ctx.database().read() as session:
        found: list[FreeRoom] = free_rooms(
            session, actor, start, end, RoomFilter(args.building, None, args.room_type)
        )
    if ctx.wants_json:
        ctx.emit_json([{**_room_json(f.room), "free_beds": f.free_beds} for f in found])
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{count} rooms free from {start} to {end}."),
        count=len(found),
        start=start.isoformat(),
        end=end.isoformat(),
    )
    for free in found:
        print(_room_line(ctx, free.room, free.free_beds), file=ctx.out)
    return 0


# -- delegation and guest --------------------------------------------------------------------


def run_delegation_add(ctx: Context) -> int:
    from reception.core.lodging.delegations import NO_LETTER, DelegationForm, add_delegation

    args = ctx.args
    if not args.letter.strip():
        raise InvalidInput(NO_LETTER)
    arrive, depart = parse_day(args.arrive, "--arrive"), parse_day(args.depart, "--depart")
    form = DelegationForm(
        name=args.name,
        unit=args.unit or args.name,
        purpose=args.purpose,
        letter_ref=args.letter,
        liaison_name=args.liaison,
        liaison_phone=args.liaison_phone,
        arrive=arrive,
        depart=depart,
    )
    actor = ctx.acting()
    with ctx.database().unit() as session:
        view = add_delegation(session, actor, form)
    if ctx.wants_json:
        data = asdict(view)
        data["arrive"], data["depart"] = view.arrive.isoformat(), view.depart.isoformat()
        ctx.emit_json(data)
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli", "Delegation {id} recorded: {name}, {arrive} to {depart}, letter {letter}."
        ),
        id=view.id,
        name=view.name,
        arrive=view.arrive.isoformat(),
        depart=view.depart.isoformat(),
        letter=view.letter_ref,
    )
    return 0


def run_guest_add(ctx: Context) -> int:
    from reception.core.lodging.guest_form import GuestForm
    from reception.core.lodging.guests import add_guest

    args = ctx.args
    form = GuestForm(
        name=args.name, gender=args.gender, post=args.post, rank=args.rank, is_head=args.head
    )
    actor = ctx.acting()
    with ctx.database().unit() as session:
        view = add_guest(session, actor, args.delegation, form)
    if ctx.wants_json:
        ctx.emit_json(asdict(view))
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "Guest {id} added to delegation {delegation}: {name}, {rank}."),
        id=view.id,
        delegation=view.delegation_id,
        name=view.name,
        rank=_rank_label(ctx, view.rank),
    )
    return 0


# -- stay ----------------------------------------------------------------------------------


def find_guest(session: Session, actor: Actor, name: str, delegation_id: int | None) -> int:
    """The one guest of that name (in the delegation, when given)."""
    authorize_reading(session, actor)
    wanted = normalise_name(name)
    query = select(Guest.id).where(Guest.name == wanted)
    if delegation_id is not None:
        query = query.where(Guest.delegation_id == delegation_id)
    found = session.scalars(query.order_by(Guest.id).limit(2)).all()
    if not found:
        if delegation_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no guest named {name}."), name=wanted
            )
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "Delegation {delegation} has no guest named {name}."),
            name=wanted,
            delegation=delegation_id,
        )
    if len(found) > 1:
        if delegation_id is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Several guests are named {name}: say which with --delegation ID.",
                ),
                name=wanted,
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Delegation {delegation} has several guests named {name}: book them at the desk.",
            ),
            name=wanted,
            delegation=delegation_id,
        )
    return int(found[0])


def _say_stay(ctx: Context, source: str, view: StayView) -> None:
    ctx.say(
        source,
        stay=view.id,
        guest=view.guest_name,
        room=view.room_number,
        building=view.building,
        bed=view.bed,
        arrive=view.arrive.isoformat(),
        depart=view.depart.isoformat(),
        nights=view.nights,
    )


def run_stay_add(ctx: Context) -> int:
    args = ctx.args
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    actor = ctx.acting()
    with ctx.database().unit() as session:
        room = find_room(session, args.room, args.building)
        guest_id = find_guest(session, actor, args.guest, args.delegation)
        view = stays.book(session, actor, stays.Booking(room.id, guest_id, start, end, args.reason))
        zone = _zone(session)
    if ctx.wants_json:
        ctx.emit_json(_stay_json(view, zone))
        return 0
    _say_stay(
        ctx,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Stay {stay} booked: {guest} in room {room} (building {building}, bed {bed}) "
            "from {arrive} to {depart}, {nights} nights.",
        ),
        view,
    )
    if view.exception_reason:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "Above the reception standard, because: {reason}"),
            reason=view.exception_reason,
        )
    return 0


def _needs_line(ctx: Context, view: StayView) -> str:
    needs = view.needs
    parts = []
    if needs.halal:
        parts.append(_words(ctx, QT_TRANSLATE_NOOP("Cli", "halal meals")))
    if needs.vegetarian:
        parts.append(_words(ctx, QT_TRANSLATE_NOOP("Cli", "vegetarian meals")))
    if needs.allergies:
        parts.append(
            _words(ctx, QT_TRANSLATE_NOOP("Cli", "allergies: {what}"), what=needs.allergies)
        )
    if needs.needs_accessible or needs.mobility:
        parts.append(
            needs.mobility or _words(ctx, QT_TRANSLATE_NOOP("Cli", "needs an accessible room"))
        )
    return "; ".join(parts)


def _stay_action(ctx: Context, act: Any, source: str) -> int:
    actor = ctx.acting()
    with ctx.database().unit() as session:
        view: StayView = act(session, actor, ctx.args.stay_id)
        zone = _zone(session)
    if ctx.wants_json:
        ctx.emit_json(_stay_json(view, zone))
        return 0
    _say_stay(ctx, source, view)
    if view.needs.any and view.state in ("booked", "in_house"):
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Mind: {needs}."), needs=_needs_line(ctx, view))
    return 0


def run_check_in(ctx: Context) -> int:
    return _stay_action(
        ctx,
        stays.check_in,
        QT_TRANSLATE_NOOP("Cli", "Stay {stay}: {guest} checked in to room {room}, until {depart}."),
    )


def run_check_out(ctx: Context) -> int:
    return _stay_action(
        ctx,
        stays.check_out,
        QT_TRANSLATE_NOOP(
            "Cli", "Stay {stay}: {guest} checked out of room {room}; the room is to be cleaned."
        ),
    )


def run_cancel(ctx: Context) -> int:
    return _stay_action(
        ctx,
        stays.cancel_stay,
        QT_TRANSLATE_NOOP(
            "Cli", "Stay {stay} cancelled: room {room} is free from {arrive} to {depart}."
        ),
    )


# -- lodging import --------------------------------------------------------------------------


def _finding_json(ctx: Context, finding: Any) -> dict[str, Any]:
    return {"row": finding.row, "column": finding.column, "reason": finding.reason(ctx.tr)}


def _finding_line(ctx: Context, finding: Any) -> str:
    return ctx.translate(
        CONTEXT, QT_TRANSLATE_NOOP("Cli", "Row {row}, column {column}: {reason}")
    ).format(row=finding.row, column=finding.column, reason=finding.reason(ctx.tr))


def run_import(ctx: Context) -> int:
    from reception.commands.context import fail
    from reception.core.lodging.guest_import import GuestListRefused, import_guest_list

    args = ctx.args
    path = args.file.expanduser()
    actor = ctx.acting()
    try:
        with ctx.database().unit() as session:
            result = import_guest_list(session, actor, args.delegation, path)
    except GuestListRefused as refused:
        if ctx.wants_json:
            ctx.emit_json(
                {
                    "delegation_id": args.delegation,
                    "imported": 0,
                    "error": refused.render(ctx.tr),
                    "problems": [_finding_json(ctx, p) for p in refused.problems],
                }
            )
            return refused.exit_code
        code = fail(ctx, refused)
        for problem in refused.problems:
            print(_finding_line(ctx, problem), file=ctx.err)
        return code
    if ctx.wants_json:
        ctx.emit_json(
            {
                "delegation_id": args.delegation,
                "imported": len(result.guests),
                "guests": [asdict(g) for g in result.guests],
                "notes": [_finding_json(ctx, n) for n in result.notes],
            }
        )
        return 0
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "{count} guests imported into delegation {delegation}."),
        count=len(result.guests),
        delegation=args.delegation,
    )
    for note in result.notes:
        print(_finding_line(ctx, note), file=ctx.out)
    return 0

"""Stays: booking a guest into a bed of a room, check-in, check-out, early departure, room
moves and extensions. A stay holds its bed for the nights [arrive, depart): the check-out
day is free for the next guest.

Each service first plans the change (which bed, what it would collide with, whether the
room is above the guest's standard) and says so in the office's words; the database's own
constraints are the last word when two desks book the same bed at the same moment
(migration 0003). On PostgreSQL the target room's row is locked first, so two desks booking
one room take turns; SQLite writers already take turns (BEGIN IMMEDIATE)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, DeskError, InvalidInput, NotFound
from reception.core.lodging.models import (
    Delegation,
    Guest,
    Housekeeping,
    Room,
    RoomType,
    Stay,
    StayState,
)
from reception.core.lodging.rooms import (
    authorize_reading,
    check_dates,
    mark_housekeeping,
    office_today,
    room_row,
)
from reception.core.lodging.standards import MAX_STAY_NIGHTS, load_lodging_settings
from reception.core.lodging.views import StayView, room_view, stay_view
from reception.core.ranks import Rank
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import utcnow

MAX_REASON = 500
_StayRows = Select[Stay, Room, Guest, str]  # the delegation's name is None for a lone guest


class ReasonRequired(InvalidInput):
    """The room is above the guest's reception standard: the exception needs a reason."""


@dataclass(frozen=True)
class Booking:
    room_id: int
    guest_id: int
    arrive: date
    depart: date
    reason: str = ""  # why a room above the guest's standard is given


@dataclass(frozen=True)
class BookingCheck:
    """A dry run of putting a guest in a room: the bed it would take, or what refuses it."""

    bed: int | None
    conflicts: list[StayView] = field(default_factory=list)
    error: DeskError | None = None
    needs_reason: bool = False
    # Beds of other stays in the room to renumber first, when every night has a bed free
    # but no one bed is free for all of them (stay id → bed).
    rebeds: dict[int, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


# -- reading ------------------------------------------------------------------------------


def _joined() -> _StayRows:
    return (
        select(Stay, Room, Guest, Delegation.name)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .outerjoin(Delegation, Delegation.id == Guest.delegation_id)
    )


def _views(session: Session, query: _StayRows) -> list[StayView]:
    return [
        stay_view(stay, room, guest, delegation or "")
        for stay, room, guest, delegation in session.execute(query)
    ]


def _view(session: Session, stay_id: int) -> StayView:
    found = _views(session, _joined().where(Stay.id == stay_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no stay {stay}."), stay=stay_id)
    return found[0]


def _live_overlapping(start: date, end: date) -> _StayRows:
    """Live stays with a night in [start, end); bounded on `depart` for the index."""
    return _joined().where(
        Stay.depart > start,
        Stay.depart <= end + timedelta(days=MAX_STAY_NIGHTS),
        Stay.arrive < end,
        Stay.state != StayState.CANCELLED.value,
    )


def stays_between(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    room_ids: Iterable[int] | None = None,
) -> list[StayView]:
    authorize_reading(session, actor)
    query = _live_overlapping(start, end)
    if room_ids is not None:
        query = query.where(Stay.room_id.in_(list(room_ids)))
    return _views(session, query.order_by(Room.building, Room.number, Stay.bed, Stay.arrive))


def guest_stays(session: Session, actor: Actor, guest_id: int) -> list[StayView]:
    authorize_reading(session, actor)
    return _views(session, _joined().where(Stay.guest_id == guest_id).order_by(Stay.arrive))


def stay(session: Session, actor: Actor, stay_id: int) -> StayView:
    authorize_reading(session, actor)
    return _view(session, stay_id)


# -- planning -----------------------------------------------------------------------------


def _taken(other: StayView) -> DeskError:
    who = other.guest_name + (f"（{other.delegation_name}）" if other.delegation_name else "")
    return Conflict(
        QT_TRANSLATE_NOOP(
            "Errors", "Room {room} is taken from {arrive} to {depart} by {guest} (stay {stay})."
        ),
        room=other.room_number,
        arrive=other.arrive.isoformat(),
        depart=other.depart.isoformat(),
        guest=who,
        stay=other.id,
    )


def _plan(
    session: Session,
    room: Room,
    guest: Guest,
    arrive: date,
    depart: date,
    exclude: Iterable[int] = (),
    prefer_bed: int | None = None,
) -> BookingCheck:
    """Where the guest would sleep in `room` for [arrive, depart), or why not."""
    try:
        check_dates(arrive, depart)
    except DeskError as error:
        return BookingCheck(None, error=error)
    skip = set(exclude)
    if not room.active:
        return BookingCheck(
            None,
            error=Conflict(
                QT_TRANSLATE_NOOP("Errors", "Room {room} is no longer in use."), room=room.number
            ),
        )
    if room_view(room).out_of_order_between(arrive, depart):
        return BookingCheck(
            None,
            error=Conflict(
                QT_TRANSLATE_NOOP("Errors", "Room {room} is out of order from {start}: {reason}"),
                room=room.number,
                start=(room.out_of_order_from or arrive).isoformat(),
                reason=room.out_of_order_reason or "",
            ),
        )
    elsewhere = [
        s
        for s in _views(session, _live_overlapping(arrive, depart).where(Stay.guest_id == guest.id))
        if s.id not in skip
    ]
    if elsewhere:
        other = elsewhere[0]
        return BookingCheck(
            None,
            elsewhere,
            Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "{guest} already has room {room} from {arrive} to {depart}."
                ),
                guest=guest.name,
                room=other.room_number,
                arrive=other.arrive.isoformat(),
                depart=other.depart.isoformat(),
            ),
        )
    sharing = [
        s
        for s in _views(session, _live_overlapping(arrive, depart).where(Stay.room_id == room.id))
        if s.id not in skip
    ]
    needs_reason = not load_lodging_settings(session).eligible(guest.rank, room.room_type)
    held = {s.bed for s in sharing}
    beds = [b for b in range(1, room.beds + 1) if b not in held]
    rebeds: dict[int, int] = {}
    if beds:
        bed = prefer_bed if prefer_bed in beds else beds[0]
    else:
        packed = _repack(session, room, arrive, depart, skip)
        if packed is None:
            first = min(sharing, key=lambda s: s.arrive)
            return BookingCheck(None, sharing, _taken(first), needs_reason)
        bed, rebeds = packed
    # Only a room with a bed to spare can be shared, and then only by one gender.
    other_gender = next((s for s in sharing if s.gender != guest.gender), None)
    if other_gender is not None:
        return BookingCheck(
            None,
            [other_gender],
            Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Room {room} is shared from {arrive} with {guest}: "
                    "only guests of the same gender share a room.",
                ),
                room=room.number,
                arrive=max(arrive, other_gender.arrive).isoformat(),
                guest=other_gender.guest_name,
            ),
            needs_reason,
        )
    return BookingCheck(bed, sharing, None, needs_reason, rebeds)


def _repack(
    session: Session, room: Room, arrive: date, depart: date, skip: set[int]
) -> tuple[int, dict[int, int]] | None:
    """Renumber the beds of the room's stays so that [arrive, depart) fits, when the room
    has a bed free on each of its nights. Beds are places in a shared room, not furniture
    anyone remembers, so any stay may take another number. Colouring the stays greedily by
    arrival needs no more beds than the most guests on one night, whichever free bed each
    takes; each keeps its own when it can, so few change. Returns the new stay's bed and
    the changed beds, or None when it does not fit."""
    rows = session.scalars(
        select(Stay).where(Stay.room_id == room.id, Stay.state != StayState.CANCELLED.value)
    ).all()
    movable = [s for s in rows if s.id not in skip]
    items: list[tuple[date, date, int | None]] = [(s.arrive, s.depart, s.id) for s in movable]
    items.append((arrive, depart, None))
    items.sort(key=lambda item: (item[0], item[2] is None, -item[1].toordinal()))
    placed: list[tuple[date, date, int]] = []
    current = {s.id: s.bed for s in movable}
    chosen: dict[int | None, int] = {}
    for start, end, stay_id in items:
        used = {bed for a, d, bed in placed if a < end and d > start}
        free = [b for b in range(1, room.beds + 1) if b not in used]
        if not free:
            return None
        keep = current.get(stay_id) if stay_id is not None else None
        bed = keep if keep in free else free[0]
        chosen[stay_id] = bed
        placed.append((start, end, bed))
    changed = {i: b for i, b in chosen.items() if i is not None and b != current[i]}
    return chosen[None], changed


def _guest(session: Session, guest_id: int) -> Guest:
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no guest {guest}."), guest=guest_id)
    return guest


def _stay(session: Session, stay_id: int) -> Stay:
    found = session.get(Stay, stay_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no stay {stay}."), stay=stay_id)
    return found


def check_booking(
    session: Session,
    actor: Actor,
    room_id: int,
    guest_id: int,
    arrive: date,
    depart: date,
    exclude_stay_id: int | None = None,
) -> BookingCheck:
    """What booking would do, written nowhere: the chart shows it while a bar is dragged."""
    authorize_reading(session, actor)
    exclude = () if exclude_stay_id is None else (exclude_stay_id,)
    return _plan(
        session, room_row(session, room_id), _guest(session, guest_id), arrive, depart, exclude
    )


def _reason(
    check: BookingCheck, reason: str, guest: Guest, room: Room, kept: str | None = None
) -> str | None:
    """The recorded reason for a room above the standard; refuses when none is given."""
    if not check.needs_reason:
        return None
    text = " ".join(reason.split()) or (kept or "")
    if not text:
        raise ReasonRequired(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {room} ({type}) is above the reception standard for {guest} ({rank}): "
                "give the reason for the exception.",
            ),
            room=room.number,
            type=RoomType(room.room_type).label,
            guest=guest.name,
            rank=Rank(guest.rank).label,
        )
    if len(text) > MAX_REASON:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The reason may have at most {most} characters."),
            most=MAX_REASON,
        )
    return text


def _write(
    session: Session,
    actor: Actor,
    room: Room,
    guest: Guest,
    check: BookingCheck,
    apply: Callable[[], None],
    parked: Stay | None = None,
) -> None:
    """Renumber other stays' beds when the plan asks for it, then make the change and
    flush it. A bed or guest taken meanwhile by another desk becomes a Conflict.

    While beds are renumbered, the stays concerned (and `parked`, the stay being changed)
    hold nothing for a moment (state 'cancelled', which the constraints ignore), so no
    intermediate state collides; `apply` sets the changed stay's final state."""
    try:
        with session.begin_nested():
            if check.rebeds:
                _rebed(session, actor, check.rebeds, parked)
            apply()
            session.flush()
    except IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another desk has just booked room {room} for {guest}'s nights: look again.",
            ),
            room=room.number,
            guest=guest.name,
        ) from None


def _rebed(session: Session, actor: Actor, rebeds: dict[int, int], parked: Stay | None) -> None:
    rows = [_stay(session, stay_id) for stay_id in rebeds]
    states = {row.id: row.state for row in rows}
    for row in [*rows, *([parked] if parked is not None else [])]:
        row.state = StayState.CANCELLED.value
    session.flush()
    for row in rows:
        before = row.bed
        row.bed, row.state = rebeds[row.id], states[row.id]
        record(session, actor, "stay.bed", "stay", row.id, {"bed": before}, {"bed": row.bed})
    session.flush()


def _snapshot(stay: Stay, room: Room) -> dict[str, object]:
    return {
        "room": room.number,
        "building": room.building,
        "bed": stay.bed,
        "guest": stay.guest_id,
        "arrive": stay.arrive,
        "depart": stay.depart,
        "state": stay.state,
    }


# -- changing -----------------------------------------------------------------------------


def book(session: Session, actor: Actor, booking: Booking) -> StayView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    room = room_row(session, booking.room_id, lock=True)
    guest = _guest(session, booking.guest_id)
    check = _plan(session, room, guest, booking.arrive, booking.depart)
    if check.error is not None:
        raise check.error
    reason = _reason(check, booking.reason, guest, room)
    assert check.bed is not None
    new = Stay(
        room_id=room.id,
        guest_id=guest.id,
        bed=check.bed,
        arrive=booking.arrive,
        depart=booking.depart,
        state=StayState.BOOKED.value,
        exception_reason=reason,
        created_at=utcnow(),
    )
    _write(session, actor, room, guest, check, lambda: session.add(new))
    record(session, actor, "stay.book", "stay", new.id, None, _snapshot(new, room), reason)
    return _view(session, new.id)


def _state(stay: Stay, *allowed: StayState) -> None:
    if stay.state not in {s.value for s in allowed}:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Stay {stay} is {state}: that cannot be done now."),
            stay=stay.id,
            state=Phrase("Stays", StayState(stay.state).label),
        )


def check_in(session: Session, actor: Actor, stay_id: int, today: date | None = None) -> StayView:
    """The guest has arrived: the stay is in house. The view carries the guest's needs, which
    the desk shows at this moment."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.BOOKED)
    day = today or office_today(session)
    if day < found.arrive:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Stay {stay} begins on {arrive}: change its dates to check in today."
            ),
            stay=found.id,
            arrive=found.arrive.isoformat(),
        )
    if day >= found.depart:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Stay {stay} ended on {depart}."),
            stay=found.id,
            depart=found.depart.isoformat(),
        )
    found.state, found.checked_in_at = StayState.IN_HOUSE.value, utcnow()
    record(
        session,
        actor,
        "stay.check_in",
        "stay",
        found.id,
        {"state": "booked"},
        {"state": "in_house"},
    )
    return _view(session, found.id)


def _leave_room(session: Session, actor: Actor, room: Room) -> None:
    mark_housekeeping(session, actor, room, Housekeeping.DIRTY)


def check_out(session: Session, actor: Actor, stay_id: int, today: date | None = None) -> StayView:
    """The guest leaves. Before the booked departure, the remaining nights are freed (the
    night of the arrival day is kept even for a same-day departure). The room is to be
    cleaned."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.IN_HOUSE)
    day = today or office_today(session)
    before = {"state": found.state, "depart": found.depart}
    if day < found.depart:
        found.depart = max(day, found.arrive + timedelta(days=1))
    found.state, found.checked_out_at = StayState.DEPARTED.value, utcnow()
    room = room_row(session, found.room_id)
    record(
        session,
        actor,
        "stay.check_out",
        "stay",
        found.id,
        before,
        {"state": found.state, "depart": found.depart},
    )
    _leave_room(session, actor, room)
    session.flush()
    return _view(session, found.id)


def cancel_stay(session: Session, actor: Actor, stay_id: int) -> StayView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.BOOKED)
    found.state = StayState.CANCELLED.value
    record(
        session, actor, "stay.cancel", "stay", found.id, {"state": "booked"}, {"state": "cancelled"}
    )
    return _view(session, found.id)


def extend(session: Session, actor: Actor, stay_id: int, depart: date) -> StayView:
    """Change the departure: later (an extension) or earlier, keeping the bed when it is
    free for the new nights."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.BOOKED, StayState.IN_HOUSE)
    if found.state == StayState.IN_HOUSE.value and depart <= office_today(session):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The guest is in house: the departure must be after today; check out."
            )
        )
    if depart == found.depart:
        return _view(session, found.id)
    room = room_row(session, found.room_id, lock=True)
    guest = _guest(session, found.guest_id)
    check = _plan(session, room, guest, found.arrive, depart, (found.id,), found.bed)
    if check.error is not None:
        raise check.error
    assert check.bed is not None
    before = _snapshot(found, room)
    bed, state = check.bed, found.state

    def apply() -> None:
        found.depart, found.bed, found.state = depart, bed, state

    _write(session, actor, room, guest, check, apply, parked=found)
    record(session, actor, "stay.extend", "stay", found.id, before, _snapshot(found, room))
    return _view(session, found.id)


def move(
    session: Session,
    actor: Actor,
    stay_id: int,
    room_id: int,
    on: date | None = None,
    reason: str = "",
) -> StayView:
    """Put the guest in another room. A booked stay moves whole; a guest in house moves from
    `on` (today): the stay in the old room ends that day and a new one, linked to it, runs
    to the same departure. Returns the stay the guest now holds."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.BOOKED, StayState.IN_HOUSE)
    if found.room_id == room_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The guest is already in that room."))
    day = on or office_today(session)
    old_room = room_row(session, found.room_id)
    room = room_row(session, room_id, lock=True)
    guest = _guest(session, found.guest_id)
    whole = found.state == StayState.BOOKED.value or day <= found.arrive
    start = found.arrive if whole else day
    if start >= found.depart:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The stay ends on {depart}: there is nothing to move."),
            depart=found.depart.isoformat(),
        )
    check = _plan(session, room, guest, start, found.depart, (found.id,))
    if check.error is not None:
        raise check.error
    text = _reason(check, reason, guest, room)
    assert check.bed is not None
    before = _snapshot(found, old_room)
    bed = check.bed
    if whole:

        def apply() -> None:
            found.room_id, found.bed, found.exception_reason = room.id, bed, text

        _write(session, actor, room, guest, check, apply)
        record(session, actor, "stay.move", "stay", found.id, before, _snapshot(found, room), text)
        if found.state == StayState.IN_HOUSE.value:
            _leave_room(session, actor, old_room)
        return _view(session, found.id)
    now = utcnow()
    depart = found.depart
    found.depart, found.state, found.checked_out_at = day, StayState.DEPARTED.value, now
    session.flush()  # the old stay gives up its nights before the new one takes them
    new = Stay(
        room_id=room.id,
        guest_id=guest.id,
        bed=check.bed,
        arrive=day,
        depart=depart,
        state=StayState.IN_HOUSE.value,
        checked_in_at=now,
        moved_from_id=found.id,
        exception_reason=text,
        created_at=now,
    )
    _write(session, actor, room, guest, check, lambda: session.add(new))
    record(session, actor, "stay.move", "stay", new.id, before, _snapshot(new, room), text)
    _leave_room(session, actor, old_room)
    return _view(session, new.id)


def reschedule(
    session: Session,
    actor: Actor,
    stay_id: int,
    room_id: int,
    arrive: date,
    depart: date,
    reason: str = "",
) -> StayView:
    """The chart's drag: another room and/or other dates. A booked stay changes at once; a
    guest in house keeps the arrival and may change room (from today) and departure."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    found = _stay(session, stay_id)
    _state(found, StayState.BOOKED, StayState.IN_HOUSE)
    if found.state == StayState.IN_HOUSE.value:
        if arrive != found.arrive:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The guest is already in: only the room and the departure can change.",
                )
            )
        # Shorten before moving and lengthen after, so that only the nights the guest will
        # really spend are asked of each room.
        current, later = found.id, depart > found.depart
        if depart != found.depart and not later:
            current = extend(session, actor, current, depart).id
        if room_id != found.room_id:
            current = move(session, actor, current, room_id, reason=reason).id
        if later:
            current = extend(session, actor, current, depart).id
        return _view(session, current)
    room = room_row(session, room_id, lock=True)
    guest = _guest(session, found.guest_id)
    same_room = room.id == found.room_id
    check = _plan(
        session, room, guest, arrive, depart, (found.id,), found.bed if same_room else None
    )
    if check.error is not None:
        raise check.error
    text = _reason(check, reason, guest, room, found.exception_reason if same_room else None)
    assert check.bed is not None
    old_room = room if same_room else room_row(session, found.room_id)
    before = _snapshot(found, old_room)
    bed, state = check.bed, found.state

    def apply() -> None:
        found.room_id, found.bed, found.arrive, found.depart = room.id, bed, arrive, depart
        found.exception_reason, found.state = text, state

    _write(session, actor, room, guest, check, apply, parked=found if same_room else None)
    record(
        session, actor, "stay.reschedule", "stay", found.id, before, _snapshot(found, room), text
    )
    return _view(session, found.id)

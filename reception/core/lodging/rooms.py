"""The guesthouse's rooms: adding and editing them, housekeeping, repairs, and which rooms
are free between two dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.lodging.models import Housekeeping, Room, RoomType, Stay, StayState
from reception.core.lodging.standards import MAX_STAY_NIGHTS
from reception.core.lodging.views import FreeRoom, RoomView, room_view
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

MAX_RATE_YUAN = 100_000
_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,9}")


@dataclass(frozen=True)
class RoomForm:
    number: str
    room_type: str
    beds: int
    floor: int | None = None  # None: read from the number (301 → 3, 1205 → 12)
    building: str = "1"
    accessible: bool = False
    quiet_side: bool = False
    near_lift: bool = False
    rate_yuan: int = 0
    notes: str = ""


@dataclass(frozen=True)
class RoomFilter:
    building: str | None = None
    floor: int | None = None
    room_type: str | None = None
    free_from: date | None = None
    free_to: date | None = None


def authorize_reading(session: Session, actor: Actor) -> None:
    """Lodging clerks and the director (who reads everything) may look."""
    if actor.may(Permission.MANAGE_LODGING):
        authorize(session, actor, Permission.MANAGE_LODGING)
    else:
        authorize(session, actor, Permission.READ_EVERYTHING)


def _snapshot(room: Room) -> dict[str, object]:
    return {
        "building": room.building,
        "floor": room.floor,
        "number": room.number,
        "type": room.room_type,
        "beds": room.beds,
        "accessible": room.accessible,
        "quiet_side": room.quiet_side,
        "near_lift": room.near_lift,
        "rate_yuan": room.rate_yuan,
        "notes": room.notes,
    }


def _checked(form: RoomForm) -> RoomForm:
    number = form.number.strip().upper()
    if not _NUMBER.fullmatch(number):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A room number has 1 to 10 letters, digits or dashes, such as 301."
            )
        )
    building = " ".join(form.building.split()) or "1"
    if len(building) > 20:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A building name may have at most 20 characters.")
        )
    if form.room_type not in RoomType.__members__.values():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{type} is not a room type: standard, single, ordinary_suite or suite.",
            ),
            type=form.room_type,
        )
    if isinstance(form.beds, bool) or not 1 <= int(form.beds) <= 6:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A room has 1 to 6 beds."))
    floor = form.floor
    if floor is None:
        digits = re.match(r"\d+", number)
        if digits is None or len(digits.group()) < 3:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Give the floor of room {number}: it cannot be read from the number."
                ),
                number=number,
            )
        floor = int(digits.group()[:-2])
    if not -5 <= floor <= 99:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A floor is between -5 and 99."))
    if isinstance(form.rate_yuan, bool) or not 0 <= int(form.rate_yuan) <= MAX_RATE_YUAN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The rate is 0 to {most} yuan a night."),
            most=MAX_RATE_YUAN,
        )
    notes = " ".join(form.notes.split())
    if len(notes) > 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Notes may have at most 200 characters."))
    return RoomForm(
        number,
        form.room_type,
        int(form.beds),
        floor,
        building,
        bool(form.accessible),
        bool(form.quiet_side),
        bool(form.near_lift),
        int(form.rate_yuan),
        notes,
    )


def _duplicate(session: Session, building: str, number: str, other_than: int | None) -> None:
    query = select(Room.id).where(Room.building == building, Room.number == number)
    if other_than is not None:
        query = query.where(Room.id != other_than)
    if session.scalar(query) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Building {building} already has a room {number}."),
            building=building,
            number=number,
        )


def add_room(session: Session, actor: Actor, form: RoomForm) -> RoomView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    checked = _checked(form)
    assert checked.floor is not None
    _duplicate(session, checked.building, checked.number, None)
    room = Room(
        building=checked.building,
        floor=checked.floor,
        number=checked.number,
        room_type=checked.room_type,
        beds=checked.beds,
        accessible=checked.accessible,
        quiet_side=checked.quiet_side,
        near_lift=checked.near_lift,
        rate_yuan=checked.rate_yuan,
        housekeeping=Housekeeping.CLEAN.value,
        active=True,
        notes=checked.notes,
    )
    session.add(room)
    session.flush()
    record(session, actor, "room.add", "room", room.id, None, _snapshot(room))
    return room_view(room)


def room_row(session: Session, room_id: int, *, lock: bool = False) -> Room:
    query = select(Room).where(Room.id == room_id)
    if lock:
        query = query.with_for_update()
    room = session.scalars(query).first()
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no room {room}."), room=room_id)
    return room


def find_room(session: Session, number: str, building: str | None = None) -> Room:
    """The room a clerk names by its number, with the building when two share the number."""
    query = select(Room).where(Room.number == number.strip().upper())
    if building:
        query = query.where(Room.building == building.strip())
    rooms = session.scalars(query).all()
    if not rooms:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no room {room}."), room=number)
    if len(rooms) > 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Several buildings have a room {room}: name the building too."
            ),
            room=number,
        )
    return rooms[0]


def _future_beds_used(session: Session, room_id: int, today: date) -> int:
    """The highest bed held by a stay that has not ended."""
    used = session.scalar(
        select(func.max(Stay.bed)).where(
            Stay.room_id == room_id,
            Stay.state != StayState.CANCELLED.value,
            Stay.depart > today,
        )
    )
    return int(used or 0)


def update_room(
    session: Session, actor: Actor, room_id: int, form: RoomForm, *, today: date | None = None
) -> RoomView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    checked = _checked(form)
    assert checked.floor is not None
    room = room_row(session, room_id, lock=True)
    _duplicate(session, checked.building, checked.number, room.id)
    if checked.beds < room.beds:
        used = _future_beds_used(session, room.id, today or office_today(session))
        if used > checked.beds:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Room {number} has guests booked in {used} beds: it cannot have fewer.",
                ),
                number=room.number,
                used=used,
            )
    before = _snapshot(room)
    room.building, room.floor, room.number = checked.building, checked.floor, checked.number
    room.room_type, room.beds = checked.room_type, checked.beds
    room.accessible, room.quiet_side = checked.accessible, checked.quiet_side
    room.near_lift, room.rate_yuan, room.notes = checked.near_lift, checked.rate_yuan, checked.notes
    after = _snapshot(room)
    if after != before:
        record(session, actor, "room.change", "room", room.id, before, after)
    return room_view(room)


def set_housekeeping(session: Session, actor: Actor, room_id: int, clean: bool) -> RoomView:
    """Housekeeping: a check-out leaves a room to be cleaned; the clerk marks it clean."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    room = room_row(session, room_id)
    mark_housekeeping(session, actor, room, Housekeeping.CLEAN if clean else Housekeeping.DIRTY)
    return room_view(room)


def mark_housekeeping(session: Session, actor: Actor, room: Room, state: Housekeeping) -> None:
    """Set the room's housekeeping, audited when it changes (the caller has authorised)."""
    if room.housekeeping == state.value:
        return
    before = room.housekeeping
    room.housekeeping = state.value
    action = "room.clean" if state is Housekeeping.CLEAN else "room.dirty"
    record(
        session,
        actor,
        action,
        "room",
        room.id,
        {"housekeeping": before},
        {"housekeeping": state.value},
    )


def set_out_of_order(
    session: Session, actor: Actor, room_id: int, reason: str, start: date, end: date | None
) -> RoomView:
    """Take a room out of service for [start, end); refused while a stay is booked then."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    text = " ".join(reason.split())
    if not text or len(text) > 200:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Say why the room is out of order (1 to 200 characters).")
        )
    if end is not None and end <= start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The room must be back in service after {start}."),
            start=start.isoformat(),
        )
    room = room_row(session, room_id, lock=True)
    query = select(Stay).where(
        Stay.room_id == room.id,
        Stay.state.in_([StayState.BOOKED.value, StayState.IN_HOUSE.value]),
        Stay.depart > start,
    )
    if end is not None:
        query = query.where(Stay.arrive < end)
    stay = session.scalars(query.order_by(Stay.arrive)).first()
    if stay is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {number} has a guest from {arrive} to {depart}: move the stay first.",
            ),
            number=room.number,
            arrive=stay.arrive.isoformat(),
            depart=stay.depart.isoformat(),
        )
    before = {"reason": room.out_of_order_reason, "from": room.out_of_order_from}
    room.out_of_order_reason, room.out_of_order_from, room.out_of_order_to = text, start, end
    after = {"reason": text, "from": start, "to": end}
    record(session, actor, "room.out_of_order", "room", room.id, before, after)
    return room_view(room)


def clear_out_of_order(session: Session, actor: Actor, room_id: int) -> RoomView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    room = room_row(session, room_id)
    if room.out_of_order_reason is None:
        return room_view(room)
    before = {"reason": room.out_of_order_reason, "from": room.out_of_order_from}
    room.out_of_order_reason = room.out_of_order_from = room.out_of_order_to = None
    record(session, actor, "room.back_in_service", "room", room.id, before, None)
    return room_view(room)


def list_rooms(
    session: Session, actor: Actor, room_filter: RoomFilter | None = None
) -> list[RoomView]:
    """Active rooms, ordered by building, floor and number, filtered as asked."""
    authorize_reading(session, actor)
    wanted = room_filter or RoomFilter()
    query = select(Room).where(Room.active.is_(True))
    if wanted.building:
        query = query.where(Room.building == wanted.building)
    if wanted.floor is not None:
        query = query.where(Room.floor == wanted.floor)
    if wanted.room_type:
        query = query.where(Room.room_type == wanted.room_type)
    rooms = [
        room_view(room)
        for room in session.scalars(query.order_by(Room.building, Room.floor, Room.number))
    ]
    if wanted.free_from is not None and wanted.free_to is not None:
        free = free_beds(session, [r.id for r in rooms], wanted.free_from, wanted.free_to)
        rooms = [
            r
            for r in rooms
            if free.get(r.id, r.beds) > 0
            and not r.out_of_order_between(wanted.free_from, wanted.free_to)
        ]
    return rooms


def check_dates(start: date, end: date) -> None:
    if end <= start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The departure must be after the arrival ({arrive})."),
            arrive=start.isoformat(),
        )
    if (end - start).days > MAX_STAY_NIGHTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A stay may last at most {most} nights: split it."),
            most=MAX_STAY_NIGHTS,
        )


def held_beds(
    session: Session, room_ids: list[int] | None, start: date, end: date
) -> dict[int, set[int]]:
    """For each room, the beds held by a live stay on some night of [start, end).

    Bounded on `depart` both ways (a stay lasts at most MAX_STAY_NIGHTS), so the
    ix_stay_depart_arrive index reads only the stays near the window, however long the
    history."""
    query = select(Stay.room_id, Stay.bed).where(
        Stay.depart > start,
        Stay.depart <= end + timedelta(days=MAX_STAY_NIGHTS),
        Stay.arrive < end,
        Stay.state != StayState.CANCELLED.value,
    )
    # The rooms are picked here, not in SQL: given a list of rooms, SQLite would prefer the
    # (room, arrival) index and read every room's whole history.
    wanted = None if room_ids is None else set(room_ids)
    held: dict[int, set[int]] = {}
    for room_id, bed in session.execute(query):
        if wanted is None or room_id in wanted:
            held.setdefault(room_id, set()).add(bed)
    return held


def free_beds(session: Session, room_ids: list[int], start: date, end: date) -> dict[int, int]:
    """Beds of each room free on every night of [start, end) (a bed held on any night of it
    counts as taken). Rooms with every bed free are left out: the caller uses `beds`."""
    held = held_beds(session, room_ids, start, end)
    beds = dict(session.execute(select(Room.id, Room.beds).where(Room.id.in_(list(held)))).all())
    return {room_id: max(0, beds[room_id] - len(taken)) for room_id, taken in held.items()}


def free_rooms(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    room_filter: RoomFilter | None = None,
) -> list[FreeRoom]:
    """Rooms with at least one bed free for every night of [start, end), not under repair."""
    check_dates(start, end)
    wanted = room_filter or RoomFilter()
    rooms = list_rooms(
        session,
        actor,
        RoomFilter(wanted.building, wanted.floor, wanted.room_type),
    )
    free = free_beds(session, [r.id for r in rooms], start, end)
    return [
        FreeRoom(room, free.get(room.id, room.beds))
        for room in rooms
        if free.get(room.id, room.beds) > 0 and not room.out_of_order_between(start, end)
    ]


def office_today(session: Session) -> date:
    return office_day(utcnow(), load_settings(session).zone)

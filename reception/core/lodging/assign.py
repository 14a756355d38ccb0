"""Auto-assignment of a delegation's rooms: a proposal the clerk confirms or edits.

The head is placed first, in the best room their standard allows; the others follow by
rank and are kept together: the same building and floor as the head, then the nearest
floor. Guests from the rank that lodges alone get a room to themselves; the others may
share a free bed with a colleague of the same gender. A guest who needs an accessible
room gets one or stays unplaced. When only rooms above a guest's standard are free, the
line says that a reason is needed; confirming books every line in one unit of work, so a
refused line leaves the whole delegation as it was."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging.models import Delegation, Guest, Room, RoomType, Stay, StayState
from reception.core.lodging.rooms import RoomFilter, held_beds, list_rooms
from reception.core.lodging.standards import LodgingSettings, load_lodging_settings
from reception.core.lodging.stays import Booking, book
from reception.core.lodging.views import GuestNeeds, RoomView, StayView, guest_needs
from reception.core.ranks import Rank
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP

NOTE_SHARES = QT_TRANSLATE_NOOP("Assignment", "shares with {names}")
NOTE_ABOVE_STANDARD = QT_TRANSLATE_NOOP("Assignment", "above the standard: a reason is needed")
NOTE_NO_ROOM = QT_TRANSLATE_NOOP("Assignment", "no free room fits")
NOTE_NO_ACCESSIBLE = QT_TRANSLATE_NOOP("Assignment", "no free accessible room")


@dataclass(frozen=True)
class ProposalLine:
    guest_id: int
    guest_name: str
    gender: str
    rank: str
    is_head: bool
    needs_accessible: bool
    room_id: int | None
    room_number: str
    building: str
    floor: int | None
    room_type: str
    needs_reason: bool
    note: str  # an English source in context "Assignment", with {names} filled by `names`
    names: str = ""
    needs: GuestNeeds = field(default_factory=GuestNeeds)  # halal, allergies, mobility…


@dataclass(frozen=True)
class Proposal:
    delegation_id: int
    arrive: date
    depart: date
    lines: list[ProposalLine] = field(default_factory=list)

    @property
    def unplaced(self) -> list[ProposalLine]:
        return [line for line in self.lines if line.room_id is None]


@dataclass
class _Room:
    view: RoomView
    free: int  # beds free for every night
    occupied: bool  # someone (already booked) sleeps there on some night
    sharers: list[tuple[str, str]] = field(default_factory=list)  # (name, gender) proposed


def _unlodged(session: Session, delegation: Delegation) -> list[Guest]:
    """The delegation's guests without a stay overlapping its dates, head first, then by
    rank and name."""
    lodged = select(Stay.guest_id).where(
        Stay.state != StayState.CANCELLED.value,
        Stay.arrive < delegation.depart,
        Stay.depart > delegation.arrive,
    )
    guests = session.scalars(
        select(Guest).where(Guest.delegation_id == delegation.id, Guest.id.not_in(lodged))
    ).all()
    return sorted(guests, key=lambda g: (not g.is_head, Rank(g.rank).level, g.name_pinyin))


def _candidates(session: Session, actor: Actor, arrive: date, depart: date) -> list[_Room]:
    rooms = [
        r
        for r in list_rooms(session, actor, RoomFilter())
        if not r.out_of_order_between(arrive, depart)
    ]
    held = held_beds(session, [r.id for r in rooms], arrive, depart)
    return [
        _Room(r, r.beds - len(held.get(r.id, set())), bool(held.get(r.id)))
        for r in rooms
        if r.beds - len(held.get(r.id, set())) > 0
    ]


def _fits(room: _Room, guest: Guest, alone: bool) -> bool:
    if room.free <= 0 or (guest.needs_accessible and not room.view.accessible):
        return False
    if alone:
        return not room.occupied and not room.sharers
    if room.occupied and not room.sharers:
        return False  # no sharing with a stranger from another party
    return all(gender == guest.gender for _, gender in room.sharers)


def _choose(
    rooms: list[_Room],
    guest: Guest,
    settings: LodgingSettings,
    anchor: RoomView | None,
    within_standard: bool,
) -> _Room | None:
    alone = settings.lodges_alone(guest.rank)
    fitting = [
        r
        for r in rooms
        if _fits(r, guest, alone)
        and settings.eligible(guest.rank, r.view.room_type) == within_standard
    ]
    if not fitting:
        return None

    def closeness(r: _Room) -> tuple[int, int]:
        if anchor is None:
            return (0, 0)
        return (int(r.view.building != anchor.building), abs(r.view.floor - anchor.floor))

    def key(r: _Room) -> tuple[object, ...]:
        grade = RoomType(r.view.room_type).grade
        # Join a colleague before opening a new room; the best room for the head; then
        # nearness to the head; within the standard the better room, above it the plainest.
        # A guest who may share takes a room with beds to spare, for a colleague to join;
        # one lodged alone takes the smallest, leaving the bigger rooms to share.
        joins = 0 if r.sharers else 1
        grade_key = -grade if within_standard else grade
        capacity = r.free if alone else -r.free
        if anchor is None:
            return (joins, grade_key, capacity, r.view.building, r.view.floor, r.view.number)
        return (joins, *closeness(r), grade_key, capacity, r.view.number)

    return min(fitting, key=key)


def propose(session: Session, actor: Actor, delegation_id: int) -> Proposal:
    authorize(session, actor, Permission.MANAGE_LODGING)
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no delegation {delegation}."),
            delegation=delegation_id,
        )
    if delegation.depart <= delegation.arrive:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The delegation leaves on the day it arrives: it needs no rooms."
            )
        )
    settings = load_lodging_settings(session)
    rooms = _candidates(session, actor, delegation.arrive, delegation.depart)
    lines: list[ProposalLine] = []
    anchor: RoomView | None = None
    for guest in _unlodged(session, delegation):
        chosen = _choose(rooms, guest, settings, anchor, within_standard=True)
        above = False
        if chosen is None:
            chosen = _choose(rooms, guest, settings, anchor, within_standard=False)
            above = chosen is not None
        if chosen is None:
            note = NOTE_NO_ACCESSIBLE if guest.needs_accessible else NOTE_NO_ROOM
            lines.append(_line(guest, None, False, note))
            continue
        names = "、".join(name for name, _ in chosen.sharers)
        note = NOTE_ABOVE_STANDARD if above else (NOTE_SHARES if names else "")
        lines.append(_line(guest, chosen.view, above, note, names))
        chosen.free -= 1
        chosen.sharers.append((guest.name, guest.gender))
        if anchor is None:
            anchor = chosen.view
    return Proposal(delegation.id, delegation.arrive, delegation.depart, lines)


def _line(
    guest: Guest, room: RoomView | None, above: bool, note: str, names: str = ""
) -> ProposalLine:
    return ProposalLine(
        guest.id,
        guest.name,
        guest.gender,
        guest.rank,
        guest.is_head,
        guest.needs_accessible,
        room.id if room else None,
        room.number if room else "",
        room.building if room else "",
        room.floor if room else None,
        room.room_type if room else "",
        above,
        note,
        names,
        guest_needs(guest),
    )


def confirm(
    session: Session,
    actor: Actor,
    delegation_id: int,
    placements: dict[int, int],
    reasons: dict[int, str] | None = None,
) -> list[StayView]:
    """Book each guest (id → room id) for the delegation's dates, in the caller's unit of
    work: the first refusal (naming the guest's room) undoes them all."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no delegation {delegation}."),
            delegation=delegation_id,
        )
    members = set(session.scalars(select(Guest.id).where(Guest.delegation_id == delegation.id)))
    stranger = next((g for g in placements if g not in members), None)
    if stranger is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Guest {guest} is not in this delegation."), guest=stranger
        )
    if not placements:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "No guest has a room to confirm."))
    rooms = {r.id: r for r in session.scalars(select(Room).where(Room.id.in_(placements.values())))}
    if len(rooms) != len(set(placements.values())):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "A chosen room no longer exists."))
    given = reasons or {}
    return [
        book(
            session,
            actor,
            Booking(
                room_id, guest_id, delegation.arrive, delegation.depart, given.get(guest_id, "")
            ),
        )
        for guest_id, room_id in placements.items()
    ]

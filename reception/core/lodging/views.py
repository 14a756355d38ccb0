"""What the lodging services hand to the desk and the command line: plain frozen values,
never ORM rows, and never a protected field in plaintext."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reception.core.lodging.models import Guest, Housekeeping, Room, RoomStatus, Stay
from reception.core.protocol.precedence import PrecedenceKey, guest_key
from reception.core.ranks import Rank


@dataclass(frozen=True)
class RoomView:
    id: int
    building: str
    floor: int
    number: str
    room_type: str
    beds: int
    accessible: bool
    quiet_side: bool
    near_lift: bool
    rate_yuan: int
    housekeeping: str
    out_of_order_reason: str | None
    out_of_order_from: date | None
    out_of_order_to: date | None
    active: bool
    notes: str

    def out_of_order_on(self, day: date) -> bool:
        if self.out_of_order_reason is None or self.out_of_order_from is None:
            return False
        return self.out_of_order_from <= day and (
            self.out_of_order_to is None or day < self.out_of_order_to
        )

    def out_of_order_between(self, start: date, end: date) -> bool:
        """Whether the repair overlaps the nights [start, end)."""
        if self.out_of_order_reason is None or self.out_of_order_from is None:
            return False
        return self.out_of_order_from < end and (
            self.out_of_order_to is None or start < self.out_of_order_to
        )

    def status_on(self, day: date, occupied: bool) -> RoomStatus:
        if self.out_of_order_on(day):
            return RoomStatus.OUT_OF_ORDER
        if occupied:
            return RoomStatus.OCCUPIED
        if self.housekeeping == Housekeeping.DIRTY:
            return RoomStatus.VACANT_DIRTY
        return RoomStatus.VACANT_CLEAN


def room_view(room: Room) -> RoomView:
    return RoomView(
        room.id,
        room.building,
        room.floor,
        room.number,
        room.room_type,
        room.beds,
        room.accessible,
        room.quiet_side,
        room.near_lift,
        room.rate_yuan,
        room.housekeeping,
        room.out_of_order_reason,
        room.out_of_order_from,
        room.out_of_order_to,
        room.active,
        room.notes,
    )


def rank_level(rank: str) -> int:
    """The rank's level; an unknown rank (a hand-edited row) after every known one."""
    try:
        return Rank(rank).level
    except ValueError:
        return len(Rank) + 1


def precedence(guest: Guest) -> PrecedenceKey:
    """The one order of guests on every list, print and page: rank, then the head of the
    party within a rank, then the name (by pinyin). It is the protocol's one precedence
    order (reception.core.protocol.precedence), where a rank's officials precede its guests."""
    return guest_key(guest)


@dataclass(frozen=True)
class GuestNeeds:
    """What the desk must have in mind when the guest arrives."""

    halal: bool = False
    vegetarian: bool = False
    allergies: str = ""
    needs_accessible: bool = False
    mobility: str = ""

    @property
    def any(self) -> bool:
        flags = (self.halal, self.vegetarian, self.needs_accessible)
        return any(flags) or bool(self.allergies or self.mobility)


def guest_needs(guest: Guest) -> GuestNeeds:
    return GuestNeeds(
        guest.halal, guest.vegetarian, guest.allergies, guest.needs_accessible, guest.mobility
    )


@dataclass(frozen=True)
class StayView:
    id: int
    room_id: int
    building: str
    room_number: str
    bed: int
    guest_id: int
    guest_name: str
    gender: str
    rank: str
    delegation_id: int | None
    delegation_name: str
    arrive: date
    depart: date
    state: str
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    moved_from_id: int | None
    exception_reason: str | None
    needs: GuestNeeds

    @property
    def nights(self) -> int:
        return (self.depart - self.arrive).days


def stay_view(stay: Stay, room: Room, guest: Guest, delegation_name: str) -> StayView:
    return StayView(
        stay.id,
        room.id,
        room.building,
        room.number,
        stay.bed,
        guest.id,
        guest.name,
        guest.gender,
        guest.rank,
        guest.delegation_id,
        delegation_name,
        stay.arrive,
        stay.depart,
        stay.state,
        stay.checked_in_at,
        stay.checked_out_at,
        stay.moved_from_id,
        stay.exception_reason,
        guest_needs(guest),
    )


@dataclass(frozen=True)
class FreeRoom:
    room: RoomView
    free_beds: int

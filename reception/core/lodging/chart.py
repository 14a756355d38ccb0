"""The room chart (房态图): rooms by days, the stays drawn as bars over the nights they hold.

Built in two reads however long the guesthouse's history: the rooms, and the live stays near
the window with their guests, bounded on `depart` both ways (a stay lasts at most
MAX_STAY_NIGHTS), which the ix_stay_depart_arrive index serves; then the names of the few
delegations drawn (cheaper than joining them to every stay). The free-between filter adds one
read of the beds held between those dates. A bar says only whether its guest has needs: the
desk reads the one stay it shows in full (`stays.stay`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.lodging.models import Delegation, Guest, Room, RoomStatus, Stay, StayState
from reception.core.lodging.rooms import RoomFilter, authorize_reading, check_dates, held_beds
from reception.core.lodging.standards import MAX_STAY_NIGHTS
from reception.core.lodging.views import RoomView
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

MAX_CHART_DAYS = 366
PALETTE_SIZE = 12  # colours the desk draws delegations in; the index is stable per delegation
ONE_DAY = timedelta(days=1)


def delegation_colour(delegation_id: int | None) -> int:
    """The palette index of a delegation, the same on every desk and every day; -1 for a
    guest outside any delegation. Consecutive delegations get colours far apart."""
    if delegation_id is None:
        return -1
    return (delegation_id * 5) % PALETTE_SIZE


@dataclass(frozen=True, slots=True)
class ChartRoom:
    """A row of the chart: the room and what the desk shows for it today."""

    room: RoomView
    status: RoomStatus


class ChartBar(NamedTuple):
    """A live stay as drawn: the nights [first_day, last_night] inside the window. `arrive`
    and `depart` are the stay's own dates, so a bar cut by the window's edge can say so.
    (A named tuple: a month of a large guesthouse has thousands, built in a few ms.)"""

    stay_id: int
    room_id: int
    bed: int
    first_day: date
    last_night: date
    arrive: date
    depart: date
    guest_id: int
    guest_name: str
    delegation_id: int | None
    delegation_name: str
    state: str
    needs: bool  # halal, vegetarian, allergies, accessibility or mobility: see GuestNeeds

    @property
    def colour(self) -> int:
        return delegation_colour(self.delegation_id)

    @property
    def nights(self) -> int:
        return (self.depart - self.arrive).days

    @property
    def starts_before(self) -> bool:
        """The stay began before the first day shown."""
        return self.arrive < self.first_day

    @property
    def ends_after(self) -> bool:
        """The stay goes on after the last day shown."""
        return self.depart > self.last_night + timedelta(days=1)

    def covers(self, day: date) -> bool:
        return self.arrive <= day < self.depart


@dataclass(frozen=True)
class RoomChart:
    """Rooms (ordered by building, floor, number) and bars (by room, bed, arrival) for the
    `days` days from `start`; `today` is the office's day the statuses are for. `bars_of`
    keeps the order of `bars`."""

    start: date
    days: int
    today: date
    rooms: tuple[ChartRoom, ...]
    bars: tuple[ChartBar, ...]
    _by_room: dict[int, tuple[ChartBar, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        by_room: dict[int, list[ChartBar]] = {}
        for bar in self.bars:
            by_room.setdefault(bar[1], []).append(bar)
        self._by_room.update((room_id, tuple(bars)) for room_id, bars in by_room.items())

    @property
    def end(self) -> date:
        """The day after the last day shown."""
        return self.start + timedelta(days=self.days)

    def day(self, column: int) -> date:
        return self.start + timedelta(days=column)

    def column(self, day: date) -> int:
        return (day - self.start).days

    def bars_of(self, room_id: int) -> tuple[ChartBar, ...]:
        return self._by_room.get(room_id, ())

    def bar(self, stay_id: int) -> ChartBar | None:
        return next((b for b in self.bars if b.stay_id == stay_id), None)

    def stay_at(self, room_id: int, day: date, bed: int | None = None) -> ChartBar | None:
        """The bar holding the night of `day` in the room (in that bed, if given)."""
        for bar in self.bars_of(room_id):
            if bar.covers(day) and (bed is None or bar.bed == bed):
                return bar
        return None

    def room_row(self, room_id: int) -> int:
        return next((i for i, r in enumerate(self.rooms) if r.room.id == room_id), -1)


def _free_window(wanted: RoomFilter) -> tuple[date, date] | None:
    """The nights [from, to) the filter wants a bed free for; one night when only `from`."""
    if wanted.free_from is None and wanted.free_to is None:
        return None
    if wanted.free_from is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the first night the room must be free.")
        )
    end = wanted.free_to or wanted.free_from + timedelta(days=1)
    check_dates(wanted.free_from, end)
    return wanted.free_from, end


_ROOM_COLUMNS = (
    Room.id,
    Room.building,
    Room.floor,
    Room.number,
    Room.room_type,
    Room.beds,
    Room.accessible,
    Room.quiet_side,
    Room.near_lift,
    Room.rate_yuan,
    Room.housekeeping,
    Room.out_of_order_reason,
    Room.out_of_order_from,
    Room.out_of_order_to,
    Room.active,
    Room.notes,
)  # RoomView's fields, in order


def room_chart(
    session: Session,
    actor: Actor,
    start: date,
    days: int,
    room_filter: RoomFilter | None = None,
    *,
    today: date | None = None,
) -> RoomChart:
    """The chart of the active rooms the filter keeps, for the days [start, start + days).

    A room's status is for `today` (the office's day unless given): occupied while a guest
    checked in has not checked out (an in-house stay from its arrival to its departure day).
    With `free_from` (and `free_to`, else one night) only rooms with a bed free on every
    night of [free_from, free_to) and not under repair then are kept. Cancelled stays are
    not drawn; departed ones are (their nights were used)."""
    authorize_reading(session, actor)
    if not 1 <= days <= MAX_CHART_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A room chart shows 1 to {most} days."),
            most=MAX_CHART_DAYS,
        )
    wanted = room_filter or RoomFilter()
    free = _free_window(wanted)
    if today is None:
        today = office_day(utcnow(), load_settings(session).zone)
    end = start + timedelta(days=days)
    today_shown = start <= today < end
    connection = session.connection()  # plain rows: no ORM identity work for thousands

    rooms_query = select(*_ROOM_COLUMNS).where(Room.active.is_(True))
    if wanted.building:
        rooms_query = rooms_query.where(Room.building == wanted.building)
    if wanted.floor is not None:
        rooms_query = rooms_query.where(Room.floor == wanted.floor)
    if wanted.room_type:
        rooms_query = rooms_query.where(Room.room_type == wanted.room_type)
    if not today_shown:
        # The month shown is not this one: who is in today is asked for here. (When it is,
        # the stays read below tell it.)
        guests_in = (
            select(Stay.room_id)
            .where(
                Stay.state == StayState.IN_HOUSE.value,
                Stay.depart >= today,
                Stay.depart <= today + timedelta(days=MAX_STAY_NIGHTS),
                Stay.arrive <= today,
            )
            .scalar_subquery()
        )
        rooms_query = rooms_query.add_columns(Room.id.in_(guests_in))
    room_rows = connection.execute(
        rooms_query.order_by(Room.building, Room.floor, Room.number)
    ).all()
    views = [_room_view(tuple(row)) for row in room_rows]
    occupied = {row[0] for row in room_rows if not today_shown and row[16]}
    if free is not None:
        held = held_beds(session, None, *free)
        views = [
            view
            for view in views
            if len(held.get(view.id, ())) < view.beds and not view.out_of_order_between(*free)
        ]
    shown = {view.id for view in views}

    # A guest leaving on the first day shown holds no night of it, but is still in today.
    low = min(start + ONE_DAY, today) if today_shown else start + ONE_DAY
    needs = or_(
        Guest.halal,
        Guest.vegetarian,
        Guest.allergies != "",
        Guest.needs_accessible,
        Guest.mobility != "",
    )
    stays = connection.execute(
        select(
            Stay.id,
            Stay.room_id,
            Stay.bed,
            Stay.arrive,
            Stay.depart,
            Stay.state,
            Stay.guest_id,
            Guest.name,
            Guest.delegation_id,
            needs,
        )
        .join(Guest, Guest.id == Stay.guest_id)
        .where(
            Stay.depart >= low,
            Stay.depart <= end + timedelta(days=MAX_STAY_NIGHTS),
            Stay.arrive < end,
            Stay.state != StayState.CANCELLED.value,
        )
        .order_by(Stay.room_id, Stay.bed, Stay.arrive)
    ).all()
    last = end - ONE_DAY
    in_house = StayState.IN_HOUSE.value
    drawn = []
    delegations = set()
    for row in stays:
        room_id, arrive, depart, state = row[1], row[3], row[4], row[5]
        if room_id not in shown:
            continue
        if today_shown and state == in_house and arrive <= today <= depart:
            occupied.add(room_id)
        if depart > start:
            drawn.append(row)
            delegations.add(row[8])
    names = _delegation_names(connection, delegations)
    new_bar = tuple.__new__  # ChartBar's own __new__ is a Python call per bar
    bars = tuple(
        new_bar(
            ChartBar,
            (
                row[0],
                row[1],
                row[2],
                row[3] if row[3] > start else start,
                row[4] - ONE_DAY if row[4] <= last else last,
                row[3],
                row[4],
                row[6],
                row[7],
                row[8],
                names.get(row[8], ""),
                row[5],
                bool(row[9]),
            ),
        )
        for row in drawn
    )
    rooms = tuple(ChartRoom(view, view.status_on(today, view.id in occupied)) for view in views)
    return RoomChart(start, days, today, rooms, bars)


def _delegation_names(connection: Connection, ids: set[int | None]) -> dict[int | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = connection.execute(
        select(Delegation.id, Delegation.name).where(Delegation.id.in_(wanted))
    )
    return {row[0]: row[1] for row in rows}


def _room_view(values: tuple[Any, ...]) -> RoomView:
    return RoomView(*values[: len(_ROOM_COLUMNS)])

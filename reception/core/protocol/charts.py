"""A seating event's chart: computed from the one precedence order and the convention,
changed only by swaps, and handed to the desk and the printer as a Qt-free view.

A swap that leaves someone seated above a person who precedes them (or on the other
side's seats) breaks the precedence order: `swap_seats` first answers with a warning and
changes nothing; confirmed with a reason, it is made, and the reason is kept on both seats
and in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging.texts import one_line
from reception.core.protocol.models import SeatingEvent, SeatingSeat
from reception.core.protocol.participants import (
    EVENT,
    EventView,
    ParticipantView,
    clear_seats,
    event_row,
    event_view,
    participants_of,
)
from reception.core.protocol.precedence import PersonView, authorize_reading
from reception.core.protocol.seating import (
    CONTEXT,
    Convention,
    EventKind,
    SeatAt,
    SeatRole,
    Side,
    StaffCheck,
    chart_seats,
    check_staff,
    seat_label,
    viewpoint,
)
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

SEAT = "seating_seat"
FIELD_REASON = QT_TRANSLATE_NOOP("Fields", "reason")
WARN_ORDER = QT_TRANSLATE_NOOP(
    "Seating",
    "Swapping {first} and {second} puts someone above a person who precedes them.",
)
WARN_SIDE = QT_TRANSLATE_NOOP(
    "Seating", "Swapping {first} and {second} seats someone on the other side's seats."
)


@dataclass(frozen=True)
class SeatView:
    id: int
    block: int
    place: int
    side: Side | None
    order: int
    role: SeatRole
    role_number: int
    label: str  # English, "Guest 3"; seat_label(...) with a translate function for others
    participant_id: int
    person: PersonView
    swapped_reason: str | None
    out_of_order: bool

    def label_in(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The label in the shown language: `translate(context, source)` as elsewhere."""
        seat = SeatAt(self.block, self.place, self.side, self.order, self.role, self.role_number)
        return seat_label(seat, translate)


@dataclass(frozen=True)
class BlockView:
    number: int
    size: int
    seats: tuple[SeatView, ...]


@dataclass(frozen=True)
class ChartView:
    event: EventView
    kind: EventKind
    convention: Convention
    viewpoint: str
    blocks: tuple[BlockView, ...]
    staff: StaffCheck | None
    consistent: bool
    computed: bool
    unseated: tuple[PersonView, ...] = ()

    def seats(self) -> list[SeatView]:
        return [seat for block in self.blocks for seat in block.seats]

    def in_precedence_order(self) -> list[SeatView]:
        """Name cards: the seated people, guest side first, each side in its order."""
        return sorted(self.seats(), key=lambda s: (s.side is Side.HOST, s.order, s.block))


@dataclass(frozen=True)
class SwapCheck:
    seat_a: int
    seat_b: int
    breaks_precedence: bool
    applied: bool
    warning: str = ""
    values: dict[str, str] = field(default_factory=dict)
    reason: str = ""

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        if not self.warning:
            return ""
        source = translate(CONTEXT, self.warning) if translate is not None else self.warning
        return str(source).format(**self.values)


# -- computing ----------------------------------------------------------------------------------


def _groups(kind: EventKind, people: list[ParticipantView]) -> dict[Side | None, list[int]]:
    """Participant ids per seat side, in the event's order."""
    groups: dict[Side | None, list[int]] = {}
    for participant in people:
        groups.setdefault(participant.side if kind.sided else None, []).append(participant.id)
    return groups


def _tables(event: EventView, guests: int, hosts: int) -> list[tuple[int, int]]:
    """The people of each table, filled in order up to each table's places."""
    if not event.tables:
        return [(guests, hosts)]
    filled: list[tuple[int, int]] = []
    for table_guests, table_hosts in event.tables:
        g, h = min(table_guests, guests), min(table_hosts, hosts)
        guests, hosts = guests - g, hosts - h
        if g or h:
            filled.append((g, h))
    if guests or hosts:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The tables have too few places: {guests} guests and {hosts} hosts left."
            ),
            guests=guests,
            hosts=hosts,
        )
    if any(h == 0 for _, h in filled):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Every table needs someone of the host side.")
        )
    return filled


def plan_seats(event: EventView, people: list[ParticipantView]) -> list[tuple[SeatAt, int]]:
    """The seats of the event and who sits in each (participant id), from the order."""
    groups = _groups(event.kind, people)
    guests, hosts = len(groups.get(Side.GUEST, [])), len(groups.get(Side.HOST, []))
    if event.kind is EventKind.BANQUET and hosts == 0 and guests:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A banquet needs a host: add someone of the host side.")
        )
    tables = _tables(event, guests, hosts) if event.kind is EventKind.BANQUET else []
    seats = chart_seats(
        event.kind,
        event.convention,
        people=len(people),
        guests=guests,
        hosts=hosts,
        rows=event.rows,
        tables=tables,
    )
    return [(seat, groups[seat.side][seat.order - 1]) for seat in seats]


def planned_seats(session: Session, event: SeatingEvent) -> list[tuple[SeatAt, int]]:
    """The event's seats as computed from its participants in their order."""
    people = participants_of(session, event)
    return plan_seats(event_view(event, len(people)), people)


def seat_rows(event_id: int, planned: list[tuple[SeatAt, int]]) -> list[SeatingSeat]:
    """The rows of planned seats (not yet added to a session)."""
    return [
        SeatingSeat(
            event_id=event_id,
            participant_id=participant_id,
            block=seat.block,
            place=seat.place,
            side=seat.side.value if seat.side else None,
            seat_order=seat.order,
            role=seat.role.value,
            role_number=seat.role_number,
        )
        for seat, participant_id in planned
    ]


def compute_chart(session: Session, actor: Actor, event_id: int) -> ChartView:
    """Seat everybody by the one precedence order and the convention; earlier swaps go."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id, lock=True)
    planned = planned_seats(session, event)
    clear_seats(session, event)
    session.flush()
    session.add_all(seat_rows(event.id, planned))
    event.computed_at = utcnow()
    session.flush()
    record(session, actor, "seating_event.compute", EVENT, event.id, None, {"seats": len(planned)})
    return _chart(session, event)


# -- swapping --------------------------------------------------------------------------------


def _out_of_order(
    kind: EventKind, seats: list[SeatingSeat], people: dict[int, ParticipantView]
) -> set[int]:
    """Ids of the seats whose occupant is not where the event's order puts them."""
    wrong: set[int] = set()
    for seat in seats:
        person = people[seat.participant_id]
        expected_side = Side(seat.side) if seat.side else None
        if (kind.sided and person.side is not expected_side) or person.number != seat.seat_order:
            wrong.add(seat.id)
    return wrong


def _seat(session: Session, event: SeatingEvent, seat_id: int) -> SeatingSeat:
    seat = session.get(SeatingSeat, seat_id)
    if seat is None or seat.event_id != event.id:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no seat {id} in this chart."), id=seat_id
        )
    return seat


def swap_seats(
    session: Session,
    actor: Actor,
    event_id: int,
    seat_a: int,
    seat_b: int,
    reason: str = "",
    *,
    confirm: bool = False,
) -> SwapCheck:
    """Swap the people of two seats. A swap that breaks the precedence order is only made
    with `confirm` and a reason; without `confirm` it is a dry run with the warning."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id, lock=True)
    if seat_a == seat_b:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose two different seats."))
    first, second = _seat(session, event, seat_a), _seat(session, event, seat_b)
    kind = EventKind(event.kind)
    people = {p.id: p for p in participants_of(session, event)}
    seats = list(session.scalars(select(SeatingSeat).where(SeatingSeat.event_id == event.id)))
    pa, pb = first.participant_id, second.participant_id
    first.participant_id, second.participant_id = pb, pa  # tried in memory only
    wrong = _out_of_order(kind, seats, people)
    first.participant_id, second.participant_id = pa, pb
    crosses = kind.sided and (first.side != second.side)
    breaks = bool(wrong)
    values = {"first": people[pa].person.name, "second": people[pb].person.name}
    warning = (WARN_SIDE if crosses else WARN_ORDER) if breaks else ""
    text = one_line(reason, 200, FIELD_REASON)
    if breaks and not confirm:
        return SwapCheck(seat_a, seat_b, True, False, warning, values, text)
    if breaks and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A swap out of the precedence order needs a reason.")
        )
    before = {"seat_a": [seat_a, pa], "seat_b": [seat_b, pb]}
    first.participant_id, second.participant_id = pb, pa
    if breaks:
        first.swapped_reason = second.swapped_reason = text
    else:
        for seat in seats:
            seat.swapped_reason = None
    session.flush()
    after = {"seat_a": [seat_a, pb], "seat_b": [seat_b, pa], "breaks_precedence": breaks}
    record(session, actor, "seating_seat.swap", SEAT, seat_a, before, after, text or None)
    return SwapCheck(seat_a, seat_b, breaks, True, warning, values, text)


# -- the view ---------------------------------------------------------------------------------


def _blocks(kind: EventKind, views: list[SeatView]) -> tuple[BlockView, ...]:
    numbers = sorted({seat.block for seat in views})
    if kind is EventKind.CAR:
        numbers = [1, 2]
    blocks: list[BlockView] = []
    for number in numbers:
        seats = tuple(sorted((s for s in views if s.block == number), key=lambda s: s.place))
        size = 3 if kind is EventKind.CAR else len(seats)
        blocks.append(BlockView(number, size, seats))
    return tuple(blocks)


def _chart(session: Session, event: SeatingEvent) -> ChartView:
    kind = EventKind(event.kind)
    people = participants_of(session, event)
    by_id = {p.id: p for p in people}
    rows = list(session.scalars(select(SeatingSeat).where(SeatingSeat.event_id == event.id)))
    wrong = _out_of_order(kind, rows, by_id)
    views: list[SeatView] = []
    for row in rows:
        seat = SeatAt(
            row.block,
            row.place,
            Side(row.side) if row.side else None,
            row.seat_order,
            SeatRole(row.role),
            row.role_number,
        )
        views.append(
            SeatView(
                row.id,
                seat.block,
                seat.place,
                seat.side,
                seat.order,
                seat.role,
                seat.role_number,
                seat_label(seat),
                row.participant_id,
                by_id[row.participant_id].person,
                row.swapped_reason,
                row.id in wrong,
            )
        )
    seated = {row.participant_id for row in rows}
    staff = None
    if kind is EventKind.BANQUET:
        guests = sum(1 for p in people if p.side is Side.GUEST)
        staff = check_staff(guests, len(people) - guests)
    return ChartView(
        event_view(event, len(people)),
        kind,
        Convention(event.convention),
        viewpoint(kind),
        _blocks(kind, views),
        staff,
        not wrong,
        event.computed_at is not None,
        tuple(p.person for p in people if p.id not in seated),
    )


def chart_view(session: Session, actor: Actor, event_id: int) -> ChartView:
    """What the desk and the printer draw: the seats by block and place, the viewpoint
    sentence, the staff limit of a banquet, and who has no seat yet."""
    authorize_reading(session, actor)
    return _chart(session, event_row(session, event_id))


def seats_for_print(chart: ChartView) -> list[dict[str, Any]]:
    """The chart as plain values (the command line's --json)."""
    return [
        {
            "seat": seat.id,
            "block": seat.block,
            "place": seat.place,
            "side": seat.side.value if seat.side else None,
            "label": seat.label,
            "name": seat.person.name,
            "post": seat.person.post,
            "out_of_order": seat.out_of_order,
            "reason": seat.swapped_reason,
        }
        for seat in chart.seats()
    ]

"""Seating events (a podium meeting, a banquet, a meeting table, a car, a group photo) and
the people taking part, as stored. The chart is computed and changed in
`reception.core.protocol.charts`; a change of the layout or of the participants clears it,
so a stored chart never seats people who are not there. Import from `events`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.lodging.checklist import delegation_row
from reception.core.lodging.models import Guest
from reception.core.lodging.texts import one_line
from reception.core.protocol.models import (
    Official,
    SeatingEvent,
    SeatingParticipant,
    SeatingSeat,
)
from reception.core.protocol.precedence import (
    PersonKind,
    PersonView,
    PrecedenceKey,
    authorize_reading,
    people_of,
)
from reception.core.protocol.seating import (
    MAX_PEOPLE,
    Convention,
    EventKind,
    SeatRole,
    Side,
)
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

EVENT = "seating_event"
PARTICIPANT = "seating_participant"
FIELD_TITLE = QT_TRANSLATE_NOOP("Fields", "title")
FIELD_PLACE = QT_TRANSLATE_NOOP("Fields", "place")
FIELD_NOTES = QT_TRANSLATE_NOOP("Fields", "notes")

HOST_ROLES = (SeatRole.HOST, SeatRole.DEPUTY_HOST, SeatRole.STAFF)
# The order of one side: a role named by the clerk first, then the precedence order.
ROLE_RANK = {
    SeatRole.HOST: 0,
    SeatRole.DEPUTY_HOST: 1,
    None: 2,
    SeatRole.GUEST: 2,
    SeatRole.STAFF: 3,
}


@dataclass(frozen=True)
class EventForm:
    kind: EventKind
    title: str
    starts_at: datetime | None = None
    place: str = ""
    convention: Convention = Convention.DOMESTIC
    delegation_id: int | None = None
    rows: tuple[int, ...] = ()  # podium, photo: seats per row, front first
    tables: tuple[tuple[int, int], ...] = ()  # banquet: (guests, hosts) per table
    notes: str = ""


@dataclass(frozen=True)
class EventView:
    id: int
    kind: EventKind
    title: str
    starts_at: datetime | None
    place: str
    convention: Convention
    delegation_id: int | None
    rows: tuple[int, ...]
    tables: tuple[tuple[int, int], ...]
    notes: str
    participants: int
    computed: bool


@dataclass(frozen=True)
class ParticipantView:
    id: int
    person: PersonView
    side: Side
    role: SeatRole | None
    number: int  # place in the event's order (within the side for a banquet or meeting)


def event_view(event: SeatingEvent, participants: int = 0) -> EventView:
    layout = event.layout or {}
    return EventView(
        event.id,
        EventKind(event.kind),
        event.title,
        event.starts_at,
        event.place,
        Convention(event.convention),
        event.delegation_id,
        tuple(int(n) for n in layout.get("rows", ())),
        tuple((int(g), int(h)) for g, h in layout.get("tables", ())),
        event.notes,
        participants,
        event.computed_at is not None,
    )


def _snapshot(event: SeatingEvent) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "title": event.title,
        "starts_at": event.starts_at.isoformat() if event.starts_at else None,
        "place": event.place,
        "convention": event.convention,
        "delegation_id": event.delegation_id,
        "layout": event.layout,
        "notes": event.notes,
    }


def _size(value: object, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= MAX_PEOPLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A row or table holds from {least} to {most} people."),
            least=least,
            most=MAX_PEOPLE,
        )
    return value


def _layout(kind: EventKind, form: EventForm) -> dict[str, Any]:
    if kind in (EventKind.PODIUM, EventKind.PHOTO) and form.rows:
        return {"rows": [_size(n, 1) for n in form.rows]}
    if kind is EventKind.BANQUET and form.tables:
        tables = [[_size(g, 0), _size(h, 1)] for g, h in form.tables]
        return {"tables": tables}
    return {}


def _checked(session: Session, form: EventForm) -> dict[str, Any]:
    try:
        kind, convention = EventKind(form.kind), Convention(form.convention)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the kind of event and its convention.")
        ) from None
    if form.starts_at is not None and (
        not isinstance(form.starts_at, datetime) or form.starts_at.tzinfo is None
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give the event's time with its zone."))
    if form.delegation_id is not None:
        delegation_row(session, form.delegation_id)
    return {
        "kind": kind.value,
        "title": one_line(form.title, 120, FIELD_TITLE, required=True),
        "starts_at": form.starts_at,
        "place": one_line(form.place, 80, FIELD_PLACE),
        "convention": convention.value,
        "delegation_id": form.delegation_id,
        "layout": _layout(kind, form),
        "notes": one_line(form.notes, 200, FIELD_NOTES),
    }


def event_row(session: Session, event_id: int, *, lock: bool = False) -> SeatingEvent:
    query = select(SeatingEvent).where(SeatingEvent.id == event_id)
    if lock:
        query = query.with_for_update()
    event = session.scalars(query).first()
    if event is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no seating event {id}."), id=event_id)
    return event


def clear_seats(session: Session, event: SeatingEvent) -> None:
    session.execute(delete(SeatingSeat).where(SeatingSeat.event_id == event.id))
    event.computed_at = None


def _count(session: Session, event_id: int) -> int:
    query = select(func.count()).where(SeatingParticipant.event_id == event_id)
    return session.scalar(query) or 0


def create_event(session: Session, actor: Actor, form: EventForm) -> EventView:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = SeatingEvent(**_checked(session, form), created_at=utcnow())
    session.add(event)
    session.flush()
    record(session, actor, "seating_event.add", EVENT, event.id, None, _snapshot(event))
    return event_view(event)


def update_event(session: Session, actor: Actor, event_id: int, form: EventForm) -> EventView:
    """Change an event; a new kind, convention or layout clears its computed chart."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id, lock=True)
    before = _snapshot(event)
    values = _checked(session, form)
    for name, value in values.items():
        setattr(event, name, value)
    session.flush()
    after = _snapshot(event)
    if any(before[key] != after[key] for key in ("kind", "convention", "layout")):
        clear_seats(session, event)
    if after != before:
        record(session, actor, "seating_event.change", EVENT, event.id, before, after)
    return event_view(event, _count(session, event.id))


def delete_event(session: Session, actor: Actor, event_id: int) -> None:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id, lock=True)
    before = _snapshot(event)
    session.execute(delete(SeatingSeat).where(SeatingSeat.event_id == event.id))
    session.execute(delete(SeatingParticipant).where(SeatingParticipant.event_id == event.id))
    session.delete(event)
    session.flush()
    record(session, actor, "seating_event.delete", EVENT, event_id, before, None)


def list_events(
    session: Session, actor: Actor, *, delegation_id: int | None = None
) -> list[EventView]:
    """Events by time (those without a time last), then by number."""
    authorize_reading(session, actor)
    counts = (
        select(SeatingParticipant.event_id, func.count().label("n"))
        .group_by(SeatingParticipant.event_id)
        .subquery()
    )
    query = select(SeatingEvent, counts.c.n).outerjoin(counts, counts.c.event_id == SeatingEvent.id)
    if delegation_id is not None:
        query = query.where(SeatingEvent.delegation_id == delegation_id)
    rows = session.execute(query).all()
    views = [event_view(event, n or 0) for event, n in rows]
    return sorted(views, key=lambda v: (v.starts_at is None, v.starts_at or datetime.min, v.id))


def get_event(session: Session, actor: Actor, event_id: int) -> EventView:
    authorize_reading(session, actor)
    return event_view(event_row(session, event_id), _count(session, event_id))


# -- participants ------------------------------------------------------------------------------


def _side_role(
    person: PersonKind, side: Side | None, role: SeatRole | None
) -> tuple[Side, SeatRole | None]:
    chosen = (
        Side(side)
        if side is not None
        else (Side.HOST if person is PersonKind.OFFICIAL else Side.GUEST)
    )
    chosen_role = SeatRole(role) if role is not None else None
    if chosen_role is SeatRole.PLACE:
        chosen_role = None
    if chosen_role is not None and (chosen_role is SeatRole.GUEST) != (chosen is Side.GUEST):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A host, deputy host or staff member sits on the host side."
            )
        )
    return chosen, chosen_role


def add_participant(
    session: Session,
    actor: Actor,
    event_id: int,
    *,
    official_id: int | None = None,
    guest_id: int | None = None,
    side: Side | None = None,
    role: SeatRole | None = None,
) -> ParticipantView:
    """One official or one guest more; the chart must be computed again."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    if (official_id is None) == (guest_id is None):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose one official or one guest."))
    event = event_row(session, event_id, lock=True)
    kind = PersonKind.OFFICIAL if official_id is not None else PersonKind.GUEST
    if official_id is not None:
        official = session.get(Official, official_id)
        if official is None or not official.active:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no official {id}."), id=official_id
            )
        column, person_id = SeatingParticipant.official_id, official_id
    else:
        person_id = int(guest_id or 0)
        if session.get(Guest, person_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no guest {id}."), id=guest_id)
        column = SeatingParticipant.guest_id
    taken = select(SeatingParticipant.id).where(
        SeatingParticipant.event_id == event.id, column == person_id
    )
    if session.scalar(taken) is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This person already takes part."))
    chosen_side, chosen_role = _side_role(kind, side, role)
    row = SeatingParticipant(
        event_id=event.id,
        official_id=official_id,
        guest_id=guest_id,
        side=chosen_side.value,
        role=chosen_role.value if chosen_role else None,
    )
    session.add(row)
    clear_seats(session, event)
    session.flush()
    after = {"official_id": official_id, "guest_id": guest_id, "side": row.side, "role": row.role}
    record(session, actor, "seating_participant.add", PARTICIPANT, row.id, None, after)
    views = {view.id: view for view in participants_of(session, event)}
    return views[row.id]


def add_participants(
    session: Session,
    actor: Actor,
    event_id: int,
    *,
    official_ids: Iterable[int] = (),
    guest_ids: Iterable[int] = (),
    side: Side | None = None,
) -> list[ParticipantView]:
    """Several at once (a delegation's guests, say); those already there are skipped."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id)
    present = {(p.person.kind, p.person.id) for p in participants_of(session, event)}
    for official_id in official_ids:
        if (PersonKind.OFFICIAL, official_id) not in present:
            add_participant(session, actor, event_id, official_id=official_id, side=side)
    for guest_id in guest_ids:
        if (PersonKind.GUEST, guest_id) not in present:
            add_participant(session, actor, event_id, guest_id=guest_id, side=side)
    return participants_of(session, event)


def remove_participant(session: Session, actor: Actor, event_id: int, participant_id: int) -> None:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    event = event_row(session, event_id, lock=True)
    row = session.get(SeatingParticipant, participant_id)
    if row is None or row.event_id != event.id:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no participant {id}."), id=participant_id
        )
    before = {"official_id": row.official_id, "guest_id": row.guest_id, "side": row.side}
    clear_seats(session, event)
    session.delete(row)
    session.flush()
    record(session, actor, "seating_participant.remove", PARTICIPANT, participant_id, before)


def participant_key(
    kind: EventKind, side: Side, role: SeatRole | None, key: PrecedenceKey
) -> tuple[Any, ...]:
    """The event's order: per side for a banquet or meeting (a named host, then a named
    deputy host, then the precedence order, named staff last); the precedence order else."""
    if not kind.sided:
        return (0, 0, key)
    return (0 if side is Side.GUEST else 1, ROLE_RANK[role], key)


def participants_of(session: Session, event: SeatingEvent) -> list[ParticipantView]:
    """The event's participants in its order (no permission check)."""
    rows: Sequence[SeatingParticipant] = session.scalars(
        select(SeatingParticipant).where(SeatingParticipant.event_id == event.id)
    ).all()
    people = people_of(
        session,
        [r.official_id for r in rows if r.official_id is not None],
        [r.guest_id for r in rows if r.guest_id is not None],
    )
    kind = EventKind(event.kind)
    found: list[tuple[tuple[Any, ...], SeatingParticipant, PersonView]] = []
    for row in rows:
        if row.official_id is not None:
            person = people[PersonKind.OFFICIAL, row.official_id]
        else:
            person = people[PersonKind.GUEST, int(row.guest_id or 0)]
        role = SeatRole(row.role) if row.role else None
        found.append((participant_key(kind, Side(row.side), role, person.key), row, person))
    found.sort(key=lambda item: item[0])
    views: list[ParticipantView] = []
    numbers: dict[Side | None, int] = {}
    for _, row, person in found:
        group = Side(row.side) if kind.sided else None
        numbers[group] = numbers.get(group, 0) + 1
        role = SeatRole(row.role) if row.role else None
        views.append(ParticipantView(row.id, person, Side(row.side), role, numbers[group]))
    return views


def participants(session: Session, actor: Actor, event_id: int) -> list[ParticipantView]:
    authorize_reading(session, actor)
    return participants_of(session, event_row(session, event_id))

"""Rows for the dashboard's tests, written straight to the tables (the visitors, lodging and
petitions services are tested on their own), and the demo the figures are checked on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.lodging.models import Guest, Room, Stay
from reception.core.security.models import Operator
from reception.core.security.roles import Actor, Role
from reception.core.visitors.models import Ticket, Visit, Visitor
from reception.db.database import Database
from reception.demo.fill import fill
from tests.unit.petitions_support import add_case as add_registered_case

ZONE = ZoneInfo("Asia/Shanghai")
# Wednesday 25 November 2026, 15:30 in Beijing: the demo's queue is live.
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 11, 25)
SCALE = 3000


def operator_of(db: Database, role: Role) -> Actor:
    with db.read() as session:
        row = session.execute(
            select(Operator.id, Operator.login).where(Operator.role == role.value).limit(1)
        ).one()
    return Actor(row.id, row.login, role)


def fill_demo(db: Database, admin: Actor) -> Actor:
    """The demo at SCALE visits up to NOW; its director."""
    fill(db, admin, SCALE, lambda done, total: None, seed=7, now=NOW)
    return operator_of(db, Role.DIRECTOR)


def room_of(s: Session, number: str, beds: int = 1) -> int:
    row = Room(floor=int(number[0]), number=number, room_type="standard", beds=beds)
    s.add(row)
    s.flush()
    return row.id


def guest_of(s: Session, name: str) -> int:
    row = Guest(name=name, name_pinyin=name, name_initials=name, gender="male", rank="staff")
    s.add(row)
    s.flush()
    return row.id


def add_stay(
    s: Session,
    room_id: int,
    guest_id: int,
    arrive: date,
    depart: date,
    state: str = "booked",
    *,
    bed: int = 1,
) -> None:
    s.add(
        Stay(
            room_id=room_id,
            guest_id=guest_id,
            bed=bed,
            arrive=arrive,
            depart=depart,
            state=state,
            created_at=NOW,
        )
    )
    s.flush()


def add_visit(
    s: Session,
    day: date,
    at: datetime,
    *,
    ticket: str | None = None,
    queued: datetime | None = None,
    called: datetime | None = None,
    left: bool = False,
    arrived: bool = True,
) -> int:
    """A walk-in of `day` registered at `at` (arrived then unless `arrived` is False), with
    a ticket of series A in state `ticket` if given."""
    person = Visitor(name="张三", name_pinyin="zhangsan", name_initials="zs", created_at=at)
    s.add(person)
    s.flush()
    visit = Visit(
        visitor_id=person.id,
        kind="walk_in" if arrived else "appointment",
        day=day,
        purpose="办事",
        priority="ordinary",
        registered_at=at,
        arrived_at=at if arrived else None,
        left_at=at + timedelta(hours=1) if left else None,
        token_id=f"t{person.id:019d}",
        token_expires_at=at + timedelta(days=1),
    )
    s.add(visit)
    s.flush()
    if ticket is not None:
        number = len(s.scalars(select(Ticket.id).where(Ticket.day == day)).all()) + 1
        s.add(
            Ticket(
                visit_id=visit.id,
                day=day,
                series="A",
                number=number,
                queue_series="A",
                state=ticket,
                order_key=queued or at,
                issued_at=at,
                queued_at=queued or at,
                first_called_at=called,
                called_at=called,
                counter=1 if ticket == "called" else None,
            )
        )
        s.flush()
    return visit.id


def add_case(
    s: Session,
    actor: Actor,
    *,
    received_on: date,
    due: date | None = None,
    state: str = "registered",
    people: int = 1,
) -> int:
    """A case received on `received_on`, put in `state` with its next deadline `due`."""
    case = add_registered_case(s, actor, received_on=received_on, people_count=people)
    case.state, case.next_due_on = state, due
    s.flush()
    return case.id

"""The notable events of a report's period (reception.core.reports.period): joint visits,
escalations to a leader, delegations arriving, rooms and meals above the reception
standards with their reasons, overdue cases. The daily and the monthly report read them
alike, each kind the first EVENTS_LISTED of it and how many there are in all: a busy day
or month names ten of a kind and counts the rest (另有N件).

Names are masked (张*三) whatever the role: a report is passed on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.dashboard.lodging_figures import holding_nights
from reception.core.lodging.models import Delegation, Guest, Room, Stay
from reception.core.people import mask_name
from reception.core.petitions.cases import petitioners_of
from reception.core.petitions.deadlines import CaseFilter, list_cases
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    CaseEvent,
    CasePetitioner,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.states import EventKind
from reception.core.protocol.models import PlanMeal
from reception.core.protocol.seating import staff_limit
from reception.core.reports.period import Period
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import day_start

EVENTS_LISTED = 10  # of each kind; the rest are counted

T = TypeVar("T")


@dataclass(frozen=True)
class Listed(Generic[T]):
    """The first EVENTS_LISTED events of a kind, and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def listed(items: list[T] | tuple[T, ...], total: int | None = None) -> Listed[T]:
    return Listed(tuple(items[:EVENTS_LISTED]), len(items) if total is None else total)


@dataclass(frozen=True)
class DelegationLine:
    name: str  # office data: the delegation's name and unit are not personal data
    unit: str
    arrive: date
    depart: date
    guests: int


@dataclass(frozen=True)
class RoomException:
    """A room above a guest's standard held in the period, with the reason."""

    room: str  # 1-305: building, number
    guest: str  # masked
    room_type: str  # RoomType value
    reason: str


@dataclass(frozen=True)
class MealException:
    """A meal with more accompanying staff than the limit."""

    delegation: str
    starts_at: datetime  # UTC
    title: str
    guests: int
    staff: int
    limit: int
    reason: str  # "" when none was recorded


@dataclass(frozen=True)
class JointVisit:
    case_no: str
    came_on: date
    people: int
    category: str
    representatives: str  # masked, 、-separated


@dataclass(frozen=True)
class Escalation:
    case_no: str
    on_day: date
    leader: str  # the leader as recorded (an official, not a petitioner)
    category: str


@dataclass(frozen=True)
class OverdueCase:
    case_no: str
    petitioners: str  # masked
    unit: str  # assigned unit, else the unit concerned
    due: date
    days_over: int


# -- lodging ----------------------------------------------------------------------------------


def delegations_arriving(session: Session, period: Period) -> tuple[DelegationLine, ...]:
    """Every delegation arriving in the period, not cancelled, by arrival then name."""
    guests = (
        select(func.count())
        .select_from(Guest)
        .where(Guest.delegation_id == Delegation.id)
        .scalar_subquery()
    )
    return tuple(
        DelegationLine(name, unit, arrive, depart, int(count))
        for name, unit, arrive, depart, count in session.execute(
            select(Delegation.name, Delegation.unit, Delegation.arrive, Delegation.depart, guests)
            .where(
                Delegation.arrive >= period.start,
                Delegation.arrive < period.end,
                Delegation.cancelled.is_(False),
            )
            .order_by(Delegation.arrive, Delegation.name, Delegation.id)
        )
    )


def room_exceptions(session: Session, period: Period) -> Listed[RoomException]:
    """Live stays holding a night of the period in a room above the standard (a stay with
    its exception's reason recorded)."""
    above = (
        holding_nights(period.start, period.end),
        Stay.exception_reason.is_not(None),
        Stay.exception_reason != "",
    )
    total = int(session.scalar(select(func.count()).select_from(Stay).where(*above)) or 0)
    rows = session.execute(
        select(Room.building, Room.number, Room.room_type, Guest.name, Stay.exception_reason)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .where(*above)
        .order_by(Room.building, Room.number, Stay.id)
        .limit(EVENTS_LISTED)
    )
    return listed(
        [
            RoomException(f"{building}-{number}", mask_name(name), room_type, reason or "")
            for building, number, room_type, name, reason in rows
        ],
        total,
    )


def meal_exceptions(session: Session, period: Period) -> Listed[MealException]:
    """Meals in the period's office days, of delegations not cancelled, above the staff
    limit (the reception plan's warning)."""
    zone = load_settings(session).zone
    rows = session.execute(
        select(
            Delegation.name,
            PlanMeal.starts_at,
            PlanMeal.title,
            PlanMeal.guests,
            PlanMeal.staff,
            PlanMeal.exception_reason,
        )
        .join(Delegation, Delegation.id == PlanMeal.delegation_id)
        .where(
            PlanMeal.starts_at >= day_start(period.start, zone),
            PlanMeal.starts_at < day_start(period.end, zone),
            Delegation.cancelled.is_(False),
        )
        .order_by(PlanMeal.starts_at, PlanMeal.id)
    )
    return listed(
        [
            MealException(name, starts, title, guests, staff, staff_limit(guests), reason or "")
            for name, starts, title, guests, staff, reason in rows
            if staff > staff_limit(guests)
        ]
    )


# -- petitions --------------------------------------------------------------------------------


def masked_names(session: Session, case_ids: list[int], *, representatives: bool) -> dict[int, str]:
    """Each case's petitioners (its representatives only, if asked), masked, 、-separated."""
    if representatives:
        rows = session.execute(
            select(CasePetitioner.case_id, Petitioner.name)
            .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
            .where(CasePetitioner.case_id.in_(case_ids), CasePetitioner.is_representative)
            .order_by(CasePetitioner.case_id, CasePetitioner.position)
        )
        found: dict[int, list[str]] = {case_id: [] for case_id in case_ids}
        for case_id, name in rows:
            found[case_id].append(name)
    else:
        people = petitioners_of(session, case_ids)
        found = {case_id: [p.name for p in persons] for case_id, persons in people.items()}
    return {
        case_id: "、".join(mask_name(name) for name in names[:3]) + ("等" if len(names) > 3 else "")
        for case_id, names in found.items()
    }


def joint_visits(session: Session, period: Period) -> Listed[JointVisit]:
    """Visits of five people or more (集体访) in the period, as the statistics count them."""
    where = (
        PetitionVisit.came_on >= period.start,
        PetitionVisit.came_on < period.end,
        PetitionVisit.people_count >= JOINT_VISIT_PEOPLE,
    )
    total = int(session.scalar(select(func.count()).select_from(PetitionVisit).where(*where)) or 0)
    rows = session.execute(
        select(
            PetitionCase.id,
            PetitionCase.case_no,
            PetitionVisit.came_on,
            PetitionVisit.people_count,
            PetitionCase.category,
        )
        .join(PetitionCase, PetitionCase.id == PetitionVisit.case_id)
        .where(*where)
        .order_by(PetitionVisit.came_on, PetitionVisit.created_at, PetitionVisit.id)
        .limit(EVENTS_LISTED)
    ).all()
    names = masked_names(session, [row[0] for row in rows], representatives=True)
    return listed(
        [
            JointVisit(case_no, came_on, int(people), category or "", names.get(case_id, ""))
            for case_id, case_no, came_on, people, category in rows
        ],
        total,
    )


def escalations(session: Session, period: Period) -> Listed[Escalation]:
    """Cases referred to a leader in the period (the case's escalation events)."""
    where = (
        CaseEvent.kind == EventKind.ESCALATED.value,
        CaseEvent.on_day >= period.start,
        CaseEvent.on_day < period.end,
    )
    total = int(session.scalar(select(func.count()).select_from(CaseEvent).where(*where)) or 0)
    rows = session.execute(
        select(PetitionCase.case_no, CaseEvent.on_day, CaseEvent.leader, PetitionCase.category)
        .join(PetitionCase, PetitionCase.id == CaseEvent.case_id)
        .where(*where)
        .order_by(CaseEvent.at, CaseEvent.id)
        .limit(EVENTS_LISTED)
    )
    return listed(
        [
            Escalation(case_no, on_day, leader or "", category or "")
            for case_no, on_day, leader, category in rows
        ],
        total,
    )


def overdue_cases(session: Session, actor: Actor, day: date, total: int) -> Listed[OverdueCase]:
    """The first rows of the deadlines view's overdue filter on `day`, most overdue first;
    `total`: the count the report states (the dashboard's, the monthly statistics')."""
    views = list_cases(session, actor, CaseFilter(overdue=True), today=day, limit=EVENTS_LISTED)
    names = masked_names(session, [v.id for v in views], representatives=False)
    return Listed(
        tuple(
            OverdueCase(
                view.case_no,
                names.get(view.id, ""),
                view.assigned_unit or view.unit_concerned,
                view.next_due_on,
                (day - view.next_due_on).days,
            )
            for view in views
            if view.next_due_on is not None
        ),
        total,
    )

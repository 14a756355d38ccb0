"""The daily report's figures (接待工作日报) for one office day: each area the actor's role
may read (the dashboard's rule, reception.core.dashboard.access), None for the others.

The figures are the dashboard's own, read for the report's moment (the end of a past day,
or now for today), so the report, the dashboard and the lists they sum up agree:
visitors, rooms, arrivals and departures, cases received, joint visits, overdue cases are
read by the dashboard's functions; the charts' series by dashboard.trends. What the
dashboard does not count (last week's figures, the notable events) is read here with the
same filters. States are read as they are now: an overdue case of a past day is one still
open and past its deadline on that day, as the monthly statistics count it.

Names in a report are masked (张*三) whatever the role: a report is passed on. Generating
one is audited ("report.daily"), as composing a notice is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, sees
from reception.core.dashboard.lodging_figures import holding_nights, lodging_figures
from reception.core.dashboard.petition_figures import petition_figures
from reception.core.dashboard.queue_figures import called_waits, queue_figures
from reception.core.dashboard.trends import arrivals_by_hour, occupancy_ahead, waits_by_hour
from reception.core.dashboard.views import (
    CategoryCount,
    HourlyArrivals,
    LodgingFigures,
    OccupancyDay,
    SeriesFigure,
)
from reception.core.errors import InvalidInput, NotPermitted
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
from reception.core.security.audit import record
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import day_end, day_start, office_day
from reception.db.base import utcnow

AUDIT_ACTION = "report.daily"
AUDIT_ENTITY = "daily_report"
OCCUPANCY_NIGHTS = 7  # the chart of rooms: the report's night and the six after it
OVERDUE_LISTED = 10  # overdue cases named among the notable events; the rest are counted
EXCEPTIONS_LISTED = 20  # rooms above the standard named; the rest are counted
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class QueueDay:
    visitors: int  # visits of the day that arrived: the dashboard's visitors_today
    visitors_last_week: int  # the same, the same weekday a week before
    not_arrived: int  # visits booked for the day that did not (yet) arrive
    called: int  # tickets of the day called at least once
    average_wait_minutes: int | None  # joined the queue -> first called, all of them
    longest_wait_minutes: int | None
    series: tuple[SeriesFigure, ...]  # each queue: called_today, average_wait_minutes
    arrivals: HourlyArrivals  # by office hour, against the four same weekdays before
    waits_by_hour: tuple[float | None, ...]  # mean wait of the calls in each office hour

    @property
    def busiest_hour(self) -> int | None:
        """The office hour with the most arrivals (the earliest of equals); None: none."""
        most = max(self.arrivals.today, default=0)
        return self.arrivals.today.index(most) if most else None


@dataclass(frozen=True)
class DelegationLine:
    name: str  # office data: the delegation's name and unit are not personal data
    unit: str
    arrive: date
    depart: date
    guests: int


@dataclass(frozen=True)
class RoomException:
    """A room above a guest's standard held on the report's night, with the reason."""

    room: str  # 1-305: building, number
    guest: str  # masked
    room_type: str  # RoomType value
    reason: str


@dataclass(frozen=True)
class MealException:
    """A meal of the day with more accompanying staff than the limit."""

    delegation: str
    starts_at: datetime  # UTC
    title: str
    guests: int
    staff: int
    limit: int
    reason: str  # "" when none was recorded


@dataclass(frozen=True)
class LodgingDay:
    figures: LodgingFigures  # the dashboard's, for the report's night
    arriving: tuple[DelegationLine, ...]  # delegations arriving that day, not cancelled
    room_exceptions: tuple[RoomException, ...]  # the first EXCEPTIONS_LISTED
    room_exceptions_total: int
    meal_exceptions: tuple[MealException, ...]
    occupancy: tuple[OccupancyDay, ...]  # OCCUPANCY_NIGHTS nights from the report's


@dataclass(frozen=True)
class JointVisit:
    case_no: str
    people: int
    category: str
    representatives: str  # masked, 、-separated


@dataclass(frozen=True)
class Escalation:
    case_no: str
    leader: str  # the leader as recorded (an official, not a petitioner)
    category: str


@dataclass(frozen=True)
class OverdueCase:
    case_no: str
    petitioners: str  # masked
    unit: str  # assigned unit, else the unit concerned
    due: date
    days_over: int


@dataclass(frozen=True)
class PetitionDay:
    received: int  # cases received that day: the dashboard's new_today
    received_last_week: int
    by_form: tuple[tuple[str, int], ...]  # CaseForm value, cases; most first
    by_category: tuple[CategoryCount, ...]  # cases received that day by category
    visits: int  # visits (来访批次) that day, first and repeat
    visit_people: int  # the people of those visits (人次)
    repeat_visits: int
    joint_visits: tuple[JointVisit, ...]  # five people or more: the dashboard's joint visits
    accepted: int  # accepted that day
    replied: int  # replied that day
    escalations: tuple[Escalation, ...]  # referred to a leader that day
    overdue: int  # open and past the deadline: the deadlines view's overdue filter
    overdue_cases: tuple[OverdueCase, ...]  # the first OVERDUE_LISTED of that view
    due_soon: int
    due_soon_days: int


@dataclass(frozen=True)
class DailyReport:
    day: date
    at: datetime  # the moment read (UTC): now for today, else the day's last instant
    office: str
    zone: str  # the office's time zone, for the times the report writes
    so_far: bool  # the day is today: its figures up to `at`
    queue: QueueDay | None  # None: the actor's role may not read the area
    lodging: LodgingDay | None
    petitions: PetitionDay | None

    @property
    def areas(self) -> tuple[str, ...]:
        shown = (
            (Area.QUEUE, self.queue),
            (Area.LODGING, self.lodging),
            (Area.PETITIONS, self.petitions),
        )
        return tuple(area.value for area, part in shown if part is not None)


def daily_report(
    session: Session, actor: Actor, day: date, *, now: datetime | None = None
) -> DailyReport:
    """The report of `day` (today or before) for the actor's role; refused when the role
    reads none of its areas. Writes one audit row: needs a writing unit of work."""
    clock = now or utcnow()
    settings = load_settings(session)
    zone = settings.zone
    today = office_day(clock, zone)
    if day > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A daily report is for today or a day before, not {day}."),
            day=day.isoformat(),
        )
    if not any(sees(actor, area) for area in Area):
        raise NotPermitted(
            QT_TRANSLATE_NOOP("Errors", "Your role reads none of the daily report's areas.")
        )
    at = clock if day == today else day_end(day, zone) - timedelta(microseconds=1)
    report = DailyReport(
        day=day,
        at=at,
        office=settings.office_name,
        zone=settings.time_zone,
        so_far=day == today,
        queue=_queue(session, actor, day, at) if sees(actor, Area.QUEUE) else None,
        lodging=_lodging(session, actor, day, at) if sees(actor, Area.LODGING) else None,
        petitions=_petitions(session, actor, day, at) if sees(actor, Area.PETITIONS) else None,
    )
    after = {"day": day.isoformat(), "areas": list(report.areas)}
    record(session, actor, AUDIT_ACTION, AUDIT_ENTITY, day.isoformat(), None, after)
    return report


# -- queue ------------------------------------------------------------------------------------


def _queue(session: Session, actor: Actor, day: date, at: datetime) -> QueueDay:
    zone = load_settings(session).zone
    figures = queue_figures(session, actor, at, zone=zone)
    week_before = day_end(day - WEEK, zone) - timedelta(microseconds=1)
    last_week = queue_figures(session, actor, week_before, zone=zone).visitors_today
    waits = [minutes for _, _, minutes in called_waits(session, day)]
    return QueueDay(
        visitors=figures.visitors_today,
        visitors_last_week=last_week,
        not_arrived=figures.expected_today,
        called=len(waits),
        average_wait_minutes=int(sum(waits) / len(waits) + 0.5) if waits else None,
        longest_wait_minutes=int(max(waits) + 0.5) if waits else None,
        series=figures.series,
        arrivals=arrivals_by_hour(session, actor, day),
        waits_by_hour=waits_by_hour(session, actor, day),
    )


# -- lodging ----------------------------------------------------------------------------------


def _lodging(session: Session, actor: Actor, day: date, at: datetime) -> LodgingDay:
    figures = lodging_figures(session, actor, at, zone=load_settings(session).zone)
    guests = (
        select(func.count())
        .select_from(Guest)
        .where(Guest.delegation_id == Delegation.id)
        .scalar_subquery()
    )
    arriving = tuple(
        DelegationLine(name, unit, arrive, depart, int(count))
        for name, unit, arrive, depart, count in session.execute(
            select(Delegation.name, Delegation.unit, Delegation.arrive, Delegation.depart, guests)
            .where(Delegation.arrive == day, Delegation.cancelled.is_(False))
            .order_by(Delegation.name, Delegation.id)
        )
    )
    above = (
        holding_nights(day, day + timedelta(days=1)),
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
        .limit(EXCEPTIONS_LISTED)
    )
    exceptions = tuple(
        RoomException(f"{building}-{number}", mask_name(name), room_type, reason or "")
        for building, number, room_type, name, reason in rows
    )
    return LodgingDay(
        figures=figures,
        arriving=arriving,
        room_exceptions=exceptions,
        room_exceptions_total=total,
        meal_exceptions=_meal_exceptions(session, day),
        occupancy=occupancy_ahead(session, actor, day, OCCUPANCY_NIGHTS),
    )


def _meal_exceptions(session: Session, day: date) -> tuple[MealException, ...]:
    """Meals of the office day, of delegations not cancelled, above the staff limit (the
    reception plan's warning)."""
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
            PlanMeal.starts_at >= day_start(day, zone),
            PlanMeal.starts_at < day_end(day, zone),
            Delegation.cancelled.is_(False),
        )
        .order_by(PlanMeal.starts_at, PlanMeal.id)
    )
    return tuple(
        MealException(name, starts, title, guests, staff, staff_limit(guests), reason or "")
        for name, starts, title, guests, staff, reason in rows
        if staff > staff_limit(guests)
    )


# -- petitions --------------------------------------------------------------------------------


def _petitions(session: Session, actor: Actor, day: date, at: datetime) -> PetitionDay:
    figures = petition_figures(session, actor, at, zone=load_settings(session).zone)
    pc = PetitionCase
    count = func.count()

    def number(where: ColumnElement[bool]) -> int:
        return int(session.scalar(select(count).select_from(pc).where(where)) or 0)

    by_form = tuple(
        (str(form), int(n))
        for form, n in session.execute(
            select(pc.form, count)
            .where(pc.received_on == day)
            .group_by(pc.form)
            .order_by(count.desc(), pc.form)
        )
    )
    by_category = tuple(
        CategoryCount(str(category or ""), int(n))
        for category, n in session.execute(
            select(pc.category, count)
            .where(pc.received_on == day)
            .group_by(pc.category)
            .order_by(count.desc(), pc.category)
        )
    )
    visits, people, repeats = session.execute(
        select(
            count,
            func.coalesce(func.sum(PetitionVisit.people_count), 0),
            func.coalesce(func.sum(case((PetitionVisit.is_repeat, 1), else_=0)), 0),
        ).where(PetitionVisit.came_on == day)
    ).one()
    escalations = tuple(
        Escalation(case_no, leader or "", category or "")
        for case_no, leader, category in session.execute(
            select(pc.case_no, CaseEvent.leader, pc.category)
            .join(pc, pc.id == CaseEvent.case_id)
            .where(CaseEvent.kind == EventKind.ESCALATED.value, CaseEvent.on_day == day)
            .order_by(CaseEvent.at, CaseEvent.id)
        )
    )
    return PetitionDay(
        received=figures.new_today,
        received_last_week=number(pc.received_on == day - WEEK),
        by_form=by_form,
        by_category=by_category,
        visits=int(visits),
        visit_people=int(people),
        repeat_visits=int(repeats),
        joint_visits=_joint_visits(session, day),
        accepted=number(pc.accepted_on == day),
        replied=number(pc.replied_on == day),
        escalations=escalations,
        overdue=figures.overdue,
        overdue_cases=_overdue_cases(session, actor, day),
        due_soon=figures.due_soon,
        due_soon_days=figures.due_soon_days,
    )


def _masked_names(
    session: Session, case_ids: list[int], *, representatives: bool
) -> dict[int, str]:
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


def _joint_visits(session: Session, day: date) -> tuple[JointVisit, ...]:
    rows = session.execute(
        select(
            PetitionCase.id, PetitionCase.case_no, PetitionVisit.people_count, PetitionCase.category
        )
        .join(PetitionCase, PetitionCase.id == PetitionVisit.case_id)
        .where(PetitionVisit.came_on == day, PetitionVisit.people_count >= JOINT_VISIT_PEOPLE)
        .order_by(PetitionVisit.created_at, PetitionVisit.id)
    ).all()
    names = _masked_names(session, [row[0] for row in rows], representatives=True)
    return tuple(
        JointVisit(case_no, int(people), category or "", names.get(case_id, ""))
        for case_id, case_no, people, category in rows
    )


def _overdue_cases(session: Session, actor: Actor, day: date) -> tuple[OverdueCase, ...]:
    """The first rows of the deadlines view's overdue filter on `day`, most overdue first."""
    views = list_cases(session, actor, CaseFilter(overdue=True), today=day, limit=OVERDUE_LISTED)
    names = _masked_names(session, [v.id for v in views], representatives=False)
    return tuple(
        OverdueCase(
            view.case_no,
            names.get(view.id, ""),
            view.assigned_unit or view.unit_concerned,
            view.next_due_on,
            (day - view.next_due_on).days,
        )
        for view in views
        if view.next_due_on is not None
    )

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
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from reception.core.dashboard.access import Area, sees
from reception.core.dashboard.lodging_figures import lodging_figures
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
from reception.core.petitions.models import PetitionCase, PetitionVisit
from reception.core.reports.areas import held_areas
from reception.core.reports.events import (
    DelegationLine,
    Escalation,
    JointVisit,
    Listed,
    MealException,
    OverdueCase,
    RoomException,
    delegations_arriving,
    escalations,
    joint_visits,
    meal_exceptions,
    overdue_cases,
    room_exceptions,
)
from reception.core.reports.period import Period, day_period, reading_moment
from reception.core.security.audit import record
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import day_end
from reception.db.base import utcnow

AUDIT_ACTION = "report.daily"
AUDIT_ENTITY = "daily_report"
OCCUPANCY_NIGHTS = 7  # the chart of rooms: the report's night and the six after it
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
class LodgingDay:
    figures: LodgingFigures  # the dashboard's, for the report's night
    arriving: tuple[DelegationLine, ...]  # delegations arriving that day, not cancelled
    room_exceptions: Listed[RoomException]  # rooms above the standard held that night
    meal_exceptions: Listed[MealException]  # meals of the day above the staff limit
    occupancy: tuple[OccupancyDay, ...]  # OCCUPANCY_NIGHTS nights from the report's


@dataclass(frozen=True)
class PetitionDay:
    received: int  # cases received that day: the dashboard's new_today
    received_last_week: int
    by_form: tuple[tuple[str, int], ...]  # CaseForm value, cases; most first
    by_category: tuple[CategoryCount, ...]  # cases received that day by category
    visits: int  # visits (来访批次) that day, first and repeat
    visit_people: int  # the people of those visits (人次)
    repeat_visits: int
    joint_visits: Listed[JointVisit]  # five people or more: the dashboard's joint visits
    accepted: int  # accepted that day
    replied: int  # replied that day
    escalations: Listed[Escalation]  # referred to a leader that day
    overdue: int  # open and past the deadline: the deadlines view's overdue filter
    overdue_cases: Listed[OverdueCase]  # the first rows of that view, `overdue` in all
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
        return held_areas(self.queue, self.lodging, self.petitions)


def daily_report(
    session: Session, actor: Actor, day: date, *, now: datetime | None = None
) -> DailyReport:
    """The report of `day` (today or before) for the actor's role; refused when the role
    reads none of its areas. Writes one audit row: needs a writing unit of work."""
    clock = now or utcnow()
    settings = load_settings(session)
    moment = reading_moment(day_period(day), clock, settings.zone)
    if moment is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A daily report is for today or a day before, not {day}."),
            day=day.isoformat(),
        )
    if not any(sees(actor, area) for area in Area):
        raise NotPermitted(
            QT_TRANSLATE_NOOP("Errors", "Your role reads none of the daily report's areas.")
        )
    at, so_far = moment
    report = DailyReport(
        day=day,
        at=at,
        office=settings.office_name,
        zone=settings.time_zone,
        so_far=so_far,
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
    period = day_period(day)
    return LodgingDay(
        figures=lodging_figures(session, actor, at, zone=load_settings(session).zone),
        arriving=delegations_arriving(session, period),
        room_exceptions=room_exceptions(session, period),
        meal_exceptions=meal_exceptions(session, period),
        occupancy=occupancy_ahead(session, actor, day, OCCUPANCY_NIGHTS),
    )


# -- petitions --------------------------------------------------------------------------------


def visit_counts(session: Session, period: Period) -> tuple[int, int, int]:
    """(visits, their people, repeat visits) of the petitions office in the period."""
    visits, people, repeats = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(PetitionVisit.people_count), 0),
            func.coalesce(func.sum(case((PetitionVisit.is_repeat, 1), else_=0)), 0),
        ).where(PetitionVisit.came_on >= period.start, PetitionVisit.came_on < period.end)
    ).one()
    return int(visits), int(people), int(repeats)


def _petitions(session: Session, actor: Actor, day: date, at: datetime) -> PetitionDay:
    figures = petition_figures(session, actor, at, zone=load_settings(session).zone)
    period = day_period(day)
    pc = PetitionCase
    count = func.count()

    def number(where: ColumnElement[bool]) -> int:
        return int(session.scalar(select(count).select_from(pc).where(where)) or 0)

    def grouped(column: InstrumentedAttribute[Any]) -> list[tuple[Any, int]]:
        rows = session.execute(
            select(column, count)
            .where(pc.received_on == day)
            .group_by(column)
            .order_by(count.desc(), column)
        )
        return [(key, int(n)) for key, n in rows]

    visits, people, repeats = visit_counts(session, period)
    return PetitionDay(
        received=figures.new_today,
        received_last_week=number(pc.received_on == day - WEEK),
        by_form=tuple((str(form), n) for form, n in grouped(pc.form)),
        by_category=tuple(CategoryCount(str(c or ""), n) for c, n in grouped(pc.category)),
        visits=visits,
        visit_people=people,
        repeat_visits=repeats,
        joint_visits=joint_visits(session, period),
        accepted=number(pc.accepted_on == day),
        replied=number(pc.replied_on == day),
        escalations=escalations(session, period),
        overdue=figures.overdue,
        overdue_cases=overdue_cases(session, actor, day, figures.overdue),
        due_soon=figures.due_soon,
        due_soon_days=figures.due_soon_days,
    )

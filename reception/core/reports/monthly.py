"""The monthly report's figures (接待工作月报) for one month: each area the actor's role may
read (the dashboard's rule, reception.core.dashboard.access), None for the others, with
the month before (环比) and the same month a year before (同比) to compare.

The figures are the lists' own, as the daily report's: visitors are the visits that
arrived (the dashboard's visitors_today, day by day), waits the dashboard's called_waits,
rooms the room chart's nights (dashboard.trends.occupancy_ahead), the petitions figures
the 月度统计's (petitions.statistics.monthly_statistics) and its on-time rate; the
notable events are read by reports.events for the month. A month still running is read
up to now and compared with the same days of the other months (reports.period).

Names in a report are masked (张*三) whatever the role. Generating one is audited
("report.monthly"), as the daily report is."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from reception.core.dashboard.access import Area, authorize_area, sees
from reception.core.dashboard.queue_figures import called_waits
from reception.core.dashboard.trends import occupancy_ahead
from reception.core.dashboard.views import OccupancyDay
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.lodging.models import Delegation, Stay
from reception.core.petitions.models import PetitionCase
from reception.core.petitions.statistics import MonthlyFigures, monthly_statistics
from reception.core.reports.areas import held_areas
from reception.core.reports.daily import visit_counts
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
from reception.core.reports.period import (
    Period,
    has_records,
    month_before,
    month_period,
    reading_moment,
    same_span,
)
from reception.core.security.audit import record
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.models import Visit
from reception.core.visitors.settings import load_queue_settings
from reception.db.base import utcnow

AUDIT_ACTION = "report.monthly"
AUDIT_ENTITY = "monthly_report"


@dataclass(frozen=True)
class Compared:
    """A figure of the month, of the month before and of the same month a year before
    (the same days of them for a month still running); None: no records by then."""

    now: int
    month_before: int | None
    year_before: int | None


@dataclass(frozen=True)
class SeriesMonth:
    series: str
    name: str  # the service's name (office data)
    called: int
    average_wait_minutes: int | None


@dataclass(frozen=True)
class QueueMonth:
    visitors: Compared  # visits that arrived
    by_day: tuple[int, ...]  # visitors of each day read, from the 1st
    not_arrived: int  # visits booked in the month that did not (yet) arrive
    called: int  # tickets called at least once
    average_wait_minutes: int | None  # joined the queue -> first called, all of them
    average_wait_before: int | None  # the same, the month before
    longest_wait_minutes: int | None
    waits_by_day: tuple[float | None, ...]  # mean wait of each day's calls, to a tenth
    series: tuple[SeriesMonth, ...]

    @property
    def open_days(self) -> int:
        """Days with a visitor: the days the office received."""
        return sum(1 for n in self.by_day if n)

    @property
    def busiest_day(self) -> int | None:
        """The index of the day with most visitors (the earliest of equals); None: none."""
        most = max(self.by_day, default=0)
        return self.by_day.index(most) if most else None


@dataclass(frozen=True)
class LodgingMonth:
    nights: tuple[OccupancyDay, ...]  # each night read: the room chart's bars
    room_nights: Compared  # rooms occupied, night by night, summed (间夜)
    rooms_nights_total: Compared  # active rooms, night by night, summed: the rate's whole
    delegations: Compared  # delegations arriving in the month, not cancelled
    guests: Compared  # their people
    arriving: tuple[DelegationLine, ...]
    room_exceptions: Listed[RoomException]  # rooms above the standard held in the month
    meal_exceptions: Listed[MealException]  # meals of the month above the staff limit


@dataclass(frozen=True)
class PetitionMonth:
    figures: MonthlyFigures  # the 月度统计's for the month, as its dialog shows them
    received: Compared
    on_time_before: tuple[int, int] | None  # (on time, replied) of the month before
    on_time_year_before: tuple[int, int] | None
    visits: int  # visits (来访批次) in the month, first and repeat
    visit_people: int
    joint_visits: Listed[JointVisit]
    escalations: Listed[Escalation]
    overdue_day: date  # the day overdue cases are counted on: the month's last, or today
    overdue_cases: Listed[OverdueCase]  # the deadlines view's on that day; figures' total


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    period: Period  # the whole month
    read: Period  # the days read: the whole month, or up to today
    at: datetime  # the moment read (UTC)
    office: str
    zone: str
    so_far: bool  # the month is running
    queue: QueueMonth | None  # None: the actor's role may not read the area
    lodging: LodgingMonth | None
    petitions: PetitionMonth | None

    @property
    def areas(self) -> tuple[str, ...]:
        return held_areas(self.queue, self.lodging, self.petitions)


class _Spans:
    """The days read and the spans they are compared with."""

    def __init__(self, year: int, month: int, read: Period) -> None:
        whole = month_period(year, month)
        self.read = read
        self.month_before = same_span(whole, read, month_period(*month_before(year, month)))
        self.year_before = same_span(whole, read, month_period(year - 1, month))

    def compared(
        self,
        session: Session,
        column: InstrumentedAttribute[date],
        count: Callable[[Period], int],
    ) -> Compared:
        """`count` of the three spans; None for a span before `column`'s first record."""

        def of(period: Period) -> int | None:
            return count(period) if has_records(session, column, period) else None

        return Compared(count(self.read), of(self.month_before), of(self.year_before))


def monthly_report(
    session: Session, actor: Actor, year: int, month: int, *, now: datetime | None = None
) -> MonthlyReport:
    """The report of a month (this month or before) for the actor's role; refused when the
    role reads none of its areas. Writes one audit row: needs a writing unit of work."""
    clock = now or utcnow()
    settings = load_settings(session)
    whole = month_period(year, month)
    moment = reading_moment(whole, clock, settings.zone)
    if moment is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A monthly report is for this month or one before, not {month}."
            ),
            month=f"{year}-{month:02d}",
        )
    if not any(sees(actor, area) for area in Area):
        raise NotPermitted(
            QT_TRANSLATE_NOOP("Errors", "Your role reads none of the monthly report's areas.")
        )
    at, so_far = moment
    read = whole.until(at.astimezone(settings.zone).date()) if so_far else whole
    spans = _Spans(year, month, read)
    report = MonthlyReport(
        year=year,
        month=month,
        period=whole,
        read=read,
        at=at,
        office=settings.office_name,
        zone=settings.time_zone,
        so_far=so_far,
        queue=_queue(session, actor, spans) if sees(actor, Area.QUEUE) else None,
        lodging=_lodging(session, actor, spans) if sees(actor, Area.LODGING) else None,
        petitions=(
            _petitions(session, actor, spans, year, month) if sees(actor, Area.PETITIONS) else None
        ),
    )
    key = f"{year}-{month:02d}"
    after = {"month": key, "areas": list(report.areas)}
    record(session, actor, AUDIT_ACTION, AUDIT_ENTITY, key, None, after)
    return report


# -- queue ------------------------------------------------------------------------------------


def _visitors_by_day(session: Session, period: Period) -> dict[date, int]:
    """Visits that arrived, by office day: the dashboard's visitors_today of each day."""
    rows = session.execute(
        select(Visit.day, func.count(Visit.arrived_at))
        .where(Visit.day >= period.start, Visit.day < period.end)
        .group_by(Visit.day)
    )
    return {day: int(n) for day, n in rows}


def _mean(values: list[float]) -> int | None:
    return int(sum(values) / len(values) + 0.5) if values else None


def _waits(session: Session, period: Period) -> dict[date, list[tuple[str, float]]]:
    return {
        day: [(series, minutes) for series, _, minutes in called_waits(session, day)]
        for day in period.dates()
    }


def _queue(session: Session, actor: Actor, spans: _Spans) -> QueueMonth:
    authorize_area(session, actor, Area.QUEUE)
    read = spans.read
    by_day = _visitors_by_day(session, read)
    visitors = spans.compared(
        session, Visit.day, lambda p: sum(_visitors_by_day(session, p).values())
    )
    waits = _waits(session, read)
    every = [minutes for calls in waits.values() for _, minutes in calls]
    per_series: dict[str, list[float]] = defaultdict(list)
    for calls in waits.values():
        for series, minutes in calls:
            per_series[series].append(minutes)
    settings = load_queue_settings(session)
    known = [service.series for service in settings.services]
    ordered = [s for s in known if s in per_series] + sorted(set(per_series) - set(known))
    before = [m for calls in _waits(session, spans.month_before).values() for _, m in calls]
    not_arrived = session.scalar(
        select(func.count())
        .select_from(Visit)
        .where(Visit.day >= read.start, Visit.day < read.end, Visit.arrived_at.is_(None))
    )
    return QueueMonth(
        visitors=visitors,
        by_day=tuple(by_day.get(day, 0) for day in read.dates()),
        not_arrived=int(not_arrived or 0),
        called=len(every),
        average_wait_minutes=_mean(every),
        average_wait_before=_mean(before),
        longest_wait_minutes=int(max(every) + 0.5) if every else None,
        waits_by_day=tuple(
            round(sum(m for _, m in waits[d]) / len(waits[d]), 1) if waits[d] else None
            for d in read.dates()
        ),
        series=tuple(
            SeriesMonth(s, settings.service_name(s), len(per_series[s]), _mean(per_series[s]))
            for s in ordered
        ),
    )


# -- lodging ----------------------------------------------------------------------------------


def _lodging(session: Session, actor: Actor, spans: _Spans) -> LodgingMonth:
    read = spans.read

    def nights(period: Period) -> tuple[OccupancyDay, ...]:
        return occupancy_ahead(session, actor, period.start, period.days)

    this = nights(read)
    delegations = {read: delegations_arriving(session, read)}

    def arriving(period: Period) -> tuple[DelegationLine, ...]:
        if period not in delegations:
            delegations[period] = delegations_arriving(session, period)
        return delegations[period]

    return LodgingMonth(
        nights=this,
        room_nights=spans.compared(
            session, Stay.arrive, lambda p: sum(n.occupied for n in nights(p))
        ),
        rooms_nights_total=spans.compared(
            session, Stay.arrive, lambda p: sum(n.total for n in nights(p))
        ),
        delegations=spans.compared(session, Delegation.arrive, lambda p: len(arriving(p))),
        guests=spans.compared(
            session, Delegation.arrive, lambda p: sum(d.guests for d in arriving(p))
        ),
        arriving=delegations[read],
        room_exceptions=room_exceptions(session, read),
        meal_exceptions=meal_exceptions(session, read),
    )


# -- petitions --------------------------------------------------------------------------------


def _on_time(session: Session, actor: Actor, year: int, month: int) -> tuple[int, int] | None:
    """(on time, replied) of a whole month by the 月度统计; None before the first case."""
    if not has_records(session, PetitionCase.received_on, month_period(year, month)):
        return None
    figures = monthly_statistics(session, actor, year, month)
    return figures.replied_on_time, figures.replied


def _petitions(
    session: Session, actor: Actor, spans: _Spans, year: int, month: int
) -> PetitionMonth:
    read = spans.read
    figures = monthly_statistics(session, actor, year, month, today=read.last)

    def received(period: Period) -> int:
        where = (PetitionCase.received_on >= period.start, PetitionCase.received_on < period.end)
        return int(session.scalar(select(func.count()).where(*where)) or 0)

    visits, people, _ = visit_counts(session, read)
    overdue_day = read.last
    return PetitionMonth(
        figures=figures,
        received=spans.compared(session, PetitionCase.received_on, received),
        on_time_before=_on_time(session, actor, *month_before(year, month)),
        on_time_year_before=_on_time(session, actor, year - 1, month),
        visits=visits,
        visit_people=people,
        joint_visits=joint_visits(session, read),
        escalations=escalations(session, read),
        overdue_day=overdue_day,
        overdue_cases=overdue_cases(session, actor, overdue_day, figures.overdue_open),
    )

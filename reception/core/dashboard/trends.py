"""The series the dashboard's charts draw, each for a given day (or month), so that the daily
report can draw the same for another one. Ready to plot: one value per hour or per day.

Hours are the office's wall-clock hours (0-23) in its time zone, whatever the desk's own.
Each reads a bounded slice through an index: the visits and tickets of five office days at
most, the stays holding a night of the window, the cases received in one month."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, authorize_area
from reception.core.dashboard.lodging_figures import holding_nights
from reception.core.dashboard.queue_figures import called_waits
from reception.core.dashboard.views import CategoryCount, HourlyArrivals, OccupancyDay
from reception.core.errors import InvalidInput
from reception.core.lodging.chart import MAX_CHART_DAYS
from reception.core.lodging.models import Room, Stay
from reception.core.petitions.models import PetitionCase
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.models import Visit

HOURS = tuple(range(24))
BASELINE_WEEKS = 4  # the same weekday of the four weeks before


def baseline_days(day: date) -> tuple[date, ...]:
    """The same weekdays `day` is compared with, nearest first."""
    return tuple(day - timedelta(weeks=week) for week in range(1, BASELINE_WEEKS + 1))


def _hour(moment: datetime, day: date, zone: ZoneInfo) -> int | None:
    """The office hour of `moment` when it falls on the office's `day`, else None."""
    local = moment.astimezone(zone)
    return local.hour if local.date() == day else None


def _per_hour(
    moments: Iterable[tuple[date, datetime]], days: Iterable[date], zone: ZoneInfo
) -> dict[date, list[int]]:
    counts = {day: [0] * len(HOURS) for day in days}
    for day, moment in moments:
        hour = _hour(moment, day, zone)
        if hour is not None and day in counts:
            counts[day][hour] += 1
    return counts


def arrivals_by_hour(session: Session, actor: Actor, day: date) -> HourlyArrivals:
    """Visits of the office `day` that arrived, by the hour they arrived, against the mean
    of the same hour over the four same weekdays before (a closed day counts as none)."""
    authorize_area(session, actor, Area.QUEUE)
    zone = load_settings(session).zone
    before = baseline_days(day)
    rows = session.execute(
        select(Visit.day, Visit.arrived_at).where(
            Visit.day.in_([day, *before]), Visit.arrived_at.is_not(None)
        )
    )
    counts = _per_hour(((d, at) for d, at in rows if at is not None), [day, *before], zone)
    baseline = tuple(round(sum(counts[d][hour] for d in before) / len(before), 2) for hour in HOURS)
    return HourlyArrivals(
        day=day,
        hours=HOURS,
        today=tuple(counts[day]),
        baseline=baseline,
        baseline_days=before,
    )


def waits_by_hour(session: Session, actor: Actor, day: date) -> tuple[float | None, ...]:
    """24 values: the mean wait in minutes (joined the queue -> first called) of the day's
    tickets first called in each office hour, to a tenth; None for an hour without a call."""
    authorize_area(session, actor, Area.QUEUE)
    zone = load_settings(session).zone
    spans: list[list[float]] = [[] for _ in HOURS]
    for _, called, minutes in called_waits(session, day):
        hour = _hour(called, day, zone)
        if hour is not None:
            spans[hour].append(minutes)
    return tuple(round(sum(s) / len(s), 1) if s else None for s in spans)


def occupancy_ahead(
    session: Session, actor: Actor, first_day: date, days: int = 14
) -> tuple[OccupancyDay, ...]:
    """For each night from `first_day` on: the active rooms a live stay holds (the room
    chart's bars, as `rooms_occupied` counts tonight), of all active rooms."""
    authorize_area(session, actor, Area.LODGING)
    if not 1 <= days <= MAX_CHART_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A room chart shows 1 to {most} days."),
            most=MAX_CHART_DAYS,
        )
    end = first_day + timedelta(days=days)
    rooms = session.execute(
        select(
            Room.id, Room.out_of_order_reason, Room.out_of_order_from, Room.out_of_order_to
        ).where(Room.active.is_(True))
    ).all()
    active = {row[0] for row in rooms}
    held: list[set[int]] = [set() for _ in range(days)]
    for room_id, arrive, depart in session.execute(
        select(Stay.room_id, Stay.arrive, Stay.depart).where(holding_nights(first_day, end))
    ):
        if room_id not in active:
            continue
        for offset in range(
            max(0, (arrive - first_day).days), min(days, (depart - first_day).days)
        ):
            held[offset].add(room_id)
    result = []
    for offset in range(days):
        night = first_day + timedelta(days=offset)
        repairs = sum(
            1
            for _, reason, start, stop in rooms
            if reason is not None
            and start is not None
            and start <= night
            and (stop is None or night < stop)
        )
        result.append(OccupancyDay(night, len(held[offset]), len(rooms), repairs))
    return tuple(result)


def cases_by_category(
    session: Session, actor: Actor, month_first_day: date
) -> tuple[CategoryCount, ...]:
    """Cases received in the month of `month_first_day` by category, most first (then by
    name): the monthly statistics' breakdown."""
    authorize_area(session, actor, Area.PETITIONS)
    start = month_first_day.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    count = func.count()
    rows = session.execute(
        select(PetitionCase.category, count)
        .where(PetitionCase.received_on >= start, PetitionCase.received_on < end)
        .group_by(PetitionCase.category)
        .order_by(count.desc(), PetitionCase.category)
    )
    return tuple(CategoryCount(str(category or ""), int(n)) for category, n in rows)

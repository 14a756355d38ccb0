"""The queue's figures for a moment: visitors of the office day, who is on site, who waits.

Each count is the WHERE clause of the list it summarises, so the two always agree:
- on site: checkin.on_site (the on-site page): the day's visits arrived and not left;
- waiting, longest wait: status.queue_status (the board): the day's tickets in state
  waiting, by the queue they wait in now, the longest from the earliest `queued_at`.

All reads go through the ix_visit_day_left and ix_ticket_queue / ix_ticket_called indexes,
bounded to the one office day: a few hundred rows however long the history."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, authorize_area
from reception.core.dashboard.views import QueueFigures, SeriesFigure
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import minutes_between, office_day
from reception.core.visitors.models import Ticket, TicketState, Visit
from reception.core.visitors.settings import load_queue_settings


def queue_figures(
    session: Session, actor: Actor, now: datetime, *, zone: ZoneInfo | None = None
) -> QueueFigures:
    """The queue at `now` (aware): the office day's visits and the tickets' current states.
    States are read as they are now: for a past `now` only the day's counts are history."""
    authorize_area(session, actor, Area.QUEUE)
    day = office_day(now, zone or load_settings(session).zone)
    arrived, onsite, people, expected = _visits(session, day)
    waiting, series = _tickets(session, day, now)
    return QueueFigures(
        visitors_today=arrived,
        onsite_now=onsite,
        onsite_people=people,
        expected_today=expected,
        waiting=waiting,
        series=series,
    )


def _visits(session: Session, day: date) -> tuple[int, int, int, int]:
    """(arrived, on site, people on site, expected) among the day's visits, in one read."""
    on_site = and_(Visit.arrived_at.is_not(None), Visit.left_at.is_(None))
    row = session.execute(
        select(
            func.count(Visit.arrived_at),
            func.coalesce(func.sum(case((on_site, 1), else_=0)), 0),
            func.coalesce(func.sum(case((on_site, Visit.party_size), else_=0)), 0),
            func.coalesce(func.sum(case((Visit.arrived_at.is_(None), 1), else_=0)), 0),
        ).where(Visit.day == day)
    ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def called_waits(session: Session, day: date) -> list[tuple[str, datetime, float]]:
    """(queue, first called at, minutes waited) of the day's tickets called at least once.
    A wait runs from joining the queue to the first call: a recall is the same wait going
    on, not a new one."""
    rows = session.execute(
        select(Ticket.queue_series, Ticket.queued_at, Ticket.first_called_at).where(
            Ticket.day == day,
            Ticket.first_called_at.is_not(None),
            Ticket.queued_at.is_not(None),
        )
    )
    return [
        (series, called, max(0.0, (called - queued).total_seconds() / 60))
        for series, queued, called in rows
        if queued is not None and called is not None  # as the WHERE says; for mypy
    ]


def _tickets(session: Session, day: date, now: datetime) -> tuple[int, tuple[SeriesFigure, ...]]:
    waiting_rows = session.execute(
        select(Ticket.queue_series, func.count(), func.min(Ticket.queued_at))
        .where(Ticket.day == day, Ticket.state == TicketState.WAITING.value)
        .group_by(Ticket.queue_series)
    ).all()
    waiting = {series: (int(count), first) for series, count, first in waiting_rows}
    waits: dict[str, list[float]] = defaultdict(list)
    for series, _, minutes in called_waits(session, day):
        waits[series].append(minutes)
    settings = load_queue_settings(session)
    known = [service.series for service in settings.services]
    extra = sorted((set(waiting) | set(waits)) - set(known))  # a service since removed
    figures = []
    for series in [*known, *extra]:
        count, first = waiting.get(series, (0, None))
        spans = waits.get(series, [])
        figures.append(
            SeriesFigure(
                series=series,
                name=settings.service_name(series),
                waiting=count,
                longest_wait_minutes=minutes_between(first, now) if first else None,
                average_wait_minutes=int(sum(spans) / len(spans) + 0.5) if spans else None,
                called_today=len(spans),
            )
        )
    return sum(count for count, _ in waiting.values()), tuple(figures)

"""Reading the queue: people ahead, estimated waits, the board's picture, `queue status`."""

from __future__ import annotations

import math
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from reception.core.settings import load_settings
from reception.core.visitors.clock import minutes_between, office_day
from reception.core.visitors.models import Ticket, TicketState, ticket_label
from reception.core.visitors.settings import QueueSettings, load_queue_settings
from reception.core.visitors.views import CounterCall, QueueStatus, SeriesStatus

RECENT_SERVICES = 30  # the day's last services that make the average service time
RECENT_CALLS = 8


def average_service_minutes(
    session: Session, day: date, series: str, settings: QueueSettings
) -> float:
    """Mean minutes from first call to served over the day's last services in `series`;
    the setting's default until the day has any."""
    rows = session.execute(
        select(Ticket.first_called_at, Ticket.served_at)
        .where(
            Ticket.day == day,
            Ticket.queue_series == series,
            Ticket.state == TicketState.SERVED,
            Ticket.first_called_at.is_not(None),
        )
        .order_by(Ticket.served_at.desc())
        .limit(RECENT_SERVICES)
    ).all()
    spans = [(served - called).total_seconds() / 60 for called, served in rows if served and called]
    if not spans:
        return float(settings.default_service_minutes)
    return max(0.5, sum(spans) / len(spans))


def counters_serving(settings: QueueSettings, series: str) -> int:
    return max(1, sum(1 for c in settings.counters if series in c.series))


def estimated_wait(
    session: Session, day: date, series: str, ahead: int, settings: QueueSettings
) -> int:
    """Minutes until a ticket with `ahead` people before it is called, rounded up."""
    if ahead <= 0:
        return 0
    per_person = average_service_minutes(session, day, series, settings)
    return math.ceil(ahead * per_person / counters_serving(settings, series))


def people_ahead(session: Session, ticket: Ticket) -> int:
    if ticket.order_key is None:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.day == ticket.day,
                Ticket.state == TicketState.WAITING,
                Ticket.queue_series == ticket.queue_series,
                # the same order as the counters call: by key, then by issue
                or_(
                    Ticket.order_key < ticket.order_key,
                    and_(Ticket.order_key == ticket.order_key, Ticket.id < ticket.id),
                ),
            )
        )
        or 0
    )


def _call(ticket: Ticket, settings: QueueSettings) -> CounterCall:
    assert ticket.counter is not None and ticket.called_at is not None
    found = settings.counter(ticket.counter)
    return CounterCall(
        counter=ticket.counter,
        counter_name=found.name if found else str(ticket.counter),
        ticket=ticket_label(ticket.series, ticket.number),
        called_at=ticket.called_at,
        recalls=ticket.recalls,
    )


def queue_status(session: Session, now: datetime) -> QueueStatus:
    """The queue today: waiting per series, the current call at each counter, the last calls.
    Ticket numbers only: this is what the hall's board shows."""
    zone = load_settings(session).zone
    settings = load_queue_settings(session)
    day = office_day(now, zone)
    waiting = session.execute(
        select(Ticket.queue_series, func.count(), func.min(Ticket.queued_at))
        .where(Ticket.day == day, Ticket.state == TicketState.WAITING)
        .group_by(Ticket.queue_series)
    ).all()
    counts = {series: (count, first) for series, count, first in waiting}
    series_rows = []
    for service in settings.services:
        count, first = counts.get(service.series, (0, None))
        average = average_service_minutes(session, day, service.series, settings)
        series_rows.append(
            SeriesStatus(
                series=service.series,
                service=service.name,
                waiting=count,
                longest_wait_minutes=minutes_between(first, now) if first else 0,
                average_service_minutes=round(average, 1),
                estimated_wait_minutes=math.ceil(
                    count * average / counters_serving(settings, service.series)
                ),
            )
        )
    called = session.scalars(
        select(Ticket)
        .where(Ticket.day == day, Ticket.called_at.is_not(None), Ticket.counter.is_not(None))
        .order_by(Ticket.called_at.desc())
        .limit(RECENT_CALLS)
    ).all()
    current_tickets = session.scalars(
        select(Ticket).where(Ticket.day == day, Ticket.state == TicketState.CALLED)
    ).all()
    current = sorted((_call(t, settings) for t in current_tickets), key=lambda c: c.counter)
    return QueueStatus(
        day=day.isoformat(),
        series=series_rows,
        current=current,
        recent=[_call(t, settings) for t in called],
    )

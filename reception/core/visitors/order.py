"""Queue order (DOMAIN.md 2): by waiting time plus a per-class bonus, never class first.

Waiting time plus bonus, compared at any one moment, orders tickets exactly as the instant
"joined minus bonus" does, so that instant is stored once as the ticket's `order_key` and the
queue is read in index order. A bonus of b minutes lets a ticket pass those that joined less
than b minutes before it, and nobody else: priority never starves ordinary tickets."""

from __future__ import annotations

from datetime import datetime, timedelta

from reception.core.visitors.settings import QueueSettings


def order_key(
    joined_at: datetime,
    priority: str,
    settings: QueueSettings,
    appointment_at: datetime | None = None,
) -> datetime:
    """The instant a ticket counts as having joined its queue.

    An appointment holder counts from the slot (so arriving early gains nothing and arriving
    on time loses nothing to those who came before the slot), unless they come later than
    the grace minutes after it: then from their arrival, like anyone else."""
    start = joined_at
    if appointment_at is not None:
        grace = timedelta(minutes=settings.appointment_grace_minutes)
        if joined_at <= appointment_at + grace:
            start = appointment_at
    return start - timedelta(minutes=settings.bonus(priority))

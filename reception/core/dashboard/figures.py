"""The director's picture (总览): each area's figures at one moment, to the roles that may
read that area and None to the others. Reading figures changes nothing: no audit row.

The figures are counts of the desk's own lists (see each area's module for the list each
one sums up), so the dashboard and the page it leads to never disagree."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, sees
from reception.core.dashboard.lodging_figures import lodging_figures
from reception.core.dashboard.petition_figures import petition_figures
from reception.core.dashboard.queue_figures import queue_figures
from reception.core.dashboard.views import (
    Dashboard,
    LodgingFigures,
    PetitionFigures,
    QueueFigures,
    SeriesFigure,
)
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow


def read_dashboard(session: Session, actor: Actor, now: datetime | None = None) -> Dashboard:
    """Every area the actor's role may read, at `now` (aware; the clock's time unless
    given). An operator disabled or moved to another role since signing in is refused
    (NotPermitted) by the areas' own checks, as their lists would be."""
    moment = now or utcnow()
    zone = load_settings(session).zone
    return Dashboard(
        at=moment,
        day=office_day(moment, zone),
        queue=queue_figures(session, actor, moment, zone=zone) if sees(actor, Area.QUEUE) else None,
        lodging=(
            lodging_figures(session, actor, moment, zone=zone)
            if sees(actor, Area.LODGING)
            else None
        ),
        petitions=(
            petition_figures(session, actor, moment, zone=zone)
            if sees(actor, Area.PETITIONS)
            else None
        ),
    )


__all__ = [
    "Dashboard",
    "LodgingFigures",
    "PetitionFigures",
    "QueueFigures",
    "SeriesFigure",
    "read_dashboard",
]

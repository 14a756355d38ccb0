"""The guesthouse's figures for an office day, each the WHERE clause of the list it sums up:

- rooms occupied tonight: the room chart's bars (chart.room_chart): active rooms holding a
  live (not cancelled) stay for the night of the day, arrive <= day < depart; a stay that
  departs today holds no night of it, a stay checked out early was cut to its last night;
- arrivals, departures: lists.arrivals_and_departures: live stays beginning (ending) that
  day, without the guests who change rooms that day (they are on both, so on neither);
- delegations in house: the delegations page for the period [day, day] without the
  cancelled ones;
- checklist overdue: checklist.overdue_items.

Stays are read through ix_stay_depart_arrive, bounded on `depart` both ways (a stay lasts
at most MAX_STAY_NIGHTS), as the chart and the day lists read them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, authorize_area
from reception.core.dashboard.views import LodgingFigures
from reception.core.lodging.models import ChecklistItem, Delegation, Room, Stay, StayState
from reception.core.lodging.standards import MAX_STAY_NIGHTS
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day

LONGEST = timedelta(days=MAX_STAY_NIGHTS)
LIVE = Stay.state != StayState.CANCELLED.value


def holding_nights(first: date, end: date) -> ColumnElement[bool]:
    """Live stays holding a night of [first, end), bounded on depart for the index."""
    return and_(Stay.depart > first, Stay.depart <= end + LONGEST, Stay.arrive < end, LIVE)


def out_of_order_on(day: date) -> ColumnElement[bool]:
    """RoomView.out_of_order_on in SQL: the repair covers the night of `day`."""
    return and_(
        Room.out_of_order_reason.is_not(None),
        Room.out_of_order_from.is_not(None),
        Room.out_of_order_from <= day,
        or_(Room.out_of_order_to.is_(None), Room.out_of_order_to > day),
    )


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def lodging_figures(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    zone: ZoneInfo | None = None,
) -> LodgingFigures:
    """The guesthouse on the office day of `now` (aware); checklist tasks overdue at `now`."""
    authorize_area(session, actor, Area.LODGING)
    day = office_day(now, zone or load_settings(session).zone)
    tomorrow = day + timedelta(days=1)
    occupied = _count(
        session,
        select(func.count(func.distinct(Stay.room_id)))
        .join(Room, Room.id == Stay.room_id)
        .where(holding_nights(day, tomorrow), Room.active.is_(True)),
    )
    rooms_total, out_of_order = session.execute(
        select(func.count(), func.coalesce(func.sum(_flag(out_of_order_on(day))), 0)).where(
            Room.active.is_(True)
        )
    ).one()
    # Arriving: arrive == day, read by depart in (day, day + longest] (depart > arrive).
    arriving = and_(Stay.arrive == day, Stay.depart > day, Stay.depart <= day + LONGEST, LIVE)
    departing = and_(Stay.depart == day, Stay.arrive >= day - LONGEST, LIVE)
    arrivals = _count(
        session,
        select(func.count())
        .select_from(Stay)
        .where(arriving, Stay.guest_id.not_in(select(Stay.guest_id).where(departing))),
    )
    departures = _count(
        session,
        select(func.count())
        .select_from(Stay)
        .where(departing, Stay.guest_id.not_in(select(Stay.guest_id).where(arriving))),
    )
    delegations = _count(
        session,
        select(func.count())
        .select_from(Delegation)
        .where(Delegation.arrive <= day, Delegation.depart >= day, Delegation.cancelled.is_(False)),
    )
    return LodgingFigures(
        rooms_occupied=occupied,
        rooms_total=int(rooms_total),
        rooms_out_of_order=int(out_of_order),
        arrivals_today=arrivals,
        departures_today=departures,
        delegations_in_house=delegations,
        checklist_overdue=checklist_overdue(session, now, day),
    )


def checklist_overdue(session: Session, now: datetime, day: date) -> int:
    """checklist.overdue_items' rows, counted (`day`: the office day of `now`)."""
    return _count(
        session,
        select(func.count())
        .select_from(ChecklistItem)
        .join(Delegation, Delegation.id == ChecklistItem.delegation_id)
        .where(
            ChecklistItem.done_at.is_(None),
            ChecklistItem.due_at < now,
            Delegation.cancelled.is_(False),
            Delegation.depart >= day,
        ),
    )


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)

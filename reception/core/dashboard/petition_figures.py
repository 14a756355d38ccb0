"""The petitions office's figures for an office day, each the filter of the view it sums up:

- overdue: the deadlines view (deadlines.list_cases) with its overdue filter: open cases
  (not closed, refused or final) whose next deadline is before today;
- due soon: the same view's "due within N days" filter (N the office's due_soon_days, the
  desk's default for it) without the overdue ones: due from today to today + N;
- new today: cases received today; joint visits today: visits that came today with five
  people or more, as the monthly statistics count them;
- next leader reception day: the first reception day from today on that is not cancelled,
  with its live bookings and its slots (leader_days.reception_days for that day).

The cases are counted on ix_petition_case_next_due_on / _received_on; no case text is read."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from reception.core.dashboard.access import Area, authorize_area
from reception.core.dashboard.views import PetitionFigures
from reception.core.petitions.leader_days import CANCELLED
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    LeaderReceptionDay,
    PetitionCase,
    PetitionVisit,
    ReceptionSlot,
    SlotBooking,
)
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import CLOSED_STATES
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day

OPEN = PetitionCase.state.not_in(sorted(s.value for s in CLOSED_STATES))


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def petition_figures(
    session: Session, actor: Actor, now: datetime, *, zone: ZoneInfo | None = None
) -> PetitionFigures:
    """The petitions log on the office day of `now` (aware)."""
    authorize_area(session, actor, Area.PETITIONS)
    day = office_day(now, zone or load_settings(session).zone)
    soon_days = load_petition_settings(session).due_soon_days
    cases = select(func.count()).select_from(PetitionCase)
    overdue = _count(session, cases.where(OPEN, PetitionCase.next_due_on < day))
    due_soon = _count(
        session,
        cases.where(
            OPEN,
            PetitionCase.next_due_on >= day,
            PetitionCase.next_due_on <= day + timedelta(days=soon_days),
        ),
    )
    new_today = _count(session, cases.where(PetitionCase.received_on == day))
    joint = _count(
        session,
        select(func.count())
        .select_from(PetitionVisit)
        .where(PetitionVisit.came_on == day, PetitionVisit.people_count >= JOINT_VISIT_PEOPLE),
    )
    leader_day, bookings, slots = next_leader_day(session, day)
    return PetitionFigures(
        new_today=new_today,
        due_soon=due_soon,
        due_soon_days=soon_days,
        overdue=overdue,
        joint_visits_today=joint,
        next_leader_day=leader_day,
        next_leader_day_bookings=bookings,
        next_leader_day_slots=slots,
    )


def next_leader_day(session: Session, day: date) -> tuple[date | None, int, int]:
    """(the first reception day on or after `day` not cancelled, its live bookings, its
    slots); (None, 0, 0) when none is planned. Several leaders may receive on one day:
    their slots are added up."""
    found = session.scalar(
        select(func.min(LeaderReceptionDay.day)).where(
            LeaderReceptionDay.day >= day, LeaderReceptionDay.cancelled.is_(False)
        )
    )
    if found is None:
        return None, 0, 0
    live = (SlotBooking.slot_id == ReceptionSlot.id) & (SlotBooking.state != CANCELLED)
    slots, booked = session.execute(
        select(func.count(ReceptionSlot.id), func.count(SlotBooking.id))
        .join(LeaderReceptionDay, LeaderReceptionDay.id == ReceptionSlot.day_id)
        .outerjoin(SlotBooking, live)
        .where(LeaderReceptionDay.day == found, LeaderReceptionDay.cancelled.is_(False))
    ).one()
    return found, int(booked), int(slots)

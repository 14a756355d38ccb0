"""A delegation's reception plan (接待方案, DOMAIN.md section 5): its itinerary (the lodging
programme lines, with the cars that serve them), its meals with the number of guests and of
accompanying staff, its vehicles, its lodging and its seating charts, read in one go.

The plan shows each exception to a standard as a warning with its reason: a room above a
guest's standard, a meal above the accompanying-staff limit, too few seats in the cars.
Meals and vehicles are added and changed through `plan_items`; its public names are
importable from here too."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.lodging.checklist import delegation_row
from reception.core.lodging.models import Activity, Guest, Room, Stay, StayState
from reception.core.lodging.views import precedence
from reception.core.protocol.models import PlanMeal, PlanVehicle, SeatingEvent
from reception.core.protocol.plan_items import (
    MAX_COST_YUAN,
    MAX_PEOPLE,
    MAX_SEATS,
    MealForm,
    MealView,
    VehicleForm,
    VehicleView,
    add_meal,
    add_vehicle,
    meal_view,
    remove_meal,
    remove_vehicle,
    update_meal,
    update_vehicle,
    vehicle_view,
)
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import utcnow

# The meal and vehicle names of plan_items are listed too: callers may import them from here.
__all__ = [
    "FEW_SEATS",
    "MAX_COST_YUAN",
    "MAX_PEOPLE",
    "MAX_SEATS",
    "MEAL_EXCEPTION",
    "NO_REASON",
    "ROOM_EXCEPTION",
    "MealForm",
    "MealView",
    "PlanEvent",
    "PlanGuest",
    "PlanItem",
    "PlanStay",
    "PlanWarning",
    "ReceptionPlan",
    "VehicleForm",
    "VehicleView",
    "add_meal",
    "add_vehicle",
    "authorize_reading",
    "meal_view",
    "reception_plan",
    "remove_meal",
    "remove_vehicle",
    "update_meal",
    "update_vehicle",
    "vehicle_view",
]

CONTEXT = "ReceptionPlan"

# The warnings of a plan, in context "ReceptionPlan".
ROOM_EXCEPTION = QT_TRANSLATE_NOOP(
    "ReceptionPlan", "Room {room} for {guest} is above the standard. Reason: {reason}"
)
MEAL_EXCEPTION = QT_TRANSLATE_NOOP(
    "ReceptionPlan",
    "Meal on {time} at {place}: {staff} accompanying staff for {guests} guests, above the "
    "limit of {limit}. Reason: {reason}",
)
NO_REASON = QT_TRANSLATE_NOOP("ReceptionPlan", "(no reason recorded)")
FEW_SEATS = QT_TRANSLATE_NOOP("ReceptionPlan", "The cars have {seats} seats for {people} guests.")


def authorize_reading(session: Session, actor: Actor) -> None:
    """Protocol and lodging clerks plan receptions; the director reads everything."""
    for permission in (Permission.MANAGE_PROTOCOL, Permission.MANAGE_LODGING):
        if actor.may(permission):
            authorize(session, actor, permission)
            return
    authorize(session, actor, Permission.READ_EVERYTHING)


# -- the plan's parts ---------------------------------------------------------------------


@dataclass(frozen=True)
class PlanWarning:
    """An exception to a standard: an English source in context "ReceptionPlan" and its
    values (a reason in the clerk's own words is not translated)."""

    source: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Any = None) -> str:
        source = self.source if translate is None else translate(CONTEXT, self.source)
        values = {
            key: (translate(value.context, value) if translate else str(value))
            if isinstance(value, Phrase)
            else value
            for key, value in self.values.items()
        }
        return str(source).format(**values)


@dataclass(frozen=True)
class PlanGuest:
    name: str
    post: str
    rank: str  # a Rank key; its label in context "Ranks"
    is_head: bool


@dataclass(frozen=True)
class PlanItem:
    """One line of the itinerary: a programme line and the cars that serve it."""

    activity_id: int
    starts_at: datetime  # in the office's time zone
    ends_at: datetime | None
    title: str
    place: str
    accompanied_by: str
    vehicles: tuple[VehicleView, ...]


@dataclass(frozen=True)
class PlanStay:
    stay_id: int
    guest_name: str
    building: str
    room_number: str
    room_type: str
    arrive: date
    depart: date
    state: str
    exception_reason: str | None


@dataclass(frozen=True)
class PlanEvent:
    """A seating chart made for the delegation."""

    id: int
    kind: str
    title: str
    starts_at: datetime | None  # in the office's time zone
    place: str


@dataclass(frozen=True)
class ReceptionPlan:
    office_name: str
    printed_at: datetime  # UTC
    time_zone: str
    delegation_id: int
    name: str
    unit: str
    purpose: str
    letter_ref: str
    liaison_name: str
    arrive: date
    depart: date
    cancelled: bool
    guests: list[PlanGuest]
    itinerary: list[PlanItem]
    meals: list[MealView]  # starts_at in the office's time zone
    vehicles: list[VehicleView]  # every car, those serving a programme line too
    stays: list[PlanStay]
    events: list[PlanEvent]
    warnings: list[PlanWarning]

    @property
    def meals_total(self) -> int:
        return sum(meal.cost_yuan for meal in self.meals)


# -- the plan -----------------------------------------------------------------------------


def _stays(session: Session, delegation_id: int) -> list[PlanStay]:
    rows = session.execute(
        select(Stay, Room, Guest)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .where(Guest.delegation_id == delegation_id, Stay.state != StayState.CANCELLED.value)
    ).all()
    ordered = sorted(rows, key=lambda row: (row[0].arrive, precedence(row[2]), row[0].id))
    return [
        PlanStay(
            stay.id,
            guest.name,
            room.building,
            room.number,
            room.room_type,
            stay.arrive,
            stay.depart,
            stay.state,
            stay.exception_reason,
        )
        for stay, room, guest in ordered
    ]


def _warnings(
    stays: list[PlanStay], meals: list[MealView], people: int, vehicles: list[VehicleView]
) -> list[PlanWarning]:
    warnings = [
        PlanWarning(ROOM_EXCEPTION, dict(room=s.room_number, guest=s.guest_name, reason=reason))
        for s in stays
        if (reason := s.exception_reason)
    ]
    for meal in (m for m in meals if m.over_limit):
        time = meal.starts_at.strftime("%m-%d %H:%M")
        reason = meal.exception_reason or Phrase(CONTEXT, NO_REASON)
        values = dict(staff=meal.staff, guests=meal.guests, limit=meal.staff_limit)
        warnings.append(
            PlanWarning(
                MEAL_EXCEPTION, values | dict(time=time, place=meal.place or "—", reason=reason)
            )
        )
    seats = sum(v.seats for v in vehicles if v.activity_id is None)
    if 0 < seats < people:
        warnings.append(PlanWarning(FEW_SEATS, {"seats": seats, "people": people}))
    return warnings


def _of(session: Session, model: Any, delegation_id: int, *order: Any) -> list[Any]:
    query = select(model).where(model.delegation_id == delegation_id).order_by(*order, model.id)
    return list(session.scalars(query))


def reception_plan(session: Session, actor: Actor, delegation_id: int) -> ReceptionPlan:
    """Everything the office has planned for the delegation, read in one unit of work.
    Times are in the office's time zone."""
    authorize_reading(session, actor)
    delegation = delegation_row(session, delegation_id)
    settings = load_settings(session)
    zone = settings.zone

    def local(moment: datetime | None) -> datetime | None:
        return moment.astimezone(zone) if moment is not None else None

    team = delegation.id
    guests = sorted(_of(session, Guest, team), key=precedence)
    vehicles = [vehicle_view(v) for v in _of(session, PlanVehicle, team)]
    itinerary = [
        PlanItem(
            a.id,
            a.starts_at.astimezone(zone),
            local(a.ends_at),
            a.title,
            a.place,
            a.accompanied_by,
            tuple(v for v in vehicles if v.activity_id == a.id),
        )
        for a in _of(session, Activity, team, Activity.starts_at)
    ]
    meals = [
        replace(meal_view(m), starts_at=m.starts_at.astimezone(zone))
        for m in _of(session, PlanMeal, team, PlanMeal.starts_at)
    ]
    events = [
        PlanEvent(e.id, e.kind, e.title, local(e.starts_at), e.place)
        for e in _of(session, SeatingEvent, team, SeatingEvent.starts_at)
    ]
    stays = _stays(session, team)
    return ReceptionPlan(
        office_name=settings.office_name,
        printed_at=utcnow(),
        time_zone=settings.time_zone,
        delegation_id=team,
        name=delegation.name,
        unit=delegation.unit,
        purpose=delegation.purpose,
        letter_ref=delegation.letter_ref,
        liaison_name=delegation.liaison_name,
        arrive=delegation.arrive,
        depart=delegation.depart,
        cancelled=delegation.cancelled,
        guests=[PlanGuest(g.name, g.post, g.rank, g.is_head) for g in guests],
        itinerary=itinerary,
        meals=meals,
        vehicles=vehicles,
        stays=stays,
        events=events,
        warnings=_warnings(stays, meals, len(guests), vehicles),
    )

"""A delegation's reception plan (接待方案, DOMAIN.md section 5): its itinerary (the lodging
programme lines, with the cars that serve them), its meals with the number of guests and of
accompanying staff, its vehicles, its lodging and its seating charts.

Meals keep the staff limit: at most 3 accompanying staff for 10 guests or fewer, above that
at most a third of the guests. A meal above the limit needs a recorded reason, and the plan
shows it as a warning with that reason, as it shows a room above a guest's standard.

Services take (session, actor, …), never commit, and audit every change."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging.checklist import delegation_row
from reception.core.lodging.models import Activity, Delegation, Guest, Room, Stay, StayState
from reception.core.lodging.programme import within_stay
from reception.core.lodging.views import precedence
from reception.core.protocol.models import PlanMeal, PlanVehicle, SeatingEvent
from reception.core.protocol.seating import staff_limit
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import utcnow

CONTEXT = "ReceptionPlan"
MAX_PEOPLE = 500  # as seating.MAX_PEOPLE
MAX_COST_YUAN = 10_000_000
MAX_SEATS = 60

FIELD_PLACE = QT_TRANSLATE_NOOP("Fields", "place")
FIELD_MEAL = QT_TRANSLATE_NOOP("Fields", "meal")
GUESTS_RANGE = QT_TRANSLATE_NOOP("Errors", "The number of guests is {least} to {most}.")
STAFF_RANGE = QT_TRANSLATE_NOOP("Errors", "The number of accompanying staff is {least} to {most}.")
COST_RANGE = QT_TRANSLATE_NOOP("Errors", "The cost is {least} to {most} yuan.")
MISSING_MEAL = QT_TRANSLATE_NOOP("Errors", "There is no meal {id}.")
MISSING_VEHICLE = QT_TRANSLATE_NOOP("Errors", "There is no vehicle {id}.")
SEATS_RANGE = QT_TRANSLATE_NOOP("Errors", "A vehicle has {least} to {most} seats.")
COUNTS = ("guests", "staff", "cost_yuan")
MEAL_FIELDS = ("delegation_id", "title", "place", *COUNTS, "exception_reason", "notes")
VEHICLE_FIELDS = ("delegation_id", "activity_id", "plate", "driver", "seats", "notes")
FIELD_PLATE = QT_TRANSLATE_NOOP("Fields", "number plate")
FIELD_DRIVER = QT_TRANSLATE_NOOP("Fields", "driver")
FIELD_NOTES = QT_TRANSLATE_NOOP("Fields", "notes")
FIELD_REASON = QT_TRANSLATE_NOOP("Fields", "reason")

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


# -- forms and views ----------------------------------------------------------------------


@dataclass(frozen=True)
class MealForm:
    starts_at: datetime
    place: str
    guests: int
    staff: int
    cost_yuan: int = 0
    exception_reason: str = ""  # why more staff than the limit eat with the guests
    title: str = ""  # 工作餐, 欢迎晚宴…
    notes: str = ""


@dataclass(frozen=True)
class MealView:
    id: int
    delegation_id: int
    starts_at: datetime
    title: str
    place: str
    guests: int
    staff: int
    staff_limit: int
    cost_yuan: int
    exception_reason: str | None
    notes: str

    @property
    def over_limit(self) -> bool:
        return self.staff > self.staff_limit


@dataclass(frozen=True)
class VehicleForm:
    plate: str
    driver: str = ""
    seats: int = 4
    notes: str = ""
    activity_id: int | None = None  # the programme line the car serves, if one


@dataclass(frozen=True)
class VehicleView:
    id: int
    delegation_id: int
    activity_id: int | None
    plate: str
    driver: str
    seats: int
    notes: str


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


# -- checks -------------------------------------------------------------------------------


def _text(value: str, most: int, field_name: str, required: bool = False) -> str:
    text = " ".join(str(value).split())
    if required and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the {field}."), field=Phrase("Fields", field_name)
        )
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=Phrase("Fields", field_name),
            most=most,
        )
    return text


def _count(value: int, least: int, most: int, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise InvalidInput(source, least=least, most=most)
    return value


def _checked_meal(form: MealForm, delegation: Delegation, session: Session) -> MealForm:
    zone = load_settings(session).zone
    if form.starts_at.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The meal's time needs a time zone."))
    if not within_stay(form.starts_at, delegation.arrive, delegation.depart, zone):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The meal must fall within the delegation's visit, {arrive} to {depart}."
            ),
            arrive=delegation.arrive.isoformat(),
            depart=delegation.depart.isoformat(),
        )
    guests = _count(form.guests, 1, MAX_PEOPLE, GUESTS_RANGE)
    staff = _count(form.staff, 0, MAX_PEOPLE, STAFF_RANGE)
    cost = _count(form.cost_yuan, 0, MAX_COST_YUAN, COST_RANGE)
    reason = _text(form.exception_reason, 200, FIELD_REASON)
    limit = staff_limit(guests)
    if staff > limit and not reason:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{staff} accompanying staff for {guests} guests is above the limit of {limit}: "
                "give the reason.",
            ),
            staff=staff,
            guests=guests,
            limit=limit,
        )
    return MealForm(
        starts_at=form.starts_at,
        place=_text(form.place, 80, FIELD_PLACE),
        guests=guests,
        staff=staff,
        cost_yuan=cost,
        exception_reason=reason if staff > limit else "",
        title=_text(form.title, 80, FIELD_MEAL),
        notes=_text(form.notes, 200, FIELD_NOTES),
    )


def _checked_vehicle(form: VehicleForm, delegation: Delegation, session: Session) -> VehicleForm:
    if form.activity_id is not None:
        activity = session.get(Activity, form.activity_id)
        if activity is None or activity.delegation_id != delegation.id:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no programme line {id}."),
                id=form.activity_id,
            )
    seats = _count(form.seats, 1, MAX_SEATS, SEATS_RANGE)
    return VehicleForm(
        plate=_text(form.plate, 20, FIELD_PLATE, required=True),
        driver=_text(form.driver, 40, FIELD_DRIVER),
        seats=seats,
        notes=_text(form.notes, 200, FIELD_NOTES),
        activity_id=form.activity_id,
    )


# -- meals and vehicles -------------------------------------------------------------------

Row = PlanMeal | PlanVehicle


def meal_view(meal: PlanMeal) -> MealView:
    values = {name: getattr(meal, name) for name in MEAL_FIELDS}
    limit = staff_limit(meal.guests)
    return MealView(id=meal.id, starts_at=meal.starts_at, staff_limit=limit, **values)


def vehicle_view(vehicle: PlanVehicle) -> VehicleView:
    return VehicleView(id=vehicle.id, **{name: getattr(vehicle, name) for name in VEHICLE_FIELDS})


def _snapshot(row: Row) -> dict[str, object]:
    if isinstance(row, PlanVehicle):
        return {name: getattr(row, name) for name in VEHICLE_FIELDS}
    values = {name: getattr(row, name) for name in MEAL_FIELDS}
    return values | {"starts_at": row.starts_at.isoformat(timespec="minutes")}


def _fill(row: Row, form: MealForm | VehicleForm) -> None:
    for name, value in vars(form).items():
        setattr(row, name, value or None if name == "exception_reason" else value)


def _row(session: Session, model: type[Row], row_id: int) -> Row:
    row: Row | None = session.get(model, row_id)  # type: ignore[assignment]
    if row is None:
        source = MISSING_MEAL if model is PlanMeal else MISSING_VEHICLE
        raise NotFound(source, id=row_id)
    return row


def _reason(row: Row) -> str | None:
    return row.exception_reason if isinstance(row, PlanMeal) else None


def _add(session: Session, actor: Actor, row: Row, form: MealForm | VehicleForm) -> None:
    _fill(row, form)
    session.add(row)
    session.flush()
    entity = row.__tablename__
    record(session, actor, f"{entity[5:]}.add", entity, row.id, None, _snapshot(row), _reason(row))


def _change(session: Session, actor: Actor, row: Row, form: MealForm | VehicleForm) -> None:
    before = _snapshot(row)
    _fill(row, form)
    session.flush()
    after, entity = _snapshot(row), row.__tablename__
    if after != before:
        record(session, actor, f"{entity[5:]}.change", entity, row.id, before, after, _reason(row))


def _remove(session: Session, actor: Actor, model: type[Row], row_id: int) -> None:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    row = _row(session, model, row_id)
    before, entity = _snapshot(row), row.__tablename__
    session.delete(row)
    session.flush()
    record(session, actor, f"{entity[5:]}.remove", entity, row_id, before, None)


def add_meal(session: Session, actor: Actor, delegation_id: int, form: MealForm) -> MealView:
    """A meal of the plan; more accompanying staff than the limit needs `exception_reason`."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    delegation = delegation_row(session, delegation_id, live=True)
    meal = PlanMeal(delegation_id=delegation.id)
    _add(session, actor, meal, _checked_meal(form, delegation, session))
    return meal_view(meal)


def update_meal(session: Session, actor: Actor, meal_id: int, form: MealForm) -> MealView:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    meal = _row(session, PlanMeal, meal_id)
    assert isinstance(meal, PlanMeal)
    delegation = delegation_row(session, meal.delegation_id, live=True)
    _change(session, actor, meal, _checked_meal(form, delegation, session))
    return meal_view(meal)


def remove_meal(session: Session, actor: Actor, meal_id: int) -> None:
    _remove(session, actor, PlanMeal, meal_id)


def add_vehicle(
    session: Session, actor: Actor, delegation_id: int, form: VehicleForm
) -> VehicleView:
    """A car for the whole visit, or for one programme line (`activity_id`)."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    delegation = delegation_row(session, delegation_id, live=True)
    vehicle = PlanVehicle(delegation_id=delegation.id)
    _add(session, actor, vehicle, _checked_vehicle(form, delegation, session))
    return vehicle_view(vehicle)


def update_vehicle(
    session: Session, actor: Actor, vehicle_id: int, form: VehicleForm
) -> VehicleView:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    vehicle = _row(session, PlanVehicle, vehicle_id)
    assert isinstance(vehicle, PlanVehicle)
    delegation = delegation_row(session, vehicle.delegation_id, live=True)
    _change(session, actor, vehicle, _checked_vehicle(form, delegation, session))
    return vehicle_view(vehicle)


def remove_vehicle(session: Session, actor: Actor, vehicle_id: int) -> None:
    _remove(session, actor, PlanVehicle, vehicle_id)


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

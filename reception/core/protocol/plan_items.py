"""The meals and vehicles of a delegation's reception plan (接待方案, DOMAIN.md section 5):
their forms and views, the checks, and adding, changing and removing them. The plan that
gathers them with the itinerary, lodging and seating charts is in `plan`.

Meals keep the staff limit: at most 3 accompanying staff for 10 guests or fewer, above that
at most a third of the guests. A meal above the limit needs a recorded reason, which the
plan shows as a warning.

Services take (session, actor, …), never commit, and audit every change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging.checklist import delegation_row
from reception.core.lodging.models import Activity, Delegation
from reception.core.lodging.programme import within_stay
from reception.core.protocol.models import PlanMeal, PlanVehicle
from reception.core.protocol.seating import staff_limit
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

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

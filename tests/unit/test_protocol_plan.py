"""A delegation's reception plan (reception.core.protocol.plan_items and .plan): meals
against the staff limit, vehicles, and the plan view that gathers the itinerary, lodging,
seating charts and the exceptions to the standards with their reasons. On SQLite and
PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from reception.core.errors import Conflict, InvalidInput, NotFound, NotPermitted
from reception.core.lodging import stays
from reception.core.lodging.delegations import DelegationForm, add_delegation, cancel_delegation
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest
from reception.core.lodging.programme import ActivityForm, add_activity
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.lodging.stays import Booking
from reception.core.protocol.models import PlanMeal, PlanVehicle, SeatingEvent
from reception.core.protocol.plan import MEAL_EXCEPTION, ROOM_EXCEPTION, reception_plan
from reception.core.protocol.plan_items import (
    MealForm,
    VehicleForm,
    add_meal,
    add_vehicle,
    remove_meal,
    remove_vehicle,
    update_meal,
    update_vehicle,
)
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.base import utcnow
from reception.db.database import Database

ZONE = ZoneInfo("Asia/Shanghai")
D1 = date(2026, 12, 1)
GUESTS = (
    ("李建国", "county_deputy", False),
    ("王芳", "bureau_chief", True),
    ("赵强", "staff", False),
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(D1 + timedelta(days=day - 1), datetime.min.time(), ZONE).replace(
        hour=hour, minute=minute
    )


def make_delegation(db: Database, clerk: Actor, name: str = "省发改委考察组") -> int:
    form = DelegationForm(
        name=name,
        unit="某省发展和改革委员会",
        purpose="项目考察",
        letter_ref="发改函〔2026〕12号",
        liaison_name="李长江",
        liaison_phone="",
        arrive=D1,
        depart=D1 + timedelta(days=3),
    )
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def make_guests(db: Database, clerk: Actor, team: int) -> dict[str, int]:
    ids = {}
    for name, rank, head in GUESTS:
        form = GuestForm(name=name, gender="male", post=f"{name}的职务", rank=rank, is_head=head)
        with db.unit() as s:
            ids[name] = add_guest(s, clerk, team, form, today=D1).id
    return ids


def make_visit(db: Database, clerk: Actor) -> dict[str, int]:
    """A delegation of three with a programme line, a suite given with a reason, a banquet
    chart, a meal within the limit and a car for the programme line."""
    team = make_delegation(db, clerk)
    guests = make_guests(db, clerk, team)
    with db.unit() as s:
        suite = add_room(s, clerk, RoomForm("808", "ordinary_suite", 1, rate_yuan=600)).id
        plain = add_room(s, clerk, RoomForm("301", "standard", 1, rate_yuan=280)).id
    with db.unit() as s:
        stays.book(s, clerk, Booking(suite, guests["王芳"], D1, D1 + timedelta(days=2), "腿伤"))
        stays.book(s, clerk, Booking(plain, guests["李建国"], D1, D1 + timedelta(days=2)))
    with db.unit() as s:
        visit = add_activity(
            s,
            clerk,
            team,
            ActivityForm(at(2, 9), at(2, 11, 30), "高新区", "考察项目现场", "张副主任"),
        ).id
        s.add(
            SeatingEvent(
                kind="banquet",
                title="欢迎晚宴",
                starts_at=at(1, 18),
                place="迎宾馆一号厅",
                convention="domestic",
                delegation_id=team,
                layout={"tables": [[3, 3]]},
                notes="",
                created_at=utcnow(),
            )
        )
    with db.unit() as s:
        add_meal(s, clerk, team, MealForm(at(1, 18), "迎宾馆一号厅", 3, 3, 900, title="工作餐"))
        add_vehicle(s, clerk, team, VehicleForm("苏A·12345", "陈师傅", 7, activity_id=visit))
    return {"team": team, "visit": visit, **guests}


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def test_the_plan_gathers_the_visit(db: Database, clerk: Actor) -> None:
    ids = make_visit(db, clerk)
    with db.read() as s:
        plan = reception_plan(s, clerk, ids["team"])
    assert (plan.name, plan.letter_ref, plan.liaison_name) == (
        "省发改委考察组",
        "发改函〔2026〕12号",
        "李长江",
    )
    # Guests in the one precedence order: the bureau chief, the county deputy, the staff member.
    assert [g.name for g in plan.guests] == ["王芳", "李建国", "赵强"]
    assert [g.is_head for g in plan.guests] == [True, False, False]
    [item] = plan.itinerary
    assert (item.title, item.place, item.accompanied_by) == ("考察项目现场", "高新区", "张副主任")
    assert item.starts_at == at(2, 9) and item.starts_at.utcoffset() == timedelta(hours=8)
    assert [v.plate for v in item.vehicles] == ["苏A·12345"]
    [meal] = plan.meals
    assert (meal.title, meal.guests, meal.staff, meal.staff_limit, meal.over_limit) == (
        "工作餐",
        3,
        3,
        3,
        False,
    )
    assert plan.meals_total == 900
    assert [(v.plate, v.driver, v.seats) for v in plan.vehicles] == [("苏A·12345", "陈师傅", 7)]
    assert [(st.guest_name, st.room_number, st.exception_reason) for st in plan.stays] == [
        ("王芳", "808", "腿伤"),
        ("李建国", "301", None),
    ]
    assert [(e.kind, e.title, e.place) for e in plan.events] == [
        ("banquet", "欢迎晚宴", "迎宾馆一号厅")
    ]
    # The one exception: the suite, with its reason.
    [warning] = plan.warnings
    assert warning.source == ROOM_EXCEPTION
    assert warning.text() == "Room 808 for 王芳 is above the standard. Reason: 腿伤"


@pytest.mark.parametrize(
    ("guests", "accompanying", "allowed"),
    [(1, 3, True), (10, 3, True), (10, 4, False), (11, 3, True), (12, 4, True), (12, 5, False),
     (30, 10, True), (30, 11, False)],
)  # fmt: skip
def test_a_meal_above_the_staff_limit_needs_a_reason(
    db: Database, clerk: Actor, guests: int, accompanying: int, allowed: bool
) -> None:
    team = make_delegation(db, clerk)
    form = MealForm(at(1, 12), "食堂", guests, accompanying)
    if not allowed:
        with pytest.raises(InvalidInput, match="above the limit"), db.unit() as s:
            add_meal(s, clerk, team, form)
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(PlanMeal)) == 0
        form = replace(form, exception_reason="上级领导临时陪同")
    with db.unit() as s:
        meal = add_meal(s, clerk, team, form)
    assert meal.over_limit is not allowed
    assert meal.exception_reason == (None if allowed else "上级领导临时陪同")
    with db.read() as s:
        plan = reception_plan(s, clerk, team)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "meal.add")).one()
    assert [w.source for w in plan.warnings] == ([] if allowed else [MEAL_EXCEPTION])
    if not allowed:
        assert "上级领导临时陪同" in plan.warnings[0].text()
        assert f"{accompanying} accompanying staff for {guests} guests" in plan.warnings[0].text()
        assert entry.reason == "上级领导临时陪同"


def test_a_reason_is_not_kept_for_a_meal_within_the_limit(db: Database, clerk: Actor) -> None:
    team = make_delegation(db, clerk)
    with db.unit() as s:
        meal = add_meal(s, clerk, team, MealForm(at(1, 12), "食堂", 4, 5, exception_reason="多人"))
    assert meal.exception_reason == "多人"
    with db.unit() as s:
        changed = update_meal(s, clerk, meal.id, MealForm(at(1, 12), "食堂", 4, 2, 300, "多人"))
    assert changed.exception_reason is None and changed.cost_yuan == 300
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "plan_meal"))
        assert list(actions) == ["meal.add", "meal.change"]


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (MealForm(at(0, 12), "食堂", 3, 1), "within the delegation's visit"),
        (MealForm(at(5, 12), "食堂", 3, 1), "within the delegation's visit"),
        (MealForm(at(1, 12).replace(tzinfo=None), "食堂", 3, 1), "time zone"),
        (MealForm(at(1, 12), "食堂", 0, 1), "number of guests"),
        (MealForm(at(1, 12), "食堂", 3, -1), "accompanying staff"),
        (MealForm(at(1, 12), "食堂", 3, 1, cost_yuan=-5), "cost"),
        (MealForm(at(1, 12), "食" * 81, 3, 1), "at most 80"),
    ],
)
def test_bad_meals_are_refused(db: Database, clerk: Actor, form: MealForm, message: str) -> None:
    team = make_delegation(db, clerk)
    with pytest.raises(InvalidInput, match=message), db.unit() as s:
        add_meal(s, clerk, team, form)


def test_vehicles_serve_the_visit_or_one_programme_line(db: Database, clerk: Actor) -> None:
    ids = make_visit(db, clerk)
    other = make_delegation(db, clerk, "另一考察组")
    with pytest.raises(NotFound), db.unit() as s:
        add_vehicle(s, clerk, other, VehicleForm("苏A·00001", activity_id=ids["visit"]))
    with pytest.raises(InvalidInput, match="number plate"), db.unit() as s:
        add_vehicle(s, clerk, other, VehicleForm("  "))
    with pytest.raises(InvalidInput, match="seats"), db.unit() as s:
        add_vehicle(s, clerk, other, VehicleForm("苏A·00001", seats=0))
    with db.unit() as s:
        car = add_vehicle(s, clerk, ids["team"], VehicleForm("苏A·54321", "周师傅", 2))
    with db.read() as s:
        plan = reception_plan(s, clerk, ids["team"])
    # Two seats for three guests, for the whole visit: the plan says so.
    assert [w.text() for w in plan.warnings][-1] == "The cars have 2 seats for 3 guests."
    with db.unit() as s:
        update_vehicle(s, clerk, car.id, VehicleForm("苏A·54321", "周师傅", 5, "商务车"))
    with db.read() as s:
        plan = reception_plan(s, clerk, ids["team"])
        assert [v.notes for v in plan.vehicles] == ["", "商务车"]
        assert len(plan.warnings) == 1
    with db.unit() as s:
        remove_vehicle(s, clerk, car.id)
        remove_meal(s, clerk, plan.meals[0].id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PlanVehicle)) == 1
        assert s.scalar(select(func.count()).select_from(PlanMeal)) == 0
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"vehicle.add", "vehicle.change", "vehicle.remove", "meal.remove"} <= actions


def test_who_may_plan_and_read(db: Database, staff: dict[Role, Actor]) -> None:
    clerk = staff[Role.LODGING_CLERK]
    team = make_delegation(db, clerk)
    meal = MealForm(at(1, 12), "食堂", 3, 1)
    for role in (Role.RECEPTIONIST, Role.PETITIONS_OFFICER, Role.ADMINISTRATOR):
        with pytest.raises(NotPermitted), db.unit() as s:
            add_meal(s, staff[role], team, meal)
        with pytest.raises(NotPermitted), db.read() as s:
            reception_plan(s, staff[role], team)
    with db.unit() as s:
        add_meal(s, staff[Role.DIRECTOR], team, meal)
    with db.read() as s:
        assert len(reception_plan(s, staff[Role.DIRECTOR], team).meals) == 1


def test_nothing_is_planned_for_a_cancelled_or_missing_delegation(
    db: Database, clerk: Actor
) -> None:
    team = make_delegation(db, clerk)
    with db.unit() as s:
        cancel_delegation(s, clerk, team)
    with pytest.raises(Conflict), db.unit() as s:
        add_meal(s, clerk, team, MealForm(at(1, 12), "食堂", 3, 1))
    with pytest.raises(NotFound), db.read() as s:
        reception_plan(s, clerk, team + 100)
    with db.read() as s:
        assert reception_plan(s, clerk, team).cancelled is True

"""`reception demo` fills precedence and seating: the demo city's officials in their order,
seating events whose stored seats are what the desk's own "compute" gives, a working dinner
within the accompanying-staff limit, and reception plans whose one meal above the limit
carries its reason into the plan's warnings. One audit row for the whole fill; a second fill
adds no officials. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.lodging.models import Guest
from reception.core.people import name_search_keys
from reception.core.protocol.charts import compute_chart
from reception.core.protocol.events import EventForm, chart_view, create_event, list_events
from reception.core.protocol.models import (
    Official,
    PlanMeal,
    PlanVehicle,
    SeatingEvent,
    SeatingParticipant,
    SeatingSeat,
)
from reception.core.protocol.officials import OfficialForm, add_official, list_officials
from reception.core.protocol.plan import MEAL_EXCEPTION, reception_plan
from reception.core.protocol.seating import EventKind, Side, staff_limit
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.demo.fill import fill
from reception.demo.protocol_fill import OVER_LIMIT_REASON, extra_events, two_tables

ZONE = ZoneInfo("Asia/Shanghai")
# Wednesday 25 November 2026, 15:30 in Beijing.
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 11, 25)
SCALE = 300


class _Undo(Exception):
    """Raised to roll back a unit of work that recomputed charts for comparison."""


def _fill(db: Database, admin: Actor, now: datetime = NOW) -> dict[str, int]:
    return fill(db, admin, SCALE, lambda done, total: None, seed=7, now=now).counts


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _seats(session: Session, event_id: int) -> set[tuple[object, ...]]:
    rows = session.scalars(select(SeatingSeat).where(SeatingSeat.event_id == event_id))
    return {
        (s.block, s.place, s.side, s.seat_order, s.role, s.role_number, s.participant_id)
        for s in rows
    }


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]  # lodging clerks manage precedence and seating


@pytest.fixture
def filled(db: Database, admin: Actor, clerk: Actor) -> dict[str, int]:
    return _fill(db, admin)


def test_tables_and_extra_events_follow_the_limits() -> None:
    for guests in range(2, 41):
        tables = two_tables(guests)
        assert sum(g for g, _ in tables) == guests
        assert sum(h for _, h in tables) <= staff_limit(guests)
        assert all(h >= 1 for _, h in tables)
    assert len(two_tables(8)) == 2
    assert extra_events(300) == 0
    assert extra_events(100_000) > 0
    assert extra_events(10_000_000) == extra_events(100_000)  # capped


def test_officials_in_the_office_order(db: Database, clerk: Actor, filled: dict[str, int]) -> None:
    with db.read() as session:
        rows = session.scalars(select(Official)).all()
        shown = list_officials(session, clerk)
    assert len(rows) == filled["officials"]
    assert 30 <= len(rows) <= 40
    by_rank: dict[str, list[int]] = defaultdict(list)
    for official in rows:
        by_rank[official.rank].append(official.order_in_rank)
        assert official.active
        assert official.post
        assert "示范市" in official.unit
        assert official.name_pinyin == name_search_keys(official.name)[0]
    assert len(by_rank) >= 4
    for rank, orders in by_rank.items():
        assert sorted(orders) == list(range(1, len(orders) + 1)), rank
    assert len({o.name for o in rows}) == len(rows)
    assert [v.number for v in shown] == list(range(1, len(rows) + 1))
    assert [v.post for v in shown[:2]] == ["市委书记", "市长"]
    assert Counter(o.post for o in rows)["副市长"] >= 2


def test_stored_seats_are_what_the_desk_computes(
    db: Database, clerk: Actor, filled: dict[str, int]
) -> None:
    with db.read() as session:
        events = list_events(session, clerk)
        stored = {e.id: _seats(session, e.id) for e in events}
        charts = {e.id: chart_view(session, clerk, e.id) for e in events}
        people = Counter(session.scalars(select(SeatingParticipant.event_id)).all())
    assert len(events) == filled["seating_events"]
    assert {e.kind for e in events} == set(EventKind)
    assert any(e.delegation_id is not None for e in events)
    assert any(e.starts_at is not None and e.starts_at < NOW for e in events)
    assert any(e.starts_at is not None and e.starts_at > NOW for e in events)
    for event in events:
        chart = charts[event.id]
        seated = [seat.participant_id for seat in chart.seats()]
        assert people[event.id] > 0
        assert sorted(seated) == sorted(set(seated))  # nobody seated twice
        assert len(seated) == people[event.id]  # and everybody seated
        assert chart.computed, event.title
        assert chart.consistent, event.title
        assert not chart.unseated, event.title
    podium = next(e for e in events if e.kind is EventKind.PODIUM and e.rows == (7, 9))
    assert [block.size for block in charts[podium.id].blocks] == [7, 9]
    recomputed: dict[int, set[tuple[object, ...]]] = {}
    with pytest.raises(_Undo), db.unit() as session:
        for event in events:
            compute_chart(session, clerk, event.id)
            recomputed[event.id] = _seats(session, event.id)
        raise _Undo
    assert recomputed == stored
    assert _count(db, SeatingSeat) == sum(people.values())
    assert filled["seating_seats"] == sum(people.values())


def test_the_working_dinner_keeps_the_staff_limit(
    db: Database, clerk: Actor, filled: dict[str, int]
) -> None:
    with db.read() as session:
        dinners = [e for e in list_events(session, clerk) if e.kind is EventKind.BANQUET]
        assert dinners
        for dinner in dinners:
            chart = chart_view(session, clerk, dinner.id)
            guests = set(
                session.scalars(select(Guest.id).where(Guest.delegation_id == dinner.delegation_id))
            )
            rows = session.scalars(
                select(SeatingParticipant).where(SeatingParticipant.event_id == dinner.id)
            ).all()
            assert chart.staff is not None
            assert chart.staff.ok, chart.staff
            assert {r.guest_id for r in rows if r.side == Side.GUEST.value} == guests
            assert all(r.official_id is not None for r in rows if r.side == Side.HOST.value)
            assert dinner.starts_at is not None and dinner.starts_at >= NOW - timedelta(days=1)
        assert any(len(chart_view(session, clerk, d.id).blocks) == 2 for d in dinners)


def test_plans_have_meals_and_cars_and_one_meal_over_the_limit_warns(
    db: Database, clerk: Actor, filled: dict[str, int]
) -> None:
    with db.read() as session:
        meals = session.scalars(select(PlanMeal)).all()
        vehicles = session.scalars(select(PlanVehicle)).all()
        over = [m for m in meals if m.staff > staff_limit(m.guests)]
        assert len(over) == 1
        assert over[0].exception_reason == OVER_LIMIT_REASON
        assert all(m.exception_reason is None for m in meals if m not in over)
        plan = reception_plan(session, clerk, over[0].delegation_id)
        teams = {m.delegation_id for m in meals}
        plans = [reception_plan(session, clerk, team) for team in sorted(teams)]
    assert len(meals) == filled["plan_meals"]
    assert len(vehicles) == filled["plan_vehicles"]
    warned = [w for w in plan.warnings if w.source == MEAL_EXCEPTION]
    assert len(warned) == 1
    assert OVER_LIMIT_REASON in warned[0].text()
    assert len(plan.meals) >= 2
    assert len(plan.vehicles) >= 2
    assert len(plan.itinerary) >= 2
    assert plan.events
    assert any(item.vehicles for item in plan.itinerary)  # a car serves a programme line
    for each in plans:  # the other plans warn of no meal, and every plan has seats enough
        expected = 1 if each.delegation_id == plan.delegation_id else 0
        assert sum(w.source == MEAL_EXCEPTION for w in each.warnings) == expected
        assert sum(v.seats for v in each.vehicles if v.activity_id is None) >= len(each.guests)


def test_one_audit_row_and_a_second_fill_adds_no_officials(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    before = _count(db, AuditEntry)
    first = _fill(db, admin)
    second = _fill(db, admin, now=NOW + timedelta(days=1))
    with db.read() as session:
        actions = Counter(
            session.scalars(select(AuditEntry.action).where(AuditEntry.seq > before)).all()
        )
    assert actions["demo.fill"] == 2
    assert sum(actions.values()) < 20
    assert not [a for a in actions if a.startswith(("official.", "seating_", "meal.", "vehicle."))]
    assert first["officials"] > 0
    assert first["seating_events"] > 0
    assert [second[k] for k in ("officials", "seating_events", "plan_meals")] == [0, 0, 0]
    assert _count(db, Official) == first["officials"]
    assert _count(db, SeatingEvent) == first["seating_events"]
    # The desk carries on after the fill: numbers and ids continue (PostgreSQL's too).
    with db.unit() as session:
        added = add_official(
            session, clerk, OfficialForm("测试官员", "副市长", "示范市人民政府", "副厅级")
        )
        event = create_event(session, clerk, EventForm(EventKind.PODIUM, "测试会议", NOW))
    with db.read() as session:
        deputies = [v for v in list_officials(session, clerk) if v.rank == "bureau_deputy"]
    assert len(deputies) > 1
    assert added.order_in_rank == len(deputies)
    assert added.id == first["officials"] + 1
    assert event.id == first["seating_events"] + 1

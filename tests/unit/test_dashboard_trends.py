"""The dashboard's chart series (reception.core.dashboard.trends): arrivals per office hour
against the four same weekdays before, waits through the day, rooms held night by night,
cases by category. Hand-built days pin the definitions; on demo data each series is checked
against plain SQL or the desk's own view. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from reception.core.dashboard.figures import read_dashboard
from reception.core.dashboard.trends import (
    arrivals_by_hour,
    baseline_days,
    cases_by_category,
    occupancy_ahead,
    waits_by_hour,
)
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.lodging.chart import room_chart
from reception.core.lodging.rooms import set_out_of_order
from reception.core.petitions.statistics import monthly_statistics
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.dashboard_support import (
    NOW,
    TODAY,
    ZONE,
    add_case,
    add_stay,
    add_visit,
    fill_demo,
    guest_of,
    room_of,
)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """An office wall-clock time, in UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE).astimezone(UTC)


@pytest.fixture
def director(db: Database, admin: Actor) -> Actor:
    return fill_demo(db, admin)


# -- arrivals ------------------------------------------------------------------------------


def test_the_baseline_is_the_mean_of_the_same_hour_on_the_four_same_weekdays_before(
    db: Database, staff: dict[Role, Actor]
) -> None:
    weeks = [TODAY - timedelta(weeks=n) for n in range(6)]
    with db.unit() as s:
        # 10:00-10:59 on today and the five Wednesdays before: 3, 4, 0, 2, 2, and 9.
        for day, count in zip(weeks, (3, 4, 0, 2, 2, 9), strict=True):
            for minute in range(count):
                add_visit(s, day, at(day, 10, minute * 6))
        add_visit(s, weeks[1], at(weeks[1], 9, 59))  # one at 9:59 a week ago
        for minute in range(5):  # yesterday is not the same weekday
            add_visit(s, TODAY - timedelta(days=1), at(TODAY - timedelta(days=1), 10, minute))
        add_visit(s, TODAY, at(TODAY, 10), arrived=False)  # expected, not arrived
        add_visit(s, TODAY, at(TODAY, 0, 10))  # ten past midnight: hour 0, not 16 (UTC)
    with db.read() as session:
        arrivals = arrivals_by_hour(session, staff[Role.RECEPTIONIST], TODAY)
    assert arrivals.hours == tuple(range(24))
    assert arrivals.baseline_days == tuple(weeks[1:5])
    assert baseline_days(TODAY) == tuple(weeks[1:5])
    assert arrivals.today[10] == 3
    assert arrivals.today[0] == 1
    assert sum(arrivals.today) == 4
    assert arrivals.baseline[10] == 2.0  # (4 + 0 + 2 + 2) / 4: the empty week counts
    assert arrivals.baseline[9] == 0.25
    assert sum(arrivals.baseline) == 2.25


def test_arrivals_on_demo_data_match_plain_sql(db: Database, director: Actor) -> None:
    with db.read() as session:
        arrivals = arrivals_by_hour(session, director, TODAY)
        queue = read_dashboard(session, director, NOW).queue
        before = [
            int(
                session.execute(
                    text("SELECT count(*) FROM visit WHERE day = :d AND arrived_at IS NOT NULL"),
                    {"d": day},
                ).scalar_one()
            )
            for day in arrivals.baseline_days
        ]
        moments = session.execute(
            text("SELECT arrived_at FROM visit WHERE day = :d AND arrived_at IS NOT NULL"),
            {"d": TODAY},
        ).scalars()
        hours = Counter(
            (m if isinstance(m, datetime) else datetime.fromisoformat(m))
            .replace(tzinfo=UTC)
            .astimezone(ZONE)
            .hour
            for m in moments
        )
    assert queue is not None
    assert sum(arrivals.today) == queue.visitors_today
    assert arrivals.today == tuple(hours.get(hour, 0) for hour in range(24))
    assert sum(before) > 0
    assert sum(arrivals.baseline) == pytest.approx(sum(before) / 4, abs=0.01 * 24)
    assert max(arrivals.today[:8]) == 0  # the office opens at 8:30


# -- waits ---------------------------------------------------------------------------------


def test_waits_by_hour_average_the_tickets_first_called_in_each_office_hour(
    db: Database, staff: dict[Role, Actor]
) -> None:
    yesterday = TODAY - timedelta(days=1)
    with db.unit() as s:
        for waited in (10, 20):
            queued = at(TODAY, 9, 55 - waited)
            add_visit(s, TODAY, queued, ticket="served", queued=queued, called=at(TODAY, 9, 55))
        add_visit(
            s, TODAY, at(TODAY, 13, 53), ticket="called", queued=at(TODAY, 13, 53),
            called=at(TODAY, 14, 0),
        )  # fmt: skip
        add_visit(s, TODAY, at(TODAY, 15), ticket="waiting")  # not called: no wait yet
        add_visit(
            s, yesterday, at(yesterday, 9), ticket="served", queued=at(yesterday, 9),
            called=at(yesterday, 10),
        )  # fmt: skip
    with db.read() as session:
        waits = waits_by_hour(session, staff[Role.DIRECTOR], TODAY)
    assert len(waits) == 24
    assert waits[9] == 15.0
    assert waits[14] == 7.0
    assert [hour for hour, wait in enumerate(waits) if wait is not None] == [9, 14]


# -- occupancy -----------------------------------------------------------------------------


def test_occupancy_ahead_counts_rooms_night_by_night(
    db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    day = TODAY
    with db.unit() as s:
        a, b, c = (room_of(s, n, beds=2) for n in ("201", "202", "203"))
        add_stay(s, a, guest_of(s, "甲"), day - timedelta(days=1), day + timedelta(days=2))
        add_stay(s, a, guest_of(s, "乙"), day, day + timedelta(days=1), bed=2)
        add_stay(s, b, guest_of(s, "丙"), day + timedelta(days=1), day + timedelta(days=3))
        add_stay(s, c, guest_of(s, "丁"), day, day + timedelta(days=5), "cancelled")
    with db.unit() as s:
        set_out_of_order(s, clerk, c, "换地毯", day + timedelta(days=2), day + timedelta(days=4))
    with db.read() as session:
        ahead = occupancy_ahead(session, clerk, day, 5)
        tonight = read_dashboard(session, clerk, NOW).lodging
    assert [o.day for o in ahead] == [day + timedelta(days=n) for n in range(5)]
    assert [o.occupied for o in ahead] == [1, 2, 1, 0, 0]
    assert [o.out_of_order for o in ahead] == [0, 0, 1, 1, 0]
    assert {o.total for o in ahead} == {3}
    assert tonight is not None
    assert ahead[0].occupied == tonight.rooms_occupied


def test_occupancy_ahead_on_demo_data_equals_the_room_chart(db: Database, director: Actor) -> None:
    with db.read() as session:
        ahead = occupancy_ahead(session, director, TODAY)
        chart = room_chart(session, director, TODAY, 14, today=TODAY)
    assert len(ahead) == 14
    for offset, figure in enumerate(ahead):
        night = TODAY + timedelta(days=offset)
        held = sum(1 for r in chart.rooms if chart.stay_at(r.room.id, night) is not None)
        assert (figure.day, figure.occupied, figure.total) == (night, held, len(chart.rooms))
    assert max(o.occupied for o in ahead) > 0


def test_occupancy_ahead_refuses_a_window_the_chart_would_refuse(
    db: Database, staff: dict[Role, Actor]
) -> None:
    with db.read() as session, pytest.raises(InvalidInput):
        occupancy_ahead(session, staff[Role.LODGING_CLERK], TODAY, 0)


# -- categories ----------------------------------------------------------------------------


def test_cases_by_category_count_the_month_most_first(
    db: Database, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    with db.unit() as s:
        for received, category in (
            (date(2026, 11, 1), "劳动社保/拖欠工资"),
            (date(2026, 11, 30), "劳动社保/拖欠工资"),
            (date(2026, 11, 12), "城乡建设/物业管理"),
            (date(2026, 10, 31), "城乡建设/物业管理"),
            (date(2026, 12, 1), "城乡建设/物业管理"),
        ):
            case_id = add_case(s, officer, received_on=received)
            s.execute(
                text("UPDATE petition_case SET category = :c WHERE id = :i"),
                {"c": category, "i": case_id},
            )
    with db.read() as session:
        counts = cases_by_category(session, officer, date(2026, 11, 17))
    assert [(c.category, c.count) for c in counts] == [
        ("劳动社保/拖欠工资", 2),
        ("城乡建设/物业管理", 1),
    ]


def test_cases_by_category_on_demo_data_equal_the_monthly_statistics(
    db: Database, director: Actor
) -> None:
    with db.read() as session:
        counts = cases_by_category(session, director, TODAY.replace(day=1))
        figures = monthly_statistics(session, director, TODAY.year, TODAY.month, today=TODAY)
    assert [(c.category, c.count) for c in counts] == figures.by_category
    assert sum(c.count for c in counts) == figures.received
    assert figures.received > 0


# -- roles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "refused"),
    [
        (Role.RECEPTIONIST, {"occupancy", "categories"}),
        (Role.LODGING_CLERK, {"arrivals", "waits", "categories"}),
        (Role.PETITIONS_OFFICER, {"arrivals", "waits", "occupancy"}),
        (Role.DIRECTOR, set()),
        (Role.ADMINISTRATOR, {"arrivals", "waits", "occupancy", "categories"}),
    ],
)
def test_each_series_is_read_only_by_the_roles_of_its_area(
    db: Database, staff: dict[Role, Actor], role: Role, refused: set[str]
) -> None:
    calls = {
        "arrivals": lambda s, a: arrivals_by_hour(s, a, TODAY),
        "waits": lambda s, a: waits_by_hour(s, a, TODAY),
        "occupancy": lambda s, a: occupancy_ahead(s, a, TODAY),
        "categories": lambda s, a: cases_by_category(s, a, TODAY),
    }
    found = set()
    for name, call in calls.items():
        with db.read() as session:
            try:
                call(session, staff[role])
            except NotPermitted:
                found.add(name)
    assert found == refused

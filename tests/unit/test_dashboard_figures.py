"""The dashboard's figures (reception.core.dashboard.figures): on demo data each figure
equals the length of the desk list it sums up, or a hand-written SQL count; small hand-built
cases pin the edges (tonight, yesterday, the office's time zone, roles). SQLite, and
PostgreSQL when configured."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from reception.core.dashboard.figures import read_dashboard
from reception.core.errors import NotPermitted
from reception.core.lodging.chart import room_chart
from reception.core.lodging.checklist import overdue_items
from reception.core.lodging.delegations import list_delegations
from reception.core.lodging.lists import arrivals_and_departures
from reception.core.lodging.models import ChecklistItem, Delegation, Room, RoomStatus
from reception.core.petitions.deadlines import CaseFilter, list_cases, page_key
from reception.core.petitions.leader_days import FREE, reception_days
from reception.core.petitions.settings import load_petition_settings
from reception.core.security.operators import set_active
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.core.visitors import service
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
from tests.unit.petitions_support import add_repeat_visit


@pytest.fixture
def demo(db: Database, admin: Actor) -> Actor:
    return fill_demo(db, admin)


def _sql(session: Session, sql: str, **params: object) -> int:
    return int(session.execute(text(sql), params).scalar_one())


# -- on demo data: the figure equals the list -------------------------------------------------


def test_queue_figures_equal_the_on_site_list_the_board_and_plain_sql(
    db: Database, demo: Actor
) -> None:
    with db.read() as session:
        queue = read_dashboard(session, demo, NOW).queue
        here = service.on_site(session, demo, NOW)
        board = {row.series: row for row in service.queue_status(session, NOW).series}
        arrived = _sql(
            session,
            "SELECT count(*) FROM visit WHERE day = :d AND arrived_at IS NOT NULL",
            d=TODAY,
        )
        expected = _sql(
            session, "SELECT count(*) FROM visit WHERE day = :d AND arrived_at IS NULL", d=TODAY
        )
        if db.is_sqlite:
            minutes = "(julianday(first_called_at) - julianday(queued_at)) * 1440"
        else:
            minutes = "extract(epoch FROM first_called_at - queued_at) / 60"
        averages = {
            series: (float(mean), int(n))
            for series, mean, n in session.execute(
                text(
                    f"SELECT queue_series, avg({minutes}), count(*) FROM ticket "
                    "WHERE day = :d AND first_called_at IS NOT NULL AND queued_at IS NOT NULL "
                    "GROUP BY queue_series"
                ),
                {"d": TODAY},
            )
        }
    assert queue is not None
    assert queue.onsite_now == len(here)
    assert queue.onsite_now > 0
    assert queue.onsite_people == sum(v.party_size for v in here)
    assert queue.visitors_today == arrived
    assert queue.expected_today == expected
    assert queue.waiting == sum(row.waiting for row in board.values())
    assert queue.waiting > 0
    assert [f.series for f in queue.series] == list(board)
    for figure in queue.series:
        assert figure.waiting == board[figure.series].waiting
        if figure.waiting:
            assert figure.longest_wait_minutes == board[figure.series].longest_wait_minutes
        else:
            assert figure.longest_wait_minutes is None
        mean, called = averages.get(figure.series, (None, 0))
        assert figure.called_today == called
        if mean is None:
            assert figure.average_wait_minutes is None
        else:
            assert figure.average_wait_minutes is not None
            assert abs(figure.average_wait_minutes - mean) <= 0.5 + 1e-6
    assert sum(f.called_today for f in queue.series) > 0


def test_lodging_figures_equal_the_room_chart_the_day_lists_and_the_delegations_page(
    db: Database, demo: Actor
) -> None:
    with db.read() as session:
        lodging = read_dashboard(session, demo, NOW).lodging
        chart = room_chart(session, demo, TODAY, 1, today=TODAY)
        lists = arrivals_and_departures(session, demo, TODAY)
        delegations = list_delegations(session, demo, TODAY, TODAY, now=NOW, today=TODAY)
        overdue = overdue_items(session, demo, NOW)
    assert lodging is not None
    held = [r for r in chart.rooms if chart.stay_at(r.room.id, TODAY) is not None]
    assert lodging.rooms_occupied == len(held)
    assert lodging.rooms_occupied > 0
    assert lodging.rooms_total == len(chart.rooms)
    assert lodging.rooms_out_of_order == sum(
        1 for r in chart.rooms if r.status is RoomStatus.OUT_OF_ORDER
    )
    assert lodging.arrivals_today == len(lists.arrivals)
    assert lodging.departures_today == len(lists.departures)
    assert lodging.arrivals_today + lodging.departures_today > 0
    assert lodging.delegations_in_house == len([d for d in delegations if not d.cancelled])
    assert lodging.delegations_in_house > 0
    assert lodging.checklist_overdue == len(overdue)


def _all_cases(session: Session, actor: Actor, flt: CaseFilter) -> list[int]:
    """Every row of the deadlines view for `flt`, page by page as the desk scrolls."""
    ids: list[int] = []
    after = None
    while True:
        page = list_cases(session, actor, flt, today=TODAY, limit=50, after=after)
        ids += [view.id for view in page]
        if len(page) < 50:
            return ids
        after = page_key(page[-1])


def test_petition_figures_equal_the_deadlines_view_and_the_reception_days(
    db: Database, demo: Actor
) -> None:
    with db.read() as session:
        petitions = read_dashboard(session, demo, NOW).petitions
        soon = load_petition_settings(session).due_soon_days
        overdue = _all_cases(session, demo, CaseFilter(overdue=True))
        within = _all_cases(session, demo, CaseFilter(due_within=soon))
        new = _sql(session, "SELECT count(*) FROM petition_case WHERE received_on = :d", d=TODAY)
        joint = _sql(
            session,
            "SELECT count(*) FROM petition_visit WHERE came_on = :d AND people_count >= 5",
            d=TODAY,
        )
        days = [
            d
            for d in reception_days(session, demo, TODAY, TODAY + timedelta(days=90))
            if not d.cancelled
        ]
    assert petitions is not None
    assert petitions.due_soon_days == soon
    assert petitions.overdue == len(overdue)
    assert petitions.overdue > 0
    assert petitions.due_soon == len(set(within) - set(overdue))
    assert petitions.due_soon > 0
    assert petitions.new_today == new
    assert petitions.joint_visits_today == joint
    assert days, "the demo plans leader reception days ahead"
    first = days[0].day
    on_first = [d for d in days if d.day == first]
    assert petitions.next_leader_day == first
    assert petitions.next_leader_day_slots == sum(len(d.slots) for d in on_first)
    assert petitions.next_leader_day_bookings == sum(
        1 for d in on_first for slot in d.slots if slot.state != FREE
    )


# -- roles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, {"queue"}),
        (Role.LODGING_CLERK, {"lodging"}),
        (Role.PETITIONS_OFFICER, {"petitions"}),
        (Role.DIRECTOR, {"queue", "lodging", "petitions"}),
        (Role.ADMINISTRATOR, set()),
    ],
)
def test_a_role_sees_only_the_areas_whose_lists_it_may_read(
    db: Database, staff: dict[Role, Actor], role: Role, areas: set[str]
) -> None:
    with db.read() as session:
        dashboard = read_dashboard(session, staff[role], NOW)
    shown = {
        name
        for name, figures in (
            ("queue", dashboard.queue),
            ("lodging", dashboard.lodging),
            ("petitions", dashboard.petitions),
        )
        if figures is not None
    }
    assert shown == areas
    assert dashboard.day == TODAY


def test_a_director_disabled_since_signing_in_is_refused(
    db: Database, staff: dict[Role, Actor]
) -> None:
    with db.unit() as session:
        set_active(session, staff[Role.ADMINISTRATOR], "director", False)
    with db.read() as session, pytest.raises(NotPermitted):
        read_dashboard(session, staff[Role.DIRECTOR], NOW)


# -- hand-built edges ---------------------------------------------------------------------------


def test_tonight_counts_rooms_holding_the_night_not_stays_ending_today(
    db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        rooms = [room_of(s, str(n), beds=2) for n in (101, 102, 103, 104, 105, 106)]
        add_stay(s, rooms[0], guest_of(s, "甲"), TODAY - timedelta(days=2), TODAY)  # leaves today
        add_stay(s, rooms[1], guest_of(s, "乙"), TODAY, TODAY + timedelta(days=1))  # arrives
        add_stay(s, rooms[2], guest_of(s, "丙"), TODAY - timedelta(days=1), TODAY + timedelta(2))
        add_stay(s, rooms[2], guest_of(s, "丁"), TODAY, TODAY + timedelta(days=3), bed=2)
        add_stay(s, rooms[3], guest_of(s, "戊"), TODAY, TODAY + timedelta(days=2), "cancelled")
        add_stay(s, rooms[4], guest_of(s, "己"), TODAY + timedelta(days=1), TODAY + timedelta(3))
        # A guest moving rooms today: out of 106's first stay into 105: neither list.
        mover = guest_of(s, "庚")
        add_stay(s, rooms[5], mover, TODAY - timedelta(days=3), TODAY, "departed")
        add_stay(s, rooms[4], mover, TODAY, TODAY + timedelta(days=1), bed=2)
        s.get_one(Room, rooms[3]).active = False
    with db.read() as session:
        lodging = read_dashboard(session, clerk, NOW).lodging
    assert lodging is not None
    assert lodging.rooms_occupied == 3  # 102, 103 (two beds, one room) and 105 (the mover)
    assert lodging.rooms_total == 5  # 104 is out of service
    assert lodging.arrivals_today == 2  # 乙 and 丁; the cancelled 戊 and the mover are not
    assert lodging.departures_today == 1  # 甲


def test_checklist_and_delegations_count_only_live_open_overdue_work(
    db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        here = _delegation(s, TODAY - timedelta(days=1), TODAY)
        gone = _delegation(s, TODAY - timedelta(days=3), TODAY - timedelta(days=1))
        off = _delegation(s, TODAY, TODAY + timedelta(days=2), cancelled=True)
        coming = _delegation(s, TODAY + timedelta(days=1), TODAY + timedelta(days=2))
        for delegation, due, done in (
            (here, NOW - timedelta(hours=1), None),  # overdue
            (here, NOW - timedelta(hours=2), NOW - timedelta(hours=3)),  # done
            (coming, NOW + timedelta(hours=1), None),  # not yet due
            (off, NOW - timedelta(days=1), None),  # its delegation is cancelled
            (gone, NOW - timedelta(days=2), None),  # left undone; it has left: not overdue
        ):
            s.add(ChecklistItem(delegation_id=delegation, title="接站", due_at=due, done_at=done))
    with db.read() as session:
        lodging = read_dashboard(session, clerk, NOW).lodging
    assert lodging is not None
    assert lodging.checklist_overdue == 1
    assert lodging.delegations_in_house == 1  # leaving today still counts; cancelled not


def _delegation(s: Session, arrive: date, depart: date, *, cancelled: bool = False) -> int:
    row = Delegation(
        name=f"考察组{arrive.day}",
        unit="某单位",
        letter_ref="函〔2026〕1号",
        arrive=arrive,
        depart=depart,
        cancelled=cancelled,
        created_at=NOW,
    )
    s.add(row)
    s.flush()
    return row.id


def test_yesterdays_tickets_count_neither_as_waiting_nor_in_the_average(
    db: Database, staff: dict[Role, Actor]
) -> None:
    desk = staff[Role.RECEPTIONIST]
    at = NOW - timedelta(hours=2)
    with db.unit() as s:
        # Today: one called after 10 minutes, one called after 20, one waiting 30 minutes.
        add_visit(s, TODAY, at, ticket="called", queued=at, called=at + timedelta(minutes=10))
        add_visit(s, TODAY, at, ticket="served", queued=at, called=at + timedelta(minutes=20))
        add_visit(s, TODAY, NOW - timedelta(minutes=30), ticket="waiting")
        # Yesterday: a long wait called, and a ticket left waiting overnight.
        y = at - timedelta(days=1)
        add_visit(
            s,
            TODAY - timedelta(days=1),
            y,
            ticket="served",
            queued=y,
            called=y + timedelta(hours=3),
        )
        add_visit(s, TODAY - timedelta(days=1), y, ticket="waiting", left=True)
    with db.read() as session:
        queue = read_dashboard(session, desk, NOW).queue
    assert queue is not None
    general = next(f for f in queue.series if f.series == "A")
    assert (general.waiting, general.longest_wait_minutes) == (1, 30)
    assert (general.average_wait_minutes, general.called_today) == (15, 2)
    assert queue.waiting == 1
    assert queue.visitors_today == 3


def test_the_office_day_is_the_office_time_zones(db: Database, staff: dict[Role, Actor]) -> None:
    """03:00 UTC on 25 November is the 25th in Beijing and still the 24th in New York."""
    director = staff[Role.DIRECTOR]
    moment = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    with db.unit() as s:
        add_visit(s, date(2026, 11, 24), moment - timedelta(hours=6))
        add_visit(s, date(2026, 11, 25), moment - timedelta(hours=1))
        add_visit(s, date(2026, 11, 25), moment - timedelta(minutes=5))
        add_case(s, director, received_on=date(2026, 11, 24), due=date(2026, 11, 24))
    with db.read() as session:
        beijing = read_dashboard(session, director, moment)
    with db.unit() as s:
        update_settings(s, staff[Role.ADMINISTRATOR], time_zone="America/New_York")
    with db.read() as session:
        new_york = read_dashboard(session, director, moment)
    assert beijing.day == date(2026, 11, 25)
    assert new_york.day == date(2026, 11, 24)
    assert beijing.queue is not None
    assert new_york.queue is not None
    assert beijing.queue.visitors_today == 2
    assert new_york.queue.visitors_today == 1
    assert beijing.petitions is not None
    assert new_york.petitions is not None
    assert (beijing.petitions.new_today, beijing.petitions.overdue) == (0, 1)
    assert (new_york.petitions.new_today, new_york.petitions.overdue) == (1, 0)
    assert new_york.petitions.due_soon == 1  # due that very day: soon, not yet overdue


def test_due_soon_and_overdue_follow_the_deadline_and_the_case_state(
    db: Database, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    with db.unit() as s:
        soon = load_petition_settings(s).due_soon_days
        for due, state in (
            (TODAY - timedelta(days=1), "accepted"),  # overdue
            (TODAY - timedelta(days=9), "closed"),  # closed: neither
            (TODAY, "registered"),  # due today: soon
            (TODAY + timedelta(days=soon), "assigned"),  # the last day of "soon"
            (TODAY + timedelta(days=soon + 1), "assigned"),  # later
            (None, "replied"),  # no office deadline
        ):
            add_case(s, officer, received_on=TODAY - timedelta(days=20), due=due, state=state)
        add_case(s, officer, received_on=TODAY, people=6)
        earlier = add_case(s, officer, received_on=TODAY - timedelta(days=30))
        add_repeat_visit(s, officer, earlier, TODAY, people_count=5)
    with db.read() as session:
        petitions = read_dashboard(session, officer, NOW).petitions
        listed = len(list_cases(session, officer, CaseFilter(overdue=True), today=TODAY))
    assert petitions is not None
    assert (petitions.overdue, listed) == (1, 1)
    assert petitions.due_soon == 2
    assert petitions.new_today == 1
    assert petitions.joint_visits_today == 2  # today's new joint case and a joint repeat visit
    assert petitions.next_leader_day is None
    assert petitions.next_leader_day_bookings == 0


def test_reading_the_dashboard_writes_nothing(db: Database, staff: dict[Role, Actor]) -> None:
    with db.read() as session:
        before = _sql(session, "SELECT count(*) FROM audit_entry")
    with db.read() as session:
        read_dashboard(session, staff[Role.DIRECTOR], NOW)
    with db.read() as session:
        assert _sql(session, "SELECT count(*) FROM audit_entry") == before


def test_the_day_starts_at_midnight_in_the_office(db: Database, staff: dict[Role, Actor]) -> None:
    """A minute after midnight in Beijing the new day has no visits of the evening before."""
    midnight = datetime.combine(TODAY, time(0, 1), tzinfo=ZONE).astimezone(UTC)
    with db.unit() as s:
        add_visit(s, TODAY - timedelta(days=1), midnight - timedelta(minutes=5), left=False)
    with db.read() as session:
        queue = read_dashboard(session, staff[Role.RECEPTIONIST], midnight).queue
        late = read_dashboard(session, staff[Role.RECEPTIONIST], midnight - timedelta(minutes=2))
    assert queue is not None
    assert late.queue is not None
    assert (queue.visitors_today, queue.onsite_now) == (0, 0)
    assert (late.queue.visitors_today, late.queue.onsite_now) == (1, 1)

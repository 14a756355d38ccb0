"""The daily report (reception.core.reports): on demo data every figure equals a hand-written
SQL count or the desk list it sums up, for today and for an earlier day; roles see only
their areas; names are masked; the prose of a hand-built day is compared with the expected
text word for word. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from reception.core.dashboard.views import (
    CategoryCount,
    HourlyArrivals,
    LodgingFigures,
    OccupancyDay,
    SeriesFigure,
)
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.petitions.deadlines import CaseFilter, list_cases
from reception.core.reports.daily import (
    DailyReport,
    LodgingDay,
    PetitionDay,
    QueueDay,
    daily_report,
)
from reception.core.reports.events import (
    EVENTS_LISTED,
    DelegationLine,
    Escalation,
    JointVisit,
    Listed,
    OverdueCase,
    RoomException,
)
from reception.core.reports.prose import report_text
from reception.core.reports.words import change, percent
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.dashboard_support import NOW, TODAY, ZONE, fill_demo, operator_of
from tests.unit.report_support import meal_exceptions, room_exceptions, sql_count

EARLIER = TODAY - timedelta(days=5)  # a Friday of the demo's history


@pytest.fixture
def demo(db: Database, admin: Actor) -> Actor:
    return fill_demo(db, admin)


def _report(db: Database, actor: Actor, day: date) -> DailyReport:
    with db.unit() as session:
        return daily_report(session, actor, day, now=NOW)


@pytest.mark.parametrize("day", [TODAY, EARLIER])
def test_every_figure_equals_an_independent_count(db: Database, demo: Actor, day: date) -> None:
    report = _report(db, demo, day)
    queue, lodging, petitions = report.queue, report.lodging, report.petitions
    assert queue is not None
    assert lodging is not None
    assert petitions is not None
    arrived = "SELECT count(*) FROM visit WHERE day = :d AND arrived_at IS NOT NULL"
    received = "SELECT count(*) FROM petition_case WHERE received_on = :d"
    if db.is_sqlite:
        minutes = "(julianday(first_called_at) - julianday(queued_at)) * 1440"
    else:
        minutes = "extract(epoch FROM first_called_at - queued_at) / 60"
    with db.read() as s:
        assert queue.visitors == sql_count(s, arrived, d=day)
        assert queue.visitors > 0
        assert queue.visitors_last_week == sql_count(s, arrived, d=day - timedelta(days=7))
        assert sum(queue.arrivals.today) == queue.visitors
        called, mean, longest = s.execute(
            text(
                f"SELECT count(*), avg({minutes}), max({minutes}) FROM ticket WHERE day = :d "
                "AND first_called_at IS NOT NULL AND queued_at IS NOT NULL"
            ),
            {"d": day},
        ).one()
        assert queue.called == called
        assert sum(f.called_today for f in queue.series) == called
        assert queue.average_wait_minutes is not None
        assert abs(queue.average_wait_minutes - float(mean)) <= 0.5 + 1e-6
        assert queue.longest_wait_minutes is not None
        assert abs(queue.longest_wait_minutes - float(longest)) <= 0.5 + 1e-6
        assert lodging.figures.rooms_occupied == sql_count(
            s,
            "SELECT count(DISTINCT s.room_id) FROM stay s JOIN room r ON r.id = s.room_id "
            "WHERE r.active AND s.state <> 'cancelled' AND s.arrive <= :d AND s.depart > :d",
            d=day,
        )
        assert lodging.occupancy[0].occupied == lodging.figures.rooms_occupied
        assert len(lodging.arriving) == sql_count(
            s, "SELECT count(*) FROM delegation WHERE arrive = :d AND NOT cancelled", d=day
        )
        assert sum(line.guests for line in lodging.arriving) == sql_count(
            s,
            "SELECT count(*) FROM guest g JOIN delegation d ON d.id = g.delegation_id "
            "WHERE d.arrive = :d AND NOT d.cancelled",
            d=day,
        )
        assert lodging.room_exceptions.total == sql_count(
            s,
            "SELECT count(*) FROM stay WHERE state <> 'cancelled' AND arrive <= :d "
            "AND depart > :d AND exception_reason IS NOT NULL AND exception_reason <> ''",
            d=day,
        )
        assert petitions.received == sql_count(s, received, d=day)
        assert petitions.received_last_week == sql_count(s, received, d=day - timedelta(days=7))
        assert sum(n for _, n in petitions.by_form) == petitions.received
        assert sum(c.count for c in petitions.by_category) == petitions.received
        assert petitions.visits == sql_count(
            s, "SELECT count(*) FROM petition_visit WHERE came_on = :d", d=day
        )
        assert petitions.visits > 0
        assert petitions.visit_people == sql_count(
            s, "SELECT sum(people_count) FROM petition_visit WHERE came_on = :d", d=day
        )
        assert petitions.repeat_visits == sql_count(
            s, "SELECT count(*) FROM petition_visit WHERE came_on = :d AND is_repeat", d=day
        )
        assert petitions.joint_visits.total == sql_count(
            s,
            "SELECT count(*) FROM petition_visit WHERE came_on = :d AND people_count >= 5",
            d=day,
        )
        assert petitions.escalations.total == sql_count(
            s,
            "SELECT count(*) FROM petition_event WHERE kind = 'escalated' AND on_day = :d",
            d=day,
        )
        assert petitions.accepted == sql_count(
            s, "SELECT count(*) FROM petition_case WHERE accepted_on = :d", d=day
        )
        assert petitions.replied == sql_count(
            s, "SELECT count(*) FROM petition_case WHERE replied_on = :d", d=day
        )
        overdue = list_cases(s, demo, CaseFilter(overdue=True), today=day, limit=500)
    assert petitions.overdue == len(overdue)
    assert petitions.overdue > 0
    assert [c.case_no for c in petitions.overdue_cases.items] == [
        v.case_no for v in overdue[:EVENTS_LISTED]
    ]
    assert petitions.overdue_cases.total == petitions.overdue
    assert report.so_far is (day == TODAY)


def test_generating_a_report_writes_one_audit_row(db: Database, demo: Actor) -> None:
    count = "SELECT count(*) FROM audit_entry WHERE action = 'report.daily'"
    with db.read() as s:
        before = sql_count(s, count)
    _report(db, demo, EARLIER)
    with db.read() as s:
        assert sql_count(s, count) == before + 1


def test_names_in_the_report_are_masked(db: Database, demo: Actor) -> None:
    report = _report(db, demo, TODAY)
    assert report.petitions is not None
    assert report.petitions.overdue_cases.items
    with db.read() as s:
        names = set(s.execute(text("SELECT name FROM petitioner")).scalars())
    words = "".join(report_text(report).events)
    for case in report.petitions.overdue_cases.items:
        for person in case.petitioners.rstrip("等").split("、"):
            assert "*" in person
            assert person not in names
    assert not any(len(name) >= 2 and name in words for name in names)


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, ("queue",)),
        (Role.LODGING_CLERK, ("lodging",)),
        (Role.PETITIONS_OFFICER, ("petitions",)),
        (Role.DIRECTOR, ("queue", "lodging", "petitions")),
    ],
)
def test_a_role_gets_the_areas_it_may_read(
    db: Database, demo: Actor, role: Role, areas: tuple[str, ...]
) -> None:
    report = _report(db, operator_of(db, role), TODAY)
    assert report.areas == areas
    assert len(report_text(report).paragraphs) == len(areas)


def test_a_day_to_come_and_a_role_without_areas_are_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(NotPermitted):
        _report(db, admin, TODAY)
    director = Actor(admin.operator_id, admin.login, Role.DIRECTOR)
    with pytest.raises(InvalidInput):
        _report(db, director, TODAY + timedelta(days=1))


# -- the words -------------------------------------------------------------------------------


def test_changes_and_percentages_are_written_as_an_office_writes_them() -> None:
    assert percent(1, 8) == "12.5%"
    assert percent(1, 4) == "25%"
    assert percent(1, 3) == "33.3%"
    assert change(128, 114, "人次") == "较上周同日增加12.3%"
    assert change(95, 100, "人次") == "较上周同日减少5%"
    assert change(40, 40, "人次") == "与上周同日持平"
    assert change(7, 0, "件") == "上周同日为0件"
    assert change(0, 0, "件") == "与上周同日持平"
    assert change(10001, 10000, "人次") == "较上周同日增加1人次"


HOURS = tuple(range(24))


def _hours(values: dict[int, float]) -> tuple[float, ...]:
    return tuple(values.get(h, 0.0) for h in HOURS)


def fixed_report(*, so_far: bool) -> DailyReport:
    day = date(2026, 11, 25)
    queue = QueueDay(
        visitors=128,
        visitors_last_week=114,
        not_arrived=3,
        called=120,
        average_wait_minutes=6,
        longest_wait_minutes=38,
        series=(SeriesFigure("A", "综合业务", 0, None, 6, 120),),
        arrivals=HourlyArrivals(
            day,
            HOURS,
            tuple(int(v) for v in _hours({9: 40, 10: 30, 14: 58})),
            _hours({9: 30.0}),
            (),
        ),
        waits_by_hour=tuple(None for _ in HOURS),
    )
    lodging = LodgingDay(
        figures=LodgingFigures(45, 80, 2, 12, 8, 3, 1),
        arriving=(DelegationLine("某省考察团", "某省人民政府办公厅", day, day, 15),),
        room_exceptions=room_exceptions(),
        meal_exceptions=meal_exceptions(day),
        occupancy=(OccupancyDay(day, 45, 80, 2),),
    )
    petitions = PetitionDay(
        received=15,
        received_last_week=16,
        by_form=(("visit", 9), ("letter", 4), ("online", 2)),
        by_category=(CategoryCount("劳动社保/拖欠工资", 15),),
        visits=11,
        visit_people=23,
        repeat_visits=3,
        joint_visits=Listed(
            (JointVisit("XF2026-000123", day, 12, "劳动社保/拖欠工资", "李*、王*明"),), 1
        ),
        accepted=5,
        replied=4,
        escalations=Listed((Escalation("XF2026-000045", day, "王副市长", "城乡建设/征地拆迁"),), 1),
        overdue=2,
        overdue_cases=Listed(
            (OverdueCase("XF2026-000007", "赵*", "市住建局", date(2026, 11, 20), 5),), 2
        ),
        due_soon=6,
        due_soon_days=5,
    )
    at = datetime(2026, 11, 25, 8, 30, tzinfo=UTC) if so_far else datetime(2026, 11, 25, 16)
    return DailyReport(day, at, "示范市人民政府办公室", ZONE.key, so_far, queue, lodging, petitions)


EXPECTED_PARAGRAPHS = (
    "截至16时30分，今日共接待来访群众128人次，较上周同日增加12.3%。窗口叫号办理120人次，"
    "平均等候6分钟，最长等候38分钟。来访高峰出现在14时至15时，接待58人次。"
    "另有3人次预约尚未到达。",
    "宾馆今晚入住客房45间，入住率56.3%（在用客房80间，其中维修停用2间）。"
    "今日宾客抵达12人、离店8人，在住接待团组3个，其中新抵达1个。"
    "超出接待标准安排客房1间、陪餐人数超过规定1餐，详见重要事项。"
    "尚有1项接待准备任务逾期未完成。",
    "今日登记信访事项15件，较上周同日减少6.3%，其中来访9件、来信4件、网上信访2件。"
    "接待群众来访11批次23人次，其中重复访3批次、集体访1批次。"
    "受理5件，办结答复4件，报请领导协调处理1件。"
    "目前有逾期未办结事项2件，另有6件将于5日内到期。",
)
EXPECTED_EVENTS = (
    "集体访：XF2026-000123号事项，来访12人，反映拖欠工资问题，代表李*、王*明。",
    "报请领导：XF2026-000045号事项（征地拆迁）报请王副市长协调处理。",
    "接待团组：新抵达1个、共15人，名单附后。",
    "超标准安排客房：1-301房间（张*三）为普通套间，高于接待标准，理由：同级别房间已满。",
    "陪餐超标：某省考察团11月25日12:00工作午餐，宾客9人，陪餐5人（规定不超过3人），未记录理由。",
    "逾期事项：XF2026-000007号事项（赵*，市住建局），办理期限11月20日，已逾期5日。",
    "另有1件事项逾期未办结，详见信访事项期限清单。",
)


def test_the_words_of_a_fixed_day_are_the_expected_text() -> None:
    words = report_text(fixed_report(so_far=True))
    assert words.title == "接待工作日报"
    assert words.date_line == "2026年11月25日（星期三）"
    assert words.paragraphs == EXPECTED_PARAGRAPHS
    assert words.events == EXPECTED_EVENTS


def test_an_earlier_day_is_told_as_that_day() -> None:
    words = report_text(fixed_report(so_far=False))
    assert words.paragraphs[0].startswith("当日共接待来访群众128人次")
    assert words.paragraphs[0].endswith("预约来访中有3人次未到。")
    assert words.paragraphs[1].startswith("宾馆当晚入住客房45间")
    assert words.paragraphs[2].endswith("截至当日，有逾期未办结事项2件，另有6件将于5日内到期。")


def test_a_day_with_nothing_says_so_and_an_unread_area_says_nothing() -> None:
    full = fixed_report(so_far=False)
    assert full.queue is not None
    assert full.petitions is not None
    quiet = DailyReport(
        full.day,
        full.at,
        full.office,
        full.zone,
        False,
        QueueDay(0, 35, 0, 0, None, None, (), full.queue.arrivals, full.queue.waits_by_hour),
        None,
        PetitionDay(
            0, 0, (), (), 0, 0, 0, Listed((), 0), 0, 0, Listed((), 0), 0, Listed((), 0), 0, 5
        ),
    )
    words = report_text(quiet)
    assert words.paragraphs == (
        "当日未接待来访群众，上周同日为35人次。",
        "当日未登记新的信访事项。截至当日无逾期未办结事项。",
    )
    assert words.events == ("当日无需特别报告的事项。",)
    assert not any("增加-" in p or "减少-" in p for p in report_text(full).paragraphs)


def test_a_busy_day_names_ten_events_of_a_kind_and_counts_the_rest() -> None:
    full = fixed_report(so_far=False)
    assert full.petitions is not None
    assert full.lodging is not None
    rooms = tuple(
        RoomException(f"1-{300 + n}", "张*三", "ordinary_suite", "同级别房间已满。")
        for n in range(EVENTS_LISTED)
    )
    busy = DailyReport(
        full.day,
        full.at,
        full.office,
        full.zone,
        False,
        full.queue,
        replace(full.lodging, room_exceptions=Listed(rooms, 14)),
        full.petitions,
    )
    events = report_text(busy).events
    assert sum(line.startswith("超标准安排客房：") for line in events) == EVENTS_LISTED
    assert "另有4间客房高于接待标准安排，详见客房情况表。" in events
    assert report_text(busy).paragraphs[1].count("超出接待标准安排客房14间") == 1

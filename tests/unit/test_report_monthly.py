"""The monthly report (reception.core.reports.monthly): on demo data every figure equals a
hand-written SQL count, the 月度统计's figures (monthly_statistics) or the desk list it
sums up, for a whole month and for the month still running; roles see only their areas;
names are masked; each kind of event is capped at ten; the words of a hand-built month are
compared with the expected text word for word. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from reception.core.dashboard.views import OccupancyDay
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.petitions.deadlines import CaseFilter, list_cases
from reception.core.petitions.states import CaseForm
from reception.core.petitions.statistics import MonthlyFigures, monthly_statistics
from reception.core.reports.events import (
    EVENTS_LISTED,
    DelegationLine,
    Escalation,
    JointVisit,
    Listed,
    OverdueCase,
)
from reception.core.reports.monthly import (
    Compared,
    LodgingMonth,
    MonthlyReport,
    PetitionMonth,
    QueueMonth,
    SeriesMonth,
    monthly_report,
)
from reception.core.reports.monthly_content import monthly_content
from reception.core.reports.monthly_prose import report_text
from reception.core.reports.period import Period, month_period
from reception.core.reports.words import MONTH_BEFORE, YEAR_BEFORE, change, rate_change
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.demo.fill import fill
from tests.unit.dashboard_support import NOW, ZONE, operator_of
from tests.unit.report_support import meal_exceptions, room_exceptions, sql_count

MONTH_SCALE = 9000  # the demo's visits from 21 October: October whole, November running


@pytest.fixture
def demo(db: Database, admin: Actor) -> Actor:
    fill(db, admin, MONTH_SCALE, lambda done, total: None, seed=7, now=NOW)
    return operator_of(db, Role.DIRECTOR)


def _report(db: Database, actor: Actor, year: int, month: int) -> MonthlyReport:
    with db.unit() as session:
        return monthly_report(session, actor, year, month, now=NOW)


def _occupied_nights(s: Session, span: Period) -> int:
    """Rooms held night by night, as the daily report's test counts one night."""
    return sum(
        sql_count(
            s,
            "SELECT count(DISTINCT s.room_id) FROM stay s JOIN room r ON r.id = s.room_id "
            "WHERE r.active AND s.state <> 'cancelled' AND s.arrive <= :d AND s.depart > :d",
            d=night,
        )
        for night in span.dates()
    )


@pytest.mark.parametrize(("month", "running"), [(10, False), (11, True)])
def test_every_figure_equals_an_independent_count(
    db: Database, demo: Actor, month: int, running: bool
) -> None:
    report = _report(db, demo, 2026, month)
    queue, lodging, petitions = report.queue, report.lodging, report.petitions
    assert queue is not None
    assert lodging is not None
    assert petitions is not None
    assert report.so_far is running
    span = report.read
    assert span.end == (date(2026, 11, 26) if running else date(2026, 11, 1))
    before = Period(date(2026, month - 1, 1), date(2026, month - 1, 1) + (span.end - span.start))
    if not running:
        before = month_period(2026, month - 1)
    between = "day >= :a AND day < :b"
    arrived = f"SELECT count(*) FROM visit WHERE {between} AND arrived_at IS NOT NULL"
    with db.read() as s:
        assert queue.visitors.now == sql_count(s, arrived, a=span.start, b=span.end)
        assert queue.visitors.now > 0
        kept = sql_count(s, "SELECT count(*) FROM visit WHERE day < :b", b=before.end) > 0
        earlier_visitors = sql_count(s, arrived, a=before.start, b=before.end) if kept else None
        assert queue.visitors.month_before == earlier_visitors
        assert (earlier_visitors is not None) is running
        assert queue.visitors.year_before is None  # the demo keeps no records of 2025
        assert sql_count(s, "SELECT count(*) FROM visit WHERE day < '2026-01-01'") == 0
        assert sum(queue.by_day) == queue.visitors.now
        assert len(queue.by_day) == span.days
        called = "SELECT count(*) FROM ticket WHERE {} AND first_called_at IS NOT NULL"
        assert queue.called == sql_count(s, called.format(between), a=span.start, b=span.end)
        assert sum(series.called for series in queue.series) == queue.called
        assert lodging.room_nights.now == _occupied_nights(s, span)
        rooms = sql_count(s, "SELECT count(*) FROM room WHERE active")
        assert lodging.rooms_nights_total.now == rooms * span.days
        delegations = (
            "SELECT count(*) FROM delegation WHERE arrive >= :a AND arrive < :b AND NOT cancelled"
        )
        assert lodging.delegations.now == sql_count(s, delegations, a=span.start, b=span.end)
        assert lodging.guests.now == sql_count(
            s,
            "SELECT count(*) FROM guest g JOIN delegation d ON d.id = g.delegation_id "
            "WHERE d.arrive >= :a AND d.arrive < :b AND NOT d.cancelled",
            a=span.start,
            b=span.end,
        )
        assert lodging.room_exceptions.total == sql_count(
            s,
            "SELECT count(*) FROM stay WHERE state <> 'cancelled' AND arrive < :b "
            "AND depart > :a AND exception_reason IS NOT NULL AND exception_reason <> ''",
            a=span.start,
            b=span.end,
        )
        statistics = monthly_statistics(s, demo, 2026, month, today=NOW.date())
        earlier = monthly_statistics(s, demo, 2026, month - 1)
        overdue = list_cases(s, demo, CaseFilter(overdue=True), today=span.last, limit=500)
        received = "SELECT count(*) FROM petition_case WHERE received_on >= :a AND received_on < :b"
        assert petitions.received.now == sql_count(s, received, a=span.start, b=span.end)
        assert petitions.received.month_before == sql_count(
            s, received, a=before.start, b=before.end
        )
        joint = (
            "SELECT count(*) FROM petition_visit WHERE came_on >= :a AND came_on < :b "
            "AND people_count >= 5"
        )
        assert petitions.joint_visits.total == sql_count(s, joint, a=span.start, b=span.end)
        assert petitions.escalations.total == sql_count(
            s,
            "SELECT count(*) FROM petition_event WHERE kind = 'escalated' "
            "AND on_day >= :a AND on_day < :b",
            a=span.start,
            b=span.end,
        )
        assert petitions.visits == sql_count(
            s,
            "SELECT count(*) FROM petition_visit WHERE came_on >= :a AND came_on < :b",
            a=span.start,
            b=span.end,
        )
    # The petitions' figures are the 月度统计 dialog's, and its list of overdue cases.
    assert petitions.figures == statistics
    assert petitions.received.now == statistics.received
    assert petitions.joint_visits.total == statistics.joint_visits
    assert petitions.on_time_before == (earlier.replied_on_time, earlier.replied)
    assert petitions.on_time_year_before is None
    assert petitions.overdue_cases.total == statistics.overdue_open
    assert statistics.overdue_open == len(overdue)
    listed_cases = [case.case_no for case in petitions.overdue_cases.items]
    assert listed_cases == [view.case_no for view in overdue[:EVENTS_LISTED]]
    assert statistics.replied > 0
    # The words and the table state those numbers.
    content = monthly_content(report)
    assert f"来访群众{queue.visitors.now}人次" in content.text.paragraphs[0]
    assert f"登记信访事项{statistics.received}件" in content.text.paragraphs[2]
    assert f"办结答复{statistics.replied}件" in content.text.paragraphs[2]
    first = content.tables[0]
    assert first.rows[0][:3] == (
        "来访接待（人次）",
        str(queue.visitors.now),
        "无数据" if earlier_visitors is None else str(earlier_visitors),
    )
    assert first.rows[0][4] == "无数据"


def test_generating_a_report_writes_one_audit_row(db: Database, demo: Actor) -> None:
    count = "SELECT count(*) FROM audit_entry WHERE action = 'report.monthly'"
    with db.read() as s:
        before = sql_count(s, count)
    _report(db, demo, 2026, 10)
    with db.read() as s:
        assert sql_count(s, count) == before + 1
        key = s.execute(
            text("SELECT entity_id FROM audit_entry WHERE action = 'report.monthly'")
        ).scalar_one()
    assert key == "2026-10"


def test_names_in_the_report_are_masked_and_each_kind_capped(db: Database, demo: Actor) -> None:
    report = _report(db, demo, 2026, 11)
    assert report.petitions is not None
    with db.read() as s:
        names = set(s.execute(text("SELECT name FROM petitioner")).scalars())
        names |= set(s.execute(text("SELECT name FROM guest")).scalars())
    events = report_text(report).events
    words = "".join(events)
    assert report.petitions.overdue_cases.items
    assert not any(len(name) >= 2 and name in words for name in names)
    assert sum(line.startswith("逾期事项：") for line in events) == EVENTS_LISTED
    more = report.petitions.overdue_cases.total - EVENTS_LISTED
    assert f"另有{more}件事项逾期未办结，详见信访事项期限清单。" in events
    assert sum(line.startswith("接待团组：") for line in events) == EVENTS_LISTED


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, ("queue",)),
        (Role.LODGING_CLERK, ("lodging",)),
        (Role.PETITIONS_OFFICER, ("petitions",)),
    ],
)
def test_a_role_gets_the_areas_it_may_read(
    db: Database, demo: Actor, role: Role, areas: tuple[str, ...]
) -> None:
    report = _report(db, operator_of(db, role), 2026, 10)
    assert report.areas == areas
    content = monthly_content(report)
    assert len(content.text.paragraphs) == 1
    assert len(content.tables[0].rows) == {"queue": 1, "lodging": 4, "petitions": 2}[areas[0]]


def test_a_month_to_come_and_a_role_without_areas_are_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(NotPermitted):
        _report(db, admin, 2026, 10)
    director = Actor(admin.operator_id, admin.login, Role.DIRECTOR)
    with pytest.raises(InvalidInput):
        _report(db, director, 2026, 12)
    with pytest.raises(InvalidInput):
        _report(db, director, 2026, 13)


# -- the words -------------------------------------------------------------------------------


def test_changes_against_a_month_and_a_year_are_written_as_an_office_writes_them() -> None:
    assert change(1234, 1173, "人次", MONTH_BEFORE) == "环比增加5.2%"
    assert change(95, 100, "件", YEAR_BEFORE) == "同比减少5%"
    assert change(40, 40, "件", MONTH_BEFORE) == "与上月持平"
    assert change(40, None, "件", YEAR_BEFORE) == "上年同期无数据"
    assert change(7, 0, "件", YEAR_BEFORE) == "上年同期为0件"
    assert rate_change((923, 1000), (911, 1000), MONTH_BEFORE) == "较上月提高1.2个百分点"
    assert rate_change((90, 100), (95, 100), YEAR_BEFORE) == "较上年同期降低5个百分点"
    assert rate_change((9, 10), (90, 100), MONTH_BEFORE) == "与上月持平"
    assert rate_change((9, 10), (0, 0), MONTH_BEFORE) == "上月无数据"
    assert rate_change((9, 10), None, YEAR_BEFORE) == "上年同期无数据"


OCTOBER = Period(date(2026, 10, 1), date(2026, 11, 1))


def _days(values: dict[int, int]) -> tuple[int, ...]:
    return tuple(values.get(day, 0) for day in range(1, 32))


def fixed_report(*, joint: int = 1) -> MonthlyReport:
    """October 2026, whole, with a year before for the visitors only."""
    queue = QueueMonth(
        visitors=Compared(2000, 1600, None),
        by_day=_days({8: 600, 9: 700, 12: 700}),
        not_arrived=12,
        called=1900,
        average_wait_minutes=9,
        average_wait_before=12,
        longest_wait_minutes=64,
        waits_by_day=tuple(None for _ in range(31)),
        series=(SeriesMonth("A", "综合业务", 1900, 9),),
    )
    lodging = LodgingMonth(
        nights=tuple(OccupancyDay(day, 40, 80, 0) for day in OCTOBER.dates()),
        room_nights=Compared(1240, 1200, 1100),
        rooms_nights_total=Compared(2480, 2400, 2480),
        delegations=Compared(12, 12, 10),
        guests=Compared(150, 140, 120),
        arriving=(
            DelegationLine(
                "某省考察团", "某省人民政府办公厅", date(2026, 10, 12), date(2026, 10, 14), 15
            ),
        ),
        room_exceptions=room_exceptions(),
        meal_exceptions=meal_exceptions(date(2026, 10, 12)),
    )
    visits = tuple(
        JointVisit(f"XF2026-{n:06d}", date(2026, 10, 9), 12, "劳动社保/拖欠工资", "李*、王*明")
        for n in range(1, joint + 1)
    )
    figures = MonthlyFigures(
        year=2026,
        month=10,
        received=330,
        accepted=300,
        not_accepted=20,
        replied=250,
        replied_on_time=231,
        on_time_rate=231 / 250,
        overdue_open=2,
        repeat_visits=40,
        joint_visits=joint,
        by_category=[("劳动社保/拖欠工资", 120), ("城乡建设/征地拆迁", 90), ("", 20)],
        by_form=[(CaseForm.VISIT, 150), (CaseForm.LETTER, 100), (CaseForm.ONLINE, 80)],
        by_unit=[],
    )
    petitions = PetitionMonth(
        figures=figures,
        received=Compared(330, 300, None),
        on_time_before=(220, 250),
        on_time_year_before=None,
        visits=160,
        visit_people=210,
        joint_visits=Listed(visits[:EVENTS_LISTED], joint),
        escalations=Listed(
            (Escalation("XF2026-000045", date(2026, 10, 20), "王副市长", "城乡建设/征地拆迁"),),
            1,
        ),
        overdue_day=date(2026, 10, 31),
        overdue_cases=Listed(
            (OverdueCase("XF2026-000007", "赵*", "市住建局", date(2026, 10, 20), 11),), 2
        ),
    )
    at = datetime(2026, 10, 31, 15, 59, tzinfo=UTC)
    return MonthlyReport(
        2026,
        10,
        OCTOBER,
        OCTOBER,
        at,
        "示范市人民政府办公室",
        ZONE.key,
        False,
        queue,
        lodging,
        petitions,
    )


EXPECTED_PARAGRAPHS = (
    "本月共接待来访群众2000人次，环比增加25%，上年同期无数据。全月有来访3天，日均667人次，"
    "其中10月9日最多，为700人次。窗口叫号办理1900人次，平均等候9分钟，较上月缩短3分钟，"
    "最长等候64分钟。预约来访中有12人次未到。",
    "本月宾馆客房平均入住率50%，与上月持平，较上年同期提高5.6个百分点，共入住1240间夜。"
    "接待团组12个、共150人，与上月持平，同比增加20%。"
    "超出接待标准安排客房1间、陪餐人数超过规定1餐，详见重要事项。",
    "本月登记信访事项330件，环比增加10%，上年同期无数据，其中来访150件、来信100件、"
    "网上信访80件。反映较多的问题是拖欠工资（120件）、征地拆迁（90件）。"
    "受理300件，不予受理20件。办结答复250件，其中按期办结231件，按期办结率92.4%，"
    "较上月提高4.4个百分点，上年同期无数据。接待群众来访160批次210人次，"
    "其中重复访40批次、集体访1批次。报请领导协调处理1件。"
    "截至10月31日，有逾期未办结事项2件，须督促承办单位尽快办结。",
)
EXPECTED_EVENTS = (
    "集体访：10月9日，XF2026-000001号事项，来访12人，反映拖欠工资问题，代表李*、王*明。",
    "报请领导：10月20日，XF2026-000045号事项（征地拆迁）报请王副市长协调处理。",
    "接待团组：某省考察团（某省人民政府办公厅）15人，10月12日至10月14日。",
    "超标准安排客房：1-301房间（张*三）为普通套间，高于接待标准，理由：同级别房间已满。",
    "陪餐超标：某省考察团10月12日12:00工作午餐，宾客9人，陪餐5人（规定不超过3人），未记录理由。",
    "逾期事项：XF2026-000007号事项（赵*，市住建局），办理期限10月20日，已逾期11日。",
    "另有1件事项逾期未办结，详见信访事项期限清单。",
)


def test_the_words_of_a_fixed_month_are_the_expected_text() -> None:
    words = report_text(fixed_report())
    assert words.title == "接待工作月报"
    assert words.date_line == "2026年10月"
    assert words.paragraphs == EXPECTED_PARAGRAPHS
    assert words.events == EXPECTED_EVENTS


def test_a_busy_month_names_ten_joint_visits_and_counts_the_rest() -> None:
    events = report_text(fixed_report(joint=13)).events
    assert sum(line.startswith("集体访：") for line in events) == EVENTS_LISTED
    assert "另有3批次集体访，不再一一列出。" in events
    assert not any("-" in line.split("另有")[-1] for line in events if line.startswith("另有"))


def test_no_negative_change_is_written() -> None:
    words = report_text(fixed_report())
    content = monthly_content(fixed_report())
    cells = [cell for row in content.tables[0].rows for cell in row]
    for phrase in (*words.paragraphs, *cells):
        assert "增加-" not in phrase
        assert "减少-" not in phrase
        assert "提高-" not in phrase
        assert "降低-" not in phrase
    assert content.tables[0].rows[0][3:] == ("增加25%", "无数据", "—")

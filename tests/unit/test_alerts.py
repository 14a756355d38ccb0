"""Alerts (reception.core.alerts): each rule raises its alert from the data and stops when
the data or the rule's setting changes; each role reads only its areas' alerts; an
acknowledgement hides the alert from every operator, names who acknowledged it, is audited,
and a second one changes nothing. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from reception.core.alerts.acknowledge import acknowledge, kind_of
from reception.core.alerts.models import AlertAcknowledgement
from reception.core.alerts.raised import Alert, AlertKind, Severity, current_alerts
from reception.core.alerts.rules import AlertRules, load_alert_rules, update_alert_rules
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.lodging.models import Activity, ChecklistItem, Delegation
from reception.core.petitions.models import PetitionCase
from reception.core.security.models import AuditEntry
from reception.core.security.operators import set_active
from reception.core.security.roles import Actor, Role
from reception.core.visitors.models import Ticket
from reception.db.base import utcnow
from reception.db.database import Database
from tests.unit.dashboard_support import add_case, add_visit
from tests.unit.petitions_support import add_repeat_visit

ZONE = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=ZONE).astimezone(UTC)


def _alerts(db: Database, actor: Actor, now: datetime = NOW, **options: object) -> list[Alert]:
    with db.read() as session:
        return current_alerts(session, actor, now, **options)  # type: ignore[arg-type]


def _keys(db: Database, actor: Actor, now: datetime = NOW) -> list[str]:
    return [alert.key for alert in _alerts(db, actor, now)]


def _rules(db: Database, admin: Actor, **changes: object) -> None:
    with db.unit() as session:
        update_alert_rules(session, admin, **changes)


def _delegation(db: Database, arrive: date, *, tasks_open: int = 1, cancelled: bool = False) -> int:
    with db.unit() as session:
        row = Delegation(
            name="省发改委考察组",
            unit="某省发展和改革委员会",
            purpose="考察",
            letter_ref="发改函〔2026〕12号",
            liaison_name="",
            liaison_phone_masked="",
            arrive=arrive,
            depart=arrive + timedelta(days=2),
            notes="",
            cancelled=cancelled,
            created_at=utcnow(),
        )
        session.add(row)
        session.flush()
        for n in range(tasks_open):
            session.add(
                ChecklistItem(
                    delegation_id=row.id,
                    title=f"任务{n}",
                    due_at=datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
                    position=n,
                )
            )
        return row.id


def _activity(db: Database, delegation_id: int, starts_at: datetime) -> None:
    with db.unit() as session:
        session.add(Activity(delegation_id=delegation_id, starts_at=starts_at, title="座谈"))


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# -- the rules' setting ------------------------------------------------------------------------


def test_every_rule_is_on_by_default(db: Database, admin: Actor) -> None:
    with db.read() as session:
        rules = load_alert_rules(session)
    assert rules == AlertRules()
    assert (rules.case_due_days, rules.arriving_minutes, rules.wait_minutes) == (3, 60, 30)
    switches = (rules.joint_visit, rules.case_due, rules.arriving, rules.long_wait)
    assert all(switches) and rules.final_again


def test_the_administrator_changes_the_rules_audited(db: Database, admin: Actor) -> None:
    _rules(db, admin, joint_visit=False, wait_minutes=45)
    with db.read() as session:
        rules = load_alert_rules(session)
    assert rules.joint_visit is False
    assert rules.wait_minutes == 45
    assert rules.case_due_days == 3  # not given: kept
    changes = [row for row in _audit(db, "setting.change") if row.entity_id == "alerts"]
    assert len(changes) == 1
    assert '"wait_minutes":45' in (changes[0].after or "")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("case_due_days", -1),
        ("case_due_days", 61),
        ("arriving_minutes", 4),
        ("arriving_minutes", 24 * 60 + 1),
        ("wait_minutes", 0),
        ("wait_minutes", True),
        ("wait_minutes", "30"),
        ("long_wait", 1),
        ("no_such_rule", True),
    ],
)
def test_a_refused_value_writes_nothing(
    db: Database, admin: Actor, name: str, value: object
) -> None:
    with pytest.raises(InvalidInput), db.unit() as session:
        update_alert_rules(session, admin, joint_visit=False, **{name: value})
    with db.read() as session:
        assert load_alert_rules(session) == AlertRules()
    assert [r for r in _audit(db, "setting.change") if r.entity_id == "alerts"] == []


def test_only_the_administrator_changes_the_rules(db: Database, staff: dict[Role, Actor]) -> None:
    with pytest.raises(NotPermitted), db.unit() as session:
        update_alert_rules(session, staff[Role.DIRECTOR], wait_minutes=40)


# -- each rule ---------------------------------------------------------------------------------


def test_a_joint_visit_today_raises_until_tomorrow_or_the_rule_is_off(
    db: Database, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    with db.unit() as session:
        joint = add_case(session, officer, received_on=TODAY, people=6)
        add_case(session, officer, received_on=TODAY, people=4)
    alerts = [a for a in _alerts(db, officer) if a.kind is AlertKind.JOINT_VISIT]
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert.page == "petitions" and alert.record_id == joint
    assert alert.severity is Severity.URGENT
    assert alert.values["people"] == 6
    assert "6 people" in alert.render()
    tomorrow = NOW + timedelta(days=1)
    assert [a for a in _alerts(db, officer, tomorrow) if a.kind is AlertKind.JOINT_VISIT] == []
    _rules(db, staff[Role.ADMINISTRATOR], joint_visit=False)
    assert [a for a in _alerts(db, officer) if a.kind is AlertKind.JOINT_VISIT] == []


def test_a_case_due_within_n_days_or_overdue(db: Database, staff: dict[Role, Actor]) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    received = TODAY - timedelta(days=10)
    with db.unit() as session:
        soon = add_case(session, officer, received_on=received, due=TODAY + timedelta(days=2))
        later = add_case(session, officer, received_on=received, due=TODAY + timedelta(days=5))
        late = add_case(session, officer, received_on=received, due=TODAY - timedelta(days=1))
        add_case(
            session, officer, received_on=received, due=TODAY - timedelta(days=1), state="closed"
        )
    keys = _keys(db, officer)
    assert keys == [
        f"overdue:{late}:2026-11-24",  # a clock run out before one running out
        f"due:{soon}:2026-11-27",
    ]
    due = next(a for a in _alerts(db, officer) if a.record_id == soon)
    assert due.render() == "XF2026-000001 is due on 2026-11-27, in 2 days: decide on acceptance"
    _rules(db, staff[Role.ADMINISTRATOR], case_due_days=5)
    assert f"due:{later}:2026-11-30" in _keys(db, officer)
    # The deadline moves on: a new alert for the new day.
    with db.unit() as session:
        row = session.get(PetitionCase, soon)
        assert row is not None
        row.next_due_on = TODAY + timedelta(days=4)
    assert f"due:{soon}:2026-11-29" in _keys(db, officer)
    _rules(db, staff[Role.ADMINISTRATOR], case_due=False)
    assert _keys(db, officer) == []


def test_a_delegation_arriving_with_its_checklist_unfinished(
    db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with_programme = _delegation(db, TODAY, tasks_open=2)
    _activity(db, with_programme, datetime(2026, 11, 25, 16, 15, tzinfo=ZONE))
    _activity(db, with_programme, datetime(2026, 11, 24, 15, 0, tzinfo=ZONE))  # not that day
    at_nine = _delegation(db, TODAY + timedelta(days=1))
    _delegation(db, TODAY, tasks_open=0)
    _delegation(db, TODAY, cancelled=True)
    alerts = _alerts(db, clerk)
    assert [a.key for a in alerts] == [f"arriving:{with_programme}"]
    assert alerts[0].page == "delegations" and alerts[0].record_id == with_programme
    assert alerts[0].values == {"delegation": "省发改委考察组", "time": "16:15", "open": 2}
    # An hour before 16:15 it is not raised yet; with two hours' notice it is.
    early = datetime(2026, 11, 25, 15, 0, tzinfo=ZONE)
    assert _keys(db, clerk, early) == []
    _rules(db, staff[Role.ADMINISTRATOR], arriving_minutes=120)
    assert _keys(db, clerk, early) == [f"arriving:{with_programme}"]
    # Without a programme, 09:00 of the arrival day: raised from 07:00 with 120 minutes.
    next_morning = datetime(2026, 11, 26, 7, 5, tzinfo=ZONE)
    assert f"arriving:{at_nine}" in _keys(db, clerk, next_morning)
    assert f"arriving:{at_nine}" not in _keys(db, clerk, next_morning - timedelta(minutes=10))
    # Raised until the end of the arrival day, while a task is open: saying it has arrived.
    late = _alerts(db, clerk, datetime(2026, 11, 25, 23, 50, tzinfo=ZONE))
    assert [a.key for a in late] == [f"arriving:{with_programme}"]
    assert "arrived at 16:15" in late[0].render()
    assert "arrives at 16:15" in alerts[0].render()
    with db.unit() as session:
        for item in session.scalars(
            select(ChecklistItem).where(ChecklistItem.delegation_id == with_programme)
        ):
            item.done_at = utcnow()
    assert _keys(db, clerk, early) == []


def test_a_long_wait(db: Database, staff: dict[Role, Actor]) -> None:
    desk = staff[Role.RECEPTIONIST]
    with db.unit() as session:
        long = add_visit(session, TODAY, NOW - timedelta(minutes=40), ticket="waiting")
        short = add_visit(session, TODAY, NOW - timedelta(minutes=20), ticket="waiting")
        add_visit(
            session,
            TODAY,
            NOW - timedelta(minutes=50),
            ticket="called",
            called=NOW - timedelta(minutes=5),
        )
    alerts = _alerts(db, desk)
    assert [(a.kind, a.page, a.record_id) for a in alerts] == [
        (AlertKind.LONG_WAIT, "onsite", long)
    ]
    assert alerts[0].values == {"ticket": "A001", "name": "张*", "minutes": 40}
    assert "张三" not in alerts[0].render()
    _rules(db, staff[Role.ADMINISTRATOR], wait_minutes=15)
    assert [a.record_id for a in _alerts(db, desk)] == [long, short]  # longest first
    _rules(db, staff[Role.ADMINISTRATOR], long_wait=False)
    assert _alerts(db, desk) == []


def test_a_final_matter_presented_again_today(db: Database, staff: dict[Role, Actor]) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    received = date(2026, 3, 2)
    with db.unit() as session:
        final = add_case(session, officer, received_on=received)
        row = session.get(PetitionCase, final)
        assert row is not None
        row.state, row.is_final, row.next_due_on = "final", True, None
        open_case = add_case(session, officer, received_on=received, state="accepted")
        add_repeat_visit(session, officer, final, TODAY)
        add_repeat_visit(session, officer, final, TODAY - timedelta(days=1))
        add_repeat_visit(session, officer, open_case, TODAY)
    alerts = [a for a in _alerts(db, officer) if a.kind is AlertKind.FINAL_AGAIN]
    assert [(a.record_id, a.severity) for a in alerts] == [(final, Severity.URGENT)]
    assert alerts[0].render() == "Final matter XF2026-000001 presented again by —"
    _rules(db, staff[Role.ADMINISTRATOR], final_again=False)
    assert [a for a in _alerts(db, officer) if a.kind is AlertKind.FINAL_AGAIN] == []


# -- who reads which ---------------------------------------------------------------------------


def _one_of_each(db: Database, staff: dict[Role, Actor]) -> dict[str, str]:
    officer = staff[Role.PETITIONS_OFFICER]
    with db.unit() as session:
        case = add_case(session, officer, received_on=TODAY, due=TODAY)
        visit = add_visit(session, TODAY, NOW - timedelta(hours=1), ticket="waiting")
    delegation = _delegation(db, TODAY)
    _activity(db, delegation, datetime(2026, 11, 25, 16, 0, tzinfo=ZONE))
    with db.read() as session:
        ticket = session.scalar(select(Ticket.id).where(Ticket.visit_id == visit))
    return {
        "petitions": f"due:{case}:{TODAY.isoformat()}",
        "lodging": f"arriving:{delegation}",
        "queue": f"wait:{ticket}",
    }


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, ["queue"]),
        (Role.LODGING_CLERK, ["lodging"]),
        (Role.PETITIONS_OFFICER, ["petitions"]),
        (Role.DIRECTOR, ["lodging", "queue", "petitions"]),
        (Role.ADMINISTRATOR, []),
    ],
)
def test_each_role_reads_its_areas_alerts_most_urgent_first(
    db: Database, staff: dict[Role, Actor], role: Role, areas: list[str]
) -> None:
    keys = _one_of_each(db, staff)
    assert _keys(db, staff[role]) == [keys[area] for area in areas]


def test_a_disabled_operator_reads_none(db: Database, staff: dict[Role, Actor]) -> None:
    _one_of_each(db, staff)
    assert len(_keys(db, staff[Role.DIRECTOR])) == 3
    with db.unit() as session:
        set_active(session, staff[Role.ADMINISTRATOR], "director", False)
    assert _keys(db, staff[Role.DIRECTOR]) == []


# -- acknowledging -----------------------------------------------------------------------------


def test_an_acknowledged_alert_leaves_every_desk_and_names_who(
    db: Database, staff: dict[Role, Actor]
) -> None:
    keys = _one_of_each(db, staff)
    officer, director = staff[Role.PETITIONS_OFFICER], staff[Role.DIRECTOR]
    with db.unit() as session:
        done = acknowledge(session, officer, keys["petitions"], note="  已电话  督办 ")
    assert done.new and done.operator_id == officer.operator_id
    assert done.note == "已电话 督办"
    assert keys["petitions"] not in _keys(db, director)
    assert _keys(db, officer) == []
    shown = _alerts(db, director, include_acknowledged=True)
    marked = next(a for a in shown if a.key == keys["petitions"])
    assert marked.acknowledged_by == "petitions_officer"  # the operator's display name
    assert marked.note == "已电话 督办"
    rows = _audit(db, "alert.acknowledge")
    assert [(r.entity, r.entity_id, r.operator_login) for r in rows] == [
        ("alert", keys["petitions"], "petitions_officer")
    ]
    assert f'"operator_id":{officer.operator_id}' in (rows[0].after or "")


def test_acknowledging_twice_changes_nothing_and_says_who_was_first(
    db: Database, staff: dict[Role, Actor]
) -> None:
    keys = _one_of_each(db, staff)
    with db.unit() as session:
        acknowledge(session, staff[Role.DIRECTOR], keys["queue"])
    with db.unit() as session:
        again = acknowledge(session, staff[Role.RECEPTIONIST], keys["queue"])
    assert again.new is False
    assert again.operator_id == staff[Role.DIRECTOR].operator_id
    assert len(_audit(db, "alert.acknowledge")) == 1
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AlertAcknowledgement)) == 1


def test_the_database_keeps_one_acknowledgement_per_alert(
    db: Database, staff: dict[Role, Actor]
) -> None:
    operator_id = staff[Role.DIRECTOR].operator_id
    assert operator_id is not None
    with db.unit() as session:
        session.add(
            AlertAcknowledgement(key="wait:1", operator_id=operator_id, acknowledged_at=NOW)
        )
    with pytest.raises(IntegrityError), db.unit() as session:
        session.add(
            AlertAcknowledgement(key="wait:1", operator_id=operator_id, acknowledged_at=NOW)
        )
        session.flush()


def test_only_a_reader_of_its_area_acknowledges_an_alert(
    db: Database, staff: dict[Role, Actor]
) -> None:
    keys = _one_of_each(db, staff)
    with pytest.raises(NotPermitted), db.unit() as session:
        acknowledge(session, staff[Role.RECEPTIONIST], keys["petitions"])
    with pytest.raises(NotPermitted), db.unit() as session:
        acknowledge(session, staff[Role.ADMINISTRATOR], keys["queue"])
    assert _audit(db, "alert.acknowledge") == []


@pytest.mark.parametrize(
    "key", ["", "wait", "wait:x", "due:1", "overdue:1:2026-13", "joint:1:2026-11-25", "x:1"]
)
def test_a_key_that_names_no_alert_is_refused(key: str) -> None:
    with pytest.raises(InvalidInput):
        kind_of(key)


def test_keys_name_their_kind() -> None:
    assert kind_of("due:12:2026-11-27") is AlertKind.CASE_DUE
    assert kind_of("overdue:12:2026-11-24") is AlertKind.CASE_OVERDUE
    assert kind_of("arriving:3") is AlertKind.ARRIVING
    assert kind_of("final:9") is AlertKind.FINAL_AGAIN

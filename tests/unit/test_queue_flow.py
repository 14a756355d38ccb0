"""The visitor queue end to end through its services: register, scan, call, serve."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from reception.core.errors import Conflict, InvalidInput, NotPermitted
from reception.core.people import InvalidPhone
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import Ticket, TicketState
from reception.core.visitors.views import ScanResult
from reception.db.database import Database

# 10:00 in Beijing
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


def _register(db: Database, clerk: Actor, name: str = "张三", at: datetime = NOW, **kw: object):
    form = service.Registration(
        name=name,
        phone=str(kw.pop("phone", "13812345678")),
        purpose="咨询",
        **kw,  # type: ignore[arg-type]
    )
    with db.unit() as session:
        return service.register(session, clerk, form, at)


def _audit_rows(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_walk_in_gets_the_next_number_of_its_series(db: Database, clerk: Actor) -> None:
    first = _register(db, clerk)
    second = _register(db, clerk, "李四", phone="13900001111")
    other = _register(db, clerk, "王五", phone="13900002222", series="B")
    assert (first.ticket, second.ticket, other.ticket) == ("A001", "A002", "B001")
    assert second.people_ahead == 1
    assert first.slip.masked_name == "张*" and "张三" not in repr(first.slip)
    assert first.token.startswith("RC1-")


def test_the_same_person_is_one_visitor_and_found_by_initials_phone_and_tail(
    db: Database, clerk: Actor
) -> None:
    _register(db, clerk)
    _register(db, clerk, at=NOW + timedelta(minutes=5))
    with db.read() as session:
        by_initials = service.find_returning(session, clerk, "zs")
        by_pinyin = service.find_returning(session, clerk, "zhang")
        by_name = service.find_returning(session, clerk, "张")
        by_phone = service.find_returning(session, clerk, "138 1234 5678")
        by_tail = service.find_returning(session, clerk, "5678")
        nobody = service.find_returning(session, clerk, "ls")
    assert [v.name for v in by_initials] == ["张三"]
    assert by_initials[0].visits == 2
    assert by_initials == by_pinyin == by_name == by_phone == by_tail
    assert by_initials[0].masked_phone == "138****5678"
    assert nobody == []


def test_scan_checks_in_once_then_answers_already(db: Database, clerk: Actor) -> None:
    issued = _register(db, clerk)
    with db.unit() as session:
        first = service.scan(session, clerk, issued.token, NOW + timedelta(minutes=1))
    assert first.result is ScanResult.CHECKED_IN
    assert (first.name, first.ticket) == ("张三", "A001")
    rows = _audit_rows(db)
    with db.unit() as session:
        again = service.scan(session, clerk, issued.token, NOW + timedelta(minutes=3))
    assert again.result is ScanResult.ALREADY_CHECKED_IN
    assert again.at == NOW + timedelta(minutes=1)
    assert _audit_rows(db) == rows


@pytest.mark.parametrize("payload", ["", "hello", "RC1-" + "A" * 48, "张三" * 300, "\x00\n"])
def test_a_foreign_payload_is_refused_and_writes_nothing(
    db: Database, clerk: Actor, payload: str
) -> None:
    _register(db, clerk)
    rows = _audit_rows(db)
    with db.unit() as session:
        outcome = service.scan(session, clerk, payload, NOW)
    assert outcome.result is ScanResult.NOT_OURS
    assert _audit_rows(db) == rows


def test_yesterdays_slip_is_expired(db: Database, clerk: Actor) -> None:
    issued = _register(db, clerk)
    with db.unit() as session:
        outcome = service.scan(session, clerk, issued.token, NOW + timedelta(days=1))
    assert outcome.result is ScanResult.EXPIRED
    assert outcome.ticket == "A001"


def test_an_appointment_waits_for_its_day_then_queues_at_its_slot(
    db: Database, clerk: Actor
) -> None:
    slot = NOW + timedelta(days=1, hours=1)
    issued = _register(db, clerk, "赵六", appointment_at=slot, host="办公室")
    assert issued.ticket == "C001"
    assert issued.slip.people_ahead is None
    with db.unit() as session:
        early = service.scan(session, clerk, issued.token, NOW)
    assert early.result is ScanResult.NOT_TODAY
    with db.unit() as session:
        on_day = service.scan(session, clerk, issued.token, slot - timedelta(minutes=20))
        ticket = session.scalars(select(Ticket)).one()
        assert ticket.state == TicketState.WAITING
        # counted from the slot, less the appointment class's head start of 10 minutes
        assert ticket.order_key == slot - timedelta(minutes=10)
    assert on_day.result is ScanResult.CHECKED_IN
    assert on_day.host == "办公室"


def test_counter_calls_in_order_with_bonus_that_never_starves(db: Database, clerk: Actor) -> None:
    _register(db, clerk, "甲一", phone="13900000001")  # A001 at 10:00
    _register(db, clerk, "乙二", phone="13900000002", at=NOW + timedelta(minutes=20))
    _register(
        db, clerk, "丙三", phone="13900000003", at=NOW + timedelta(minutes=10), priority="elderly"
    )  # 10:10 less 15 minutes: ahead of A001
    later = NOW + timedelta(minutes=30)
    with db.unit() as session:
        calls = [service.call_next(session, clerk, 1, later) for _ in range(4)]
    assert [c.ticket if c else None for c in calls] == ["A003", "A001", "A002", None]
    with db.read() as session:
        states = {n: s for n, s in session.execute(select(Ticket.number, Ticket.state))}
    assert states == {1: "served", 2: "served", 3: "served"}


def test_no_show_needs_the_set_recalls(db: Database, clerk: Actor) -> None:
    _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
    with pytest.raises(Conflict), db.unit() as session:
        service.no_show(session, clerk, 1, NOW)
    with db.unit() as session:
        service.recall(session, clerk, 1, NOW)
        service.recall(session, clerk, 1, NOW)
        gone = service.no_show(session, clerk, 1, NOW)
    assert gone.state == "no_show"


def test_hold_transfer_and_call_given(db: Database, clerk: Actor) -> None:
    _register(db, clerk)
    _register(db, clerk, "李四", phone="13900001111")
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        service.hold(session, clerk, 1, NOW)
        nxt = service.call_next(session, clerk, 1, NOW)
        assert nxt is not None and nxt.ticket == "A002"
        moved = service.transfer(session, clerk, 1, NOW, to_series="B")
        assert moved.series == "B" and moved.state == "waiting"
        panel3 = service.counter_panel(session, clerk, 3, NOW)
        assert [t.ticket for t in panel3.waiting] == ["A002"]
        back = service.call_ticket(session, clerk, 1, "a001", NOW)
        assert back.ticket == "A001" and back.counter == 1
        status = service.queue_status(session, NOW)
    assert [c.ticket for c in status.current] == ["A001"]
    assert {s.series: s.waiting for s in status.series} == {"A": 0, "B": 1, "C": 0}


def test_bad_forms_change_nothing(db: Database, clerk: Actor) -> None:
    rows = _audit_rows(db)
    with pytest.raises(InvalidPhone), db.unit() as session:
        service.register(session, clerk, service.Registration("张三", "12345", "咨询"), NOW)
    with pytest.raises(InvalidInput), db.unit() as session:
        service.register(session, clerk, service.Registration("张三", "13812345678", " "), NOW)
    with pytest.raises(InvalidInput), db.unit() as session:
        form = service.Registration("张三", "13812345678", "咨询", party_size=0)
        service.register(session, clerk, form, NOW)
    assert _audit_rows(db) == rows


def test_only_roles_that_serve_visitors_register(db: Database, staff: dict[Role, Actor]) -> None:
    with pytest.raises(NotPermitted), db.unit() as session:
        form = service.Registration("张三", "13812345678", "咨询")
        service.register(session, staff[Role.LODGING_CLERK], form, NOW)


def test_on_site_and_leave(db: Database, clerk: Actor) -> None:
    issued = _register(db, clerk)
    with db.unit() as session:
        service.scan(session, clerk, issued.token, NOW)
        assert [v.name for v in service.on_site(session, clerk, NOW)] == ["张三"]
        left = service.scan(session, clerk, issued.token, NOW, departure=True)
        assert left.result is ScanResult.LEFT
        assert service.on_site(session, clerk, NOW) == []

"""`reception demo` fills the visitor queue: past working days, today's live queue and
appointments ahead, in one unit of work with one audit row, continuing cleanly into what the
desk does next. Runs on SQLite, and on PostgreSQL when configured."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from reception.core.security import audit
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import CheckIn, Ticket, TicketNumber, Visit, Visitor
from reception.core.visitors.registration import ID_NUMBER, PHONE
from reception.db.database import Database
from reception.demo.fill import fill
from reception.demo.visits_fill import is_workday

ZONE = ZoneInfo("Asia/Shanghai")
# Wednesday 25 November 2026, 10:30 in Beijing: a working day, the late-morning peak.
NOW = datetime(2026, 11, 25, 10, 30, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 11, 25)
SCALE = 1200


def _fill(db: Database, admin: Actor, now: datetime = NOW, scale: int = SCALE) -> dict[str, int]:
    seen: list[int] = []
    summary = fill(db, admin, scale, lambda done, total: seen.append(done), seed=7, now=now)
    assert seen and seen[-1] == scale and seen == sorted(seen)
    return summary.counts


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


@pytest.fixture
def filled(db: Database, admin: Actor, clerk: Actor) -> dict[str, int]:
    return _fill(db, admin)


def test_counts_add_up(db: Database, filled: dict[str, int]) -> None:
    assert filled["visits"] == filled["tickets"] == SCALE
    assert _count(db, Visit) == _count(db, Ticket) == SCALE
    # about 30% of visits are by people who came before
    assert 0.6 * SCALE < filled["visitors"] == _count(db, Visitor) < 0.8 * SCALE
    assert filled["check_ins"] == _count(db, CheckIn)
    with db.read() as session:
        arrived = session.scalar(select(func.count()).where(Visit.arrived_at.is_not(None)))
        repeat = session.scalar(select(func.count()).where(Visitor.visits > 1))
        counted = session.scalar(select(func.sum(Visitor.visits)))
    assert arrived and 0.85 * arrived < filled["check_ins"] <= arrived
    assert repeat and repeat > 0.1 * filled["visitors"]
    assert counted == SCALE


def test_past_visits_fall_on_working_days_in_office_hours(db: Database, filled: object) -> None:
    with db.read() as session:
        rows = session.execute(
            select(Visit.day, Visit.kind, Visit.registered_at, Visit.left_at, Ticket.state).join(
                Ticket, Ticket.visit_id == Visit.id
            )
        ).all()
    past = [r for r in rows if r.day < TODAY]
    assert past and {r.day for r in past} <= {d for d in {r.day for r in past} if is_workday(d)}
    hours = Counter()
    for row in past:
        assert row.state in ("served", "no_show")
        if row.kind == "walk_in":
            local = row.registered_at.astimezone(ZONE)
            assert local.date() == row.day
            assert time(8, 30) <= local.time() < time(17, 30)
            hours[local.hour] += 1
            assert row.left_at is not None and row.left_at > row.registered_at
    # a late-morning peak and a lunch dip
    assert hours[10] > hours[12] and hours[10] > hours[16]


def test_ticket_numbers_run_per_day_and_series_and_the_desk_continues_them(
    db: Database, filled: object, clerk: Actor
) -> None:
    with db.read() as session:
        numbers = session.execute(select(Ticket.day, Ticket.series, Ticket.number)).all()
        lasts = {(d, s): last for d, s, last in session.execute(select(TicketNumber.__table__))}
    by_key: dict[tuple[date, str], list[int]] = {}
    for day, series, number in numbers:
        by_key.setdefault((day, series), []).append(number)
    for key, used in by_key.items():
        assert sorted(used) == list(range(1, len(used) + 1)), key
        assert lasts[key] == len(used), key
    assert {s for _, s in by_key} == {"A", "B", "C"}
    form = service.Registration("测试人", "13700001234", "咨询")
    with db.unit() as session:
        issued = service.register(session, clerk, form, NOW + timedelta(minutes=1))
    assert issued.ticket == f"A{lasts[(TODAY, 'A')] + 1:03d}"
    ahead = sum(1 for d, s, _ in numbers if d == TODAY and s == "A")
    assert 0 < issued.people_ahead <= ahead


def test_today_has_a_live_queue(db: Database, filled: dict[str, int], clerk: Actor) -> None:
    with db.read() as session:
        status = service.queue_status(session, NOW)
        here = service.on_site(session, clerk, NOW)
        states = Counter(session.scalars(select(Ticket.state).where(Ticket.day == TODAY)).all())
        ahead = session.execute(select(Ticket.day, Ticket.state).where(Ticket.day > TODAY)).all()
    waiting = sum(s.waiting for s in status.series)
    assert waiting > 0
    assert waiting == filled["waiting_now"]
    assert states["served"] > 0 and states["expected"] > 0
    assert len(status.current) >= 1
    assert len(status.current) == states["called"]
    assert states["called"] == filled["called_now"]
    assert len({c.counter for c in status.current}) == len(status.current)
    assert len(here) > 0
    assert len(here) == filled["on_site_now"]
    assert any(s.average_service_minutes != 5.0 for s in status.series)  # served today
    assert len(ahead) == filled["appointments_ahead"]
    assert filled["appointments_ahead"] == SCALE // 50
    assert {state for _, state in ahead} == {"expected"}
    assert all(d - TODAY <= timedelta(days=20) and is_workday(d) for d, _ in ahead)


def test_a_demo_visitor_is_found_by_initials_and_phone(
    db: Database, filled: object, clerk: Actor
) -> None:
    with db.read() as session:
        visitor = session.scalars(
            select(Visitor).order_by(Visitor.last_visit_at.desc(), Visitor.id.desc()).limit(1)
        ).one()
    assert visitor.last_visit_at is not None and visitor.last_visit_at <= NOW
    assert re.fullmatch(r"[a-z]+", visitor.name_initials)
    with db.read() as session:
        found = service.find_returning(session, clerk, visitor.name_initials)
        phone = db.cipher.reveal(visitor.phone_blob or b"", PHONE)
        by_phone = service.find_returning(session, clerk, phone)
    assert visitor.id in [v.visitor_id for v in found]
    assert [v.visitor_id for v in by_phone] == [visitor.id]
    assert re.fullmatch(r"1\d{10}", phone)
    assert visitor.phone_masked == f"{phone[:3]}****{phone[-4:]}"
    assert visitor.phone_hash == db.cipher.lookup_hash(phone, PHONE)
    with db.read() as session:
        blobs = session.scalars(
            select(Visitor.id_number_blob).where(Visitor.id_number_blob.is_not(None)).limit(5)
        ).all()
    assert blobs and all(len(db.cipher.reveal(b, ID_NUMBER)) == 18 for b in blobs)


def test_one_audit_row_for_the_fill_and_the_chain_stays_whole(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    before = _count(db, AuditEntry)
    counts = _fill(db, admin)
    with db.read() as session:
        actions = Counter(
            session.scalars(select(AuditEntry.action).where(AuditEntry.seq > before)).all()
        )
        report = audit.verify(session)
    assert actions["demo.fill"] == 1
    assert not {a for a in actions if a.startswith(("visit.", "ticket."))}
    assert sum(actions.values()) < 20 < counts["visits"]
    assert report.intact


def test_a_second_fill_continues_numbers_and_keeps_one_call_per_counter(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    _fill(db, admin, scale=400)
    _fill(db, admin, now=NOW + timedelta(minutes=20), scale=400)
    assert _count(db, Visit) == 800
    with db.read() as session:
        today = session.execute(
            select(Ticket.series, Ticket.number, Ticket.state, Ticket.counter).where(
                Ticket.day == TODAY
            )
        ).all()
        lasts = dict(
            session.execute(
                select(TicketNumber.series, TicketNumber.last).where(TicketNumber.day == TODAY)
            ).all()
        )
    called = [r.counter for r in today if r.state == "called"]
    assert len(called) == len(set(called))
    for series, last in lasts.items():
        assert last == max(r.number for r in today if r.series == series)
    form = service.Registration("测试人", "13700001234", "咨询", series="B")
    with db.unit() as session:
        issued = service.register(session, clerk, form, NOW + timedelta(minutes=25))
    assert issued.ticket == f"B{lasts['B'] + 1:03d}"


def test_a_small_scale_before_opening_still_has_a_queue(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    early = datetime(2026, 11, 25, 7, 0, tzinfo=ZONE).astimezone(UTC)
    counts = _fill(db, admin, now=early, scale=30)
    assert counts["visits"] == 30
    with db.read() as session:
        status = service.queue_status(session, early)
        registered = session.scalars(select(Visit.registered_at)).all()
    assert sum(s.waiting for s in status.series) + len(status.current) > 0
    assert max(registered) <= early

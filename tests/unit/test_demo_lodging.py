"""`reception demo` fills the guesthouse: about 500 rooms, delegations with their letters,
guests and stays around the office's day, never two stays on one bed. The invariants are
checked here by plain SQL, apart from the services and the database's own guard. Runs on
SQLite, and on PostgreSQL when configured."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from reception.core.lodging import stays
from reception.core.lodging.chart import room_chart
from reception.core.lodging.delegations import LIAISON_PHONE
from reception.core.lodging.guests import GUEST_ID_NUMBER
from reception.core.lodging.models import Delegation, Guest, Room, Stay
from reception.core.lodging.rooms import free_rooms
from reception.core.lodging.standards import LodgingSettings
from reception.core.security import audit
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.demo.fill import fill
from reception.demo.lodging_fill import AHEAD_DAYS, LEAST_HISTORY_DAYS
from tests.unit.lodging_support import guest

ZONE = ZoneInfo("Asia/Shanghai")
# Wednesday 25 November 2026, 15:30 in Beijing: after the arrival time, before the evening.
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 11, 25)
SCALE = 300

# Two live stays holding one bed on a common night.
BED_TWICE = """
    SELECT count(*) FROM stay a JOIN stay b
      ON a.room_id = b.room_id AND a.bed = b.bed AND a.id < b.id
     AND a.arrive < b.depart AND b.arrive < a.depart
     WHERE a.state <> 'cancelled' AND b.state <> 'cancelled'
"""
# One guest in two places on a night.
GUEST_TWICE = """
    SELECT count(*) FROM stay a JOIN stay b
      ON a.guest_id = b.guest_id AND a.id < b.id
     AND a.arrive < b.depart AND b.arrive < a.depart
     WHERE a.state <> 'cancelled' AND b.state <> 'cancelled'
"""
# A man and a woman sharing a room on a night.
MIXED_ROOM = """
    SELECT count(*) FROM stay a JOIN stay b
      ON a.room_id = b.room_id AND a.id < b.id
     AND a.arrive < b.depart AND b.arrive < a.depart
    JOIN guest ga ON ga.id = a.guest_id
    JOIN guest gb ON gb.id = b.guest_id
     WHERE a.state <> 'cancelled' AND b.state <> 'cancelled' AND ga.gender <> gb.gender
"""
BED_BEYOND_ROOM = """
    SELECT count(*) FROM stay s JOIN room r ON r.id = s.room_id
     WHERE s.bed < 1 OR s.bed > r.beds
"""


def _fill(db: Database, admin: Actor, now: datetime = NOW) -> dict[str, int]:
    summary = fill(db, admin, SCALE, lambda done, total: None, seed=11, now=now)
    return summary.counts


def _scalar(db: Database, statement: str) -> int:
    with db.read() as session:
        return int(session.execute(text(statement)).scalar_one())


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def filled(db: Database, admin: Actor, clerk: Actor) -> dict[str, int]:
    return _fill(db, admin)


def test_about_five_hundred_rooms_in_three_buildings(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        rooms = session.execute(
            select(Room.building, Room.floor, Room.number, Room.room_type, Room.beds)
        ).all()
    assert 450 <= len(rooms) <= 550
    assert filled["rooms"] == filled["rooms_added"] == len(rooms)
    assert {r.building for r in rooms} == {"1", "2", "3"}
    assert min(r.floor for r in rooms) == 2 and max(r.floor for r in rooms) == 12
    types = Counter(r.room_type for r in rooms)
    assert set(types) == {"standard", "single", "ordinary_suite", "suite"}
    assert types["standard"] > len(rooms) / 2 > types["single"] > types["ordinary_suite"]
    assert types["suite"] < types["ordinary_suite"]
    for room in rooms:
        assert room.number.startswith(str(room.floor))
        assert room.beds == (2 if room.room_type == "standard" else 1)


def test_no_bed_is_held_twice_and_rooms_are_shared_by_one_gender(
    db: Database, filled: dict[str, int]
) -> None:
    assert filled["stays"] == _count(db, Stay) > 1000
    assert _scalar(db, BED_TWICE) == 0
    assert _scalar(db, GUEST_TWICE) == 0
    assert _scalar(db, MIXED_ROOM) == 0
    assert _scalar(db, BED_BEYOND_ROOM) == 0
    shared = _scalar(
        db,
        "SELECT count(*) FROM stay a JOIN stay b ON a.room_id = b.room_id AND a.bed = 1 "
        "AND b.bed = 2 AND a.arrive < b.depart AND b.arrive < a.depart "
        "WHERE a.state <> 'cancelled' AND b.state <> 'cancelled'",
    )
    assert shared > 50  # juniors do share twin rooms


def test_every_delegation_has_a_letter_and_a_head(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        delegations = session.execute(
            select(Delegation.id, Delegation.letter_ref, Delegation.unit, Delegation.name)
        ).all()
        heads = Counter(
            session.scalars(select(Guest.delegation_id).where(Guest.is_head.is_(True))).all()
        )
        guests = session.scalar(select(func.count()).select_from(Guest))
    assert len(delegations) == filled["delegations"] > 50
    assert filled["guests"] == guests
    for row in delegations:
        assert re.fullmatch(r"\S+函〔20\d\d〕\d+号", row.letter_ref), row
        assert row.unit and row.name
    assert set(heads) == {row.id for row in delegations}
    assert set(heads.values()) == {1}


def test_states_follow_the_office_day(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        rows = session.execute(
            select(Stay.arrive, Stay.depart, Stay.state, Stay.checked_in_at, Stay.checked_out_at)
        ).all()
    first = min(r.arrive for r in rows)
    assert TODAY - timedelta(days=LEAST_HISTORY_DAYS) <= first < TODAY
    assert max(r.arrive for r in rows) <= TODAY + timedelta(days=AHEAD_DAYS)
    states = Counter(r.state for r in rows)
    assert states["in_house"] == filled["guests_in_house_now"] > 0
    assert states["departed"] > 0 and states["booked"] > 0
    for row in rows:
        if row.state == "departed":
            assert row.depart <= TODAY and row.checked_out_at is not None
            assert row.checked_in_at is not None and row.checked_out_at <= NOW
        elif row.state == "in_house":
            assert row.arrive <= TODAY <= row.depart and row.checked_in_at <= NOW
            assert row.checked_out_at is None
        elif row.state == "booked":
            assert row.arrive >= TODAY and row.checked_in_at is None


def test_rooms_above_the_standard_carry_a_reason(db: Database, filled: object) -> None:
    standards = LodgingSettings()
    with db.read() as session:
        rows = session.execute(
            select(Guest.rank, Room.room_type, Stay.exception_reason)
            .join(Stay, Stay.guest_id == Guest.id)
            .join(Room, Room.id == Stay.room_id)
        ).all()
    for rank, room_type, reason in rows:
        assert (reason is None) == standards.eligible(rank, room_type), (rank, room_type)


def test_protected_fields_are_encrypted_as_the_services_do(db: Database, filled: object) -> None:
    with db.read() as session:
        phones = session.scalars(select(Delegation.liaison_phone_blob).limit(5)).all()
        ids = session.execute(
            select(Guest.id_number_blob, Guest.id_number_masked)
            .where(Guest.id_number_blob.is_not(None))
            .limit(5)
        ).all()
    assert phones and all(len(db.cipher.reveal(p, LIAISON_PHONE)) == 11 for p in phones)
    assert ids
    for blob, masked in ids:
        number = db.cipher.reveal(blob, GUEST_ID_NUMBER)
        assert len(number) == 18 and masked.endswith(number[-4:])


def test_one_audit_row_and_the_desk_carries_on(db: Database, admin: Actor, clerk: Actor) -> None:
    before = _count(db, AuditEntry)
    _fill(db, admin)
    with db.read() as session:
        actions = Counter(
            session.scalars(select(AuditEntry.action).where(AuditEntry.seq > before)).all()
        )
        intact = audit.verify(session).intact
        free = free_rooms(session, clerk, TODAY + timedelta(days=3), TODAY + timedelta(days=5))
        chart = room_chart(session, clerk, TODAY - timedelta(days=15), 31, today=TODAY)
    assert actions["demo.fill"] == 1
    assert not {a for a in actions if a.startswith(("stay.", "room.", "delegation.", "guest."))}
    assert intact
    assert len(chart.rooms) > 450 and len(chart.bars) > 100
    # A booking at the desk after the fill: the ids continue (PostgreSQL's sequences too).
    someone = guest(db, "测试客人", rank="staff")
    with db.unit() as session:
        booked = stays.book(
            session,
            clerk,
            stays.Booking(
                free[0].room.id, someone, TODAY + timedelta(days=3), TODAY + timedelta(days=5)
            ),
        )
    assert booked.id == _count(db, Stay)


def test_a_second_fill_keeps_the_rooms_and_never_double_books(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    first = _fill(db, admin)
    second = _fill(db, admin, now=NOW + timedelta(days=1))
    assert second["rooms_added"] == 0 and second["rooms"] == first["rooms"]
    assert second["stays"] > 0
    assert _count(db, Stay) == first["stays"] + second["stays"]
    assert _scalar(db, BED_TWICE) == 0
    assert _scalar(db, MIXED_ROOM) == 0

"""`reception demo` fills the petitions office: matters over the past months with their
petitioners, visits, conversations, histories and clocks, and leader reception days. The
facts are checked by plain SQL and the pure clock, apart from the services that write them
at the desk; then the desk's own services read what the fill wrote. SQLite, and PostgreSQL
when configured."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import case, func, select, text
from sqlalchemy.engine import URL

from reception.core.people import check_id_number, check_phone
from reception.core.petitions import cases
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.clock import next_due
from reception.core.petitions.deadlines import CaseFilter, list_cases
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.models import (
    CaseEvent,
    CasePetitioner,
    Conversation,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.screening import screen
from reception.core.petitions.states import TRANSITIONS, CaseState, Step
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database
from reception.demo.fill import fill
from reception.demo.petitions_fill import LEAST_HISTORY_DAYS, case_count

ZONE = ZoneInfo("Asia/Shanghai")
# Wednesday 25 November 2026, 15:30 in Beijing.
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 11, 25)
SCALE = 4000  # 800 matters
DATES = (
    "received_on", "decided_on", "accepted_on", "assigned_on", "extended_on", "replied_on",
    "review_asked_on", "reviewed_on", "re_review_asked_on", "re_reviewed_on", "closed_on",
)  # fmt: skip
# The dates each state has reached (set), beyond which none is set.
REACHED = {
    CaseState.REGISTERED: {"received_on"},
    CaseState.NOT_ACCEPTED: {"received_on", "decided_on"},
    CaseState.ACCEPTED: {"received_on", "decided_on", "accepted_on"},
    CaseState.REPLIED: {"received_on", "decided_on", "accepted_on", "replied_on"},
}


def _fill(db: Database, admin: Actor, now: datetime = NOW) -> dict[str, int]:
    return fill(db, admin, SCALE, lambda done, total: None, seed=5, now=now).counts


@pytest.fixture
def filled(db: Database, admin: Actor) -> dict[str, int]:
    return _fill(db, admin)


def _officer(db: Database) -> Actor:
    """A demo petitions officer, as the desk would have signed them in."""
    from reception.core.security.models import Operator

    with db.read() as session:
        row = session.execute(
            select(Operator.id, Operator.login)
            .where(Operator.role == Role.PETITIONS_OFFICER.value)
            .order_by(Operator.id)
        ).first()
    assert row is not None
    return Actor(row.id, row.login, Role.PETITIONS_OFFICER)


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_counts_and_visits(db: Database, filled: dict[str, int]) -> None:
    assert filled["petition_cases"] == _count(db, PetitionCase) == case_count(SCALE) == 800
    assert filled["petitioners"] == _count(db, Petitioner)
    assert filled["petition_visits"] == _count(db, PetitionVisit)
    assert filled["petition_conversations"] == _count(db, Conversation) > 100
    assert filled["petition_events"] == _count(db, CaseEvent)
    assert 2.0 <= filled["petition_visits"] / filled["petition_cases"] <= 3.2
    with db.read() as session:
        rows = session.execute(
            select(PetitionCase.id, PetitionCase.visit_count, PetitionCase.last_visit_on)
        ).all()
        visits = session.execute(
            select(
                PetitionVisit.case_id,
                func.count(),
                func.max(PetitionVisit.came_on),
                func.sum(case((PetitionVisit.is_repeat, 1), else_=0)),
            ).group_by(PetitionVisit.case_id)
        ).all()
        received = min(session.scalars(select(PetitionCase.received_on)))
    by_case = {case_id: (n, last, repeats) for case_id, n, last, repeats in visits}
    for case_id, count, last in rows:
        assert by_case[case_id][:2] == (count, last)
        assert by_case[case_id][2] == count - 1  # the first visit opened the matter
    assert TODAY - timedelta(days=LEAST_HISTORY_DAYS) <= received < TODAY - timedelta(days=200)


def test_case_numbers_petitioners_and_joint_visits(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        numbers = session.execute(select(PetitionCase.case_no, PetitionCase.received_on)).all()
        links = session.execute(
            select(
                CasePetitioner.case_id,
                CasePetitioner.is_representative,
                PetitionCase.people_count,
                PetitionCase.is_joint,
            ).join(PetitionCase, PetitionCase.id == CasePetitioner.case_id)
        ).all()
        people = session.execute(select(Petitioner.name, Petitioner.name_pinyin)).all()
    for case_no, received in numbers:
        assert re.fullmatch(rf"XF{received.year}-\d{{6}}", case_no)
    named: dict[int, list[bool]] = defaultdict(list)
    joint = {}
    for case_id, representative, count, is_joint in links:
        named[case_id].append(representative)
        joint[case_id] = (count, is_joint)
    assert set(named) == {n for n in range(1, 801)}
    joints = [case_id for case_id, (count, is_joint) in joint.items() if is_joint]
    assert joints
    assert filled["petition_joint_visits"] == len(joints)
    for case_id, (count, is_joint) in joint.items():
        assert is_joint == (count >= 5)
        if is_joint:
            representatives = sum(named[case_id])
            assert representatives >= 1
            assert representatives <= 5
            assert all(named[case_id])
        else:
            assert not any(named[case_id]) and len(named[case_id]) <= count
    several = Counter(case_id for case_id, *_ in links)
    returning = _count_returning(db)
    assert returning > 0 and max(several.values()) >= 2
    assert all(name and pinyin.isascii() for name, pinyin in people)


def _count_returning(db: Database) -> int:
    """Petitioners with more than one matter."""
    with db.read() as session:
        rows = session.execute(
            select(CasePetitioner.petitioner_id)
            .group_by(CasePetitioner.petitioner_id)
            .having(func.count() > 1)
        ).all()
    return len(rows)


def _reached(row: object, state: CaseState) -> None:
    """The dates set on a matter are exactly those of the steps its state has passed."""
    dates = {name: getattr(row, name) for name in DATES}
    set_ = {name for name, value in dates.items() if value is not None}
    chain = [dates[n] for n in DATES if dates[n] is not None]
    assert chain == sorted(chain), row
    assert max(chain) <= TODAY
    if state in REACHED:
        expected = set(REACHED[state])
        if state is CaseState.REPLIED:  # assigned and extended on the way, or not
            expected |= set_ & {"assigned_on", "extended_on"}
        assert set_ == expected, (state, set_)
    if state is CaseState.ASSIGNED:
        assert dates["assigned_on"] and not dates["replied_on"]
    if state is CaseState.EXTENDED:
        assert dates["extended_on"] and not dates["replied_on"]
    if state is CaseState.REVIEW:
        assert dates["review_asked_on"] and not dates["reviewed_on"]
    if state is CaseState.RE_REVIEW:
        assert dates["re_review_asked_on"] and not dates["re_reviewed_on"]
    if state is CaseState.FINAL:
        assert dates["re_reviewed_on"] == dates["closed_on"] is not None
    if state is CaseState.CLOSED:
        assert dates["closed_on"] and dates["replied_on"] and not dates["re_reviewed_on"]


def test_states_follow_their_dates_and_history(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        rows = session.scalars(select(PetitionCase)).all()
        steps = session.execute(
            select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.on_day, CaseEvent.to_state)
            .where(CaseEvent.to_state.is_not(None))
            .order_by(CaseEvent.case_id, CaseEvent.id)
        ).all()
        for row in rows:
            _reached(row, CaseState(row.state))
            assert row.is_final == (row.state == CaseState.FINAL.value)
            assert (row.extension_days > 0) == (row.extended_on is not None)
            assert (row.decision_reason_blob is not None) == (row.state == "not_accepted")
            assert (row.reply_blob is not None) == (row.replied_on is not None)
    history: dict[int, list[tuple[str, date, str]]] = defaultdict(list)
    for case_id, kind, on_day, to_state in steps:
        history[case_id].append((kind, on_day, to_state))
    states = Counter(row.state for row in rows)
    assert len(states) >= 9  # every part of the workflow is shown
    for row in rows:
        walked = history[row.id]
        assert walked[0][0] == "registered" and walked[0][1] == row.received_on
        state = CaseState.REGISTERED
        for kind, _, to_state in walked[1:]:
            state = TRANSITIONS[(state, Step(kind))]
            assert state.value == to_state
        assert state.value == row.state
        days = [on_day for _, on_day, _ in walked]
        assert days == sorted(days)


def test_next_due_is_the_clock_of_the_dates(db: Database, filled: dict[str, int]) -> None:
    with db.read() as session:
        calendar = load_calendar(session)
        rows = session.scalars(select(PetitionCase)).all()
        expected = [next_due(cases.case_dates(row), calendar) for row in rows]
        found = [(row.next_due_on, row.next_due_kind) for row in rows]
    assert found == [(None, None) if e is None else (e[0], e[1].value) for e in expected]
    overdue = sum(1 for due, _ in found if due is not None and due < TODAY)
    soon = sum(1 for due, _ in found if due is not None and TODAY <= due <= TODAY + timedelta(5))
    assert filled["petition_overdue"] == overdue > 0
    assert soon > 0
    assert filled["petition_open"] == sum(CaseState(r.state).is_open for r in rows)
    assert filled["petition_final"] == sum(r.is_final for r in rows) > 0


def test_the_desk_reads_what_the_fill_wrote(db: Database, filled: dict[str, int]) -> None:
    officer = _officer(db)
    with db.read() as session:
        person, blob, phone_blob = session.execute(
            select(Petitioner.id, Petitioner.id_number_blob, Petitioner.phone_blob)
            .join(CasePetitioner, CasePetitioner.petitioner_id == Petitioner.id)
            .where(Petitioner.id_number_blob.is_not(None), Petitioner.phone_blob.is_not(None))
            .group_by(Petitioner.id, Petitioner.id_number_blob, Petitioner.phone_blob)
            .having(func.count() > 1)
            .limit(1)
        ).one()
        number = db.cipher.reveal(blob, cases.ID_NUMBER)
        phone = db.cipher.reveal(phone_blob, cases.PHONE)
        theirs = set(
            session.scalars(
                select(CasePetitioner.case_id).where(CasePetitioner.petitioner_id == person)
            )
        )
        hits = screen(session, officer, id_number=number)
        overdue = list_cases(session, officer, CaseFilter(overdue=True), today=TODAY, limit=500)
        summaries = [
            cases.unseal(session, b, cases.CASE_TEXT)
            for b in session.scalars(select(PetitionCase.summary_blob).limit(20))
        ]
    assert check_id_number(number, today=TODAY).number == number
    assert check_phone(phone) == phone
    assert {hit.case_id for hit in hits} == theirs and len(theirs) > 1
    assert {hit.matched_by for hit in hits} == {"id_number"}
    assert len(overdue) == filled["petition_overdue"]
    assert all(v.next_due_on is not None and v.next_due_on < TODAY for v in overdue)
    assert all(re.search(r"[\u4e00-\u9fff]{6}", s) for s in summaries)


def test_leader_days_hold_bookings_of_matters(db: Database, filled: dict[str, int]) -> None:
    assert filled["leader_reception_days"] > 5
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT d.day, b.state, c.received_on, c.state FROM slot_booking b "
                "JOIN reception_slot s ON s.id = b.slot_id "
                "JOIN leader_reception_day d ON d.id = s.day_id "
                "JOIN petition_case c ON c.id = b.case_id"
            )
        ).all()
        booked_events = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.kind == "booked")
        )
    assert len(rows) == filled["leader_day_bookings"] == booked_events > 0
    for day, state, received, case_state in rows:
        day = date.fromisoformat(str(day)[:10])
        received = date.fromisoformat(str(received)[:10])
        assert received < day
        if day >= TODAY:
            assert state == "booked" and CaseState(case_state).is_open
        else:
            assert state in ("attended", "absent")
    assert {state for _, state, _, _ in rows} >= {"booked", "attended"}


def test_one_audit_row_and_the_desk_carries_on(db: Database, admin: Actor) -> None:
    before = _count(db, AuditEntry)
    first = _fill(db, admin)
    second = _fill(db, admin, now=NOW + timedelta(days=1))  # people and numbers continue
    with db.read() as session:
        actions = Counter(
            session.scalars(select(AuditEntry.action).where(AuditEntry.seq > before)).all()
        )
        last = session.scalar(select(func.max(PetitionCase.case_no)))
    assert actions["demo.fill"] == 2
    assert not {a for a in actions if a.startswith(("petition", "petitioner"))}
    assert _count(db, PetitionCase) == first["petition_cases"] + second["petition_cases"]
    officer = _officer(db)
    form = IntakeForm(
        form="visit",
        received_on=TODAY,
        summary="反映小区电梯长期失修",
        petitioners=[PetitionerForm("测试人", "110105194912310011", "13812345678")],
    )
    with db.unit() as session:
        view = register_case(session, officer, form, today=TODAY)
    assert last is not None and view.case_no == f"XF2026-{int(last[7:]) + 1:06d}"
    assert view.id == _count(db, PetitionCase)


def test_the_database_file_holds_no_plaintext(sqlite_url: URL, keys: Keys, tmp_path: Path) -> None:
    """Every ID number, phone, address and case text is in the file only encrypted."""
    from reception.core.security.operators import create_first_administrator

    db = open_database(sqlite_url, keys)
    try:
        with db.unit() as session:
            view = create_first_administrator(session, "admin", "管理员", "admin-pass-1")
        _fill(db, Actor(view.id, view.login, Role.ADMINISTRATOR))
        secrets: list[str] = []
        with db.read() as session:
            for blob, purpose in (
                *((b, cases.ID_NUMBER) for b in _blobs(session, "petitioner", "id_number_blob")),
                *((b, cases.PHONE) for b in _blobs(session, "petitioner", "phone_blob")),
                *((b, cases.ADDRESS) for b in _blobs(session, "petitioner", "address_blob")),
                *((b, cases.CASE_TEXT) for b in _blobs(session, "petition_case", "summary_blob")),
                *((b, cases.CASE_TEXT) for b in _blobs(session, "petition_case", "reply_blob")),
                *(
                    (b, cases.CONVERSATION_TEXT)
                    for b in _blobs(session, "petition_conversation", "said_blob")
                ),
                *((b, cases.EVENT_NOTE) for b in _blobs(session, "petition_event", "note_blob")),
            ):
                secrets.append(db.cipher.reveal(blob, purpose))
    finally:
        db.close()
    assert len(secrets) > 300
    data = b"".join(
        Path(f"{sqlite_url.database}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{sqlite_url.database}{suffix}").exists()
    )
    for secret in (s for s in secrets if len(s) >= 6):  # not a hearing's "12" days
        probe = secret[-12:] if len(secret) > 12 else secret
        assert probe.encode() not in data, secret


def _blobs(session: object, table: str, column: str) -> list[bytes]:
    query = text(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL LIMIT 60")
    return [row[0] for row in session.execute(query)]  # type: ignore[attr-defined]

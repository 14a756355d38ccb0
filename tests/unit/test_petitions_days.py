"""Leader reception days (领导接访日): slots generated, bookings, one live booking per slot
kept by the database's partial unique index on both databases, cancelled bookings free
their slot."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from reception.core.errors import Conflict, InvalidInput, NotPermitted
from reception.core.petitions import leader_days
from reception.core.petitions.cases import EVENT_NOTE, unseal
from reception.core.petitions.leader_days import (
    add_reception_day,
    book_slot,
    cancel_booking,
    cancel_reception_day,
    mark_booking,
    reception_days,
)
from reception.core.petitions.models import CaseEvent, SlotBooking
from reception.core.petitions.states import EventKind, Step
from reception.core.petitions.workflow import take_step
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.base import utcnow
from reception.db.database import Database
from tests.unit.petitions_support import new_case

DAY = date(2026, 12, 2)
RECEIVED = date(2026, 11, 20)


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def day_id(db: Database, officer: Actor) -> int:
    with db.unit() as session:
        return add_reception_day(
            session, officer, DAY, "王建国", "副市长", "市信访局接待大厅", time(9), time(11, 15), 30
        ).id


def test_a_reception_day_is_cut_into_slots(db: Database, officer: Actor, day_id: int) -> None:
    with db.read() as session:
        (day,) = reception_days(session, officer, DAY, DAY)
    assert (day.leader_name, day.leader_post, day.place) == ("王建国", "副市长", "市信访局接待大厅")
    # 09:00 to 11:15 in 30 minutes: four whole slots; the last quarter hour is left over
    assert [(s.starts_at, s.ends_at) for s in day.slots] == [
        (time(9), time(9, 30)),
        (time(9, 30), time(10)),
        (time(10), time(10, 30)),
        (time(10, 30), time(11)),
    ]
    assert {s.state for s in day.slots} == {"free"}


@pytest.mark.parametrize(
    ("starts", "ends", "minutes"),
    [(time(9), time(9, 20), 30), (time(11), time(9), 30), (time(9), time(12), 5)],
)
def test_a_day_without_room_for_a_slot_is_refused(
    db: Database, officer: Actor, starts: time, ends: time, minutes: int
) -> None:
    with pytest.raises(InvalidInput), db.unit() as session:
        add_reception_day(
            session, officer, DAY, "王建国", starts=starts, ends=ends, slot_minutes=minutes
        )


def test_a_leader_is_named(db: Database, officer: Actor) -> None:
    with pytest.raises(InvalidInput), db.unit() as session:
        add_reception_day(session, officer, DAY, "  ")


def test_a_booked_slot_is_refused_to_the_next_case_naming_it(
    db: Database, officer: Actor, staff: dict[Role, Actor], day_id: int
) -> None:
    first = new_case(db, officer, received_on=RECEIVED)
    second = new_case(db, officer, received_on=RECEIVED, names=("李四",))
    with db.read() as session:
        slot = reception_days(session, officer, DAY, DAY)[0].slots[1]
    with db.unit() as session:
        day = book_slot(session, officer, slot.id, first)
    booked = day.slots[1]
    assert (booked.state, booked.case_id, booked.petitioner) == ("booked", first, "张三")
    assert booked.case_no.startswith("XF2026-")
    with pytest.raises(Conflict) as refused, db.unit() as session:
        book_slot(session, officer, slot.id, second)
    assert "09:30" in refused.value.render() and booked.case_no in refused.value.render()
    with db.read() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "booked")).one()
        assert (event.case_id, event.leader) == (first, "王建国")
        director_view = reception_days(session, staff[Role.DIRECTOR], DAY, DAY)[0]
    assert director_view.slots[1].petitioner == "张三"  # the director sees details too


def test_the_database_refuses_a_second_live_booking_on_both_databases(
    db: Database, officer: Actor, day_id: int
) -> None:
    first = new_case(db, officer, received_on=RECEIVED)
    with db.read() as session:
        slot_id = reception_days(session, officer, DAY, DAY)[0].slots[0].id
    with db.unit() as session:
        book_slot(session, officer, slot_id, first)

    def row(state: str) -> SlotBooking:
        return SlotBooking(
            slot_id=slot_id, case_id=first, state=state, booked_at=utcnow(), booked_by="x"
        )

    with pytest.raises(IntegrityError), db.unit() as session:
        session.add(row("attended"))
    with db.unit() as session:  # cancelled rows are outside the index
        session.add_all([row("cancelled"), row("cancelled")])


def test_another_desk_booking_at_the_same_moment_is_a_conflict(
    db: Database, officer: Actor, day_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before the insert saw the slot free; the index has the last word."""
    first = new_case(db, officer, received_on=RECEIVED)
    second = new_case(db, officer, received_on=RECEIVED, names=("李四",))
    with db.read() as session:
        slot_id = reception_days(session, officer, DAY, DAY)[0].slots[0].id
    with db.unit() as session:
        book_slot(session, officer, slot_id, first)
    monkeypatch.setattr(leader_days, "live_booking", lambda session, slot_id: None)
    with pytest.raises(Conflict) as refused, db.unit() as session:
        book_slot(session, officer, slot_id, second)
    assert "Another desk has just booked the slot at 09:00" in refused.value.render()


def test_cancelling_a_booking_frees_the_slot(db: Database, officer: Actor, day_id: int) -> None:
    first = new_case(db, officer, received_on=RECEIVED)
    second = new_case(db, officer, received_on=RECEIVED, names=("李四",))
    with db.read() as session:
        slot_id = reception_days(session, officer, DAY, DAY)[0].slots[0].id
    with db.unit() as session:
        booking_id = book_slot(session, officer, slot_id, first).slots[0].booking_id
    assert booking_id is not None
    with db.unit() as session:
        freed = cancel_booking(session, officer, booking_id, "领导临时有公务").slots[0]
    assert (freed.state, freed.booking_id, freed.case_id) == ("free", None, None)
    with db.read() as session:  # the reason is in the case's history, sealed; not in the audit
        notes = session.scalars(
            select(CaseEvent.note_blob).where(
                CaseEvent.case_id == first, CaseEvent.kind == EventKind.BOOKING_CANCELLED.value
            )
        ).all()
        assert [unseal(session, note, EVENT_NOTE) for note in notes] == ["领导临时有公务"]
        reasons = session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "petition.booking.cancel")
        ).all()
        assert reasons == [None]
    with pytest.raises(Conflict), db.unit() as session:
        cancel_booking(session, officer, booking_id)
    with db.unit() as session:
        rebooked = book_slot(session, officer, slot_id, second).slots[0]
    assert (rebooked.case_id, rebooked.petitioner) == (second, "李四")
    with db.unit() as session:
        marked = mark_booking(session, officer, rebooked.booking_id or 0, attended=True)
    assert marked.slots[0].state == "attended"
    with pytest.raises(Conflict), db.unit() as session:  # it took place: not cancelled now
        cancel_booking(session, officer, rebooked.booking_id or 0)


def test_a_called_off_day_and_a_closed_case_take_no_booking(
    db: Database, officer: Actor, day_id: int
) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    closed = new_case(db, officer, received_on=RECEIVED, names=("李四",))
    with db.unit() as session:
        take_step(session, officer, closed, Step.REFUSE, reason="已进入诉讼程序", today=DAY)
        slots = reception_days(session, officer, DAY, DAY)[0].slots
    with pytest.raises(Conflict) as refused, db.unit() as session:
        book_slot(session, officer, slots[0].id, closed)
    assert "no longer handled" in refused.value.render()
    with db.unit() as session:
        book_slot(session, officer, slots[0].id, case_id)
        day = cancel_reception_day(session, officer, day_id, "领导出差")
    assert day.cancelled and {s.state for s in day.slots} == {"free"}
    with pytest.raises(Conflict), db.unit() as session:
        book_slot(session, officer, slots[1].id, case_id)


def test_only_the_petitions_office_books_and_other_desks_see_no_day(
    db: Database, officer: Actor, staff: dict[Role, Actor], day_id: int
) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED, names=("欧阳小明",))
    with db.read() as session:
        slot_id = reception_days(session, officer, DAY, DAY)[0].slots[0].id
    for role in (Role.DIRECTOR, Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR):
        with pytest.raises(NotPermitted), db.unit() as session:
            book_slot(session, staff[role], slot_id, case_id)
        with pytest.raises(NotPermitted), db.unit() as session:
            add_reception_day(session, staff[role], DAY, "王建国")
    for role in (Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR):
        with pytest.raises(NotPermitted), db.read() as session:
            reception_days(session, staff[role], DAY, DAY)
    with db.unit() as session:
        book_slot(session, officer, slot_id, case_id)
    with db.read() as session:
        assert reception_days(session, officer, DAY, DAY)[0].slots[0].petitioner == "欧阳小明"

"""Stays through their services: booking, sharing, standards, check-in and out, moves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from reception.core.errors import Conflict, InvalidInput, NotPermitted
from reception.core.lodging import stays
from reception.core.lodging.models import Room, Stay
from reception.core.lodging.rooms import free_rooms, set_out_of_order
from reception.core.lodging.stays import Booking, ReasonRequired
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.lodging_support import delegation, guest, room

D1 = date(2026, 12, 1)


def day(n: int) -> date:
    return D1 + timedelta(days=n - 1)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _book(
    db: Database, clerk: Actor, room_id: int, guest_id: int, a: int, d: int, reason: str = ""
):
    with db.unit() as session:
        return stays.book(session, clerk, Booking(room_id, guest_id, day(a), day(d), reason))


def test_a_booked_night_is_refused_to_the_next_guest_naming_the_stay(
    db: Database, clerk: Actor
) -> None:
    r = room(db, clerk, "301")
    team = delegation(db)
    first = _book(db, clerk, r, guest(db, "张三", delegation_id=team), 1, 4)
    with pytest.raises(Conflict) as refused:
        _book(db, clerk, r, guest(db, "李四"), 3, 5)
    message = refused.value.render()
    assert "301" in message
    assert "张三（省发改委考察组）" in message
    assert f"stay {first.id}" in message


def test_the_check_out_day_is_free_for_the_next_guest(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "301")
    _book(db, clerk, r, guest(db, "张三"), 1, 3)
    second = _book(db, clerk, r, guest(db, "李四"), 3, 5)
    assert (second.arrive, second.bed) == (day(3), 1)


def test_two_guests_of_one_gender_share_up_to_the_beds(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "302", beds=2)
    a = _book(db, clerk, r, guest(db, "张三"), 1, 3)
    b = _book(db, clerk, r, guest(db, "李四"), 1, 3)
    assert {a.bed, b.bed} == {1, 2}
    with pytest.raises(Conflict):
        _book(db, clerk, r, guest(db, "王五"), 2, 3)


def test_guests_of_different_genders_do_not_share(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "302", beds=2)
    _book(db, clerk, r, guest(db, "张三"), 1, 3)
    with pytest.raises(Conflict) as refused:
        _book(db, clerk, r, guest(db, "李芳", gender="female"), 2, 4)
    assert "张三" in refused.value.render()


def test_one_guest_cannot_hold_two_rooms_on_one_night(db: Database, clerk: Actor) -> None:
    person = guest(db, "张三")
    _book(db, clerk, room(db, clerk, "301"), person, 1, 3)
    with pytest.raises(Conflict) as refused:
        _book(db, clerk, room(db, clerk, "302"), person, 2, 4)
    assert "301" in refused.value.render()


def test_a_suite_above_the_standard_needs_a_reason_which_is_kept(
    db: Database, clerk: Actor
) -> None:
    suite = room(db, clerk, "801", "ordinary_suite")
    person = guest(db, "张三", rank="bureau_chief")
    with pytest.raises(ReasonRequired):
        _book(db, clerk, suite, person, 1, 2)
    booked = _book(db, clerk, suite, person, 1, 2, "标准间已满，经主任同意")
    assert booked.exception_reason == "标准间已满，经主任同意"
    with db.read() as session:
        reasons = session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "stay.book")
        ).all()
    assert reasons == ["标准间已满，经主任同意"]


def test_a_provincial_leader_gets_the_suite_without_a_reason(db: Database, clerk: Actor) -> None:
    suite = room(db, clerk, "801", "ordinary_suite")
    booked = _book(db, clerk, suite, guest(db, "张三", rank="provincial_deputy"), 1, 2)
    assert booked.exception_reason is None


def test_early_departure_frees_the_remaining_nights_and_dirties_the_room(
    db: Database, clerk: Actor
) -> None:
    r = room(db, clerk, "301")
    stay = _book(db, clerk, r, guest(db, "张三", halal=True), 1, 5)
    with db.unit() as session:
        arrived = stays.check_in(session, clerk, stay.id, today=day(1))
        assert arrived.needs.halal and arrived.state == "in_house"
        left = stays.check_out(session, clerk, stay.id, today=day(2))
    assert (left.depart, left.state) == (day(2), "departed")
    later = _book(db, clerk, r, guest(db, "李四"), 2, 5)
    assert later.bed == 1
    with db.read() as session:
        assert session.get(Room, r).housekeeping == "dirty"  # type: ignore[union-attr]


def test_moving_a_guest_in_house_splits_the_stay_at_the_move(db: Database, clerk: Actor) -> None:
    old, new = room(db, clerk, "301"), room(db, clerk, "302")
    stay = _book(db, clerk, old, guest(db, "张三"), 1, 5)
    with db.unit() as session:
        stays.check_in(session, clerk, stay.id, today=day(1))
        moved = stays.move(session, clerk, stay.id, new, on=day(3))
    assert (moved.room_number, moved.arrive, moved.depart, moved.state) == (
        "302",
        day(3),
        day(5),
        "in_house",
    )
    assert moved.moved_from_id == stay.id
    with db.read() as session:
        first = session.get(Stay, stay.id)
        assert first is not None and (first.depart, first.state) == (day(3), "departed")
    assert _book(db, clerk, old, guest(db, "李四"), 3, 5).room_number == "301"


def test_an_extension_into_a_taken_night_is_refused_and_changes_nothing(
    db: Database, clerk: Actor
) -> None:
    r = room(db, clerk, "301")
    stay = _book(db, clerk, r, guest(db, "张三"), 1, 3)
    _book(db, clerk, r, guest(db, "李四"), 4, 6)
    with db.unit() as session:
        assert stays.extend(session, clerk, stay.id, day(4)).depart == day(4)
    with pytest.raises(Conflict), db.unit() as session:
        stays.extend(session, clerk, stay.id, day(5))
    with db.read() as session:
        assert session.get(Stay, stay.id).depart == day(4)  # type: ignore[union-attr]


def test_a_cancelled_stay_frees_its_bed(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "301")
    stay = _book(db, clerk, r, guest(db, "张三"), 1, 3)
    with db.unit() as session:
        stays.cancel_stay(session, clerk, stay.id)
    assert _book(db, clerk, r, guest(db, "李四"), 1, 3).bed == 1


def test_rescheduling_a_booked_stay_checks_the_target_first(db: Database, clerk: Actor) -> None:
    a, b = room(db, clerk, "301"), room(db, clerk, "302")
    stay = _book(db, clerk, a, guest(db, "张三"), 1, 3)
    _book(db, clerk, b, guest(db, "李四"), 2, 4)
    with db.read() as session:
        check = stays.check_booking(session, clerk, b, stay.guest_id, day(1), day(3), stay.id)
    assert not check.ok and "李四" in check.error.render()  # type: ignore[union-attr]
    with db.unit() as session:
        moved = stays.reschedule(session, clerk, stay.id, b, day(4), day(6))
    assert (moved.room_number, moved.arrive) == ("302", day(4))


def test_out_of_order_rooms_are_neither_booked_nor_free(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "301")
    room(db, clerk, "302")
    with db.unit() as session:
        set_out_of_order(session, clerk, r, "空调维修", day(1), day(3))
    with pytest.raises(Conflict) as refused:
        _book(db, clerk, r, guest(db, "张三"), 2, 4)
    assert "空调维修" in refused.value.render()
    with db.read() as session:
        free = [f.room.number for f in free_rooms(session, clerk, day(1), day(2))]
    assert free == ["302"]


def test_a_receptionist_may_not_book(db: Database, clerk: Actor, staff: dict[Role, Actor]) -> None:
    r = room(db, clerk, "301")
    with pytest.raises(NotPermitted):
        _book(db, staff[Role.RECEPTIONIST], r, guest(db, "张三"), 1, 2)


def test_bad_dates_are_refused_before_anything_is_written(db: Database, clerk: Actor) -> None:
    r = room(db, clerk, "301")
    person = guest(db, "张三")
    with pytest.raises(InvalidInput):
        _book(db, clerk, r, person, 3, 3)
    with pytest.raises(InvalidInput):
        _book(db, clerk, r, person, 1, 200)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Stay)) == 0


def test_the_database_itself_refuses_a_double_booked_bed(db: Database, clerk: Actor) -> None:
    r, elsewhere = room(db, clerk, "301"), room(db, clerk, "302")
    first = _book(db, clerk, r, guest(db, "张三"), 1, 4)
    other = guest(db, "李四")
    insert = text(
        "INSERT INTO stay (room_id, guest_id, bed, arrive, depart, state, created_at) "
        "VALUES (:room, :guest, :bed, :arrive, :depart, 'booked', :now)"
    )
    values = {"room": r, "guest": other, "bed": 1, "arrive": day(3), "depart": day(6)}
    values["now"] = first.arrive
    refused = [
        values,  # the same bed on night 3
        {**values, "room": elsewhere, "guest": first.guest_id},  # one guest, two rooms
        {**values, "bed": 2, "arrive": day(5)},  # a bed the room does not have
    ]
    for row in refused:
        with pytest.raises(IntegrityError), db.unit() as session:
            session.execute(insert, row)
    with db.unit() as session:  # the check-out day is free
        session.execute(insert, {**values, "arrive": day(4)})
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Stay)) == 2


def test_a_room_with_a_bed_free_every_night_takes_the_guest_by_renumbering_beds(
    db: Database, clerk: Actor
) -> None:
    r = room(db, clerk, "302", beds=2)
    early = _book(db, clerk, r, guest(db, "甲"), 1, 2)
    middle = _book(db, clerk, r, guest(db, "乙"), 2, 4)
    late = _book(db, clerk, r, guest(db, "丙"), 3, 4)
    with db.unit() as session:
        stays.cancel_stay(session, clerk, middle.id)
    assert (early.bed, late.bed) == (1, 2)  # bed 1 is taken on night 1, bed 2 on night 3
    through = _book(db, clerk, r, guest(db, "丁"), 1, 4)
    with db.read() as session:
        beds = dict(session.execute(select(Stay.id, Stay.bed).where(Stay.state == "booked")).all())
        renumbered = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "stay.bed")
        ).all()
    assert beds[through.id] not in (beds[early.id], beds[late.id])
    assert len(renumbered) == 1 and renumbered[0] in (str(early.id), str(late.id))
    with pytest.raises(Conflict):  # now every night of 3 is full
        _book(db, clerk, r, guest(db, "戊"), 3, 4)

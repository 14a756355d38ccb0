"""Auto-assignment: the head's room, rank order, togetherness, gender, needs, standards."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from reception.core.errors import Conflict
from reception.core.lodging import assign
from reception.core.lodging.models import Guest, Room, Stay
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.lodging.stays import ReasonRequired
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.lodging_support import delegation, guest


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _rooms(db: Database, clerk: Actor, *specs: tuple[str, str, int]) -> dict[str, int]:
    with db.unit() as session:
        return {
            number: add_room(session, clerk, RoomForm(number, kind, beds)).id
            for number, kind, beds in specs
        }


def _head(db: Database, guest_id: int) -> None:
    with db.unit() as session:
        session.execute(update(Guest).where(Guest.id == guest_id).values(is_head=True))


def _placed(proposal: assign.Proposal) -> dict[str, str]:
    return {line.guest_name: line.room_number for line in proposal.lines}


def test_the_head_gets_the_best_room_and_the_others_stay_near(db: Database, clerk: Actor) -> None:
    _rooms(
        db,
        clerk,
        ("301", "standard", 2),
        ("302", "standard", 2),
        ("501", "standard", 1),
        ("502", "ordinary_suite", 1),
        ("503", "single", 1),
        ("504", "standard", 2),
    )
    team = delegation(db)
    leader = guest(db, "赵部长", rank="provincial_deputy", delegation_id=team)
    _head(db, leader)
    guest(db, "钱处长", rank="county_chief", delegation_id=team)
    guest(db, "孙科员", rank="staff", delegation_id=team)
    guest(db, "李科员", rank="staff", delegation_id=team)
    guest(db, "周科员", rank="staff", gender="female", delegation_id=team)
    with db.read() as session:
        proposal = assign.propose(session, clerk, team)
    placed = _placed(proposal)
    assert placed["赵部长"] == "502"  # the ordinary suite, within a minister's standard
    assert placed["钱处长"] == "503"  # alone, on the head's floor, the better room first
    assert placed["孙科员"] == placed["李科员"] == "504"  # two men share, same floor
    assert placed["周科员"] == "501"  # the woman does not share with them
    assert proposal.unplaced == []
    assert not any(line.needs_reason for line in proposal.lines)


def test_an_accessible_need_is_met_or_left_unplaced(db: Database, clerk: Actor) -> None:
    _rooms(db, clerk, ("301", "standard", 1))
    team = delegation(db)
    guest(db, "吴先生", rank="staff", delegation_id=team, needs_accessible=True)
    with db.read() as session:
        proposal = assign.propose(session, clerk, team)
    assert [line.note for line in proposal.unplaced] == [assign.NOTE_NO_ACCESSIBLE]
    with db.unit() as session:
        session.execute(update(Room).values(accessible=True))
    with db.read() as session:
        assert _placed(assign.propose(session, clerk, team)) == {"吴先生": "301"}


def test_each_line_carries_the_guests_needs(db: Database, clerk: Actor) -> None:
    _rooms(db, clerk, ("301", "standard", 1), ("302", "standard", 1))
    team = delegation(db)
    guest(db, "马先生", rank="staff", delegation_id=team, halal=True, allergies="花生")
    guest(db, "牛先生", rank="staff", delegation_id=team)
    with db.read() as session:
        lines = {line.guest_name: line for line in assign.propose(session, clerk, team).lines}
    needs = lines["马先生"].needs
    assert (needs.halal, needs.allergies, needs.any) == (True, "花生", True)
    assert not lines["牛先生"].needs.any


def test_only_a_room_above_the_standard_left_asks_for_a_reason(db: Database, clerk: Actor) -> None:
    _rooms(db, clerk, ("801", "ordinary_suite", 1))
    team = delegation(db)
    member = guest(db, "郑处长", rank="county_chief", delegation_id=team)
    with db.read() as session:
        line = assign.propose(session, clerk, team).lines[0]
    assert (line.room_number, line.needs_reason) == ("801", True)
    with pytest.raises(ReasonRequired), db.unit() as session:
        assign.confirm(session, clerk, team, {member: line.room_id or 0})
    with db.unit() as session:
        booked = assign.confirm(session, clerk, team, {member: line.room_id or 0}, {member: "客满"})
    assert booked[0].exception_reason == "客满"


def test_confirming_books_all_or_nothing(db: Database, clerk: Actor) -> None:
    numbers = _rooms(db, clerk, ("301", "standard", 1), ("302", "standard", 1))
    team = delegation(db)
    a = guest(db, "甲", rank="staff", delegation_id=team)
    b = guest(db, "乙", rank="staff", delegation_id=team)
    with pytest.raises(Conflict), db.unit() as session:  # both in one single room
        assign.confirm(session, clerk, team, {a: numbers["301"], b: numbers["301"]})
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Stay)) == 0
    with db.unit() as session:
        assign.confirm(session, clerk, team, {a: numbers["301"], b: numbers["302"]})
    with db.read() as session:  # lodged guests are not proposed again
        assert assign.propose(session, clerk, team).lines == []


def test_rooms_taken_by_others_are_not_proposed(db: Database, clerk: Actor) -> None:
    numbers = _rooms(db, clerk, ("301", "standard", 2), ("302", "standard", 2))
    first, second = delegation(db, "甲团"), delegation(db, "乙团")
    a = guest(db, "甲一", rank="staff", delegation_id=first)
    with db.unit() as session:
        assign.confirm(session, clerk, first, {a: numbers["301"]})
    guest(db, "乙一", rank="staff", delegation_id=second)
    with db.read() as session:
        assert _placed(assign.propose(session, clerk, second)) == {"乙一": "302"}

"""Delegations, their guests, checklist and programme, through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from reception.core.errors import Conflict, InvalidInput, NotFound, NotPermitted
from reception.core.lodging import checklist, programme
from reception.core.lodging.delegations import (
    DelegationForm,
    add_delegation,
    cancel_delegation,
    delegation_detail,
    liaison_phone,
    list_delegations,
    update_delegation,
)
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest, remove_guest, set_head, update_guest
from reception.core.lodging.models import (
    ChecklistItem,
    Delegation,
    Guest,
    Room,
    Stay,
    StayState,
)
from reception.core.people import InvalidIdNumber, id_number_check_char
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database

ARRIVE = date(2026, 12, 1)
DEPART = date(2026, 12, 4)
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
PHONE = "13812345678"


def id_number(first17: str) -> str:
    return first17 + id_number_check_char(first17)


MAN_ID = id_number("11010519800314123")  # 17th digit odd: a man
WOMAN_ID = id_number("11010519850620124")  # even: a woman


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def form(**changes: object) -> DelegationForm:
    values: dict[str, object] = {
        "name": "江东省考察团",
        "unit": "江东省发展改革委",
        "purpose": "考察营商环境",
        "letter_ref": "江发改函〔2026〕12号",
        "liaison_name": "王秘书",
        "liaison_phone": PHONE,
        "arrive": ARRIVE,
        "depart": DEPART,
        "notes": "",
    }
    values.update(changes)
    return DelegationForm(**values)  # type: ignore[arg-type]


def guest(name: str = "张伟", **changes: object) -> GuestForm:
    values: dict[str, object] = {
        "name": name,
        "gender": "male",
        "post": "处长",
        "rank": "正处级",
        "is_head": False,
        "halal": False,
        "vegetarian": False,
        "allergies": "",
        "needs_accessible": False,
        "mobility": "",
        "notes": "",
    }
    values.update(changes)
    return GuestForm(**values)  # type: ignore[arg-type]


def _add(db: Database, clerk: Actor, **changes: object) -> int:
    with db.unit() as s:
        return add_delegation(s, clerk, form(**changes)).id


def _add_guest(db: Database, clerk: Actor, delegation_id: int | None, **changes: object) -> int:
    name = str(changes.pop("name", "张伟"))
    with db.unit() as s:
        return add_guest(s, clerk, delegation_id, guest(name, **changes)).id


def _actions(db: Database, entity: str | None = None) -> list[str]:
    with db.read() as s:
        query = select(AuditEntry.action).order_by(AuditEntry.seq)
        if entity is not None:
            query = query.where(AuditEntry.entity == entity)
        return list(s.scalars(query))


def _stay(db: Database, guest_id: int, state: StayState, arrive: date = ARRIVE) -> int:
    """A room and a stay written directly: the stays service belongs to another module."""
    with db.unit() as s:
        room = s.scalars(select(Room).where(Room.number == "301")).first()
        if room is None:
            room = Room(building="1", floor=3, number="301", room_type="standard", beds=2)
            s.add(room)
            s.flush()
        stay = Stay(
            room_id=room.id,
            guest_id=guest_id,
            bed=1 if state != StayState.CANCELLED else 2,
            arrive=arrive,
            depart=arrive + timedelta(days=2),
            state=state.value,
            created_at=NOW,
        )
        s.add(stay)
        s.flush()
        return stay.id


# -- delegations -------------------------------------------------------------------------------


def test_no_inviting_letter_no_reception(db: Database, clerk: Actor) -> None:
    before = _actions(db)
    with pytest.raises(InvalidInput, match="No inviting letter, no reception"), db.unit() as s:
        add_delegation(s, clerk, form(letter_ref="  "))
    assert _actions(db) == before
    with db.read() as s:
        assert s.scalars(select(Delegation)).all() == []


def test_the_departure_cannot_come_before_the_arrival(db: Database, clerk: Actor) -> None:
    with pytest.raises(InvalidInput, match="cannot be before the arrival"), db.unit() as s:
        add_delegation(s, clerk, form(depart=ARRIVE - timedelta(days=1)))


def test_a_receptionist_may_not_add_a_delegation(db: Database, staff: dict[Role, Actor]) -> None:
    with pytest.raises(NotPermitted), db.unit() as s:
        add_delegation(s, staff[Role.RECEPTIONIST], form())
    with pytest.raises(NotPermitted), db.unit() as s:
        add_delegation(s, staff[Role.DIRECTOR], form())


def test_the_director_reads_but_does_not_write(db: Database, staff: dict[Role, Actor]) -> None:
    delegation_id = _add(db, staff[Role.LODGING_CLERK])
    director = staff[Role.DIRECTOR]
    with db.read() as s:
        assert [d.id for d in list_delegations(s, director, today=TODAY)] == [delegation_id]
    with pytest.raises(NotPermitted), db.unit() as s:
        add_guest(s, director, delegation_id, guest())
    with pytest.raises(NotPermitted), db.unit() as s:
        liaison_phone(s, director, delegation_id)
    with pytest.raises(NotPermitted), db.read() as s:
        list_delegations(s, staff[Role.RECEPTIONIST])


def test_a_new_delegation_gets_the_default_checklist_before_its_arrival(
    db: Database, clerk: Actor
) -> None:
    delegation_id = _add(db, clerk)
    with db.read() as s:
        detail = delegation_detail(s, clerk, delegation_id, now=NOW)
    due = {item.title: item.due_at for item in detail.checklist}
    arrival = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # 14:00 in Beijing
    assert due == {
        "用车接站安排": arrival - timedelta(hours=24),
        "用餐预订": arrival - timedelta(hours=24),
        "房间准备就绪": arrival - timedelta(hours=3),
        "欢迎资料放入房间": arrival - timedelta(hours=2),
    }
    assert detail.delegation.checklist_open == 4
    assert detail.delegation.checklist_overdue == 0
    assert _actions(db, "delegation") == ["delegation.add"]


def test_the_liaison_phone_is_masked_and_its_viewing_audited(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    with db.read() as s:
        view = list_delegations(s, clerk, today=TODAY)[0]
        stored = s.get(Delegation, delegation_id)
        assert stored is not None and stored.liaison_phone_blob is not None
        assert PHONE.encode() not in stored.liaison_phone_blob
    assert view.liaison_phone_masked == "138****5678"
    assert PHONE not in repr(view)
    with db.unit() as s:
        assert liaison_phone(s, clerk, delegation_id) == PHONE
    assert _actions(db, "delegation")[-1] == "delegation.view_phone"


def test_editing_keeps_the_phone_unless_told_and_moves_the_checklist(
    db: Database, clerk: Actor
) -> None:
    delegation_id = _add(db, clerk)
    later = form(liaison_phone="", arrive=ARRIVE + timedelta(days=2), depart=DEPART + timedelta(2))
    with db.unit() as s:
        view = update_delegation(s, clerk, delegation_id, later)
    assert view.liaison_phone_masked == "138****5678"
    with db.read() as s:
        items = checklist.list_items(s, clerk, delegation_id)
    first = datetime(2026, 12, 3, 6, 0, tzinfo=UTC) - timedelta(hours=24)
    assert items[0].due_at == first
    with db.unit() as s:
        view = update_delegation(s, clerk, delegation_id, later, keep_phone=False)
    assert view.liaison_phone_masked == ""
    with db.unit() as s:
        assert liaison_phone(s, clerk, delegation_id) == ""
    assert _actions(db, "delegation") == [
        "delegation.add",
        "delegation.change",
        "delegation.change",
    ]


def test_new_dates_must_keep_the_programme_inside(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    visit = programme.ActivityForm(
        datetime(2026, 12, 3, 1, 0, tzinfo=UTC), None, "会议室", "座谈会", "办公室主任", 0
    )
    with db.unit() as s:
        programme.add_activity(s, clerk, delegation_id, visit)
    with pytest.raises(Conflict, match="座谈会"), db.unit() as s:
        update_delegation(s, clerk, delegation_id, form(depart=date(2026, 12, 2)))


def test_cancelling_is_refused_while_a_guest_is_in_the_house(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    guest_id = _add_guest(db, clerk, delegation_id)
    _stay(db, guest_id, StayState.IN_HOUSE)
    with pytest.raises(Conflict, match="in the house"), db.unit() as s:
        cancel_delegation(s, clerk, delegation_id)
    with db.read() as s:
        stored = s.get(Delegation, delegation_id)
        assert stored is not None and not stored.cancelled


def test_cancelling_cancels_the_booked_stays_with_an_audit_row_each(
    db: Database, clerk: Actor
) -> None:
    delegation_id = _add(db, clerk)
    first = _add_guest(db, clerk, delegation_id)
    second = _add_guest(db, clerk, delegation_id, name="李娜", gender="female")
    stays = [_stay(db, first, StayState.BOOKED)]
    with db.unit() as s:
        room = s.scalars(select(Room)).one()
        extra = Stay(
            room_id=room.id, guest_id=second, bed=2, arrive=ARRIVE, depart=DEPART, created_at=NOW
        )
        s.add(extra)
        s.flush()
        stays.append(extra.id)
    with db.unit() as s:
        view = cancel_delegation(s, clerk, delegation_id, "行程取消")
    assert view.cancelled
    with db.read() as s:
        states = {st.id: st.state for st in s.scalars(select(Stay))}
        reasons = list(
            s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "stay.cancel"))
        )
    assert states == dict.fromkeys(stays, "cancelled")
    assert reasons == ["行程取消", "行程取消"]
    assert _actions(db, "delegation")[-1] == "delegation.cancel"
    with pytest.raises(Conflict, match="cancelled"), db.unit() as s:
        add_guest(s, clerk, delegation_id, guest("赵六"))


def test_the_list_puts_upcoming_first_and_filters(db: Database, clerk: Actor) -> None:
    past = _add(db, clerk, name="去年团", arrive=date(2025, 5, 1), depart=date(2025, 5, 3))
    later = _add(db, clerk, name="明年团", arrive=date(2027, 3, 1), depart=date(2027, 3, 2))
    soon = _add(db, clerk)
    older = _add(db, clerk, name="前年团", arrive=date(2024, 5, 1), depart=date(2024, 5, 3))
    _add_guest(db, clerk, soon, name="欧阳小明", is_head=True)
    _add_guest(db, clerk, soon, name="李娜", gender="female")
    with db.read() as s:
        everything = list_delegations(s, clerk, today=TODAY, now=NOW)
        by_initials = list_delegations(s, clerk, text="oyxm", today=TODAY)
        by_pinyin = list_delegations(s, clerk, text="ouyang", today=TODAY)
        by_letter = list_delegations(s, clerk, text="12号", today=TODAY)
        in_2025 = list_delegations(s, clerk, date(2025, 1, 1), date(2025, 12, 31), today=TODAY)
        nothing = list_delegations(s, clerk, text="100%", today=TODAY)
    assert [d.id for d in everything] == [soon, later, past, older]
    head = everything[0]
    assert (head.guests, head.head_name, head.checklist_open) == (2, "欧阳小明", 4)
    assert [d.id for d in by_initials] == [d.id for d in by_pinyin] == [soon]
    assert [d.id for d in by_letter] == [soon, later, past, older]
    assert [d.id for d in in_2025] == [past]
    assert nothing == []


# -- guests ----------------------------------------------------------------------------------


def _file_bytes(db: Database) -> bytes:
    assert db.path is not None
    files = [db.path, Path(f"{db.path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_an_id_number_is_never_stored_in_plaintext(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    with db.unit() as s:
        view = add_guest(s, clerk, delegation_id, guest(id_number=MAN_ID.lower()))
    assert view.id_number_masked == "*" * 14 + MAN_ID[-4:]
    assert MAN_ID not in repr(view)
    assert not hasattr(view, "id_number")
    with db.read() as s:
        stored = s.get(Guest, view.id)
        assert stored is not None and stored.id_number_blob is not None
        assert MAN_ID.encode() not in stored.id_number_blob
        assert stored.id_number_hash is not None and MAN_ID not in stored.id_number_hash
        cipher = s.info["cipher"]
        assert cipher.reveal(stored.id_number_blob, "guest.id_number") == MAN_ID
        audit = " ".join(f"{row.before} {row.after}" for row in s.scalars(select(AuditEntry)))
    assert MAN_ID not in audit and PHONE not in audit
    if db.is_sqlite:
        content = _file_bytes(db)
        assert MAN_ID.encode() not in content
        assert PHONE.encode() not in content
        assert "张伟".encode() in content  # the search reads the file that was written


def test_a_wrong_id_number_or_gender_is_refused(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    wrong = MAN_ID[:-1] + ("0" if MAN_ID[-1] != "0" else "1")
    with pytest.raises(InvalidIdNumber), db.unit() as s:
        add_guest(s, clerk, delegation_id, guest(id_number=wrong))
    with pytest.raises(InvalidInput, match="gender differs"), db.unit() as s:
        add_guest(s, clerk, delegation_id, guest(gender="female", id_number=MAN_ID))
    with pytest.raises(InvalidInput, match="not a rank"), db.unit() as s:
        add_guest(s, clerk, delegation_id, guest(rank="大官"))
    with db.read() as s:
        assert s.scalars(select(Guest)).all() == []


def test_the_same_id_number_twice_in_a_delegation_is_refused(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    _add_guest(db, clerk, delegation_id, id_number=MAN_ID)
    with pytest.raises(Conflict, match="as 张伟"), db.unit() as s:
        add_guest(s, clerk, delegation_id, guest("张伟伟", id_number=MAN_ID))


def test_one_head_per_delegation(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    first = _add_guest(db, clerk, delegation_id, is_head=True)
    second = _add_guest(db, clerk, delegation_id, name="李娜", gender="female", is_head=True)

    def heads() -> list[int]:
        with db.read() as s:
            return [g.id for g in delegation_detail(s, clerk, delegation_id).guests if g.is_head]

    assert heads() == [second]
    with db.unit() as s:
        set_head(s, clerk, first)
    assert heads() == [first]
    assert _actions(db, "guest").count("guest.head") == 3  # lost, lost, and taken by set_head
    with pytest.raises(IntegrityError), db.unit() as s:
        s.execute(update(Guest).where(Guest.id == second).values(is_head=True))
    with pytest.raises(InvalidInput, match="member of a delegation"), db.unit() as s:
        add_guest(s, clerk, None, guest("单独客人", is_head=True))


def test_guests_list_in_the_one_precedence_order(db: Database, clerk: Actor) -> None:
    """Rank first (DOMAIN.md 4), then the head within a rank, then the name."""
    delegation_id = _add(db, clerk)
    _add_guest(db, clerk, delegation_id, name="司机甲", rank="工作人员")
    _add_guest(db, clerk, delegation_id, name="副厅长", rank="副厅级")
    _add_guest(db, clerk, delegation_id, name="处长乙", rank="正处级")
    _add_guest(db, clerk, delegation_id, name="团长", rank="正处级", is_head=True)
    with db.read() as s:
        names = [g.name for g in delegation_detail(s, clerk, delegation_id).guests]
    assert names == ["副厅长", "团长", "处长乙", "司机甲"]


def test_editing_a_guest_keeps_or_removes_the_id_number(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    guest_id = _add_guest(db, clerk, delegation_id, id_number=MAN_ID)
    with db.unit() as s:
        view = update_guest(s, clerk, guest_id, guest("张伟", halal=True, allergies="花生"))
    assert view.id_number_masked.endswith(MAN_ID[-4:])
    assert view.needs.halal and view.needs.allergies == "花生" and view.needs.any
    with db.unit() as s:
        view = update_guest(s, clerk, guest_id, guest("张伟"), keep_id_number=False)
    assert view.id_number_masked == ""
    with db.read() as s:
        stored = s.get(Guest, guest_id)
        assert stored is not None and stored.id_number_blob is None
    assert _actions(db, "guest") == ["guest.add", "guest.change", "guest.change"]


def test_a_guest_with_a_live_stay_cannot_be_removed(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    guest_id = _add_guest(db, clerk, delegation_id)
    stay_id = _stay(db, guest_id, StayState.BOOKED)
    with pytest.raises(Conflict, match="cancel it before"), db.unit() as s:
        remove_guest(s, clerk, guest_id)
    with db.unit() as s:
        s.execute(update(Stay).where(Stay.id == stay_id).values(state="cancelled"))
    with db.unit() as s:
        remove_guest(s, clerk, guest_id)
    with db.read() as s:
        assert s.get(Guest, guest_id) is None
        assert s.scalars(select(Stay)).all() == []
    assert _actions(db, "guest")[-1] == "guest.remove"
    with pytest.raises(NotFound), db.unit() as s:
        remove_guest(s, clerk, guest_id)


# -- checklist and programme -------------------------------------------------------------------


def test_ticking_records_who_and_when_and_overdue_lists_open_tasks(
    db: Database, clerk: Actor
) -> None:
    delegation_id = _add(db, clerk)
    other = _add(db, clerk, name="取消团")
    with db.unit() as s:
        cancel_delegation(s, clerk, other)
    late = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # after the 24-hour tasks were due
    with db.read() as s:
        items = checklist.list_items(s, clerk, delegation_id)
        overdue = checklist.overdue_items(s, clerk, late)
    assert [i.title for i in overdue] == ["用车接站安排", "用餐预订"]
    assert all(i.delegation_id == delegation_id for i in overdue)
    assert items[0].overdue(late) and not items[0].overdue(NOW)
    with db.unit() as s:
        done = checklist.tick(s, clerk, items[0].id, True, now=NOW)
    assert (done.done_at, done.done_by) == (NOW, clerk.login)
    assert not done.overdue(late)
    with db.read() as s:
        assert [i.title for i in checklist.overdue_items(s, clerk, late)] == ["用餐预订"]
        view = list_delegations(s, clerk, text="江东", today=TODAY, now=late)[0]
    assert (view.checklist_overdue, view.checklist_open) == (1, 3)
    with db.unit() as s:
        reopened = checklist.tick(s, clerk, items[0].id, False)
    assert reopened.done_at is None and reopened.done_by is None
    assert _actions(db, "checklist") == ["checklist.done", "checklist.reopen"]
    gone = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # the day after the departure (12-04)
    with db.read() as s:
        assert checklist.overdue_items(s, clerk, gone) == []  # left undone, no longer overdue


def test_checklist_tasks_are_added_and_removed(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    due = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    with db.unit() as s:
        item = checklist.add_item(s, clerk, delegation_id, "  打印桌签 ", due)
    assert item.title == "打印桌签" and item.position == 4
    with pytest.raises(InvalidInput), db.unit() as s:
        checklist.add_item(s, clerk, delegation_id, "", due)
    with pytest.raises(NotPermitted), db.unit() as s:
        checklist.add_item(s, Actor(None, "x", Role.RECEPTIONIST), delegation_id, "x", due)
    with db.unit() as s:
        checklist.remove_item(s, clerk, item.id)
    with db.read() as s:
        assert s.get(ChecklistItem, item.id) is None
    assert _actions(db, "checklist") == ["checklist.add", "checklist.remove"]


def test_the_programme_stays_within_the_visit(db: Database, clerk: Actor) -> None:
    delegation_id = _add(db, clerk)
    talk = programme.ActivityForm(
        datetime(2026, 12, 2, 6, 0, tzinfo=UTC),
        datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
        "第一会议室",
        "座谈会",
        "李主任",
        1200,
    )
    dinner = programme.ActivityForm(
        datetime(2026, 12, 1, 11, 0, tzinfo=UTC), None, "餐厅", "工作餐", "", 600
    )
    with db.unit() as s:
        first = programme.add_activity(s, clerk, delegation_id, talk)
        programme.add_activity(s, clerk, delegation_id, dinner)
    with pytest.raises(InvalidInput, match="within the delegation's visit"), db.unit() as s:
        programme.add_activity(
            s,
            clerk,
            delegation_id,
            programme.ActivityForm(datetime(2026, 12, 5, 2, 0, tzinfo=UTC), None, "", "参观"),
        )
    with pytest.raises(InvalidInput, match="end after it starts"), db.unit() as s:
        programme.add_activity(
            s, clerk, delegation_id, programme.ActivityForm(talk.ends_at, talk.starts_at, "", "x")
        )
    with db.unit() as s:
        programme.update_activity(
            s, clerk, first.id, programme.ActivityForm(talk.starts_at, None, "", "座谈会", "", 800)
        )
    with db.read() as s:
        lines = programme.list_activities(s, clerk, delegation_id)
    assert [(a.title, a.cost_yuan) for a in lines] == [("工作餐", 600), ("座谈会", 800)]
    with db.unit() as s:
        programme.remove_activity(s, clerk, first.id)
    assert _actions(db, "activity") == [
        "activity.add",
        "activity.add",
        "activity.change",
        "activity.remove",
    ]

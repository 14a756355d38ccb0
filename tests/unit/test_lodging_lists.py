"""What the guesthouse prints, read from the services' own data: the room card (with its
audited liaison phone), the day's arrivals and departures, and the reception list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from reception.core.errors import Conflict, NotFound, NotPermitted
from reception.core.lodging import lists, stays
from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest
from reception.core.lodging.lists import (
    NEED_ALLERGIES,
    NEED_HALAL,
    PRINT_LIAISON_PHONE,
    arrivals_and_departures,
    reception_list,
    room_card,
)
from reception.core.lodging.programme import ActivityForm, add_activity
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.lodging.standards import load_lodging_settings, update_lodging_settings
from reception.core.lodging.stays import Booking
from reception.core.lodging.views import rank_level
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database

D1 = date(2026, 12, 1)
ZONE = ZoneInfo("Asia/Shanghai")
ID_NUMBER = "110105194912310011"  # a man born 1949-12-31
PHONE = "13812345678"


def day(n: int) -> date:
    return D1 + timedelta(days=n - 1)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _room(
    db: Database, clerk: Actor, number: str, kind: str = "standard", beds: int = 1, rate: int = 0
) -> int:
    with db.unit() as s:
        return add_room(s, clerk, RoomForm(number, kind, beds, rate_yuan=rate)).id


def _delegation(
    db: Database, clerk: Actor, phone: str = PHONE, name: str = "省发改委考察组"
) -> int:
    form = DelegationForm(
        name=name,
        unit="某省发展和改革委员会",
        purpose="项目考察",
        letter_ref="发改函〔2026〕12号",
        liaison_name="李长江",
        liaison_phone=phone,
        arrive=day(1),
        depart=day(5),
    )
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def _guest(
    db: Database,
    clerk: Actor,
    team: int | None,
    name: str,
    rank: str = "county_chief",
    **fields: object,
) -> int:
    form = GuestForm(name=name, gender=str(fields.pop("gender", "male")), post="", rank=rank)
    form = replace(form, **fields)  # type: ignore[arg-type]
    with db.unit() as s:
        return add_guest(s, clerk, team, form, today=D1).id


def _book(db: Database, clerk: Actor, room_id: int, guest_id: int, a: int, d: int) -> int:
    with db.unit() as s:
        return stays.book(s, clerk, Booking(room_id, guest_id, day(a), day(d), "测试")).id


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        s.expunge_all()
        return list(rows)


# -- the room card -----------------------------------------------------------------------------


def test_the_room_card_has_everything_the_guest_needs_and_audits_the_phone(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    with db.unit() as s:
        update_settings(s, admin, office_name="某市人民政府接待办")
        settings = replace(load_lodging_settings(s), breakfast="06:30–08:30", checkout_time="13:00")
        update_lodging_settings(s, admin, settings)
    team = _delegation(db, clerk)
    person = _guest(
        db,
        clerk,
        team,
        "欧阳晓明",
        halal=True,
        allergies="花生",
        needs_accessible=True,
        mobility="轮椅",
        id_number=ID_NUMBER,
        post="副主任",
    )
    stay_id = _book(db, clerk, _room(db, clerk, "1208"), person, 1, 4)

    with db.unit() as s:
        card = room_card(s, clerk, stay_id)
    assert card.office_name == "某市人民政府接待办"
    assert (card.guest_name, card.room_number, card.building, card.floor) == (
        "欧阳晓明",
        "1208",
        "1",
        12,
    )
    assert (card.arrive, card.depart, card.nights) == (day(1), day(4), 3)
    assert (card.breakfast, card.checkout_time) == ("06:30–08:30", "13:00")
    assert (card.delegation_name, card.liaison_name, card.liaison_phone) == (
        "省发改委考察组",
        "李长江",
        PHONE,
    )
    assert [need.source for need in card.need_lines][:2] == [NEED_HALAL, NEED_ALLERGIES]
    assert card.need_lines[1].text() == "Allergies: 花生"
    assert card.needs.needs_accessible and card.needs.mobility == "轮椅"
    assert ID_NUMBER not in repr(card) and ID_NUMBER[-4:] not in repr(card)

    viewed = _audit(db, PRINT_LIAISON_PHONE)
    assert [(row.entity, row.entity_id, row.operator_login) for row in viewed] == [
        ("delegation", str(team), clerk.login)
    ]
    assert PHONE not in (viewed[0].after or "")


def test_no_phone_no_viewing_recorded(db: Database, clerk: Actor) -> None:
    alone = _guest(db, clerk, None, "王芳", gender="female")
    quiet = _guest(db, clerk, _delegation(db, clerk, phone=""), "张伟")
    first = _book(db, clerk, _room(db, clerk, "301"), alone, 1, 2)
    second = _book(db, clerk, _room(db, clerk, "302"), quiet, 1, 2)
    with db.unit() as s:
        lone = room_card(s, clerk, first)
        member = room_card(s, clerk, second)
    assert (lone.delegation_name, lone.liaison_name, lone.liaison_phone) == ("", "", "")
    assert (member.liaison_name, member.liaison_phone) == ("李长江", "")
    assert lone.need_lines == []
    assert _audit(db, PRINT_LIAISON_PHONE) == []


def test_no_card_for_a_cancelled_or_unknown_stay(db: Database, clerk: Actor) -> None:
    stay_id = _book(db, clerk, _room(db, clerk, "301"), _guest(db, clerk, None, "王芳"), 1, 2)
    with db.unit() as s:
        stays.cancel_stay(s, clerk, stay_id)
    with db.unit() as s, pytest.raises(Conflict):
        room_card(s, clerk, stay_id)
    with db.unit() as s, pytest.raises(NotFound):
        room_card(s, clerk, stay_id + 100)


def test_only_lodging_clerks_and_the_director_may_print(
    db: Database, clerk: Actor, staff: dict[Role, Actor]
) -> None:
    team = _delegation(db, clerk)
    stay_id = _book(db, clerk, _room(db, clerk, "301"), _guest(db, clerk, team, "张伟"), 1, 2)
    receptionist = staff[Role.RECEPTIONIST]
    for read in (
        lambda s, who: room_card(s, who, stay_id),
        lambda s, who: arrivals_and_departures(s, who, D1),
        lambda s, who: reception_list(s, who, team),
    ):
        with db.unit() as s, pytest.raises(NotPermitted):
            read(s, receptionist)
        with db.unit() as s:
            assert read(s, staff[Role.DIRECTOR]) is not None


# -- arrivals and departures ---------------------------------------------------------------


def test_the_day_lists_are_in_precedence_order_with_needs(db: Database, clerk: Actor) -> None:
    team = _delegation(db, clerk)
    rooms = [_room(db, clerk, str(n)) for n in range(301, 309)]
    zhou = _guest(db, clerk, team, "周强", rank="staff")
    an = _guest(db, clerk, team, "安强", rank="staff", vegetarian=True)
    head = _guest(db, clerk, team, "赵刚", rank="bureau_chief", is_head=True)
    deputy = _guest(db, clerk, team, "白雪", rank="bureau_chief", gender="female")
    leaving = _guest(db, clerk, None, "陈明", rank="provincial_deputy")
    cancelled = _guest(db, clerk, team, "钱多", rank="national_chief")
    _book(db, clerk, rooms[0], zhou, 3, 5)
    _book(db, clerk, rooms[1], an, 3, 5)
    _book(db, clerk, rooms[2], head, 3, 6)
    _book(db, clerk, rooms[3], deputy, 3, 6)
    _book(db, clerk, rooms[4], leaving, 1, 3)
    with db.unit() as s:
        stays.cancel_stay(s, clerk, _book(db, clerk, rooms[5], cancelled, 3, 4))

    with db.read() as s:
        lists_on = arrivals_and_departures(s, clerk, day(3))
    assert lists_on.day == day(3)
    # Rank first; within a rank the head, then by pinyin (an before zhou).
    assert [line.guest_name for line in lists_on.arrivals] == ["赵刚", "白雪", "安强", "周强"]
    assert [line.room_number for line in lists_on.arrivals] == ["303", "304", "302", "301"]
    assert lists_on.arrivals[0].rank == "bureau_chief"
    assert lists_on.arrivals[0].delegation_name == "省发改委考察组"
    assert lists_on.arrivals[2].needs.vegetarian
    assert [line.guest_name for line in lists_on.departures] == ["陈明"]
    assert lists_on.departures[0].delegation_name == ""
    assert lists_on.departures[0].nights == 2


def test_a_guest_moving_rooms_neither_arrives_nor_departs(db: Database, clerk: Actor) -> None:
    first, second = _room(db, clerk, "301"), _room(db, clerk, "302")
    person = _guest(db, clerk, None, "张伟")
    stay_id = _book(db, clerk, first, person, 1, 5)
    with db.unit() as s:
        stays.check_in(s, clerk, stay_id, today=day(1))
    with db.unit() as s:
        stays.move(s, clerk, stay_id, second, on=day(3))
    with db.read() as s:
        moving_day = arrivals_and_departures(s, clerk, day(3))
        last_day = arrivals_and_departures(s, clerk, day(5))
        first_day = arrivals_and_departures(s, clerk, day(1))
    assert (moving_day.arrivals, moving_day.departures) == ([], [])
    assert [(line.room_number, line.state) for line in last_day.departures] == [("302", "in_house")]
    assert [line.room_number for line in first_day.arrivals] == ["301"]


# -- the reception list ----------------------------------------------------------------------


def test_the_reception_list_sums_programme_and_room_nights(db: Database, clerk: Actor) -> None:
    team = _delegation(db, clerk)
    _delegation(db, clerk, name="另一团组")
    twin = _room(db, clerk, "301", "standard", beds=2, rate=280)
    suite = _room(db, clerk, "801", "ordinary_suite", rate=680)
    spare = _room(db, clerk, "302", "standard", rate=300)
    head = _guest(
        db, clerk, team, "赵刚", rank="provincial_deputy", is_head=True, post="副主任",
        id_number=ID_NUMBER,
    )  # fmt: skip
    one = _guest(db, clerk, team, "周强", rank="county_chief", post="处长")
    two = _guest(db, clerk, team, "安强", rank="county_chief", post="处长")
    late = _guest(db, clerk, team, "孙立", rank="staff", post="科员")
    _book(db, clerk, suite, head, 1, 5)  # 4 nights at 680
    _book(db, clerk, twin, one, 1, 3)  # the twin room: 2 room-nights at 280, shared
    _book(db, clerk, twin, two, 1, 3)
    with db.unit() as s:
        stays.cancel_stay(s, clerk, _book(db, clerk, spare, late, 1, 5))
    with db.unit() as s:
        for hour, title, place, cost in (
            (14, "工作午餐", "机关食堂", 480),
            (9, "座谈交流", "第三会议室", 0),
        ):
            start = datetime(2026, 12, 2, hour, tzinfo=ZONE)
            form = ActivityForm(start, start + timedelta(hours=2), place, title, "张主任", cost)
            add_activity(s, clerk, team, form)

    with db.read() as s:
        record = reception_list(s, clerk, team)
    assert (record.name, record.unit, record.letter_ref) == (
        "省发改委考察组",
        "某省发展和改革委员会",
        "发改函〔2026〕12号",
    )
    assert (record.arrive, record.depart, record.purpose) == (day(1), day(5), "项目考察")
    assert [(g.name, g.post, g.is_head) for g in record.guests] == [
        ("赵刚", "副主任", True),
        ("安强", "处长", False),
        ("周强", "处长", False),
        ("孙立", "科员", False),
    ]
    assert [g.rooms for g in record.guests] == [("801",), ("301",), ("301",), ()]
    assert [(a.title, a.place, a.accompanied_by, a.cost_yuan) for a in record.activities] == [
        ("座谈交流", "第三会议室", "张主任", 0),
        ("工作午餐", "机关食堂", "张主任", 480),
    ]
    assert record.activities[0].starts_at.hour == 9  # in the office's time zone
    assert [(x.room_type, x.rate_yuan, x.rooms, x.room_nights) for x in record.lodging] == [
        ("standard", 280, 1, 2),
        ("ordinary_suite", 680, 1, 4),
    ]
    assert (record.lodging_total, record.activities_total) == (2 * 280 + 4 * 680, 480)
    assert record.total == 2 * 280 + 4 * 680 + 480
    assert ID_NUMBER not in repr(record) and ID_NUMBER[-4:] not in repr(record)


def test_a_reception_list_without_stays_or_programme(db: Database, clerk: Actor) -> None:
    team = _delegation(db, clerk)
    with db.read() as s:
        record = reception_list(s, clerk, team)
    assert (record.guests, record.activities, record.lodging, record.total) == ([], [], [], 0)
    with db.read() as s, pytest.raises(NotFound):
        reception_list(s, clerk, team + 100)


def test_rank_labels_and_precedence_survive_an_unknown_rank() -> None:
    assert lists.rank_label("bureau_chief") == "Bureau level, chief"
    assert lists.rank_label("bureau_chief").context == "Ranks"
    assert lists.rank_label("nonsense") == "nonsense"
    assert rank_level("nonsense") > rank_level("other")

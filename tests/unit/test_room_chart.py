"""The room chart: rooms by days, stays as bars clipped to the window, statuses, filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotPermitted
from reception.core.lodging.chart import PALETTE_SIZE, RoomChart, delegation_colour, room_chart
from reception.core.lodging.models import Delegation, Guest, RoomStatus, Stay, StayState
from reception.core.lodging.rooms import (
    RoomFilter,
    RoomForm,
    add_room,
    set_housekeeping,
    set_out_of_order,
)
from reception.core.security.roles import Actor, Role
from reception.db.base import utcnow
from reception.db.database import Database

START = date(2026, 5, 1)
TODAY = date(2026, 5, 10)


def _delegation(s: Session, name: str) -> int:
    delegation = Delegation(
        name=name,
        unit=name,
        letter_ref="函〔2026〕1号",
        arrive=START,
        depart=START + timedelta(days=30),
        created_at=utcnow(),
    )
    s.add(delegation)
    s.flush()
    return delegation.id


def _guest(s: Session, name: str, delegation_id: int | None, **needs: object) -> int:
    guest = Guest(
        delegation_id=delegation_id,
        name=name,
        name_pinyin=name,
        name_initials=name,
        gender="male",
        rank="staff",
        **needs,
    )
    s.add(guest)
    s.flush()
    return guest.id


def _stay(
    s: Session,
    room_id: int,
    guest_id: int,
    arrive: date,
    depart: date,
    state: StayState = StayState.BOOKED,
    bed: int = 1,
) -> int:
    stay = Stay(
        room_id=room_id,
        guest_id=guest_id,
        bed=bed,
        arrive=arrive,
        depart=depart,
        state=state.value,
        created_at=utcnow(),
    )
    s.add(stay)
    s.flush()
    return stay.id


class House:
    """Four rooms in two buildings; stays of two delegations and a lone guest."""

    def __init__(self, db: Database, clerk: Actor) -> None:
        with db.unit() as s:
            self.r301 = add_room(s, clerk, RoomForm("301", "standard", 2)).id
            self.r302 = add_room(s, clerk, RoomForm("302", "single", 1)).id
            self.r401 = add_room(s, clerk, RoomForm("401", "ordinary_suite", 1)).id
            self.b101 = add_room(s, clerk, RoomForm("101", "standard", 1, building="2")).id
            red = _delegation(s, "省农业厅考察组")
            blue = _delegation(s, "市教育局调研组")
            self.red, self.blue = red, blue
            zhang = _guest(s, "张三", red, halal=True)
            li = _guest(s, "李四", red)
            wang = _guest(s, "王五", blue)
            zhao = _guest(s, "赵六", None)
            qian = _guest(s, "钱七", blue)
            # Begins before the window and ends inside it; in house today.
            self.zhang = _stay(s, self.r301, zhang, date(2026, 4, 25), date(2026, 5, 12))
            s.get(Stay, self.zhang).state = StayState.IN_HOUSE.value  # type: ignore[union-attr]
            # The other bed of 301, well inside.
            self.li = _stay(s, self.r301, li, date(2026, 5, 3), date(2026, 5, 6), bed=2)
            # Ends after the window.
            self.wang = _stay(s, self.r302, wang, date(2026, 5, 28), date(2026, 6, 10))
            # Cancelled: not drawn, holds nothing.
            self.cancelled = _stay(
                s, self.r401, qian, date(2026, 5, 5), date(2026, 5, 8), StayState.CANCELLED
            )
            # Outside the window entirely: before and after.
            self.before = _stay(s, self.r401, zhao, date(2026, 3, 1), date(2026, 4, 1))
            self.after = _stay(s, self.r401, zhao, date(2026, 6, 1), date(2026, 6, 3))
            # Departed inside the window: still drawn (the night was used).
            self.zhao = _stay(
                s, self.b101, zhao, date(2026, 5, 2), date(2026, 5, 4), StayState.DEPARTED
            )
            set_housekeeping(s, clerk, self.b101, clean=False)
            set_out_of_order(s, clerk, self.r401, "空调维修", date(2026, 5, 9), date(2026, 5, 15))


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def house(db: Database, clerk: Actor) -> House:
    return House(db, clerk)


def _chart(db: Database, actor: Actor, room_filter: RoomFilter | None = None) -> RoomChart:
    with db.read() as s:
        return room_chart(s, actor, START, 31, room_filter, today=TODAY)


def test_rooms_in_building_floor_number_order_with_todays_status(
    db: Database, clerk: Actor, house: House
) -> None:
    chart = _chart(db, clerk)
    assert [(r.room.building, r.room.number) for r in chart.rooms] == [
        ("1", "301"),
        ("1", "302"),
        ("1", "401"),
        ("2", "101"),
    ]
    status = {r.room.number: r.status for r in chart.rooms}
    assert status == {
        "301": RoomStatus.OCCUPIED,
        "302": RoomStatus.VACANT_CLEAN,
        "401": RoomStatus.OUT_OF_ORDER,
        "101": RoomStatus.VACANT_DIRTY,
    }


def test_bars_are_clipped_to_the_window_and_cancelled_stays_absent(
    db: Database, clerk: Actor, house: House
) -> None:
    chart = _chart(db, clerk)
    bars = {bar.stay_id: bar for bar in chart.bars}
    assert set(bars) == {house.zhang, house.li, house.wang, house.zhao}
    zhang = bars[house.zhang]
    assert (zhang.first_day, zhang.last_night) == (START, date(2026, 5, 11))
    assert zhang.starts_before and not zhang.ends_after
    assert (zhang.arrive, zhang.depart) == (date(2026, 4, 25), date(2026, 5, 12))
    wang = bars[house.wang]
    assert (wang.first_day, wang.last_night) == (date(2026, 5, 28), date(2026, 5, 31))
    assert wang.ends_after and not wang.starts_before
    li = bars[house.li]
    assert (li.first_day, li.last_night, li.bed) == (date(2026, 5, 3), date(2026, 5, 5), 2)
    assert bars[house.zhao].state == StayState.DEPARTED


def test_bars_carry_guest_delegation_state_needs_and_a_stable_colour(
    db: Database, clerk: Actor, house: House
) -> None:
    chart = _chart(db, clerk)
    zhang = chart.bar(house.zhang)
    li = chart.bar(house.li)
    zhao = chart.bar(house.zhao)
    assert zhang is not None and li is not None and zhao is not None
    assert (zhang.guest_name, zhang.delegation_name) == ("张三", "省农业厅考察组")
    assert zhang.delegation_id == house.red and zhang.state == StayState.IN_HOUSE
    assert zhang.needs and not li.needs
    assert zhang.colour == li.colour == delegation_colour(house.red)
    assert delegation_colour(house.red) != delegation_colour(house.blue)
    assert 0 <= zhang.colour < PALETTE_SIZE
    assert (zhao.delegation_id, zhao.delegation_name, zhao.colour) == (None, "", -1)


def test_the_chart_finds_the_stay_on_a_night(db: Database, clerk: Actor, house: House) -> None:
    chart = _chart(db, clerk)
    on_4th = chart.stay_at(house.r301, date(2026, 5, 4), bed=2)
    assert on_4th is not None and on_4th.stay_id == house.li
    assert chart.stay_at(house.r301, date(2026, 5, 6), bed=2) is None  # departure day is free
    assert chart.stay_at(house.r401, date(2026, 5, 6)) is None  # the cancelled stay
    assert chart.room_row(house.b101) == 3
    assert chart.column(date(2026, 5, 31)) == 30 and chart.end == date(2026, 6, 1)


def test_a_window_in_another_month_draws_only_its_stays(
    db: Database, clerk: Actor, house: House
) -> None:
    with db.read() as s:
        chart = room_chart(s, clerk, date(2026, 6, 1), 30, today=TODAY)
    assert {bar.stay_id for bar in chart.bars} == {house.wang, house.after}
    wang = chart.bar(house.wang)
    assert wang is not None and wang.first_day == date(2026, 6, 1) and wang.starts_before


@pytest.mark.parametrize(
    ("room_filter", "numbers"),
    [
        (RoomFilter(building="2"), ["101"]),
        (RoomFilter(floor=3), ["301", "302"]),
        (RoomFilter(room_type="standard"), ["301", "101"]),
        (RoomFilter(building="1", room_type="single"), ["302"]),
    ],
)
def test_building_floor_and_type_filters(
    db: Database, clerk: Actor, house: House, room_filter: RoomFilter, numbers: list[str]
) -> None:
    chart = _chart(db, clerk, room_filter)
    assert [r.room.number for r in chart.rooms] == numbers
    assert {bar.room_id for bar in chart.bars} <= {r.room.id for r in chart.rooms}


def test_free_between_keeps_rooms_with_a_bed_free_every_night(
    db: Database, clerk: Actor, house: House
) -> None:
    # 3-6 May: 301 has both beds taken (张三 and 李四), 401's stay is cancelled, 101 is
    # taken on the 3rd by 赵六; 302 is free.
    chart = _chart(db, clerk, RoomFilter(free_from=date(2026, 5, 3), free_to=date(2026, 5, 6)))
    assert [r.room.number for r in chart.rooms] == ["302", "401"]
    # 6-8 May: 李四 left, so 301 has a bed again; 101 too.
    chart = _chart(db, clerk, RoomFilter(free_from=date(2026, 5, 6), free_to=date(2026, 5, 8)))
    assert [r.room.number for r in chart.rooms] == ["301", "302", "401", "101"]
    # 10-12 May: 401 is under repair.
    chart = _chart(db, clerk, RoomFilter(free_from=date(2026, 5, 10), free_to=date(2026, 5, 12)))
    assert [r.room.number for r in chart.rooms] == ["301", "302", "101"]
    # One night when only the first is given: 29 May, 302 is taken by 王五.
    chart = _chart(db, clerk, RoomFilter(free_from=date(2026, 5, 29)))
    assert "302" not in [r.room.number for r in chart.rooms]
    # The departure day is free: 302 from 10 June.
    chart = _chart(db, clerk, RoomFilter(free_from=date(2026, 6, 10), free_to=date(2026, 6, 11)))
    assert "302" in [r.room.number for r in chart.rooms]


def test_bad_windows_and_filters_are_refused(db: Database, clerk: Actor, house: House) -> None:
    with db.read() as s:
        with pytest.raises(InvalidInput):
            room_chart(s, clerk, START, 0)
        with pytest.raises(InvalidInput):
            room_chart(s, clerk, START, 31, RoomFilter(free_to=date(2026, 5, 3)))
        with pytest.raises(InvalidInput):
            room_chart(
                s,
                clerk,
                START,
                31,
                RoomFilter(free_from=date(2026, 5, 3), free_to=date(2026, 5, 3)),
            )


def test_the_director_may_read_a_receptionist_may_not(
    db: Database, staff: dict[Role, Actor], house: House
) -> None:
    assert len(_chart(db, staff[Role.DIRECTOR]).rooms) == 4
    with pytest.raises(NotPermitted):
        _chart(db, staff[Role.RECEPTIONIST])


def test_an_empty_guesthouse_has_an_empty_chart(db: Database, clerk: Actor) -> None:
    with db.read() as s:
        chart = room_chart(s, clerk, START, 31)
    assert chart.rooms == () and chart.bars == ()
    assert chart.days == 31


def test_statuses_are_for_today_also_when_another_month_is_shown(
    db: Database, clerk: Actor, house: House
) -> None:
    with db.read() as s:
        june = room_chart(s, clerk, date(2026, 6, 1), 30, today=TODAY)
        april = room_chart(s, clerk, date(2026, 4, 1), 30, today=TODAY)
    for chart in (june, april):
        status = {r.room.number: r.status for r in chart.rooms}
        assert status["301"] == RoomStatus.OCCUPIED
        assert status["302"] == RoomStatus.VACANT_CLEAN


def test_a_guest_leaving_on_the_first_day_shown_still_occupies_the_room(
    db: Database, clerk: Actor, house: House
) -> None:
    leaving = date(2026, 5, 12)  # 张三's departure
    with db.read() as s:
        chart = room_chart(s, clerk, leaving, 7, today=leaving)
    assert chart.bar(house.zhang) is None  # no night of the window is his
    assert chart.rooms[0].status == RoomStatus.OCCUPIED

"""The rooms page as the lodging clerk uses it: today's statuses, housekeeping, repairs,
adding and editing rooms, filters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from reception.core.lodging.models import Delegation, Guest, Room, RoomStatus, Stay, StayState
from reception.core.lodging.rooms import RoomForm, add_room, office_today, set_housekeeping
from reception.core.security.roles import Actor, Role
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.lodging.delegation_dialog import qdate
from reception.ui.lodging.out_of_order_dialog import OutOfOrderDialog
from reception.ui.lodging.room_dialog import RoomDialog
from reception.ui.lodging.rooms_page import RoomsPage
from reception.ui.models.room_model import RoomModel
from tests.ui.support import PASSWORD, desk_session


@dataclass
class Rooms:
    today: date
    r301: int  # a guest in house
    r302: int  # to be cleaned
    r303: int  # clean, a guest booked from tomorrow
    r401: int  # clean, free


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def rooms(db: Database, clerk: Actor) -> Rooms:
    with db.unit() as s:
        today = office_today(s)
        ids = [
            add_room(s, clerk, RoomForm("301", "standard", 2, rate_yuan=380)).id,
            add_room(s, clerk, RoomForm("302", "single", 1, accessible=True)).id,
            add_room(s, clerk, RoomForm("303", "single", 1)).id,
            add_room(s, clerk, RoomForm("401", "ordinary_suite", 1, building="2")).id,
        ]
        set_housekeeping(s, clerk, ids[1], clean=False)
        delegation = Delegation(
            name="市教育局调研组",
            unit="市教育局",
            letter_ref="教函〔2026〕3号",
            arrive=today,
            depart=today + timedelta(days=3),
            created_at=utcnow(),
        )
        s.add(delegation)
        s.flush()
        for number, (room_id, state, arrive) in enumerate(
            [
                (ids[0], StayState.IN_HOUSE, today - timedelta(days=1)),
                (ids[2], StayState.BOOKED, today + timedelta(days=1)),
            ]
        ):
            guest = Guest(
                delegation_id=delegation.id,
                name=f"客人{number}",
                name_pinyin="keren",
                name_initials="kr",
                gender="female",
                rank="staff",
            )
            s.add(guest)
            s.flush()
            s.add(
                Stay(
                    room_id=room_id,
                    guest_id=guest.id,
                    arrive=arrive,
                    depart=today + timedelta(days=3),
                    state=state.value,
                    created_at=utcnow(),
                )
            )
    return Rooms(today, *ids)


@pytest.fixture
def page(qtbot: QtBot, db: Database, rooms: Rooms) -> Iterator[RoomsPage]:
    page = RoomsPage(desk_session(db, "lodging_clerk", PASSWORD))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    yield page


def _row(page: RoomsPage, number: str) -> dict[str, str]:
    model = page.model
    row = model.numbers().index(number)
    return {model.TITLES[c]: model.data(model.index(row, c)) for c in range(model.columnCount())}


def _shown(page: RoomsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(r, RoomModel.NUMBER)) for r in range(proxy.rowCount())]


def _room(db: Database, room_id: int) -> Room:
    with db.read() as s:
        found = s.get(Room, room_id)
        assert found is not None
        s.expunge(found)
        return found


def test_every_room_with_its_status_today(page: RoomsPage, rooms: Rooms) -> None:
    assert _shown(page) == ["301", "302", "303", "401"]
    assert _row(page, "301")["Status today"] == "Occupied"
    assert _row(page, "302")["Status today"] == "Vacant, to be cleaned"
    assert _row(page, "303")["Status today"] == "Vacant, clean"
    assert _row(page, "301")["Rate (yuan)"] == "380"
    assert _row(page, "302")["Features"] == "Accessible"
    assert _row(page, "401")["Type"] == "Ordinary suite"
    assert _row(page, "401")["Building"] == "Building 2"
    assert "4 rooms" in page.summary.text() and "1 to be cleaned" in page.summary.text()


def test_the_first_room_is_chosen_so_the_keys_act_at_once(
    qtbot: QtBot, db: Database, page: RoomsPage, rooms: Rooms
) -> None:
    chosen = page.selected()
    assert chosen is not None and chosen.room.number == "301"
    assert page.dirty_action.isEnabled() and page.out_action.isEnabled()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _room(db, rooms.r301).housekeeping == "dirty"


def test_buildings_are_named_as_on_the_chart(page: RoomsPage) -> None:
    combo = page.building_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any building",
        "Building 1",
        "Building 2",
    ]
    assert _row(page, "301")["Building"] == "Building 1"


def test_ctrl_k_marks_the_room_clean(
    qtbot: QtBot, db: Database, page: RoomsPage, rooms: Rooms
) -> None:
    assert page.select_room(rooms.r302)
    assert page.clean_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert _room(db, rooms.r302).housekeeping == "clean"
    assert _row(page, "302")["Status today"] == "Vacant, clean"
    assert page.status_text() == "Room 302 is clean."
    assert page.selected() is not None and page.selected().room.id == rooms.r302  # type: ignore[union-attr]
    assert not page.clean_action.isEnabled()


def test_out_of_order_with_reason_and_dates_then_back_in_service(
    qtbot: QtBot, db: Database, page: RoomsPage, rooms: Rooms
) -> None:
    assert page.select_room(rooms.r401)
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.dialog
    assert isinstance(dialog, OutOfOrderDialog)
    dialog.reason.setText("空调维修")
    dialog.end.setDate(qdate(rooms.today + timedelta(days=5)))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    room = _room(db, rooms.r401)
    assert room.out_of_order_reason == "空调维修"
    assert (room.out_of_order_from, room.out_of_order_to) == (
        rooms.today,
        rooms.today + timedelta(days=5),
    )
    row = _row(page, "401")
    assert row["Status today"] == "Out of order"
    assert row["Out of order"].startswith("空调维修 (")
    assert page.back_action.isEnabled()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _room(db, rooms.r401).out_of_order_reason is None
    assert _row(page, "401")["Status today"] == "Vacant, clean"
    assert page.status_text() == "Room 401 is back in service."


def test_out_of_order_over_a_booking_is_refused_in_the_dialog(
    db: Database, page: RoomsPage, rooms: Rooms
) -> None:
    assert page.select_room(rooms.r303)
    page.out_of_order()
    dialog = page.dialog
    assert isinstance(dialog, OutOfOrderDialog)
    dialog.reason.setText("刷墙")
    dialog.open_ended.setChecked(True)
    dialog.save()
    assert dialog.isVisible()
    assert "move the stay first" in dialog.error_label.text()
    assert _room(db, rooms.r303).out_of_order_reason is None


def test_adding_and_editing_a_room(
    qtbot: QtBot, db: Database, page: RoomsPage, rooms: Rooms
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, RoomDialog)
    dialog.number.setText("305")
    dialog.room_type.setCurrentIndex(dialog.room_type.findData("standard"))
    dialog.beds.setValue(2)
    dialog.quiet_side.setChecked(True)
    dialog.rate.setValue(300)
    dialog.save()
    assert "305" in _shown(page)
    row = _row(page, "305")
    assert (row["Floor"], row["Features"], row["Rate (yuan)"]) == ("3", "Quiet side", "300")
    assert page.status_text() == "Room 305 added."
    assert page.selected() is not None and page.selected().room.number == "305"  # type: ignore[union-attr]
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    edit = page.dialog
    assert isinstance(edit, RoomDialog) and edit.number.text() == "305"
    edit.number.setText("301")  # taken
    edit.save()
    assert edit.isVisible() and "already has a room 301" in edit.error_label.text()
    edit.number.setText("306")
    edit.save()
    assert "306" in _shown(page) and "305" not in _shown(page)


def test_filters_by_building_type_and_status(page: RoomsPage, rooms: Rooms) -> None:
    page.building_filter.setCurrentIndex(page.building_filter.findData("2"))
    assert _shown(page) == ["401"]
    page.building_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData("single"))
    assert _shown(page) == ["302", "303"]
    page.type_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(RoomStatus.VACANT_DIRTY.value))
    assert _shown(page) == ["302"]
    assert "1 rooms" in page.summary.text()


def test_another_desks_change_shows_after_the_change_signal(
    db: Database, clerk: Actor, page: RoomsPage, rooms: Rooms
) -> None:
    with db.unit() as s:
        set_housekeeping(s, clerk, rooms.r303, clean=False)
    page._changes_arrived({"room"})
    assert _row(page, "303")["Status today"] == "Vacant, to be cleaned"


def test_a_reader_sees_the_rooms_and_no_action(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], rooms: Rooms
) -> None:
    page = RoomsPage(desk_session(db, "director", PASSWORD))
    qtbot.addWidget(page)
    assert len(_shown(page)) == 4
    for action in (page.add_action, page.clean_action, page.out_action, page.back_action):
        assert not action.isVisible() and not action.isEnabled()
    assert page.select_room(rooms.r302)
    page.mark_clean(True)
    assert _room(db, rooms.r302).housekeeping == "dirty"

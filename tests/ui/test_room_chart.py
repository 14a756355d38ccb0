"""The room chart as the lodging clerk uses it: bars by delegation, drags checked before the
drop, the same changes from the keyboard, check-in with the guest's needs, booking."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QMessageBox

from reception.core.lodging.models import Delegation, Guest, Room, Stay, StayState
from reception.core.lodging.rooms import RoomForm, add_room, set_out_of_order
from reception.core.lodging.stays import Booking, book
from reception.core.people import name_search_keys
from reception.core.security.roles import Actor, Role
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.lodging.book_dialog import BookDialog
from reception.ui.lodging.chart_page import RoomChartPage
from reception.ui.lodging.move_dialog import MoveDialog
from reception.ui.lodging.room_chart import RoomChartView
from reception.ui.lodging.room_chart_texts import bar_label
from tests.ui.support import PASSWORD, desk_session

TODAY = date(2026, 5, 12)  # a Tuesday in the middle of the month shown


@dataclass
class House:
    r301: int  # standard, 2 beds
    r302: int  # single: 张三 from the 12th to the 15th
    r303: int  # single: 李四 from the 11th to the 14th
    r401: int  # ordinary suite, free: above a staff member's standard
    r501: int  # single, free, out of order from the 20th
    delegation: int
    zhang: int  # stay ids
    li: int
    wang: int  # 王五 in 301 (halal, allergic to peanuts), arriving today
    zhao_guest: int  # a guest of the delegation without a room


def _guest(s: object, name: str, delegation_id: int, rank: str, **needs: object) -> int:
    pinyin, initials = name_search_keys(name)
    guest = Guest(
        delegation_id=delegation_id,
        is_head=False,
        name=name,
        name_pinyin=pinyin,
        name_initials=initials,
        gender="male",
        post="",
        rank=rank,
        halal=bool(needs.get("halal", False)),
        vegetarian=False,
        allergies=str(needs.get("allergies", "")),
        needs_accessible=False,
        mobility="",
        notes="",
        id_number_masked="",
    )
    s.add(guest)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return guest.id


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def house(db: Database, clerk: Actor) -> House:
    with db.unit() as s:
        rooms = [
            add_room(s, clerk, RoomForm("301", "standard", 2)).id,
            add_room(s, clerk, RoomForm("302", "single", 1)).id,
            add_room(s, clerk, RoomForm("303", "single", 1)).id,
            add_room(s, clerk, RoomForm("401", "ordinary_suite", 1)).id,
            add_room(s, clerk, RoomForm("501", "single", 1)).id,
        ]
        set_out_of_order(s, clerk, rooms[4], "卫生间漏水", date(2026, 5, 20), date(2026, 5, 25))
        delegation = Delegation(
            name="省农业厅考察组",
            unit="某省农业农村厅",
            purpose="考察",
            letter_ref="农函〔2026〕8号",
            liaison_name="",
            liaison_phone_masked="",
            arrive=date(2026, 5, 11),
            depart=date(2026, 5, 15),
            notes="",
            cancelled=False,
            created_at=utcnow(),
        )
        s.add(delegation)
        s.flush()
        zhang = _guest(s, "张三", delegation.id, "county_chief")
        li = _guest(s, "李四", delegation.id, "staff")
        wang = _guest(s, "王五", delegation.id, "staff", halal=True, allergies="花生")
        zhao = _guest(s, "赵六", delegation.id, "staff")
        stays = [
            book(s, clerk, Booking(rooms[1], zhang, date(2026, 5, 12), date(2026, 5, 15))).id,
            book(s, clerk, Booking(rooms[2], li, date(2026, 5, 11), date(2026, 5, 14))).id,
            book(s, clerk, Booking(rooms[0], wang, TODAY, date(2026, 5, 14))).id,
        ]
    return House(*rooms, delegation.id, *stays, zhao)


def _show(qtbot: QtBot, page: RoomChartPage) -> RoomChartPage:
    qtbot.addWidget(page)
    page.resize(1500, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.chart_view.setFocus()
    qtbot.waitUntil(page.chart_view.hasFocus)
    return page


@pytest.fixture
def page(qtbot: QtBot, db: Database, house: House) -> Iterator[RoomChartPage]:
    session = desk_session(db, "lodging_clerk", PASSWORD)
    yield _show(qtbot, RoomChartPage(session, today=TODAY))


def _stay(db: Database, stay_id: int) -> Stay:
    with db.read() as s:
        found = s.get(Stay, stay_id)
        assert found is not None
        s.expunge(found)
        return found


def _view(page: RoomChartPage) -> RoomChartView:
    return page.chart_view


def _press(view: RoomChartView, at: QPoint) -> None:
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def _move(view: RoomChartView, to: QPoint) -> None:
    QTest.mouseMove(view.viewport(), to)


def _release(view: RoomChartView, at: QPoint) -> None:
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
    )


def _drag(view: RoomChartView, start: QPoint, end: QPoint) -> None:
    """Press, move in steps (as a hand does), stop over `end`; the caller releases."""
    _press(view, start)
    for step in range(1, 5):
        _move(view, start + (end - start) * step / 4)


def _key(qtbot: QtBot, view: RoomChartView, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(view, key, mods)


def test_the_month_shows_rooms_and_bars_labelled_guest_and_delegation(
    page: RoomChartPage, house: House
) -> None:
    chart = page.chart()
    assert chart is not None
    assert (chart.start, chart.days, chart.today) == (date(2026, 5, 1), 31, TODAY)
    assert [r.room.number for r in chart.rooms] == ["301", "302", "303", "401", "501"]
    zhang = page.bar(house.zhang)
    assert zhang is not None
    assert bar_label(zhang) == "张三 · 省农业厅考察组"
    rect = _view(page).bar_rect(house.zhang)
    assert _view(page).viewport().rect().contains(rect)
    # A bar is drawn where it says: its middle is not the background.
    image = _view(page).viewport().grab().toImage()
    centre = image.pixelColor(rect.center())
    background = image.pixelColor(_view(page).cell_rect(house.r401, date(2026, 5, 3)).center())
    assert centre != background
    assert "2026-05" in page.month_label.text()


def test_the_panel_shows_the_stay_under_the_cursor_and_its_needs(
    page: RoomChartPage, house: House
) -> None:
    assert _view(page).select_stay(house.wang)
    stay = page.current_stay()
    assert stay is not None and stay.guest_name == "王五"
    assert page.guest_label.text() == "王五"
    assert page.delegation_label.text() == "省农业厅考察组"
    assert "2026-05-12" in page.dates_label.text() and "2 night" in page.dates_label.text()
    assert page.needs_label.isVisibleTo(page)
    assert "Halal" in page.needs_label.text() and "花生" in page.needs_label.text()
    assert page.check_in_action.isEnabled() and not page.check_out_action.isEnabled()
    assert _view(page).select_stay(house.zhang)
    assert not page.needs_label.isVisibleTo(page)


def test_dragging_a_booked_stay_to_a_free_bed_moves_it(
    db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    start = view.bar_rect(house.zhang).center()
    # One room up (301's second bed is free) and one day later.
    end = view.cell_rect(house.r301, date(2026, 5, 14), bed=2).center()
    end.setX(start.x() + view.cell_rect(house.r301, date(2026, 5, 13)).width())
    _drag(view, start, end)
    state = view.drag_state()
    assert state is not None
    target, check = state
    assert (target.room_id, target.arrive, target.depart) == (
        house.r301,
        date(2026, 5, 13),
        date(2026, 5, 16),
    )
    assert check is not None and check.ok
    _release(view, end)
    moved = _stay(db, house.zhang)
    assert (moved.room_id, moved.arrive, moved.depart) == (
        house.r301,
        date(2026, 5, 13),
        date(2026, 5, 16),
    )
    assert "room 301" in page.status_text()
    bar = page.bar(house.zhang)
    assert bar is not None and bar.room_id == house.r301
    assert page.current_stay() is not None and page.current_stay().id == house.zhang  # type: ignore[union-attr]


def test_a_drag_onto_a_taken_bed_is_refused_before_the_drop(
    db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    start = view.bar_rect(house.zhang).center()
    end = QPoint(start.x(), view.cell_rect(house.r303, date(2026, 5, 12)).center().y())
    _drag(view, start, end)
    state = view.drag_state()
    assert state is not None
    target, check = state
    assert target.room_id == house.r303
    assert check is not None and not check.ok
    assert "李四" in check.message
    # Said before the drop, in red, and drawn red where the ghost is.
    assert "refused" in page.status_text() and "李四" in page.status_text()
    assert "b00020" in page.status_line.styleSheet()
    ghost = view.cell_rect(house.r303, date(2026, 5, 13))
    colour = view.viewport().grab().toImage().pixelColor(ghost.center())
    assert colour.red() > colour.green() and colour.red() > colour.blue()
    _release(view, end)
    unchanged = _stay(db, house.zhang)
    assert (unchanged.room_id, unchanged.arrive) == (house.r302, date(2026, 5, 12))
    assert "Not moved" in page.status_text()
    assert view.drag_state() is None


def test_dragging_the_right_edge_extends_the_stay(
    db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    rect = view.bar_rect(house.li)
    start = QPoint(rect.right() - 2, rect.center().y())
    end = QPoint(view.cell_rect(house.r303, date(2026, 5, 16)).center().x(), start.y())
    _drag(view, start, end)
    state = view.drag_state()
    assert state is not None and state[0].kind == "extend"
    _release(view, end)
    assert _stay(db, house.li).depart == date(2026, 5, 17)


def test_keys_move_a_stay_a_day_extend_it_and_move_it_to_the_next_room(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    assert view.select_stay(house.zhang)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    _key(qtbot, view, Qt.Key.Key_Right, ctrl)
    stay = _stay(db, house.zhang)
    assert (stay.arrive, stay.depart) == (date(2026, 5, 13), date(2026, 5, 16))
    assert view.current_bar() is not None and view.current_bar().stay_id == house.zhang  # type: ignore[union-attr]
    _key(qtbot, view, Qt.Key.Key_Right, shift)
    assert _stay(db, house.zhang).depart == date(2026, 5, 17)
    _key(qtbot, view, Qt.Key.Key_Left, shift)
    assert _stay(db, house.zhang).depart == date(2026, 5, 16)
    _key(qtbot, view, Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier)
    assert _stay(db, house.zhang).depart == date(2026, 5, 17)
    # Down is 303, where 李四 sleeps until the 14th: refused, and said.
    _key(qtbot, view, Qt.Key.Key_Down, ctrl)
    assert _stay(db, house.zhang).room_id == house.r302
    assert "Not changed" in page.status_text() and "李四" in page.status_text()
    # Up is 301: a bed is free.
    _key(qtbot, view, Qt.Key.Key_Up, ctrl)
    assert _stay(db, house.zhang).room_id == house.r301
    assert page.current_stay() is not None and page.current_stay().room_number == "301"  # type: ignore[union-attr]


def test_arrows_move_the_cursor_bed_by_bed_and_pages_change_the_month(
    qtbot: QtBot, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    assert view.set_cursor(house.r301, date(2026, 5, 10), bed=1)
    none = Qt.KeyboardModifier.NoModifier
    _key(qtbot, view, Qt.Key.Key_Down, none)
    assert view.cursor_cell() == (house.r301, date(2026, 5, 10), 2)
    _key(qtbot, view, Qt.Key.Key_Down, none)
    assert view.cursor_cell() == (house.r302, date(2026, 5, 10), 1)
    _key(qtbot, view, Qt.Key.Key_Right, none)
    _key(qtbot, view, Qt.Key.Key_Right, none)
    assert view.cursor_cell() == (house.r302, date(2026, 5, 12), 1)
    assert page.guest_label.text() == "张三"
    _key(qtbot, view, Qt.Key.Key_PageDown, none)
    chart = page.chart()
    assert chart is not None and chart.start == date(2026, 6, 1) and chart.days == 30
    assert view.cursor_cell() == (house.r302, date(2026, 6, 12), 1)
    _key(qtbot, view, Qt.Key.Key_PageUp, none)
    _key(qtbot, view, Qt.Key.Key_PageUp, none)
    chart = page.chart()
    assert chart is not None and chart.start == date(2026, 4, 1)
    page.go_today()
    chart = page.chart()
    assert chart is not None and chart.start == date(2026, 5, 1)
    assert view.cursor_cell() == (house.r302, TODAY, 1)


def test_check_in_shows_the_needs_in_the_confirmation(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    assert _view(page).select_stay(house.wang)
    qtbot.keyClick(_view(page), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    assert "王五" in box.text()
    assert "Halal" in box.informativeText() and "花生" in box.informativeText()
    assert _stay(db, house.wang).state == StayState.BOOKED
    yes = box.defaultButton()
    assert yes is not None
    yes.click()
    assert _stay(db, house.wang).state == StayState.IN_HOUSE
    assert "checked in" in page.status_text()
    assert page.check_out_action.isEnabled()


def test_enter_on_a_stay_opens_its_actions(qtbot: QtBot, page: RoomChartPage, house: House) -> None:
    assert _view(page).select_stay(house.wang)
    qtbot.keyClick(_view(page), Qt.Key.Key_Return)
    menu = page.dialog
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    assert any("Check" in t and "in" in t for t in texts)
    assert not any("out" in t.lower() and "Check" in t for t in texts)
    menu.close()


def test_booking_a_free_cell_above_the_standard_asks_for_the_reason(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    assert view.set_cursor(house.r401, TODAY)
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    names = [g.name for g in dialog.guests.rows()]
    assert "赵六" in names and "张三" not in names  # 张三 has a room for these nights
    assert dialog.choose_guest(house.zhao_guest)
    assert dialog.booking() == Booking(house.r401, house.zhao_guest, TODAY, date(2026, 5, 15))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    asked = dialog.reason_dialog
    assert isinstance(asked, QInputDialog)
    assert "above the reception standard" in asked.labelText()
    asked.setTextValue("领导临时安排")
    asked.accept()
    chart = page.chart()
    assert chart is not None
    booked = chart.stay_at(house.r401, TODAY)
    assert booked is not None and booked.guest_name == "赵六"
    assert _stay(db, booked.stay_id).exception_reason == "领导临时安排"
    assert "赵六 is booked in room 401" in page.status_text()


def test_the_move_dialog_lists_free_rooms_and_moves_the_stay(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    assert _view(page).select_stay(house.li)
    qtbot.keyClick(_view(page), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog)
    numbers = [r.room.number for r in dialog.model.rows()]
    assert "303" not in numbers and "302" not in numbers  # its own room; 张三's
    assert "301" in numbers and "501" in numbers
    assert dialog.choose(house.r501)
    dialog.accept()
    assert _stay(db, house.li).room_id == house.r501
    assert "room 501" in page.status_text()


def test_the_move_dialog_puts_the_rooms_that_suit_the_guests_needs_first(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    with db.unit() as s:
        stay = s.get(Stay, house.li)
        assert stay is not None
        s.execute(update(Guest).where(Guest.id == stay.guest_id).values(needs_accessible=True))
        s.execute(update(Room).where(Room.id == house.r401).values(accessible=True))
    page.refresh()
    assert _view(page).select_stay(house.li)
    qtbot.keyClick(_view(page), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog)
    model = dialog.model
    assert [r.room.number for r in model.rows()][:2] == ["401", "301"]
    assert model.index(0, model.SUITS).data() == "✓ accessible"
    assert model.index(1, model.SUITS).data() == ""
    assert model.index(0, model.BUILDING).data() == "1"
    assert "Accessible room" in dialog.needs_label.text()


def test_the_legend_says_one_key_per_line(page: RoomChartPage) -> None:
    texts = [label.text() for label in page.panel.findChildren(QLabel)]
    keys = ("Filled bar: in house", "Light bar: booked", "Dashed: departed")
    assert all(key in texts for key in keys)
    assert not any(text.rstrip().endswith("·") for text in texts)


def test_filters_keep_the_rooms_asked_for(page: RoomChartPage, house: House) -> None:
    page.type_filter.setCurrentIndex(page.type_filter.findData("single"))
    chart = page.chart()
    assert chart is not None
    assert [r.room.number for r in chart.rooms] == ["302", "303", "501"]
    page.type_filter.setCurrentIndex(0)
    page.free_from.setDate(QDate(2026, 5, 12))
    page.free_to.setDate(QDate(2026, 5, 14))
    page.free_check.setChecked(True)
    chart = page.chart()
    assert chart is not None
    assert [r.room.number for r in chart.rooms] == ["301", "401", "501"]
    page.free_check.setChecked(False)
    chart = page.chart()
    assert chart is not None and len(chart.rooms) == 5


def test_another_desks_booking_appears_after_the_change_signal(
    db: Database, clerk: Actor, page: RoomChartPage, house: House
) -> None:
    with db.unit() as s:
        book(s, clerk, Booking(house.r501, house.zhao_guest, date(2026, 5, 16), date(2026, 5, 18)))
    page._changes_arrived({"stay"})
    chart = page.chart()
    assert chart is not None and chart.stay_at(house.r501, date(2026, 5, 17)) is not None


def test_a_reader_sees_the_chart_but_cannot_change_it(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], house: House
) -> None:
    session = desk_session(db, "director", PASSWORD)
    page = _show(qtbot, RoomChartPage(session, today=TODAY))
    view = _view(page)
    assert page.chart() is not None and len(page.chart().rooms) == 5  # type: ignore[union-attr]
    assert not page.check_in_action.isVisible() and not page.move_action.isEnabled()
    start = view.bar_rect(house.zhang).center()
    end = QPoint(start.x(), view.cell_rect(house.r301, TODAY, bed=2).center().y())
    _drag(view, start, end)
    assert view.drag_state() is None
    _release(view, end)
    assert _stay(db, house.zhang).room_id == house.r302
    assert view.select_stay(house.zhang)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stay(db, house.zhang).arrive == date(2026, 5, 12)


def test_the_chart_renders_readably(
    qtbot: QtBot, page: RoomChartPage, house: House, tmp_path: Path
) -> None:
    """A picture for a person to look at (saved beside the test's files); the test checks
    that the labels fit: no bar of three nights or more is cut to an ellipsis alone."""
    path = tmp_path / "room_chart.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 10_000
    view = _view(page)
    chart = page.chart()
    assert chart is not None
    for bar in chart.bars:
        if (bar.last_night - bar.first_day).days >= 2:
            rect = view.bar_rect(bar.stay_id)
            assert rect.width() >= view.fontMetrics().horizontalAdvance(bar.guest_name)


def test_a_cancelled_booking_disappears_from_the_chart(
    qtbot: QtBot, db: Database, page: RoomChartPage, house: House
) -> None:
    assert _view(page).select_stay(house.li)
    qtbot.keyClick(
        _view(page),
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = page.dialog
    assert isinstance(box, QMessageBox)
    yes = box.defaultButton()
    assert yes is not None
    yes.click()
    assert _stay(db, house.li).state == StayState.CANCELLED
    assert page.bar(house.li) is None


def test_a_drop_above_the_standard_asks_for_the_reason_then_moves(
    db: Database, page: RoomChartPage, house: House
) -> None:
    view = _view(page)
    start = view.bar_rect(house.li).center()
    end = QPoint(start.x(), view.cell_rect(house.r401, date(2026, 5, 12)).center().y())
    _drag(view, start, end)
    state = view.drag_state()
    assert state is not None and state[1] is not None
    assert state[1].ok and state[1].needs_reason
    assert "a reason will be asked" in page.status_text()
    _release(view, end)
    asked = page.dialog
    assert isinstance(asked, QInputDialog)
    assert _stay(db, house.li).room_id == house.r303  # nothing changed yet
    asked.setTextValue("套房空置，临时调整")
    asked.accept()
    moved = _stay(db, house.li)
    assert (moved.room_id, moved.exception_reason) == (house.r401, "套房空置，临时调整")
    assert "room 401" in page.status_text()

"""The seating page as the clerk sees it: the chart drawn with its viewpoint, a swap by
drag that breaks precedence asking for confirmation and a reason, the staff limit of a
banquet, and a chart made in the new-seating dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGraphicsSimpleTextItem, QMessageBox

from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest
from reception.core.protocol.events import (
    EventForm,
    add_participants,
    chart_view,
    compute_chart,
    create_event,
    list_events,
    swap_seats,
)
from reception.core.protocol.models import SeatingSeat
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.protocol.seating import EventKind
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.protocol.chart_editor import ChartEditor
from reception.ui.protocol.chart_scene import SEAT_W, fitted, seat_text
from reception.ui.protocol.event_dialog import EventDialog
from reception.ui.protocol.event_model import EventModel, short_time
from reception.ui.protocol.seating_page import SeatingPage
from reception.ui.protocol.swap_dialog import SwapDialog
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session
from tests.ui.test_slip_printing import pdf_info, pdf_text, squeezed

# Seven officials, No. 1 first: a county chief above deputies above section chiefs.
OFFICIALS = [
    ("王书记", "county_chief"),
    ("张县长", "county_chief"),
    ("李副县长", "county_deputy"),
    ("赵副县长", "county_deputy"),
    ("钱副县长", "county_deputy"),
    ("孙科长", "section_chief"),
    ("周科长", "section_chief"),
]
GUESTS = [("刘厅长", "bureau_chief"), ("陈处长", "county_chief"), ("杨处长", "county_chief"),
          ("黄科长", "section_chief")]  # fmt: skip


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def session(db: Database, clerk: Actor) -> DeskSession:
    return desk_session(db, clerk.login, PASSWORD)


@pytest.fixture
def officials(db: Database, clerk: Actor) -> list[int]:
    with db.unit() as s:
        return [
            add_official(s, clerk, OfficialForm(name, "", "某某县", rank)).id
            for name, rank in OFFICIALS
        ]


@pytest.fixture
def guests(db: Database, clerk: Actor) -> tuple[int, list[int]]:
    form = DelegationForm(
        "江东省考察团", "江东省发展改革委", "考察", "江发改函〔2026〕12号",
        "王秘书", "13812345678", date(2026, 12, 1), date(2026, 12, 4),
    )  # fmt: skip
    with db.unit() as s:
        delegation_id = add_delegation(s, clerk, form).id
        ids = [
            add_guest(s, clerk, delegation_id, GuestForm(name, "male", "", rank)).id
            for name, rank in GUESTS
        ]
    return delegation_id, ids


def _event(
    db: Database, clerk: Actor, form: EventForm, officials: list[int], guests: tuple[int, ...] = ()
) -> int:
    with db.unit() as s:
        event_id = create_event(s, clerk, form).id
        add_participants(s, clerk, event_id, official_ids=officials, guest_ids=guests)
        compute_chart(s, clerk, event_id)
    return event_id


@pytest.fixture
def podium(db: Database, clerk: Actor, officials: list[int]) -> int:
    return _event(db, clerk, EventForm(EventKind.PODIUM, "全县经济工作会议"), officials)


def _page(qtbot: QtBot, session: DeskSession) -> SeatingPage:
    page = SeatingPage(session, None)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot: QtBot, session: DeskSession, podium: int) -> Iterator[SeatingPage]:
    page = _page(qtbot, session)
    assert page.select_event(podium)
    yield page


def _drag(editor: ChartEditor, source: str, target: str) -> None:
    """Press on one name, move in steps as a hand does, release over the other."""
    a, b = editor.item_named(source), editor.item_named(target)
    assert a is not None and b is not None
    start, end = editor.point_of(a), editor.point_of(b)
    viewport = editor.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * step / 4)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _row_names(page: SeatingPage) -> list[str]:
    """The names left to right as drawn (the scene's x order)."""
    items = sorted(page.editor.seat_items(), key=lambda item: item.scenePos().x())
    return [item.name() for item in items]


def test_the_podium_is_drawn_as_the_audience_sees_it(page: SeatingPage) -> None:
    assert page.viewpoint_label.text() == "As seen from the audience, facing the podium"
    assert page.viewpoint_label.isVisible() and page.editor.isVisible()
    # 7 5 3 1 2 4 6 from the audience's left to right
    assert _row_names(page) == ["周科长", "钱副县长", "李副县长", "王书记", "张县长",
                                "赵副县长", "孙科长"]  # fmt: skip
    for item in page.editor.seat_items():
        assert page.editor.viewport().rect().contains(page.editor.point_of(item))
    assert "全县经济工作会议" in page.header_label.text()
    assert not page.staff_label.isVisible()


def test_a_swap_that_breaks_precedence_is_cancelled_and_changes_nothing(
    qtbot: QtBot, db: Database, page: SeatingPage
) -> None:
    before = _row_names(page)
    _drag(page.editor, "张县长", "王书记")
    dialog = page.dialog
    assert isinstance(dialog, SwapDialog) and dialog.isVisible()
    assert dialog.warning_label.text() != ""
    assert not dialog.swap_button.isEnabled()  # not without a reason
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _row_names(page) == before
    assert page.status_label.text() == "The seats were left as they were."
    with db.read() as s:
        assert s.scalars(select(SeatingSeat.swapped_reason)).all().count(None) == 7


def test_a_swap_confirmed_with_a_reason_is_made_and_the_reason_kept(
    qtbot: QtBot, db: Database, page: SeatingPage
) -> None:
    _drag(page.editor, "张县长", "王书记")
    dialog = page.dialog
    assert isinstance(dialog, SwapDialog)
    dialog.reason.setText("王书记请县长居中")
    assert dialog.swap_button.isEnabled()
    with qtbot.waitSignal(page.seats_swapped, timeout=3000):
        qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert _row_names(page) == ["周科长", "钱副县长", "李副县长", "张县长", "王书记",
                                "赵副县长", "孙科长"]  # fmt: skip
    assert "王书记请县长居中" in page.status_label.text()
    assert page.notice_label.isVisible()
    with db.read() as s:
        reasons = [r for r in s.scalars(select(SeatingSeat.swapped_reason)) if r]
    assert reasons and set(reasons) == {"王书记请县长居中"}


def test_a_banquet_with_too_many_hosts_warns_of_the_staff_limit(
    qtbot: QtBot,
    db: Database,
    clerk: Actor,
    session: DeskSession,
    officials: list[int],
    guests: tuple[int, list[int]],
) -> None:
    delegation_id, guest_ids = guests
    form = EventForm(EventKind.BANQUET, "欢迎晚宴", delegation_id=delegation_id)
    event_id = _event(db, clerk, form, officials[:5], guest_ids)
    page = _page(qtbot, session)
    assert page.select_event(event_id)
    assert page.viewpoint_label.text() == "As seen from above, the door at the bottom"
    assert page.staff_label.isVisible()
    assert page.staff_label.text() == (
        "Too many accompanying staff: 5 accompanying for 4 guests (at most 3)"
    )
    assert "b00020" in page.staff_label.styleSheet()
    # the host at the top of the table, the chief guest on the host's right (drawn left)
    host, chief = page.editor.item_named("王书记"), page.editor.item_named("刘厅长")
    assert host is not None and chief is not None
    assert host.scenePos().y() < chief.scenePos().y()
    assert chief.scenePos().x() < host.scenePos().x()
    # three hosts are within the limit
    small = _event(db, clerk, EventForm(EventKind.BANQUET, "工作餐"), officials[:3], guest_ids)
    page.refresh()
    assert page.select_event(small)
    assert page.staff_label.text() == "3 accompanying for 4 guests (at most 3)"


def test_a_new_seating_made_in_the_dialog_shows_its_chart(
    qtbot: QtBot, session: DeskSession, officials: list[int]
) -> None:
    page = _page(qtbot, session)
    assert page.empty_label.isVisible()
    page.new_event()
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("podium"))
    dialog.title.setText("防汛工作会")
    dialog.layout_edit.setText("3, 2")
    for name in ("王书记", "张县长", "李副县长", "赵副县长", "钱副县长"):
        assert dialog.officials.tick(name)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.event.title == "防汛工作会")
    assert page.viewpoint_label.text() == "As seen from the audience, facing the podium"
    front = [i for i in page.editor.seat_items() if i.seat and i.seat.block == 1]
    assert sorted(i.name() for i in front) == sorted(["王书记", "张县长", "李副县长"])
    back = [i for i in page.editor.seat_items() if i.seat and i.seat.block == 2]
    assert all(b.scenePos().y() < front[0].scenePos().y() for b in back)  # drawn further away


def test_the_dialog_refuses_a_layout_it_cannot_read(
    qtbot: QtBot, session: DeskSession, officials: list[int]
) -> None:
    page = _page(qtbot, session)
    page.new_event()
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    dialog.title.setText("会议")
    dialog.layout_edit.setText("三排")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.error_message() == "Write the rows as numbers of seats, front first: 7, 9"
    assert page.model.rowCount() == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_chart_and_the_name_cards_are_saved_as_pdf_off_the_gui_thread(
    qtbot: QtBot, page: SeatingPage, tmp_path: Path
) -> None:
    assert page.print_action.isEnabled() and page.cards_action.isEnabled()
    page.print_action.trigger()
    job = page.print_job
    assert job.choice.isVisible()
    chart = tmp_path / "chart.pdf"
    with qtbot.waitSignal(job.saved, timeout=20000):
        job.save_to(str(chart))
    qtbot.waitUntil(lambda: page.status_label.text() == f"Saved {chart}.")
    text = squeezed(pdf_text(chart))
    assert "Asseenfromtheaudience,facingthepodium" in text
    assert all(name in text for name, _rank in OFFICIALS)
    page.cards_action.trigger()
    cards = tmp_path / "cards.pdf"
    with qtbot.waitSignal(page.print_job.saved, timeout=20000):
        page.print_job.save_to(str(cards))
    assert pdf_info(cards)["Pages"] == str(len(OFFICIALS))  # one folded card each
    assert squeezed(pdf_text(cards)).index("王") < squeezed(pdf_text(cards)).index("周")


def test_editing_the_title_keeps_the_swap_and_compute_again_undoes_it(
    qtbot: QtBot, db: Database, clerk: Actor, page: SeatingPage, podium: int
) -> None:
    with db.unit() as s:
        seats = {seat.person.name: seat.id for seat in chart_view(s, clerk, podium).seats()}
        swap_seats(s, clerk, podium, seats["王书记"], seats["张县长"], "请县长居中", confirm=True)
    page.refresh()
    swapped = _row_names(page)
    page.edit_event()
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.title.text() == "全县经济工作会议"
    assert [p.name for p in dialog.officials.ticked()] == [name for name, _ in OFFICIALS]
    dialog.title.setText("全县经济工作会议（扩大）")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "（扩大）" in page.header_label.text())
    assert _row_names(page) == swapped
    page.compute_action.trigger()
    assert _row_names(page)[3] == "王书记"  # No. 1 in the centre again
    assert not page.notice_label.isVisible()


def test_deleting_a_seating_asks_first(
    qtbot: QtBot, db: Database, clerk: Actor, page: SeatingPage
) -> None:
    page.delete_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox) and "全县经济工作会议" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.model.rowCount() == 1
    page.delete_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_label.isVisible() and not page.editor.isVisible()
    with db.read() as s:
        assert list_events(s, clerk) == []


def test_a_chinese_clerk_reads_each_seat_as_its_number(
    chinese: None, qtbot: QtBot, session: DeskSession, podium: int
) -> None:
    page = _page(qtbot, session)
    assert page.select_event(podium)
    assert page.viewpoint_label.text() == "从台下看，面向主席台"
    shown = {item.name(): seat_text(item.seat) for item in page.editor.seat_items() if item.seat}
    assert shown["王书记"] == "1号" and shown["孙科长"] == "6号"


def _inside_the_scene(page: SeatingPage) -> None:
    rect = page.editor.chart_scene.sceneRect()
    for item in page.editor.chart_scene.items():
        box = item.sceneBoundingRect()
        assert rect.contains(box), (item, box, rect)


def test_the_chief_guest_faces_the_host_across_a_meeting_table(
    qtbot: QtBot,
    db: Database,
    clerk: Actor,
    session: DeskSession,
    officials: list[int],
    guests: tuple[int, list[int]],
) -> None:
    delegation_id, guest_ids = guests
    form = EventForm(EventKind.MEETING, "工作座谈", delegation_id=delegation_id)
    event_id = _event(db, clerk, form, officials[:3], tuple(guest_ids))  # 4 guests, 3 hosts
    page = _page(qtbot, session)
    assert page.select_event(event_id)
    chief, host = page.editor.item_named("刘厅长"), page.editor.item_named("王书记")
    assert chief is not None and host is not None
    assert chief.scenePos().x() == pytest.approx(host.scenePos().x())
    assert chief.scenePos().y() < host.scenePos().y()  # the guests on the side facing the door
    second = page.editor.item_named("陈处长")
    assert second is not None and second.scenePos().x() < chief.scenePos().x()  # on his right
    _inside_the_scene(page)


def test_two_banquet_tables_stand_side_by_side_with_the_door_below(
    qtbot: QtBot,
    db: Database,
    clerk: Actor,
    session: DeskSession,
    officials: list[int],
    guests: tuple[int, list[int]],
) -> None:
    delegation_id, guest_ids = guests
    form = EventForm(
        EventKind.BANQUET, "欢迎晚宴", delegation_id=delegation_id, tables=((3, 2), (1, 1))
    )
    event_id = _event(db, clerk, form, officials[:3], tuple(guest_ids))
    page = _page(qtbot, session)
    assert page.select_event(event_id)
    hosts = [i for i in page.editor.seat_items() if i.seat and seat_text(i.seat) == "Host"]
    main, second = sorted(hosts, key=lambda item: item.seat.block if item.seat else 0)
    assert main.scenePos().y() == pytest.approx(second.scenePos().y())
    assert main.scenePos().x() < second.scenePos().x()  # the main table on the drawing's left
    [door] = [
        i
        for i in page.editor.chart_scene.items()
        if isinstance(i, QGraphicsSimpleTextItem) and i.text() == "Door"
    ]
    lowest = max(i.sceneBoundingRect().bottom() for i in page.editor.seat_items())
    assert door.sceneBoundingRect().top() > lowest
    _inside_the_scene(page)
    # the chart is drawn at a size a clerk reads, not shrunk to a stamp
    assert page.editor.transform().m11() > 0.7


def test_a_long_name_and_a_long_post_stay_inside_their_seat(qapp: QApplication) -> None:
    base = QFont()
    base.setPointSizeF(9.0)
    width = SEAT_W - 8
    name = QFont(base)
    name.setPointSizeF(base.pointSizeF() * 1.3)
    name.setBold(True)
    long_name = "阿卜杜热合曼·买买提明"
    shown, font = fitted(long_name, name, width, base.pointSizeF() * 0.9)
    assert QFontMetricsF(font).horizontalAdvance(shown) <= width
    post = QFont(base)
    post.setPointSizeF(base.pointSizeF() * 0.8)
    shown, font = fitted("市人大常委会副主任", post, width, 5.0)
    assert shown == "市人大常委会副主任"  # made smaller, not cut off
    assert QFontMetricsF(font).horizontalAdvance(shown) <= width


def test_the_list_shows_the_time_short_and_the_whole_title_on_hover(page: SeatingPage) -> None:
    assert short_time(datetime(2026, 12, 2, 10, 30, tzinfo=UTC)) == "12-02 18:30"
    title = page.model.index(0, EventModel.TITLE)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == "全县经济工作会议"

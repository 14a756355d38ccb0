"""The counter page as the clerk uses it: keys call, recall, serve, hold, transfer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from reception.config import DeskConfig
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.views import Issued
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.queue.counter_page import CounterPage
from reception.ui.queue.transfer_dialog import TransferDialog, TransferTarget
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session


def _register(db: Database, clerk: Actor, name: str, phone: str, **kw: object) -> Issued:
    form = service.Registration(name=name, phone=phone, purpose="咨询", host="办公室", **kw)  # type: ignore[arg-type]
    with db.unit() as session:
        return service.register(session, clerk, form, utcnow())


@pytest.fixture
def desk(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    session = desk_session(db, "receptionist", PASSWORD)
    session.desk.counter = 1  # serves A and C
    return session


@pytest.fixture
def clerk(desk: DeskSession) -> Actor:
    return desk.actor


@pytest.fixture
def queue(db: Database, clerk: Actor) -> list[Issued]:
    """A001 and A002 ordinary, then A003 elderly: its head start puts it first."""
    return [
        _register(db, clerk, "张三", "13900000001"),
        _register(db, clerk, "李四", "13900000002"),
        _register(db, clerk, "王五", "13900000003", priority="elderly"),
    ]


@pytest.fixture
def page(qtbot: QtBot, desk: DeskSession, queue: list[Issued]) -> Iterator[CounterPage]:
    page = CounterPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield page


BUTTONS = {
    Qt.Key.Key_F2: "callNextButton",
    Qt.Key.Key_F3: "recallButton",
    Qt.Key.Key_F4: "servedButton",
    Qt.Key.Key_F6: "holdButton",
    Qt.Key.Key_F7: "noShowButton",
    Qt.Key.Key_F8: "transferButton",
}


def _key(qtbot: QtBot, page: CounterPage, key: Qt.Key) -> None:
    """Press a key; its button flashes pressed, then clicks (Qt's animateClick)."""
    button = getattr(page.ui, BUTTONS[key])
    with qtbot.waitSignal(button.clicked, timeout=2000):
        qtbot.keyClick(page, key)


def _current(page: CounterPage) -> str:
    return page.ui.currentTicket.text()


def test_shows_this_desks_counter_and_its_queue_in_call_order(page: CounterPage) -> None:
    assert page.ui.counterChooser.currentData() == 1
    assert page.waiting_model.labels() == ["A003", "A001", "A002"]
    assert "3 waiting" in page.ui.waitingSummary.text()
    assert _current(page) == "—"
    assert "F2" in page.ui.callNextButton.text()
    assert not page.ui.recallButton.isEnabled()


def test_f2_calls_the_first_ticket_and_shows_it_large(qtbot: QtBot, page: CounterPage) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    assert _current(page) == "A003"
    assert page.ui.currentName.text() == "王五"
    assert page.ui.currentPriority.text() == "Elderly"
    assert page.ui.currentTicket.font().pixelSize() >= 80
    assert page.waiting_model.labels() == ["A001", "A002"]
    assert page.status_text() == "Called A003."


def test_f3_recalls_and_f7_waits_for_the_set_recalls(
    qtbot: QtBot, db: Database, page: CounterPage
) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    assert not page.ui.noShowButton.isEnabled()
    assert "2 more" in page.ui.noShowButton.toolTip()
    qtbot.keyClick(page, Qt.Key.Key_F7)
    assert not page.ui.noShowButton.isDown()  # an enabled button would show pressed now
    assert _current(page) == "A003"
    _key(qtbot, page, Qt.Key.Key_F3)
    current = page.current_ticket()
    assert current is not None and current.recalls == 1
    assert page.ui.currentRecalls.text().startswith("1")
    assert "1 more" in page.ui.noShowButton.toolTip()
    _key(qtbot, page, Qt.Key.Key_F3)
    assert page.ui.noShowButton.isEnabled()
    with qtbot.waitSignal(page.ui.noShowButton.clicked, timeout=2000):
        qtbot.keyClick(page, Qt.Key.Key_F7)
        assert page.ui.noShowButton.isDown()
    assert _current(page) == "—"
    assert page.status_text() == "A003 marked as a no-show."
    assert page.undo_offered()
    qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert _current(page) == "A003"
    assert not page.undo_offered()


def test_f4_serves_and_undo_calls_the_ticket_back(qtbot: QtBot, page: CounterPage) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    _key(qtbot, page, Qt.Key.Key_F4)
    assert _current(page) == "—"
    assert page.status_text() == "A003 served."
    assert page.ui.undoButton.isVisible()
    qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert _current(page) == "A003"
    assert not page.ui.undoButton.isVisible()


def test_another_action_withdraws_the_undo(qtbot: QtBot, page: CounterPage) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    _key(qtbot, page, Qt.Key.Key_F4)
    assert page.undo_offered()
    _key(qtbot, page, Qt.Key.Key_F2)
    assert _current(page) == "A001"
    assert not page.undo_offered()


def test_hold_then_call_back_from_the_held_list(qtbot: QtBot, page: CounterPage) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    _key(qtbot, page, Qt.Key.Key_F6)
    assert _current(page) == "—"
    assert page.held_model.labels() == ["A003"]
    _key(qtbot, page, Qt.Key.Key_F2)
    assert _current(page) == "A001"
    table = page.ui.heldTable
    table.setFocus()
    table.setCurrentIndex(page.held_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _current(page) == "A003"
    assert page.held_model.labels() == []


def test_call_given_ticket_with_ctrl_g(qtbot: QtBot, page: CounterPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.givenTicket.hasFocus()
    qtbot.keyClicks(page.ui.givenTicket, "a002")
    qtbot.keyClick(page.ui.givenTicket, Qt.Key.Key_Return)
    assert _current(page) == "A002"
    assert page.ui.givenTicket.text() == ""
    qtbot.keyClicks(page.ui.givenTicket, "Z999")
    qtbot.keyClick(page.ui.givenTicket, Qt.Key.Key_Return)
    assert page.status_text() == "There is no ticket Z999 today."
    assert _current(page) == "A002"


def test_transfer_to_series_b_leaves_this_counters_queue(
    qtbot: QtBot, db: Database, clerk: Actor, page: CounterPage
) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    _key(qtbot, page, Qt.Key.Key_F8)
    dialog = page.dialog
    assert isinstance(dialog, TransferDialog) and dialog.isVisible()
    assert dialog.choose(TransferTarget(series="B"))
    assert not dialog.choose(TransferTarget(counter=1))  # not to itself
    dialog.accept()
    assert _current(page) == "—"
    assert "A003" not in page.waiting_model.labels()
    assert page.status_text() == "A003 sent to service B."
    with db.read() as session:
        panel = service.counter_panel(session, clerk, 3, utcnow())
    assert [t.ticket for t in panel.waiting] == ["A003"]


def test_transfer_to_a_counter_is_marked_there(
    qtbot: QtBot, desk: DeskSession, page: CounterPage
) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    page.transfer()
    assert isinstance(page.dialog, TransferDialog)
    page.dialog.choose(TransferTarget(counter=2))
    page.dialog.accept()
    page.choose_counter(2)
    row = page.waiting_model.row_of("A003")
    assert row == 0
    assert page.waiting_model.index(row, page.waiting_model.TRANSFERRED).data() == (
        "To this counter"
    )
    assert DeskConfig.load().counter == 2  # the desk remembers its counter


def test_another_desks_change_appears(
    qtbot: QtBot, db: Database, clerk: Actor, desk: DeskSession, queue: list[Issued]
) -> None:
    watcher = ChangeWatcher(db, interval_ms=50)
    page = CounterPage(desk, watcher)
    qtbot.addWidget(page)
    page.show()
    watcher.start()
    _register(db, clerk, "赵六", "13900000004")
    qtbot.waitUntil(lambda: "A004" in page.waiting_model.labels(), timeout=3000)
    with db.unit() as session:
        service.call_next(session, clerk, 1, utcnow())  # a second clerk at the same counter
    qtbot.waitUntil(lambda: _current(page) == "A003", timeout=3000)
    watcher.stop()


def test_a_refusal_is_said_on_the_page(qtbot: QtBot, db: Database, page: CounterPage) -> None:
    _key(qtbot, page, Qt.Key.Key_F2)
    with db.unit() as session:  # served meanwhile, from another desk
        service.serve(session, page._actor, 1, utcnow() + timedelta(seconds=1))
    page.recall()
    assert page.status_text() == "Counter 1 has no ticket called now."
    assert _current(page) == "—"


def test_a_director_sees_the_page_without_actions(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], queue: list[Issued]
) -> None:
    session = desk_session(db, "director", PASSWORD)
    session.desk.counter = 1
    page = CounterPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.readOnlyNote.isVisible()
    assert not page.ui.callNextButton.isEnabled()
    assert "3 waiting" in page.ui.waitingSummary.text()
    assert page.status_text() == ""


def test_a_desk_without_a_counter_chooses_one(
    qtbot: QtBot, desk: DeskSession, queue: list[Issued]
) -> None:
    desk.desk.counter = 0
    page = CounterPage(desk)
    qtbot.addWidget(page)
    page.show()
    chooser = page.ui.counterChooser
    assert chooser.currentIndex() == -1
    assert not page.ui.callNextButton.isEnabled()
    assert page.waiting_model.rowCount() == 0
    with qtbot.waitSignal(page.counter_changed, timeout=1000) as blocker:
        chooser.activated.emit(chooser.findData(2))
    assert blocker.args == [2]
    assert page.ui.callNextButton.isEnabled()
    assert page.waiting_model.labels() == ["A003", "A001", "A002"]
    assert DeskConfig.load().counter == 2

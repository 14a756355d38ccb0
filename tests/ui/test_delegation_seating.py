"""A delegation's seating charts, reached from the delegations page: the tab lists the
charts made for it, Enter opens one on the seating page, Ctrl+Shift+S starts a new one
with the delegation already chosen; the checklist's tab says what is open and overdue."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from reception.core.lodging.checklist import add_item
from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest
from reception.core.lodging.models import ChecklistItem
from reception.core.protocol.events import EventForm, add_participants, create_event
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.protocol.seating import EventKind
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.lodging.delegation_tabs import OVERDUE_COLOR
from reception.ui.lodging.delegations_page import DelegationsPage
from reception.ui.lodging.seating_links_panel import SeatingLinkModel
from reception.ui.main_window import MainWindow
from reception.ui.protocol.event_dialog import EventDialog
from reception.ui.protocol.seating_page import SeatingPage
from tests.ui.support import PASSWORD, desk_session

BEFORE = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def delegation_id(db: Database, clerk: Actor) -> int:
    form = DelegationForm(
        "江东省考察团", "江东省发展改革委", "考察", "江发改函〔2026〕12号",
        "王秘书", "13812345678", date(2026, 12, 1), date(2026, 12, 4),
    )  # fmt: skip
    with db.unit() as s:
        delegation = add_delegation(s, clerk, form).id
        guest = add_guest(s, clerk, delegation, GuestForm("刘厅长", "male", "", "bureau_chief")).id
        host = add_official(s, clerk, OfficialForm("王书记", "", "某某县", "county_chief")).id
        banquet = create_event(
            s, clerk, EventForm(EventKind.BANQUET, "欢迎晚宴", delegation_id=delegation)
        ).id
        add_participants(s, clerk, banquet, official_ids=[host], guest_ids=[guest])
        create_event(s, clerk, EventForm(EventKind.PODIUM, "全县经济工作会议"))  # not theirs
    return delegation


def _window(qtbot: QtBot, db: Database, clerk: Actor, delegation_id: int) -> MainWindow:
    window = MainWindow(desk_session(db, clerk.login, PASSWORD))
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area("delegations")
    page = window.area("delegations")
    assert isinstance(page, DelegationsPage)
    page.select_delegation(delegation_id)
    return window


def _delegations(window: MainWindow) -> DelegationsPage:
    page = window.area("delegations")
    assert isinstance(page, DelegationsPage)
    return page


def test_the_tab_lists_only_the_delegations_charts(
    qtbot: QtBot, db: Database, clerk: Actor, delegation_id: int
) -> None:
    page = _delegations(_window(qtbot, db, clerk, delegation_id))
    model = page.seating.model
    assert model.rowCount() == 1
    assert model.index(0, SeatingLinkModel.TITLE).data() == "欢迎晚宴"
    assert model.index(0, SeatingLinkModel.PEOPLE).data() == "2"
    assert model.index(0, SeatingLinkModel.STATE).data() == "Not yet seated"


def test_enter_on_a_chart_opens_it_on_the_seating_page(
    qtbot: QtBot, db: Database, clerk: Actor, delegation_id: int
) -> None:
    window = _window(qtbot, db, clerk, delegation_id)
    page = _delegations(window)
    tabs = page.tables.tabs
    tabs.setCurrentWidget(page.seating)
    view = page.seating.view
    view.setFocus()
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert window.current_area() == "seating"
    seating = window.area("seating")
    assert isinstance(seating, SeatingPage)
    assert seating.chart is not None
    assert seating.chart.event.title == "欢迎晚宴"


def test_a_new_chart_from_the_delegation_has_the_delegation_chosen(
    qtbot: QtBot, db: Database, clerk: Actor, delegation_id: int
) -> None:
    window = _window(qtbot, db, clerk, delegation_id)
    page = _delegations(window)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    page.guests_view.setFocus()
    QTest.keyClick(page.guests_view, Qt.Key.Key_S, both)
    seating = window.area("seating")
    assert isinstance(seating, SeatingPage)
    assert window.current_area() == "seating"
    dialog = seating.dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.delegation.currentData() == delegation_id
    dialog.reject()


def test_the_checklist_tab_counts_open_tasks_and_turns_red_when_one_is_overdue(
    qtbot: QtBot, db: Database, clerk: Actor, delegation_id: int
) -> None:
    with db.read() as s:
        standard = s.scalar(
            select(func.count()).where(ChecklistItem.delegation_id == delegation_id)
        )
    page = DelegationsPage(desk_session(db, clerk.login, PASSWORD), None, clock=lambda: BEFORE)
    qtbot.addWidget(page)
    page.select_delegation(delegation_id)
    tabs = page.tables.tabs
    index = tabs.indexOf(page.checklist)
    assert tabs.tabText(index) == f"Checklist ({standard} open)"
    assert tabs.tabBar().tabTextColor(index) != QColor(OVERDUE_COLOR)
    with db.unit() as s:
        add_item(s, clerk, delegation_id, "准备欢迎横幅", BEFORE - timedelta(hours=1))
    page.refresh()
    assert tabs.tabText(index) == f"Checklist ({standard + 1} open)"
    assert tabs.tabBar().tabTextColor(index) == QColor(OVERDUE_COLOR)
    assert tabs.tabBar().tabToolTip(index) == "Overdue tasks: 1"

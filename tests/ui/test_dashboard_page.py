"""The overview page as the operators see it first: each role its own figures, a change at
another desk (another process) shown within a second, and a figure opening its list."""

from __future__ import annotations

import multiprocessing
import time
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.security.keys import Keys
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.dashboard.dashboard_page import DashboardPage
from reception.ui.home_page import HomePage
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.delegations_page import DelegationsPage
from reception.ui.main_window import MainWindow
from reception.ui.petitions.cases_page import CasesPage
from reception.ui.queue.onsite_page import OnSitePage
from tests.integration.petition_desks import RECEIVED, register_matters
from tests.integration.queue_desks import DEADLINE_S
from tests.ui.support import PASSWORD, desk_session

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, the day RECEIVED
QUEUE = ["visitors_today", "onsite_now", "waiting"]
LODGING = [
    "rooms_occupied", "arrivals_today", "departures_today", "delegations_in_house",
    "checklist_overdue",
]  # fmt: skip
PETITIONS = [
    "cases_new_today", "cases_due_soon", "cases_overdue", "joint_visits_today",
    "next_leader_day",
]  # fmt: skip


def _page(
    qtbot: QtBot, db: Database, actor: Actor, changes: ChangeWatcher | None = None
) -> DashboardPage:
    session = (
        desk_session(db)
        if actor.role == Role.ADMINISTRATOR
        else desk_session(db, actor.login, PASSWORD)
    )
    home = HomePage(session.operator, "某某县人民政府办公室")
    page = DashboardPage(session, home, changes, clock=lambda: NOW)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.picture_shown, timeout=5000):
        page.show()
    return page


@pytest.mark.parametrize(
    ("role", "tiles"),
    [
        (Role.RECEPTIONIST, QUEUE),
        (Role.LODGING_CLERK, LODGING),
        (Role.PETITIONS_OFFICER, PETITIONS),
        (Role.DIRECTOR, QUEUE + LODGING + PETITIONS),
        (Role.ADMINISTRATOR, []),
    ],
)
def test_each_role_sees_the_figures_of_its_own_areas(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], role: Role, tiles: list[str]
) -> None:
    page = _page(qtbot, db, staff[role])
    assert list(page.tiles) == tiles
    assert page.charts.isVisibleTo(page) == bool(tiles)


def test_a_figure_shows_what_was_recorded(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    people = [PetitionerForm("张一", is_representative=True), PetitionerForm("张二")]
    joint = IntakeForm("visit", RECEIVED, "集体反映拖欠工资", people, people_count=5)
    with db.unit() as s:
        register_case(s, officer, joint)
    page = _page(qtbot, db, officer)
    texts = page.tile_texts()
    assert texts["cases_new_today"] == "1 New cases today"
    assert texts["joint_visits_today"] == "1 Joint visits today"
    assert page.tiles["joint_visits_today"].alerting


@pytest.mark.slow
def test_a_case_registered_at_another_desk_shows_within_a_second(
    qtbot: QtBot, db: Database, db_url: object, keys: Keys, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    changes = ChangeWatcher(db)  # the desk's own interval: 500 ms
    page = _page(qtbot, db, officer, changes)
    assert page.tiles["cases_new_today"].value_label.text() == "0"
    changes.start()
    assert officer.operator_id is not None
    who = (officer.operator_id, officer.login, officer.role.value if officer.role else "")
    url = db_url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(1), context.Queue()
    desk = context.Process(
        target=register_matters, args=(url, keys.master, who, 0, 1, start, results)
    )
    desk.start()
    try:
        _, numbers, error = results.get(timeout=DEADLINE_S)
        written = time.monotonic()  # the other desk has committed
        assert (numbers, error) == (["XF2026-000001"], "")
        qtbot.waitUntil(
            lambda: page.tiles["cases_new_today"].value_label.text() == "1", timeout=1000
        )
        assert time.monotonic() - written < 1.0
    finally:
        changes.stop()
        desk.join(timeout=DEADLINE_S)


def test_enter_on_the_overdue_figure_opens_the_overdue_cases(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_area() == "home"
    tile = window.dashboard.tiles["cases_overdue"]
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Return)
    assert window.current_area() == "petitions"
    cases = window.area("petitions")
    assert isinstance(cases, CasesPage)
    assert cases.filters.current().overdue
    QTest.keyClick(window.dashboard.tiles["cases_due_soon"], Qt.Key.Key_Space)
    assert cases.filters.current().due_within == cases.due_soon_days
    assert not cases.filters.current().overdue


def test_a_click_on_rooms_opens_the_room_chart(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.LODGING_CLERK].login, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tile = window.dashboard.tiles["rooms_occupied"]
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_area() == "room_chart"


def test_new_cases_and_joint_visits_open_only_those_cases_until_cleared(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    people = [PetitionerForm("张一", is_representative=True), PetitionerForm("张二")]
    with db.unit() as s:
        register_case(
            s,
            officer,
            IntakeForm("letter", date(2026, 11, 2), "反映噪声扰民", people, people_count=2),
        )
        joint = IntakeForm("visit", date(2026, 11, 25), "集体反映拖欠工资", people, people_count=6)
        today_no = register_case(s, officer, joint).case_no
    window = MainWindow(desk_session(db, officer.login, PASSWORD))
    qtbot.addWidget(window)
    cases = window.area("petitions")
    assert isinstance(cases, CasesPage)
    cases.today = lambda: date(2026, 11, 25)  # type: ignore[method-assign]
    for key in ("cases_new_today", "joint_visits_today"):
        assert window.open_figure(key)
        assert window.current_area() == "petitions"
        assert [v.case_no for v in cases.model.rows()] == [today_no]
        assert cases.filters.focus_label.isVisibleTo(cases)
    cases.filters.focus_clear.click()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2)
    assert not cases.filters.focus_label.isVisibleTo(cases)


def test_delegations_in_house_opens_the_delegations_of_today(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    window = MainWindow(desk_session(db, clerk.login, PASSWORD))
    qtbot.addWidget(window)
    assert window.open_figure("delegations_in_house")
    page = window.area("delegations")
    assert isinstance(page, DelegationsPage)
    today = page.today()
    assert page.left.period() == (today, today)


def test_a_series_row_opens_the_queue(qtbot: QtBot, db: Database, staff: dict[Role, Actor]) -> None:
    page = _page(qtbot, db, staff[Role.RECEPTIONIST])
    assert page.series_model.rowCount() >= 1
    view = page.series_view
    with qtbot.waitSignal(page.figure_opened) as opened:
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(view.model().index(0, 0)).center(),
        )
    assert opened.args == ["waiting"]


def test_visitors_today_opens_everyone_today_and_on_site_those_still_here(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    qtbot.addWidget(window)
    assert window.open_figure("visitors_today")
    page = window.area("onsite")
    assert isinstance(page, OnSitePage)
    assert window.current_area() == "onsite"
    assert page.everyone.isChecked()
    assert window.open_figure("onsite_now")
    assert not page.everyone.isChecked()

"""The petitions page as the officer reads it: the deadlines view with overdue and due-soon
cases first and coloured, its filters, other desks' changes, the desk's menu and calendar
warning, and what a role without petitioners' details sees."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from reception.core.petitions.calendar_edit import calendar_warning
from reception.core.petitions.states import Step
from reception.core.petitions.views import Urgency
from reception.core.security.roles import GRANTS, Actor, Permission, Role
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.main_window import MainWindow
from reception.ui.petitions.case_model import CaseModel
from reception.ui.petitions.cases_page import CasesPage
from reception.ui.petitions.intake_dialog import IntakeDialog
from reception.ui.petitions.petition_texts import (
    DUE_SOON_BACKGROUND,
    DUE_TODAY_TEXT,
    OVERDUE_BACKGROUND,
)
from reception.ui.session import DeskSession
from tests.ui.petition_support import TODAY, audits, register, step, type_text
from tests.ui.support import ADMIN_PASSWORD, PASSWORD, desk_session


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def session(db: Database, officer: Actor) -> DeskSession:
    return desk_session(db, officer.login, PASSWORD)


@pytest.fixture
def cases(db: Database, officer: Actor) -> dict[str, int]:
    """One case of each urgency on TODAY, and one refused (closed)."""
    made = {
        "on_track": register(db, officer, date(2026, 11, 24), name="赵六"),  # due 12-09
        "due_soon": register(db, officer, date(2026, 11, 13), name="王五"),  # 11-28 → 11-30
        "overdue": register(db, officer, date(2026, 10, 20), name="张小三"),  # due 11-04
        "due_today": register(db, officer, date(2026, 11, 10), name="李四", unit="市人社局"),
        "closed": register(db, officer, date(2026, 11, 20), name="孙七"),
    }
    step(db, officer, made["closed"].id, Step.REFUSE, TODAY, reason="不属于信访事项。")
    return {key: view.id for key, view in made.items()}


def _page(qtbot: QtBot, session: DeskSession, changes: ChangeWatcher | None = None) -> CasesPage:
    page = CasesPage(session, changes, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def _column(page: CasesPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _brush(page: CasesPage, row: int, role: Qt.ItemDataRole) -> object:
    value = page.model.index(row, CaseModel.DUE).data(role)
    return value.color() if isinstance(value, QBrush) else None


def _warned(db: Database, text: str) -> bool:
    """The warning names every missing year (from October the coming one is expected)."""
    with db.read() as s:
        missing = calendar_warning(s)
    return all(str(year) in text for year in missing) and bool(text) == bool(missing)


def test_overdue_and_due_soon_cases_come_first_in_their_colours(
    qtbot: QtBot, session: DeskSession, cases: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    assert _column(page, CaseModel.PETITIONERS) == ["张小三", "李四", "王五", "赵六"]
    urgencies = [page.model.index(row, 0).data(CaseModel.URGENCY_ROLE) for row in range(4)]
    assert urgencies == [Urgency.OVERDUE, Urgency.DUE_TODAY, Urgency.DUE_SOON, Urgency.ON_TRACK]
    due = _column(page, CaseModel.DUE)
    assert due[0] == "11-04 · 21 days overdue"
    assert due[1] == "11-25 · due today"
    assert due[2] == "11-30 · 5 days left"
    background = Qt.ItemDataRole.BackgroundRole
    assert _brush(page, 0, background) == OVERDUE_BACKGROUND
    assert _brush(page, 2, background) == DUE_SOON_BACKGROUND
    assert _brush(page, 3, background) is None
    assert _brush(page, 1, Qt.ItemDataRole.ForegroundRole) == DUE_TODAY_TEXT
    assert page.model.index(0, CaseModel.DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert page.count_label.text() == "4 cases"


def test_the_filters_narrow_the_list(
    qtbot: QtBot, session: DeskSession, cases: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    filters = page.filters
    filters.overdue.setChecked(True)
    qtbot.waitUntil(lambda: _column(page, CaseModel.PETITIONERS) == ["张小三"])
    filters.overdue.setChecked(False)
    filters.due_soon.setChecked(True)  # within 5 days: overdue ones included
    qtbot.waitUntil(lambda: _column(page, CaseModel.PETITIONERS) == ["张小三", "李四", "王五"])
    filters.due_soon.setChecked(False)
    filters.unit.setCurrentIndex(filters.unit.findData("市人社局"))
    qtbot.waitUntil(lambda: _column(page, CaseModel.PETITIONERS) == ["李四"])
    filters.unit.setCurrentIndex(0)
    qtbot.keyClicks(filters.search, "wangw")
    qtbot.waitUntil(lambda: _column(page, CaseModel.PETITIONERS) == ["王五"])
    filters.search.clear()
    type_text(filters.search, "孙")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 cases")
    filters.closed_too.setChecked(True)
    qtbot.waitUntil(lambda: _column(page, CaseModel.PETITIONERS) == ["孙七"])
    assert _column(page, CaseModel.STATE) == ["Not accepted"]


def test_another_desks_case_appears_and_the_open_case_is_not_opened_again(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession, cases: dict[str, int]
) -> None:
    watcher = ChangeWatcher(db)
    page = _page(qtbot, session, watcher)
    assert page.select_case(cases["overdue"])
    assert page.panel.case is not None and page.panel.case.id == cases["overdue"]
    assert audits(db, "petition.open") == 1
    other = register(db, officer, TODAY, name="周八")  # another desk
    watcher.poll()
    assert "周八" in _column(page, CaseModel.PETITIONERS)
    assert page.chosen_case() is not None and page.chosen_case().id == cases["overdue"]  # type: ignore[union-attr]
    watcher.poll()  # the opening's own audit row: nothing changed on the case
    assert audits(db, "petition.open") == 1
    step(db, officer, cases["overdue"], Step.ACCEPT, TODAY)  # another desk accepts it
    watcher.poll()
    assert audits(db, "petition.open") == 2
    assert "Accepted" in page.panel.header_text()
    assert other.id != cases["overdue"]


def test_a_role_without_details_sees_masked_names_and_no_record(
    qtbot: QtBot,
    db: Database,
    staff: dict[Role, Actor],
    cases: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = GRANTS[Role.DIRECTOR] - {Permission.SEE_PETITIONER_DETAILS}
    monkeypatch.setitem(GRANTS, Role.DIRECTOR, reader)
    page = _page(qtbot, desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    assert _column(page, CaseModel.PETITIONERS) == ["张*三", "李*", "王*", "赵*"]
    assert not page.new_button.isVisible()
    assert page.select_case(cases["overdue"])
    panel = page.panel
    assert "张*三" in panel.header_text() and "张小三" not in panel.header_text()
    assert panel.masked_note.isVisible() and not panel.tabs.isVisible()
    assert panel.button_texts() == []
    assert audits(db, "petition.open") == 0


def test_the_desk_gives_the_officer_the_petitions_menu_and_the_calendar_warning(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], cases: dict[str, int]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.PETITIONS_OFFICER].login, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.area_titles() == ["Overview", "Petitions", "Leader reception days"]
    area = window.petitions
    assert area.menu is not None and area.new_case_action is not None
    assert _warned(db, area.calendar_warning_text())
    area.new_case()
    assert window.current_area() == "petitions"
    assert isinstance(area.dialog, IntakeDialog) and area.dialog.isVisible()
    area.dialog.reject()


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.LODGING_CLERK])
def test_roles_without_petitions_get_nothing_of_them(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    window = MainWindow(desk_session(db, staff[role].login, PASSWORD))
    qtbot.addWidget(window)
    assert "petitions" not in window.area_keys()
    assert window.petitions.menu is None
    assert window.petitions.calendar_warning_text() == ""


def test_the_administrator_gets_the_calendar_and_settings_but_no_cases(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    window = MainWindow(desk_session(db, "admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    assert "petitions" not in window.area_keys()
    texts = [action.text() for action in window.ui.menuSettings.actions()]
    assert "Working-day &calendar…" in texts and "&Petitions settings…" in texts
    assert _warned(db, window.petitions.calendar_warning_text())

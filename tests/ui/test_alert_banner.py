"""Alerts in the desk as the clerk meets them: the banner shows the most urgent alert, Open
shows its record in its page, Got it acknowledges it in the clerk's name and the banner
moves to the next; another desk's acknowledgement takes it away here; the list (F9) and
the tray notification open records too; the administrator's rules dialog saves the rules
and refuses what it may not save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.alerts.acknowledge import acknowledge
from reception.core.alerts.models import AlertAcknowledgement
from reception.core.alerts.raised import AlertKind
from reception.core.alerts.rules import NUMBERS, AlertRules, load_alert_rules
from reception.core.security.models import AuditEntry
from reception.core.security.operators import add_operator, set_active
from reception.core.security.roles import Actor, Role
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.alerts.alerts_area import AlertsArea, install_alerts
from reception.ui.main_window import MainWindow
from reception.ui.petitions.cases_page import CasesPage
from reception.ui.queue.onsite_page import OnSitePage
from tests.ui.support import ADMIN_PASSWORD, PASSWORD, desk_session
from tests.unit.dashboard_support import add_case, add_visit

WAIT_MS = 5000


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def cases(db: Database, officer: Actor) -> dict[str, int]:
    """An overdue case and one due tomorrow, on the office's real today (the pages' own)."""
    with db.read() as s:
        today = office_day(utcnow(), load_settings(s).zone)
    with db.unit() as s:
        received = today - timedelta(days=20)
        overdue = add_case(s, officer, received_on=received, due=today - timedelta(days=2))
        due = add_case(s, officer, received_on=received, due=today + timedelta(days=1))
    return {"overdue": overdue, "due": due}


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.changes.stop()
        window.close()


def _desk(
    qtbot: QtBot,
    db: Database,
    windows: list[MainWindow],
    login: str,
    password: str = PASSWORD,
    *,
    tray: bool = False,
) -> tuple[MainWindow, AlertsArea]:
    window = MainWindow(desk_session(db, login, password))
    qtbot.addWidget(window)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    area = install_alerts(window)  # the window's own, once main_window installs it
    qtbot.waitUntil(lambda: bool(area.alerts), timeout=WAIT_MS)
    area.set_tray(tray)
    return window, area


def _shown_case(window: MainWindow) -> int | None:
    page = window.area("petitions")
    assert isinstance(page, CasesPage)
    case = page.panel.case
    return case.id if case is not None else None


def test_open_shows_the_overdue_case_in_the_petitions_page(
    qtbot: QtBot, db: Database, officer: Actor, cases: dict[str, int], windows: list[MainWindow]
) -> None:
    window, area = _desk(qtbot, db, windows, officer.login)
    banner = area.banner
    assert banner.isVisible()
    assert banner.alert is not None and banner.alert.kind is AlertKind.CASE_OVERDUE
    assert "XF" in banner.text() and "overdue" in banner.text()
    assert banner.more_text() == "1 more alert(s)"
    assert window.current_area() == "home"
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "petitions"
    assert _shown_case(window) == cases["overdue"]


def test_got_it_acknowledges_in_the_clerks_name_and_moves_to_the_next(
    qtbot: QtBot, db: Database, officer: Actor, cases: dict[str, int], windows: list[MainWindow]
) -> None:
    _window, area = _desk(qtbot, db, windows, officer.login)
    banner = area.banner
    first = banner.alert
    assert first is not None
    qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert banner.alert is not None
    assert banner.alert.kind is AlertKind.CASE_DUE
    assert banner.alert.record_id == cases["due"]
    assert banner.more_text() == ""
    with db.read() as s:
        row = s.scalar(select(AlertAcknowledgement).where(AlertAcknowledgement.key == first.key))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "alert.acknowledge"))
        logins = [entry.operator_login for entry in audit]
    assert row is not None and row.operator_id == officer.operator_id
    assert logins == [officer.login]
    # The list still shows the acknowledged one, with who acknowledged it.
    dialog = area.show_list()
    assert dialog is not None
    model = dialog.model
    assert model.rowCount() == 2
    acknowledged = model.alert(1)
    assert acknowledged is not None and acknowledged.key == first.key
    who = model.data(model.index(1, model.ACKNOWLEDGED))
    assert str(who).startswith("petitions_officer at ")
    assert dialog.choose(first.key)
    assert not dialog.acknowledge_button.isEnabled()
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_another_desks_acknowledgement_takes_the_alert_away_here(
    qtbot: QtBot,
    db: Database,
    staff: dict[Role, Actor],
    cases: dict[str, int],
    windows: list[MainWindow],
) -> None:
    window, area = _desk(qtbot, db, windows, staff[Role.PETITIONS_OFFICER].login)
    first = area.banner.alert
    assert first is not None
    with db.unit() as s:
        acknowledge(s, staff[Role.DIRECTOR], first.key)
    with qtbot.waitSignal(area.alerts_shown, timeout=WAIT_MS):
        window.changes.poll()
    assert area.banner.alert is not None
    assert area.banner.alert.key != first.key
    gone = next(a for a in area.alerts if a.key == first.key)
    assert gone.acknowledged_by == "director"


def test_the_list_opens_the_chosen_alert_with_the_keyboard(
    qtbot: QtBot, db: Database, officer: Actor, cases: dict[str, int], windows: list[MainWindow]
) -> None:
    window, area = _desk(qtbot, db, windows, officer.login)
    assert area.list_action is not None
    assert area.list_action.shortcut().toString() == "F9"
    area.list_action.trigger()
    dialog = area.list_dialog
    assert dialog is not None and dialog.isVisible()
    due = next(a for a in area.alerts if a.record_id == cases["due"])
    assert dialog.choose(due.key)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.current_area() == "petitions"
    assert _shown_case(window) == cases["due"]
    tab = Qt.FocusPolicy.TabFocus
    for button in (area.banner.open_button, area.banner.acknowledge_button):
        assert button.focusPolicy() & tab == tab


def test_a_tray_notification_once_per_alert_opens_its_record(
    qtbot: QtBot, db: Database, officer: Actor, cases: dict[str, int], windows: list[MainWindow]
) -> None:
    window, area = _desk(qtbot, db, windows, officer.login, tray=True)
    tray = area.tray
    assert tray.icon is not None
    assert len(tray.shown_messages) == 1
    title, text = tray.shown_messages[0]
    assert "Case overdue" in title and "(and 1 more)" in text
    with qtbot.waitSignal(area.alerts_shown, timeout=WAIT_MS):
        area.refresh()
    assert len(tray.shown_messages) == 1  # nothing new: nothing told again
    tray.icon.messageClicked.emit()
    assert window.current_area() == "petitions"
    assert _shown_case(window) == cases["overdue"]


def test_a_long_wait_opens_the_visitor_on_the_on_site_list(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], windows: list[MainWindow]
) -> None:
    now = utcnow()
    with db.read() as s:
        today = office_day(now, load_settings(s).zone)
    with db.unit() as s:
        add_visit(s, today, now - timedelta(minutes=5), ticket="waiting")
        waited = add_visit(s, today, now - timedelta(minutes=45), ticket="waiting")
    window, area = _desk(qtbot, db, windows, staff[Role.RECEPTIONIST].login)
    assert area.banner.alert is not None
    assert area.banner.alert.kind is AlertKind.LONG_WAIT
    assert "张*" in area.banner.text() and "张三" not in area.banner.text()
    qtbot.mouseClick(area.banner.open_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "onsite"
    page = window.area("onsite")
    assert isinstance(page, OnSitePage)
    chosen = page.selected()
    assert chosen is not None and chosen.visit_id == waited


def test_a_desk_with_no_alert_area_shows_no_banner(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], cases: dict[str, int]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.LODGING_CLERK].login, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    area = install_alerts(window, tray=False)
    with qtbot.waitSignal(area.alerts_shown, timeout=WAIT_MS):
        area.refresh()
    assert area.alerts == []
    assert not area.banner.isVisible()
    window.changes.stop()


# -- the administrator's rules ---------------------------------------------------------------


def _rules_dialog(
    qtbot: QtBot, db: Database, windows: list[MainWindow], login: str, password: str
) -> tuple[MainWindow, AlertsArea]:
    window = MainWindow(desk_session(db, login, password))
    qtbot.addWidget(window)
    windows.append(window)
    window.show()
    area = install_alerts(window, tray=False)
    texts = [action.text() for action in window.ui.menuSettings.actions()]
    assert "&Alert rules…" in texts
    action = next(a for a in window.ui.menuSettings.actions() if a.text() == "&Alert rules…")
    action.trigger()
    assert area.rules_dialog is not None
    return window, area


def _stored(db: Database) -> AlertRules:
    with db.read() as s:
        return load_alert_rules(s)


def test_the_rules_dialog_saves_the_rules(
    qtbot: QtBot, db: Database, admin: Actor, windows: list[MainWindow]
) -> None:
    _window, area = _rules_dialog(qtbot, db, windows, "admin", ADMIN_PASSWORD)
    dialog = area.rules_dialog
    assert dialog is not None
    for name, spin in dialog.numbers.items():
        assert (spin.minimum(), spin.maximum()) == NUMBERS[name]
    dialog.joint_visit.setChecked(False)
    dialog.wait_minutes.setValue(45)
    dialog.case_due.setChecked(False)
    assert not dialog.case_due_days.isEnabled()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert _stored(db) == AlertRules(joint_visit=False, case_due=False, wait_minutes=45)


def test_the_rules_dialog_refuses_what_it_may_not_save(
    qtbot: QtBot, db: Database, admin: Actor, windows: list[MainWindow]
) -> None:
    with db.unit() as s:
        add_operator(s, admin, "admin2", "副管理员", Role.ADMINISTRATOR, PASSWORD)
    _window, area = _rules_dialog(qtbot, db, windows, "admin2", PASSWORD)
    dialog = area.rules_dialog
    assert dialog is not None
    # Below the least number the box keeps its value: a refused number is never sent.
    spin = dialog.wait_minutes
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2")
    spin.interpretText()
    assert spin.value() == 30
    # Disabled at another desk meanwhile: the red line says so and nothing is saved.
    with db.unit() as s:
        set_active(s, admin, "admin2", False)
    dialog.long_wait.setChecked(False)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "disabled" in dialog.error_label.text()
    assert dialog.isVisible()
    assert _stored(db) == AlertRules()

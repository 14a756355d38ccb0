"""The main window: the areas each role sees, the status bar, the keyboard."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from reception.config import DeskConfig, describe
from reception.core.security.operators import add_operator
from reception.core.security.roles import Actor, Permission, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.ui.home_page import long_date
from reception.ui.main_window import MainWindow
from reception.ui.operators_page import OperatorsPage
from reception.ui.password_dialog import PasswordDialog
from reception.ui.session import DeskSession
from reception.ui.settings_dialog import SettingsDialog
from tests.ui.support import PASSWORD, desk_session


def _window(qtbot: QtBot, session: DeskSession) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    ("role", "areas"),
    [
        (Role.RECEPTIONIST, ["Overview", "Registration", "Counter", "On site"]),
        (
            Role.LODGING_CLERK,
            ["Overview", "Room chart", "Delegations", "Rooms", "Officials", "Seating"],
        ),
        (Role.PETITIONS_OFFICER, ["Overview", "Petitions", "Leader reception days"]),
        (
            Role.DIRECTOR,
            [
                "Overview",
                "On site",
                "Room chart",
                "Delegations",
                "Rooms",
                "Petitions",
                "Leader reception days",
                "Officials",
                "Seating",
                "Audit log",
            ],
        ),
        (Role.ADMINISTRATOR, ["Overview", "Operators", "Audit log"]),
    ],
)
def test_each_role_sees_exactly_its_areas(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], role: Role, areas: list[str]
) -> None:
    login, password = staff[role].login, PASSWORD
    if role is Role.ADMINISTRATOR:
        password = "admin-pass-1"
    window = _window(qtbot, desk_session(db, login, password))
    assert window.area_titles() == areas
    assert window.ui.areas.count() == len(areas)
    assert window.current_area() == "home"


def test_an_area_the_role_may_not_use_is_never_built(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = _window(qtbot, desk_session(db, "receptionist", PASSWORD))
    built: list[str] = []

    def page() -> QLabel:
        built.append("built")
        return QLabel("secret")

    assert not window.add_area("petitions", "Petitions", page, Permission.HANDLE_PETITIONS)
    assert window.add_area("visitors", "Visitors", QLabel("queue"), Permission.SERVE_VISITORS)
    assert built == []
    assert window.area_titles() == ["Overview", "Registration", "Counter", "On site", "Visitors"]


def test_a_page_is_built_when_first_shown(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    built: list[QLabel] = []

    def page() -> QLabel:
        built.append(QLabel("lazy"))
        return built[-1]

    assert window.add_area("later", "Later", page)
    assert built == []
    window.show_area("later")
    assert len(built) == 1 and window.ui.areas.currentWidget() is built[0]
    window.show_area("home")
    window.show_area("later")
    assert len(built) == 1 and window.area("later") is built[0]


def test_status_bar_title_and_welcome(qtbot: QtBot, db: Database, admin: Actor) -> None:
    with db.unit() as session:
        update_settings(session, admin, office_name="某某县人民政府办公室")
    window = _window(qtbot, desk_session(db))
    assert window.windowTitle() == "某某县人民政府办公室 · Reception desk"
    status = window.status
    assert status.operator_label.text() == "管理员 · Administrator"
    assert status.desk_label.text() == "一号台 · Counter 3"
    assert status.database_label.toolTip() == describe(db.url)
    assert re.fullmatch(r"\d\d:\d\d:\d\d", status.clock_label.text())
    assert window.home.office_label.text() == "某某县人民政府办公室"
    assert "管理员" in window.home.welcome_label.text()
    assert long_date(QDate.currentDate(), "zh_CN") in window.home.date_label.text()


def test_the_clock_ticks(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    window.status.clock_label.setText("")
    qtbot.waitUntil(lambda: window.status.clock_label.text() != "", timeout=1500)


def test_chinese_date_style() -> None:
    assert long_date(QDate(2026, 11, 25), "zh_CN") == "2026年11月25日 星期三"
    assert long_date(QDate(2026, 11, 25), "en") == "Wednesday 25 November 2026"


def test_ctrl_number_switches_areas(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "audit"
    assert window.ui.areas.currentWidget() is window.area("audit")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "home"


def test_office_name_follows_another_desks_change(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    with db.unit() as session:
        update_settings(session, admin, office_name="新的办公室")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("新的办公室"), timeout=2000)
    assert window.home.office_label.text() == "新的办公室"


def test_f5_refreshes_the_shown_area(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    window.changes.stop()  # only the key may refresh here
    window.show_area("operators")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.area("operators")
    assert isinstance(page, OperatorsPage)
    with db.unit() as session:
        add_operator(session, admin, "wangwu", "王五", Role.RECEPTIONIST, "first-pass-1")
    assert page.model.row_of("wangwu") == -1
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.model.row_of("wangwu") >= 0


def test_settings_change_the_title_and_this_desk(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, desk_session(db))
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.officeName.isEnabled()
    dialog.ui.officeName.setText("某某市信访局")
    dialog.ui.deskName.setText("二楼")
    dialog.ui.counter.setValue(5)
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.windowTitle() == "某某市信访局 · Reception desk"
    assert window.status.desk_label.text() == "二楼 · Counter 5"
    assert DeskConfig.load() == DeskConfig(desk_name="二楼", language="en", counter=5)


def test_only_the_administrator_may_change_office_settings(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = _window(qtbot, desk_session(db, "director", PASSWORD))
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert not dialog.ui.officeName.isEnabled()
    assert not dialog.ui.idleLockMinutes.isEnabled()
    assert dialog.ui.officeNote.isVisible()
    dialog.ui.deskName.setText("主任室")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.status.desk_label.text() == "主任室 · Counter 3"


def test_changing_ones_own_password_refuses_a_wrong_current_one(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    window = _window(qtbot, desk_session(db))
    window.ui.actionChangePassword.trigger()
    dialog = window.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ui.noticeLabel.isVisible()
    dialog.ui.current.setText("not-my-password")
    dialog.ui.newPassword.setText("new-pass-123")
    dialog.ui.newPasswordAgain.setText("new-pass-123")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() == "The current password is wrong.")
    assert dialog.isVisible()
    dialog.ui.current.setText("admin-pass-1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Your password was changed.", timeout=5000
    )


def test_the_alerts_come_just_after_the_window(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    qtbot.addWidget(window)
    assert window.alerts is None  # signing in does not wait for them
    qtbot.waitUntil(lambda: window.alerts is not None, timeout=2000)


def test_a_window_closed_at_once_never_reads_the_alerts(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    window = MainWindow(desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    qtbot.addWidget(window)
    assert window.alerts_timer.isActive()
    window.close()
    assert not window.alerts_timer.isActive()  # nothing may read a closed desk
    assert window.alerts is None

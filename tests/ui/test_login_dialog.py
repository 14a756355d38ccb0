"""Sign-in: Enter signs in; a wrong password is refused in the dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from reception.core.security.audit import page
from reception.core.security.operators import set_active
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.login_dialog import LoginDialog
from tests.ui.support import ADMIN_PASSWORD


def _names(dialog: LoginDialog) -> list[str]:
    combo = dialog.ui.operatorCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_enter_signs_in(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = LoginDialog(db, "某某县人民政府办公室")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.officeLabel.text() == "某某县人民政府办公室"
    assert _names(dialog) == ["admin"]
    assert dialog.ui.operatorCombo.currentText() == "admin"  # the only one, chosen
    qtbot.keyClicks(dialog.ui.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.sign_in is not None and dialog.sign_in.operator is not None
    assert dialog.sign_in.operator.login == "admin"


def test_a_wrong_password_shows_the_message_and_clears_the_field(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.operatorCombo.setCurrentText("admin")
    qtbot.keyClicks(dialog.ui.password, "not-the-password")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.sign_in is None
    assert dialog.ui.errorLabel.text() == "Wrong sign-in name or password."
    assert dialog.ui.password.text() == ""
    with db.read() as session:
        newest = page(session, admin, limit=1)[0]
    assert newest.action == "operator.sign_in_failed"  # committed before it was shown


def test_enter_on_the_name_moves_on_without_counting_a_miss(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.operatorCombo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == ""
    with db.read() as session:
        assert page(session, admin, limit=1)[0].action != "operator.sign_in_failed"


def test_disabled_operators_are_not_offered(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    with db.unit() as session:
        set_active(session, staff[Role.ADMINISTRATOR], "receptionist", False)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert "receptionist" not in _names(dialog)
    assert "director" in _names(dialog)


# -- at start-up the dialog is up before the database is open -------------------------------


def test_enter_before_the_database_is_open_waits_then_signs_in(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.is_ready()
    assert _names(dialog) == []
    qtbot.keyClicks(dialog.ui.operatorCombo.lineEdit(), "admin")
    qtbot.keyClicks(dialog.ui.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.ui.password.isEnabled()  # greyed while it waits
    assert QApplication.overrideCursor() is not None
    with qtbot.waitSignal(dialog.ready):
        dialog.database_opened(db, "某某县人民政府办公室", ["admin"])
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.sign_in is not None and dialog.sign_in.operator is not None
    assert dialog.sign_in.operator.login == "admin"
    assert QApplication.overrideCursor() is None


def test_the_names_come_with_the_database_and_keep_what_was_typed(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.operatorCombo.lineEdit(), "dir")
    dialog.database_opened(db, "某某县人民政府办公室", ["admin", "director"])
    assert dialog.ui.officeLabel.text() == "某某县人民政府办公室"
    assert _names(dialog) == ["admin", "director"]
    assert dialog.ui.operatorCombo.currentText() == "dir"


def test_the_only_operator_is_chosen_when_nothing_was_typed(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database_opened(db, "", ["admin"])
    assert dialog.ui.operatorCombo.currentText() == "admin"
    assert dialog.focusWidget() is dialog.ui.password


def test_closing_while_waiting_leaves_no_busy_cursor(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = LoginDialog(None, login="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert QApplication.overrideCursor() is not None
    dialog.reject()
    assert QApplication.overrideCursor() is None
    assert dialog.sign_in is None

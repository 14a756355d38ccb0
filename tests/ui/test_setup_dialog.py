"""First start: the setup dialog creates the administrator and names the office."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from reception.core.security.operators import list_operators, operator_count
from reception.core.settings import load_settings
from reception.db.database import Database
from reception.ui.setup_dialog import SetupDialog


def _fill(dialog: SetupDialog, office: str, again: str) -> None:
    ui = dialog.ui
    ui.officeName.setText(office)
    ui.login.setText("zhangsan")
    ui.displayName.setText("张三")
    ui.password.setText("secret-pass-1")
    ui.passwordAgain.setText(again)


def _ok(dialog: SetupDialog, qtbot: QtBot) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _operators(db: Database) -> int:
    with db.read() as session:
        return operator_count(session)


def test_mismatched_passwords_are_refused_with_a_visible_message(
    qtbot: QtBot, db: Database
) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, "某某县人民政府办公室", "secret-pass-2")
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert "passwords differ" in dialog.ui.errorLabel.text()
    assert dialog.ui.passwordAgain.text() == ""
    assert dialog.sign_in is None
    assert _operators(db) == 0


def test_filled_right_it_creates_the_administrator_and_signs_in(qtbot: QtBot, db: Database) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, "某某县人民政府办公室", "secret-pass-1")
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.sign_in is not None and dialog.sign_in.operator is not None
    assert dialog.sign_in.operator.display_name == "张三"
    with db.read() as session:
        assert load_settings(session).office_name == "某某县人民政府办公室"
        assert dialog.sign_in.actor is not None
        (only,) = list_operators(session, dialog.sign_in.actor)
    assert only.login == "zhangsan" and only.role == "administrator"


def test_a_refused_office_name_creates_no_administrator(qtbot: QtBot, db: Database) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, "   ", "secret-pass-1")
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert "office name" in dialog.ui.errorLabel.text()
    assert _operators(db) == 0  # one unit of work: the administrator was rolled back too

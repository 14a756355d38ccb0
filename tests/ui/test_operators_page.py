"""The operators area: what the administrator sees after each action."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from shiboken6 import isValid

from reception.core.security.operators import add_operator, list_operators
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.models.operator_model import OperatorModel
from reception.ui.operator_dialog import OperatorDialog
from reception.ui.operators_page import OperatorsPage
from reception.ui.password_dialog import PasswordDialog
from tests.ui.support import sign_in


def _page(qtbot: QtBot, db: Database, actor: Actor) -> OperatorsPage:
    page = OperatorsPage(db, actor)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown(page: OperatorsPage, column: int) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def _row(page: OperatorsPage, login: str) -> list[str]:
    model = page.model
    row = model.row_of(login)
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def _message(page: OperatorsPage, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: page.findChild(QMessageBox) is not None)
    box = page.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    return box


def _closed(dialog: QWidget) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def _stored(db: Database, admin: Actor) -> dict[str, tuple[str, bool]]:
    with db.read() as session:
        return {op.login: (op.role.value, op.active) for op in list_operators(session, admin)}


def test_lists_operators_with_translated_columns(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    page = _page(qtbot, db, staff[Role.ADMINISTRATOR])
    assert _shown(page, OperatorModel.LOGIN) == sorted(actor.login for actor in staff.values())
    assert _row(page, "admin") == ["admin", "管理员", "Administrator", "Yes"]
    assert _row(page, "lodging_clerk")[2] == "Lodging clerk"


def test_the_filter_field_narrows_the_list(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    page = _page(qtbot, db, staff[Role.ADMINISTRATOR])
    qtbot.keyClicks(page.filter_edit, "direct")
    assert _shown(page, OperatorModel.LOGIN) == ["director"]
    page.filter_edit.clear()
    assert len(_shown(page, OperatorModel.LOGIN)) == len(staff)


def test_adding_an_operator_shows_it_in_the_list(qtbot: QtBot, db: Database, admin: Actor) -> None:
    page = _page(qtbot, db, admin)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, OperatorDialog) and dialog.isVisible()
    dialog.ui.login.setText("lisi")
    dialog.ui.displayName.setText("李四")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.DIRECTOR.value))
    dialog.ui.password.setText("first-pass-1")
    dialog.ui.passwordAgain.setText("first-pass-1")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("lisi") >= 0, timeout=5000)
    assert _row(page, "lisi") == ["lisi", "李四", "Director", "Yes"]
    chosen = page.selected()
    assert chosen is not None and chosen.login == "lisi"
    assert _closed(dialog)


def test_the_operator_dialog_refuses_differing_passwords(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    page = _page(qtbot, db, admin)
    page.add_operator()
    dialog = page.dialog
    assert isinstance(dialog, OperatorDialog)
    dialog.ui.login.setText("lisi")
    dialog.ui.password.setText("first-pass-1")
    dialog.ui.passwordAgain.setText("first-pass-2")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "passwords differ" in dialog.ui.errorLabel.text()
    assert page.model.row_of("lisi") == -1


def test_disabling_the_last_administrator_is_refused_and_changes_nothing(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    page = _page(qtbot, db, admin)
    before = _stored(db, admin)
    assert page.highlight_operator("admin")
    assert page.active_button.text() == "&Disable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _message(page, qtbot).text() == "You cannot disable your own account."
    assert _row(page, "admin")[3] == "Yes"
    assert _stored(db, admin) == before


def test_the_last_administrator_keeps_the_role(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    page = _page(qtbot, db, admin)
    before = _stored(db, admin)
    page.highlight_operator("admin")
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Receptionist")
    dialog.accept()
    assert _message(page, qtbot).text() == "The last active administrator must stay administrator."
    assert _row(page, "admin")[2] == "Administrator"
    assert _stored(db, admin) == before


def test_disable_and_enable_an_operator(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    page = _page(qtbot, db, staff[Role.ADMINISTRATOR])
    page.highlight_operator("receptionist")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _row(page, "receptionist")[3] == "No"
    assert page.active_button.text() == "&Enable"  # the selection was kept
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _row(page, "receptionist")[3] == "Yes"
    assert page.findChild(QMessageBox) is None


def test_change_a_role(qtbot: QtBot, db: Database, staff: dict[Role, Actor]) -> None:
    page = _page(qtbot, db, staff[Role.ADMINISTRATOR])
    page.highlight_operator("receptionist")
    page.change_role()
    dialog = page.dialog
    assert isinstance(dialog, QInputDialog)
    assert dialog.textValue() == "Receptionist"
    dialog.setTextValue("Director")
    dialog.accept()
    assert _row(page, "receptionist")[2] == "Director"


def test_reset_a_password_asks_for_it_twice(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    page = _page(qtbot, db, admin)
    page.highlight_operator("director")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog) and dialog.isVisible()
    ui = dialog.ui
    assert not ui.current.isVisible()
    assert "director" in ui.noticeLabel.text()
    ui.newPassword.setText("reset-pass-1")
    ui.newPasswordAgain.setText("reset-pass-2")
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "differ" in ui.errorLabel.text()
    ui.newPasswordAgain.setText("reset-pass-1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)
    result = sign_in(db, "director", "reset-pass-1")
    assert result.operator is not None and result.operator.must_change_password


def test_refreshes_when_another_desk_adds_an_operator(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    watcher = ChangeWatcher(db, interval_ms=50)
    page = OperatorsPage(db, admin, watcher)
    qtbot.addWidget(page)
    watcher.start()
    with db.unit() as session:
        add_operator(session, admin, "wangwu", "王五", Role.RECEPTIONIST, "first-pass-1")
    qtbot.waitUntil(lambda: page.model.row_of("wangwu") >= 0, timeout=2000)
    watcher.stop()

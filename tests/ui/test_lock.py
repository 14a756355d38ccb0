"""The lock: on idle or Ctrl+L the content hides behind the lock dialog; only the same
operator's password opens it; someone else may sign in instead."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from reception.core.security.roles import Actor
from reception.db.database import Database
from reception.ui.idle import IdleWatcher
from reception.ui.lock_dialog import LockDialog
from reception.ui.main_window import MainWindow
from tests.ui.support import ADMIN_PASSWORD, desk_session


def _window(qtbot: QtBot, db: Database, idle: IdleWatcher | None = None) -> MainWindow:
    window = MainWindow(desk_session(db), idle=idle)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _lock_shown(window: MainWindow) -> LockDialog:
    dialog = window.lock_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type_password(qtbot: QtBot, dialog: LockDialog, password: str) -> None:
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)


def test_idle_locks_and_only_the_right_password_unlocks(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    idle = IdleWatcher()
    window = _window(qtbot, db, idle)
    with qtbot.waitSignal(window.locked, timeout=2000):
        idle.set_timeout_ms(0)  # stops the office's countdown of minutes...
        idle.set_timeout_ms(50)  # ...for one of a moment
    dialog = _lock_shown(window)
    assert "管理员 (admin)" in dialog.ui.whoLabel.text()
    assert not window.ui.centralwidget.isVisible()  # nothing sensitive shows
    assert idle.is_paused()

    _type_password(qtbot, dialog, "wrong-password")
    assert dialog.isVisible() and window.is_locked()
    assert dialog.ui.errorLabel.text() == "Wrong sign-in name or password."
    assert dialog.ui.password.text() == ""
    assert not window.ui.centralwidget.isVisible()

    with qtbot.waitSignal(window.unlocked, timeout=2000):
        _type_password(qtbot, dialog, ADMIN_PASSWORD)
    assert not window.is_locked()
    assert window.ui.centralwidget.isVisible()
    assert not idle.is_paused()


def test_escape_does_not_unlock(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, db)
    window.lock()
    dialog = _lock_shown(window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and window.is_locked()


def test_ctrl_l_locks(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.locked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _lock_shown(window)
    assert not window.ui.centralwidget.isVisible()


def test_someone_else_closes_the_window(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, db)
    window.lock()
    dialog = _lock_shown(window)
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        qtbot.mouseClick(dialog.ui.switchButton, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_scans_are_ignored_while_locked(qtbot: QtBot, db: Database, admin: Actor) -> None:
    window = _window(qtbot, db)
    with qtbot.waitSignal(window.scan_received, timeout=1000) as blocker:
        window.show_scan("T1-ABCDEF")
    assert blocker.args == ["T1-ABCDEF"]
    assert "T1-ABCDEF" in window.statusBar().currentMessage()
    window.lock()
    with qtbot.assertNotEmitted(window.scan_received):
        window.show_scan("T1-GHIJKL")

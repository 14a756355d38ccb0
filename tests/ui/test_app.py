"""Starting the desk: a refused database is a message and an exit code, never a traceback;
the font, Qt's own Chinese, and the crash message."""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reception.core.security.keys import Keys
from reception.core.security.roles import Actor
from reception.db.database import Database
from reception.ui.app import (
    apply_desk_font,
    choose_font_family,
    install_translations,
    log_path,
    run_desk,
)
from reception.ui.crash import CrashReporter
from reception.ui.login_dialog import LoginDialog
from reception.ui.main_window import MainWindow
from tests.ui.support import ADMIN_PASSWORD


class Shown:
    """Stands in for QMessageBox.critical: records what the person would read."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, _parent: QWidget | None, _title: str, text: str) -> None:
        self.texts.append(text)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    box = Shown()
    monkeypatch.setattr(QMessageBox, "critical", box)
    return box


def test_a_text_file_as_database_is_a_message_and_an_exit_code(
    qtbot: QtBot, tmp_path: Path, shown: Shown
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: tea, paper\n", encoding="utf-8")
    hook = sys.excepthook
    code = run_desk(URL.create("sqlite", database=str(notes)), "en")
    assert code != 0
    assert shown.texts == [f"{notes} is not a database file of this program."]
    assert notes.read_text(encoding="utf-8") == "shopping list: tea, paper\n"  # untouched
    assert sys.excepthook is hook  # put back when the desk ended
    assert "cannot start" in log_path().read_text(encoding="utf-8")


def test_a_missing_folder_is_a_message(tmp_path: Path, shown: Shown) -> None:
    code = run_desk(URL.create("sqlite", database=str(tmp_path / "nowhere" / "x.db")), "en")
    assert code != 0
    assert shown.texts == [f"The folder {tmp_path / 'nowhere'} does not exist."]


def test_signing_in_opens_the_window_and_quitting_ends_the_desk(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    keys: Keys,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    if db.url.get_backend_name() != "sqlite":
        pytest.skip("one database is enough for the whole start")
    monkeypatch.setenv("RECEPTION_KEY", base64.b64encode(keys.master).decode())
    seen: list[str] = []

    def drive() -> None:  # what a person does, one step per tick
        modal = QApplication.activeModalWidget()
        if isinstance(modal, LoginDialog) and not seen:
            seen.append(modal.ui.operatorCombo.currentText())
            modal.ui.password.setText(ADMIN_PASSWORD)
            modal.ui.password.setFocus()
            qtbot.keyClick(modal.ui.password, Qt.Key.Key_Return)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(" / ".join(widget.area_titles()))
                widget.ui.actionQuit.trigger()

    driver = QTimer()
    driver.timeout.connect(drive)
    driver.start(50)
    code = run_desk(db.url, "en")
    driver.stop()
    assert code == 0
    assert seen == ["admin", "Home / Operators / Audit log"]
    assert shown.texts == []


def test_the_font_draws_simplified_chinese(qapp: QApplication) -> None:
    assert choose_font_family(["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]) == (
        "Noto Sans CJK SC"
    )
    assert choose_font_family(["DejaVu Sans", "Noto Sans CJK JP"]) is None
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("fonts-noto-cjk is not installed")
    before = qapp.font()
    try:
        assert apply_desk_font(qapp) == "Noto Sans CJK SC"
        assert qapp.font().families() == ["Noto Sans CJK SC"]
    finally:
        qapp.setFont(before)


def test_chinese_includes_qts_own_buttons(qapp: QApplication) -> None:
    translators = install_translations(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_an_unexpected_error_is_logged_and_told_calmly(
    qapp: QApplication, tmp_path: Path, shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = CrashReporter(tmp_path / "desk.log")
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as error:
        reporter(type(error), error, error.__traceback__)
    assert "ZeroDivisionError: a bug" in caplog.text
    (text,) = shown.texts
    assert text.startswith("Something unexpected went wrong.")
    assert str(tmp_path / "desk.log") in text


@pytest.mark.qt_no_exception_capture
def test_exceptions_in_slots_reach_the_hook(
    qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", CrashReporter(tmp_path / "desk.log"))

    def broken() -> None:
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(shown.texts), timeout=1000)
    assert shown.texts[0].startswith("Something unexpected went wrong.")

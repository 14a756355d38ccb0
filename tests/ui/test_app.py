"""Starting the desk: the sign-in comes up before the data layer has loaded; a refused
database is a message and an exit code, never a traceback; the font, Qt's own Chinese, and
the crash message."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import reception.ui.app as desk_app
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
from reception.ui.setup_dialog import SetupDialog
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
        # The dialog shows before the database is open; its names come once it is.
        if isinstance(modal, LoginDialog) and modal.is_ready() and not seen:
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
    assert seen == ["admin", "Overview / Operators / Audit log"]
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


def test_a_bad_address_is_a_message_and_an_exit_code(shown: Shown) -> None:
    # What --db said is read with the data layer, while the sign-in dialog is up.
    code = run_desk("mysql://somewhere/office", "en")
    assert code == 2
    assert shown.texts == [
        "Only SQLite files and PostgreSQL servers are supported, not mysql://somewhere/office."
    ]


def test_a_database_without_operators_asks_for_the_first_administrator(
    qtbot: QtBot, sqlite_url: URL, keys: Keys, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    monkeypatch.setenv("RECEPTION_KEY", base64.b64encode(keys.master).decode())
    seen: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            seen.append(type(modal).__name__)
            if isinstance(modal, SetupDialog):
                modal.reject()

    driver = QTimer()
    driver.timeout.connect(drive)
    driver.start(20)
    code = run_desk(sqlite_url, "en")
    driver.stop()
    assert code == 0
    assert seen and seen[-1] == "SetupDialog"
    assert shown.texts == []


def test_closing_the_sign_in_at_once_ends_the_desk_calmly(
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
    closed: list[bool] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, LoginDialog) and not closed:
            closed.append(modal.is_ready())
            modal.reject()  # most likely before the database is open: it is left closed

    driver = QTimer()
    driver.timeout.connect(close_it)
    driver.start(0)
    code = run_desk(db.url, "en")
    driver.stop()
    assert code == 0
    assert closed
    assert shown.texts == []


def test_the_sign_in_comes_up_before_the_data_layer_is_loaded() -> None:
    """Start-up shows the dialog from Qt alone; SQLAlchemy, Argon2 and the models load
    off the GUI thread while the operator types."""
    probe = (
        "import sys\n"
        "from reception.cli import desk_arguments\n"
        "from reception.ui.app import run_desk\n"
        "assert desk_arguments([]) is not None\n"
        "heavy = ('sqlalchemy', 'argon2', 'cryptography', 'alembic', 'reception.db',\n"
        "         'reception.core.security', 'reception.ui.main_window')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_while_opening_is_told_and_ends_the_desk(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    def broken(_database: object) -> None:
        raise RuntimeError("a bug while opening")

    monkeypatch.setattr(desk_app, "_prepare", broken)
    code = run_desk("x.db", "en")
    assert code == 1
    (text,) = shown.texts
    assert text.startswith("Something unexpected went wrong.")
    assert "RuntimeError: a bug while opening" in log_path().read_text(encoding="utf-8")

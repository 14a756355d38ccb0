"""Other desks' changes arrive; slow work comes back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from reception.core.errors import Conflict, DeskError
from reception.core.security.keys import Keys
from reception.core.security.operators import create_first_administrator
from reception.db.database import Database, open_database
from reception.ui import live
from reception.ui.live import ChangeWatcher
from reception.ui.worker import run_off_thread


@pytest.fixture
def two_desks(sqlite_url: URL, keys: Keys) -> Iterator[tuple[Database, Database]]:
    """Two desks on one SQLite file, each with its own engine."""
    here, there = open_database(sqlite_url, keys), open_database(sqlite_url, keys)
    yield here, there
    here.close()
    there.close()


def test_a_change_at_another_desk_arrives_within_a_second(
    qtbot: QtBot, two_desks: tuple[Database, Database]
) -> None:
    here, there = two_desks
    watcher = ChangeWatcher(here)  # the desk's own interval: 500 ms
    watcher.start()
    with qtbot.waitSignal(watcher.changed, timeout=1500) as blocker, there.unit() as session:
        create_first_administrator(session, "admin", "管理员", "admin-pass-1")
    watcher.stop()
    assert blocker.args is not None
    assert "operator" in blocker.args[0]


def test_nothing_is_emitted_without_a_change(qtbot: QtBot, db: Database) -> None:
    watcher = ChangeWatcher(db, interval_ms=20)
    watcher.start()
    with qtbot.assertNotEmitted(watcher.changed, wait=200):
        pass
    watcher.stop()


def test_a_database_error_is_logged_once_and_polling_goes_on(
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    watcher = ChangeWatcher(db, interval_ms=20)
    real_head_seq = live.head_seq  # type: ignore[attr-defined]

    def broken(_session: object) -> int:
        raise OperationalError("SELECT seq", {}, Exception("database is locked"))

    monkeypatch.setattr(live, "head_seq", broken)
    with caplog.at_level(logging.WARNING, logger="reception.ui.live"):
        for _ in range(3):
            watcher.poll()
    assert len([r for r in caplog.records if "still trying" in r.getMessage()]) == 1
    monkeypatch.setattr(live, "head_seq", real_head_seq)
    with qtbot.waitSignal(watcher.changed, timeout=1500):
        with db.unit() as session:
            create_first_administrator(session, "admin", "管理员", "admin-pass-1")
        watcher.poll()


def test_slow_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    answers: list[tuple[int, int]] = []

    def work() -> int:
        return threading.get_ident()

    def succeeded(worker_thread: int) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        answers.append((worker_thread, threading.get_ident()))

    job = run_off_thread(work, succeeded=succeeded)
    with qtbot.waitSignal(job.finished, timeout=3000):
        pass
    ((worker_thread, answered_on),) = answers
    assert worker_thread != gui
    assert answered_on == gui


def test_a_desk_error_comes_back_as_failed(qtbot: QtBot) -> None:
    errors: list[DeskError] = []

    def work() -> None:
        raise Conflict("There is already an operator {login}.", login="lisi")

    job = run_off_thread(work, succeeded=lambda _r: None, failed=errors.append)
    with qtbot.waitSignal(job.finished, timeout=3000):
        pass
    assert [error.render() for error in errors] == ["There is already an operator lisi."]

"""Starting the hall's board in its own process (`reception board`): the desk's font and
language, the queue read through the same service as the desk, refreshed when any desk
writes, shown full screen on the hall's screen (the second one when the desk's computer also
drives a television)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from reception.config import LANGUAGES
from reception.core.settings import load_settings
from reception.core.visitors.views import QueueStatus
from reception.db.database import Database
from reception.i18n import DEFAULT_LANGUAGE
from reception.ui.app import _application, desk_environment
from reception.ui.board.announcer import Announcer
from reception.ui.board.board_window import DESIGN_HEIGHT, DESIGN_WIDTH, FETCH_ERRORS, BoardWindow
from reception.ui.live import ChangeWatcher

log = logging.getLogger(__name__)
QueueReader = Callable[[Session, datetime], QueueStatus]


def board_screen(count: int, primary: int, requested: int | None) -> int:
    """The screen for the board: the one asked for, else the first that is not the desk's
    own (primary) screen, else the only one."""
    if requested is not None:
        if 0 <= requested < count:
            return requested
        log.warning("There is no screen %s (found %s); choosing one", requested, count)
    return next((index for index in range(count) if index != primary), primary)


def office_name(db: Database) -> str:
    try:
        with db.read() as session:
            return load_settings(session).office_name
    except FETCH_ERRORS as error:
        log.warning("The board cannot read the office name: %s", error)
        return ""


def run_board(
    db: Database,
    language: str,
    *,
    screen_index: int | None = None,
    windowed: bool = False,
    muted: bool = False,
) -> int:
    """Show the board until its window is closed; returns the application's exit code."""
    # Imported here so that this module loads before, and without, the queue's services.
    from reception.core.visitors.service import queue_status

    app = _application()
    chosen = language if language in LANGUAGES else DEFAULT_LANGUAGE
    # The desk's font, language, log file and crash reporter, all undone when the board closes.
    with desk_environment(app, chosen):
        return _show_board(app, db, queue_status, screen_index, windowed, muted)


def _show_board(
    app: QApplication,
    db: Database,
    queue_status: QueueReader,
    screen_index: int | None,
    windowed: bool,
    muted: bool,
) -> int:
    def fetch() -> QueueStatus:
        with db.read() as session:
            return queue_status(session, datetime.now(UTC))

    watcher = ChangeWatcher(db)
    window = BoardWindow(fetch, watcher.changed, office_name=office_name(db))
    watcher.setParent(window)

    def follow_settings(entities: set[str]) -> None:
        if "setting" in entities:
            window.set_office_name(office_name(db))

    watcher.changed.connect(follow_settings)
    announcer = Announcer(window)
    announcer.muted = muted
    window.call_announced.connect(announcer.announce)
    window.refresh()  # what is on show at start was announced before: BoardWindow stays quiet
    _place(window, app, screen_index, windowed)
    watcher.start()
    try:
        return app.exec()
    finally:
        watcher.stop()
        # Now, while the application lives: a speech engine or a sound effect destroyed
        # after QApplication (at interpreter exit) crashes the process.
        Shiboken.delete(window)


def _place(
    window: BoardWindow, app: QApplication, screen_index: int | None, windowed: bool
) -> None:
    screens = app.screens()
    primary = app.primaryScreen()
    index = board_screen(
        len(screens), screens.index(primary) if primary in screens else 0, screen_index
    )
    screen: QScreen = screens[index]
    window.setScreen(screen)
    area = screen.availableGeometry()
    if windowed:
        frame = QRect(0, 0, min(DESIGN_WIDTH, area.width()), min(DESIGN_HEIGHT, area.height()))
        frame.moveCenter(area.center())
        window.setGeometry(frame)
        window.show()
    else:
        window.move(screen.geometry().topLeft())  # full screen on the screen it stands on
        window.showFullScreen()

"""The visitor queue in the desk: its pages, the scanner's meaning, and its menu items.

Kept out of the main window so that the window stays a shell: `install_queue(window)` adds
what the signed-in operator's role may use and connects the desk-wide scanner capture."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from reception.core.security.roles import Permission
from reception.ui.queue.camera_scan import camera_available
from reception.ui.queue.scan_desk import ScanDesk
from reception.ui.queue.scan_outcome import ScanOutcomeView

# The pages, the printing they pull in and the settings dialog are imported when first
# opened, not at start-up: the desk shows its home page first.

if TYPE_CHECKING:
    from reception.ui.main_window import MainWindow


WARM_UP_MS = 500


def _warm_up() -> None:
    import reception.core.visitors.service  # noqa: F401


class QueueArea:
    """What the queue adds to one main window; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        session = window.session
        actor = session.actor
        self.scan_desk: ScanDesk | None = None
        self.banner: ScanOutcomeView | None = None
        serves = actor.may(Permission.SERVE_VISITORS)
        # The office's own work comes before the administration pages.
        before = next((k for k in ("operators", "audit") if k in window.area_keys()), None)
        if serves:
            self.scan_desk = ScanDesk(session, window)
            self.banner = ScanOutcomeView(self.scan_desk, window.ui.centralwidget)
            window.scan_received.connect(self.scan_desk.handle)
            window.add_area(
                "registration",
                QCoreApplication.translate("QueueArea", "Registration"),
                self._registration,
                before=before,
            )
            window.add_area(
                "counter",
                QCoreApplication.translate("QueueArea", "Counter"),
                self._counter,
                before=before,
            )
        if serves or actor.may(Permission.READ_EVERYTHING):
            window.add_area(
                "onsite",
                QCoreApplication.translate("QueueArea", "On site"),
                self._onsite,
                before=before,
            )
        self._add_menus(serves)
        if serves:
            # Load the queue's services once the window is up, so that the first scan of the
            # day is as quick as the others, without delaying the window.
            QTimer.singleShot(WARM_UP_MS, window, _warm_up)

    def _registration(self) -> QWidget:
        from reception.ui.queue.registration_page import RegistrationPage

        return RegistrationPage(self.window.session, self.window.changes, scan_desk=self.scan_desk)

    def _counter(self) -> QWidget:
        from reception.ui.queue.counter_page import CounterPage

        page = CounterPage(self.window.session, self.window.changes)
        page.counter_changed.connect(
            lambda _n: self.window.status.show_desk(self.window.session.desk)
        )
        return page

    def _onsite(self) -> QWidget:
        from reception.ui.queue.onsite_page import OnSitePage

        page = OnSitePage(self.window.session, self.window.changes)
        if self.scan_desk is not None:
            # One switch, two places: the page's checkbox and the registration scan button.
            page.departure_mode_changed.connect(self.scan_desk.set_departure_mode)
            self.scan_desk.departure_mode_changed.connect(page.set_departure_mode)
        return page

    def open_figure(self, key: str) -> bool:
        """The list behind a dashboard figure of the queue: who is on site, or the
        counter's queue for those waiting (the on-site list for a reader)."""
        if key in ("visitors_today", "onsite_now"):
            from reception.ui.queue.onsite_page import OnSitePage

            page = self.window.area("onsite")
            if not isinstance(page, OnSitePage):
                return False
            self.window.show_area("onsite")
            page.show_everyone_today(key == "visitors_today")
            return True
        if key == "waiting":
            return self.window.show_area("counter") or self.window.show_area("onsite")
        return False

    # -- menus ------------------------------------------------------------------------

    def _add_menus(self, serves: bool) -> None:
        window = self.window
        if window.session.actor.may(Permission.MANAGE_SETTINGS):
            settings = QAction(QCoreApplication.translate("QueueArea", "&Queue settings…"), window)
            settings.triggered.connect(self.open_queue_settings)
            window.ui.menuSettings.addAction(settings)
        if not serves:
            return
        menu = QMenu(QCoreApplication.translate("QueueArea", "&Visitors"), window)
        window.menuBar().insertMenu(window.ui.menuSettings.menuAction(), menu)
        camera = QAction(QCoreApplication.translate("QueueArea", "Scan with &camera…"), window)
        camera.setShortcut(QKeySequence("Ctrl+K"))
        camera.triggered.connect(self.scan_with_camera)
        menu.addAction(camera)
        # Asked when the menu opens, not at start-up: QtMultimedia takes a while to load,
        # and a camera may be plugged in later.
        menu.aboutToShow.connect(lambda: self._camera_state(camera))
        board = QAction(QCoreApplication.translate("QueueArea", "Open the &display board"), window)
        board.triggered.connect(self.open_board)
        menu.addAction(board)
        self.menu = menu

    def _camera_state(self, camera: QAction) -> None:
        available = camera_available()
        camera.setEnabled(available)
        camera.setToolTip(
            ""
            if available
            else QCoreApplication.translate("QueueArea", "No camera is connected to this computer.")
        )

    def open_queue_settings(self) -> None:
        from reception.ui.queue.queue_settings_dialog import QueueSettingsDialog

        dialog = QueueSettingsDialog(self.window.session.db, self.window.session.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def scan_with_camera(self) -> None:
        if self.scan_desk is None or not camera_available():
            self.window.statusBar().showMessage(
                QCoreApplication.translate("QueueArea", "No camera is connected to this computer."),
                8000,
            )
            return
        from reception.ui.queue.camera_scan import CameraScanDialog

        dialog = CameraScanDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.scanned.connect(self.scan_desk.handle)
        dialog.open()

    def open_board(self) -> bool:
        """Start the hall's board as its own process, on this desk's database: it keeps
        running, full screen on the second monitor, when the desk is locked or closed."""
        url = self.window.session.db.url.render_as_string(hide_password=False)
        process = QProcess()
        process.setProgram(sys.executable)
        process.setArguments(["-m", "reception", "board"])
        environment = process.processEnvironment()
        for name, value in os.environ.items():
            environment.insert(name, value)
        environment.insert("RECEPTION_DB", url)  # not on the command line, where ps shows it
        process.setProcessEnvironment(environment)
        started, _pid = process.startDetached()
        if not started:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("QueueArea", "The display board could not be started."),
                8000,
            )
        return bool(started)


def install_queue(window: MainWindow) -> QueueArea:
    return QueueArea(window)

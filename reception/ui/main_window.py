"""The desk's main window: side navigation over the areas the operator's role may use, the
menus, the status bar, and the lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from reception import __version__
from reception.core.errors import DeskError
from reception.core.security.roles import Permission
from reception.core.settings import OfficeSettings, load_settings
from reception.ui.audit_page import AuditPage
from reception.ui.forms.ui_main_window import Ui_MainWindow
from reception.ui.home_page import HomePage
from reception.ui.idle import IdleWatcher
from reception.ui.live import ChangeWatcher
from reception.ui.lock_dialog import LockDialog
from reception.ui.messages import error_text, show_error
from reception.ui.operators_page import OperatorsPage
from reception.ui.password_dialog import PasswordDialog
from reception.ui.scan_capture import ScanCapture
from reception.ui.session import DeskSession
from reception.ui.settings_dialog import SettingsDialog
from reception.ui.status_bar import DeskStatus

if TYPE_CHECKING:
    from reception.ui.alerts.alerts_area import AlertsArea

MINUTE_MS = 60_000
ALERTS_DELAY_MS = 300  # after the window is up: signing in does not wait for the alerts
SCAN_MESSAGE_MS = 8000
AreaWidget = QWidget | Callable[[], QWidget]


@runtime_checkable
class Refreshable(Protocol):
    """An area that F5 can refresh."""

    def refresh(self) -> None: ...


@dataclass
class Area:
    """A page of the desk. A page given as a factory is built when first shown, so that
    start-up pays only for the page the operator sees first."""

    key: str
    title: str
    widget: QWidget
    factory: Callable[[], QWidget] | None = None


class MainWindow(QMainWindow):
    """The signed-in desk.

    Areas are shown only when the operator's role has their permission; later areas plug
    in with `add_area`. Ctrl+1…9 switch areas, F5 refreshes the shown one, Ctrl+L locks,
    Ctrl+Q quits.

    Signals:
        scan_received(str)  a scanner's payload, captured wherever the focus was
        locked()            the content was hidden behind the lock dialog
        unlocked()          the same operator's password opened it again
        signed_out()        the operator chose "sign in as someone else"; the window closes
    """

    scan_received = Signal(str)
    locked = Signal()
    unlocked = Signal()
    signed_out = Signal()

    def __init__(
        self,
        session: DeskSession,
        *,
        changes: ChangeWatcher | None = None,
        idle: IdleWatcher | None = None,
        scans: ScanCapture | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self._areas: list[Area] = []
        self._lock_dialog: LockDialog | None = None
        self._idle = idle
        self.changes = changes if changes is not None else ChangeWatcher(session.db, parent=self)
        with session.db.read() as db_session:
            self.office: OfficeSettings = load_settings(db_session)
        self.status = DeskStatus(self.statusBar(), session)

        navigation_font = QFont(self.ui.navigation.font())
        navigation_font.setPointSizeF(navigation_font.pointSizeF() * 1.15)
        self.ui.navigation.setFont(navigation_font)
        self.ui.navigation.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.ui.navigation.currentRowChanged.connect(self._navigate)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([180, 1020])
        self._connect_actions()
        self._add_standard_areas()
        self.ui.navigation.setCurrentRow(0)

        self.changes.changed.connect(self._changes_arrived)
        if not self.changes.is_running():
            self.changes.start()
        if idle is not None:
            idle.idle_reached.connect(self.lock)
        if scans is not None:
            scans.scanned.connect(self.show_scan)
        self._apply_office(self.office)

    # -- areas ------------------------------------------------------------------

    def _add_standard_areas(self) -> None:
        session = self.session
        self.home = HomePage(session.operator, self.office.office_name, session.language)
        from reception.ui.dashboard.dashboard_page import DashboardPage

        self.dashboard = DashboardPage(session, self.home, self.changes)
        self.dashboard.figure_opened.connect(self.open_figure)
        self.add_area("home", self.tr("Overview"), self.dashboard)
        self.add_area(
            "operators",
            self.tr("Operators"),
            lambda: OperatorsPage(session.db, session.actor, self.changes),
            Permission.MANAGE_OPERATORS,
        )
        self.add_area(
            "audit",
            self.tr("Audit log"),
            lambda: AuditPage(session.db, session.actor, self.changes),
            Permission.READ_AUDIT,
        )
        from reception.ui.queue.queue_area import install_queue

        self.queue = install_queue(self)
        from reception.ui.lodging.lodging_area import install_lodging

        self.lodging = install_lodging(self)
        from reception.ui.petitions.petitions_area import install_petitions

        self.petitions = install_petitions(self)  # adds nothing for roles without petitions
        from reception.ui.protocol.protocol_area import install_protocol

        self.protocol = install_protocol(self)
        from reception.ui.reports.reports_menu import install_reports

        self.reports = install_reports(self)
        # The alerts (and their modules) come a moment after the window, not before it:
        # their first reading is off the GUI thread anyway.
        self.alerts: AlertsArea | None = None
        self.alerts_timer = QTimer(self)
        self.alerts_timer.setSingleShot(True)
        self.alerts_timer.setInterval(ALERTS_DELAY_MS)
        self.alerts_timer.timeout.connect(self._install_alerts)
        self.alerts_timer.start()  # stopped if the window closes first

    def _install_alerts(self) -> None:
        from reception.ui.alerts.alerts_area import install_alerts

        self.alerts = install_alerts(self)

    def add_area(
        self,
        key: str,
        title: str,
        widget: AreaWidget,
        permission: Permission | None = None,
        *,
        before: str | None = None,
    ) -> bool:
        """Show an area in the navigation when the operator may use it; return whether it
        was added. `widget` may be a factory, so that a page the role may not see is never
        built (nor reads anything). `before` names the area it goes in front of."""
        if any(area.key == key for area in self._areas):
            raise ValueError(f"there is already an area {key!r}")
        if permission is not None and not self.session.actor.may(permission):
            if isinstance(widget, QWidget):
                widget.deleteLater()
            return False
        factory = None if isinstance(widget, QWidget) else widget
        page = widget if isinstance(widget, QWidget) else QWidget()
        position = next(
            (i for i, area in enumerate(self._areas) if area.key == before), len(self._areas)
        )
        self._areas.insert(position, Area(key, title, page, factory))
        self.ui.areas.insertWidget(position, page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.ui.navigation.insertItem(position, item)
        self._number_areas()
        return True

    def _number_areas(self) -> None:
        for row in range(min(9, self.ui.navigation.count())):
            keys = QKeySequence(f"Ctrl+{row + 1}")
            self.ui.navigation.item(row).setToolTip(
                keys.toString(QKeySequence.SequenceFormat.NativeText)
            )

    def area_keys(self) -> list[str]:
        return [area.key for area in self._areas]

    def area_titles(self) -> list[str]:
        """The navigation's texts, as a person reads them."""
        nav = self.ui.navigation
        return [nav.item(row).text() for row in range(nav.count())]

    def _built(self, area: Area) -> QWidget:
        """The area's page, built now if it has not been shown before."""
        if area.factory is not None:
            factory, area.factory = area.factory, None
            placeholder = area.widget
            area.widget = factory()
            position = self.ui.areas.indexOf(placeholder)
            self.ui.areas.insertWidget(position, area.widget)
            self.ui.areas.removeWidget(placeholder)
            placeholder.deleteLater()
        return area.widget

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.ui.areas.setCurrentWidget(self._built(self._areas[row]))

    def area(self, key: str) -> QWidget | None:
        found = next((area for area in self._areas if area.key == key), None)
        return self._built(found) if found is not None else None

    def current_area(self) -> str:
        row = self.ui.navigation.currentRow()
        return self._areas[row].key if 0 <= row < len(self._areas) else ""

    def show_area(self, key: str) -> bool:
        for row, area in enumerate(self._areas):
            if area.key == key:
                self.ui.navigation.setCurrentRow(row)
                return True
        return False

    def open_figure(self, key: str) -> bool:
        """A dashboard figure was opened: the area it belongs to shows the list behind it."""
        for area in (self.queue, self.lodging, self.petitions):
            if area is not None and area.open_figure(key):
                return True
        return False

    def _show_number(self, row: int) -> None:
        if row < len(self._areas):
            self.ui.navigation.setCurrentRow(row)

    def refresh_current(self) -> None:
        widget = self.ui.areas.currentWidget()
        if not isinstance(widget, Refreshable):
            return
        try:
            widget.refresh()
        except DeskError as error:
            show_error(self, error)

    # -- menus and keys -----------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionLock.triggered.connect(self.lock)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionChangePassword.triggered.connect(self.change_password)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.about)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(partial(self._show_number, number - 1))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self.refresh_current)

    def change_password(self) -> None:
        dialog = PasswordDialog(self.session.db, self.session.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        )
        dialog.open()

    def open_settings(self) -> None:
        try:
            dialog = SettingsDialog(
                self.session.db, self.session.actor, self.session.desk, parent=self
            )
        except DeskError as error:
            show_error(self, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.office))
        dialog.open()

    def _settings_saved(self, office: OfficeSettings) -> None:
        self._apply_office(office)
        self.status.show_desk(self.session.desk)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Reception desk {version}\n\nThe office's front desk: visitors, guesthouse, "
                "letters and visits, precedence and seating."
            ).format(version=__version__),
        )

    # -- office settings and other desks' changes ---------------------------------

    def _apply_office(self, office: OfficeSettings) -> None:
        self.office = office
        if office.office_name:
            self.setWindowTitle(
                self.tr("{office} · Reception desk").format(office=office.office_name)
            )
        else:
            self.setWindowTitle(self.tr("Reception desk"))
        self.home.set_office_name(office.office_name)
        if self._idle is not None:
            timeout = office.idle_lock_minutes * MINUTE_MS
            if self._idle.timeout_ms() != timeout:
                # Through 0 first: IdleWatcher keeps a running countdown when the timeout
                # changes, so a shorter one would wait for the longer countdown to end.
                self._idle.set_timeout_ms(0)
                self._idle.set_timeout_ms(timeout)

    def _changes_arrived(self, entities: set[str]) -> None:
        if "setting" not in entities:
            return
        try:
            with self.session.db.read() as db_session:
                office = load_settings(db_session)
        except DeskError as error:
            self.statusBar().showMessage(error_text(error), 5000)
            return
        self._apply_office(office)

    # -- scans ----------------------------------------------------------------------

    def show_scan(self, payload: str) -> None:
        """A scan arrived: say so, and hand it to the areas (ignored while locked)."""
        if self.is_locked():
            return
        shown = payload if len(payload) <= 40 else payload[:39] + "…"
        self.statusBar().showMessage(self.tr("Scanned: {code}").format(code=shown), SCAN_MESSAGE_MS)
        self.scan_received.emit(payload)

    # -- the lock -------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._lock_dialog is not None

    @property
    def lock_dialog(self) -> LockDialog | None:
        return self._lock_dialog

    def lock(self) -> None:
        """Hide the content behind the lock dialog until the operator's password."""
        if self._lock_dialog is not None:
            return
        self.ui.centralwidget.hide()
        self.menuBar().setEnabled(False)
        if self._idle is not None:
            self._idle.pause()
        dialog = LockDialog(self.session.db, self.session.operator, self)
        dialog.unlocked.connect(self._unlocked)
        dialog.someone_else_chosen.connect(self._someone_else_chosen)
        self._lock_dialog = dialog
        dialog.open()
        self.locked.emit()

    def _end_lock(self) -> None:
        if self._lock_dialog is not None:
            self._lock_dialog.deleteLater()
        self._lock_dialog = None

    def _unlocked(self) -> None:
        self._end_lock()
        self.ui.centralwidget.show()
        self.menuBar().setEnabled(True)
        if self._idle is not None:
            self._idle.resume()
        self.unlocked.emit()

    def _someone_else_chosen(self) -> None:
        self._end_lock()
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.alerts_timer.stop()
        self.changes.stop()
        self.status.stop()
        if self._idle is not None:
            self._idle.pause()
        super().closeEvent(event)

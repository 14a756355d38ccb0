"""Alerts in the desk: the banner above the content, the tray notifications, the list (F9)
and, for the administrator, Settings ▸ Alert rules…. `install_alerts(window)` adds them.

The alerts are read off the GUI thread when another desk's change arrives (ChangeWatcher)
and every 30 seconds (a wait grows long, a delegation comes near without any change), the
same list on every desk. Opening an alert shows its record in its page: the case in the
petitions page, the delegation in the delegations page, the visitor on the on-site list."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout

from reception.core.alerts.acknowledge import Acknowledgement, acknowledge
from reception.core.alerts.raised import Alert, AlertKind, current_alerts
from reception.core.dashboard.access import Area, sees
from reception.core.errors import DeskError
from reception.core.security.roles import Permission
from reception.core.settings import load_settings
from reception.db.base import utcnow
from reception.ui.alerts.alert_banner import AlertBanner
from reception.ui.alerts.alert_list_dialog import AlertListDialog
from reception.ui.alerts.alert_model import alert_text
from reception.ui.alerts.alert_tray import AlertTray
from reception.ui.messages import error_text, show_error
from reception.ui.worker import Job, run_off_thread

if TYPE_CHECKING:
    from reception.ui.alerts.alert_rules_dialog import AlertRulesDialog
    from reception.ui.main_window import MainWindow

log = logging.getLogger(__name__)
TICK_MS = 30_000
SETTLE_MS = 200  # changes come in bursts: one reading after them
LIST_KEYS = "F9"
MESSAGE_MS = 6000
INSTALLED = "_alerts_area"  # the window's attribute holding its AlertsArea


class AlertsArea(QObject):
    """What the alerts add to one main window; lives as long as the window.

    Signals: alerts_shown()  a reading of the alerts is shown (banner, list, tray)
    """

    alerts_shown = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        clock: Callable[[], datetime] = utcnow,
        tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._clock = clock
        actor = window.session.actor
        self.reads = any(sees(actor, area) for area in Area)
        self.alerts: list[Alert] = []  # the last reading, acknowledged ones too
        self.list_dialog: AlertListDialog | None = None
        self.rules_dialog: AlertRulesDialog | None = None
        self.list_action: QAction | None = None
        self._job: Job | None = None
        self._again = False
        self._failing = False
        with window.session.db.read() as s:
            self.zone = load_settings(s).zone

        self.banner = AlertBanner(window.ui.centralwidget)
        self._place_banner()
        self.banner.open_requested.connect(self.open_alert)
        self.banner.acknowledge_requested.connect(self.acknowledge)
        self.banner.list_requested.connect(self.show_list)
        self.tray = AlertTray(window, available=False)
        self.set_tray(tray)

        if window.session.actor.may(Permission.MANAGE_SETTINGS):
            rules = QAction(self.tr("&Alert rules…"), window)
            rules.triggered.connect(self.open_rules)
            window.ui.menuSettings.addAction(rules)
        if not self.reads:
            return
        show_list = QAction(self.tr("All &alerts…"), window)
        show_list.setShortcut(QKeySequence(LIST_KEYS))
        show_list.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        show_list.triggered.connect(self.show_list)
        window.addAction(show_list)  # the key works wherever the focus is
        self.list_action = show_list
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        window.changes.changed.connect(lambda _entities: self._settle.start())
        window.unlocked.connect(self._show)  # the tray held back while locked
        self.refresh()

    def _place_banner(self) -> None:
        """A row of its own above the navigation and the pages, inside the central widget,
        so the lock hides it with the rest."""
        layout = self.window.ui.centralLayout
        splitter = self.window.ui.splitter
        layout.removeWidget(splitter)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)
        layout.addItem(column)

    # -- reading ----------------------------------------------------------------------

    def open_alerts(self) -> list[Alert]:
        return [alert for alert in self.alerts if not alert.acknowledged]

    def refresh(self) -> None:
        """Read the alerts again off the GUI thread; one more reading if one is running."""
        if not self.reads:
            return
        if self._job is not None and not self._job.done:
            self._again = True
            return
        db, actor, now = self.window.session.db, self.window.session.actor, self._clock()

        def read() -> list[Alert] | None:
            try:
                with db.read() as s:
                    return current_alerts(s, actor, now, include_acknowledged=True)
            except (SQLAlchemyError, OSError) as error:  # the database away: try next time
                log.warning("Cannot read the alerts: %s", error)
                return None

        self._job = run_off_thread(read, succeeded=self._read, failed=self._failed, parent=self)
        self._job.finished.connect(self._read_done)

    def _read_done(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: DeskError) -> None:
        if not self._failing:
            self.window.statusBar().showMessage(error_text(error), MESSAGE_MS)
        self._failing = True

    def _read(self, alerts: list[Alert] | None) -> None:
        if alerts is None:
            self._failing = True
            return
        self._failing = False
        self.alerts = alerts
        self._show()

    def _show(self) -> None:
        self.banner.show_alerts(self.alerts)
        if self.list_dialog is not None:
            self.list_dialog.set_alerts(self.alerts)
        if not self.window.is_locked():
            self.tray.notify(self.alerts)
        self.alerts_shown.emit()

    def set_tray(self, available: bool | None = None) -> None:
        """Notify through the system tray when it is there (None: ask the system); the
        alerts shown now are told of at once."""
        self.tray.hide()
        self.tray.deleteLater()
        self.tray = AlertTray(self.window, available=available if self.reads else False)
        self.tray.open_requested.connect(self._open_from_tray)
        if self.alerts and not self.window.is_locked():
            self.tray.notify(self.alerts)

    # -- acting on an alert -----------------------------------------------------------

    def open_alert(self, alert: Alert) -> bool:
        """Show the alert's record in its page; False when this desk cannot show it."""
        window = self.window
        if window.is_locked():
            return False
        page = window.area(alert.page)
        if page is None or not window.show_area(alert.page):
            return False
        if alert.page == "petitions":
            return self._open_case(page, alert)
        if alert.page == "delegations":
            from reception.ui.lodging.delegations_page import DelegationsPage

            if not isinstance(page, DelegationsPage):
                return True
            if page.select_delegation(alert.record_id):
                return True
            page.left.show_all()
            page.refresh()
            return page.select_delegation(alert.record_id)
        if alert.page == "onsite":
            from reception.ui.queue.onsite_page import OnSitePage

            if isinstance(page, OnSitePage):
                page.refresh()
                return page.select_visit(alert.record_id)
        return True

    def _open_case(self, page: object, alert: Alert) -> bool:
        from reception.ui.petitions.cases_page import CasesPage

        if not isinstance(page, CasesPage):
            return True
        if alert.kind is AlertKind.CASE_OVERDUE:
            page.show_deadlines(overdue=True)
        elif alert.kind is AlertKind.CASE_DUE:
            page.show_deadlines(due_within=max(page.due_soon_days, int(alert.values["days"])))
        if page.select_case(alert.record_id):
            return True
        page.filters.show_all()  # a final or closed case, or one further down the list
        page.refresh_list()
        if page.select_case(alert.record_id):
            return True
        page.panel.show_case(alert.record_id)
        return page.panel.case is not None and page.panel.case.id == alert.record_id

    def _open_from_tray(self, alert: Alert) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        self.open_alert(alert)

    def acknowledge(self, alert: Alert) -> Acknowledgement | None:
        """Acknowledge the alert in the operator's name; the banner moves to the next."""
        session = self.window.session
        try:
            with session.db.unit() as s:
                done = acknowledge(s, session.actor, alert.key)
        except DeskError as error:
            show_error(self.window, error)
            return None
        self.alerts = [a if a.key != alert.key else _marked(a, done) for a in self.alerts]
        if done.new:
            text = self.tr("Acknowledged: {alert}").format(alert=alert_text(alert))
        else:
            text = self.tr("{name} had acknowledged it already at {time}.").format(
                name=done.operator_name,
                time=done.acknowledged_at.astimezone(self.zone).strftime("%H:%M"),
            )
        self.window.statusBar().showMessage(text, MESSAGE_MS)
        self._show()
        self.refresh()
        return done

    # -- dialogs ----------------------------------------------------------------------

    def show_list(self) -> AlertListDialog | None:
        if not self.reads or self.window.is_locked():
            return None
        dialog = self.list_dialog
        if dialog is None:
            dialog = AlertListDialog(self.window, zone=self.zone)
            dialog.open_requested.connect(self.open_alert)
            dialog.acknowledge_requested.connect(self.acknowledge)
            self.list_dialog = dialog
        dialog.set_alerts(self.alerts)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_rules(self) -> AlertRulesDialog | None:
        from reception.ui.alerts.alert_rules_dialog import AlertRulesDialog

        try:
            dialog = AlertRulesDialog(self.window.session, self.window)
        except DeskError as error:
            show_error(self.window, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self.rules_dialog = dialog
        dialog.open()
        return dialog


def _marked(alert: Alert, done: Acknowledgement) -> Alert:
    return replace(
        alert,
        acknowledged_by=done.operator_name,
        acknowledged_at=done.acknowledged_at,
        note=done.note,
    )


def install_alerts(
    window: MainWindow, *, clock: Callable[[], datetime] = utcnow, tray: bool | None = None
) -> AlertsArea:
    """The window's alerts, added on the first call; later calls give the same ones (one
    banner, one menu item per window)."""
    existing = getattr(window, INSTALLED, None)
    if isinstance(existing, AlertsArea):
        return existing
    area = AlertsArea(window, clock=clock, tray=tray)
    setattr(window, INSTALLED, area)
    return area

"""The 报表 menu: the daily report (接待工作日报) for any day and the monthly report
(接待工作月报) for any month, for every operator whose role reads at least one area (the
director: all of them). `install_reports(window)` adds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reception.core.dashboard.access import Area, sees
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

if TYPE_CHECKING:
    from reception.ui.main_window import MainWindow
    from reception.ui.reports.report_dialog import ReportDialog


class ReportsMenu:
    """What the reports add to one main window. `dialog` is the last dialog opened."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ReportDialog | None = None
        self.menu: QMenu | None = None
        self.daily_action: QAction | None = None
        self.monthly_action: QAction | None = None
        if not any(sees(window.session.actor, area) for area in Area):
            return
        menu = QMenu(QCoreApplication.translate("ReportsMenu", "&Reports"), window)
        window.menuBar().insertMenu(window.ui.menuSettings.menuAction(), menu)
        daily = QAction(QCoreApplication.translate("ReportsMenu", "&Daily report…"), window)
        daily.setShortcut(QKeySequence("Ctrl+Shift+D"))
        daily.triggered.connect(lambda _checked=False: self.open_daily())
        menu.addAction(daily)
        monthly = QAction(QCoreApplication.translate("ReportsMenu", "&Monthly report…"), window)
        monthly.setShortcut(QKeySequence("Ctrl+Shift+M"))
        monthly.triggered.connect(lambda _checked=False: self.open_monthly())
        menu.addAction(monthly)
        self.menu, self.daily_action, self.monthly_action = menu, daily, monthly

    def open_daily(self) -> ReportDialog:
        return self._open("daily")

    def open_monthly(self) -> ReportDialog:
        return self._open("monthly")

    def _open(self, kind: str) -> ReportDialog:
        from reception.ui.reports.report_dialog import ReportDialog

        today = office_day(utcnow(), self.window.office.zone)
        dialog = ReportDialog(self.window.session, today, self.window, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog


def install_reports(window: MainWindow) -> ReportsMenu:
    return ReportsMenu(window)

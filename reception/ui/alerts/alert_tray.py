"""The system tray's side of the alerts: a notification for each alert this desk has not told
of yet (once per alert per sign-in), when the system has a tray at all. Clicking the
notification opens the alert's record.

A notification replaces the one before it and its click does not say which it was, so the
alerts new at one reading share one notification: the most urgent, with "and N more"; the
click opens that one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from reception.core.alerts.raised import Alert, Severity
from reception.ui.alerts.alert_model import alert_text

MESSAGE_MS = 10_000
TRAY_ICONS = {
    Severity.URGENT: QSystemTrayIcon.MessageIcon.Critical,
    Severity.WARNING: QSystemTrayIcon.MessageIcon.Warning,
    Severity.NOTICE: QSystemTrayIcon.MessageIcon.Information,
}


class AlertTray(QObject):
    """`notify(alerts)` tells of the open alerts not told of before. `available` forces the
    answer of QSystemTrayIcon.isSystemTrayAvailable() (tests).

    Signals: open_requested(object)  the Alert of the notification clicked
    """

    open_requested = Signal(object)

    def __init__(self, window: QWidget, *, available: bool | None = None) -> None:
        super().__init__(window)
        self._told: set[str] = set()
        self.last: Alert | None = None  # the alert of the notification shown last
        self.shown_messages: list[tuple[str, str]] = []  # (title, text), newest last
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        if available:
            icon = window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon = QSystemTrayIcon(QIcon(icon), self)
            self.icon.setToolTip(window.windowTitle())
            self.icon.messageClicked.connect(self._clicked)
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, alerts: list[Alert]) -> list[Alert]:
        """Tell of the open alerts not told of before; return them (most urgent first)."""
        new = [a for a in alerts if not a.acknowledged and a.key not in self._told]
        self._told.update(a.key for a in new)
        if not new or self.icon is None:
            return new
        first = new[0]
        title = self.tr("Alert: {kind}").format(
            kind=QApplication.translate("Alerts", first.kind_label)
        )
        text = alert_text(first)
        if len(new) > 1:
            text = self.tr("{alert} (and %n more)", "", len(new) - 1).format(alert=text)
        self.last = first
        self.shown_messages.append((title, text))
        self.icon.showMessage(title, text, TRAY_ICONS[first.severity], MESSAGE_MS)
        return new

    def _clicked(self) -> None:
        if self.last is not None:
            self.open_requested.emit(self.last)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

"""The alerts as a table (the list dialog's), most urgent first, as current_alerts gives them.

Columns: KIND (the alert's kind, e.g. 办件逾期), TEXT (the alert, translated), ACKNOWLEDGED
(who acknowledged it and when, office time; empty while open).
Roles: DisplayRole the texts; ToolTipRole the full text; ForegroundRole grey for an
acknowledged alert; ALERT_ROLE the Alert itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from reception.core.alerts.raised import Alert

ALERT_ROLE = Qt.ItemDataRole.UserRole + 1
DONE_COLOUR = QColor("#757575")
Index = QModelIndex | QPersistentModelIndex


def alert_text(alert: Alert) -> str:
    """The alert in the shown language."""
    return alert.render(QCoreApplication.translate)


def acknowledged_text(alert: Alert, zone: ZoneInfo | None) -> str:
    if alert.acknowledged_at is None:
        return ""
    at: datetime = alert.acknowledged_at.astimezone(zone) if zone else alert.acknowledged_at
    return QCoreApplication.translate("AlertModel", "{name} at {time}").format(
        name=alert.acknowledged_by or "—", time=at.strftime("%m-%d %H:%M")
    )


class AlertModel(QAbstractTableModel):
    KIND, TEXT, ACKNOWLEDGED = range(3)

    def __init__(self, parent: QObject | None = None, *, zone: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []
        self._zone = zone

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alert(self, row: int) -> Alert | None:
        return self._alerts[row] if 0 <= row < len(self._alerts) else None

    def row_of(self, key: str) -> int:
        return next((row for row, a in enumerate(self._alerts) if a.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Kind"),
            self.tr("Alert"),
            self.tr("Acknowledged"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        alert = self.alert(index.row()) if index.isValid() else None
        if alert is None:
            return None
        if role == ALERT_ROLE:
            return alert
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.KIND:
                return QCoreApplication.translate("Alerts", alert.kind_label)
            if column == self.TEXT:
                return alert_text(alert)
            return acknowledged_text(alert, self._zone)
        if role == Qt.ItemDataRole.ForegroundRole and alert.acknowledged:
            return QBrush(DONE_COLOUR)
        return None

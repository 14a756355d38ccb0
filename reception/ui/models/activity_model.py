"""A delegation's programme in time order."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from reception.core.lodging.programme import ActivityView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


class ActivityModel(RowsModel[ActivityView]):
    """One row per programme line, in the order given (by start).

    Columns:
        WHEN         "12-02 14:00–16:00" (or only the start) in the office's time zone
        TITLE        what: 座谈会
        PLACE        where
        ACCOMPANIED  who of the office accompanies
        COST         cost in yuan, "1,200"; empty when 0

    Roles:
        DisplayRole        the texts above
        TextAlignmentRole  COST right-aligned
        ACTIVITY_ROLE      the row's ActivityView (any column)
    """

    WHEN, TITLE, PLACE, ACCOMPANIED, COST = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("ActivityModel", "When"),
        QT_TRANSLATE_NOOP("ActivityModel", "Activity"),
        QT_TRANSLATE_NOOP("ActivityModel", "Place"),
        QT_TRANSLATE_NOOP("ActivityModel", "Accompanied by"),
        QT_TRANSLATE_NOOP("ActivityModel", "Cost (yuan)"),
    )
    ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = OFFICE_ZONE

    def set_activities(self, activities: list[ActivityView], zone: ZoneInfo = OFFICE_ZONE) -> None:
        self._zone = zone
        self.set_rows(activities)

    def activity(self, row: int) -> ActivityView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, activity_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        activity = self.activity(index.row()) if index.isValid() else None
        if activity is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(activity, column)
        if role == self.ACTIVITY_ROLE:
            return activity
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def when(self, activity: ActivityView) -> str:
        start = activity.starts_at.astimezone(self._zone)
        text = start.strftime("%m-%d %H:%M")
        if activity.ends_at is not None:
            end = activity.ends_at.astimezone(self._zone)
            text += "–" + (
                end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%m-%d %H:%M")
            )
        return text

    def _text(self, activity: ActivityView, column: int) -> str:
        if column == self.WHEN:
            return self.when(activity)
        if column == self.TITLE:
            return activity.title
        if column == self.PLACE:
            return activity.place
        if column == self.ACCOMPANIED:
            return activity.accompanied_by
        if column == self.COST:
            return f"{activity.cost_yuan:,}" if activity.cost_yuan else ""
        return ""

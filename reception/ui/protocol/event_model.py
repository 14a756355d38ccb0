"""The seating events (座次): meetings with a podium, banquets, meeting tables, cars and
group photos, by time."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reception.core.protocol.events import EventView
from reception.core.protocol.seating import EventKind
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


def kind_label(kind: str) -> str:
    try:
        return QCoreApplication.translate("Seating", EventKind(kind).label)
    except ValueError:
        return kind


def local_time(moment: datetime | None, zone: ZoneInfo = OFFICE_ZONE) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def short_time(moment: datetime | None, zone: ZoneInfo = OFFICE_ZONE) -> str:
    """ "12-02 18:30": the list leaves the year to the header, so the title has room."""
    return moment.astimezone(zone).strftime("%m-%d %H:%M") if moment is not None else ""


class EventModel(RowsModel[EventView]):
    """One row per seating event, in the order given (by time).

    Columns:
        TIME     when it starts, office time, "12-02 18:30" (empty when not set)
        TITLE    the event's title
        KIND     Meeting with a podium / Banquet / Meeting table / Car / Group photo
        PLACE    where
        PEOPLE   how many participants

    Roles:
        DisplayRole   the texts above
        ToolTipRole   TITLE: the whole title; other columns: whether the chart is computed
        EVENT_ROLE    the row's EventView (any column)
    """

    TIME, TITLE, KIND, PLACE, PEOPLE = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("EventModel", "Time"),
        QT_TRANSLATE_NOOP("EventModel", "Event"),
        QT_TRANSLATE_NOOP("EventModel", "Kind"),
        QT_TRANSLATE_NOOP("EventModel", "Place"),
        QT_TRANSLATE_NOOP("EventModel", "People"),
    )
    EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def event_at(self, row: int) -> EventView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, event_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == event_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return short_time(event.starts_at)
            if column == self.TITLE:
                return event.title
            if column == self.KIND:
                return kind_label(event.kind)
            if column == self.PLACE:
                return event.place
            if column == self.PEOPLE:
                return str(event.participants)
            return None
        if role == self.EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return event.title  # whole, however narrow the column
            if event.computed:
                return self.tr("The chart is computed")
            return self.tr("The chart is not computed yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

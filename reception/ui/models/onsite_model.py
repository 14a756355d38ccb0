"""Who is in the building now."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt

from reception.core.people import name_search_keys
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.views import OnSiteVisitor
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


class OnSiteModel(RowsModel[OnSiteVisitor]):
    """One row per visit on site, in the order given (the service's: earliest arrival first).

    Columns:
        NAME        full name
        PARTY       party size (people in the visit)
        HOST        host or department
        PURPOSE     purpose of the visit
        TICKET      "A023", or empty
        ARRIVED     arrival time, HH:MM in the office's time zone
        CHECKED_IN  "Yes, 10:05" when the slip was scanned, else "No"
        LEFT        when the visitor left, HH:MM; empty while on site (shown only in the
                    list of everyone today)

    Roles:
        DisplayRole        the texts above
        TextAlignmentRole  centred party size, ticket and times
        VISITOR_ROLE       the row's OnSiteVisitor (any column)
        SORT_ROLE          party size as a number, times as ISO text, else the text
        FILTER_ROLE        name, its pinyin and initials, and host, for the filter box
    """

    NAME, PARTY, HOST, PURPOSE, TICKET, ARRIVED, CHECKED_IN, LEFT = range(8)
    TITLES = (
        QT_TRANSLATE_NOOP("OnSiteModel", "Name"),
        QT_TRANSLATE_NOOP("OnSiteModel", "People"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Host"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Purpose"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Ticket"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Arrived"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Checked in"),
        QT_TRANSLATE_NOOP("OnSiteModel", "Left"),
    )
    COLUMNS = len(TITLES)
    VISITOR_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._zone = OFFICE_ZONE

    def set_visitors(self, visitors: list[OnSiteVisitor], zone: ZoneInfo = OFFICE_ZONE) -> None:
        self._keys = [self._filter_text(v) for v in visitors]
        self._zone = zone
        self.set_rows(visitors)

    def remove_visit(self, visit_id: int) -> bool:
        """Drop a visit's row at once (signed out here); the next refresh confirms it."""
        row = self.row_of(visit_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self.endRemoveRows()
        return True

    def visitor(self, row: int) -> OnSiteVisitor:
        return self.row_value(row)

    def visitors(self) -> list[OnSiteVisitor]:
        return self.rows()

    def row_of(self, visit_id: int) -> int:
        return next((i for i, v in enumerate(self._rows) if v.visit_id == visit_id), -1)

    def people(self) -> int:
        """Everyone on site: the sum of party sizes."""
        return sum(v.party_size for v in self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visitor = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visitor, column)
        if role == self.VISITOR_ROLE:
            return visitor
        if role == self.FILTER_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.PARTY,
            self.TICKET,
            self.ARRIVED,
            self.CHECKED_IN,
            self.LEFT,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.SORT_ROLE:
            if column == self.PARTY:
                return visitor.party_size
            if column == self.ARRIVED:
                return visitor.arrived_at.isoformat()
            if column == self.CHECKED_IN:
                return visitor.checked_in_at.isoformat() if visitor.checked_in_at else ""
            if column == self.LEFT:
                return visitor.left_at.isoformat() if visitor.left_at else ""
            return self._text(visitor, column)
        return None

    def _time(self, visitor: OnSiteVisitor, moment: Any) -> str:
        return str(moment.astimezone(self._zone).strftime("%H:%M"))

    def _text(self, visitor: OnSiteVisitor, column: int) -> str:
        if column == self.NAME:
            return visitor.name
        if column == self.PARTY:
            return str(visitor.party_size)
        if column == self.HOST:
            return visitor.host
        if column == self.PURPOSE:
            return visitor.purpose
        if column == self.TICKET:
            return visitor.ticket
        if column == self.ARRIVED:
            return self._time(visitor, visitor.arrived_at)
        if column == self.CHECKED_IN:
            if visitor.checked_in_at is None:
                return self.tr("No")
            return self.tr("Yes, {time}").format(time=self._time(visitor, visitor.checked_in_at))
        if column == self.LEFT:
            return self._time(visitor, visitor.left_at) if visitor.left_at else ""
        return ""

    @staticmethod
    def _filter_text(visitor: OnSiteVisitor) -> str:
        pinyin, initials = name_search_keys(visitor.name)
        return " ".join((visitor.name, pinyin, initials, visitor.host)).lower()

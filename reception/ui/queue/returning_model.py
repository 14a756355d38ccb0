"""Returning visitors found while the clerk types, as the registration page suggests them."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.views import ReturningVisitor
from reception.ui.models.rows_model import Index, RowsModel


class ReturningModel(RowsModel[ReturningVisitor]):
    """Visitors matching the typed name, pinyin, initials or phone, most recent first.

    Columns:
        NAME    full name (the clerk sees it; the board never does)
        PHONE   masked phone, 138****5678
        VISITS  how many visits, 3
        LAST    last purpose · last host; tooltip: the last visit's date
    Roles:
        DisplayRole  the texts above
        ToolTipRole  the last visit's date and time
        VISITOR_ROLE the ReturningVisitor of the row, any column
    """

    NAME, PHONE, VISITS, LAST = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("ReturningModel", "Name"),
        QT_TRANSLATE_NOOP("ReturningModel", "Phone"),
        QT_TRANSLATE_NOOP("ReturningModel", "Visits"),
        QT_TRANSLATE_NOOP("ReturningModel", "Last visit"),
    )
    VISITOR_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone: ZoneInfo | None = None  # the office's; the machine's when not set

    def set_visitors(self, visitors: list[ReturningVisitor]) -> None:
        self.set_rows(visitors)

    def visitor(self, row: int) -> ReturningVisitor | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        visitor = self.visitor(index.row()) if index.isValid() else None
        if visitor is None:
            return None
        if role == self.VISITOR_ROLE:
            return visitor
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return visitor.name
            if column == self.PHONE:
                return visitor.masked_phone or "—"
            if column == self.VISITS:
                return str(visitor.visits)
            if column == self.LAST:
                return " · ".join(p for p in (visitor.last_purpose, visitor.last_host) if p)
        if role == Qt.ItemDataRole.ToolTipRole and visitor.last_visit_at is not None:
            return self.tr("Last visit {time}").format(
                time=visitor.last_visit_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
            )
        return None

"""A delegation's checklist: tasks by due time, the overdue ones in red (in grey once the
delegation has left), ticked in place."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from reception.core.lodging.checklist import ChecklistView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
OVERDUE_TEXT = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7ea")


class ChecklistModel(RowsModel[ChecklistView]):
    """One row per task, in the order given (by due time).

    Columns:
        DONE   a check box: ticked when done
        TASK   the task's title
        DUE    due time, "11-30 14:00" in the office's time zone
        BY     when and by whom it was done, "11-30 09:12 · 王芳" (the operator's display
               name, else the sign-in name), else empty

    Roles:
        DisplayRole      the texts above (none for DONE)
        CheckStateRole   DONE: Checked / Unchecked; the check box is user-checkable when the
                         model is editable, and ticking it emits `tick_requested`, the model
                         itself changing only when the page sets the rows again
        ForegroundRole   overdue tasks (open after their due time) in red; once the
                         delegation has left (the day after its departure) an open task is
                         no longer overdue but left undone, in the placeholder grey
        BackgroundRole   overdue tasks on a light red
        ToolTipRole      "Overdue" on overdue tasks, "Not done" on tasks left undone
        ITEM_ROLE        the row's ChecklistView (any column)

    Signals: tick_requested(int item_id, bool done)
    """

    DONE, TASK, DUE, BY = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Done"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Task"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Due"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Done at"),
    )
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    tick_requested = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None
        self._zone = OFFICE_ZONE
        self._depart: date | None = None
        self.editable = False

    def set_items(
        self,
        items: list[ChecklistView],
        now: datetime,
        zone: ZoneInfo = OFFICE_ZONE,
        *,
        depart: date | None = None,
    ) -> None:
        """`depart`: the delegation's departure day; after it no task is overdue."""
        self._now, self._zone, self._depart = now, zone, depart
        self.set_rows(items)

    def set_now(self, now: datetime) -> None:
        """Another moment: tasks that became overdue turn red."""
        self._now = now
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.TITLES) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def item(self, row: int) -> ChecklistView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.id == item_id), -1)

    def has_left(self) -> bool:
        """The delegation's departure day is over (office time)."""
        return (
            self._depart is not None
            and self._now is not None
            and office_day(self._now, self._zone) > self._depart
        )

    def is_overdue(self, row: int) -> bool:
        item = self.item(row)
        return (
            item is not None
            and self._now is not None
            and item.overdue(self._now)
            and not self.has_left()
        )

    def is_left_undone(self, row: int) -> bool:
        """Open, and the delegation has left: no longer overdue, just not done."""
        item = self.item(row)
        return item is not None and not item.done and self.has_left()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.tick_requested.emit(item.id, state == Qt.CheckState.Checked.value)
        return False  # the page ticks through the service and sets the rows again

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        overdue = self.is_overdue(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == self.ITEM_ROLE:
            return item
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if overdue and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue")
        left_undone = self.is_left_undone(index.row())
        if left_undone and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if left_undone and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Not done")
        return None

    def _local(self, moment: datetime) -> str:
        return moment.astimezone(self._zone).strftime("%m-%d %H:%M")

    def _text(self, item: ChecklistView, column: int) -> str:
        if column == self.TASK:
            return item.title
        if column == self.DUE:
            return self._local(item.due_at)
        if column == self.BY and item.done_at is not None:
            who = item.done_by_name or item.done_by or ""
            return f"{self._local(item.done_at)} · {who}".rstrip(" ·")
        return ""

"""The lists of the leader reception days page: the days, and one day's slots with the
case booked into each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reception.core.petitions.leader_days import ReceptionDayView, SlotView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.leader_day_dialogs import day_text, hours_text

SLOT_STATES = {
    "free": QT_TRANSLATE_NOOP("SlotModel", "Free"),
    "booked": QT_TRANSLATE_NOOP("SlotModel", "Booked"),
    "attended": QT_TRANSLATE_NOOP("SlotModel", "Attended"),
    "absent": QT_TRANSLATE_NOOP("SlotModel", "Did not come"),
    "cancelled": QT_TRANSLATE_NOOP("SlotModel", "Cancelled"),
}
STATE_COLOURS = {"booked": "#0d47a1", "attended": "#1b5e20", "absent": "#b00020"}


def slot_state_label(state: str) -> str:
    source = SLOT_STATES.get(state)
    return QCoreApplication.translate("SlotModel", source) if source else state


def booked_count(day: ReceptionDayView) -> int:
    return sum(1 for slot in day.slots if slot.booking_id is not None)


class ReceptionDayModel(RowsModel[ReceptionDayView]):
    """One row per leader reception day, in the order given (by day).

    Columns:
        DAY     "2026-11-30 Monday"
        LEADER  the leader's name
        POST    the leader's post, "副市长"
        PLACE   where the petitioners are received
        HOURS   first slot's start to last slot's end, "09:00–12:00"
        BOOKED  "2 of 6" slots booked
        STATUS  "Cancelled", or empty

    Roles:
        DisplayRole     the texts above
        ForegroundRole  grey for a cancelled day
        DAY_ROLE        the row's ReceptionDayView (any column)
    """

    DAY, LEADER, POST, PLACE, HOURS, BOOKED, STATUS = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Day"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Leader"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Post"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Place"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Hours"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Booked"),
        QT_TRANSLATE_NOOP("ReceptionDayModel", "Status"),
    )
    DAY_ROLE = Qt.ItemDataRole.UserRole + 1

    def row_of(self, day_id: int) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == day_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        day = self._rows[index.row()]
        if role == self.DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.ForegroundRole and day.cancelled:
            return QBrush(QColor("#757575"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DAY:
            return day_text(day.day)
        if column == self.LEADER:
            return day.leader_name
        if column == self.POST:
            return day.leader_post
        if column == self.PLACE:
            return day.place
        if column == self.HOURS:
            if not day.slots:
                return ""
            return hours_text(day.slots[0].starts_at, day.slots[-1].ends_at)
        if column == self.BOOKED:
            return self.tr("{booked} of {slots}").format(
                booked=booked_count(day), slots=len(day.slots)
            )
        if column == self.STATUS:
            return self.tr("Cancelled") if day.cancelled else ""
        return None


class SlotModel(RowsModel[SlotView]):
    """The slots of one reception day, in time order.

    Columns:
        TIME        "09:00–09:30"
        CASE        the booked case's number, "XF2026-000123", or empty
        PETITIONER  the petitioner as the reader may see them (张*三 when masked)
        STATE       free / booked / attended / did not come

    Roles:
        DisplayRole     the texts above
        ForegroundRole  STATE coloured by state
        SLOT_ROLE       the row's SlotView (any column)
    """

    TIME, CASE, PETITIONER, STATE = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("SlotModel", "Time"),
        QT_TRANSLATE_NOOP("SlotModel", "Case"),
        QT_TRANSLATE_NOOP("SlotModel", "Petitioner"),
        QT_TRANSLATE_NOOP("SlotModel", "State"),
    )
    SLOT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def row_of(self, slot_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == slot_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        slot = self._rows[index.row()]
        column = index.column()
        if role == self.SLOT_ROLE:
            return slot
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            colour = STATE_COLOURS.get(slot.state)
            return QBrush(QColor(colour)) if colour else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TIME:
            return hours_text(slot.starts_at, slot.ends_at)
        if column == self.CASE:
            return slot.case_no
        if column == self.PETITIONER:
            return slot.petitioner
        if column == self.STATE:
            return slot_state_label(slot.state)
        return None


def slot_table(parent: QWidget, model: RowsModel[Any], stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table

"""Booking a case into a leader reception day (领导接访日): the free slots of the coming
days that are not called off, soonest first; the clerk picks one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.leader_days import (
    ReceptionDayView,
    SlotView,
    book_slot,
    reception_days,
)
from reception.core.petitions.views import CaseView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.form_dialog import error_label, save_in_unit
from reception.ui.messages import error_text
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.petition_texts import NOTE_STYLE
from reception.ui.session import DeskSession

LOOK_AHEAD_DAYS = 90
FREE = "free"


@dataclass(frozen=True)
class FreeSlot:
    day: ReceptionDayView
    slot: SlotView


def free_slots(days: list[ReceptionDayView]) -> list[FreeSlot]:
    return [
        FreeSlot(day, slot)
        for day in days
        if not day.cancelled
        for slot in day.slots
        if slot.booking_id is None
    ]


class FreeSlotModel(RowsModel[FreeSlot]):
    """The free slots, soonest first.

    Columns:
        DAY      "2026-12-03"
        TIME     "09:00–09:30"
        LEADER   the leader and post, "张明 · 副市长"
        PLACE    where

    Roles: DisplayRole; SLOT_ROLE the row's FreeSlot.
    """

    DAY, TIME, LEADER, PLACE = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("FreeSlotModel", "Day"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Time"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Leader"),
        QT_TRANSLATE_NOOP("FreeSlotModel", "Place"),
    )
    SLOT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        free = self.row_value(index.row())
        if role == self.SLOT_ROLE:
            return free
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        day, slot = free.day, free.slot
        texts = (
            day.day.isoformat(),
            f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}",
            " · ".join(part for part in (day.leader_name, day.leader_post) if part),
            day.place,
        )
        return texts[index.column()] if 0 <= index.column() < len(texts) else None


class BookingDialog(QDialog):
    """Emits `slot_booked(ReceptionDayView)` and closes once the case is booked; a refusal
    (the slot was taken meanwhile) is shown and the list read again."""

    slot_booked = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        case: CaseView,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case = case
        self._today = today
        self.setWindowTitle(
            self.tr("Book a leader reception day · {case}").format(case=case.case_no)
        )
        self.model = FreeSlotModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FreeSlotModel.LEADER, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.book())
        self.note = QLabel(self)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.book_button = self.buttons.addButton(
            self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.load()

    def load(self) -> None:
        end = self._today + timedelta(days=LOOK_AHEAD_DAYS)
        try:
            with self._session.db.read() as s:
                days = reception_days(s, self._session.actor, self._today, end)
        except DeskError as error:
            self.error_label.setText(error_text(error))
            days = []
        self.model.set_rows(free_slots(days))
        if self.model.rowCount():
            self.note.setText(self.tr("Choose a free slot for the petitioner."))
            self.view.selectRow(0)
        else:
            self.note.setText(
                self.tr(
                    "No free slot in the next {days} days. Leader reception days are added on "
                    "the Leader reception days page."
                ).format(days=LOOK_AHEAD_DAYS)
            )
        self.book_button.setEnabled(self.model.rowCount() > 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def book(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        free = self.model.row_value(row)
        actor, case_id = self._session.actor, self._case.id
        day = save_in_unit(
            self._session, self.error_label, lambda s: book_slot(s, actor, free.slot.id, case_id)
        )
        if day is None:
            self.load()  # the slot may have been taken meanwhile
            return
        self.slot_booked.emit(day)
        self.accept()

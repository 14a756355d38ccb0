"""Leader reception days (领导接访日) of the coming weeks: each day's leader, post, place and
slots, the case booked into each slot and its petitioner (masked as the role requires), and
the officer's actions: add a day, book a case into a free slot by its number, cancel a
booking, mark the petitioner as attended or absent.

Keys: Ctrl+N add a day · Ctrl+B book a case · Ctrl+Shift+A attended · Ctrl+Shift+X absent ·
Delete cancel the booking · F5 read again. A day called off cancels its bookings.

The director reads the days and changes nothing. Refreshes after its own actions and when
another desk changes a reception day, a booking or a case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.cases import CASE, office_today
from reception.core.petitions.leader_days import (
    BOOKED,
    BOOKING,
    DAY,
    ReceptionDayView,
    SlotView,
    cancel_booking,
    cancel_reception_day,
    mark_booking,
    reception_days,
)
from reception.core.security.roles import Permission
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text
from reception.ui.page_actions import PageActions, text_button
from reception.ui.petitions.leader_day_dialogs import (
    AddReceptionDayDialog,
    BookCaseDialog,
    day_text,
    from_qdate,
    hours_text,
    to_qdate,
)
from reception.ui.petitions.leader_day_models import (
    ReceptionDayModel,
    SlotModel,
    booked_count,
    slot_table,
)
from reception.ui.session import DeskSession

REFRESH_ON = frozenset({DAY, BOOKING, CASE})
ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
WEEKS = 4


class LeaderDaysPage(QWidget):
    """The reception days from `start` for `weeks` weeks, one day's slots beside them.
    `dialog` is the last dialog an action opened."""

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._writable = session.actor.may(Permission.HANDLE_PETITIONS)
        self._stale = False
        self.dialog: QDialog | None = None
        try:
            with session.db.read() as s:
                today = office_today(s)
        except DeskError:
            today = date.today()
        self.today = today

        self.start = QDateEdit(to_qdate(today), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 26)
        self.weeks.setValue(WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self._build_actions()
        top = QHBoxLayout()
        for text, widget in ((self.tr("F&rom:"), self.start), (self.tr("&For:"), self.weeks)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self._button(self.add_action))
        top.addWidget(self._button(self.call_off_action))
        top.addStretch(1)
        top.addWidget(self._button(self.refresh_action))

        self.days = ReceptionDayModel(self)
        self.day_table = slot_table(self, self.days, ReceptionDayModel.PLACE)
        self.slots = SlotModel(self)
        self.slot_table = slot_table(self, self.slots, SlotModel.PETITIONER)
        self.day_title = QLabel(self)
        self.day_title.setWordWrap(True)
        self.day_title.setStyleSheet("font-weight: bold;")
        slot_buttons = QHBoxLayout()
        for action in (
            self.book_action,
            self.attended_action,
            self.absent_action,
            self.cancel_action,
        ):
            slot_buttons.addWidget(self._button(action))
        slot_buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.slot_table, 1)
        right_layout.addLayout(slot_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.day_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.empty_line = QLabel(self)
        self.empty_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_line)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)

        self.day_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_slots())
        self.slot_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.slot_table.activated.connect(lambda _index: self.book_case())
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.weeks.valueChanged.connect(lambda _w: self.refresh())
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        a = PageActions(self, self._writable)
        self.add_action = a(self.tr("&Add reception day…"), ("Ctrl+N",), self.add_day)
        self.book_action = a(self.tr("&Book a case…"), ("Ctrl+B",), self.book_case)
        self.attended_action = a(
            self.tr("A&ttended"), ("Ctrl+Shift+A",), lambda: self.mark(attended=True)
        )
        self.absent_action = a(
            self.tr("Did &not come"), ("Ctrl+Shift+X",), lambda: self.mark(attended=False)
        )
        self.cancel_action = a(self.tr("&Cancel booking…"), ("Del",), self.cancel)
        self.call_off_action = a(self.tr("Call the day &off…"), (), self.call_off)
        self.refresh_action = a(self.tr("R&ead again"), ("F5",), self.refresh, write=False)

    def _button(self, action: QAction) -> QToolButton:
        return text_button(self, action)

    # -- reading ----------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        start = from_qdate(self.start.date())
        return start, start + timedelta(days=7 * self.weeks.value() - 1)

    def refresh(self) -> None:
        """Read the days again, keeping the chosen day and slot chosen."""
        self._stale = False
        day, slot = self.selected_day(), self.selected_slot()
        start, end = self.period()
        session = self._session
        try:
            with session.db.read() as s:
                days = reception_days(s, session.actor, start, end)
        except DeskError as error:
            self.days.set_rows([])
            self._show_slots()
            self._say(error, error=True)
            return
        self.days.set_rows(days)
        self.empty_line.setText(
            ""
            if days
            else self.tr("No leader reception day from {start} to {end}.").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
        if (day is None or not self.select_day(day.id)) and days:
            self.day_table.selectRow(0)
        if slot is not None:
            self.select_slot(slot.id)
        self._show_slots()

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & REFRESH_ON:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected_day(self) -> ReceptionDayView | None:
        index = self.day_table.currentIndex()
        return self.days.row_value(index.row()) if index.isValid() else None

    def selected_slot(self) -> SlotView | None:
        index = self.slot_table.currentIndex()
        return self.slots.row_value(index.row()) if index.isValid() else None

    def select_day(self, day_id: int) -> bool:
        row = self.days.row_of(day_id)
        if row < 0:
            return False
        self.day_table.selectRow(row)
        self.day_table.scrollTo(self.days.index(row, 0))
        return True

    def select_slot(self, slot_id: int) -> bool:
        row = self.slots.row_of(slot_id)
        if row < 0:
            return False
        self.slot_table.selectRow(row)
        return True

    def _show_slots(self) -> None:
        day = self.selected_day()
        chosen = self.selected_slot()
        self.slots.set_rows(day.slots if day is not None else [])
        if day is None:
            self.day_title.clear()
        else:
            title = self.tr("{leader} {post} · {day} · {place}").format(
                leader=day.leader_name, post=day.leader_post, day=day_text(day.day),
                place=day.place or self.tr("place not set"),
            )  # fmt: skip
            if day.cancelled:
                title = self.tr("{title} (cancelled)").format(title=title)
            self.day_title.setText(title)
        if chosen is None or not self.select_slot(chosen.id):
            first = next((i for i, s in enumerate(self.slots.rows()) if s.booking_id is None), 0)
            if self.slots.rowCount() > 0:
                self.slot_table.selectRow(first)
        self._update_actions()

    def _update_actions(self) -> None:
        if not self._writable:
            return
        day, slot = self.selected_day(), self.selected_slot()
        open_day = day is not None and not day.cancelled
        free = open_day and slot is not None and slot.booking_id is None
        booked = slot is not None and slot.booking_id is not None
        self.book_action.setEnabled(free)
        self.attended_action.setEnabled(booked and slot is not None and slot.state != "attended")
        self.absent_action.setEnabled(booked and slot is not None and slot.state != "absent")
        self.cancel_action.setEnabled(slot is not None and slot.state == BOOKED)
        self.call_off_action.setEnabled(open_day)

    def status_text(self) -> str:
        return self.status_line.text()

    def _say(self, message: DeskError | str, *, error: bool = False) -> None:
        text = error_text(message) if isinstance(message, DeskError) else message
        self.status_line.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.status_line.setText(text)

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _changed(self, view: ReceptionDayView, text: str, slot_id: int | None = None) -> None:
        start, end = self.period()
        if not start <= view.day <= end:
            self.start.blockSignals(True)
            self.start.setDate(to_qdate(view.day))
            self.start.blockSignals(False)
        self.refresh()
        self.select_day(view.id)
        self._show_slots()
        if slot_id is not None:
            self.select_slot(slot_id)
        self._say(text)

    def add_day(self) -> None:
        if not self._writable:
            return
        chosen = self.selected_day()
        dialog = AddReceptionDayDialog(
            self._session, chosen.day if chosen is not None else self.today, self
        )
        dialog.day_added.connect(
            lambda view: self._changed(
                view,
                self.tr("{leader}'s reception day on {day} added with {slots} slots.").format(
                    leader=view.leader_name, day=view.day.isoformat(), slots=len(view.slots)
                ),
            )
        )
        self._open(dialog)

    def book_case(self) -> None:
        day, slot = self.selected_day(), self.selected_slot()
        if not self.book_action.isEnabled() or day is None or slot is None:
            return
        dialog = BookCaseDialog(self._session, day, slot, self)
        slot_id = slot.id
        dialog.booked.connect(lambda view: self._booked(view, slot_id))
        self._open(dialog)

    def _booked(self, view: ReceptionDayView, slot_id: int) -> None:
        slot = next((s for s in view.slots if s.id == slot_id), None)
        self._changed(
            view,
            self.tr("Case {case_no} booked at {hours}.").format(
                case_no=slot.case_no if slot else "",
                hours=hours_text(slot.starts_at, slot.ends_at) if slot else "",
            ),
            slot_id,
        )

    def _act(self, change: Callable[[Session], ReceptionDayView], done: str) -> bool:
        """One unit of work; a refusal is said in the status line."""
        slot = self.selected_slot()
        try:
            with self._session.db.unit() as s:
                view = change(s)
        except DeskError as error:
            self.refresh()
            self._say(error, error=True)
            return False
        self._changed(view, done, slot.id if slot else None)
        return True

    def mark(self, *, attended: bool) -> None:
        slot = self.selected_slot()
        action = self.attended_action if attended else self.absent_action
        if slot is None or slot.booking_id is None or not action.isEnabled():
            return
        actor, booking_id = self._session.actor, slot.booking_id
        done = (
            self.tr("Case {case_no}: the petitioner came.")
            if attended
            else self.tr("Case {case_no}: the petitioner did not come.")
        )
        self._act(
            lambda s: mark_booking(s, actor, booking_id, attended),
            done.format(case_no=slot.case_no),
        )

    def cancel(self) -> QInputDialog | None:
        """Asks why (optional), then cancels the chosen slot's booking."""
        slot = self.selected_slot()
        if slot is None or slot.booking_id is None or not self.cancel_action.isEnabled():
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel booking"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setLabelText(
            self.tr("Cancel the booking of case {case_no} at {hours}? Reason (optional):").format(
                case_no=slot.case_no, hours=hours_text(slot.starts_at, slot.ends_at)
            )
        )
        dialog.setOkButtonText(self.tr("Cancel &booking"))
        dialog.setCancelButtonText(self.tr("&Keep it"))
        booking_id, case_no, actor = slot.booking_id, slot.case_no, self._session.actor
        dialog.textValueSelected.connect(
            lambda reason: self._act(
                lambda s: cancel_booking(s, actor, booking_id, reason.strip()),
                self.tr("The booking of case {case_no} is cancelled.").format(case_no=case_no),
            )
        )
        self._open(dialog)
        return dialog

    def call_off(self) -> QInputDialog | None:
        """Asks why (optional), then calls the chosen day off with its bookings."""
        day = self.selected_day()
        if day is None or day.cancelled or not self.call_off_action.isEnabled():
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Call the day off"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        booked = booked_count(day)
        dialog.setLabelText(
            self.tr(
                "Call off {leader}'s reception day on {day}? Its {booked} bookings are "
                "cancelled. Reason (optional):"
            ).format(leader=day.leader_name, day=day.day.isoformat(), booked=booked)
        )
        dialog.setOkButtonText(self.tr("Call &off"))
        dialog.setCancelButtonText(self.tr("&Keep it"))
        day_id, actor = day.id, self._session.actor
        done = self.tr("{leader}'s reception day on {day} is called off.").format(
            leader=day.leader_name, day=day.day.isoformat()
        )
        dialog.textValueSelected.connect(
            lambda reason: self._act(
                lambda s: cancel_reception_day(s, actor, day_id, reason.strip()), done
            )
        )
        self._open(dialog)
        return dialog

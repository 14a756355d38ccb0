"""The dialogs of the leader reception days page: adding a reception day (领导接访日) with
its hours and slot length, and booking a case into a free slot by its number."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.leader_days import (
    MAX_LEADER_NAME,
    MAX_PLACE,
    MAX_POST,
    MAX_SLOT_MINUTES,
    MIN_SLOT_MINUTES,
    ReceptionDayView,
    SlotView,
    add_reception_day,
    book_slot,
)
from reception.core.petitions.screening import search_cases
from reception.core.petitions.views import CaseView
from reception.printing.flow import WEEKDAYS
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.messages import error_text
from reception.ui.session import DeskSession

TIME_FORMAT = "HH:mm"
CASE_NUMBER = re.compile(r"^XF\d{4}-\d{6}$", re.IGNORECASE)


def day_text(day: date) -> str:
    """ "2026-11-30 Monday" (2026-11-30 星期一)."""
    return QCoreApplication.translate("LeaderDaysPage", "{day} {weekday}").format(
        day=day.isoformat(), weekday=QCoreApplication.translate("Prints", WEEKDAYS[day.weekday()])
    )


def hours_text(starts: time, ends: time) -> str:
    """ "09:00–09:30"."""
    return f"{starts:%H:%M}–{ends:%H:%M}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class AddReceptionDayDialog(QDialog):
    """Emits `day_added(ReceptionDayView)` and closes once the day and its slots are stored;
    a refusal is shown in the dialog, which keeps what was typed."""

    day_added = Signal(object)

    def __init__(self, session: DeskSession, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Add a leader reception day"))
        self.setMinimumWidth(440)
        self.day = QDateEdit(to_qdate(day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.leader = QLineEdit(self)
        self.leader.setMaxLength(MAX_LEADER_NAME)
        self.leader.setPlaceholderText(self.tr("such as 王建国"))
        self.post = QLineEdit(self)
        self.post.setMaxLength(MAX_POST)
        self.post.setPlaceholderText(self.tr("such as 副市长"))
        self.place = QLineEdit(self)
        self.place.setMaxLength(MAX_PLACE)
        self.place.setPlaceholderText(self.tr("such as 信访接待大厅一号接待室"))
        self.starts = QTimeEdit(QTime(9, 0), self)
        self.ends = QTimeEdit(QTime(12, 0), self)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(TIME_FORMAT)
        self.slot_minutes = QSpinBox(self)
        self.slot_minutes.setRange(MIN_SLOT_MINUTES, MAX_SLOT_MINUTES)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes.setValue(30)
        self.slot_minutes.setSuffix(self.tr(" minutes"))

        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Leader:"), self.leader)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.tr("Pla&ce:"), self.place)
        form.addRow(self.tr("&From:"), self.starts)
        form.addRow(self.tr("&To:"), self.ends)
        form.addRow(self.tr("&Each slot:"), self.slot_minutes)
        self.error_label, self.buttons = finish_form(self, form, self.tr("&Add day"), self.save)
        self.leader.setFocus()

    def save(self) -> None:
        session = self._session
        view = save_in_unit(
            session,
            self.error_label,
            lambda s: add_reception_day(
                s,
                session.actor,
                from_qdate(self.day.date()),
                self.leader.text().strip(),
                self.post.text().strip(),
                self.place.text().strip(),
                from_qtime(self.starts.time()),
                from_qtime(self.ends.time()),
                self.slot_minutes.value(),
            ),
        )
        if view is None:
            return
        self.day_added.emit(view)
        self.accept()


class BookCaseDialog(QDialog):
    """Books a case, found by its number (XF2026-000123), into a free slot. The case found
    is named under the number as it is typed (the petitioner masked as the role requires).
    Emits `booked(ReceptionDayView)` and closes once booked; a refusal (the slot was taken
    meanwhile, no such case) is shown in the dialog and nothing is booked."""

    booked = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        day: ReceptionDayView,
        slot: SlotView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._slot = slot
        self.found: CaseView | None = None
        self.setWindowTitle(self.tr("Book a case"))
        self.setMinimumWidth(460)
        where = QLabel(
            self.tr("{leader}'s reception on {day}, {hours}").format(
                leader=day.leader_name,
                day=day_text(day.day),
                hours=hours_text(slot.starts_at, slot.ends_at),
            ),
            self,
        )
        where.setWordWrap(True)
        self.case_no = QLineEdit(self)
        self.case_no.setMaxLength(20)
        self.case_no.setPlaceholderText(self.tr("such as XF2026-000123"))
        self.case_line = QLabel(self)
        self.case_line.setWordWrap(True)
        form = QFormLayout()
        form.addRow(where)
        form.addRow(self.tr("&Case number:"), self.case_no)
        form.addRow("", self.case_line)
        self.error_label, self.buttons = finish_form(self, form, self.tr("&Book"), self.save)
        self.case_no.textChanged.connect(self._look_up)
        self.case_no.setFocus()

    def _find(self, text: str) -> CaseView | None:
        """The case numbered `text`, or None; a refusal to read is raised."""
        number = text.strip().upper()
        session = self._session
        with session.db.read() as s:
            views = search_cases(s, session.actor, number, limit=5)
        return next((view for view in views if view.case_no == number), None)

    def _look_up(self, text: str) -> None:
        self.found = None
        self.case_line.clear()
        if not CASE_NUMBER.match(text.strip()):
            return
        try:
            found = self._find(text)
        except DeskError as error:
            self.case_line.setText(error_text(error))
            return
        if found is None:
            self.case_line.setText(self.tr("No case has this number."))
            return
        self.found = found
        self.case_line.setText(
            self.tr("{petitioners} · {category} · {state}").format(
                petitioners=found.petitioners,
                category=found.category or self.tr("no category"),
                state=QCoreApplication.translate("Petitions", found.state.label),
            )
        )

    def save(self) -> None:
        text = self.case_no.text().strip()
        session = self._session
        try:
            found = self.found if self.found is not None else self._find(text)
            if found is None:
                self.error_label.setText(
                    self.tr("There is no case numbered {case_no}.").format(case_no=text or "—")
                )
                return
            with session.db.unit() as s:
                view = book_slot(s, session.actor, self._slot.id, found.id)
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.booked.emit(view)
        self.accept()

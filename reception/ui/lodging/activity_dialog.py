"""Adding or editing a line of a delegation's programme: when, what, where, who of the
office accompanies, and the cost (for the reception list, 接待清单)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reception.core.lodging.delegations import DelegationView
from reception.core.lodging.programme import (
    MAX_COST_YUAN,
    ActivityForm,
    ActivityView,
    add_activity,
    update_activity,
)
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.session import DeskSession

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


def to_qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, zone: ZoneInfo) -> datetime:
    """The typed wall-clock time, in the office's time zone (not the computer's)."""
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone)


class ActivityDialog(QDialog):
    """Emits `activity_saved(ActivityView)` and closes once the line is stored; a refusal
    is shown in the dialog, which stays open. Times are the office's wall-clock times."""

    activity_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView,
        activity: ActivityView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._delegation = delegation
        self._activity = activity
        self._zone = zone
        self.setWindowTitle(
            self.tr("Edit programme line") if activity else self.tr("Add to the programme")
        )
        first = datetime.combine(delegation.arrive, time(0), tzinfo=zone)
        last = datetime.combine(delegation.depart, time(23, 59), tzinfo=zone)

        self.starts_at = QDateTimeEdit(self)
        self.ends_at = QDateTimeEdit(self)
        for edit in (self.starts_at, self.ends_at):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setDateTimeRange(to_qdatetime(first, zone), to_qdatetime(last, zone))
        self.has_end = QCheckBox(self.tr("&Ends at"), self)
        self.has_end.setChecked(True)
        self.has_end.toggled.connect(self.ends_at.setEnabled)
        self.starts_at.dateTimeChanged.connect(self._start_changed)
        self.title = QLineEdit(self)
        self.title.setMaxLength(120)
        self.title.setPlaceholderText(self.tr("Meeting, visit, working meal…"))
        self.place = QLineEdit(self)
        self.place.setMaxLength(80)
        self.accompanied_by = QLineEdit(self)
        self.accompanied_by.setMaxLength(120)
        self.cost = QSpinBox(self)
        self.cost.setRange(0, MAX_COST_YUAN)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSuffix(self.tr(" yuan"))

        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.ends_at, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Starts at:"), self.starts_at)
        form.addRow("", ends)
        form.addRow(self.tr("&What:"), self.title)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("A&ccompanied by:"), self.accompanied_by)
        form.addRow(self.tr("C&ost:"), self.cost)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if activity else self.tr("Add"), self.save
        )
        self.resize(480, self.sizeHint().height())

        if activity is None:
            start = datetime.combine(delegation.arrive, time(9, 0), tzinfo=zone)
            self.starts_at.setDateTime(to_qdatetime(start, zone))
        else:
            self.starts_at.setDateTime(to_qdatetime(activity.starts_at, zone))
            if activity.ends_at is not None:
                self.ends_at.setDateTime(to_qdatetime(activity.ends_at, zone))
            self.has_end.setChecked(activity.ends_at is not None)
            self.title.setText(activity.title)
            self.place.setText(activity.place)
            self.accompanied_by.setText(activity.accompanied_by)
            self.cost.setValue(activity.cost_yuan)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_changed(self, value: QDateTime) -> None:
        if self.ends_at.dateTime() <= value:
            self.ends_at.setDateTime(value.addSecs(3600))

    def form(self) -> ActivityForm:
        self.cost.interpretText()
        return ActivityForm(
            starts_at=from_qdatetime(self.starts_at.dateTime(), self._zone),
            ends_at=(
                from_qdatetime(self.ends_at.dateTime(), self._zone)
                if self.has_end.isChecked()
                else None
            ),
            place=self.place.text(),
            title=self.title.text(),
            accompanied_by=self.accompanied_by.text(),
            cost_yuan=self.cost.value(),
        )

    def save(self) -> None:
        form = self.form()
        actor, activity = self._session.actor, self._activity
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_activity(s, actor, self._delegation.id, form)
                if activity is None
                else update_activity(s, actor, activity.id, form)
            ),
        )
        if view is None:
            return
        self.activity_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

"""Adding or editing a meal or a car of a delegation's reception plan (接待方案).

A meal with more accompanying staff than the limit (3 for 10 guests or fewer, a third of
the guests above) asks for the reason: the line under the numbers says the limit, and the
reason field is enabled; the plan service refuses the meal without a reason and nothing is
written. Times are the office's wall-clock times."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reception.core.lodging.delegations import DelegationView
from reception.core.lodging.programme import ActivityView
from reception.core.protocol.plan_items import (
    MAX_COST_YUAN,
    MAX_PEOPLE,
    MAX_SEATS,
    MealForm,
    MealView,
    VehicleForm,
    VehicleView,
    add_meal,
    add_vehicle,
    update_meal,
    update_vehicle,
)
from reception.core.protocol.seating import staff_limit
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.lodging.activity_dialog import from_qdatetime, to_qdatetime
from reception.ui.session import DeskSession

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
WARNING_STYLE = "color: #b00020;"


class MealDialog(QDialog):
    """Emits `meal_saved(MealView)` and closes once the meal is stored; a refusal is shown
    in the dialog, which stays open."""

    meal_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView,
        meal: MealView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
        guests: int = 1,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._delegation = delegation
        self._meal = meal
        self._zone = zone
        self.setWindowTitle(self.tr("Edit meal") if meal else self.tr("Add a meal"))
        first = datetime.combine(delegation.arrive, time(0), tzinfo=zone)
        last = datetime.combine(delegation.depart, time(23, 59), tzinfo=zone)
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDateTimeRange(to_qdatetime(first, zone), to_qdatetime(last, zone))
        self.title = QLineEdit(self)
        self.title.setMaxLength(80)
        self.title.setPlaceholderText(self.tr("Working meal, welcome dinner…"))
        self.place = QLineEdit(self)
        self.place.setMaxLength(80)
        self.guests = QSpinBox(self)
        self.guests.setRange(1, MAX_PEOPLE)
        self.staff = QSpinBox(self)
        self.staff.setRange(0, MAX_PEOPLE)
        self.limit_label = QLabel(self)
        self.limit_label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why more accompanying staff than the limit"))
        self.cost = QSpinBox(self)
        self.cost.setRange(0, MAX_COST_YUAN)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSuffix(self.tr(" yuan"))

        form = QFormLayout()
        form.addRow(self.tr("&Time:"), self.starts_at)
        form.addRow(self.tr("&Meal:"), self.title)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Guests:"), self.guests)
        form.addRow(self.tr("Accompanying &staff:"), self.staff)
        form.addRow("", self.limit_label)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("C&ost:"), self.cost)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if meal else self.tr("Add"), self.save
        )
        self.guests.valueChanged.connect(lambda _value: self._show_limit())
        self.staff.valueChanged.connect(lambda _value: self._show_limit())
        self.resize(480, self.sizeHint().height())

        if meal is None:
            start = datetime.combine(delegation.arrive, time(12, 0), tzinfo=zone)
            self.starts_at.setDateTime(to_qdatetime(start, zone))
            self.guests.setValue(max(1, min(guests, MAX_PEOPLE)))
        else:
            self.starts_at.setDateTime(to_qdatetime(meal.starts_at, zone))
            self.title.setText(meal.title)
            self.place.setText(meal.place)
            self.guests.setValue(meal.guests)
            self.staff.setValue(meal.staff)
            self.reason.setText(meal.exception_reason or "")
            self.cost.setValue(meal.cost_yuan)
        self._show_limit()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def over_limit(self) -> bool:
        return self.staff.value() > staff_limit(self.guests.value())

    def _show_limit(self) -> None:
        limit = staff_limit(self.guests.value())
        over = self.over_limit()
        if over:
            text = self.tr(
                "Above the limit of {limit} accompanying staff: give the reason below."
            ).format(limit=limit)
        else:
            text = self.tr("At most {limit} accompanying staff.").format(limit=limit)
        self.limit_label.setText(text)
        self.limit_label.setStyleSheet(WARNING_STYLE if over else "")
        self.reason.setEnabled(over)

    def form(self) -> MealForm:
        for spin in (self.guests, self.staff, self.cost):
            spin.interpretText()
        return MealForm(
            starts_at=from_qdatetime(self.starts_at.dateTime(), self._zone),
            place=self.place.text(),
            guests=self.guests.value(),
            staff=self.staff.value(),
            cost_yuan=self.cost.value(),
            exception_reason=self.reason.text() if self.over_limit() else "",
            title=self.title.text(),
            notes=self._meal.notes if self._meal is not None else "",
        )

    def save(self) -> None:
        form = self.form()
        actor, meal = self._session.actor, self._meal
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_meal(s, actor, self._delegation.id, form)
                if meal is None
                else update_meal(s, actor, meal.id, form)
            ),
        )
        if view is None:
            if self.over_limit():
                self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.meal_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()


class VehicleDialog(QDialog):
    """Emits `vehicle_saved(VehicleView)` and closes once the car is stored. A car serves
    the whole visit or one line of the programme."""

    vehicle_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView,
        activities: list[ActivityView],
        vehicle: VehicleView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._delegation = delegation
        self._vehicle = vehicle
        self.setWindowTitle(self.tr("Edit car") if vehicle else self.tr("Add a car"))
        self.plate = QLineEdit(self)
        self.plate.setMaxLength(20)
        self.driver = QLineEdit(self)
        self.driver.setMaxLength(40)
        self.seats = QSpinBox(self)
        self.seats.setRange(1, MAX_SEATS)
        self.seats.setValue(4)
        self.serves = QComboBox(self)
        self.serves.addItem(self.tr("The whole visit"), None)
        for activity in activities:
            when = activity.starts_at.astimezone(zone).strftime("%m-%d %H:%M")
            self.serves.addItem(f"{when} {activity.title}", activity.id)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(200)

        form = QFormLayout()
        form.addRow(self.tr("&Number plate:"), self.plate)
        form.addRow(self.tr("&Driver:"), self.driver)
        form.addRow(self.tr("S&eats:"), self.seats)
        form.addRow(self.tr("&Serves:"), self.serves)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if vehicle else self.tr("Add"), self.save
        )
        self.resize(420, self.sizeHint().height())
        if vehicle is not None:
            self.plate.setText(vehicle.plate)
            self.driver.setText(vehicle.driver)
            self.seats.setValue(vehicle.seats)
            self.notes.setText(vehicle.notes)
            found = self.serves.findData(vehicle.activity_id)
            self.serves.setCurrentIndex(max(found, 0))
        self.plate.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> VehicleForm:
        self.seats.interpretText()
        activity = self.serves.currentData()
        return VehicleForm(
            plate=self.plate.text(),
            driver=self.driver.text(),
            seats=self.seats.value(),
            notes=self.notes.text(),
            activity_id=activity if isinstance(activity, int) else None,
        )

    def save(self) -> None:
        form = self.form()
        actor, vehicle = self._session.actor, self._vehicle
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_vehicle(s, actor, self._delegation.id, form)
                if vehicle is None
                else update_vehicle(s, actor, vehicle.id, form)
            ),
        )
        if view is None:
            return
        self.vehicle_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

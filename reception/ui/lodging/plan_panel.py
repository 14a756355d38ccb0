"""The reception plan (接待方案) of the chosen delegation on the delegations page: its meals
(time, meal, place, guests, accompanying staff, cost; a meal above the staff limit is marked
and shows the recorded reason) and its cars (plate, driver, seats, what they serve), and
"Print reception plan…" (printed or saved as a PDF, off the GUI thread).

Only operators who manage protocol change the plan; those who read lodging or everything
see it without the buttons that change it; others do not see it. In the lists F2 or Enter
edits the line, Delete removes it."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from reception.core.errors import DeskError
from reception.core.lodging.delegations import DelegationDetail
from reception.core.protocol import plan
from reception.core.protocol.plan import MealView, ReceptionPlan, VehicleView
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database
from reception.printing.reception_plan import print_reception_plan, write_reception_plan_pdf
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.lodging.lodging_prints import LodgingPrint, PrintJob
from reception.ui.lodging.plan_dialogs import MealDialog, VehicleDialog
from reception.ui.messages import show_error
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
WARNING_COLOR = QColor("#b00020")
WARNING_MARK = "⚠"
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')
READERS = (Permission.MANAGE_PROTOCOL, Permission.MANAGE_LODGING, Permission.READ_EVERYTHING)


class MealModel(RowsModel[MealView]):
    """One row per meal of the plan, by time.

    Columns:
        TIME     "12-02 12:00" in the office's time zone
        TITLE    the meal: 工作餐
        PLACE    where
        GUESTS   guests at the meal
        STAFF    accompanying staff; "5 ⚠" above the limit
        COST     cost in yuan, "1,200"; empty when 0
        WARNING  above the limit: the limit and the recorded reason; else empty

    Roles:
        DisplayRole        the texts above
        ForegroundRole     STAFF and WARNING in red above the limit
        ToolTipRole        STAFF and WARNING: the warning
        TextAlignmentRole  GUESTS, STAFF, COST right-aligned
        MEAL_ROLE          the row's MealView (any column)
    """

    TIME, TITLE, PLACE, GUESTS, STAFF, COST, WARNING = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("MealModel", "Time"),
        QT_TRANSLATE_NOOP("MealModel", "Meal"),
        QT_TRANSLATE_NOOP("MealModel", "Place"),
        QT_TRANSLATE_NOOP("MealModel", "Guests"),
        QT_TRANSLATE_NOOP("MealModel", "Staff"),
        QT_TRANSLATE_NOOP("MealModel", "Cost (yuan)"),
        QT_TRANSLATE_NOOP("MealModel", "Warning"),
    )
    MEAL_ROLE = Qt.ItemDataRole.UserRole + 1
    NUMBERS = (GUESTS, STAFF, COST)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = OFFICE_ZONE

    def set_meals(self, meals: list[MealView], zone: ZoneInfo = OFFICE_ZONE) -> None:
        self._zone = zone
        self.set_rows(meals)

    def meal(self, row: int) -> MealView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, meal_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == meal_id), -1)

    def warning(self, meal: MealView) -> str:
        if not meal.over_limit:
            return ""
        reason = meal.exception_reason or QCoreApplication.translate(
            "MealModel", "(no reason recorded)"
        )
        return QCoreApplication.translate(
            "MealModel", "Above the limit of {limit}. Reason: {reason}"
        ).format(limit=meal.staff_limit, reason=reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meal = self.meal(index.row()) if index.isValid() else None
        if meal is None:
            return None
        column = index.column()
        marked = meal.over_limit and column in (self.STAFF, self.WARNING)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meal, column)
        if role == self.MEAL_ROLE:
            return meal
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(WARNING_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and marked:
            return self.warning(meal)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, meal: MealView, column: int) -> str:
        if column == self.TIME:
            return meal.starts_at.astimezone(self._zone).strftime("%m-%d %H:%M")
        if column == self.TITLE:
            return meal.title
        if column == self.PLACE:
            return meal.place
        if column == self.GUESTS:
            return str(meal.guests)
        if column == self.STAFF:
            return f"{meal.staff} {WARNING_MARK}" if meal.over_limit else str(meal.staff)
        if column == self.COST:
            return f"{meal.cost_yuan:,}" if meal.cost_yuan else ""
        if column == self.WARNING:
            return self.warning(meal)
        return ""


class VehicleModel(RowsModel[VehicleView]):
    """One row per car of the plan.

    Columns:
        PLATE   number plate
        DRIVER  the driver
        SEATS   seats for passengers
        SERVES  the programme line it serves ("12-02 14:00 座谈会"), or "The whole visit"

    Roles:
        DisplayRole     the texts above
        VEHICLE_ROLE    the row's VehicleView (any column)
    """

    PLATE, DRIVER, SEATS, SERVES = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("VehicleModel", "Number plate"),
        QT_TRANSLATE_NOOP("VehicleModel", "Driver"),
        QT_TRANSLATE_NOOP("VehicleModel", "Seats"),
        QT_TRANSLATE_NOOP("VehicleModel", "Serves"),
    )
    VEHICLE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serves: dict[int, str] = {}

    def set_vehicles(self, vehicles: list[VehicleView], serves: dict[int, str]) -> None:
        self._serves = dict(serves)
        self.set_rows(vehicles)

    def vehicle(self, row: int) -> VehicleView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, vehicle_id: int) -> int:
        return next((i for i, v in enumerate(self._rows) if v.id == vehicle_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        vehicle = self.vehicle(index.row()) if index.isValid() else None
        if vehicle is None:
            return None
        if role == self.VEHICLE_ROLE:
            return vehicle
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.PLATE:
            return vehicle.plate
        if column == self.DRIVER:
            return vehicle.driver
        if column == self.SEATS:
            return str(vehicle.seats)
        if column == self.SERVES:
            if vehicle.activity_id is None:
                return QCoreApplication.translate("VehicleModel", "The whole visit")
            return self._serves.get(vehicle.activity_id, "")
        return ""


class MealsPanel(DelegationPanel):
    def __init__(self, plan_panel: PlanPanel, host: DelegationsHost, parent: QWidget) -> None:
        model = MealModel()
        title = QCoreApplication.translate("PlanPanel", "Meals")
        super().__init__(title, host, model, MealModel.WARNING, parent)
        self.plan_panel = plan_panel
        self.model = model
        model.setParent(self)
        self.line_actions(
            QCoreApplication.translate("PlanPanel", "Add a &meal…"),
            QCoreApplication.translate("PlanPanel", "Edit meal…"),
            QCoreApplication.translate("PlanPanel", "Remove meal"),
        )
        plan_panel.writing_actions(self.add_action, self.edit_action, self.remove_action)

    def selected(self) -> MealView | None:
        return self.model.meal(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        self.plan_panel.load(detail)

    def update_actions(self, live: bool) -> None:
        self.enable_lines(live and self.plan_panel.editable)
        self.plan_panel.update_print()

    def _open(self, meal: MealView | None) -> None:
        host, delegation = self.host, self.host.live_delegation()
        if delegation is None or not self.plan_panel.editable:
            return
        guests = self.plan_panel.guest_count()
        dialog = MealDialog(
            host.session, delegation, meal, self, zone=host.zone, guests=max(guests, 1)
        )
        dialog.meal_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        meal = self.selected()
        if meal is not None:
            self._open(meal)

    def remove(self) -> None:
        host, meal = self.host, self.selected()
        if host.live_delegation() is None or meal is None or not self.plan_panel.editable:
            return
        actor, meal_id = host.session.actor, meal.id

        def remove() -> None:
            host.act(lambda s: plan.remove_meal(s, actor, meal_id))

        shown = meal.title or meal.starts_at.astimezone(host.zone).strftime("%m-%d %H:%M")
        host.confirm(
            QCoreApplication.translate("PlanPanel", "Remove the meal “{meal}”?").format(meal=shown),
            QCoreApplication.translate("PlanPanel", "Remove"),
            remove,
        )


class VehiclesPanel(DelegationPanel):
    def __init__(self, plan_panel: PlanPanel, host: DelegationsHost, parent: QWidget) -> None:
        model = VehicleModel()
        title = QCoreApplication.translate("PlanPanel", "Cars")
        super().__init__(title, host, model, VehicleModel.SERVES, parent)
        self.plan_panel = plan_panel
        self.model = model
        model.setParent(self)
        self.line_actions(
            QCoreApplication.translate("PlanPanel", "Add a &car…"),
            QCoreApplication.translate("PlanPanel", "Edit car…"),
            QCoreApplication.translate("PlanPanel", "Remove car"),
        )
        plan_panel.writing_actions(self.add_action, self.edit_action, self.remove_action)

    def selected(self) -> VehicleView | None:
        return self.model.vehicle(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        self.plan_panel.load(detail)

    def update_actions(self, live: bool) -> None:
        self.enable_lines(live and self.plan_panel.editable)

    def _open(self, vehicle: VehicleView | None) -> None:
        host, delegation = self.host, self.host.live_delegation()
        detail = self.plan_panel.detail
        if delegation is None or detail is None or not self.plan_panel.editable:
            return
        dialog = VehicleDialog(
            host.session, delegation, detail.activities, vehicle, self, zone=host.zone
        )
        dialog.vehicle_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        vehicle = self.selected()
        if vehicle is not None:
            self._open(vehicle)

    def remove(self) -> None:
        host, vehicle = self.host, self.selected()
        if host.live_delegation() is None or vehicle is None or not self.plan_panel.editable:
            return
        actor, vehicle_id = host.session.actor, vehicle.id

        def remove() -> None:
            host.act(lambda s: plan.remove_vehicle(s, actor, vehicle_id))

        host.confirm(
            QCoreApplication.translate("PlanPanel", "Remove the car {plate}?").format(
                plate=vehicle.plate
            ),
            QCoreApplication.translate("PlanPanel", "Remove"),
            remove,
        )


def _read_plan(db: Database, actor: Actor, delegation_id: int) -> ReceptionPlan:
    with db.read() as s:
        return plan.reception_plan(s, actor, delegation_id)


class PlanPanel(QObject):
    """Meals and cars of the chosen delegation, with "Print reception plan…". The page
    shows `meals` and `vehicles` (its tabs) and `print_button` (beside its own buttons),
    and puts `panels` among its own panels, which feed them the delegation."""

    def __init__(self, host: DelegationsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        actor = host.session.actor
        self.readable = any(actor.may(p) for p in READERS)
        self.editable = actor.may(Permission.MANAGE_PROTOCOL)
        self.detail: DelegationDetail | None = None
        self.plan: ReceptionPlan | None = None
        self.job: LodgingPrint | None = None  # the last print asked for
        self.print_action = host.page_action(
            QCoreApplication.translate("PlanPanel", "Print reception plan…"),
            (),
            self.print_plan,
            write=False,
        )
        self.print_action.setVisible(self.readable)
        self.print_button = host.tool_button(self.print_action)
        self.meals = MealsPanel(self, host, parent)
        self.vehicles = VehiclesPanel(self, host, parent)
        self.panels: tuple[DelegationPanel, ...] = (self.meals, self.vehicles)

    def writing_actions(self, *actions: Any) -> None:
        if not self.editable:
            for action in actions:
                action.setEnabled(False)
                action.setVisible(False)

    def guest_count(self) -> int:
        return len(self.detail.guests) if self.detail is not None else 0

    def load(self, detail: DelegationDetail) -> None:
        """Read the delegation's plan, once per detail shown, keeping the chosen lines."""
        if detail is self.detail or not self.readable:
            return
        self.detail = detail
        meal, vehicle = self.meals.selected(), self.vehicles.selected()
        try:
            with self.host.session.db.read() as s:
                found = plan.reception_plan(s, self.host.session.actor, detail.delegation.id)
        except DeskError as error:
            show_error(self.meals, error)
            found = None
        self.plan = found
        serves = {
            item.activity_id: f"{item.starts_at.strftime('%m-%d %H:%M')} {item.title}"
            for item in (found.itinerary if found else [])
        }
        self.meals.model.set_meals(found.meals if found else [], self.host.zone)
        self.vehicles.model.set_vehicles(found.vehicles if found else [], serves)
        self.meals.choose_again(self.meals.model.row_of(meal.id) if meal else -1)
        self.vehicles.choose_again(self.vehicles.model.row_of(vehicle.id) if vehicle else -1)

    def update_print(self) -> None:
        self.print_action.setEnabled(self.readable and self.detail is not None)

    def print_plan(self) -> LodgingPrint | None:
        """The plan printed or saved as a PDF; the choice is asked first."""
        detail = self.detail
        if detail is None or not self.readable:
            return None
        host, delegation_id = self.host, detail.delegation.id
        title = QCoreApplication.translate("PlanPanel", "Reception plan {delegation}").format(
            delegation=detail.delegation.name
        )
        job = PrintJob(
            title,
            UNSAFE_IN_NAMES.sub("-", title).strip("-") + ".pdf",
            lambda db, actor: _read_plan(db, actor, delegation_id),
            lambda content, path: write_reception_plan_pdf(content, path),
            lambda printer, content: print_reception_plan(printer, content),
        )
        self.job = LodgingPrint(self.meals, host.session, job).offer()
        self.job.saved.connect(
            lambda path: host.say(
                QCoreApplication.translate("PlanPanel", "Saved {path}.").format(path=path)
            )
        )
        self.job.printed.connect(
            lambda pages: host.say(
                QCoreApplication.translate("PlanPanel", "{pages} pages were printed.").format(
                    pages=pages
                )
            )
        )
        return self.job

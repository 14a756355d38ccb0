"""The administrator's queue settings: services and their series, counters, priority head
starts and the queue's rules. Saved in one unit of work; the service checks every value and
a refusal saves nothing."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSpinBox,
    QTableView,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.security.roles import Actor, Permission
from reception.core.visitors.settings import (
    MAX_BONUS_MINUTES,
    PRIORITY_LABELS,
    Counter,
    PriorityClass,
    QueueSettings,
    Service,
    load_queue_settings,
    update_queue_settings,
)
from reception.db.database import Database
from reception.ui.forms.ui_queue_settings_dialog import Ui_QueueSettingsDialog
from reception.ui.messages import error_text

Index = QModelIndex | QPersistentModelIndex
SERIES_SEPARATORS = re.compile(r"[\s,，、;；/]+")
EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable


def parse_series(text: str) -> tuple[str, ...]:
    """ "a, c" / "A C" / "A，C" -> ("A", "C")."""
    return tuple(part for part in SERIES_SEPARATORS.split(text.strip().upper()) if part)


class ServiceTableModel(QAbstractTableModel):
    """The services being edited.

    Columns:
        SERIES  one letter, upper-cased as typed
        NAME    the service's name (the office's own words)

    Roles:
        DisplayRole, EditRole  the texts above
    """

    SERIES, NAME = range(2)

    def __init__(self, services: tuple[Service, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Service] = list(services)

    def services(self) -> tuple[Service, ...]:
        return tuple(self._rows)

    def series(self) -> list[str]:
        return [s.series for s in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Series"), self.tr("Service"))[section] if section in (0, 1) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        service = self._rows[index.row()]
        return service.series if index.column() == self.SERIES else service.name

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        text = str(value)
        if index.column() == self.SERIES:
            row = replace(row, series=text.strip().upper())
        else:
            row = replace(row, name=text)
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        """A new row with the first free letter; its name is for the administrator to type."""
        used = set(self.series())
        letter = next((c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in used), "")
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Service(letter, ""))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class CounterTableModel(QAbstractTableModel):
    """The counters being edited.

    Columns:
        NUMBER  the window number the board announces (EditRole: int)
        NAME    the counter's name
        SERIES  the series it calls from, in order, as text: "A, C"

    Roles:
        DisplayRole, EditRole  the values above
    """

    NUMBER, NAME, SERIES = range(3)

    def __init__(self, counters: tuple[Counter, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Counter] = list(counters)

    def counters(self) -> tuple[Counter, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Number"), self.tr("Name"), self.tr("Series served"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        counter = self._rows[index.row()]
        if index.column() == self.NUMBER:
            return counter.number if role == Qt.ItemDataRole.EditRole else str(counter.number)
        if index.column() == self.NAME:
            return counter.name
        return ", ".join(counter.series)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if index.column() == self.NUMBER:
            try:
                row = replace(row, number=int(value))
            except (TypeError, ValueError):
                return False
        elif index.column() == self.NAME:
            row = replace(row, name=str(value))
        else:
            row = replace(row, series=parse_series(str(value)))
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        return True

    def add(self, series: tuple[str, ...]) -> int:
        row = len(self._rows)
        number = max((c.number for c in self._rows), default=0) + 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Counter(number, "", series))  # the service names it "N号窗口"
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class QueueSettingsDialog(QDialog):
    """Accepted once the settings are stored; `saved` is what the service stored (names
    trimmed, letters upper-cased). A refusal is shown in the dialog and nothing is stored."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QueueSettingsDialog()
        self.ui.setupUi(self)
        self._db = db
        self._actor = actor
        with db.read() as session:
            self._loaded = load_queue_settings(session)
        self.saved: QueueSettings | None = None
        ui = self.ui
        self.services = ServiceTableModel(self._loaded.services, self)
        self.counters = CounterTableModel(self._loaded.counters, self)
        self._setup_table(ui.servicesTable, self.services, ServiceTableModel.NAME)
        self._setup_table(ui.countersTable, self.counters, CounterTableModel.NAME)
        self.bonus: dict[PriorityClass, QSpinBox] = {}
        for priority in PriorityClass:
            if priority is PriorityClass.ORDINARY:
                continue  # the baseline the others are measured from
            spin = QSpinBox(self)
            spin.setRange(0, MAX_BONUS_MINUTES)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(self._loaded.bonus(priority))
            label = QCoreApplication.translate("Priority", PRIORITY_LABELS[priority])
            ui.bonusForm.addRow(self.tr("{priority}:").format(priority=label), spin)
            self.bonus[priority] = spin
        ui.recalls.setValue(self._loaded.no_show_after_recalls)
        ui.elderlyAge.setValue(self._loaded.elderly_age)
        ui.elderlyAge.setSuffix(self.tr(" years"))
        ui.graceMinutes.setValue(self._loaded.appointment_grace_minutes)
        ui.serviceMinutes.setValue(self._loaded.default_service_minutes)
        self._fill_appointment_series(self._loaded.appointment_series)
        for signal in (
            self.services.dataChanged,
            self.services.rowsInserted,
            self.services.rowsRemoved,
        ):
            signal.connect(lambda *_: self._fill_appointment_series())

        ui.addServiceButton.clicked.connect(self.add_service)
        ui.removeServiceButton.clicked.connect(self.remove_service)
        ui.addCounterButton.clicked.connect(self.add_counter)
        ui.removeCounterButton.clicked.connect(self.remove_counter)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if not actor.may(Permission.MANAGE_SETTINGS):
            self._read_only()

    def _setup_table(self, table: QTableView, model: QAbstractTableModel, stretch: int) -> None:
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _read_only(self) -> None:
        ui = self.ui
        for table in (ui.servicesTable, ui.countersTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (
            ui.addServiceButton,
            ui.removeServiceButton,
            ui.addCounterButton,
            ui.removeCounterButton,
            ui.priorityGroup,
            ui.rulesGroup,
        ):
            widget.setEnabled(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        ui.errorLabel.setText(self.tr("Only the administrator can change the queue settings."))

    def _fill_appointment_series(self, chosen: str | None = None) -> None:
        combo = self.ui.appointmentSeries
        keep = chosen if chosen is not None else str(combo.currentData() or "")
        combo.blockSignals(True)
        combo.clear()
        for service in self.services.services():
            if service.series:
                combo.addItem(f"{service.series} · {service.name}", service.series)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # -- editing --------------------------------------------------------------------

    def _start_editing(self, table: QTableView, row: int, column: int) -> None:
        index = table.model().index(row, column)
        table.setCurrentIndex(index)
        table.edit(index)

    def add_service(self) -> None:
        row = self.services.add()
        self._start_editing(self.ui.servicesTable, row, ServiceTableModel.NAME)

    def remove_service(self) -> None:
        rows = self.ui.servicesTable.selectionModel().selectedRows()
        if rows:
            self.services.remove(rows[0].row())

    def add_counter(self) -> None:
        first = self.services.series()[:1]
        row = self.counters.add(tuple(first))
        self._start_editing(self.ui.countersTable, row, CounterTableModel.NAME)

    def remove_counter(self) -> None:
        rows = self.ui.countersTable.selectionModel().selectedRows()
        if rows:
            self.counters.remove(rows[0].row())

    def settings(self) -> QueueSettings:
        """The settings as the dialog shows them now, unchecked."""
        ui = self.ui
        bonus = dict(self._loaded.bonus_minutes)
        bonus.update({str(priority): spin.value() for priority, spin in self.bonus.items()})
        return replace(
            self._loaded,
            services=self.services.services(),
            counters=self.counters.counters(),
            bonus_minutes=bonus,
            appointment_series=str(ui.appointmentSeries.currentData() or ""),
            appointment_grace_minutes=ui.graceMinutes.value(),
            no_show_after_recalls=ui.recalls.value(),
            elderly_age=ui.elderlyAge.value(),
            default_service_minutes=ui.serviceMinutes.value(),
        )

    def save(self) -> None:
        # A cell still being edited holds the latest text: commit it before reading.
        for table in (self.ui.servicesTable, self.ui.countersTable):
            table.setCurrentIndex(QModelIndex())
        try:
            with self._db.unit() as session:
                self.saved = update_queue_settings(session, self._actor, self.settings())
        except DeskError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self.accept()

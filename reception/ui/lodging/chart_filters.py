"""The room chart's filters: building, floor, room type, and rooms free between two dates.
Emits `changed` when what they ask for changes. Its words are the room chart page's
(context "RoomChartPage")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from reception.core.lodging.models import RoomType
from reception.core.lodging.rooms import RoomFilter
from reception.core.lodging.views import RoomView
from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.models.room_model import room_type_label


class ChartFilters(QWidget):
    """The filter row; `room_filter()` is what the chart is to show."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.building_filter = QComboBox(self)
        self.building_filter.addItem(
            QCoreApplication.translate("RoomChartPage", "Any building"), None
        )
        self.floor_filter = QComboBox(self)
        self.floor_filter.addItem(QCoreApplication.translate("RoomChartPage", "Any floor"), None)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(QCoreApplication.translate("RoomChartPage", "Any type"), None)
        for room_type in RoomType:
            self.type_filter.addItem(room_type_label(room_type.value), room_type.value)
        self.free_check = QCheckBox(QCoreApplication.translate("RoomChartPage", "&Free from"), self)
        self.free_from = QDateEdit(self)
        self.free_to = QDateEdit(self)
        for edit in (self.free_from, self.free_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate(today))
            edit.setEnabled(False)
        self.free_to.setDate(qdate(today + timedelta(days=1)))
        self.free_check.toggled.connect(self._free_toggled)
        for combo in (self.building_filter, self.floor_filter, self.type_filter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.free_from, self.free_to):
            edit.dateChanged.connect(
                lambda _d: self.changed.emit() if self.free_check.isChecked() else None
            )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (QCoreApplication.translate("RoomChartPage", "B&uilding:"), self.building_filter),
            (QCoreApplication.translate("RoomChartPage", "F&loor:"), self.floor_filter),
            (QCoreApplication.translate("RoomChartPage", "T&ype:"), self.type_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.free_check)
        row.addWidget(self.free_from)
        row.addWidget(QLabel(QCoreApplication.translate("RoomChartPage", "to"), self))
        row.addWidget(self.free_to)
        row.addStretch(1)

    def room_filter(self) -> RoomFilter:
        free = self.free_check.isChecked()
        return RoomFilter(
            building=self.building_filter.currentData(),
            floor=self.floor_filter.currentData(),
            room_type=self.type_filter.currentData(),
            free_from=pydate(self.free_from.date()) if free else None,
            free_to=pydate(self.free_to.date()) if free else None,
        )

    def values(self) -> tuple[object, ...]:
        return (
            self.building_filter.currentData(),
            self.floor_filter.currentData(),
            self.type_filter.currentData(),
            self.free_check.isChecked(),
        )

    def fill_choices(self, rooms: Iterable[RoomView]) -> None:
        """The buildings and floors to choose from: those of `rooms` (every room)."""
        known = list(rooms)
        for combo, values in (
            (self.building_filter, sorted({r.building for r in known})),
            (self.floor_filter, sorted({r.floor for r in known})),
        ):
            current = [combo.itemData(i) for i in range(1, combo.count())]
            if current == values:
                continue
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _free_toggled(self, on: bool) -> None:
        self.free_from.setEnabled(on)
        self.free_to.setEnabled(on)
        self.changed.emit()

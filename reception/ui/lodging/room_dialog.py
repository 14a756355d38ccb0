"""Adding or editing a guesthouse room: number, building, floor, type, beds, features,
rate and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reception.core.lodging.models import RoomType
from reception.core.lodging.rooms import MAX_RATE_YUAN, RoomForm, add_room, update_room
from reception.core.lodging.views import RoomView
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.models.room_model import room_type_label
from reception.ui.session import DeskSession

FLOOR_FROM_NUMBER = -6  # the spin box's "from the number" value, below the lowest floor


class RoomDialog(QDialog):
    """Emits `room_saved(RoomView)` and closes once the room is stored; a refusal (a number
    already used in the building, fewer beds than booked…) is shown in the dialog, which
    stays open with what was typed."""

    room_saved = Signal(object)

    def __init__(
        self, session: DeskSession, room: RoomView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._room = room
        self.setWindowTitle(
            self.tr("Edit room {number}").format(number=room.number)
            if room
            else self.tr("Add a room")
        )
        self.number = QLineEdit(self)
        self.number.setMaxLength(10)
        self.number.setPlaceholderText(self.tr("301"))
        self.building = QLineEdit(self)
        self.building.setMaxLength(20)
        self.building.setText("1")
        self.floor = QSpinBox(self)
        self.floor.setRange(FLOOR_FROM_NUMBER, 99)
        self.floor.setSpecialValueText(self.tr("From the number"))
        self.floor.setValue(FLOOR_FROM_NUMBER)
        self.room_type = QComboBox(self)
        for room_type in RoomType:
            self.room_type.addItem(room_type_label(room_type.value), room_type.value)
        self.beds = QSpinBox(self)
        self.beds.setRange(1, 6)
        self.beds.setValue(2)
        self.accessible = QCheckBox(self.tr("&Accessible"), self)
        self.quiet_side = QCheckBox(self.tr("&Quiet side"), self)
        self.near_lift = QCheckBox(self.tr("Near the &lift"), self)
        features = QHBoxLayout()
        for box in (self.accessible, self.quiet_side, self.near_lift):
            features.addWidget(box)
        features.addStretch(1)
        self.rate = QSpinBox(self)
        self.rate.setRange(0, MAX_RATE_YUAN)
        self.rate.setSingleStep(10)
        self.rate.setSuffix(self.tr(" yuan a night"))
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(200)
        if room is not None:
            self._fill(room)

        form = QFormLayout()
        form.addRow(self.tr("Room &number:"), self.number)
        form.addRow(self.tr("&Building:"), self.building)
        form.addRow(self.tr("&Floor:"), self.floor)
        form.addRow(self.tr("&Type:"), self.room_type)
        form.addRow(self.tr("B&eds:"), self.beds)
        form.addRow(self.tr("Features:"), features)
        form.addRow(self.tr("&Rate:"), self.rate)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if room else self.tr("Add"), self.save
        )
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    def _fill(self, room: RoomView) -> None:
        self.number.setText(room.number)
        self.building.setText(room.building)
        self.floor.setValue(room.floor)
        self.room_type.setCurrentIndex(max(0, self.room_type.findData(room.room_type)))
        self.beds.setValue(room.beds)
        self.accessible.setChecked(room.accessible)
        self.quiet_side.setChecked(room.quiet_side)
        self.near_lift.setChecked(room.near_lift)
        self.rate.setValue(room.rate_yuan)
        self.notes.setText(room.notes)

    def form(self) -> RoomForm:
        floor = self.floor.value()
        return RoomForm(
            number=self.number.text(),
            room_type=str(self.room_type.currentData()),
            beds=self.beds.value(),
            floor=None if floor == FLOOR_FROM_NUMBER else floor,
            building=self.building.text(),
            accessible=self.accessible.isChecked(),
            quiet_side=self.quiet_side.isChecked(),
            near_lift=self.near_lift.isChecked(),
            rate_yuan=self.rate.value(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        form = self.form()
        actor, room = self._session.actor, self._room
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_room(s, actor, form) if room is None else update_room(s, actor, room.id, form)
            ),
        )
        if view is None:
            return
        self.room_saved.emit(view)
        self.accept()

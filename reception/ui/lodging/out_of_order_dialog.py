"""Taking a room out of service: why, from when, and until when (or until further
notice). Refused while a guest is booked in the room then."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from reception.core.lodging.rooms import set_out_of_order
from reception.core.lodging.views import RoomView
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.session import DeskSession


class OutOfOrderDialog(QDialog):
    """Why and from when to when a room is out of service. Emits `room_saved(RoomView)` and
    closes once stored; a refusal (a guest booked then) stays in the dialog."""

    room_saved = Signal(object)

    def __init__(
        self, session: DeskSession, room: RoomView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._room = session, room
        self.setWindowTitle(self.tr("Room {number} out of order").format(number=room.number))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Air conditioning repair, repainting…"))
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(qdate(today))
        self.end = QDateEdit(self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.end.setDate(qdate(today + timedelta(days=1)))
        self.open_ended = QCheckBox(self.tr("Until further &notice"), self)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        until = QHBoxLayout()
        until.addWidget(self.end, 1)
        until.addWidget(self.open_ended)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&Back in service on:"), until)
        self.error_label, self.buttons = finish_form(self, form, None, self.save)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        start = pydate(self.start.date())
        end = None if self.open_ended.isChecked() else pydate(self.end.date())
        actor, room_id, reason = self._session.actor, self._room.id, self.reason.text()
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: set_out_of_order(s, actor, room_id, reason, start, end),
        )
        if view is None:
            return
        self.room_saved.emit(view)
        self.accept()

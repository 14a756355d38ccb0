"""Moving a stay to another room: the rooms with a bed free for the stay's remaining
nights, with their building, the rooms that suit the guest's needs (an accessible room for a
guest who needs one, a room near the lift for one with limited mobility) marked and listed
first. Enter or a double-click chooses the room."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
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

from reception.core.lodging.rooms import free_rooms
from reception.core.lodging.views import FreeRoom, GuestNeeds, RoomView, StayView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.lodging.chart_styles import NEEDS_STYLE
from reception.ui.lodging.stay_texts import guest_needs_text, nights_text
from reception.ui.models.room_model import features_text, room_type_label
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.session import DeskSession

SUITS_COLOUR = QColor("#1b5e20")


def suits(room: RoomView, needs: GuestNeeds) -> list[str]:
    """What of the guest's needs the room meets, in words (context "MoveRoomModel"); empty
    when the guest has no need a room can meet, or the room meets none of them."""
    words = []
    if (needs.needs_accessible or needs.mobility.strip()) and room.accessible:
        words.append(QCoreApplication.translate("MoveRoomModel", "accessible"))
    if needs.mobility.strip() and room.near_lift:
        words.append(QCoreApplication.translate("MoveRoomModel", "near the lift"))
    return words


def room_needs(needs: GuestNeeds) -> bool:
    """Whether the guest has a need the choice of room can meet."""
    return needs.needs_accessible or bool(needs.mobility.strip())


class MoveRoomModel(RowsModel[FreeRoom]):
    """The rooms a stay can move to, those that suit the guest first.

    Columns:
        BUILDING   the building, as the rooms page names it
        ROOM       the room number
        SUITS      "✓ accessible · near the lift" when the room meets the guest's needs
        TYPE       room type, translated (context "Rooms")
        FREE_BEDS  "1 of 2"
        FEATURES   "Accessible · Quiet side · Near the lift"
        RATE       rate per night in yuan

    Roles: DisplayRole the texts above; ForegroundRole and FontRole mark a suiting room.
    """

    BUILDING, ROOM, SUITS, TYPE, FREE_BEDS, FEATURES, RATE = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("MoveRoomModel", "Building"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Room"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Suits the guest"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Type"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Free beds"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Features"),
        QT_TRANSLATE_NOOP("MoveRoomModel", "Rate (yuan)"),
    )

    def __init__(self, needs: GuestNeeds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs = needs

    def set_rooms(self, rooms: list[FreeRoom]) -> None:
        """The rooms in the order given, those that suit the guest moved first."""
        self.set_rows(sorted(rooms, key=lambda r: not self.suits(r)))

    def suits(self, free: FreeRoom) -> bool:
        return bool(suits(free.room, self.needs))

    def free_room(self, row: int) -> FreeRoom:
        return self.row_value(row)

    def row_of(self, room_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.room.id == room_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        free = self._rows[index.row()]
        room = free.room
        if role == Qt.ItemDataRole.ForegroundRole and self.suits(free):
            return QBrush(SUITS_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self.suits(free):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.BUILDING:
            return room.building
        if column == self.ROOM:
            return room.number
        if column == self.SUITS:
            words = suits(room, self.needs)
            return "✓ " + " · ".join(words) if words else ""
        if column == self.TYPE:
            return room_type_label(room.room_type)
        if column == self.FREE_BEDS:
            return QCoreApplication.translate("FreeRoomModel", "{free} of {beds}").format(
                free=free.free_beds, beds=room.beds
            )
        if column == self.FEATURES:
            return features_text(room)
        if column == self.RATE:
            return str(room.rate_yuan)
        return ""


class MoveDialog(QDialog):
    """The rooms with a bed free for the stay's nights from `start`; accepted with one
    chosen (Enter or a double-click). Read `room_id`."""

    def __init__(
        self,
        session: DeskSession,
        stay: StayView,
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move {guest} to another room").format(guest=stay.guest_name))
        self.model = MoveRoomModel(stay.needs, self)
        with session.db.read() as s:
            rooms = free_rooms(s, session.actor, start, stay.depart)
        self.model.set_rooms([r for r in rooms if r.room.id != stay.room_id])
        note = QLabel(
            self.tr("Rooms free from {start} to {depart} ({nights}):").format(
                start=start.isoformat(),
                depart=stay.depart.isoformat(),
                nights=nights_text((stay.depart - start).days),
            ),
            self,
        )
        note.setWordWrap(True)
        self.needs_label = QLabel(self)
        self.needs_label.setWordWrap(True)
        self.needs_label.setStyleSheet(NEEDS_STYLE)
        if room_needs(stay.needs):
            suiting = sum(1 for r in self.model.rows() if self.model.suits(r))
            self.needs_label.setText(
                (
                    self.tr("The guest needs: {needs}. Rooms that suit are marked ✓ and first.")
                    if suiting
                    else self.tr("The guest needs: {needs}. No free room suits these needs.")
                ).format(needs=guest_needs_text(stay.needs, "; "))
            )
        self.needs_label.setVisible(room_needs(stay.needs))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MoveRoomModel.FEATURES, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.accept())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.empty = QLabel(self.tr("No other room is free for these nights."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.model.rowCount() > 0
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.needs_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.table.setFocus()
        self.resize(640, 420)

    @property
    def room_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.free_room(index.row()).room.id

    def choose(self, room_id: int) -> bool:
        row = self.model.row_of(room_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

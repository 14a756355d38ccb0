"""The guesthouse's rooms as lists: all rooms with today's status (the rooms page), and the
rooms free for a stay's nights (moving a guest)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from reception.core.lodging.chart import ChartRoom
from reception.core.lodging.models import RoomStatus, RoomType
from reception.core.lodging.views import FreeRoom, RoomView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel

STATUS_COLOURS = {
    RoomStatus.VACANT_CLEAN: "#1b5e20",
    RoomStatus.VACANT_DIRTY: "#8a5300",
    RoomStatus.OCCUPIED: "#0d47a1",
    RoomStatus.OUT_OF_ORDER: "#b00020",
}


def room_type_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Rooms", RoomType(value).label)
    except ValueError:
        return value


def room_status_label(status: RoomStatus) -> str:
    return QCoreApplication.translate("Rooms", status.label)


def building_label(building: str) -> str:
    """ "Building 1" (1号楼) for a numbered building, as the room chart writes it; a named
    building as it is."""
    if building.isdigit():
        return QCoreApplication.translate("RoomModel", "Building {building}").format(
            building=building
        )
    return building


def building_sort_key(building: str) -> str:
    """Numbered buildings in their numbers' order (2 before 10), then named ones."""
    return building.rjust(12, "0") if building.isdigit() else building


def features_text(room: RoomView) -> str:
    """ "Accessible · Quiet side · Near the lift", or empty."""
    words = []
    if room.accessible:
        words.append(QCoreApplication.translate("RoomModel", "Accessible"))
    if room.quiet_side:
        words.append(QCoreApplication.translate("RoomModel", "Quiet side"))
    if room.near_lift:
        words.append(QCoreApplication.translate("RoomModel", "Near the lift"))
    return QCoreApplication.translate("RoomModel", " · ").join(words)


def out_of_order_text(room: RoomView) -> str:
    """ "空调维修 (2026-05-14 to 2026-05-20)", or empty when the room is in service."""
    if not room.out_of_order_reason or room.out_of_order_from is None:
        return ""
    if room.out_of_order_to is None:
        return QCoreApplication.translate("RoomModel", "{reason} (from {start})").format(
            reason=room.out_of_order_reason, start=room.out_of_order_from.isoformat()
        )
    return QCoreApplication.translate("RoomModel", "{reason} ({start} to {end})").format(
        reason=room.out_of_order_reason,
        start=room.out_of_order_from.isoformat(),
        end=room.out_of_order_to.isoformat(),
    )


class RoomModel(RowsModel[ChartRoom]):
    """One row per room with its status today, in the order given (building, floor, number).

    Columns:
        BUILDING      building, "Building 1" (1号楼) when numbered, else its name
        FLOOR         floor number
        NUMBER        room number, "301"
        TYPE          room type, translated (context "Rooms")
        BEDS          number of beds
        FEATURES      "Accessible · Quiet side · Near the lift"
        RATE          rate per night in yuan, "380"
        STATUS        today: vacant clean / to be cleaned / occupied / out of order
                      (context "Rooms")
        OUT_OF_ORDER  the repair's reason and dates, or empty
        NOTES         the room's notes

    Roles:
        DisplayRole        the texts above
        ForegroundRole     STATUS coloured by status
        TextAlignmentRole  numbers centred
        ROOM_ROLE          the row's ChartRoom (any column)
        SORT_ROLE          numbers as numbers, STATUS in the order of RoomStatus, else the text
    """

    BUILDING, FLOOR, NUMBER, TYPE, BEDS, FEATURES, RATE, STATUS, OUT_OF_ORDER, NOTES = range(10)
    TITLES = (
        QT_TRANSLATE_NOOP("RoomModel", "Building"),
        QT_TRANSLATE_NOOP("RoomModel", "Floor"),
        QT_TRANSLATE_NOOP("RoomModel", "Room"),
        QT_TRANSLATE_NOOP("RoomModel", "Type"),
        QT_TRANSLATE_NOOP("RoomModel", "Beds"),
        QT_TRANSLATE_NOOP("RoomModel", "Features"),
        QT_TRANSLATE_NOOP("RoomModel", "Rate (yuan)"),
        QT_TRANSLATE_NOOP("RoomModel", "Status today"),
        QT_TRANSLATE_NOOP("RoomModel", "Out of order"),
        QT_TRANSLATE_NOOP("RoomModel", "Notes"),
    )
    COLUMNS = len(TITLES)
    ROOM_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def room(self, row: int) -> ChartRoom:
        return self.row_value(row)

    def row_of(self, room_id: int) -> int:
        """The row of a room, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.room.id == room_id), -1)

    def numbers(self) -> list[str]:
        return [r.room.number for r in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        chart_room = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(chart_room, column)
        if role == self.ROOM_ROLE:
            return chart_room
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS[chart_room.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.FLOOR,
            self.BEDS,
            self.RATE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.SORT_ROLE:
            room = chart_room.room
            if column == self.FLOOR:
                return room.floor
            if column == self.BEDS:
                return room.beds
            if column == self.RATE:
                return room.rate_yuan
            if column == self.STATUS:
                return list(RoomStatus).index(chart_room.status)
            if column == self.BUILDING:
                return building_sort_key(room.building)
            if column == self.NUMBER:
                return (room.building, room.floor, room.number)
            return self._text(chart_room, column)
        return None

    def _text(self, chart_room: ChartRoom, column: int) -> str:
        room = chart_room.room
        texts = {
            self.BUILDING: building_label(room.building),
            self.FLOOR: str(room.floor),
            self.NUMBER: room.number,
            self.TYPE: room_type_label(room.room_type),
            self.BEDS: str(room.beds),
            self.FEATURES: features_text(room),
            self.RATE: str(room.rate_yuan),
            self.STATUS: room_status_label(chart_room.status),
            self.OUT_OF_ORDER: out_of_order_text(room),
            self.NOTES: room.notes,
        }
        return texts.get(column, "")


class FreeRoomModel(RowsModel[FreeRoom]):
    """Rooms with a bed free for every night asked, in the order given.

    Columns:
        ROOM       "301", with the building when it is not "1": "2 · 301"
        TYPE       room type, translated (context "Rooms")
        FREE_BEDS  "1 of 2"
        FEATURES   "Accessible · Quiet side · Near the lift"
        RATE       rate per night in yuan

    Roles:
        DisplayRole  the texts above
        FREE_ROLE    the row's FreeRoom (any column)
    """

    ROOM, TYPE, FREE_BEDS, FEATURES, RATE = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("FreeRoomModel", "Room"),
        QT_TRANSLATE_NOOP("FreeRoomModel", "Type"),
        QT_TRANSLATE_NOOP("FreeRoomModel", "Free beds"),
        QT_TRANSLATE_NOOP("FreeRoomModel", "Features"),
        QT_TRANSLATE_NOOP("FreeRoomModel", "Rate (yuan)"),
    )
    COLUMNS = len(TITLES)
    FREE_ROLE = Qt.ItemDataRole.UserRole + 1

    def free_room(self, row: int) -> FreeRoom:
        return self.row_value(row)

    def row_of(self, room_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.room.id == room_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        free = self._rows[index.row()]
        if role == self.FREE_ROLE:
            return free
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        room = free.room
        column = index.column()
        if column == self.ROOM:
            if room.building == "1":
                return room.number
            return self.tr("{building} · {number}").format(
                building=room.building, number=room.number
            )
        if column == self.TYPE:
            return room_type_label(room.room_type)
        if column == self.FREE_BEDS:
            return self.tr("{free} of {beds}").format(free=free.free_beds, beds=room.beds)
        if column == self.FEATURES:
            return features_text(room)
        if column == self.RATE:
            return str(room.rate_yuan)
        return ""

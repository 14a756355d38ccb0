"""What a drag or a key on the room chart asks for (`ChartChange`), the page's answer to it
(`DropCheck`, a dry run), and the state of a drag in progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint

from reception.core.lodging.chart import ChartBar
from reception.core.lodging.models import StayState
from reception.ui.lodging.room_chart_texts import short_date

MOVABLE = frozenset({StayState.BOOKED.value, StayState.IN_HOUSE.value})


@dataclass(frozen=True)
class ChartChange:
    """What a drop or a key asks for: the stay in `room_id` for the nights [arrive, depart).
    `kind` is "move" (room and/or dates; an in-house guest keeps the arrival) or "extend"
    (only the departure changes)."""

    bar: ChartBar
    room_id: int
    arrive: date
    depart: date
    kind: str = "move"

    @property
    def changed(self) -> bool:
        bar = self.bar
        return (self.room_id, self.arrive, self.depart) != (bar.room_id, bar.arrive, bar.depart)


@dataclass(frozen=True)
class DropCheck:
    """The page's answer for a target: whether it can be done, the bed it would take, why
    not (shown in the chart before the drop), and whether a reason will be asked."""

    ok: bool
    message: str = ""
    needs_reason: bool = False
    bed: int | None = None


Checker = Callable[[ChartChange], DropCheck]


@dataclass
class ChartDrag:
    """A bar being dragged: its body ("move") or its right edge ("extend")."""

    bar: ChartBar
    kind: str  # "move" or "extend"
    press: QPoint
    press_column: int
    started: bool = False
    target: ChartChange | None = None
    lane: int = 0  # the lane under the mouse in the target room
    check: DropCheck | None = None


def describe_target(target: ChartChange, check: DropCheck, room_number: str) -> str:
    """What a drop there would do, said while dragging (status line and tooltip)."""
    where = QCoreApplication.translate(
        "RoomChartView", "{guest} to room {room}, {arrive}–{depart}"
    ).format(
        guest=target.bar.guest_name,
        room=room_number,
        arrive=short_date(target.arrive),
        depart=short_date(target.depart),
    )
    if not check.ok:
        return QCoreApplication.translate("RoomChartView", "{what}: refused. {reason}").format(
            what=where, reason=check.message
        )
    if check.needs_reason:
        return QCoreApplication.translate(
            "RoomChartView", "{what}: above the reception standard, a reason will be asked."
        ).format(what=where)
    return QCoreApplication.translate("RoomChartView", "{what}: free.").format(what=where)

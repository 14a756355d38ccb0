"""The words of the room chart: a room's status, type and beds, a bar's label, short dates,
weekdays, and the tooltips of a room and of a stay. Context "RoomChartView" (the widget
that shows them), so the catalogue's translations apply as they are."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from reception.core.lodging.chart import ChartBar, ChartRoom
from reception.core.lodging.models import RoomStatus, RoomType, StayState


def status_word(status: RoomStatus) -> str:
    """The short word the room column shows beside the number."""
    words = {
        RoomStatus.VACANT_CLEAN: QCoreApplication.translate("RoomChartView", "clean"),
        RoomStatus.VACANT_DIRTY: QCoreApplication.translate("RoomChartView", "to clean"),
        RoomStatus.OCCUPIED: QCoreApplication.translate("RoomChartView", "occupied"),
        RoomStatus.OUT_OF_ORDER: QCoreApplication.translate("RoomChartView", "out of order"),
    }
    return words[status]


def room_type_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Rooms", RoomType(value).label)
    except ValueError:
        return value


def beds_text(beds: int) -> str:
    return QCoreApplication.translate("RoomChartView", "%n bed(s)", "", beds)


def building_label(building: str) -> str:
    return (
        QCoreApplication.translate("RoomChartView", "Bldg {building}").format(building=building)
        if building.isdigit()
        else building
    )


def bar_label(bar: ChartBar) -> str:
    """ "guest · delegation", or the guest alone."""
    if bar.delegation_name:
        return QCoreApplication.translate("RoomChartView", "{guest} · {delegation}").format(
            guest=bar.guest_name, delegation=bar.delegation_name
        )
    return bar.guest_name


def short_date(day: date) -> str:
    return QCoreApplication.translate("RoomChartView", "{month}/{day}").format(
        month=day.month, day=day.day
    )


def stay_state_label(state: str) -> str:
    try:
        return QCoreApplication.translate("Stays", StayState(state).label)
    except ValueError:
        return state


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("RoomChartView", "Mon"),
        QCoreApplication.translate("RoomChartView", "Tue"),
        QCoreApplication.translate("RoomChartView", "Wed"),
        QCoreApplication.translate("RoomChartView", "Thu"),
        QCoreApplication.translate("RoomChartView", "Fri"),
        QCoreApplication.translate("RoomChartView", "Sat"),
        QCoreApplication.translate("RoomChartView", "Sun"),
    )
    return names[day.weekday()]


def month_title(day: date) -> str:
    return QCoreApplication.translate("RoomChartView", "{year}-{month:02d}").format(
        year=day.year, month=day.month
    )


def room_tooltip(chart_room: ChartRoom) -> str:
    """The room column's tooltip: number, building, type, beds, floor, today's status."""
    room = chart_room.room
    lines = [
        QCoreApplication.translate("RoomChartView", "Room {number} · {building}").format(
            number=room.number, building=building_label(room.building)
        ),
        QCoreApplication.translate("RoomChartView", "{type} · {beds} beds · floor {floor}").format(
            type=room_type_label(room.room_type), beds=room.beds, floor=room.floor
        ),
        QCoreApplication.translate("RoomChartView", "Today: {status}").format(
            status=status_word(chart_room.status)
        ),
    ]
    if room.out_of_order_reason:
        lines.append(
            QCoreApplication.translate(
                "RoomChartView", "Out of order from {start}: {reason}"
            ).format(
                start=room.out_of_order_from.isoformat() if room.out_of_order_from else "",
                reason=room.out_of_order_reason,
            )
        )
    return "\n".join(lines)


def bar_tooltip(bar: ChartBar) -> str:
    """A stay's tooltip: who, the dates and nights, the state, whether the guest has needs."""
    nights = QCoreApplication.translate("RoomChartView", "%n night(s)", "", bar.nights)
    lines = [
        bar_label(bar),
        QCoreApplication.translate("RoomChartView", "{arrive} to {depart} · {nights}").format(
            arrive=bar.arrive.isoformat(), depart=bar.depart.isoformat(), nights=nights
        ),
        stay_state_label(bar.state),
    ]
    if bar.needs:
        lines.append(QCoreApplication.translate("RoomChartView", "Has needs: see the panel"))
    return "\n".join(lines)

"""The room chart widget (房态图): rooms as rows, days as columns, stays as bars.

Painted by hand, and only what is visible: a guesthouse of 500 rooms is one widget, not
15,000 cells. The room column on the left and the day header on top stay in place while the
body scrolls. A column is a night: a bar covers the nights [arrive, depart), so a guest
leaving on the 5th and one arriving on the 5th sit side by side.

Rooms with several beds have a lane per bed. Bars are coloured by delegation (the same
colour on every desk and every day), filled when the guest is in, tinted when booked,
faded once departed; an orange mark says the guest has needs (halal, allergies…).

The widget changes nothing itself. Dragging a bar's body moves the stay (another room and/or
other days); dragging its right edge changes the departure. While dragging, the target is
drawn as a ghost, asked of `checker` (the page's dry run, `stays.check_booking`) once per
target: green when it can be done, red with the reason when not, before the drop. A drop, or
a key, emits `change_requested(ChartChange)`; the page calls the service.

Keys: arrows move the cell cursor (Up/Down go bed by bed), Home/End the first/last day,
Enter or a double-click emits `activated`, Ctrl+Left/Right moves the stay under the cursor
by a day, Shift+Right/Left (or + / -) extends/shortens it by a night, Ctrl+Up/Down moves it
to the previous/next room, PageUp/PageDown emit `month_requested(-1 / +1)`, Escape cancels
a drag.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from reception.core.lodging.chart import ChartBar, ChartRoom, RoomChart
from reception.core.lodging.models import RoomStatus, RoomType, StayState

ROOM_COLUMN = 172  # the frozen column of rooms, in pixels
HEADER = 46  # the frozen row of days
LANE = 26  # the height of one bed
PAD = 2  # above and below a room's lanes
MIN_DAY = 34  # a day is never narrower: the chart scrolls instead
EDGE = 7  # pixels at a bar's right end that grab the departure instead of the whole bar
ONE_DAY = timedelta(days=1)

# Delegation colours, far apart from each other and from the red of a refused drop.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bcbd22",
    "#17becf",
    "#6b6ecf",
    "#8cd17d",
)
LONE_GUEST = "#78909c"
NEEDS_MARK = "#d84315"
TODAY_FILL = "#fff4cc"
WEEKEND_FILL = "#f3f5f8"
OUT_OF_ORDER = "#9e9e9e"
OK_GHOST = "#2e7d32"
REFUSED_GHOST = "#c62828"
TEXT = "#1f1f1f"
FADED_TEXT = "#5f6368"
GRID = "#dde1e6"
STATUS_COLOURS = {
    RoomStatus.VACANT_CLEAN: "#2e7d32",
    RoomStatus.VACANT_DIRTY: "#b26a00",
    RoomStatus.OCCUPIED: "#1565c0",
    RoomStatus.OUT_OF_ORDER: "#616161",
}
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideRight
MOVABLE = frozenset({StayState.BOOKED.value, StayState.IN_HOUSE.value})


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
class _Drag:
    bar: ChartBar
    kind: str  # "move" or "extend"
    press: QPoint
    press_column: int
    started: bool = False
    target: ChartChange | None = None
    lane: int = 0  # the lane under the mouse in the target room
    check: DropCheck | None = None


class RoomChartView(QAbstractScrollArea):
    """Signals:
    cursor_moved()                   the cell cursor moved (read `cursor_cell`, `current_bar`)
    activated()                      Enter or a double-click on the cursor's cell
    change_requested(ChartChange)    a drop or a key asks to move/extend a stay
    month_requested(int)             PageUp (-1) / PageDown (+1)
    drag_feedback(str, bool)         what a drag would do, and whether it is refused;
                                     ("", False) when no drag is going on
    """

    cursor_moved = Signal()
    activated = Signal()
    change_requested = Signal(object)
    month_requested = Signal(int)
    drag_feedback = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: RoomChart | None = None
        self._tops: list[int] = [0]  # row i spans [_tops[i], _tops[i + 1]) in body pixels
        self._day_w = MIN_DAY
        self._row = 0
        self._column = 0
        self._lane = 0
        self._editable = True
        self._checker: Checker | None = None
        self._checked: dict[tuple[int, int, date, date], DropCheck] = {}
        self._drag: _Drag | None = None
        self._several_buildings = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(QCoreApplication.translate("RoomChartView", "Room chart"))
        self._fonts()

    # -- data ------------------------------------------------------------------------------

    def set_chart(self, chart: RoomChart) -> None:
        """Show a new chart; the cursor keeps its room, day and bed when they are still shown."""
        kept = self.cursor_cell()
        self._chart = chart
        self._checked.clear()
        self._cancel_drag()
        self._several_buildings = len({r.room.building for r in chart.rooms}) > 1
        tops = [0]
        for chart_room in chart.rooms:
            tops.append(tops[-1] + self.row_height(chart_room))
        self._tops = tops
        self._layout()
        if kept is not None and chart.room_row(kept[0]) >= 0 and chart.start <= kept[1]:
            self._place(chart.room_row(kept[0]), chart.column(kept[1]), kept[2] - 1, scroll=False)
        else:
            self._place(0, self._column, 0, scroll=False)
        self.viewport().update()

    def chart(self) -> RoomChart | None:
        return self._chart

    def set_checker(self, checker: Checker | None) -> None:
        self._checker = checker
        self._checked.clear()

    def set_editable(self, editable: bool) -> None:
        """A reader (who may not change stays) can look and move the cursor, not drag."""
        self._editable = editable
        self._cancel_drag()

    @staticmethod
    def row_height(chart_room: ChartRoom) -> int:
        return max(2, chart_room.room.beds) * LANE + 2 * PAD

    # -- the cursor ------------------------------------------------------------------------

    def cursor_cell(self) -> tuple[int, date, int] | None:
        """(room id, day, bed) under the cursor; None on an empty chart."""
        chart = self._chart
        if chart is None or not chart.rooms:
            return None
        return chart.rooms[self._row].room.id, chart.day(self._column), self._lane + 1

    def current_bar(self) -> ChartBar | None:
        """The stay under the cursor, if any."""
        cell = self.cursor_cell()
        if cell is None or self._chart is None:
            return None
        return self._chart.stay_at(cell[0], cell[1], cell[2])

    def set_cursor(self, room_id: int, day: date, bed: int = 1) -> bool:
        chart = self._chart
        if chart is None:
            return False
        row = chart.room_row(room_id)
        column = chart.column(day)
        if row < 0 or not 0 <= column < chart.days:
            return False
        self._place(row, column, bed - 1)
        return True

    def select_stay(self, stay_id: int) -> bool:
        """Put the cursor on a stay: on the same day if the stay covers it, else its first."""
        chart = self._chart
        bar = chart.bar(stay_id) if chart is not None else None
        if chart is None or bar is None:
            return False
        day = chart.day(self._column)
        if not bar.first_day <= day <= bar.last_night:
            day = bar.first_day
        return self.set_cursor(bar.room_id, day, bar.bed)

    def _place(self, row: int, column: int, lane: int, *, scroll: bool = True) -> None:
        chart = self._chart
        if chart is None or not chart.rooms:
            self._row = self._column = self._lane = 0
            return
        row = min(max(row, 0), len(chart.rooms) - 1)
        column = min(max(column, 0), chart.days - 1)
        lane = min(max(lane, 0), chart.rooms[row].room.beds - 1)
        moved = (row, column, lane) != (self._row, self._column, self._lane)
        self._row, self._column, self._lane = row, column, lane
        if scroll:
            self._ensure_visible(row, column)
        self.viewport().update()
        if moved:
            self.cursor_moved.emit()

    def _ensure_visible(self, row: int, column: int) -> None:
        if not self.isVisible():
            return  # laid out for its real size when shown (showEvent)
        body = self._body_size()
        top, bottom = self._tops[row], self._tops[row + 1]
        bar = self.verticalScrollBar()
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + body.height():
            bar.setValue(bottom - body.height())
        left, right = column * self._day_w, (column + 1) * self._day_w
        hbar = self.horizontalScrollBar()
        if left < hbar.value():
            hbar.setValue(left)
        elif right > hbar.value() + body.width() + self._day_w:
            # A jump (today, a chosen stay): a third of the view before it, the rest after,
            # so the clerk sees the coming days too.
            hbar.setValue(max(0, left - body.width() // 3))
        elif right > hbar.value() + body.width():
            hbar.setValue(right - body.width())

    # -- geometry --------------------------------------------------------------------------

    def _fonts(self) -> None:
        base = QFont(self.font())
        base.setPixelSize(14)
        self._font = base
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPixelSize(12)
        self._number_font = QFont(base)
        self._number_font.setPixelSize(16)
        self._number_font.setBold(True)

    def _body_size(self) -> QSize:
        view = self.viewport().size()
        return QSize(max(0, view.width() - ROOM_COLUMN), max(0, view.height() - HEADER))

    def _layout(self) -> None:
        chart = self._chart
        days = chart.days if chart is not None else 31
        body = self._body_size()
        self._day_w = max(MIN_DAY, body.width() // max(days, 1))
        width = days * self._day_w
        height = self._tops[-1]
        self.horizontalScrollBar().setRange(0, max(0, width - body.width()))
        self.horizontalScrollBar().setPageStep(max(1, body.width()))
        self.horizontalScrollBar().setSingleStep(self._day_w)
        self.verticalScrollBar().setRange(0, max(0, height - body.height()))
        self.verticalScrollBar().setPageStep(max(1, body.height()))
        self.verticalScrollBar().setSingleStep(LANE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._layout()
        if self._chart is not None and self._chart.rooms:
            self._ensure_visible(self._row, self._column)

    def sizeHint(self) -> QSize:
        return QSize(ROOM_COLUMN + 31 * MIN_DAY, HEADER + 12 * (2 * LANE + 2 * PAD))

    def _origin(self) -> QPoint:
        """Where body pixel (0, 0) is in the viewport."""
        return QPoint(
            ROOM_COLUMN - self.horizontalScrollBar().value(),
            HEADER - self.verticalScrollBar().value(),
        )

    def _lane_height(self, row: int) -> float:
        assert self._chart is not None
        beds = self._chart.rooms[row].room.beds
        return (self._tops[row + 1] - self._tops[row] - 2 * PAD) / beds

    def _lane_rect(self, row: int, first: int, last: int, lane: int) -> QRectF:
        """Columns [first, last] of a lane, in viewport coordinates."""
        origin = self._origin()
        lane_h = self._lane_height(row)
        top = origin.y() + self._tops[row] + PAD + lane * lane_h
        left = origin.x() + first * self._day_w
        return QRectF(left, top, (last - first + 1) * self._day_w, lane_h)

    def cell_rect(self, room_id: int, day: date, bed: int = 1) -> QRect:
        """Where a cell is drawn now (viewport coordinates); scrolls it into view first."""
        chart = self._chart
        assert chart is not None
        row, column = chart.room_row(room_id), chart.column(day)
        self._ensure_visible(row, column)
        return self._lane_rect(row, column, column, bed - 1).toAlignedRect()

    def bar_rect(self, stay_id: int) -> QRect:
        """Where a stay's bar is drawn now (viewport coordinates); scrolls it into view."""
        chart = self._chart
        assert chart is not None
        bar = chart.bar(stay_id)
        assert bar is not None
        row = chart.room_row(bar.room_id)
        first, last = chart.column(bar.first_day), chart.column(bar.last_night)
        self._ensure_visible(row, first)
        return self._bar_shape(row, first, last, bar.bed - 1).toAlignedRect()

    def _bar_shape(self, row: int, first: int, last: int, lane: int) -> QRectF:
        return self._lane_rect(row, first, last, lane).adjusted(2, 1.5, -2, -1.5)

    def _hit(self, pos: QPoint) -> tuple[int, int, int] | None:
        """(row, column, lane) of a viewport point in the body; None outside it."""
        chart = self._chart
        if chart is None or not chart.rooms:
            return None
        if pos.x() < ROOM_COLUMN or pos.y() < HEADER:
            return None
        origin = self._origin()
        x, y = pos.x() - origin.x(), pos.y() - origin.y()
        row = bisect.bisect_right(self._tops, y) - 1
        if not 0 <= row < len(chart.rooms):
            return None
        column = x // self._day_w
        if not 0 <= column < chart.days:
            return None
        lane_h = self._lane_height(row)
        lane = int((y - self._tops[row] - PAD) // lane_h)
        lane = min(max(lane, 0), chart.rooms[row].room.beds - 1)
        return row, column, lane

    def _row_at(self, y: int) -> int:
        """The row at a viewport height, clamped to the chart."""
        assert self._chart is not None
        body_y = y - self._origin().y()
        row = bisect.bisect_right(self._tops, body_y) - 1
        return min(max(row, 0), len(self._chart.rooms) - 1)

    def _column_at(self, x: int) -> int:
        assert self._chart is not None
        column = (x - self._origin().x()) // self._day_w
        return int(min(max(column, 0), self._chart.days - 1))

    def _bar_at(self, pos: QPoint) -> tuple[ChartBar, bool] | None:
        """The bar under a point, and whether the point is on its right edge."""
        hit = self._hit(pos)
        chart = self._chart
        if hit is None or chart is None:
            return None
        row, column, lane = hit
        room_id = chart.rooms[row].room.id
        bar = chart.stay_at(room_id, chart.day(column), lane + 1)
        if bar is None:
            return None
        shape = self._bar_shape(
            row, chart.column(bar.first_day), chart.column(bar.last_night), bar.bed - 1
        )
        on_edge = not bar.ends_after and shape.right() - EDGE <= pos.x() <= shape.right() + 2
        return bar, on_edge

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view = self.viewport().rect()
        painter.fillRect(view, self.palette().color(QPalette.ColorRole.Base))
        chart = self._chart
        if chart is None:
            painter.end()
            return
        rows = self._visible_rows()
        columns = self._visible_columns()
        painter.save()
        painter.setClipRect(QRect(ROOM_COLUMN, HEADER, view.width(), view.height()))
        self._paint_days(painter, columns)
        self._paint_rows(painter, rows, columns)
        self._paint_cursor(painter)
        self._paint_ghost(painter)
        painter.restore()
        self._paint_header(painter, columns)
        self._paint_rooms(painter, rows)
        self._paint_corner(painter)
        painter.end()

    def _visible_rows(self) -> range:
        top = self.verticalScrollBar().value()
        bottom = top + self._body_size().height()
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = min(len(self._tops) - 1, bisect.bisect_left(self._tops, bottom) + 1)
        return range(first, max(first, last))

    def _visible_columns(self) -> range:
        assert self._chart is not None
        left = self.horizontalScrollBar().value()
        first = max(0, left // self._day_w)
        last = min(self._chart.days, (left + self._body_size().width()) // self._day_w + 1)
        return range(first, last)

    def _paint_days(self, painter: QPainter, columns: range) -> None:
        chart = self._chart
        assert chart is not None
        origin = self._origin()
        height = self.viewport().height()
        for column in columns:
            day = chart.day(column)
            x = origin.x() + column * self._day_w
            fill = None
            if day == chart.today:
                fill = TODAY_FILL
            elif day.weekday() >= 5:
                fill = WEEKEND_FILL
            if fill:
                painter.fillRect(QRect(x, HEADER, self._day_w, height), QColor(fill))
        painter.setPen(QPen(QColor(GRID), 1))
        for column in columns:
            x = origin.x() + column * self._day_w
            painter.drawLine(x, HEADER, x, height)
        if chart.start <= chart.today < chart.end:
            x = origin.x() + chart.column(chart.today) * self._day_w
            painter.setPen(QPen(QColor("#e0a800"), 2))
            painter.drawLine(x + 1, HEADER, x + 1, height)

    def _paint_rows(self, painter: QPainter, rows: range, columns: range) -> None:
        chart = self._chart
        assert chart is not None
        origin = self._origin()
        width = self.viewport().width()
        if not columns:
            return
        first, last = columns[0], columns[-1]
        chosen = self.current_bar()
        hatch = QBrush(QColor(OUT_OF_ORDER), Qt.BrushStyle.BDiagPattern)
        for row in rows:
            chart_room = chart.rooms[row]
            room = chart_room.room
            y = origin.y() + self._tops[row + 1]
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(ROOM_COLUMN, y - 1, width, y - 1)
            if room.out_of_order_reason and room.out_of_order_from is not None:
                start = max(chart.column(room.out_of_order_from), first)
                stop = last
                if room.out_of_order_to is not None:
                    stop = min(chart.column(room.out_of_order_to) - 1, last)
                if start <= stop:
                    area = self._lane_rect(row, start, stop, 0)
                    area.setHeight(self._tops[row + 1] - self._tops[row] - 2 * PAD)
                    painter.fillRect(area, hatch)
            for bar in chart.bars_of(room.id):
                bar_first, bar_last = chart.column(bar.first_day), chart.column(bar.last_night)
                if bar_last < first or bar_first > last:
                    continue
                self._paint_bar(painter, row, bar, bar_first, bar_last, bar == chosen)

    def _paint_bar(
        self, painter: QPainter, row: int, bar: ChartBar, first: int, last: int, chosen: bool
    ) -> None:
        shape = self._bar_shape(row, first, last, bar.bed - 1)
        base = QColor(PALETTE[bar.colour] if bar.colour >= 0 else LONE_GUEST)
        white = QColor("#ffffff")
        text_colour = QColor(TEXT)
        border = QPen(base.darker(135), 1.5)
        if bar.state == StayState.IN_HOUSE.value:
            fill = _blend(base, white, 0.35)
        elif bar.state == StayState.BOOKED.value:
            fill = _blend(base, white, 0.78)
            border = QPen(base.darker(115), 2)
        else:  # departed
            fill = _blend(_blend(base, QColor("#bdbdbd"), 0.6), white, 0.6)
            border = QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine)
            text_colour = QColor(FADED_TEXT)
        if chosen:
            border = QPen(QColor("#111111"), 2.5)
        path = _bar_path(shape, bar.starts_before, bar.ends_after)
        painter.fillPath(path, fill)
        painter.setPen(border)
        painter.drawPath(path)
        text_area = shape.adjusted(7 if not bar.starts_before else 12, 0, -6, 0)
        if bar.ends_after:
            text_area.adjust(0, 0, -6, 0)
        if bar.needs:
            mark = QRectF(shape.right() - 13, shape.top() + 3, 9, 9)
            if bar.ends_after:
                mark.translate(-7, 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(NEEDS_MARK))
            painter.drawEllipse(mark)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_area.adjust(0, 0, -10, 0)
        if text_area.width() < 8:
            return
        painter.setPen(text_colour)
        metrics = QFontMetrics(self._font)
        two_lines = shape.height() >= 2.2 * metrics.height() and bar.delegation_name
        if two_lines:
            painter.setFont(self._bold)
            top = text_area.adjusted(0, 2, 0, -text_area.height() / 2)
            name = _fitted(QFontMetrics(self._bold), bar.guest_name, top)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
            painter.setFont(self._small)
            bottom = text_area.adjusted(0, text_area.height() / 2, 0, -2)
            party = _fitted(QFontMetrics(self._small), bar.delegation_name, bottom)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, party)
            return
        painter.setFont(self._font)
        painter.drawText(text_area, LEFT_MIDDLE, _fitted(metrics, bar_label(bar), text_area))

    def _paint_cursor(self, painter: QPainter) -> None:
        chart = self._chart
        if chart is None or not chart.rooms:
            return
        cell = self._lane_rect(self._row, self._column, self._column, self._lane)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3 if self.hasFocus() else 1.5))
        painter.drawRect(cell.adjusted(1, 1, -1, -1))

    def _paint_ghost(self, painter: QPainter) -> None:
        drag = self._drag
        chart = self._chart
        if drag is None or not drag.started or drag.target is None or chart is None:
            return
        target = drag.target
        if not target.changed:
            return
        row = chart.room_row(target.room_id)
        first = max(chart.column(target.arrive), 0)
        last = min(chart.column(target.depart - ONE_DAY), chart.days - 1)
        if row < 0 or last < first:
            return
        check = drag.check
        ok = check is None or check.ok
        lane = drag.lane
        if check is not None and check.bed is not None:
            lane = check.bed - 1
        lane = min(lane, chart.rooms[row].room.beds - 1)
        shape = self._bar_shape(row, first, last, lane)
        colour = QColor(OK_GHOST if ok else REFUSED_GHOST)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.fillRect(shape, fill)
        if not ok:
            painter.fillRect(shape, QBrush(colour, Qt.BrushStyle.FDiagPattern))
        painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(shape, 4, 4)
        painter.setFont(self._bold)
        painter.setPen(colour.darker(130))
        text = (
            QCoreApplication.translate("RoomChartView", "{arrive}–{depart}").format(
                arrive=short_date(target.arrive), depart=short_date(target.depart)
            )
            if ok
            else QCoreApplication.translate("RoomChartView", "Refused")
        )
        metrics = QFontMetrics(self._bold)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(shape.width() - 8))
        painter.drawText(
            shape.adjusted(6, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )

    def _paint_header(self, painter: QPainter, columns: range) -> None:
        chart = self._chart
        assert chart is not None
        width = self.viewport().width()
        painter.save()
        painter.setClipRect(QRect(ROOM_COLUMN, 0, width, HEADER))
        window = self.palette().color(QPalette.ColorRole.Window)
        painter.fillRect(QRect(ROOM_COLUMN, 0, width, HEADER), window)
        origin = self._origin()
        number_metrics = QFontMetrics(self._bold)
        for column in columns:
            day = chart.day(column)
            cell = QRect(origin.x() + column * self._day_w, 0, self._day_w, HEADER)
            weekend = day.weekday() >= 5
            if day == chart.today:
                painter.fillRect(cell, QColor("#ffe08a"))
            elif weekend:
                painter.fillRect(cell, QColor("#e8ecf2"))
            painter.setPen(QColor("#b3261e") if weekend else QColor(TEXT))
            painter.setFont(self._bold)
            number = str(day.day) if day.day != 1 or column == 0 else short_date(day)
            if number_metrics.horizontalAdvance(number) > self._day_w - 4:
                number = str(day.day)
            painter.drawText(
                cell.adjusted(0, 4, 0, -HEADER // 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                number,
            )
            painter.setFont(self._small)
            painter.drawText(
                cell.adjusted(0, HEADER // 2 + 2, 0, -2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                weekday_name(day),
            )
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(cell.left(), 0, cell.left(), HEADER)
        painter.setPen(QPen(QColor("#b0b7c0"), 1))
        painter.drawLine(ROOM_COLUMN, HEADER - 1, width, HEADER - 1)
        painter.restore()

    def _paint_rooms(self, painter: QPainter, rows: range) -> None:
        chart = self._chart
        assert chart is not None
        height = self.viewport().height()
        painter.save()
        painter.setClipRect(QRect(0, HEADER, ROOM_COLUMN, height))
        painter.fillRect(
            QRect(0, HEADER, ROOM_COLUMN, height), self.palette().color(QPalette.ColorRole.Window)
        )
        origin = self._origin()
        number_metrics = QFontMetrics(self._number_font)
        small_metrics = QFontMetrics(self._small)
        for row in rows:
            chart_room = chart.rooms[row]
            room = chart_room.room
            top = origin.y() + self._tops[row]
            bottom = origin.y() + self._tops[row + 1]
            area = QRect(0, top, ROOM_COLUMN, bottom - top)
            if row == self._row:
                highlight = self.palette().color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(40)
                painter.fillRect(area, highlight)
            colour = QColor(STATUS_COLOURS[chart_room.status])
            painter.fillRect(QRect(0, top + 1, 5, bottom - top - 2), colour)
            line = QRect(12, top + PAD + 2, ROOM_COLUMN - 18, (bottom - top) // 2 - PAD)
            painter.setFont(self._number_font)
            painter.setPen(QColor(TEXT))
            number = room.number
            painter.drawText(line, LEFT_MIDDLE, number)
            number_end = 12 + number_metrics.horizontalAdvance(number) + 6
            if self._several_buildings:
                painter.setFont(self._small)
                painter.setPen(QColor(FADED_TEXT))
                building = building_label(room.building)
                painter.drawText(line.adjusted(number_end - 12, 0, 0, 0), LEFT_MIDDLE, building)
                number_end += small_metrics.horizontalAdvance(building) + 6
            word = status_word(chart_room.status)
            painter.setFont(self._small)
            word_w = small_metrics.horizontalAdvance(word) + 10
            pill = QRect(
                ROOM_COLUMN - 8 - word_w,
                line.center().y() - small_metrics.height() // 2 - 1,
                word_w,
                small_metrics.height() + 2,
            )
            if pill.left() >= number_end:
                fill = QColor(colour)
                fill.setAlpha(30)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(pill), 4, 4)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(colour.darker(110))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, word)
            details = QCoreApplication.translate("RoomChartView", "{type} · {beds}").format(
                type=room_type_label(room.room_type), beds=beds_text(room.beds)
            )
            second = QRect(12, line.bottom(), ROOM_COLUMN - 18, (bottom - top) // 2 - PAD)
            painter.setPen(QColor(FADED_TEXT))
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, second.width()),
            )
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(0, bottom - 1, ROOM_COLUMN, bottom - 1)
        painter.setPen(QPen(QColor("#b0b7c0"), 1))
        painter.drawLine(ROOM_COLUMN - 1, HEADER, ROOM_COLUMN - 1, height)
        painter.restore()

    def _paint_corner(self, painter: QPainter) -> None:
        chart = self._chart
        assert chart is not None
        corner = QRect(0, 0, ROOM_COLUMN, HEADER)
        painter.fillRect(corner, self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(QColor(TEXT))
        painter.setFont(self._bold)
        painter.drawText(
            corner.adjusted(12, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            month_title(chart.start),
        )
        painter.setPen(QPen(QColor("#b0b7c0"), 1))
        painter.drawLine(0, HEADER - 1, ROOM_COLUMN, HEADER - 1)
        painter.drawLine(ROOM_COLUMN - 1, 0, ROOM_COLUMN - 1, HEADER)

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._chart is None or not self._chart.rooms:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        Key = Qt.Key
        if key == Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
        elif key in (Key.Key_Return, Key.Key_Enter) and plain:
            self.activated.emit()
        elif key == Key.Key_PageUp and plain:
            self.month_requested.emit(-1)
        elif key == Key.Key_PageDown and plain:
            self.month_requested.emit(1)
        elif ctrl and key in (Key.Key_Left, Key.Key_Right):
            self.shift_stay(-1 if key == Key.Key_Left else 1)
        elif ctrl and key in (Key.Key_Up, Key.Key_Down):
            self.move_stay_to_next_room(-1 if key == Key.Key_Up else 1)
        elif (shift and key in (Key.Key_Left, Key.Key_Right)) or key in (
            Key.Key_Plus,
            Key.Key_Minus,
            Key.Key_Equal,
        ):
            self.extend_stay(-1 if key in (Key.Key_Left, Key.Key_Minus) else 1)
        elif plain and key == Key.Key_Left:
            self._place(self._row, self._column - 1, self._lane)
        elif plain and key == Key.Key_Right:
            self._place(self._row, self._column + 1, self._lane)
        elif plain and key == Key.Key_Up:
            self._step_lane(-1)
        elif plain and key == Key.Key_Down:
            self._step_lane(1)
        elif plain and key == Key.Key_Home:
            self._place(self._row, 0, self._lane)
        elif plain and key == Key.Key_End:
            self._place(self._row, self._chart.days - 1, self._lane)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_lane(self, step: int) -> None:
        chart = self._chart
        assert chart is not None
        lane = self._lane + step
        row = self._row
        if lane < 0:
            if row == 0:
                return
            row -= 1
            lane = chart.rooms[row].room.beds - 1
        elif lane >= chart.rooms[row].room.beds:
            if row == len(chart.rooms) - 1:
                return
            row, lane = row + 1, 0
        self._place(row, self._column, lane)

    def _movable_bar(self) -> ChartBar | None:
        bar = self.current_bar()
        if not self._editable or bar is None or bar.state not in MOVABLE:
            return None
        return bar

    def shift_stay(self, days: int) -> None:
        """Ctrl+Left/Right: the stay under the cursor a day earlier or later."""
        bar = self._movable_bar()
        if bar is not None:
            step = timedelta(days=days)
            self.change_requested.emit(
                ChartChange(bar, bar.room_id, bar.arrive + step, bar.depart + step)
            )

    def extend_stay(self, nights: int) -> None:
        """Shift+Right/Left, + and -: one night more or less."""
        bar = self._movable_bar()
        if bar is not None:
            depart = bar.depart + timedelta(days=nights)
            self.change_requested.emit(
                ChartChange(bar, bar.room_id, bar.arrive, depart, kind="extend")
            )

    def move_stay_to_next_room(self, step: int) -> None:
        """Ctrl+Up/Down: the stay under the cursor into the previous/next room shown."""
        bar = self._movable_bar()
        chart = self._chart
        if bar is None or chart is None:
            return
        row = chart.room_row(bar.room_id) + step
        if 0 <= row < len(chart.rooms):
            room_id = chart.rooms[row].room.id
            self.change_requested.emit(ChartChange(bar, room_id, bar.arrive, bar.depart))

    # -- the mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        hit = self._hit(pos)
        if hit is None:
            if self._chart is not None and self._chart.rooms and pos.x() < ROOM_COLUMN:
                self._place(self._row_at(pos.y()), self._column, 0)
            return
        row, column, lane = hit
        found = self._bar_at(pos)
        if found is not None:
            bar, on_edge = found
            self._place(row, column, bar.bed - 1, scroll=False)
            if self._editable and bar.state in MOVABLE:
                kind = "extend" if on_edge else "move"
                self._drag = _Drag(bar, kind, pos, column, lane=bar.bed - 1)
        else:
            self._place(row, column, lane, scroll=False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._hover(pos)
            return
        if not drag.started:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        self._auto_scroll(pos)
        self._aim(pos)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        self.viewport().update()
        if not drag.started or drag.target is None or not drag.target.changed:
            self.drag_feedback.emit("", False)
            return
        check = drag.check
        if check is not None and not check.ok:
            self.drag_feedback.emit(
                QCoreApplication.translate("RoomChartView", "Not moved: {reason}").format(
                    reason=check.message
                ),
                True,
            )
            return
        self.drag_feedback.emit("", False)
        self.change_requested.emit(drag.target)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._hit(event.position().toPoint()):
            self.activated.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _hover(self, pos: QPoint) -> None:
        found = self._bar_at(pos) if self._editable else None
        if found is None or found[0].state not in MOVABLE:
            self.viewport().unsetCursor()
        elif found[1]:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _auto_scroll(self, pos: QPoint) -> None:
        view = self.viewport().rect()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if pos.y() > view.bottom() - LANE:
            vbar.setValue(vbar.value() + LANE)
        elif HEADER <= pos.y() < HEADER + LANE // 2:
            vbar.setValue(vbar.value() - LANE)
        if pos.x() > view.right() - self._day_w // 2:
            hbar.setValue(hbar.value() + self._day_w)
        elif ROOM_COLUMN <= pos.x() < ROOM_COLUMN + self._day_w // 2:
            hbar.setValue(hbar.value() - self._day_w)

    def _aim(self, pos: QPoint) -> None:
        """Work out the target under the mouse, ask the checker once per target, show it."""
        drag = self._drag
        chart = self._chart
        assert drag is not None and chart is not None
        bar = drag.bar
        column = self._column_at(pos.x())
        if drag.kind == "extend":
            depart = max(chart.day(column) + ONE_DAY, bar.arrive + ONE_DAY)
            target = ChartChange(bar, bar.room_id, bar.arrive, depart, kind="extend")
            lane = bar.bed - 1
        else:
            row = self._row_at(pos.y())
            room = chart.rooms[row].room
            shift = timedelta(days=column - drag.press_column)
            if bar.state == StayState.IN_HOUSE.value:
                shift = timedelta(0)  # the guest is in: the arrival stays
            target = ChartChange(bar, room.id, bar.arrive + shift, bar.depart + shift)
            hit = self._hit(pos)
            lane = hit[2] if hit is not None and hit[0] == row else 0
        drag.target, drag.lane = target, lane
        drag.check = self._check(target) if target.changed else None
        check = drag.check
        if check is None:
            self.drag_feedback.emit("", False)
            QToolTip.hideText()
        else:
            text = self._describe(target, check)
            self.drag_feedback.emit(text, not check.ok)
            QToolTip.showText(self.viewport().mapToGlobal(pos), text, self.viewport())
        self.viewport().update()

    def _check(self, target: ChartChange) -> DropCheck:
        key = (target.bar.stay_id, target.room_id, target.arrive, target.depart)
        found = self._checked.get(key)
        if found is None:
            found = self._checker(target) if self._checker is not None else DropCheck(True)
            self._checked[key] = found
        return found

    def _describe(self, target: ChartChange, check: DropCheck) -> str:
        chart = self._chart
        assert chart is not None
        row = chart.room_row(target.room_id)
        number = chart.rooms[row].room.number if row >= 0 else "?"
        where = QCoreApplication.translate(
            "RoomChartView", "{guest} to room {room}, {arrive}–{depart}"
        ).format(
            guest=target.bar.guest_name,
            room=number,
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

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            QToolTip.hideText()
            self.drag_feedback.emit("", False)
            self.viewport().update()

    def drag_state(self) -> tuple[ChartChange, DropCheck | None] | None:
        """The target being dragged to and its check (for tests and the status line)."""
        drag = self._drag
        if drag is None or not drag.started or drag.target is None:
            return None
        return drag.target, drag.check

    # -- tooltips --------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._drag is None:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        chart = self._chart
        if chart is None or not chart.rooms:
            return ""
        if pos.x() < ROOM_COLUMN and pos.y() >= HEADER:
            chart_room = chart.rooms[self._row_at(pos.y())]
            room = chart_room.room
            lines = [
                QCoreApplication.translate("RoomChartView", "Room {number} · {building}").format(
                    number=room.number, building=building_label(room.building)
                ),
                QCoreApplication.translate(
                    "RoomChartView", "{type} · {beds} beds · floor {floor}"
                ).format(type=room_type_label(room.room_type), beds=room.beds, floor=room.floor),
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
        found = self._bar_at(pos)
        if found is None:
            return ""
        bar = found[0]
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


def _fitted(metrics: QFontMetrics, text: str, area: QRectF) -> str:
    """The text elided to the width; where not even one character and "…" fit, as many
    whole characters as fit (a one-night bar still shows the guest's surname)."""
    width = int(area.width())
    elided = metrics.elidedText(text, ELIDE, width)
    if elided.strip("…"):
        return elided
    shown = ""
    for char in text:
        if metrics.horizontalAdvance(shown + char) > width:
            break
        shown += char
    return shown


def _blend(colour: QColor, other: QColor, amount: float) -> QColor:
    """`amount` of `other` mixed into `colour`."""
    keep = 1 - amount
    return QColor(
        round(colour.red() * keep + other.red() * amount),
        round(colour.green() * keep + other.green() * amount),
        round(colour.blue() * keep + other.blue() * amount),
    )


def _bar_path(shape: QRectF, open_left: bool, open_right: bool) -> QPainterPath:
    """A rounded bar; an end cut by the window's edge is drawn as an arrow point instead."""
    path = QPainterPath()
    radius = 4.0
    if not open_left and not open_right:
        path.addRoundedRect(shape, radius, radius)
        return path
    left, right, top, bottom = shape.left(), shape.right(), shape.top(), shape.bottom()
    middle = shape.center().y()
    tip = 6.0
    points = []
    if open_left:
        points += [(left + tip, bottom), (left, middle), (left + tip, top)]
    else:
        points += [(left, bottom), (left, top)]
    if open_right:
        points += [(right - tip, top), (right, middle), (right - tip, bottom)]
    else:
        points += [(right, top), (right, bottom)]
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path

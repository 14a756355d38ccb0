"""Where things are on the room chart: the frozen room column and day header, a row per
room with a lane per bed, a column per night, and the scrolled body between them.

`ChartGrid` turns rooms, days and beds into viewport rectangles and back, for the widget's
painting, mouse and keys. It reads the scroll area's viewport size and scroll bars live."""

from __future__ import annotations

import bisect
from datetime import timedelta

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtWidgets import QAbstractScrollArea

from reception.core.lodging.chart import ChartBar, ChartRoom, RoomChart

ROOM_COLUMN = 172  # the frozen column of rooms, in pixels
HEADER = 46  # the frozen row of days
LANE = 26  # the height of one bed
PAD = 2  # above and below a room's lanes
MIN_DAY = 34  # a day is never narrower: the chart scrolls instead
EDGE = 7  # pixels at a bar's right end that grab the departure instead of the whole bar
ONE_DAY = timedelta(days=1)


class ChartGrid:
    """The geometry of one chart in one scroll area. `tops[i]` to `tops[i + 1]` is row i
    in body pixels; `day_w` is the width of a night."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        self._area = area
        self.chart: RoomChart | None = None
        self.tops: list[int] = [0]
        self.day_w = MIN_DAY

    @staticmethod
    def row_height(chart_room: ChartRoom) -> int:
        return max(2, chart_room.room.beds) * LANE + 2 * PAD

    def set_chart(self, chart: RoomChart) -> None:
        self.chart = chart
        tops = [0]
        for chart_room in chart.rooms:
            tops.append(tops[-1] + self.row_height(chart_room))
        self.tops = tops

    def body_size(self) -> QSize:
        view = self._area.viewport().size()
        return QSize(max(0, view.width() - ROOM_COLUMN), max(0, view.height() - HEADER))

    def layout(self) -> None:
        """Fit the days to the width (never narrower than MIN_DAY) and set the scroll bars."""
        chart = self.chart
        days = chart.days if chart is not None else 31
        body = self.body_size()
        self.day_w = max(MIN_DAY, body.width() // max(days, 1))
        width = days * self.day_w
        height = self.tops[-1]
        hbar, vbar = self._area.horizontalScrollBar(), self._area.verticalScrollBar()
        hbar.setRange(0, max(0, width - body.width()))
        hbar.setPageStep(max(1, body.width()))
        hbar.setSingleStep(self.day_w)
        vbar.setRange(0, max(0, height - body.height()))
        vbar.setPageStep(max(1, body.height()))
        vbar.setSingleStep(LANE)

    def ensure_visible(self, row: int, column: int) -> None:
        """Scroll so that the cell of `row` and `column` is in view."""
        body = self.body_size()
        top, bottom = self.tops[row], self.tops[row + 1]
        bar = self._area.verticalScrollBar()
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + body.height():
            bar.setValue(bottom - body.height())
        left, right = column * self.day_w, (column + 1) * self.day_w
        hbar = self._area.horizontalScrollBar()
        if left < hbar.value():
            hbar.setValue(left)
        elif right > hbar.value() + body.width() + self.day_w:
            # A jump (today, a chosen stay): a third of the view before it, the rest after,
            # so the clerk sees the coming days too.
            hbar.setValue(max(0, left - body.width() // 3))
        elif right > hbar.value() + body.width():
            hbar.setValue(right - body.width())

    def auto_scroll(self, pos: QPoint) -> None:
        """While dragging near an edge of the body, scroll a lane or a day that way."""
        view = self._area.viewport().rect()
        vbar, hbar = self._area.verticalScrollBar(), self._area.horizontalScrollBar()
        if pos.y() > view.bottom() - LANE:
            vbar.setValue(vbar.value() + LANE)
        elif HEADER <= pos.y() < HEADER + LANE // 2:
            vbar.setValue(vbar.value() - LANE)
        if pos.x() > view.right() - self.day_w // 2:
            hbar.setValue(hbar.value() + self.day_w)
        elif ROOM_COLUMN <= pos.x() < ROOM_COLUMN + self.day_w // 2:
            hbar.setValue(hbar.value() - self.day_w)

    def origin(self) -> QPoint:
        """Where body pixel (0, 0) is in the viewport."""
        return QPoint(
            ROOM_COLUMN - self._area.horizontalScrollBar().value(),
            HEADER - self._area.verticalScrollBar().value(),
        )

    def lane_height(self, row: int) -> float:
        assert self.chart is not None
        beds = self.chart.rooms[row].room.beds
        return (self.tops[row + 1] - self.tops[row] - 2 * PAD) / beds

    def lane_rect(self, row: int, first: int, last: int, lane: int) -> QRectF:
        """Columns [first, last] of a lane, in viewport coordinates."""
        origin = self.origin()
        lane_h = self.lane_height(row)
        top = origin.y() + self.tops[row] + PAD + lane * lane_h
        left = origin.x() + first * self.day_w
        return QRectF(left, top, (last - first + 1) * self.day_w, lane_h)

    def bar_shape(self, row: int, first: int, last: int, lane: int) -> QRectF:
        return self.lane_rect(row, first, last, lane).adjusted(2, 1.5, -2, -1.5)

    def hit(self, pos: QPoint) -> tuple[int, int, int] | None:
        """(row, column, lane) of a viewport point in the body; None outside it."""
        chart = self.chart
        if chart is None or not chart.rooms:
            return None
        if pos.x() < ROOM_COLUMN or pos.y() < HEADER:
            return None
        origin = self.origin()
        x, y = pos.x() - origin.x(), pos.y() - origin.y()
        row = bisect.bisect_right(self.tops, y) - 1
        if not 0 <= row < len(chart.rooms):
            return None
        column = x // self.day_w
        if not 0 <= column < chart.days:
            return None
        lane_h = self.lane_height(row)
        lane = int((y - self.tops[row] - PAD) // lane_h)
        lane = min(max(lane, 0), chart.rooms[row].room.beds - 1)
        return row, column, lane

    def row_at(self, y: int) -> int:
        """The row at a viewport height, clamped to the chart."""
        assert self.chart is not None
        body_y = y - self.origin().y()
        row = bisect.bisect_right(self.tops, body_y) - 1
        return min(max(row, 0), len(self.chart.rooms) - 1)

    def column_at(self, x: int) -> int:
        assert self.chart is not None
        column = (x - self.origin().x()) // self.day_w
        return int(min(max(column, 0), self.chart.days - 1))

    def bar_at(self, pos: QPoint) -> tuple[ChartBar, bool] | None:
        """The bar under a point, and whether the point is on its right edge."""
        hit = self.hit(pos)
        chart = self.chart
        if hit is None or chart is None:
            return None
        row, column, lane = hit
        room_id = chart.rooms[row].room.id
        bar = chart.stay_at(room_id, chart.day(column), lane + 1)
        if bar is None:
            return None
        shape = self.bar_shape(
            row, chart.column(bar.first_day), chart.column(bar.last_night), bar.bed - 1
        )
        on_edge = not bar.ends_after and shape.right() - EDGE <= pos.x() <= shape.right() + 2
        return bar, on_edge

    def visible_rows(self) -> range:
        top = self._area.verticalScrollBar().value()
        bottom = top + self.body_size().height()
        first = max(0, bisect.bisect_right(self.tops, top) - 1)
        last = min(len(self.tops) - 1, bisect.bisect_left(self.tops, bottom) + 1)
        return range(first, max(first, last))

    def visible_columns(self) -> range:
        assert self.chart is not None
        left = self._area.horizontalScrollBar().value()
        first = max(0, left // self.day_w)
        last = min(self.chart.days, (left + self.body_size().width()) // self.day_w + 1)
        return range(first, last)

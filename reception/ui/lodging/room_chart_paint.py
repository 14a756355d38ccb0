"""Painting the room chart: the colours, the fonts, and `ChartPainter`, which draws one
frame of it (weekends and today, the out-of-order hatching, the stays as bars, the cursor,
a drag's ghost, the day header, the room column and the corner).

Only what is visible is drawn. Bars are coloured by delegation, filled when the guest is
in, tinted when booked, faded once departed; an orange mark says the guest has needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from reception.core.lodging.chart import ChartBar
from reception.core.lodging.models import RoomStatus, StayState
from reception.ui.lodging.chart_change import ChartDrag
from reception.ui.lodging.room_chart_grid import HEADER, ONE_DAY, PAD, ROOM_COLUMN, ChartGrid
from reception.ui.lodging.room_chart_texts import (
    bar_label,
    beds_text,
    building_label,
    month_title,
    room_type_label,
    short_date,
    status_word,
    weekday_name,
)

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


@dataclass(frozen=True)
class ChartFonts:
    font: QFont  # bar labels
    bold: QFont  # guest names, day numbers, the month
    small: QFont  # delegations, weekdays, room details
    number: QFont  # room numbers

    @classmethod
    def based_on(cls, font: QFont) -> ChartFonts:
        base = QFont(font)
        base.setPixelSize(14)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPixelSize(12)
        number = QFont(base)
        number.setPixelSize(16)
        number.setBold(True)
        return cls(base, bold, small, number)


@dataclass(frozen=True)
class ChartScene:
    """What a frame shows besides the chart: the cursor's cell, the bar under it, a drag."""

    row: int
    column: int
    lane: int
    focused: bool
    chosen: ChartBar | None
    drag: ChartDrag | None
    several_buildings: bool


class ChartPainter:
    """Draws one frame of the chart of `grid` on a viewport of `size`."""

    def __init__(
        self,
        grid: ChartGrid,
        fonts: ChartFonts,
        palette: QPalette,
        size: QSize,
        scene: ChartScene,
    ) -> None:
        self.grid = grid
        self.fonts = fonts
        self.palette = palette
        self.size = size
        self.scene = scene

    def paint(self, painter: QPainter) -> None:
        view = QRect(0, 0, self.size.width(), self.size.height())
        painter.fillRect(view, self.palette.color(QPalette.ColorRole.Base))
        if self.grid.chart is None:
            return
        rows = self.grid.visible_rows()
        columns = self.grid.visible_columns()
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

    def _paint_days(self, painter: QPainter, columns: range) -> None:
        chart = self.grid.chart
        assert chart is not None
        origin = self.grid.origin()
        height = self.size.height()
        for column in columns:
            day = chart.day(column)
            x = origin.x() + column * self.grid.day_w
            fill = None
            if day == chart.today:
                fill = TODAY_FILL
            elif day.weekday() >= 5:
                fill = WEEKEND_FILL
            if fill:
                painter.fillRect(QRect(x, HEADER, self.grid.day_w, height), QColor(fill))
        painter.setPen(QPen(QColor(GRID), 1))
        for column in columns:
            x = origin.x() + column * self.grid.day_w
            painter.drawLine(x, HEADER, x, height)
        if chart.start <= chart.today < chart.end:
            x = origin.x() + chart.column(chart.today) * self.grid.day_w
            painter.setPen(QPen(QColor("#e0a800"), 2))
            painter.drawLine(x + 1, HEADER, x + 1, height)

    def _paint_rows(self, painter: QPainter, rows: range, columns: range) -> None:
        chart = self.grid.chart
        assert chart is not None
        origin = self.grid.origin()
        width = self.size.width()
        if not columns:
            return
        first, last = columns[0], columns[-1]
        chosen = self.scene.chosen
        hatch = QBrush(QColor(OUT_OF_ORDER), Qt.BrushStyle.BDiagPattern)
        for row in rows:
            chart_room = chart.rooms[row]
            room = chart_room.room
            y = origin.y() + self.grid.tops[row + 1]
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(ROOM_COLUMN, y - 1, width, y - 1)
            if room.out_of_order_reason and room.out_of_order_from is not None:
                start = max(chart.column(room.out_of_order_from), first)
                stop = last
                if room.out_of_order_to is not None:
                    stop = min(chart.column(room.out_of_order_to) - 1, last)
                if start <= stop:
                    area = self.grid.lane_rect(row, start, stop, 0)
                    area.setHeight(self.grid.tops[row + 1] - self.grid.tops[row] - 2 * PAD)
                    painter.fillRect(area, hatch)
            for bar in chart.bars_of(room.id):
                bar_first, bar_last = chart.column(bar.first_day), chart.column(bar.last_night)
                if bar_last < first or bar_first > last:
                    continue
                self._paint_bar(painter, row, bar, bar_first, bar_last, bar == chosen)

    def _paint_bar(
        self, painter: QPainter, row: int, bar: ChartBar, first: int, last: int, chosen: bool
    ) -> None:
        shape = self.grid.bar_shape(row, first, last, bar.bed - 1)
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
        metrics = QFontMetrics(self.fonts.font)
        two_lines = shape.height() >= 2.2 * metrics.height() and bar.delegation_name
        if two_lines:
            painter.setFont(self.fonts.bold)
            top = text_area.adjusted(0, 2, 0, -text_area.height() / 2)
            name = _fitted(QFontMetrics(self.fonts.bold), bar.guest_name, top)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
            painter.setFont(self.fonts.small)
            bottom = text_area.adjusted(0, text_area.height() / 2, 0, -2)
            party = _fitted(QFontMetrics(self.fonts.small), bar.delegation_name, bottom)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, party)
            return
        painter.setFont(self.fonts.font)
        painter.drawText(text_area, LEFT_MIDDLE, _fitted(metrics, bar_label(bar), text_area))

    def _paint_cursor(self, painter: QPainter) -> None:
        chart = self.grid.chart
        if chart is None or not chart.rooms:
            return
        cell = self.grid.lane_rect(
            self.scene.row, self.scene.column, self.scene.column, self.scene.lane
        )
        colour = self.palette.color(QPalette.ColorRole.Highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3 if self.scene.focused else 1.5))
        painter.drawRect(cell.adjusted(1, 1, -1, -1))

    def _paint_ghost(self, painter: QPainter) -> None:
        drag = self.scene.drag
        chart = self.grid.chart
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
        shape = self.grid.bar_shape(row, first, last, lane)
        colour = QColor(OK_GHOST if ok else REFUSED_GHOST)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.fillRect(shape, fill)
        if not ok:
            painter.fillRect(shape, QBrush(colour, Qt.BrushStyle.FDiagPattern))
        painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(shape, 4, 4)
        painter.setFont(self.fonts.bold)
        painter.setPen(colour.darker(130))
        text = (
            QCoreApplication.translate("RoomChartView", "{arrive}–{depart}").format(
                arrive=short_date(target.arrive), depart=short_date(target.depart)
            )
            if ok
            else QCoreApplication.translate("RoomChartView", "Refused")
        )
        metrics = QFontMetrics(self.fonts.bold)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(shape.width() - 8))
        painter.drawText(
            shape.adjusted(6, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )

    def _paint_header(self, painter: QPainter, columns: range) -> None:
        chart = self.grid.chart
        assert chart is not None
        width = self.size.width()
        painter.save()
        painter.setClipRect(QRect(ROOM_COLUMN, 0, width, HEADER))
        window = self.palette.color(QPalette.ColorRole.Window)
        painter.fillRect(QRect(ROOM_COLUMN, 0, width, HEADER), window)
        origin = self.grid.origin()
        number_metrics = QFontMetrics(self.fonts.bold)
        for column in columns:
            day = chart.day(column)
            cell = QRect(origin.x() + column * self.grid.day_w, 0, self.grid.day_w, HEADER)
            weekend = day.weekday() >= 5
            if day == chart.today:
                painter.fillRect(cell, QColor("#ffe08a"))
            elif weekend:
                painter.fillRect(cell, QColor("#e8ecf2"))
            painter.setPen(QColor("#b3261e") if weekend else QColor(TEXT))
            painter.setFont(self.fonts.bold)
            number = str(day.day) if day.day != 1 or column == 0 else short_date(day)
            if number_metrics.horizontalAdvance(number) > self.grid.day_w - 4:
                number = str(day.day)
            painter.drawText(
                cell.adjusted(0, 4, 0, -HEADER // 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                number,
            )
            painter.setFont(self.fonts.small)
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
        chart = self.grid.chart
        assert chart is not None
        height = self.size.height()
        painter.save()
        painter.setClipRect(QRect(0, HEADER, ROOM_COLUMN, height))
        painter.fillRect(
            QRect(0, HEADER, ROOM_COLUMN, height), self.palette.color(QPalette.ColorRole.Window)
        )
        origin = self.grid.origin()
        number_metrics = QFontMetrics(self.fonts.number)
        small_metrics = QFontMetrics(self.fonts.small)
        for row in rows:
            chart_room = chart.rooms[row]
            room = chart_room.room
            top = origin.y() + self.grid.tops[row]
            bottom = origin.y() + self.grid.tops[row + 1]
            area = QRect(0, top, ROOM_COLUMN, bottom - top)
            if row == self.scene.row:
                highlight = self.palette.color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(40)
                painter.fillRect(area, highlight)
            colour = QColor(STATUS_COLOURS[chart_room.status])
            painter.fillRect(QRect(0, top + 1, 5, bottom - top - 2), colour)
            line = QRect(12, top + PAD + 2, ROOM_COLUMN - 18, (bottom - top) // 2 - PAD)
            painter.setFont(self.fonts.number)
            painter.setPen(QColor(TEXT))
            number = room.number
            painter.drawText(line, LEFT_MIDDLE, number)
            number_end = 12 + number_metrics.horizontalAdvance(number) + 6
            if self.scene.several_buildings:
                painter.setFont(self.fonts.small)
                painter.setPen(QColor(FADED_TEXT))
                building = building_label(room.building)
                painter.drawText(line.adjusted(number_end - 12, 0, 0, 0), LEFT_MIDDLE, building)
                number_end += small_metrics.horizontalAdvance(building) + 6
            word = status_word(chart_room.status)
            painter.setFont(self.fonts.small)
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
        chart = self.grid.chart
        assert chart is not None
        corner = QRect(0, 0, ROOM_COLUMN, HEADER)
        painter.fillRect(corner, self.palette.color(QPalette.ColorRole.Window))
        painter.setPen(QColor(TEXT))
        painter.setFont(self.fonts.bold)
        painter.drawText(
            corner.adjusted(12, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            month_title(chart.start),
        )
        painter.setPen(QPen(QColor("#b0b7c0"), 1))
        painter.drawLine(0, HEADER - 1, ROOM_COLUMN, HEADER - 1)
        painter.drawLine(ROOM_COLUMN - 1, 0, ROOM_COLUMN - 1, HEADER)


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

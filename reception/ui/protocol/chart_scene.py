"""A seating chart drawn as the room is, in a QGraphicsScene: podium rows facing the
audience (front row nearest the audience, at the bottom), round tables seen from above with
the host's seat at the top and the door at the bottom, the two sides of a meeting table,
a car seen from above with its front at the top, a photo line facing the camera. The
viewpoint sentence is written at the top of every chart. Each seat is a `SeatItem` that
knows its SeatView; empty places are drawn as outlines."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from reception.core.protocol.events import BlockView, ChartView, SeatView
from reception.core.protocol.seating import EventKind, SeatRole

SEAT_W, SEAT_H = 104.0, 62.0  # narrow enough that a row of nine reads on a desk screen
GAP = 10.0
ROW_GAP = 46.0
TABLE_GAP = 60.0
LINE = QColor("#4d5b6a")
SEAT_FILL = QColor("#ffffff")
GUEST_FILL = QColor("#eef4fb")
MOVED_FILL = QColor("#fff1dc")  # someone not where the precedence order puts them
TARGET_FILL = QColor("#d7f0d2")
TABLE_FILL = QColor("#f3efe6")


def seat_text(seat: SeatView) -> str:
    """ "Guest 3" / "No. 5" / "Host", translated."""
    # seat.label is already filled in English: translate the role's template instead.
    return QCoreApplication.translate("Seating", seat.role.label).format(number=seat.role_number)


def fitted(text: str, font: QFont, width: float, least: float) -> tuple[str, QFont]:
    """`text` on one line within `width`: smaller type down to `least` points, then elided,
    so that a long name never runs over the neighbouring seat."""
    made = QFont(font)
    size = made.pointSizeF()
    while size > least and QFontMetricsF(made).horizontalAdvance(text) > width:
        size = max(least, size - 0.5)
        made.setPointSizeF(size)
    metrics = QFontMetricsF(made)
    if metrics.horizontalAdvance(text) <= width:
        return text, made
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), made


def table_radius(seats: int) -> float:
    """The radius of the circle of seats round a table: neighbours' boxes never overlap."""
    if seats <= 1:
        return 120.0
    return max(120.0, (SEAT_W + 2 * GAP) / (2 * math.sin(math.pi / seats)))


class SeatItem(QGraphicsRectItem):
    """One seat: its role on top (Host, Guest 1, No. 3), the name large, the post small.
    `seat` is None for an empty place; `caption` names a place nobody takes (the driver)."""

    def __init__(self, seat: SeatView | None, centre: QPointF, caption: str = "") -> None:
        super().__init__(-SEAT_W / 2, -SEAT_H / 2, SEAT_W, SEAT_H)
        self.seat = seat
        self.caption = caption
        self.target = False
        self.setPos(centre)
        self.setZValue(2)
        if seat is not None:
            tip = [seat.person.name, seat.person.post, seat.person.unit]
            if seat.swapped_reason:
                tip.append(
                    QCoreApplication.translate("ChartScene", "Swapped: {reason}").format(
                        reason=seat.swapped_reason
                    )
                )
            self.setToolTip("\n".join(line for line in tip if line))
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def name(self) -> str:
        return self.seat.person.name if self.seat is not None else ""

    def set_target(self, on: bool) -> None:
        if self.target != on:
            self.target = on
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self.rect()
        seat = self.seat
        if seat is None:
            painter.setPen(QPen(LINE, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 8, 8)
            if self.caption:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.caption)
            return
        fill = GUEST_FILL if seat.side == "guest" else SEAT_FILL
        if seat.out_of_order or seat.swapped_reason:
            fill = MOVED_FILL
        if self.target:
            fill = TARGET_FILL
        painter.setPen(QPen(LINE, 2 if seat.role is SeatRole.HOST else 1))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 8, 8)
        font = QFont(painter.font())
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        large = QFont(font)
        large.setPointSizeF(font.pointSizeF() * 1.3)
        large.setBold(True)
        inner = rect.adjusted(4, 2, -4, -2)
        third = inner.height() / 3
        lines = (
            (seat_text(seat), small, small.pointSizeF() * 0.8),
            (seat.person.name, large, font.pointSizeF() * 0.9),
            (seat.person.post, small, small.pointSizeF() * 0.75),
        )
        for number, (text, face, least) in enumerate(lines):
            shown, fitting = fitted(text, face, inner.width(), max(5.0, least))
            painter.setFont(fitting)
            painter.drawText(
                QRectF(inner.left(), inner.top() + number * third, inner.width(), third),
                Qt.AlignmentFlag.AlignCenter,
                shown,
            )


class ChartScene(QGraphicsScene):
    """The drawing of one chart. `seat_items()` are the seats with someone in them."""

    def __init__(self, chart: ChartView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self._seats: list[SeatItem] = []
        if chart is not None:
            self._draw(chart)

    def seat_items(self) -> list[SeatItem]:
        return [item for item in self._seats if item.seat is not None]

    def item_of(self, seat_id: int) -> SeatItem | None:
        return next((i for i in self.seat_items() if i.seat and i.seat.id == seat_id), None)

    def seat_at(self, point: QPointF) -> SeatItem | None:
        for item in self.items(point):
            if isinstance(item, SeatItem) and item.seat is not None:
                return item
        return None

    # -- drawing ------------------------------------------------------------------------------

    def _seat(self, seat: SeatView | None, centre: QPointF, caption: str = "") -> SeatItem:
        item = SeatItem(seat, centre, caption)
        self.addItem(item)
        self._seats.append(item)
        return item

    def _text(self, text: str, centre: QPointF, *, bold: bool = False, scale: float = 1.0) -> None:
        item = QGraphicsSimpleTextItem(text)
        font = QFont(item.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        item.setFont(font)
        box = item.boundingRect()
        item.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
        item.setZValue(3)
        self.addItem(item)

    def _draw(self, chart: ChartView) -> None:
        kind = EventKind(chart.kind)
        if kind in (EventKind.PODIUM, EventKind.PHOTO):
            self._draw_rows(chart, kind)
        elif kind is EventKind.BANQUET:
            self._draw_tables(chart)
        elif kind is EventKind.MEETING:
            self._draw_sides(chart)
        else:
            self._draw_car(chart)
        drawn = self.itemsBoundingRect()
        self._text(
            QCoreApplication.translate("Seating", chart.viewpoint),
            QPointF(drawn.center().x(), drawn.top() - 28),
            bold=True,
            scale=1.2,
        )
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    @staticmethod
    def _places(block: BlockView) -> list[SeatView | None]:
        """The block's places 1..size, None where nobody sits."""
        by_place = {seat.place: seat for seat in block.seats}
        size = max([block.size, *by_place]) if by_place else block.size
        return [by_place.get(place) for place in range(1, size + 1)]

    def _row(self, places: list[SeatView | None], y: float, width: float) -> float:
        """Seats left to right centred in `width`; returns the row's own width."""
        own = len(places) * SEAT_W + max(0, len(places) - 1) * GAP
        left = (width - own) / 2 + SEAT_W / 2
        for i, seat in enumerate(places):
            self._seat(seat, QPointF(left + i * (SEAT_W + GAP), y))
        return own

    def _draw_rows(self, chart: ChartView, kind: EventKind) -> None:
        rows = [self._places(block) for block in chart.blocks] or [[]]
        width = max(len(r) for r in rows) * (SEAT_W + GAP) + GAP
        height = SEAT_H + 22 + ROW_GAP
        for i, places in enumerate(rows):  # the front row first, drawn lowest
            y = (len(rows) - 1 - i) * height
            own = self._row(places, y, width)
            if kind is EventKind.PODIUM:
                table = QGraphicsRectItem((width - own) / 2 - 6, y + SEAT_H / 2 + 6, own + 12, 16)
                table.setBrush(QBrush(TABLE_FILL))
                table.setPen(QPen(LINE))
                self.addItem(table)
        front = (len(rows) - 1) * height + SEAT_H / 2 + 60
        if kind is EventKind.PODIUM:
            words = QCoreApplication.translate("ChartScene", "Podium")
            self._text(words, QPointF(width / 2, -SEAT_H / 2 - 24), bold=True)
            below = QCoreApplication.translate("ChartScene", "↓ Audience ↓")
        else:
            below = QCoreApplication.translate("ChartScene", "↓ Camera ↓")
        self._text(below, QPointF(width / 2, front))

    def _round_table(self, block: BlockView, centre: QPointF) -> float:
        places = self._places(block)
        count = max(1, len(places))
        radius = table_radius(count)
        table = max(40.0, radius - SEAT_W / 2 - 8)
        disc = self.addEllipse(
            centre.x() - table,
            centre.y() - table,
            2 * table,
            2 * table,
            QPen(LINE),
            QBrush(TABLE_FILL),
        )
        disc.setZValue(0)
        name = (
            QCoreApplication.translate("ChartScene", "Main table")
            if block.number == 1
            else QCoreApplication.translate("ChartScene", "Table {number}").format(
                number=block.number
            )
        )
        self._text(name, centre, bold=True)
        for i, seat in enumerate(places):  # place 1 at the top, then clockwise
            angle = 2 * math.pi * i / count
            self._seat(
                seat,
                QPointF(
                    centre.x() + radius * math.sin(angle), centre.y() - radius * math.cos(angle)
                ),
            )
        return radius

    def _door(self, x: float, y: float) -> None:
        pen = QPen(LINE, 3)
        self.addLine(x - 50, y, x + 50, y, pen)
        self._text(QCoreApplication.translate("ChartScene", "Door"), QPointF(x, y + 16), bold=True)

    def _draw_tables(self, chart: ChartView) -> None:
        """The main table at the head of the room, the others in rows of up to three nearer
        the door. Two tables stand side by side, the main one on the right of a person
        facing the door (the drawing's left). Each row is as tall as its largest table."""
        blocks = list(chart.blocks)
        if not blocks:
            self._door(0, 100)
            return
        rows = [blocks] if len(blocks) == 2 else [blocks[:1]]
        if len(blocks) != 2:
            rows += [blocks[i : i + 3] for i in range(1, len(blocks), 3)]

        def reach(block: BlockView) -> float:  # from the table's centre to a seat's far side
            return table_radius(len(self._places(block))) + SEAT_W / 2

        widths = [sum(2 * reach(b) + TABLE_GAP for b in row) for row in rows]
        width = max(widths)
        top = 0.0
        for row, row_width in zip(rows, widths, strict=True):
            half = max(reach(b) - (SEAT_W - SEAT_H) / 2 for b in row)  # seats are wide
            x = (width - row_width) / 2
            for block in row:
                cell = 2 * reach(block) + TABLE_GAP
                self._round_table(block, QPointF(x + cell / 2, top + half))
                x += cell
            top += 2 * half + TABLE_GAP
        self._door(width / 2, top + 10)

    def _draw_sides(self, chart: ChartView) -> None:
        """The guests' No.1 faces the host across the middle of the table, however many
        sit on either side."""
        blocks = {block.number: self._places(block) for block in chart.blocks}
        guests, hosts = blocks.get(1, []), blocks.get(2, [])

        def chief(places: list[SeatView | None]) -> int:  # 0-based column of the side's No.1
            return next(
                (i for i, seat in enumerate(places) if seat is not None and seat.order == 1),
                (len(places) - 1) // 2,
            )

        left = max(chief(guests), chief(hosts), 0)
        right = max(len(guests) - 1 - chief(guests), len(hosts) - 1 - chief(hosts), 0)
        pitch = SEAT_W + GAP
        width = (left + right + 1) * pitch + GAP
        middle = GAP / 2 + (left + 0.5) * pitch
        for places, y in ((guests, 0.0), (hosts, SEAT_H + 80)):
            for i, seat in enumerate(places):
                self._seat(seat, QPointF(middle + (i - chief(places)) * pitch, y))
        table = QGraphicsRectItem(GAP, SEAT_H / 2 + 10, width - 2 * GAP, 60)
        table.setBrush(QBrush(TABLE_FILL))
        table.setPen(QPen(LINE))
        self.addItem(table)
        for text, y in (
            (QCoreApplication.translate("ChartScene", "Guest side"), -SEAT_H / 2 - 20),
            (QCoreApplication.translate("ChartScene", "Host side"), 1.5 * SEAT_H + 100),
        ):
            self._text(text, QPointF(middle, y))
        self._door(middle, 1.5 * SEAT_H + 140)

    def _draw_car(self, chart: ChartView) -> None:
        width = 3 * (SEAT_W + GAP) + GAP
        body = QGraphicsRectItem(-10, -SEAT_H - 30, width + 20, 2 * SEAT_H + 2 * ROW_GAP + 60)
        body.setPen(QPen(LINE, 2))
        body.setBrush(QBrush(TABLE_FILL))
        body.setZValue(0)
        self.addItem(body)
        self._text(
            QCoreApplication.translate("ChartScene", "Front"), QPointF(width / 2, -SEAT_H - 14)
        )
        blocks = {block.number: block for block in chart.blocks}
        for number, y in ((1, 0.0), (2, SEAT_H + ROW_GAP)):
            block = blocks.get(number)
            places = self._places(block) if block is not None else [None, None, None]
            places = [*places, None, None, None][:3]
            left = (width - 3 * SEAT_W - 2 * GAP) / 2 + SEAT_W / 2
            for i, seat in enumerate(places):
                if number == 1 and i == 1 and seat is None:
                    continue  # a car's front row has the driver and one passenger
                caption = ""
                if number == 1 and i == 0:
                    caption = QCoreApplication.translate("ChartScene", "Driver")
                self._seat(seat, QPointF(left + i * (SEAT_W + GAP), y), caption)

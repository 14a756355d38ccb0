"""A seating chart (座次图, DOMAIN.md section 4) drawn as the room is, on A4 or A3 landscape,
with its viewpoint written on it so that nobody reads it mirrored:

- podium and group photo: the rows as seen from the audience (the camera), back row at the
  top, front row nearest the audience at the bottom;
- banquet: round tables seen from above, the host's seat at the top of each table facing
  the door, which is marked at the bottom of the page; seats go clockwise;
- meeting table: seen from above, the guest side facing the door at the top, the host side
  at the bottom, the door marked;
- car: seen from above, the front of the car at the top, the driver's seat marked.

Each seat shows who sits there by role and number ("Guest 3", "No. 5"), the name and the
post. A seat moved out of the precedence order is starred and its reason printed below. A
banquet's accompanying-staff check is printed with it. Every text arrives translated."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QBrush, QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPen
from PySide6.QtPrintSupport import QPrinter

from reception.core.protocol.seating import EventKind
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing import flow
from reception.printing.canvas import BLACK, Canvas, begin, content_rect, pdf_writer
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

if TYPE_CHECKING:
    from reception.core.protocol.events import BlockView, ChartView, SeatView

CONTEXT = "SeatingChart"
DOCUMENT = QT_TRANSLATE_NOOP("SeatingChart", "Seating chart {title}")
AUDIENCE = QT_TRANSLATE_NOOP("SeatingChart", "Audience")
CAMERA = QT_TRANSLATE_NOOP("SeatingChart", "Camera")
PODIUM = QT_TRANSLATE_NOOP("SeatingChart", "Podium")
FRONT_ROW = QT_TRANSLATE_NOOP("SeatingChart", "Front row")
ROW = QT_TRANSLATE_NOOP("SeatingChart", "Row {number}")
DOOR = QT_TRANSLATE_NOOP("SeatingChart", "Door")
MAIN_TABLE = QT_TRANSLATE_NOOP("SeatingChart", "Main table")
TABLE = QT_TRANSLATE_NOOP("SeatingChart", "Table {number}")
FRONT = QT_TRANSLATE_NOOP("SeatingChart", "Front of the car")
DRIVER = QT_TRANSLATE_NOOP("SeatingChart", "Driver")
EMPTY = QT_TRANSLATE_NOOP("SeatingChart", "(empty)")
WITHIN = QT_TRANSLATE_NOOP("SeatingChart", "Accompanying staff: {check}, within the limit.")
ABOVE = QT_TRANSLATE_NOOP("SeatingChart", "Accompanying staff: {check}, ABOVE the limit.")
SWAPPED = QT_TRANSLATE_NOOP(
    "SeatingChart", "* {seat} {name}: moved from the precedence order. {reason}"
)
NOT_COMPUTED = QT_TRANSLATE_NOOP(
    "SeatingChart", "The chart has not been computed: seats are not final."
)
UNSEATED = QT_TRANSLATE_NOOP("SeatingChart", "Not seated: {names}")
PRINTED = QT_TRANSLATE_NOOP("SeatingChart", "Printed {time}")

MARGIN = 10.0
WIDTH = 277.0  # A4 landscape less the margins; an A3 chart is the same drawing, larger
SEAT_W = 34.0
SEAT_H = 15.0
LABEL_W = 18.0  # "Front row", "Row 2" left of the rows
STAGE_PAD = 8.0
SEAT_LINE = (
    0.35  # a taken seat's frame, mm  # the stage reaches this far beyond the outermost seats
)
SHADE = QColor(232, 232, 232)
TABLE_SHADE = QColor(246, 246, 246)
LEFT = Qt.AlignmentFlag.AlignLeft
CENTER = Qt.AlignmentFlag.AlignHCenter
PAPERS = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3}


def chart_page_layout(paper: str = "a4") -> QPageLayout:
    size = PAPERS.get(paper.lower(), QPageSize.PageSizeId.A4)
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN),
        QPageLayout.Unit.Millimeter,
    )


class Chart:
    """Draws one chart on one page; `say` translates."""

    def __init__(self, page: Canvas, chart: ChartView, say: Translate) -> None:
        self.page, self.chart, self.say = page, chart, say

    def text(self, source: str, context: str = CONTEXT) -> str:
        return self.say(context, source)

    # -- pieces -------------------------------------------------------------------------------

    def label(self, seat: SeatView) -> str:
        return self.text(seat.role.label, "Seating").format(number=seat.role_number)

    def seat(
        self, x: float, y: float, seat: SeatView | None, scale: float = 1.0, width: float = 0
    ) -> None:
        """A seat box centred on (x, y): role and number, the name large, the post. A given
        `width` narrows the box without shrinking the type (names are fitted into it)."""
        page = self.page
        w, h = width or SEAT_W * scale, SEAT_H * scale
        left, top = x - w / 2, y - h / 2
        if seat is not None and seat.role.value in ("host", "deputy_host"):
            page.fill(left, top, w, h, SHADE)
        else:
            page.fill(left, top, w, h, QColor(255, 255, 255))
        page.frame(left, top, w, h, weight=SEAT_LINE if seat is not None else 0.15)
        inner = w - 2
        if seat is None:
            page.text(left + 1, top, inner, self.text(EMPTY), 7 * scale, height=h)
            return
        mark = " *" if seat.out_of_order or seat.swapped_reason else ""
        label, size = page.fitted(self.label(seat) + mark, inner, 7 * scale, 5)
        page.text(left + 1, top + 0.6 * scale, inner, label, size, height=3.6 * scale)
        name, size = page.fitted(seat.person.name, inner, 12.5 * scale, 6)
        page.text(left + 1, top + 4.2 * scale, inner, name, size, bold=True, height=6 * scale)
        if seat.person.post:
            post, size = page.fitted(seat.person.post, inner, 6.5 * scale, 4.5)
            page.text(left + 1, top + 10.4 * scale, inner, post, size, height=3.8 * scale)

    def marker(self, x: float, y: float, text: str, points: float = 10) -> None:
        """A caption such as "Audience" or "Door", framed, centred on x."""
        page = self.page
        width = page.text_width(text, points, bold=True) + 8
        height = page.line_height(points, bold=True) + 1.5
        page.fill(x - width / 2, y, width, height, SHADE)
        page.frame(x - width / 2, y, width, height, weight=0.4)
        page.text(x - width / 2, y, width, text, points, bold=True, height=height)

    def door(self, bottom: float) -> None:
        """The door, at the bottom of the room, as a gap in the wall."""
        page = self.page
        mid = page.width / 2
        page.hline(bottom, 10, mid - 14, weight=0.8)
        page.hline(bottom, mid + 14, page.width - 10, weight=0.8)
        self.marker(mid, bottom - 2.5, self.text(DOOR), 10)

    # -- kinds ------------------------------------------------------------------------------

    def rows(self, top: float, bottom: float, audience: str, stage: str) -> None:
        """Podium or photo rows: back row at the top, front row nearest the audience. The
        rows sit right of their names (LABEL_W); the stage drawn round them stays on the
        page, and the rows stand in the middle of the room rather than under its ceiling."""
        page = self.page
        blocks = list(self.chart.blocks)
        columns = max([max((s.place for s in b.seats), default=0) for b in blocks] + [1])
        room = bottom - top - 24  # the stage's caption above, the audience's below
        # A box narrower than SEAT_W keeps its type: seat() fits the texts into the width.
        pitch = min(1.3 * (SEAT_W + 2), (page.width - LABEL_W - 2 * STAGE_PAD) / columns)
        scale = min(1.3, room / max(1, len(blocks)) / (SEAT_H + 6))
        step = (SEAT_H + 6) * scale
        top += max(0.0, (room - step * len(blocks) - 9) / 2)
        first = top + 12 + step / 2
        centre = LABEL_W + (page.width - LABEL_W) / 2
        if stage:  # the people sit on the stage, drawn round their rows
            width = pitch * columns + 2 * STAGE_PAD
            page.fill(centre - width / 2, top + 4, width, step * len(blocks) + 9, TABLE_SHADE)
            page.frame(centre - width / 2, top + 4, width, step * len(blocks) + 9, 0.5)
            self.marker(centre, top, stage, 11)
        for index, block in enumerate(reversed(blocks)):
            y = first + step * index
            count = max((s.place for s in block.seats), default=0)
            start = centre - pitch * count / 2
            row_name = (
                self.text(FRONT_ROW)
                if block.number == 1
                else self.text(ROW).format(number=block.number)
            )
            page.text(0, y - 3, LABEL_W - 2, row_name, 7, align=LEFT, height=6)
            by_place = {s.place: s for s in block.seats}
            for place in range(1, count + 1):
                self.seat(start + pitch * (place - 0.5), y, by_place.get(place), scale, pitch - 1.5)
        page.hline(bottom - 9, 0, page.width, weight=0.2)
        self.marker(page.width / 2, bottom - 7, audience, 11)

    def banquet(self, top: float, bottom: float) -> None:
        page = self.page
        blocks = list(self.chart.blocks)
        count = max(1, len(blocks))
        columns = min(count, max(1, math.ceil(math.sqrt(count * 1.6))))
        lines = math.ceil(count / columns)
        cell_w = page.width / columns
        cell_h = (bottom - top - 10) / lines
        scale = min(1.0, cell_w / 4.2 / SEAT_W, cell_h / 5.0 / SEAT_H)
        for index, block in enumerate(blocks):
            line, column = divmod(index, columns)
            cx = cell_w * (column + 0.5)
            cy = top + cell_h * (line + 0.5)
            self.table(block, cx, cy, cell_w, cell_h, scale)
        self.door(bottom - 1)

    def table(
        self, block: BlockView, cx: float, cy: float, w: float, h: float, scale: float
    ) -> None:
        page = self.page
        size = max(block.size, max((s.place for s in block.seats), default=0), 1)
        rx, ry, scale = ring(size, w / 2 - 2, h / 2 - 1, scale)
        seat_w, seat_h = SEAT_W * scale, SEAT_H * scale
        places = ring_places(size, rx, ry)
        radius = disc_radius(places, seat_w, seat_h)
        painter = page.painter
        painter.setPen(QPen(BLACK, 0.5 * page.unit))
        painter.setBrush(QBrush(TABLE_SHADE))
        painter.drawEllipse(page.at(cx, cy), radius * page.unit, radius * page.unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        name = (
            self.text(MAIN_TABLE)
            if block.number == 1 and len(self.chart.blocks) > 1
            else self.text(TABLE).format(number=block.number)
        )
        page.text(cx - radius, cy - 4, 2 * radius, name, 10 * max(scale, 0.7), bold=True, height=8)
        by_place = {s.place: s for s in block.seats}
        for place, (x, y) in enumerate(places, start=1):
            self.seat(cx + x, cy + y, by_place.get(place), scale)

    def meeting(self, top: float, bottom: float) -> None:
        """The two sides across the table, each side's No.1 in the middle facing the other."""
        page = self.page
        blocks = {b.number: b for b in self.chart.blocks}

        def places(number: int) -> tuple[int, int]:  # (the side's seats, its No.1's place)
            block = blocks.get(number)
            seats = block.seats if block is not None else ()
            count = max((s.place for s in seats), default=0)
            chief = next((s.place for s in seats if s.order == 1), (count + 1) // 2)
            return count, chief

        sides = {number: places(number) for number in (1, 2)}
        left = max([chief - 1 for _count, chief in sides.values()] + [0])
        right = max([count - chief for count, chief in sides.values()] + [0])
        columns = left + right + 1
        across = min(1.0, (page.width - 10) / columns / (SEAT_W + 2))
        scale = max(across, 0.8)
        pitch = (SEAT_W + 2) * across
        mid = (top + bottom - 10) / 2
        table_h = 18.0
        width = pitch * columns + 10
        middle = page.width / 2 + pitch * (left - right) / 2  # where both No.1s sit
        table_left = middle - pitch * (left + 0.5) - 5
        page.fill(table_left, mid - table_h / 2, width, table_h, TABLE_SHADE)
        page.frame(table_left, mid - table_h / 2, width, table_h, weight=0.5)
        rows = (
            (1, mid - table_h / 2 - SEAT_H * scale / 2 - 3),
            (2, mid + table_h / 2 + SEAT_H * scale / 2 + 3),
        )
        for number, y in rows:
            block = blocks.get(number)
            if block is None:
                continue
            side = block.seats[0].side if block.seats else None
            if side is not None:
                caption_y = mid - table_h / 2 + 1 if number == 1 else mid + 1
                label = self.text(side.label, "Seating")
                page.text(table_left, caption_y, width, label, 9, height=7)
            count, chief = sides[number]
            by_place = {s.place: s for s in block.seats}
            for place in range(1, count + 1):
                x = middle + pitch * (place - chief)
                self.seat(x, y, by_place.get(place), scale, pitch - 1.5)
        self.door(bottom - 1)

    def car(self, top: float, bottom: float) -> None:
        page = self.page
        blocks = {b.number: b for b in self.chart.blocks}
        pitch_x, pitch_y = SEAT_W + 6, SEAT_H + 14
        width = pitch_x * 3 + 14
        height = pitch_y * 2 + 26
        left = (page.width - width) / 2
        y0 = top + max(0.0, (bottom - top - height) / 2)
        page.frame(left, y0, width, height, weight=0.8)
        self.marker(page.width / 2, y0 + 3, self.text(FRONT), 10)
        for row in (1, 2):
            y = y0 + 22 + pitch_y * (row - 0.5)
            block = blocks.get(row)
            by_place = {s.place: s for s in block.seats} if block else {}
            for place in (1, 2, 3):
                x = left + 7 + pitch_x * (place - 0.5)
                if row == 1 and place == 1:
                    page.fill(x - SEAT_W / 2, y - SEAT_H / 2, SEAT_W, SEAT_H, SHADE)
                    page.frame(x - SEAT_W / 2, y - SEAT_H / 2, SEAT_W, SEAT_H, weight=0.35)
                    page.text(
                        x - SEAT_W / 2,
                        y - SEAT_H / 2,
                        SEAT_W,
                        self.text(DRIVER),
                        10,
                        bold=True,
                        height=SEAT_H,
                    )
                elif row == 1 and place == 2:
                    continue
                else:
                    self.seat(x, y, by_place.get(place))

    # -- the page ---------------------------------------------------------------------------

    def notes(self, printed: str) -> list[tuple[str, bool]]:
        chart = self.chart
        lines: list[tuple[str, bool]] = []
        if not chart.computed:
            lines.append((self.text(NOT_COMPUTED), True))
        if chart.staff is not None:
            source = WITHIN if chart.staff.ok else ABOVE
            check = chart.staff.render(self.say)
            lines.append((self.text(source).format(check=check), not chart.staff.ok))
        for seat in chart.seats():
            if seat.swapped_reason or seat.out_of_order:
                lines.append(
                    (
                        self.text(SWAPPED)
                        .format(
                            seat=self.label(seat),
                            name=seat.person.name,
                            reason=seat.swapped_reason or "",
                        )
                        .strip(),
                        False,
                    )
                )
        if chart.unseated:
            names = "、".join(person.name for person in chart.unseated)
            lines.append((self.text(UNSEATED).format(names=names), True))
        lines.append((self.text(PRINTED).format(time=printed), False))
        return lines

    def draw(self, office: str, printed: str, zone: str) -> None:
        page, chart = self.page, self.chart
        event = chart.event
        page.text(0, 0, page.width, office, 8.5, align=LEFT, height=5)
        page.text(0, 5, page.width, event.title, 17, bold=True, height=9)
        details = [self.text(chart.kind.label, "Seating")]
        if event.starts_at is not None:
            local = event.starts_at.astimezone(flow.zone(zone))
            details.append(local.strftime("%Y-%m-%d %H:%M"))
        if event.place:
            details.append(event.place)
        if chart.kind in (EventKind.PODIUM, EventKind.PHOTO):
            details.append(self.text(chart.convention.label, "Seating"))
        page.text(0, 14.5, page.width, " · ".join(details), 9.5, height=5.5)
        # The viewpoint, framed, where nobody can miss it.
        view = self.text(chart.viewpoint, "Seating")
        width = page.text_width(view, 12, bold=True) + 12
        page.fill((page.width - width) / 2, 21, width, 8, SHADE)
        page.frame((page.width - width) / 2, 21, width, 8, weight=0.5)
        page.text((page.width - width) / 2, 21, width, view, 12, bold=True, height=8)

        notes = self.notes(printed)
        note_height = sum(page.measure(text, 8.5, page.width, bold) + 0.6 for text, bold in notes)
        top, bottom = 33.0, page.height - note_height - 2
        if chart.kind is EventKind.BANQUET:
            self.banquet(top, bottom)
        elif chart.kind is EventKind.MEETING:
            self.meeting(top, bottom)
        elif chart.kind is EventKind.CAR:
            self.car(top, bottom)
        else:
            if chart.kind is EventKind.PHOTO:
                self.rows(top, bottom, self.text(CAMERA), "")
            else:
                self.rows(top, bottom, self.text(AUDIENCE), self.text(PODIUM))
        y = bottom + 2
        for text, bold in notes:
            y += page.text(0, y, page.width, text, 8.5, bold=bold, align=LEFT) + 0.6


def ring_places(size: int, rx: float, ry: float) -> list[tuple[float, float]]:
    """Seat centres round a table, from its centre: place 1 at the top, then clockwise as
    seen from above (y grows downwards)."""
    return [
        (
            rx * math.cos(-math.pi / 2 + 2 * math.pi * i / size),
            ry * math.sin(-math.pi / 2 + 2 * math.pi * i / size),
        )
        for i in range(size)
    ]


def disc_radius(places: list[tuple[float, float]], seat_w: float, seat_h: float) -> float:
    """The table reaches to 2 mm short of the nearest seat box, corners included."""
    nearest = min(
        math.hypot(max(abs(x) - seat_w / 2, 0), max(abs(y) - seat_h / 2, 0)) for x, y in places
    )
    return max(6.0, nearest - 2)


def _crowded(size: int, rx: float, ry: float, seat_w: float, seat_h: float) -> bool:
    """Whether two neighbouring seat boxes round the table overlap."""
    places = ring_places(size, rx, ry)
    return size > 1 and any(
        abs(x1 - x2) < seat_w + 1 and abs(y1 - y2) < seat_h + 1
        for (x1, y1), (x2, y2) in zip(places, places[1:] + places[:1], strict=True)
    )


def ring(size: int, reach_x: float, reach_y: float, scale: float) -> tuple[float, float, float]:
    """(rx, ry, scale): the ellipse the seats' centres stand on, within reach of the table's
    centre, as close round the table as the boxes allow, and the seats' scale, made smaller
    only when a crowded table's boxes would overlap."""
    while True:
        seat_w, seat_h = SEAT_W * scale, SEAT_H * scale
        rx = reach_x - seat_w / 2
        most = reach_y - seat_h / 2
        ry = min(most, rx - (seat_w - seat_h) / 2)  # the same gap above a seat as beside it
        while ry < most and _crowded(size, rx, ry, seat_w, seat_h):
            ry = min(most, ry + 1)
        if scale <= 0.4 or not _crowded(size, rx, ry, seat_w, seat_h):
            return rx, ry, scale
        scale *= 0.9


def document_title(chart: ChartView, tr: Translate) -> str:
    return tr(CONTEXT, DOCUMENT).format(title=chart.event.title)


def _render(
    device: QPagedPaintDevice,
    chart: ChartView,
    office: str,
    zone: str,
    now: datetime | None,
    tr: Translate,
) -> None:
    printed = (now or datetime.now(UTC)).astimezone(flow.zone(zone)).strftime("%Y-%m-%d %H:%M")
    painter = begin(device)
    try:
        Chart(Canvas(painter, content_rect(device), WIDTH), chart, tr).draw(office, printed, zone)
    finally:
        painter.end()


def write_seating_chart_pdf(
    chart: ChartView,
    path: str | Path,
    office: str = "",
    *,
    paper: str = "a4",
    zone: str = "Asia/Shanghai",
    now: datetime | None = None,
    translate: Translate | None = None,
) -> int:
    """Write the chart on one landscape page; returns the number of pages, 1."""
    tr = translate or qt_translate
    writer = pdf_writer(path, chart_page_layout(paper), document_title(chart, tr))
    _render(writer, chart, office, zone, now, tr)
    fix_text_layer(path)
    return 1


def print_seating_chart(
    printer: QPrinter,
    chart: ChartView,
    office: str = "",
    *,
    paper: str = "a4",
    zone: str = "Asia/Shanghai",
    now: datetime | None = None,
    translate: Translate | None = None,
) -> int:
    tr = translate or qt_translate
    printer.setPageLayout(chart_page_layout(paper))
    printer.setDocName(document_title(chart, tr))
    _render(printer, chart, office, zone, now, tr)
    fix_printer_output(printer)
    return 1

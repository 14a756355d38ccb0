"""A4 documents that flow over pages: headings, label/value lines, tables whose header row
repeats on every page they run onto, and a closing block. Laid out once against a Ruler on
the paint device's own page (a printer may not give exactly A4), so the page count is known
before anything is drawn; then drawn with a Canvas.

Each page carries a band (office name, and a mark such as "internal document") and a footer
(the document's title and "page N of M"). Every text arrives already translated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout

from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing.canvas import Canvas, Ruler, begin, content_rect, page_layout

CONTEXT = "Prints"
PAGE = QT_TRANSLATE_NOOP("Prints", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("Prints", "{title} (continued)")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Prints", "Monday"),
    QT_TRANSLATE_NOOP("Prints", "Tuesday"),
    QT_TRANSLATE_NOOP("Prints", "Wednesday"),
    QT_TRANSLATE_NOOP("Prints", "Thursday"),
    QT_TRANSLATE_NOOP("Prints", "Friday"),
    QT_TRANSLATE_NOOP("Prints", "Saturday"),
    QT_TRANSLATE_NOOP("Prints", "Sunday"),
)

A4 = QSizeF(210, 297)
MARGIN = 15.0
WIDTH = A4.width() - 2 * MARGIN  # 180 mm: column widths of a full-width table add up to it
BAND = 8.0
FOOTER = 9.0
BODY_PT = 9.5
SMALL_PT = 8.5
LEAST_PT = 6.5
PAD = 1.5
ROW = 7.0
HEADER_ROW = 8.0
SHADE = QColor(228, 228, 228)
CARRIED = 2  # rows taken to the next page with a subtotal that must move
LEFT = Qt.AlignmentFlag.AlignLeft
CENTER = Qt.AlignmentFlag.AlignHCenter
RIGHT = Qt.AlignmentFlag.AlignRight


@lru_cache(maxsize=8)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def a4_layout() -> QPageLayout:
    return page_layout(A4, MARGIN)


class Item:
    """Something drawn across the page at a height `y` (mm from the content's top)."""

    keep_with_next = False  # never the last thing on a page when something follows
    skip_at_top = False  # dropped when it would open a page (space between blocks)

    def height(self, page: Ruler) -> float:
        raise NotImplementedError

    def paint(self, page: Canvas, y: float) -> None:
        raise NotImplementedError


@dataclass
class Gap(Item):
    mm: float

    skip_at_top = True

    def height(self, page: Ruler) -> float:
        return self.mm

    def paint(self, page: Canvas, y: float) -> None:
        pass


@dataclass
class Heading(Item):
    text: str
    points: float = 12.0
    bold: bool = True
    align: Qt.AlignmentFlag = LEFT
    before: float = 0.0
    after: float = 1.5
    keep: bool = True

    def __post_init__(self) -> None:
        self.keep_with_next = self.keep

    def height(self, page: Ruler) -> float:
        return (
            self.before + page.measure(self.text, self.points, page.width, self.bold) + self.after
        )

    def paint(self, page: Canvas, y: float) -> None:
        page.text(
            0, y + self.before, page.width, self.text, self.points, bold=self.bold, align=self.align
        )


@dataclass
class Fields(Item):
    """Label/value lines in one or two columns; values wrap within their column."""

    pairs: Sequence[tuple[str, str]]
    columns: int = 2
    points: float = BODY_PT
    gap: float = 1.2

    def _cells(self, page: Ruler) -> tuple[float, float, float]:
        column = page.width / self.columns
        label = min(
            column * 0.45,
            max((page.text_width(k, self.points, bold=True) for k, _ in self.pairs), default=0) + 3,
        )
        return column, label, column - label - 3

    def _rows(self, page: Ruler) -> list[float]:
        _, label, value = self._cells(page)
        heights = []
        for start in range(0, len(self.pairs), self.columns):
            chunk = self.pairs[start : start + self.columns]
            heights.append(
                max(
                    max(
                        page.measure(v or " ", self.points, value),
                        page.measure(k, self.points, label, bold=True),
                    )
                    for k, v in chunk
                )
            )
        return heights

    def height(self, page: Ruler) -> float:
        rows = self._rows(page)
        return sum(rows) + self.gap * len(rows)

    def paint(self, page: Canvas, y: float) -> None:
        column, label, value = self._cells(page)
        for number, row_height in enumerate(self._rows(page)):
            chunk = self.pairs[number * self.columns : (number + 1) * self.columns]
            for index, (key, text) in enumerate(chunk):
                x = index * column
                page.text(x, y, label, key, self.points, bold=True, align=LEFT)
                page.text(x + label, y, value, text, self.points, align=LEFT)
            y += row_height + self.gap


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: Qt.AlignmentFlag = LEFT
    wrap: bool = False  # long text wraps and the row grows; otherwise it shrinks, then elides


@dataclass
class Table:
    """A table's caption and columns, shared by its rows. The caption opens the table and
    is repeated, marked "continued", above the header on every later page."""

    caption: str
    columns: Sequence[Column]
    continued: str = ""  # the translated "{title} (continued)"
    points: float = BODY_PT

    def cells(
        self,
        page: Canvas,
        y: float,
        height: float,
        values: Sequence[str],
        *,
        bold: bool = False,
        points: float | None = None,
    ) -> None:
        size = points or self.points
        x = 0.0
        for column, value in zip(self.columns, values, strict=True):
            inner = column.width - 2 * PAD
            if value:
                if column.wrap:
                    page.text(
                        x + PAD, y, inner, value, size, bold=bold, align=column.align, height=height
                    )
                else:
                    text, fitted = page.fitted(value, inner, size, LEAST_PT)
                    page.text(
                        x + PAD,
                        y,
                        inner,
                        text,
                        fitted,
                        bold=bold,
                        align=column.align,
                        height=height,
                    )
            page.vline(x, y, y + height, weight=0.15 if x else 0.3)
            x += column.width
        page.vline(x, y, y + height, weight=0.3)
        page.hline(y + height, 0, x, weight=0.15)

    def row_height(self, page: Ruler, values: Sequence[str], bold: bool = False) -> float:
        tallest = 0.0
        for column, value in zip(self.columns, values, strict=True):
            if column.wrap and value:
                tallest = max(
                    tallest, page.measure(value, self.points, column.width - 2 * PAD, bold)
                )
        return max(ROW, tallest + 2 * PAD)


@dataclass
class Header(Item):
    table: Table
    repeat: bool = False  # drawn again on a later page, under the "continued" caption

    keep_with_next = True

    def caption_height(self, page: Ruler) -> float:
        text = self.table.continued if self.repeat else self.table.caption
        return page.measure(text, 11, page.width, True) + 1.5 if text else 0.0

    def height(self, page: Ruler) -> float:
        titles = [c.title for c in self.table.columns]
        return self.caption_height(page) + max(
            HEADER_ROW, self.table.row_height(page, titles, True)
        )

    def paint(self, page: Canvas, y: float) -> None:
        text = self.table.continued if self.repeat else self.table.caption
        if text:
            page.text(0, y, page.width, text, 11, bold=True, align=LEFT)
            y += self.caption_height(page)
        titles = [c.title for c in self.table.columns]
        height = max(HEADER_ROW, self.table.row_height(page, titles, True))
        total = sum(c.width for c in self.table.columns)
        page.fill(0, y, total, height, SHADE)
        page.hline(y, 0, total, weight=0.3)
        self.table.cells(page, y, height, titles, bold=True)


@dataclass
class Row(Item):
    table: Table
    values: Sequence[str]
    bold: bool = False
    shade: QColor | None = None
    span: bool = False  # one text across the whole table ("nobody arrives")

    def height(self, page: Ruler) -> float:
        if self.span:
            total = sum(c.width for c in self.table.columns)
            text = self.values[0] if self.values else ""
            return max(ROW, page.measure(text, self.table.points, total - 2 * PAD) + 2 * PAD)
        return self.table.row_height(page, self.values, self.bold)

    def paint(self, page: Canvas, y: float) -> None:
        height = self.height(page)
        total = sum(c.width for c in self.table.columns)
        if self.shade is not None:
            page.fill(0, y, total, height, self.shade)
        if not self.span:
            self.table.cells(page, y, height, self.values, bold=self.bold)
            return
        text = self.values[0] if self.values else ""
        page.text(PAD, y, total - 2 * PAD, text, self.table.points, bold=self.bold, height=height)
        page.vline(0, y, y + height, weight=0.3)
        page.vline(total, y, y + height, weight=0.3)
        page.hline(y + height, 0, total, weight=0.15)


@dataclass
class Note(Item):
    """A line of text across the page (e.g. "nobody arrives today")."""

    text: str
    points: float = BODY_PT
    align: Qt.AlignmentFlag = LEFT
    bold: bool = False
    after: float = 1.0

    def height(self, page: Ruler) -> float:
        return page.measure(self.text, self.points, page.width, self.bold) + self.after

    def paint(self, page: Canvas, y: float) -> None:
        page.text(0, y, page.width, self.text, self.points, bold=self.bold, align=self.align)


@dataclass
class Block(Item):
    """A drawing of a fixed height, such as a sign-off line."""

    mm: float
    draw: Callable[[Canvas, float], None]
    keep: bool = False

    def __post_init__(self) -> None:
        self.keep_with_next = self.keep

    def height(self, page: Ruler) -> float:
        return self.mm

    def paint(self, page: Canvas, y: float) -> None:
        self.draw(page, y)


def table_items(table: Table, rows: Sequence[Sequence[str]], empty: str = "") -> list[Item]:
    """The header, then one Row per value list; `empty` says so when there are none."""
    items: list[Item] = [Header(table)]
    if not rows and empty:
        items.append(Row(table, [empty], span=True))
    items += [Row(table, list(values)) for values in rows]
    return items


Placed = list[tuple[Item, float]]


@dataclass
class Document:
    office: str
    title: str  # the footer's name of the document
    items: list[Item]
    mark: str = ""  # framed at the band's right, e.g. "Internal document"
    page_label: str = "{page} / {pages}"  # the translated PAGE

    def paginate(self, page: Ruler) -> list[Placed]:
        """Where each item goes: a list of (item, y) per page. A table running onto a new
        page gets its header again; an item that must stay with what follows (a subtotal
        with the total) takes the last rows of its table along, so neither stands alone."""
        top, bottom = BAND, page.height - FOOTER
        pages: list[Placed] = [[]]
        y = top
        for index, item in enumerate(self.items):
            if item.skip_at_top and not pages[-1]:
                continue
            need = item.height(page)
            after = index + 1
            chained = item
            while chained.keep_with_next and after < len(self.items):
                chained = self.items[after]
                need += chained.height(page)
                after += 1
            if y + need > bottom and pages[-1]:
                carried: list[Item] = []
                if isinstance(item, Row) and item.keep_with_next:
                    rows = 0
                    for placed, _ in reversed(pages[-1]):
                        if not isinstance(placed, Row) or placed.table is not item.table:
                            break
                        rows += 1
                    for _ in range(min(CARRIED, rows - 1)):
                        carried.insert(0, pages[-1].pop()[0])
                pages.append([])
                y = top
                if item.skip_at_top:
                    continue
                if isinstance(item, Row):
                    header = Header(item.table, repeat=True)
                    pages[-1].append((header, y))
                    y += header.height(page)
                for row in carried:
                    pages[-1].append((row, y))
                    y += row.height(page)
            pages[-1].append((item, y))
            y += item.height(page)
        return pages

    def paint(self, device: QPagedPaintDevice, width: float = WIDTH) -> int:
        """Draw every page on `device`; returns the number of pages."""
        painter = begin(device)
        try:
            pages = self.paginate(Ruler(content_rect(device), width))
            for number, placed in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                page = Canvas(painter, content_rect(device), width)
                self.band(page)
                for at, (item, y) in enumerate(placed):
                    item.paint(page, y)
                    following = placed[at + 1][0] if at + 1 < len(placed) else None
                    if isinstance(item, Row) and not (
                        isinstance(following, Row) and following.table is item.table
                    ):  # the table stops here, on this page at least: close it
                        total = sum(c.width for c in item.table.columns)
                        page.hline(y + item.height(page), 0, total, weight=0.3)
                self.footer(page, number, len(pages))
            return len(pages)
        finally:
            painter.end()

    def band(self, page: Canvas) -> None:
        room = page.width
        if self.mark:
            mark_width = page.text_width(self.mark, SMALL_PT, bold=True) + 2 * PAD
            room -= mark_width + 4
            page.frame(page.width - mark_width, 0, mark_width, 5, weight=0.3)
            page.text(
                page.width - mark_width, 0, mark_width, self.mark, SMALL_PT, bold=True, height=5
            )
        office, size = page.fitted(self.office, room, SMALL_PT, LEAST_PT)
        page.text(0, 0, room, office, size, align=LEFT, height=5)

    def footer(self, page: Canvas, number: int, pages: int) -> None:
        y = page.height - FOOTER + 3
        page.hline(y - 1, weight=0.15)
        page.text(
            0, y, page.width, self.page_label.format(page=number, pages=pages), SMALL_PT, height=5
        )
        title, size = page.fitted(self.title, page.width / 2 - 15, SMALL_PT, LEAST_PT)
        page.text(0, y, page.width / 2 - 15, title, size, align=LEFT, height=5)

"""The on-site roll call (现场人员清点表): everyone checked in and not yet gone, on A4, for an
evacuation or a count at closing. It carries full names, so it is marked internal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.views import OnSiteVisitor
from reception.printing.canvas import Canvas, begin, content_rect, page_layout, pdf_writer
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

CONTEXT = "OnSiteRoll"
TITLE = QT_TRANSLATE_NOOP("OnSiteRoll", "On-site roll call")
CONTINUED = QT_TRANSLATE_NOOP("OnSiteRoll", "On-site roll call (continued)")
CONFIDENTIAL = QT_TRANSLATE_NOOP("OnSiteRoll", "Internal document · keep confidential")
PRINTED = QT_TRANSLATE_NOOP("OnSiteRoll", "Printed {time}")
TOTALS = QT_TRANSLATE_NOOP("OnSiteRoll", "On site: {people} people in {visits} visits")
PAGE = QT_TRANSLATE_NOOP("OnSiteRoll", "Page {page} of {pages}")
NOBODY = QT_TRANSLATE_NOOP("OnSiteRoll", "Nobody is on site.")
COUNTED_BY = QT_TRANSLATE_NOOP("OnSiteRoll", "Counted by")
COUNTED_AT = QT_TRANSLATE_NOOP("OnSiteRoll", "Time of count")
COUNTED = QT_TRANSLATE_NOOP("OnSiteRoll", "People counted")
DOCUMENT = QT_TRANSLATE_NOOP("OnSiteRoll", "{office} on-site roll call")

A4 = QSizeF(210, 297)
MARGIN = 15.0
WIDTH = A4.width() - 2 * MARGIN
HEIGHT = A4.height() - 2 * MARGIN
ROW = 7.0
HEADER_ROW = 8.0
BAND = 8.0  # office name and confidentiality mark, on every page
FIRST_TITLE = 20.0
NEXT_TITLE = 9.0
FOOTER = 9.0
SIGN_OFF = 20.0
CARRIED = 3  # rows moved to the next page to keep the sign-off company
BODY_PT = 10.0
SMALL_PT = 8.5
LEAST_PT = 6.5  # a long name shrinks to this before it is cut short
PAD = 1.5
SHADE = QColor(228, 228, 228)
LEFT = Qt.AlignmentFlag.AlignLeft
CENTER = Qt.AlignmentFlag.AlignHCenter
RIGHT = Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: Qt.AlignmentFlag


COLUMNS = (  # widths add up to WIDTH, 180 mm
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "No."), 10, CENTER),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Name"), 34, LEFT),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "People"), 11, CENTER),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Host / department"), 38, LEFT),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Purpose"), 38, LEFT),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Ticket"), 14, CENTER),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Arrived"), 19, CENTER),
    Column(QT_TRANSLATE_NOOP("OnSiteRoll", "Present"), 16, CENTER),
)


def roll_page_layout() -> QPageLayout:
    return page_layout(A4, MARGIN)


def paginate(rows: int, height: float = HEIGHT) -> list[range]:
    """Row indices per page of `height` mm. The sign-off block needs room after the last
    row; when it does not fit, the last rows move to a page of their own, so no page holds
    only a sign-off."""
    body = height - BAND - HEADER_ROW - FOOTER
    first = max(1, int((body - FIRST_TITLE) // ROW))
    later = max(1, int((body - NEXT_TITLE) // ROW))
    pages = [range(0, min(first, rows))]
    while pages[-1].stop < rows:
        start = pages[-1].stop
        pages.append(range(start, min(start + later, rows)))
    title = FIRST_TITLE if len(pages) == 1 else NEXT_TITLE
    if BAND + title + HEADER_ROW + len(pages[-1]) * ROW + SIGN_OFF > height - FOOTER:
        last = pages.pop()
        split = last.stop - min(CARRIED, len(last) - 1)
        pages += [range(last.start, split), range(split, last.stop)]
    return pages


def arrival(moment: datetime, zone: ZoneInfo, today: datetime) -> str:
    """HH:MM; with the date as well for someone still here from an earlier day."""
    local = moment.astimezone(zone)
    return local.strftime("%H:%M" if local.date() == today.date() else "%m-%d %H:%M")


class _Roll:
    def __init__(
        self,
        office_name: str,
        visitors: list[OnSiteVisitor],
        printed_at: datetime,
        time_zone: str,
        tr: Translate,
    ) -> None:
        self.office = office_name
        self.visitors = visitors
        self.zone = ZoneInfo(time_zone)
        self.printed = printed_at.astimezone(self.zone)
        self.tr = tr

    def text(self, source: str) -> str:
        return self.tr(CONTEXT, source)

    def paint(self, device: QPagedPaintDevice) -> None:
        painter = begin(device)
        try:
            # A printer may not give exactly A4: rows are counted for the page it gives.
            pages = paginate(
                len(self.visitors), Canvas(painter, content_rect(device), WIDTH).height
            )
            for number, rows in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                page = Canvas(painter, content_rect(device), WIDTH)
                y = self.band(page)
                y = self.title(page, y, first=number == 1)
                if rows or number == 1:  # the first page says so when nobody is on site
                    y = self.table(page, y, rows)
                if number == len(pages):
                    self.sign_off(page, y + 6)
                self.footer(page, number, len(pages))
        finally:
            painter.end()

    def band(self, page: Canvas) -> float:
        mark = self.text(CONFIDENTIAL)
        mark_width = page.text_width(mark, SMALL_PT, bold=True) + 2 * PAD
        office, size = page.fitted(self.office, WIDTH - mark_width - 4, SMALL_PT, LEAST_PT)
        page.text(0, 0, WIDTH - mark_width - 4, office, size, align=LEFT, height=5)
        page.frame(WIDTH - mark_width, 0, mark_width, 5, weight=0.3)
        page.text(WIDTH - mark_width, 0, mark_width, mark, SMALL_PT, bold=True, height=5)
        return BAND

    def title(self, page: Canvas, y: float, *, first: bool) -> float:
        printed = self.text(PRINTED).format(time=self.printed.strftime("%Y-%m-%d %H:%M"))
        if not first:
            page.text(0, y, WIDTH / 2, self.text(CONTINUED), 11, bold=True, align=LEFT, height=6)
            page.text(WIDTH / 2, y, WIDTH / 2, printed, SMALL_PT, align=RIGHT, height=6)
            return y + NEXT_TITLE
        page.text(0, y, WIDTH, self.text(TITLE), 18, bold=True, height=10)
        people = sum(visitor.party_size for visitor in self.visitors)
        totals = self.text(TOTALS).format(people=people, visits=len(self.visitors))
        page.text(0, y + 12, WIDTH / 2, printed, BODY_PT, align=LEFT, height=6)
        page.text(WIDTH / 2, y + 12, WIDTH / 2, totals, BODY_PT, bold=True, align=RIGHT, height=6)
        return y + FIRST_TITLE

    def table(self, page: Canvas, y: float, rows: range) -> float:
        top = y
        page.fill(0, y, WIDTH, HEADER_ROW, SHADE)
        self.cells(page, y, HEADER_ROW, [self.text(c.title) for c in COLUMNS], bold=True)
        y += HEADER_ROW
        grid_bottom = y
        if not self.visitors:
            page.text(0, y, WIDTH, self.text(NOBODY), BODY_PT, height=ROW)
            y += ROW
        for index in rows:
            self.cells(page, y, ROW, self.values(index))
            box = 4.2
            check_x = WIDTH - COLUMNS[-1].width / 2 - box / 2
            page.frame(check_x, y + (ROW - box) / 2, box, box, weight=0.3)
            y += ROW
            grid_bottom = y
        x = 0.0
        for column in COLUMNS[:-1]:
            x += column.width
            page.vline(x, top, grid_bottom, weight=0.15)
        page.frame(0, top, WIDTH, y - top, weight=0.3)
        return y

    def values(self, index: int) -> list[str]:
        visitor = self.visitors[index]
        return [
            str(index + 1),
            visitor.name,
            str(visitor.party_size),
            visitor.host,
            visitor.purpose,
            visitor.ticket,
            arrival(visitor.arrived_at, self.zone, self.printed),
            "",  # ticked by hand at the count
        ]

    def cells(
        self, page: Canvas, y: float, height: float, values: list[str], *, bold: bool = False
    ) -> None:
        x = 0.0
        for column, value in zip(COLUMNS, values, strict=True):
            if value:
                text, size = page.fitted(value, column.width - 2 * PAD, BODY_PT, LEAST_PT)
                page.text(
                    x + PAD,
                    y,
                    column.width - 2 * PAD,
                    text,
                    size,
                    bold=bold,
                    align=column.align,
                    height=height,
                )
            x += column.width
        page.hline(y + height, weight=0.15)

    def sign_off(self, page: Canvas, y: float) -> None:
        x = 0.0
        for source, width in ((COUNTED_BY, 70.0), (COUNTED_AT, 60.0), (COUNTED, 50.0)):
            label = self.text(source)
            label_width = page.text_width(label, BODY_PT) + 2
            page.text(x, y, label_width, label, BODY_PT, align=LEFT, height=7)
            page.hline(y + 6.5, x + label_width, x + width - 5, weight=0.2)
            x += width

    def footer(self, page: Canvas, number: int, pages: int) -> None:
        y = page.height - FOOTER + 3
        page.hline(y - 1, weight=0.15)
        label = self.text(PAGE).format(page=number, pages=pages)
        page.text(0, y, WIDTH, label, SMALL_PT, height=5)
        title = self.text(DOCUMENT).format(office=self.office)
        title, size = page.fitted(title, WIDTH / 2 - 15, SMALL_PT, LEAST_PT)
        page.text(0, y, WIDTH / 2 - 15, title, size, align=LEFT, height=5)


def write_onsite_roll_pdf(
    path: str | Path,
    office_name: str,
    visitors: list[OnSiteVisitor],
    printed_at: datetime,
    time_zone: str,
    translate: Translate | None = None,
) -> None:
    tr = translate or qt_translate
    title = tr(CONTEXT, DOCUMENT).format(office=office_name)
    writer = pdf_writer(path, roll_page_layout(), title)
    _Roll(office_name, visitors, printed_at, time_zone, tr).paint(writer)
    fix_text_layer(path)


def print_onsite_roll(
    printer: QPrinter,
    office_name: str,
    visitors: list[OnSiteVisitor],
    printed_at: datetime,
    time_zone: str,
    translate: Translate | None = None,
) -> None:
    tr = translate or qt_translate
    printer.setPageLayout(roll_page_layout())
    printer.setDocName(tr(CONTEXT, DOCUMENT).format(office=office_name))
    _Roll(office_name, visitors, printed_at, time_zone, tr).paint(printer)
    fix_printer_output(printer)

"""A petitions notice (受理告知书, 不予受理告知书, 延期告知书, 答复意见书) on A4, laid out as
an official letter (GB/T 9704): the title centred in large type, the case number under it,
the addressee flush left ("张三："), the body paragraphs with a first-line indent of two
characters and lines justified to the margin, then the office and the date at the right,
the date four characters in from the margin and the office centred over it.

Every line is laid out once with QTextLayout against the paint device's own page, so a long
paragraph runs onto the next page line by line and the page count is known before anything
is drawn. The signature never stands alone on a page: the body's last lines go with it.
Page numbers ("— 1 —") sit at the foot, odd pages at the right, even pages at the left.

The notice arrives composed (reception.core.petitions.documents.compose_notice): its texts
are printed as they are; only the case-number line and the page number are this module's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing.canvas import BLACK, Canvas, Ruler, begin, content_rect, pdf_writer
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

if TYPE_CHECKING:
    from reception.core.petitions.documents import Notice

CONTEXT = "PetitionNotice"
# A notice is an official document issued in Chinese whatever the desk's language, like the
# templates of its body (core/petitions/documents.py): its number line is office text too.
CASE_NUMBER_LINE = "编号：{case_no}"
PAGE_NUMBER = QT_TRANSLATE_NOOP("PetitionNotice", "— {page} —")
DOCUMENT = QT_TRANSLATE_NOOP("PetitionNotice", "{title} {case_no}")

A4 = QSizeF(210, 297)
# GB/T 9704's type area is 156 × 225 mm: 37 mm from the top, 28 mm from the left edge.
TOP, LEFT_MARGIN, RIGHT_MARGIN, BOTTOM = 37.0, 28.0, 26.0, 25.0
WIDTH = A4.width() - LEFT_MARGIN - RIGHT_MARGIN  # 156 mm: 28 characters of body type
BODY_HEIGHT = 225.0  # 22 lines of body type
FOOTER = A4.height() - TOP - BOTTOM - BODY_HEIGHT  # 10 mm below the body for the page number
TITLE_PT = 22.0  # 二号
BODY_PT = 15.7  # 三号, 28 characters to a line
PAGE_PT = 14.0  # 四号
BODY_PITCH = BODY_HEIGHT / 22  # mm from one body line to the next
TITLE_PITCH = TITLE_PT * 25.4 / 72 * 1.5
INDENT_CHARS = 2  # first-line indent of a paragraph
DATE_RIGHT_CHARS = 4  # the date ends this many characters in from the right margin
SEAL_LINES = 2  # blank lines between the body and the signature, room for the seal
KEEP_WITH_SIGNATURE = 2  # body lines that go onto the signature's page with it


def notice_page_layout() -> QPageLayout:
    size = QPageSize(A4, QPageSize.Unit.Millimeter, "A4", QPageSize.SizeMatchPolicy.FuzzyMatch)
    margins = QMarginsF(LEFT_MARGIN, TOP, RIGHT_MARGIN, BOTTOM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


@dataclass
class _Line:
    """One laid-out line: where it goes across the type area and how much room it takes."""

    layout: QTextLayout  # kept alive: the line belongs to it
    line: QTextLine
    x: float  # mm from the left of the type area
    pitch: float  # mm from this line's top to the next line's top
    before: float = 0.0  # mm of space above it, dropped at the top of a page
    keep_with_next: bool = False


def _single_line(
    text: str, font: QFont, device: QPagedPaintDevice
) -> tuple[QTextLayout, QTextLine]:
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e7)  # one line, whatever its length
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout, line


def _justified(
    text: str, font: QFont, device: QPagedPaintDevice, width: float, most: float
) -> tuple[QTextLayout, QTextLine] | None:
    """`text` laid out again with the letter spacing that makes it `width` device units
    wide (the last character's advance is not seen), or None when it would take more than
    `most` units between two characters: a line broken before a long word stays ragged."""
    shown = text.rstrip()
    if len(shown) < 2:
        return None
    _layout, line = _single_line(shown, font, device)  # the line lives as long as its layout
    natural = line.naturalTextWidth()
    spacing = (width - natural) / (len(shown) - 1)
    if spacing <= 0 or spacing > most:
        return None
    spaced = QFont(font)  # canvas.font() is shared: never changed in place
    # The spacing is given in the screen's pixels and scaled to the device's: measured.
    spaced.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    _probe, probed = _single_line(shown, spaced, device)
    scale = (probed.naturalTextWidth() - natural) / (spacing * len(shown))
    if scale <= 0:
        return None
    spaced.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing / scale)
    return _single_line(shown, spaced, device)


def _layout_lines(
    page: Ruler,
    device: QPagedPaintDevice,
    text: str,
    points: float,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    indent: float = 0.0,
    right_inset: float = 0.0,
    justify: bool = False,
    pitch: float = BODY_PITCH,
) -> list[_Line]:
    """`text` broken into lines `page.width - right_inset` mm wide, the first `indent` mm
    narrower and further right. Chinese breaks between any two characters except before a
    closing mark (，。、：；！？）」 …), which the line breaker (UAX 14) keeps on the line;
    with `justify`, every line but the last is spaced out to end at the margin."""
    font = page.font(points, bold)
    layout = QTextLayout(text or " ", font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    unit = page.unit
    full = (page.width - right_inset) * unit
    lines: list[_Line] = []
    layout.beginLayout()
    try:
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            first = not lines
            line.setLineWidth(full - (indent * unit if first else 0.0))
            line.setPosition(QPointF(0, 0))
            x = indent if first else 0.0
            if align != Qt.AlignmentFlag.AlignLeft:
                room = (full - line.naturalTextWidth()) / unit - x
                x += room / 2 if align == Qt.AlignmentFlag.AlignHCenter else room
            lines.append(_Line(layout, line, max(0.0, x), pitch))
    finally:
        layout.endLayout()
    if justify:
        most = page.text_width("国", points) * unit
        for item in lines[:-1]:
            start, length = item.line.textStart(), item.line.textLength()
            width = item.line.width()
            spaced = _justified(text[start : start + length], font, device, width, most)
            if spaced is not None:
                item.layout, item.line = spaced
    return lines


def _char(page: Ruler, points: float) -> float:
    """The width of one Chinese character of body type, in mm."""
    return page.text_width("国", points)


def _lay_out(page: Ruler, device: QPagedPaintDevice, notice: Notice, tr: Translate) -> list[_Line]:
    """Every line of the notice in order, the signature (office and date) last."""
    char = _char(page, BODY_PT)
    lines: list[_Line] = []

    def add(block: list[_Line], before: float = 0.0, keep: bool = False) -> None:
        if block:
            block[0].before = before
            for line in block:
                line.keep_with_next = keep
            lines.extend(block)

    center = Qt.AlignmentFlag.AlignHCenter
    add(
        _layout_lines(
            page, device, notice.title, TITLE_PT, bold=True, align=center, pitch=TITLE_PITCH
        ),
        keep=True,
    )
    if notice.case_no:
        number = CASE_NUMBER_LINE.format(case_no=notice.case_no)
        add(_layout_lines(page, device, number, BODY_PT, align=center), BODY_PITCH * 0.3, True)
    addressee = notice.addressee.strip()
    if addressee:
        if not addressee.endswith(("：", ":")):
            addressee += "："
        add(_layout_lines(page, device, addressee, BODY_PT), BODY_PITCH, keep=True)
    body = len(lines)
    for paragraph in (p.strip() for p in notice.paragraphs):
        if not paragraph:
            continue
        first = len(lines) == body and not addressee  # the gap under the heading
        block = _layout_lines(
            page, device, paragraph, BODY_PT, indent=INDENT_CHARS * char, justify=True
        )
        add(block, BODY_PITCH if first else 0.0)
    for at in range(max(0, len(lines) - KEEP_WITH_SIGNATURE), len(lines)):
        lines[at].keep_with_next = True
    date_inset = DATE_RIGHT_CHARS * char
    date = _layout_lines(page, device, notice.date_line, BODY_PT, right_inset=date_inset)
    date_width = max((d.line.naturalTextWidth() / page.unit for d in date), default=0.0)
    date_left = page.width - date_inset - date_width
    for line in date:
        line.x = date_left
    if notice.office:
        office = _layout_lines(page, device, notice.office, BODY_PT)
        for line in office:
            width = line.line.naturalTextWidth() / page.unit
            centred = date_left + (date_width - width) / 2
            line.x = max(0.0, min(centred, page.width - width))  # a long name: flush right
        add(office, BODY_PITCH * (SEAL_LINES + 1), keep=True)
        add(date)
    else:
        add(date, BODY_PITCH * (SEAL_LINES + 1))
    return lines


def _paginate(lines: Sequence[_Line], height: float) -> list[list[tuple[_Line, float]]]:
    """Each page's lines with their tops (mm). A line that must stay with the next takes
    the chain of them to the next page when the chain does not fit."""
    pages: list[list[tuple[_Line, float]]] = [[]]
    y = 0.0
    index = 0
    while index < len(lines):
        line = lines[index]
        before = line.before if pages[-1] else 0.0
        need = before + line.pitch
        after = index
        while lines[after].keep_with_next and after + 1 < len(lines):
            after += 1
            need += lines[after].before + lines[after].pitch
        if y + need > height + 0.01 and pages[-1]:
            chained = after > index and need <= height
            if chained or y + before + line.pitch > height + 0.01:
                pages.append([])
                y = 0.0
                before = 0.0
        y += before
        pages[-1].append((line, y))
        y += line.pitch
        index += 1
    return pages


def _paint_line(page: Canvas, line: _Line, y: float) -> None:
    text_line = line.line
    top = y + max(0.0, (line.pitch - text_line.height() / page.unit) / 2)
    page.painter.setPen(BLACK)
    text_line.draw(page.painter, page.at(line.x, top))


def paint_notice(
    device: QPagedPaintDevice, notice: Notice, translate: Translate | None = None
) -> int:
    """Draw every page of the notice on `device`; returns the number of pages."""
    tr = translate or qt_translate
    painter: QPainter = begin(device)
    try:
        rect = content_rect(device)
        ruler = Ruler(rect, WIDTH)
        height = ruler.height - FOOTER
        pages = _paginate(_lay_out(ruler, device, notice, tr), height)
        page_text = tr(CONTEXT, PAGE_NUMBER)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            page = Canvas(painter, rect, WIDTH)
            for line, y in placed:
                _paint_line(page, line, y)
            label = page_text.format(page=number)
            side = Qt.AlignmentFlag.AlignRight if number % 2 else Qt.AlignmentFlag.AlignLeft
            inset = _char(page, PAGE_PT)
            page.text(
                inset,
                page.height - FOOTER + 3,
                page.width - 2 * inset,
                label,
                PAGE_PT,
                align=side,
                height=6,
            )
        return len(pages)
    finally:
        painter.end()


def document_title(notice: Notice, translate: Translate | None = None) -> str:
    tr = translate or qt_translate
    return tr(CONTEXT, DOCUMENT).format(title=notice.title, case_no=notice.case_no).strip()


def write_notice_pdf(notice: Notice, path: str | Path, translate: Translate | None = None) -> int:
    """Write the notice as a PDF; returns the number of pages."""
    tr = translate or qt_translate
    pages = paint_notice(
        pdf_writer(path, notice_page_layout(), document_title(notice, tr)), notice, tr
    )
    fix_text_layer(path)
    return pages


def print_notice(printer: QPrinter, notice: Notice, translate: Translate | None = None) -> int:
    """Print on `printer` (A4, or a PDF file); returns the number of pages."""
    tr = translate or qt_translate
    printer.setPageLayout(notice_page_layout())
    printer.setDocName(document_title(notice, tr))
    pages = paint_notice(printer, notice, tr)
    fix_printer_output(printer)
    return pages

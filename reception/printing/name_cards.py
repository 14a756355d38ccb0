"""Name cards (桌签, DOMAIN.md section 4): one folded card per A4 landscape page. The sheet is
folded along its middle into a tent; the name is printed large on both faces, the lower
face upright and the upper face turned upside down, so that once folded each face reads
the right way up from its own side of the table. The post, when given, goes small under
the name. Names arrive in precedence order and are printed in that order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP
from reception.printing.canvas import BLACK, Canvas, begin, content_rect, pdf_writer
from reception.printing.gui import Translate, qt_translate
from reception.printing.pdf_text import fix_printer_output, fix_text_layer

if TYPE_CHECKING:
    from reception.core.protocol.events import ChartView

CONTEXT = "NameCards"
DOCUMENT = QT_TRANSLATE_NOOP("NameCards", "Name cards {title}")
NO_CARDS = QT_TRANSLATE_NOOP("Errors", "There are no name cards to print.")

MARGIN = 10.0
WIDTH = 297 - 2 * MARGIN  # 277 mm across the landscape sheet
NAME_PT = 150.0  # two or three characters fill most of a face
LEAST_NAME_PT = 40.0
POST_PT = 20.0
LEAST_POST_PT = 10.0


@dataclass(frozen=True)
class NameCard:
    name: str
    post: str = ""


def cards_of(chart: ChartView) -> list[NameCard]:
    """A chart's cards: the seated people in the one precedence order."""
    return [NameCard(seat.person.name, seat.person.post) for seat in chart.in_precedence_order()]


def card_page_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def spaced_name(name: str) -> str:
    """A two-character Chinese name is set with a full-width space between its characters
    (王　芳), as name cards are; other names as they are."""
    text = name.strip()
    if len(text) == 2 and all("\u4e00" <= char <= "\u9fff" for char in text):
        return f"{text[0]}\u3000{text[1]}"
    return text


def _face(page: Canvas, top: float, height: float, card: NameCard) -> None:
    """One face, upright, in the band [top, top + height) mm of the page."""
    width = page.width * 0.92
    left = (page.width - width) / 2
    # fitted() measures regular type; the bold name is a little wider.
    name, size = page.fitted(spaced_name(card.name), width * 0.94, NAME_PT, LEAST_NAME_PT)
    # The type is also bounded by the face's height, so that the post still fits under it.
    while size > LEAST_NAME_PT and page.line_height(size, bold=True) > height * 0.72:
        size -= 2
    name_height = page.line_height(size, bold=True)
    post = ""
    post_size = POST_PT
    post_height = 0.0
    if card.post.strip():
        post, post_size = page.fitted(card.post.strip(), width, POST_PT, LEAST_POST_PT)
        post_height = page.line_height(post_size) + 2
    y = top + max(0.0, (height - name_height - post_height) / 2)
    page.text(left, y, width, name, size, bold=True, height=name_height)
    if post:
        page.text(left, y + name_height + 2, width, post, post_size, height=post_height - 2)


def paint_name_card(page: Canvas, card: NameCard) -> None:
    """Both faces of the card and the fold between them."""
    half = page.height / 2
    painter = page.painter
    # The upper face is turned half a turn about its own centre: upside down on the sheet.
    centre = page.at(page.width / 2, half / 2)
    painter.save()
    painter.translate(centre)
    painter.rotate(180)
    painter.translate(-centre)
    _face(page, 0, half, card)
    painter.restore()
    _face(page, half, half, card)
    pen = QPen(BLACK, 0.2 * page.unit, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(page.at(0, half), QPointF(page.at(page.width, half)))


def _render(device: QPagedPaintDevice, cards: Sequence[NameCard]) -> int:
    painter: QPainter = begin(device)
    try:
        for number, card in enumerate(cards):
            if number:
                device.newPage()
            paint_name_card(Canvas(painter, content_rect(device), WIDTH), card)
    finally:
        painter.end()
    return len(cards)


def document_title(title: str, tr: Translate) -> str:
    return tr(CONTEXT, DOCUMENT).format(title=title).strip()


def _checked(cards: Sequence[NameCard]) -> list[NameCard]:
    kept = [card for card in cards if card.name.strip()]
    if not kept:
        raise InvalidInput(NO_CARDS)
    return kept


def write_name_cards_pdf(
    cards: Sequence[NameCard], path: str | Path, title: str = "", translate: Translate | None = None
) -> int:
    """One page per card; returns the number of pages."""
    tr = translate or qt_translate
    kept = _checked(cards)
    pages = _render(pdf_writer(path, card_page_layout(), document_title(title, tr)), kept)
    fix_text_layer(path)
    return pages


def print_name_cards(
    printer: QPrinter,
    cards: Sequence[NameCard],
    title: str = "",
    translate: Translate | None = None,
) -> int:
    tr = translate or qt_translate
    kept = _checked(cards)
    printer.setPageLayout(card_page_layout())
    printer.setDocName(document_title(title, tr))
    pages = _render(printer, kept)
    fix_printer_output(printer)
    return pages

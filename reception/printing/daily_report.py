"""The daily report (接待工作日报) on A4 through the flowing document of printing/flow.py:
the title and the date, the summary's paragraphs (indented two characters), the notable
events numbered, then the tables (header repeated on a new page) and the charts, drawn by
hand (printing/report_charts.py). Runs off the GUI thread: only QPdfWriter and QPainter.

The content arrives composed (reception.core.reports.content); like a notice, the report
is an official document in Chinese whatever the desk's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter

from reception.core.reports.content import (
    SECTION_EVENTS,
    SECTION_SUMMARY,
    SECTION_TABLES,
    ChartContent,
    ReportContent,
    TableContent,
)
from reception.printing.canvas import Canvas, pdf_writer
from reception.printing.flow import (
    CENTER,
    LEFT,
    RIGHT,
    WIDTH,
    Block,
    Column,
    Document,
    Gap,
    Heading,
    Item,
    Note,
    Row,
    Table,
    a4_layout,
    table_items,
)
from reception.printing.pdf_text import fix_printer_output, fix_text_layer
from reception.printing.report_charts import paint_chart

MARK = "内部资料"
PAGE_LABEL = "第{page}页　共{pages}页"
CONTINUED = "{title}（续）"
INDENT = "　　"  # two ideographic spaces: the first line of a paragraph
TITLE_PT = 20.0
SECTION_PT = 13.0
BODY_PT = 11.5
CHART_HEIGHT = 62.0  # mm


def _table_items(content: TableContent) -> list[Item]:
    columns = [
        Column(title, WIDTH * share, RIGHT if numeric else LEFT, wrap=not numeric)
        for title, share, numeric in zip(
            content.headers, content.widths, content.numeric, strict=True
        )
    ]
    table = Table(content.caption, columns, CONTINUED.format(title=content.caption))
    items = table_items(table, [list(row) for row in content.rows])
    if content.total is not None:
        total = Row(table, list(content.total), bold=True)
        total.keep_with_next = True  # flow carries the last rows along: it never stands alone
        items.append(total)
    return items


def _chart_items(chart: ChartContent) -> list[Item]:
    def draw(page: Canvas, y: float) -> None:
        rect = page.box(0, y, page.width, CHART_HEIGHT)
        paint_chart(page.painter, QRectF(rect), chart, page.unit)

    return [
        Heading(chart.caption, 11, before=3.0, after=1.0),
        Block(CHART_HEIGHT, draw),
    ]


def report_document(content: ReportContent) -> Document:
    text = content.text
    items: list[Item] = [
        Heading(text.title, TITLE_PT, align=CENTER, before=2.0, after=2.0),
        Note(text.date_line, BODY_PT, align=CENTER, after=4.0),
        Heading(SECTION_SUMMARY, SECTION_PT, before=1.0),
    ]
    items += [Note(INDENT + paragraph, BODY_PT, after=1.5) for paragraph in text.paragraphs]
    items.append(Heading(SECTION_EVENTS, SECTION_PT, before=3.0))
    numbered = len(text.events) > 1
    for number, event in enumerate(text.events, start=1):
        items.append(Note(f"{number}．{event}" if numbered else INDENT + event, BODY_PT, after=1.0))
    if content.tables or content.charts:
        items.append(Heading(SECTION_TABLES, SECTION_PT, before=3.0))
    for table in content.tables:
        items += _table_items(table)
        items.append(Gap(4.0))
    for chart in content.charts:
        items += _chart_items(chart)
    return Document(
        office=content.office,
        title=content.document_title,
        items=items,
        mark=MARK,
        page_label=PAGE_LABEL,
    )


def paint_report(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Draw every page on `device`; returns the number of pages."""
    return report_document(content).paint(device)


def write_report_pdf(content: ReportContent, path: str | Path) -> int:
    """Write the report as an A4 PDF; returns the number of pages."""
    pages = paint_report(pdf_writer(path, a4_layout(), content.document_title), content)
    fix_text_layer(path)
    return pages


def print_report(printer: QPrinter, content: ReportContent) -> int:
    """Print on `printer` (A4, or a PDF file); returns the number of pages."""
    printer.setPageLayout(a4_layout())
    printer.setDocName(content.document_title)
    pages = paint_report(printer, content)
    fix_printer_output(printer)
    return pages

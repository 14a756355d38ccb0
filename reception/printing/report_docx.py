"""The daily report as a Word file (python-docx), for the office to edit before it goes up:
the same content as the PDF (reception.core.reports.content), the paragraphs as Word
paragraphs with a first-line indent of two characters, the tables as Word tables and the
charts as PNG pictures drawn by printing/report_charts.py. A4 with the margins of an
official document (GB/T 9704: 37 mm top, 28 mm left)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from docx import Document as new_document
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.run import Run

from reception.core.reports.content import (
    SECTION_EVENTS,
    SECTION_SUMMARY,
    SECTION_TABLES,
    ReportContent,
    TableContent,
)
from reception.printing.report_charts import chart_png

BODY_FONT = "仿宋"  # FangSong: the body type of an official document
HEADING_FONT = "黑体"  # SimHei: the first level of headings
TITLE_FONT = "宋体"  # SimSun, bold, where 方正小标宋 is not installed
TABLE_FONT = "宋体"
BODY_PT = 14.0  # 四号
TITLE_PT = 22.0  # 二号
HEADING_PT = 16.0  # 三号
TABLE_PT = 10.5  # 五号
TEXT_WIDTH_MM = 156.0
CHART_HEIGHT_MM = 62.0


def _font(run: Run, name: str, points: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(points)
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)  # Chinese text takes the East Asian font


def _paragraph(
    doc: Document,
    text: str,
    font: str,
    points: float,
    *,
    bold: bool = False,
    center: bool = False,
    indent: bool = False,
    after: float = 0.0,
) -> None:
    paragraph = doc.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Pt(points * 2)
    paragraph.paragraph_format.space_after = Pt(after)
    _font(paragraph.add_run(text), font, points, bold)


def _table(doc: Document, content: TableContent) -> None:
    _paragraph(doc, content.caption, HEADING_FONT, TABLE_PT + 1, after=3)
    rows = [content.headers, *content.rows]
    if content.total is not None:
        rows.append(content.total)
    table = doc.add_table(rows=len(rows), cols=len(content.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, share in zip(table.columns, content.widths, strict=True):
        for cell in column.cells:
            cell.width = Mm(TEXT_WIDTH_MM * share)
    last = len(rows) - 1
    for index, values in enumerate(rows):
        bold = index == 0 or (content.total is not None and index == last)
        for cell, value, numeric in zip(
            table.rows[index].cells, values, content.numeric, strict=True
        ):
            paragraph = cell.paragraphs[0]
            if index == 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(paragraph.add_run(value), TABLE_FONT, TABLE_PT, bold)
    _paragraph(doc, "", BODY_FONT, TABLE_PT)


def report_docx(content: ReportContent) -> Document:
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    doc.core_properties.title = content.document_title
    doc.core_properties.author = content.office
    text = content.text
    _paragraph(doc, text.title, TITLE_FONT, TITLE_PT, bold=True, center=True, after=6)
    _paragraph(doc, text.date_line, BODY_FONT, BODY_PT, center=True, after=12)
    _paragraph(doc, SECTION_SUMMARY, HEADING_FONT, HEADING_PT, after=3)
    for paragraph in text.paragraphs:
        _paragraph(doc, paragraph, BODY_FONT, BODY_PT, indent=True, after=3)
    _paragraph(doc, SECTION_EVENTS, HEADING_FONT, HEADING_PT, after=3)
    numbered = len(text.events) > 1
    for number, event in enumerate(text.events, start=1):
        line = f"{number}．{event}" if numbered else event
        _paragraph(doc, line, BODY_FONT, BODY_PT, indent=True, after=2)
    if content.tables or content.charts:
        _paragraph(doc, SECTION_TABLES, HEADING_FONT, HEADING_PT, after=3)
    for table in content.tables:
        _table(doc, table)
    for chart in content.charts:
        _paragraph(doc, chart.caption, HEADING_FONT, TABLE_PT + 1, after=3)
        picture = chart_png(chart, TEXT_WIDTH_MM, CHART_HEIGHT_MM)
        doc.add_picture(BytesIO(picture), width=Mm(TEXT_WIDTH_MM))
    return doc


def write_report_docx(content: ReportContent, path: str | Path) -> None:
    """Write the report as a .docx file."""
    report_docx(content).save(str(path))

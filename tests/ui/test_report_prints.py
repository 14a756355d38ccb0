"""The reports' PDF and Word file (printing/daily_report.py, printing/report_docx.py)
for a fixed day (tests.unit.test_report_daily.fixed_report): the PDF is A4, its text read
back by pdftotext holds every paragraph and event, its type is the SC face, its pages are
rendered by pdftoppm and the charts' bars are there; the Word file, opened with
python-docx, holds the same paragraphs, the tables as Word tables and a picture per chart.
The monthly report (tests.unit.test_report_monthly.fixed_report) is drawn by the same
renderers and looked at the same way."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from reception.core.reports.content import ReportContent, report_content
from reception.core.reports.monthly_content import monthly_content
from reception.printing.daily_report import write_report_pdf
from reception.printing.report_charts import BAR, chart_png
from reception.printing.report_docx import write_report_docx
from tests.unit.test_report_daily import EXPECTED_EVENTS, EXPECTED_PARAGRAPHS, fixed_report
from tests.unit.test_report_monthly import EXPECTED_EVENTS as MONTH_EVENTS
from tests.unit.test_report_monthly import EXPECTED_PARAGRAPHS as MONTH_PARAGRAPHS
from tests.unit.test_report_monthly import fixed_report as fixed_month


def squeezed(text: str) -> str:
    """pdftotext breaks lines and may drop a space; compare without any white space."""
    return re.sub(r"\s+", "", text)


def content() -> ReportContent:
    return report_content(fixed_report(so_far=True))


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _bar_pixels(image: QImage) -> int:
    """Pixels of the bars' colour, give or take antialiasing, in every 2nd row and column."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            if (
                abs(colour.red() - BAR.red()) < 12
                and abs(colour.green() - BAR.green()) < 12
                and abs(colour.blue() - BAR.blue()) < 12
            ):
                found += 1
    return found


def _pdf_text(
    path: Path,
    pages: int,
    heading: tuple[str, str],
    paragraphs: Sequence[str],
    events: Sequence[str],
) -> str:
    """The PDF's text, squeezed, once it is checked to be A4 of `pages` pages holding its
    title and date line, every paragraph and every event."""
    info = _run("pdfinfo", str(path))
    assert re.search(r"Page size:\s+595(\.\d+)? x 842", info)
    assert re.search(rf"Pages:\s+{pages}\n", info)
    text = squeezed(_run("pdftotext", "-layout", str(path), "-"))
    for line in (*heading, *paragraphs, *events):
        assert squeezed(line) in text
    return text


def _page_images(path: Path, pages: int, stem: Path) -> list[QImage]:
    """The PDF's pages rendered, once it is checked that the first holds no bars (the words
    and events only) and the others hold the charts'."""
    _run("pdftoppm", "-r", "40", "-png", str(path), str(stem))
    images = [QImage(str(image)) for image in sorted(stem.parent.glob(f"{stem.name}-*.png"))]
    assert len(images) == pages
    bars = [_bar_pixels(image) for image in images]
    assert bars[0] == 0
    assert sum(bars) > 200
    return images


def _word_paragraphs(
    report: ReportContent, path: Path, paragraphs: Sequence[str], events: Sequence[str]
) -> tuple[Any, list[str]]:
    """The Word file written and read back, once it is checked to hold every paragraph, every
    event numbered, the tables as Word tables and a picture per chart; and its paragraphs."""
    write_report_docx(report, path)
    document = docx.Document(str(path))
    shown = [p.text for p in document.paragraphs]
    for paragraph in paragraphs:
        assert paragraph in shown
    for number, event in enumerate(events, start=1):
        assert f"{number}．{event}" in shown
    assert len(document.tables) == len(report.tables)
    assert len(document.inline_shapes) == len(report.charts)
    return document, shown


def test_the_pdf_holds_the_words_in_sc_type_with_its_tables_and_charts(
    qapp: QApplication, tmp_path: Path
) -> None:
    report = content()
    path = tmp_path / "daily.pdf"
    pages = write_report_pdf(report, path)
    assert pages >= 2
    heading = ("接待工作日报", "2026年11月25日（星期三）")
    text = _pdf_text(path, pages, heading, EXPECTED_PARAGRAPHS, EXPECTED_EVENTS)
    for caption in ("表1各窗口叫号办理情况", "图1来访人次分时分布", "图3未来1晚客房入住"):
        assert caption in text
    fonts = _run("pdffonts", str(path))
    assert "NotoSansCJKsc" in fonts
    assert "NotoSansCJKjp" not in fonts
    first = _page_images(path, pages, tmp_path / "page")[0]
    assert abs(first.width() / first.height() - 210 / 297) < 0.01


def test_the_word_file_holds_the_paragraphs_the_tables_and_a_picture_per_chart(
    qapp: QApplication, tmp_path: Path
) -> None:
    report = content()
    path = tmp_path / "daily.docx"
    document, paragraphs = _word_paragraphs(report, path, EXPECTED_PARAGRAPHS, EXPECTED_EVENTS)
    assert paragraphs[:2] == ["接待工作日报", "2026年11月25日（星期三）"]
    first = document.tables[0]
    assert [cell.text for cell in first.rows[0].cells] == list(report.tables[0].headers)
    assert [cell.text for cell in first.rows[1].cells] == ["综合业务", "120", "6"]
    assert [cell.text for cell in first.rows[-1].cells] == ["合计", "120", "6"]
    assert document.core_properties.title == report.document_title
    fonts = {run.font.name for p in document.paragraphs for run in p.runs if run.text}
    assert fonts <= {"仿宋", "黑体", "宋体"}


def test_a_chart_picture_is_a_png_of_the_size_asked_with_its_bars(qapp: QApplication) -> None:
    chart = content().charts[0]
    image = QImage()
    assert image.loadFromData(chart_png(chart, 160, 60, dpi=100))
    assert (image.width(), image.height()) == (630, 236)
    assert _bar_pixels(image) > 100


# -- the monthly report ----------------------------------------------------------------------


def test_the_monthly_pdf_holds_its_words_tables_and_charts(
    qapp: QApplication, tmp_path: Path
) -> None:
    report = monthly_content(fixed_month())
    path = tmp_path / "monthly.pdf"
    pages = write_report_pdf(report, path)
    text = _pdf_text(path, pages, ("接待工作月报", "2026年10月"), MONTH_PARAGRAPHS, MONTH_EVENTS)
    for caption in (
        "表1主要指标对比",
        "图1" + "10月来访人次按日分布",
        "图3" + "10月客房入住率（按日）",
    ):
        assert caption in text
    assert "较上年同期提高5.6个百分点" in text
    _page_images(path, pages, tmp_path / "month")


def test_the_monthly_word_file_holds_the_same_content(qapp: QApplication, tmp_path: Path) -> None:
    report = monthly_content(fixed_month())
    path = tmp_path / "monthly.docx"
    document, paragraphs = _word_paragraphs(report, path, MONTH_PARAGRAPHS, MONTH_EVENTS)
    assert paragraphs[:2] == ["接待工作月报", "2026年10月"]
    first = document.tables[0]
    assert [cell.text for cell in first.rows[0].cells] == [
        "指标",
        "本月",
        "上月",
        "环比",
        "上年同期",
        "同比",
    ]
    assert [cell.text for cell in first.rows[1].cells] == [
        "来访接待（人次）",
        "2000",
        "1600",
        "增加25%",
        "无数据",
        "—",
    ]
    assert document.core_properties.title == "接待工作月报　2026年10月"

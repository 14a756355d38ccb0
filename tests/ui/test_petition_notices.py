"""Petitions notices as a petitioner gets them (reception.printing.petition_notices): the
PDF's text read back by pdftotext (poppler), its words' boxes measured, its pages counted.
Laid out as an official letter: the title centred, the addressee flush left, each paragraph
indented two characters and its lines ending at the margin, the office and date at the
right, a long notice running onto the next page with nothing cut."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from reception.core.petitions.documents import DocumentKind, Notice, compose_notice
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.workflow import take_step
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.printing.petition_notices import (
    BODY_PT,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP,
    print_notice,
    write_notice_pdf,
)
from tests.ui.test_slip_printing import page_points, pdf_printer, pdf_text, squeezed

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

OFFICE = "示范市人民政府办公室信访接待处"  # 人 and 民 share glyphs with radicals
TODAY = date(2026, 11, 25)
A4_POINTS = (595, 842)
PT_PER_MM = 72 / 25.4
ZH: dict[tuple[str, str], str] = {}  # the notice is Chinese office text: nothing to translate
LONG = (
    "你（你们）于2026年11月10日以走访形式提出的关于城东区和平里片区房屋征收补偿标准偏低、"
    "补偿款至今未足额发放，要求相关部门依法核实并予以补发的信访事项，本机关已收悉。"
    "经审查，该事项符合《信访工作条例》规定的受理条件，本机关决定予以受理。"
)


def zh(context: str, source: str) -> str:
    return ZH.get((context, source), source)


@dataclass(frozen=True)
class Line:
    page: int
    text: str
    left: float  # points from the page's left edge
    right: float
    top: float
    bottom: float


def lines_of(path: Path) -> tuple[list[Line], float, float]:
    """Every text line with its box, and the page's width and height in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size is not None
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for box, body in re.findall(r"<line ([^>]*)>(.*?)</line>", page, re.S):
            edges = dict(re.findall(r'(\w+)="([\d.]+)"', box))
            words = "".join(re.findall(r"<word [^>]*>([^<]*)</word>", body))
            found.append(
                Line(
                    number,
                    words,
                    float(edges["xMin"]),
                    float(edges["xMax"]),
                    float(edges["yMin"]),
                    float(edges["yMax"]),
                )
            )
    return found, float(size.group(1)), float(size.group(2))


def pages_of(path: Path) -> list[str]:
    return pdf_text(path).split("\f")


def notice(*paragraphs: str, addressee: str = "张三") -> Notice:
    return Notice(
        kind=DocumentKind.ACCEPTANCE,
        title="信访事项受理告知书",
        case_no="XF2026-000123",
        addressee=addressee,
        paragraphs=list(paragraphs),
        office=OFFICE,
        date_line="2026年11月25日",
    )


@pytest.fixture
def composed(db: Database, admin: Actor, staff: dict[Role, Actor]) -> Notice:
    """An acceptance notice composed by the desk's service for a registered, accepted case."""
    officer = staff[Role.PETITIONS_OFFICER]
    with db.unit() as session:
        update_settings(session, admin, office_name=OFFICE)
    form = IntakeForm(
        form="visit",
        received_on=date(2026, 11, 10),
        summary="反映和平里小区电梯长期失修，物业公司拒不维修",
        petitioners=[PetitionerForm("欧阳长民", "110105194912310011", "13812345678")],
    )
    with db.unit() as session:
        case = register_case(session, officer, form, today=TODAY)
        take_step(session, officer, case.id, "accept", on=TODAY, today=TODAY)
        return compose_notice(session, officer, case.id, DocumentKind.ACCEPTANCE, today=TODAY)


def test_a_composed_notice_reads_whole(
    qapp: QApplication, tmp_path: Path, composed: Notice
) -> None:
    path = tmp_path / "notice.pdf"
    assert write_notice_pdf(composed, path, zh) == 1
    assert page_points(path) == A4_POINTS
    text = squeezed(pdf_text(path))
    for part in (
        composed.title,
        "编号：" + composed.case_no,
        "欧阳长民：",
        *composed.paragraphs,
        OFFICE,
        "2026年11月25日",
        "—1—",
    ):
        assert squeezed(part) in text, part
    assert "反映和平里小区电梯长期失修" in text and "2027年" in text  # the handling deadline


def test_the_layout_of_an_official_letter(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notice_pdf(notice(LONG, "特此告知。"), path)
    lines, width, _ = lines_of(path)
    left, right = LEFT_MARGIN * PT_PER_MM, width - RIGHT_MARGIN * PT_PER_MM
    title, number, addressee, first, *body = lines
    assert title.text == "信访事项受理告知书"
    assert number.text == "编号：XF2026-000123"  # Chinese whatever the desk language
    assert abs((title.left + title.right) / 2 - (left + right) / 2) < 2  # centred
    assert abs((number.left + number.right) / 2 - (left + right) / 2) < 2
    assert title.bottom - title.top > 1.25 * (first.bottom - first.top)  # larger type
    assert title.top >= TOP * PT_PER_MM - 2
    assert addressee.text == "张三：" and abs(addressee.left - left) < 1
    char = BODY_PT  # a Chinese character is one em wide
    indent = first.left - left  # two characters
    assert indent > 1.6 * char
    assert indent < 2.4 * char
    continued = body[: next(i for i, line in enumerate(body) if line.text == "特此告知。")]
    assert len(continued) >= 2
    for line in [first, *continued[:-1]]:  # justified: every line but the last ends at the margin
        assert abs(line.right - right) < 2, line
    assert all(abs(line.left - left) < 1 for line in continued)
    assert continued[-1].right < right - char  # the paragraph's last line is not stretched
    office, day = lines[-3], lines[-2]
    assert (office.text, day.text, lines[-1].text) == (OFFICE, "2026年11月25日", "—1—")
    closing = next(line for line in body if line.text == "特此告知。")
    assert office.top - closing.bottom > 2 * char  # room for the seal
    assert right - 4.5 * char < day.right < right - 3.5 * char  # four characters in
    assert abs((office.left + office.right) / 2 - (day.left + day.right) / 2) < 2  # centred on it
    assert "".join(line.text for line in [first, *continued]) == squeezed(LONG)


def test_a_long_notice_runs_onto_more_pages_and_nothing_is_cut(
    qapp: QApplication, tmp_path: Path
) -> None:
    paragraphs = [f"第{n}段：{LONG}" for n in range(1, 9)] + ["特此告知。"]
    path = tmp_path / "long.pdf"
    pages = write_notice_pdf(notice(*paragraphs), path, zh)
    shown = [squeezed(p) for p in pages_of(path) if p.strip()]
    assert pages == len(shown)
    assert pages >= 2
    for number, page in enumerate(shown, start=1):
        assert page.endswith(f"—{number}—")
        assert (OFFICE in page) == (number == pages)  # the signature with the last lines
    text = "".join(page[: page.rindex("—", 0, -1)] for page in shown)  # without the numbers
    for paragraph in paragraphs:
        assert squeezed(paragraph) in text, paragraph[:8]
    assert shown[-1].index("特此告知。") < shown[-1].index(OFFICE)
    lines, width, height = lines_of(path)
    for line in lines:
        assert line.left > LEFT_MARGIN * PT_PER_MM - 1 and line.right < width - 20 * PT_PER_MM
        assert line.top > TOP * PT_PER_MM - 2 and line.bottom < height - 15 * PT_PER_MM
    numbers = {line.page: line for line in lines if line.text.startswith("—")}
    assert numbers[1].right > width / 2 > numbers[2].right  # odd at the right, even at the left


def test_the_signature_never_stands_alone(qapp: QApplication, tmp_path: Path) -> None:
    """However long the body, the office and date share their page with its last lines."""
    for count in range(3, 9):
        paragraphs = [LONG] * count + ["特此告知。"]
        path = tmp_path / f"n{count}.pdf"
        write_notice_pdf(notice(*paragraphs), path)
        last = squeezed([p for p in pages_of(path) if p.strip()][-1])
        assert OFFICE in last and "特此告知。" in last, count
        body = last[: last.index("特此告知。")]
        assert body, count  # at least one line of the paragraphs before it came along


def test_printed_to_a_printer(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "printed.pdf"
    pages = print_notice(pdf_printer(path), notice(LONG, "特此告知。", addressee=""), zh)
    assert pages == 1 and page_points(path) == A4_POINTS
    text = squeezed(pdf_text(path))
    assert "编号：XF2026-000123" in text and squeezed(LONG) in text and OFFICE in text
    assert "：" + squeezed(LONG)[:4] not in text  # no addressee line when there is none

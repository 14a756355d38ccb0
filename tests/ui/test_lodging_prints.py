"""The guesthouse's prints as a person gets them: the PDFs' text read back by pdftotext
(poppler), their pages counted, and the desk's print/save choice driven like a clerk."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from reception.core.lodging import stays
from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import add_guest
from reception.core.lodging.lists import (
    PRINT_LIAISON_PHONE,
    DayLine,
    DayLists,
    RoomCard,
)
from reception.core.lodging.programme import ActivityForm, add_activity
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.lodging.stays import Booking
from reception.core.lodging.views import GuestNeeds
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.printing import flow
from reception.printing.day_lists import write_day_lists_pdf
from reception.printing.room_card import write_room_card_pdf
from reception.ui.lodging.lodging_prints import (
    LodgingPrint,
    print_day_lists,
    print_reception_list,
    print_room_card,
)
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session
from tests.ui.test_slip_printing import (
    page_points,
    pdf_info,
    pdf_printer,
    pdf_text,
    squeezed,
    words_and_page,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

D1 = date(2026, 12, 1)
ZONE = ZoneInfo("Asia/Shanghai")
OFFICE = "某某市人民政府办公室接待处"  # 人 and 民 share glyphs with radicals
ID_NUMBER = "110105194912310011"
PHONE = "13812345678"
A6_POINTS = (297, 420)
A4_POINTS = (595, 842)
ZH = {
    ("RoomCard", "Room"): "房间",
    ("RoomCard", "Please note"): "特别关照",
    ("RoomCard", "{year}-{month:02d}-{day:02d} {weekday}"): "{year}年{month}月{day}日 {weekday}",
    ("Prints", "Tuesday"): "星期二",
    ("GuestNeeds", "Halal meals"): "清真餐",
    ("GuestNeeds", "Allergies: {allergies}"): "过敏：{allergies}",
    ("DayLists", "Needs"): "特别需求",
    ("Ranks", "Bureau level, chief"): "厅局级正职",
}


def text_of(path: Path) -> str:
    """pdftotext's text; Noto CJK draws the en dash with the figure dash's glyph, which the
    PDF's text layer then names (U+2012), so the two are read as one."""
    return pdf_text(path).replace("\u2012", "\u2013")


def zh(context: str, source: str) -> str:
    return ZH.get((context, source), source)


def day(n: int) -> date:
    return D1 + timedelta(days=n - 1)


@pytest.fixture
def desk(db: Database, admin: Actor, staff: dict[Role, Actor]) -> DeskSession:
    with db.unit() as s:
        update_settings(s, admin, office_name=OFFICE)
    return desk_session(db, Role.LODGING_CLERK.value, PASSWORD)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _delegation(db: Database, clerk: Actor) -> int:
    form = DelegationForm(
        name="省发改委考察组",
        unit="某省发展和改革委员会",
        purpose="项目考察",
        letter_ref="发改函〔2026〕12号",
        liaison_name="李长江",
        liaison_phone=PHONE,
        arrive=day(1),
        depart=day(5),
    )
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def _guest(db: Database, clerk: Actor, team: int, name: str, **fields: object) -> int:
    form = replace(GuestForm(name=name, gender="male", post="处长", rank="county_chief"), **fields)  # type: ignore[arg-type]
    with db.unit() as s:
        return add_guest(s, clerk, team, form, today=D1).id


def _room(db: Database, clerk: Actor, number: str, kind: str = "standard", rate: int = 280) -> int:
    with db.unit() as s:
        return add_room(s, clerk, RoomForm(number, kind, 1, rate_yuan=rate)).id


def _book(db: Database, clerk: Actor, room_id: int, guest_id: int, a: int, d: int) -> int:
    with db.unit() as s:
        return stays.book(s, clerk, Booking(room_id, guest_id, day(a), day(d), "测试")).id


@pytest.fixture
def booked(db: Database, desk: DeskSession) -> dict[str, int]:
    clerk = desk.actor
    team = _delegation(db, clerk)
    head = _guest(
        db, clerk, team, "欧阳晓明", rank="bureau_chief", is_head=True, post="副主任",
        halal=True, allergies="花生", mobility="使用轮椅", id_number=ID_NUMBER,
    )  # fmt: skip
    other = _guest(db, clerk, team, "周强", rank="staff", post="科员")
    stay = _book(db, clerk, _room(db, clerk, "1208", "ordinary_suite", 680), head, 1, 4)
    _book(db, clerk, _room(db, clerk, "301"), other, 1, 3)
    with db.unit() as s:
        start = datetime(2026, 12, 2, 9, 30, tzinfo=ZONE)
        form = ActivityForm(
            start, start + timedelta(hours=2), "第三会议室", "座谈交流", "张主任", 0
        )
        add_activity(s, clerk, team, form)
        lunch = datetime(2026, 12, 2, 12, tzinfo=ZONE)
        add_activity(s, clerk, team, ActivityForm(lunch, None, "机关食堂", "工作午餐", "", 480))
    return {"team": team, "stay": stay}


def _viewings(db: Database) -> int:
    with db.read() as s:
        query = select(func.count()).where(AuditEntry.action == PRINT_LIAISON_PHONE)
        return int(s.scalar(query) or 0)


def _save(qtbot: QtBot, job: LodgingPrint | None, path: Path) -> str:
    assert job is not None
    with qtbot.waitSignal(job.saved, timeout=20000) as saved:
        job.save_to(str(path))
    return str(saved.args[0])


# -- through the desk ----------------------------------------------------------------------


def test_the_room_card_pdf_has_the_guest_room_dates_and_needs(
    qtbot: QtBot, db: Database, desk: DeskSession, booked: dict[str, int], parent: QWidget,
    tmp_path: Path,
) -> None:  # fmt: skip
    job = print_room_card(parent, desk, booked["stay"])
    assert job is not None and job.choice.isVisible()
    assert _viewings(db) == 0  # nothing is read before the clerk chooses
    path = tmp_path / "card.pdf"
    assert _save(qtbot, job, path) == str(path)
    text = text_of(path)
    assert "欧阳晓明" in text
    assert "1208" in text
    assert OFFICE in text
    assert "2026-12-01 Tuesday" in text and "2026-12-04 Friday" in text
    assert "3 nights" in text
    assert "07:00–09:00" in text  # breakfast, and check-out, from the reception standards
    assert "by 12:00 on the day of departure" in text
    assert "Halal meals" in text and "Allergies: 花生" in text and "Mobility: 使用轮椅" in text
    assert "李长江 138 1234 5678" in text
    assert ID_NUMBER not in squeezed(text) and ID_NUMBER[-4:] not in squeezed(text)
    assert pdf_info(path)["Pages"] == "1"
    assert page_points(path) == A6_POINTS
    assert _viewings(db) == 1


def test_choosing_save_asks_for_a_file(
    qtbot: QtBot, desk: DeskSession, booked: dict[str, int], parent: QWidget
) -> None:
    job = print_room_card(parent, desk, booked["stay"])
    assert job is not None
    assert job.save_button.text() == "&Save as PDF…" and job.print_button.text() == "&Print…"
    job.save_button.click()
    dialogs = parent.findChildren(QFileDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].selectedFiles()[0].endswith("Room-card-1208-欧阳晓明.pdf")


def test_choosing_print_asks_for_a_printer_and_cancel_reads_nothing(
    qtbot: QtBot, db: Database, desk: DeskSession, booked: dict[str, int], parent: QWidget
) -> None:
    job = print_room_card(parent, desk, booked["stay"])
    assert job is not None
    job.print_button.click()
    assert isinstance(job.dialog, QPrintDialog) and job.dialog.isVisible()
    with qtbot.waitSignal(job.destroyed):
        job.dialog.reject()
    other = print_room_card(parent, desk, booked["stay"])
    assert other is not None
    with qtbot.waitSignal(other.destroyed):
        other.choice.button(QMessageBox.StandardButton.Cancel).click()
    assert parent.findChildren(QFileDialog) == []
    assert _viewings(db) == 0


def test_the_reception_list_pdf_records_unit_people_programme_and_costs(
    qtbot: QtBot, desk: DeskSession, booked: dict[str, int], parent: QWidget, tmp_path: Path
) -> None:
    path = tmp_path / "list.pdf"
    _save(qtbot, print_reception_list(parent, desk, booked["team"]), path)
    text = text_of(path)
    for expected in (
        "Reception list",
        "某省发展和改革委员会",
        "发改函〔2026〕12号",
        "2026-12-01 to 2026-12-05",
        "欧阳晓明",
        "副主任 (head)",
        "周强",
        "科员",
        "座谈交流",
        "第三会议室",
        "张主任",
        "工作午餐",
        "机关食堂",
        "Ordinary suite",
        "Total cost: 3,080 yuan",  # 480 programme + 3 × 680 + 2 × 280 lodging
        "programme 480 yuan, lodging 2,600 yuan",
        "Prepared by",
        "Reviewed by",
    ):
        assert expected in text, expected
    assert text.index("欧阳晓明") < text.index("周强")
    assert text.index("座谈交流") < text.index("工作午餐")
    assert "12-02" in text and "09:30–11:30" in text  # the time wraps after the day
    assert ID_NUMBER[-4:] not in squeezed(text) and PHONE not in squeezed(text)
    assert page_points(path) == A4_POINTS


def test_the_day_lists_print_to_the_chosen_printer(
    qtbot: QtBot, desk: DeskSession, booked: dict[str, int], parent: QWidget, tmp_path: Path
) -> None:
    job = print_day_lists(parent, desk, day(1))
    assert job is not None
    path = tmp_path / "printed.pdf"
    with qtbot.waitSignal(job.printed, timeout=20000) as printed:
        job.print_on(pdf_printer(path))
    assert printed.args == [1]
    text = text_of(path)
    assert "Arrivals (2)" in text and "Departures (0)" in text
    assert "Nobody departs on this day." in text
    assert text.index("欧阳晓明") < text.index("周强")  # bureau chief before staff member
    assert "12-04 (3 nights)" in text
    assert page_points(path) == A4_POINTS


def test_an_unknown_stay_is_explained(
    qtbot: QtBot, desk: DeskSession, booked: dict[str, int], parent: QWidget
) -> None:
    assert print_room_card(parent, desk, booked["stay"] + 100) is None
    boxes = [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in boxes] == [f"There is no stay {booked['stay'] + 100}."]


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, desk: DeskSession, booked: dict[str, int], parent: QWidget, tmp_path: Path
) -> None:
    job = print_day_lists(parent, desk, day(1))
    assert job is not None
    unwritable = tmp_path / "missing" / "lists.pdf"
    with qtbot.waitSignal(job.failed, timeout=20000) as failed:
        job.save_to(str(unwritable))
    assert str(unwritable) in failed.args[0]
    assert not unwritable.exists()
    shown = [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]
    assert failed.args[0] in shown


def test_a_receptionist_may_not_print_guest_lists(
    qtbot: QtBot, db: Database, booked: dict[str, int], parent: QWidget
) -> None:
    receptionist = desk_session(db, Role.RECEPTIONIST.value, PASSWORD)
    assert print_reception_list(parent, receptionist, booked["team"]) is None
    shown = [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]
    assert len(shown) == 1 and "may not" in shown[0]


# -- the renderers ---------------------------------------------------------------------------


def _card(**changes: object) -> RoomCard:
    card = RoomCard(
        office_name=OFFICE,
        stay_id=1,
        guest_name="欧阳晓明",
        room_number="1208",
        building="1",
        floor=12,
        arrive=D1,
        depart=day(5),
        breakfast="07:00–09:00",
        checkout_time="12:00",
        delegation_name="某省发展和改革委员会考察组",
        liaison_name="李长江",
        liaison_phone=PHONE,
        needs=GuestNeeds(halal=True, allergies="花生"),
    )
    return replace(card, **changes)  # type: ignore[arg-type]


def test_the_room_card_in_chinese(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    write_room_card_pdf(_card(), path, zh)
    text = squeezed(text_of(path))
    for expected in ("房间1208", "2026年12月1日星期二", "特别关照", "清真餐", "过敏：花生"):
        assert expected in text, expected


def test_a_crowded_room_card_gets_smaller_type_and_is_not_cut_off(
    qapp: QApplication, tmp_path: Path
) -> None:
    needs = GuestNeeds(
        halal=True,
        vegetarian=True,
        allergies="花生、坚果、海鲜、牛奶、鸡蛋、小麦、大豆、芒果、菠萝，以及多种药物（青霉素类）",
        needs_accessible=True,
        mobility="使用电动轮椅，上下车、进出电梯均需专人协助；房间内需加装扶手，卫生间需防滑垫",
    )
    card = _card(
        delegation_name="某某自治区某某市人民政府办公厅及发展和改革委员会联合考察调研组",
        needs=needs,
        guest_name="阿卜杜热合曼·买买提依明",
    )
    path = tmp_path / "crowded.pdf"
    write_room_card_pdf(card, path)
    words, height = words_and_page(path)
    margin = 8 * 72 / 25.4
    assert max(bottom for _, bottom in words) <= height - margin + 0.5
    text = squeezed(text_of(path))
    assert "卫生间需防滑垫" in text  # the last need is printed whole
    assert "阿卜杜热合曼·买买提依明" in text
    assert pdf_info(path)["Pages"] == "1"


def _line(n: int, arriving: bool) -> DayLine:
    surnames, given = "王李张刘陈杨赵黄周吴马", "伟芳敏静丽强磊军洋勇长龙"
    return DayLine(
        stay_id=n,
        building="1",
        room_number=str(300 + n),
        guest_name=surnames[n % 11] + given[n // 11 % 12],
        gender="male",
        rank="bureau_chief",
        delegation_name="某省发展和改革委员会考察组",
        arrive=D1 if arriving else D1 - timedelta(days=3),
        depart=D1 + timedelta(days=3) if arriving else D1,
        state="booked" if arriving else "in_house",
        needs=GuestNeeds(allergies="花生、海鲜" if n % 4 == 0 else ""),
    )


def test_long_day_lists_run_over_pages_with_the_header_on_each(
    qapp: QApplication, tmp_path: Path
) -> None:
    lists = DayLists(
        OFFICE,
        D1,
        datetime(2026, 12, 1, 1, tzinfo=UTC),
        "Asia/Shanghai",
        [_line(n, True) for n in range(70)],
        [_line(n, False) for n in range(70, 100)],
    )
    path = tmp_path / "lists.pdf"
    pages = write_day_lists_pdf(lists, path, zh)
    assert int(pdf_info(path)["Pages"]) == pages >= 3
    text = text_of(path)
    assert text.count("特别需求") == pages  # the header row repeats on every page
    assert f"Page {pages} of {pages}" in text
    assert "Arrivals (70) (continued)" in text
    assert text.count("Internal document · keep confidential") == pages
    assert "Printed" in text and "2026-12-01 09:00" in text
    assert "厅局级正职" in text
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s+3\d\d\b", text, re.M)]
    assert numbers == list(range(1, 71)) + list(range(1, 31))  # every row, once, in order
    words, height = words_and_page(path)
    assert max(bottom for _, bottom in words) <= height - flow.MARGIN * 72 / 25.4 + 0.5

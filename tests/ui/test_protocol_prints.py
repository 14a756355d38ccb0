"""The protocol prints as a person gets them: seating charts, name cards and the reception
plan, their PDFs' text read back by pdftotext (poppler) and their pages counted. Charts are
made through the desk's own services on SQLite and PostgreSQL."""

from __future__ import annotations

import math
import shutil
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from reception.core.errors import InvalidInput
from reception.core.protocol.events import (
    ChartView,
    EventForm,
    add_participants,
    chart_view,
    compute_chart,
    create_event,
    swap_seats,
)
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.protocol.plan import reception_plan
from reception.core.protocol.seating import Convention, EventKind, Side
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.printing.canvas import Canvas
from reception.printing.gui import qt_translate
from reception.printing.name_cards import (
    NameCard,
    cards_of,
    print_name_cards,
    write_name_cards_pdf,
)
from reception.printing.reception_plan import write_reception_plan_pdf
from reception.printing.seating_chart import (
    SEAT_H,
    SEAT_LINE,
    SEAT_W,
    WIDTH,
    Chart,
    disc_radius,
    print_seating_chart,
    ring,
    ring_places,
    write_seating_chart_pdf,
)
from tests.ui.test_slip_printing import page_points, pdf_info, pdf_printer, pdf_text, squeezed
from tests.unit.test_protocol_plan import at, make_visit

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

OFFICE = "某某市人民政府办公室"
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
A4_LANDSCAPE = (842, 595)
A3_LANDSCAPE = (1191, 842)
OFFICIALS = (
    ("陈国栋", "市委书记", "provincial_deputy"),
    ("刘明", "市长", "provincial_deputy"),
    ("孙立新", "常务副市长", "bureau_chief"),
    ("周红", "副市长", "bureau_chief"),
    ("吴海", "秘书长", "bureau_deputy"),
    ("郑晓东", "办公室主任", "county_chief"),
    ("王长江", "接待处处长", "county_deputy"),
)


def words(text: str) -> str:
    return " ".join(text.split())


def officials(db: Database, clerk: Actor, count: int) -> list[int]:
    ids = []
    with db.unit() as s:
        for name, post, rank in OFFICIALS[:count]:
            ids.append(add_official(s, clerk, OfficialForm(name, post, "市人民政府", rank)).id)
    return ids


def event(
    db: Database,
    clerk: Actor,
    form: EventForm,
    official_ids: Sequence[int] = (),
    guest_ids: Sequence[int] = (),
) -> ChartView:
    with db.unit() as s:
        made = create_event(s, clerk, form)
        if official_ids:
            add_participants(s, clerk, made.id, official_ids=official_ids, side=Side.HOST)
        if guest_ids:
            add_participants(s, clerk, made.id, guest_ids=guest_ids, side=Side.GUEST)
        return compute_chart(s, clerk, made.id)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def test_a_podium_chart_reads_from_the_audience(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    form = EventForm(EventKind.PODIUM, "全市经济工作会议", at(1, 9), "市会议中心", rows=(3, 4))
    chart = event(db, clerk, form, officials(db, clerk, 7))
    path = tmp_path / "podium.pdf"
    assert write_seating_chart_pdf(chart, path, OFFICE, now=NOW) == 1
    assert page_points(path) == A4_LANDSCAPE
    text = pdf_text(path)
    flat = squeezed(text)
    assert "As seen from the audience, facing the podium" in text
    assert "全市经济工作会议" in flat and "市会议中心" in flat and OFFICE in flat
    assert "Domestic: the left is senior" in text
    assert "2026-12-01 09:00" in text  # the event's time in the office's zone
    # Front row No.1..3 as 3 1 2 from the audience, back row 6 4 5 7: left to right.
    lines = [line for line in text.splitlines() if line.strip().startswith("No.")]
    assert [line.split() for line in lines] == [
        ["No.", "6", "No.", "4", "No.", "5", "No.", "7"],
        ["No.", "3", "No.", "1", "No.", "2"],
    ]
    [front] = [line for line in text.splitlines() if "陈国栋" in line]
    assert front.index("孙立新") < front.index("陈国栋")
    assert front.index("陈国栋") < front.index("刘明")
    assert "Audience" in text and "Front row" in text


def test_a_banquet_chart_marks_the_door_and_the_staff_limit(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    ids = make_visit(db, clerk)
    form = EventForm(
        EventKind.BANQUET, "欢迎晚宴", at(1, 18), "迎宾馆一号厅", delegation_id=ids["team"]
    )
    guests = [ids["王芳"], ids["李建国"], ids["赵强"]]
    chart = event(db, clerk, form, officials(db, clerk, 4), guests)
    path = tmp_path / "banquet.pdf"
    write_seating_chart_pdf(chart, path, OFFICE, paper="a3", now=NOW)
    assert page_points(path) == A3_LANDSCAPE
    text = pdf_text(path)
    assert "As seen from above, the door at the bottom" in text
    assert "Door" in text and "Host" in text and "Deputy host" in text and "Guest 1" in text
    assert "4 accompanying for 3 guests (at most 3), ABOVE the limit." in text
    for name in ("王芳", "李建国", "赵强", "陈国栋", "刘明", "孙立新", "周红"):
        assert name in squeezed(text)


def test_a_swapped_seat_is_starred_with_its_reason(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    chart = event(db, clerk, EventForm(EventKind.PODIUM, "座谈会"), officials(db, clerk, 3))
    first, second = sorted(chart.seats(), key=lambda seat: seat.order)[:2]
    with db.unit() as s:
        swap_seats(s, clerk, chart.event.id, first.id, second.id, "市长主持会议", confirm=True)
    with db.read() as s:
        chart = chart_view(s, clerk, chart.event.id)
    path = tmp_path / "swapped.pdf"
    write_seating_chart_pdf(chart, path, OFFICE, now=NOW)
    text = words(pdf_text(path))
    assert "No. 1 刘明: moved from the precedence order. 市长主持会议" in text
    assert "No. 2 陈国栋: moved from the precedence order. 市长主持会议" in text
    assert "No. 1 *" in text and "No. 2 *" in text


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (EventKind.MEETING, ("Guest side", "Host side", "Door")),
        (EventKind.CAR, ("As seen from above, the front of the car at the top", "Driver")),
        (EventKind.PHOTO, ("As seen from the camera, facing the group", "Camera")),
    ],
)
def test_every_kind_states_its_viewpoint(
    qapp: QApplication,
    db: Database,
    clerk: Actor,
    tmp_path: Path,
    kind: EventKind,
    words: tuple[str, ...],
) -> None:
    ids = make_visit(db, clerk)
    guests = [ids["王芳"], ids["李建国"]] if kind is EventKind.MEETING else []
    count = 3 if kind is EventKind.CAR else 5
    form = EventForm(kind, "活动", convention=Convention.INTERNATIONAL)
    chart = event(db, clerk, form, officials(db, clerk, count), guests)
    path = tmp_path / f"{kind.value}.pdf"
    write_seating_chart_pdf(chart, path, OFFICE, now=NOW)
    text = pdf_text(path)
    for word in words:
        assert word in text
    assert "陈国栋" in squeezed(text)


def test_name_cards_one_per_page_in_precedence_order(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    chart = event(db, clerk, EventForm(EventKind.PODIUM, "座谈会"), officials(db, clerk, 3))
    cards = cards_of(chart)
    path = tmp_path / "cards.pdf"
    assert write_name_cards_pdf(cards, path, "座谈会") == 3
    assert page_points(path) == A4_LANDSCAPE
    pages = pdf_text(path).split("\f")
    # Each name twice (both faces of the fold); the two-character name is set spaced.
    for page, name in zip(pages, ("陈国栋", "刘明", "孙立新"), strict=False):
        assert squeezed(page).count(name[0]) == 2
        assert squeezed(page).count(name[-1]) == 2
    assert "市委书记" in squeezed(pages[0])


def test_a_long_name_is_fitted_and_an_empty_list_refused(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "long.pdf"
    assert write_name_cards_pdf([NameCard("阿卜杜热合曼·买买提明")], path) == 1
    assert squeezed(pdf_text(path)).count("阿卜杜热合曼") == 2
    with pytest.raises(InvalidInput):
        write_name_cards_pdf([NameCard("  ")], tmp_path / "none.pdf")


def test_print_chart_and_cards_to_a_pdf_printer(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    chart = event(db, clerk, EventForm(EventKind.PODIUM, "座谈会"), officials(db, clerk, 2))
    chart_path, cards_path = tmp_path / "chart.pdf", tmp_path / "cards.pdf"
    assert print_seating_chart(pdf_printer(chart_path), chart, OFFICE, now=NOW) == 1
    assert "陈国栋" in squeezed(pdf_text(chart_path))
    cards = [NameCard("刘明")]
    assert print_name_cards(pdf_printer(cards_path), cards) == 1
    assert squeezed(pdf_text(cards_path)).count("刘") == 2


def test_the_reception_plan_pdf(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    ids = make_visit(db, clerk)
    with db.read() as s:
        plan = reception_plan(s, clerk, ids["team"])
    path = tmp_path / "plan.pdf"
    assert write_reception_plan_pdf(plan, path) == int(pdf_info(path)["Pages"])
    assert page_points(path) == (595, 842)
    text = squeezed(pdf_text(path))
    for expected in (
        "Receptionplan",
        "发改函〔2026〕12号",
        "考察项目现场",
        "苏A·12345",
        "欢迎晚宴",
        "3(atmost3)",
        "Room808for王芳isabovethestandard.Reason:腿伤",
        "Abovethestandard:腿伤",
    ):
        assert expected in text, expected
    assert text.index("王芳") < text.index("李建国")
    assert text.index("李建国") < text.index("赵强")


def test_an_empty_plan_says_so(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    from tests.unit.test_protocol_plan import make_delegation

    with db.read() as s:
        plan = reception_plan(s, clerk, make_delegation(db, clerk))
    path = tmp_path / "empty.pdf"
    write_reception_plan_pdf(plan, path)
    text = pdf_text(path)
    for expected in ("No meals are planned.", "No vehicles are planned.", "No seating charts."):
        assert expected in text


def test_many_meals_run_onto_a_second_page(
    qapp: QApplication, db: Database, clerk: Actor, tmp_path: Path
) -> None:
    from reception.core.protocol.plan_items import MealForm, add_meal

    ids = make_visit(db, clerk)
    with db.unit() as s:
        for n in range(40):
            add_meal(
                s,
                clerk,
                ids["team"],
                MealForm(at(2, 6) + timedelta(minutes=20 * n), f"餐厅{n}", 3, 2),
            )
    with db.read() as s:
        plan = reception_plan(s, clerk, ids["team"])
    path = tmp_path / "long.pdf"
    pages = write_reception_plan_pdf(plan, path)
    assert pages >= 2
    text = pdf_text(path)
    assert "Meals (continued)" in text and "餐厅39" in squeezed(text)


SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
POST = "市人大常委会副主任"


def many_officials(db: Database, clerk: Actor, count: int) -> list[int]:
    """`count` officials in precedence order, each with a post that takes some room."""
    with db.unit() as s:
        forms = [
            OfficialForm(
                f"{SURNAMES[i]}志{SURNAMES[-1 - i]}", POST, "市人大常委会", "bureau_deputy"
            )
            for i in range(count)
        ]
        return [add_official(s, clerk, form).id for form in forms]


class Recorder(Canvas):
    """A Canvas that remembers every framed box and every text, in mm of the page."""

    def __init__(self, painter: QPainter) -> None:
        super().__init__(painter, QRectF(0, 0, 2770, 1900), WIDTH)
        self.frames: list[tuple[float, QRectF]] = []
        self.texts: list[tuple[str, QRectF]] = []

    def frame(self, x: float, y: float, w: float, h: float, weight: float = 0.25) -> None:
        self.frames.append((weight, QRectF(x, y, w, h)))
        super().frame(x, y, w, h, weight)

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        points: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        height: float | None = None,
    ) -> float:
        used = super().text(x, y, width, text, points, bold=bold, align=align, height=height)
        self.texts.append((text, QRectF(x, y, width, used)))
        return used


def drawn(chart: ChartView) -> Recorder:
    image = QImage(2770, 1900, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        page = Recorder(painter)
        Chart(page, chart, qt_translate).draw(OFFICE, "2026-12-01 10:00", "Asia/Shanghai")
    finally:
        painter.end()
    return page


def on_the_page(page: Recorder) -> None:
    sheet = QRectF(0, 0, page.width, page.height).adjusted(-0.01, -0.01, 0.01, 0.01)
    for _weight, box in page.frames:
        assert sheet.contains(box), box


def test_a_wide_podium_stays_on_the_page_with_its_posts_readable(
    qapp: QApplication, db: Database, clerk: Actor
) -> None:
    form = EventForm(EventKind.PODIUM, "全市经济工作会议", rows=(7, 9))
    chart = event(db, clerk, form, many_officials(db, clerk, 16))
    page = drawn(chart)
    on_the_page(page)
    seats = [box for weight, box in page.frames if weight == SEAT_LINE]
    assert len(seats) == 16
    assert not any(a.intersects(b) for i, a in enumerate(seats) for b in seats[i + 1 :])
    # the rows stand in the room's middle, not under the title with the room empty below
    rows_middle = (min(b.top() for b in seats) + max(b.bottom() for b in seats)) / 2
    assert 70 < rows_middle < 120
    # each seat's post is printed whole, in type a reader can make out (not 4.5 pt)
    posts = [box for text, box in page.texts if text == POST]
    assert len(posts) == 16
    assert all(box.height() >= 3.8 * 1.2 for box in posts)


def test_the_chief_guest_faces_the_host_across_the_printed_meeting_table(
    qapp: QApplication, db: Database, clerk: Actor
) -> None:
    ids = make_visit(db, clerk)
    guests = [ids["王芳"], ids["李建国"], ids["赵强"]]
    form = EventForm(EventKind.MEETING, "工作座谈", delegation_id=ids["team"])
    chart = event(db, clerk, form, officials(db, clerk, 4), guests)
    page = drawn(chart)
    on_the_page(page)
    centre = {text: box.center().x() for text, box in page.texts}
    assert centre["王芳"] == pytest.approx(centre["陈国栋"], abs=0.01)
    assert centre["李建国"] < centre["王芳"]  # guest 2 on the chief guest's right
    assert centre["刘明"] > centre["陈国栋"]  # the host's No.2 on the host's right


def test_a_full_banquet_table_seats_nobody_on_a_neighbour(
    qapp: QApplication, db: Database, clerk: Actor
) -> None:
    chart = event(db, clerk, EventForm(EventKind.BANQUET, "宴会"), many_officials(db, clerk, 14))
    page = drawn(chart)
    on_the_page(page)
    seats = [box for weight, box in page.frames if weight == SEAT_LINE]
    assert len(seats) == 14
    assert not any(a.intersects(b) for i, a in enumerate(seats) for b in seats[i + 1 :])


@pytest.mark.parametrize("size", [3, 7, 8, 10, 12])
def test_the_seats_sit_close_round_the_table_and_off_it(size: int) -> None:
    rx, ry, scale = ring(size, 65.0, 60.0, 1.0)
    places = ring_places(size, rx, ry)
    w, h = SEAT_W * scale, SEAT_H * scale
    radius = disc_radius(places, w, h)
    gaps = [math.hypot(max(abs(x) - w / 2, 0), max(abs(y) - h / 2, 0)) - radius for x, y in places]
    assert min(gaps) >= 1.9  # no seat box over the table
    host_x, host_y = places[0]
    assert host_x == pytest.approx(0, abs=1e-9) and host_y < 0  # the host at the top
    assert abs(host_y) - h / 2 - radius < 12  # at the table, not floating above it

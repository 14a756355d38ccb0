"""Export Excel… on the desk's lists: the workbook holds what the list shows, in its order
and with its masking, every row of a paged list, an audit row per export, and a bad path is
said and leaves nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFileDialog, QTableView

from reception.core.exports import EXPORT_ACTION
from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.models import Delegation
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.lodging.stays import Booking, book
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.security.models import AuditEntry
from reception.core.security.roles import GRANTS, Actor, Permission, Role
from reception.core.visitors import service
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui import list_exports
from reception.ui.audit_page import AuditPage
from reception.ui.export_action import ListExport
from reception.ui.lodging.chart_page import RoomChartPage
from reception.ui.lodging.delegations_page import DelegationsPage
from reception.ui.petitions import cases_page
from reception.ui.petitions.case_model import CaseModel
from reception.ui.petitions.cases_page import CasesPage
from reception.ui.protocol.officials_page import OfficialsPage
from reception.ui.queue.counter_page import CounterPage
from reception.ui.queue.onsite_page import OnSitePage
from reception.ui.session import DeskSession
from tests.ui.petition_support import TODAY, register
from tests.ui.support import PASSWORD, desk_session
from tests.ui.test_room_chart import _guest

VISITORS = (("张三", 1, "财政局"), ("李四", 3, "办公室"), ("欧阳明华", 2, "信访科"))
CASES = ((date(2026, 11, 24), "赵六"), (date(2026, 11, 13), "王五"),
         (date(2026, 10, 20), "张小三"), (date(2026, 11, 10), "李四"))  # fmt: skip


def _shown_text(value: object, number_format: str = "General") -> str:
    """A workbook cell as Excel shows it, by its number format."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if number_format == "yyyy-mm-dd":
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if "ss" in number_format else "%Y-%m-%d %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _view_rows(model: QAbstractItemModel, view: QTableView | None = None) -> list[list[str]]:
    """The rows' texts, as the view shows them (its hidden columns left out)."""
    shown = [c for c in range(model.columnCount()) if view is None or not view.isColumnHidden(c)]
    return [[str(model.index(r, c).data() or "") for c in shown] for r in range(model.rowCount())]


def _headers(model: QAbstractItemModel, view: QTableView | None = None) -> list[str]:
    """The column titles, as the view shows them (its hidden columns left out)."""
    horizontal = Qt.Orientation.Horizontal
    shown = [c for c in range(model.columnCount()) if view is None or not view.isColumnHidden(c)]
    return [str(model.headerData(c, horizontal)) for c in shown]


def _export(qtbot: QtBot, export: ListExport, path: Path) -> tuple[list[str], list[list[str]]]:
    """Export to `path` and read back the headers and the data rows."""
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_to(str(path))
    sheet = load_workbook(path).active
    cells = [list(r) for r in sheet.iter_rows(min_row=2)]
    rows = [[c.value for c in r] for r in cells]
    headers = [str(v) for v in rows[0]]
    end = rows.index([None] * len(headers)) if [None] * len(headers) in rows else 1
    return headers, [[_shown_text(c.value, c.number_format) for c in r] for r in cells[1:end]]


def _exports(db: Database) -> list[dict[str, object]]:
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == EXPORT_ACTION)).all()
        return [json.loads(r.after or "{}") for r in rows]


# -- the visitor queue -------------------------------------------------------------------


@pytest.fixture
def reception_desk(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    desk = desk_session(db, "receptionist", PASSWORD)
    desk.desk.counter = 1  # serves A and C
    for i, (name, party, host) in enumerate(VISITORS):
        form = service.Registration(
            name=name, phone=f"1390000000{i}", purpose="咨询", host=host, party_size=party
        )
        with db.unit() as s:
            service.register(s, desk.actor, form, utcnow())
    return desk


def test_on_site_exports_the_filtered_sorted_rows_as_the_receptionist_sees_them(
    qtbot: QtBot, db: Database, reception_desk: DeskSession, tmp_path: Path
) -> None:
    page = OnSitePage(reception_desk)
    qtbot.addWidget(page)
    page.ui.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by party size
    headers, rows = _export(qtbot, page.export, tmp_path / "onsite.xlsx")
    assert headers == _headers(page.proxy, page.ui.table)
    assert "Left" not in headers  # only in the list of everyone today
    assert rows == _view_rows(page.proxy, page.ui.table)
    assert [row[0] for row in rows] == ["李四", "欧阳明华", "张三"]
    # the list shows no phone (nor ID number), so neither does the workbook
    cells = "".join("".join(row) for row in rows)
    assert "1390000000" not in cells
    assert page.status_text() == f"Exported 3 rows to {tmp_path / 'onsite.xlsx'}."
    assert _exports(db) == [{"list": "onsite", "rows": 3, "filter": "", "file": "onsite.xlsx"}]


def test_the_on_site_filter_is_exported_and_recorded(
    qtbot: QtBot, db: Database, reception_desk: DeskSession, tmp_path: Path
) -> None:
    page = OnSitePage(reception_desk)
    qtbot.addWidget(page)
    page.ui.filterEdit.setText("oy")
    _, rows = _export(qtbot, page.export, tmp_path / "oy.xlsx")
    assert rows == _view_rows(page.proxy, page.ui.table)
    assert [row[0] for row in rows] == ["欧阳明华"]
    assert _exports(db)[0]["filter"] == "search “oy”"
    assert _exports(db)[0]["rows"] == 1


def test_the_counter_queue_exports_in_call_order(
    qtbot: QtBot, reception_desk: DeskSession, tmp_path: Path
) -> None:
    page = CounterPage(reception_desk)
    qtbot.addWidget(page)
    headers, rows = _export(qtbot, page.export, tmp_path / "queue.xlsx")
    assert headers == _headers(page.waiting_model)
    assert rows == _view_rows(page.waiting_model)
    assert len(rows) == 3


def test_a_bad_path_is_said_and_writes_nothing(
    qtbot: QtBot, db: Database, reception_desk: DeskSession, tmp_path: Path
) -> None:
    page = OnSitePage(reception_desk)
    qtbot.addWidget(page)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "missing" / "onsite.xlsx"
    with qtbot.waitSignal(page.export.export_failed, timeout=10_000) as failed:
        page.export.export_to(str(target))
    assert str(target) in failed.args[0]
    assert page.status_text() == failed.args[0]
    assert not target.parent.exists()
    assert list(out.iterdir()) == []
    assert _exports(db) == []


def test_ctrl_e_asks_for_a_file_named_after_the_list(
    qtbot: QtBot, reception_desk: DeskSession
) -> None:
    page = OnSitePage(reception_desk)
    qtbot.addWidget(page)
    page.show()
    assert page.export.action.shortcut().toString() == "Ctrl+E"
    assert page.export.button is not None and page.export.button.isVisible()
    page.export.action.trigger()
    dialog = page.export.dialog
    assert isinstance(dialog, QFileDialog)
    chosen = Path(dialog.selectedFiles()[0]).name
    assert chosen.startswith("On site-") and chosen.endswith(".xlsx")
    dialog.reject()


# -- petitions -------------------------------------------------------------------------


@pytest.fixture
def cases(db: Database, staff: dict[Role, Actor]) -> None:
    for received, name in CASES:
        register(db, staff[Role.PETITIONS_OFFICER], received, name=name)


def _cases_page(qtbot: QtBot, session: DeskSession) -> CasesPage:
    page = CasesPage(session, None, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_cases_export_every_page_of_the_filter(
    qtbot: QtBot,
    db: Database,
    cases: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cases_page, "PAGE_SIZE", 3)
    monkeypatch.setattr(list_exports, "EXPORT_PAGE", 2)  # the export reads in pages too
    page = _cases_page(qtbot, desk_session(db, "petitions_officer", PASSWORD))
    assert page.model.rowCount() == 3 and page.more_button.isVisibleTo(page)
    headers, rows = _export(qtbot, page.export, tmp_path / "cases.xlsx")
    page.load_more()  # now the list holds them all: the workbook had them already
    assert page.model.rowCount() == 4
    assert headers == _headers(page.model)
    assert rows == _view_rows(page.model)
    assert _exports(db)[0]["rows"] == 4


def test_the_directors_export_shows_what_the_directors_list_shows(
    qtbot: QtBot, db: Database, cases: None, tmp_path: Path
) -> None:
    page = _cases_page(qtbot, desk_session(db, "director", PASSWORD))
    _, rows = _export(qtbot, page.export, tmp_path / "cases.xlsx")
    assert rows == _view_rows(page.model)
    names = [row[CaseModel.PETITIONERS] for row in rows]
    assert names == ["张小三", "李四", "王五", "赵六"]  # the director sees details


def test_a_reader_without_details_exports_masked_names(
    qtbot: QtBot, db: Database, cases: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = GRANTS[Role.DIRECTOR] - {Permission.SEE_PETITIONER_DETAILS}
    monkeypatch.setitem(GRANTS, Role.DIRECTOR, reader)
    page = _cases_page(qtbot, desk_session(db, "director", PASSWORD))
    _, rows = _export(qtbot, page.export, tmp_path / "cases.xlsx")
    assert rows == _view_rows(page.model)
    assert [row[CaseModel.PETITIONERS] for row in rows] == ["张*三", "李*", "王*", "赵*"]


# -- the audit log ---------------------------------------------------------------------


def test_the_audit_log_exports_every_row_of_the_search(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    staff: dict[Role, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(list_exports, "EXPORT_PAGE", 2)  # six rows: read in three pages
    page = AuditPage(db, admin, page_size=2)
    qtbot.addWidget(page)
    assert page.model.canFetchMore(page.table.rootIndex())
    _, rows = _export(qtbot, page.export, tmp_path / "audit.xlsx")
    while page.model.canFetchMore(page.table.rootIndex()):
        page.model.fetchMore(page.table.rootIndex())
    assert len(rows) > 2  # more than the one page the list had loaded
    assert rows == _view_rows(page.model)
    page.refresh()  # the export's own row, written after the workbook, is now on top
    assert page.model.index(0, 2).data() == "List exported to Excel"
    assert page.model.index(0, 3).data() == "List audit"


# -- lodging and protocol --------------------------------------------------------------


def test_delegations_export_the_list(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        for name, arrive in (
            ("江东省考察团", date(2026, 12, 1)),
            ("西山市代表团", date(2026, 12, 8)),
        ):
            form = DelegationForm(name, "某单位", "考察", "函〔2026〕1号", "王秘书",
                                  "13812345678", arrive, date(2026, 12, 10))  # fmt: skip
            add_delegation(s, clerk, form)
    page = DelegationsPage(desk_session(db, clerk.login, PASSWORD), None)
    qtbot.addWidget(page)
    assert page.export.button is not None  # beside "New delegation…", under the list
    assert page.export.button.parentWidget() is page.new_button.parentWidget()
    headers, rows = _export(qtbot, page.export, tmp_path / "delegations.xlsx")
    model = page.list_view.model()
    assert headers == _headers(model)
    assert rows == _view_rows(model)
    assert len(rows) == 2
    assert "13812345678" not in "".join("".join(row) for row in rows)


def test_officials_export_in_precedence_order(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        add_official(s, clerk, OfficialForm("李副县长", "副县长", "某某县", "county_deputy"))
        add_official(s, clerk, OfficialForm("张县长", "县长", "某某县", "county_chief"))
    page = OfficialsPage(desk_session(db, clerk.login, PASSWORD), None)
    qtbot.addWidget(page)
    _, rows = _export(qtbot, page.export, tmp_path / "officials.xlsx")
    assert rows == _view_rows(page.model)
    assert [row[1] for row in rows] == ["张县长", "李副县长"]
    sheet = load_workbook(tmp_path / "officials.xlsx").active
    assert sheet["A3"].value == 1  # the place in the order is a number


def test_the_room_chart_exports_the_stays_of_the_month_shown(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        room = add_room(s, clerk, RoomForm("302", "single", 1)).id
        delegation = Delegation(name="省农业厅考察组", unit="某省农业农村厅", purpose="考察",
                                letter_ref="农函〔2026〕8号", liaison_name="",
                                liaison_phone_masked="", arrive=date(2026, 5, 11),
                                depart=date(2026, 5, 15), notes="", cancelled=False,
                                created_at=utcnow())  # fmt: skip
        s.add(delegation)
        s.flush()
        guest = _guest(s, "张三", delegation.id, "county_chief")
        book(s, clerk, Booking(room, guest, date(2026, 5, 12), date(2026, 5, 15)))
    page = RoomChartPage(desk_session(db, clerk.login, PASSWORD), today=date(2026, 5, 12))
    qtbot.addWidget(page)
    headers, rows = _export(qtbot, page.export, tmp_path / "stays.xlsx")
    assert headers == ["Room", "Bed", "Guest", "Delegation", "Arrival", "Departure",
                       "Nights", "State"]  # fmt: skip
    assert len(rows) == 1
    assert rows[0][2:7] == ["张三", "省农业厅考察组", "2026-05-12", "2026-05-15", "3"]
    assert rows[0][0].endswith("302")
    sheet = load_workbook(tmp_path / "stays.xlsx").active
    assert sheet["E3"].is_date


def test_every_wired_page_has_the_action_on_ctrl_e(
    qtbot: QtBot, reception_desk: DeskSession
) -> None:
    page = CounterPage(reception_desk)
    qtbot.addWidget(page)
    assert page.export.action in page.actions()
    assert [a for a in page.actions() if a.shortcut().toString() == "Ctrl+E"] == [
        page.export.action
    ]

"""The delegations page as a lodging clerk uses it: from the keyboard, with the dialogs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.lodging.models import ChecklistItem, Guest
from reception.core.people import id_number_check_char
from reception.core.security.models import AuditEntry, Operator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.lodging.delegation_dialog import DelegationDialog
from reception.ui.lodging.delegations_page import DelegationsPage
from reception.ui.lodging.guest_dialog import GuestDialog
from reception.ui.lodging.import_report_dialog import ImportReportDialog
from reception.ui.models.checklist_model import OVERDUE_TEXT, ChecklistModel
from reception.ui.models.guest_model import GuestModel
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

BEFORE = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, days before arrival
LATE = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # after the 24-hour tasks were due
GONE = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # the day after the departure (12-04)
HEADER = ["姓名", "性别", "职务", "职级", "团长（是/否）", "清真", "素食", "过敏",
          "无障碍/行动不便", "身份证号", "备注"]  # fmt: skip
MAN_ID = "11010519800314123" + id_number_check_char("11010519800314123")


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def session(db: Database, clerk: Actor) -> DeskSession:
    return desk_session(db, clerk.login, PASSWORD)


@pytest.fixture
def delegation_id(db: Database, clerk: Actor) -> int:
    form = DelegationForm(
        "江东省考察团", "江东省发展改革委", "考察营商环境", "江发改函〔2026〕12号",
        "王秘书", "13812345678", date(2026, 12, 1), date(2026, 12, 4),
    )  # fmt: skip
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def _page(qtbot: QtBot, session: DeskSession, now: datetime = BEFORE) -> DelegationsPage:
    page = DelegationsPage(session, None, clock=lambda: now)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a clerk does: ASCII key by key; Chinese as the input method commits it
    (QTest's key clicks know Latin-1 only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _column(model: object, column: int) -> list[str]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    return [str(model.index(row, column).data()) for row in range(rows)]  # type: ignore[attr-defined]


def _workbook(path: Path, rows: list[list[object]]) -> str:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def _count(db: Database, table: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_a_delegation_is_recorded_through_the_dialog(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    assert page.delegation_model.rowCount() == 0
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, DelegationDialog) and dialog.isVisible()
    _keys(qtbot, dialog.name, "江东省考察团")
    _keys(qtbot, dialog.unit, "江东省发展改革委")
    _keys(qtbot, dialog.liaison_phone, "138 1234 5678")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "No inviting letter, no reception" in dialog.error_message()
    assert _count(db, ChecklistItem) == 0
    _keys(qtbot, dialog.letter_ref, "江发改函〔2026〕12号")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not isValid(dialog) or not dialog.isVisible()
    assert _column(page.delegation_model, page.delegation_model.NAME) == ["江东省考察团"]
    chosen = page.selected_delegation()
    assert chosen is not None and chosen.letter_ref == "江发改函〔2026〕12号"
    header = page.header_text()
    assert "Inviting letter: 江发改函〔2026〕12号" in header
    assert "138****5678" in header and "13812345678" not in header
    assert page.checklist_model.rowCount() == 4


def test_show_phone_reveals_it_and_records_the_viewing(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    assert "13812345678" not in page.header_text()
    qtbot.keyClick(
        page,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "13812345678" in page.header_text()
    with db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.entity_id) == ("delegation.view_phone", str(delegation_id))


def test_a_guest_is_added_with_the_guest_dialog(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, GuestDialog)
    _keys(qtbot, dialog.name, "张伟")
    dialog.rank.setCurrentIndex(dialog.rank.findData("county_chief"))
    dialog.is_head.setChecked(True)
    dialog.halal.setChecked(True)
    _keys(qtbot, dialog.allergies, "花生")
    _keys(qtbot, dialog.id_number, MAN_ID)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error_message() == ""
    model = page.guest_model
    row = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert row == [
        "张伟",
        "Male",
        "",
        "County or division level, chief",
        "Head",
        "Halal · Allergic: 花生",
        "*" * 14 + MAN_ID[-4:],
    ]


def test_importing_a_good_list_then_a_bad_one(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int, tmp_path: Path
) -> None:
    page = _page(qtbot, session)
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, QFileDialog)  # Ctrl+I asks for the file
    page.dialog.reject()
    good = _workbook(
        tmp_path / "名单.xlsx",
        [
            ["张伟", "男", "处长", "正处级", "是", "", "", "", "", MAN_ID, ""],
            ["李娜", "女", "科长", "正科级", "", "是", "是", "", "轮椅", "", ""],
        ],
    )
    with qtbot.waitSignal(page.guests_imported, timeout=10_000):
        page.import_guests(good)
    assert _column(page.guest_model, GuestModel.NAME) == ["张伟", "李娜"]
    assert _column(page.guest_model, GuestModel.NEEDS)[1] == (
        "Halal · Vegetarian · Accessible room · 轮椅"
    )
    assert "2 guests imported from 名单.xlsx" in page.status_label.text()

    bad = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["王强", "男", "", "科员", "", "", "", "", "", "", ""],
            ["赵敏", "未知", "", "大官", "", "", "", "", "", "", ""],
        ],
    )
    with qtbot.waitSignal(page.guest_list_refused, timeout=10_000):
        page.import_guests(bad)
    report = page.dialog
    assert isinstance(report, ImportReportDialog) and report.isVisible() and report.refused
    rows = report.rows_shown()
    assert [(r[0], r[1]) for r in rows] == [("3", "性别"), ("3", "职级")]
    assert "大官 is not a rank level" in rows[1][2]
    assert "Problems found: 2" in report.summary.text()
    assert _column(page.guest_model, GuestModel.NAME) == ["张伟", "李娜"]
    assert _count(db, Guest) == 2  # 王强, on a good row of the bad file, was not imported


def test_space_ticks_the_task_and_overdue_tasks_are_red(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    with db.unit() as s:
        s.execute(
            update(Operator).where(Operator.login == "lodging_clerk").values(display_name="王芳")
        )
    page = _page(qtbot, session, now=LATE)
    model = page.checklist_model
    assert [model.is_overdue(row) for row in range(4)] == [True, True, False, False]
    brush = model.index(0, ChecklistModel.TASK).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_TEXT
    assert model.index(2, ChecklistModel.TASK).data(Qt.ItemDataRole.ForegroundRole) is None
    assert _column(page.delegation_model, 4) == ["4 open, 2 overdue"]

    page.checklist_view.setFocus()
    page.checklist_view.selectRow(0)
    qtbot.keyClick(page.checklist_view, Qt.Key.Key_Space)
    done = model.index(0, ChecklistModel.DONE).data(Qt.ItemDataRole.CheckStateRole)
    assert done == Qt.CheckState.Checked
    assert not model.is_overdue(0)
    assert model.index(0, ChecklistModel.TASK).data(Qt.ItemDataRole.ForegroundRole) is None
    assert str(model.index(0, ChecklistModel.BY).data()).endswith(" · 王芳")  # not the login
    assert _column(page.delegation_model, 4) == ["3 open, 1 overdue"]
    with db.read() as s:
        ticked = s.scalars(select(ChecklistItem).where(ChecklistItem.done_at.is_not(None))).all()
    assert [(i.title, i.done_by) for i in ticked] == [("用车接站安排", "lodging_clerk")]

    # The check box itself, as a click sets it.
    assert model.setData(
        model.index(0, ChecklistModel.DONE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    ) is False  # fmt: skip
    assert model.index(0, ChecklistModel.DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert model.is_overdue(0)


def test_once_the_delegation_has_left_open_tasks_are_not_overdue_but_grey(
    qtbot: QtBot, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session, now=GONE)
    model = page.checklist_model
    assert [model.is_overdue(row) for row in range(4)] == [False] * 4
    assert [model.is_left_undone(row) for row in range(4)] == [True] * 4
    brush = model.index(0, ChecklistModel.TASK).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() != OVERDUE_TEXT
    assert model.index(0, ChecklistModel.TASK).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, ChecklistModel.TASK).data(Qt.ItemDataRole.ToolTipRole) == "Not done"
    assert _column(page.delegation_model, 4) == ["4 open"]
    checklist_cell = page.delegation_model.index(0, 4)
    colour = checklist_cell.data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour != OVERDUE_TEXT


def test_assign_rooms_asks_the_lead_with_the_delegation(
    qtbot: QtBot, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    with qtbot.waitSignal(page.auto_assign_requested) as signal:
        qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [delegation_id]


def test_removing_a_guest_asks_first(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int, tmp_path: Path
) -> None:
    page = _page(qtbot, session)
    path = _workbook(
        tmp_path / "one.xlsx", [["张伟", "男", "", "科员", "", "", "", "", "", "", ""]]
    )
    with qtbot.waitSignal(page.guests_imported, timeout=10_000):
        page.import_guests(path)
    page.guests_view.setFocus()
    page.guests_view.selectRow(0)
    qtbot.keyClick(page.guests_view, Qt.Key.Key_Delete)
    box = page.dialog
    assert isinstance(box, QMessageBox) and "Remove 张伟" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert page.guest_model.rowCount() == 0
    assert _count(db, Guest) == 0


def test_the_director_reads_without_buttons_that_change(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], delegation_id: int
) -> None:
    director = desk_session(db, staff[Role.DIRECTOR].login, PASSWORD)
    page = _page(qtbot, director)
    assert _column(page.delegation_model, page.delegation_model.NAME) == ["江东省考察团"]
    assert page.checklist_model.rowCount() == 4
    hidden = [
        page.new_button,
        *page.header_buttons,
        *page.guest_buttons,
        *page.checklist_buttons,
        *page.programme_buttons,
    ]
    # the reception plan is read, and so printed, by the director too
    assert [b.text() for b in hidden if b.isVisible()] == [
        "Print reception plan"
    ]  # QToolButton drops the ellipsis
    assert page.details.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is None
    assert not page.checklist_model.flags(page.checklist_model.index(0, 0)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )


def test_enter_edits_the_delegation_and_show_reveals_the_phone_to_clear_it(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, DelegationDialog) and dialog.isVisible()
    assert dialog.liaison_phone.text() == ""
    assert "138****5678" in dialog.liaison_phone.placeholderText()
    qtbot.mouseClick(dialog.show_phone, Qt.MouseButton.LeftButton)
    assert dialog.liaison_phone.text() == "13812345678"
    dialog.liaison_phone.clear()
    dialog.purpose.setText("考察营商环境和园区建设")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error_message() == ""
    assert "Purpose: 考察营商环境和园区建设" in page.header_text()
    assert "138****5678" not in page.header_text()
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[-2:] == ["delegation.view_phone", "delegation.change"]

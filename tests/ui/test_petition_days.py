"""Leader reception days as the petitions officer uses them: adding a day and seeing its
slots, booking a case by its number, marking and cancelling bookings; refusals change
nothing, the director only reads, and another desk's change shows up."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from reception.core.petitions.cases import EVENT_NOTE, case_by_number, office_today, unseal
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.leader_days import (
    ReceptionDayView,
    SlotView,
    add_reception_day,
    book_slot,
)
from reception.core.petitions.models import CaseEvent, LeaderReceptionDay, SlotBooking
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.states import EventKind
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.petitions.leader_day_dialogs import AddReceptionDayDialog, BookCaseDialog
from reception.ui.petitions.leader_day_models import ReceptionDayModel, SlotModel
from reception.ui.petitions.leader_days_page import LeaderDaysPage
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session


@pytest.fixture
def officer(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    return desk_session(db, Role.PETITIONS_OFFICER.value, PASSWORD)


@pytest.fixture
def today(db: Database) -> date:
    with db.read() as s:
        return office_today(s)


def _case(db: Database, actor: Actor, today: date, name: str = "张三") -> str:
    intake = IntakeForm(
        form="visit",
        received_on=today,
        summary="反映小区物业长期不履行维修义务。",
        petitioners=[PetitionerForm(name=name, phone="13812345678")],
        category="城乡建设/物业管理",
    )
    with db.unit() as s:
        return register_case(s, actor, intake, today=today).case_no


def _day(db: Database, actor: Actor, day: date, leader: str = "王建国") -> ReceptionDayView:
    with db.unit() as s:
        return add_reception_day(
            s, actor, day, leader, "副市长", "信访接待大厅", time(9), time(10), 30
        )


def _page(
    qtbot: QtBot, session: DeskSession, changes: ChangeWatcher | None = None
) -> LeaderDaysPage:
    page = LeaderDaysPage(session, changes)
    qtbot.addWidget(page)
    page.show()
    return page


def _cells(model: SlotModel | ReceptionDayModel, row: int) -> list[str]:
    return [str(model.index(row, c).data() or "") for c in range(model.columnCount())]


def _count(db: Database, table: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def _audited(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        s.expunge_all()
        return rows


def _ok(dialog: AddReceptionDayDialog | BookCaseDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_officer_adds_a_day_and_sees_its_slots(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    page = _page(qtbot, officer)
    assert page.days.rowCount() == 0
    assert "No leader reception day" in page.empty_line.text()
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AddReceptionDayDialog) and dialog.isVisible()
    dialog.day.setDate(dialog.day.date().addDays(3))
    dialog.leader.insert("王建国")  # QTest types ASCII only
    dialog.post.insert("副市长")
    dialog.place.insert("信访接待大厅一号室")
    dialog.ends.setTime(dialog.starts.time().addSecs(2 * 3600))  # 09:00–11:00
    _ok(dialog, qtbot)

    assert not dialog.isVisible()
    assert page.days.rowCount() == 1
    row = _cells(page.days, 0)
    assert row[ReceptionDayModel.DAY].startswith((today + timedelta(days=3)).isoformat())
    assert row[1:7] == ["王建国", "副市长", "信访接待大厅一号室", "09:00–11:00", "0 of 4", ""]
    assert [_cells(page.slots, r)[SlotModel.TIME] for r in range(4)] == [
        "09:00–09:30", "09:30–10:00", "10:00–10:30", "10:30–11:00",
    ]  # fmt: skip
    assert {_cells(page.slots, r)[SlotModel.STATE] for r in range(4)} == {"Free"}
    assert "王建国" in page.day_title.text() and "副市长" in page.day_title.text()
    assert "added with 4 slots" in page.status_text()
    assert len(_audited(db, "petition.reception_day.add")) == 1


def test_a_refused_day_is_explained_and_nothing_is_stored(
    qtbot: QtBot, db: Database, officer: DeskSession
) -> None:
    page = _page(qtbot, officer)
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AddReceptionDayDialog)
    _ok(dialog, qtbot)  # no leader named
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name the leader, in 1 to 40 characters."
    dialog.leader.insert("王建国")
    dialog.ends.setTime(dialog.starts.time().addSecs(20 * 60))  # 09:00–09:20
    _ok(dialog, qtbot)
    assert dialog.error_label.text() == (
        "From 09:00 to 09:20 there is no room for one slot of 30 minutes."
    )
    assert _count(db, LeaderReceptionDay) == 0
    assert page.days.rowCount() == 0


def test_a_case_is_booked_by_its_number(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    case_no = _case(db, officer.actor, today)
    _day(db, officer.actor, today + timedelta(days=1))
    page = _page(qtbot, officer)
    assert page.days.rowCount() == 1 and page.slots.rowCount() == 2
    page.slot_table.selectRow(1)
    page.book_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, BookCaseDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.case_no, case_no.lower())
    assert dialog.case_line.text() == "张三 · 城乡建设/物业管理 · Registered"
    _ok(dialog, qtbot)

    assert not dialog.isVisible()
    assert _cells(page.slots, 1) == ["09:30–10:00", case_no, "张三", "Booked"]
    assert _cells(page.slots, 0)[1:] == ["", "", "Free"]
    assert _cells(page.days, 0)[ReceptionDayModel.BOOKED] == "1 of 2"
    assert page.status_text() == f"Case {case_no} booked at 09:30–10:00."
    assert page.selected_slot() is not None and page.selected_slot().case_no == case_no  # type: ignore[union-attr]
    assert not page.book_action.isEnabled()  # the chosen slot is taken now
    assert page.cancel_action.isEnabled() and page.attended_action.isEnabled()


def test_an_unknown_number_books_nothing(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    _case(db, officer.actor, today)
    _day(db, officer.actor, today)
    page = _page(qtbot, officer)
    page.book_case()
    dialog = page.dialog
    assert isinstance(dialog, BookCaseDialog)
    number = f"XF{today.year}-999999"
    qtbot.keyClicks(dialog.case_no, number)
    assert dialog.case_line.text() == "No case has this number."
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.error_label.text() == f"There is no case numbered {number}."
    assert _count(db, SlotBooking) == 0


def test_a_slot_booked_meanwhile_at_another_desk_is_explained(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    first, second = _case(db, officer.actor, today), _case(db, officer.actor, today, "李四")
    day = _day(db, officer.actor, today)
    page = _page(qtbot, officer)
    page.book_case()
    dialog = page.dialog
    assert isinstance(dialog, BookCaseDialog)
    qtbot.keyClicks(dialog.case_no, second)
    with db.unit() as s:  # the other desk is quicker
        book_slot(s, officer.actor, day.slots[0].id, _case_id(db, first))
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        f"The slot at 09:00 on {today.isoformat()} is already booked for case {first}."
    )
    assert _count(db, SlotBooking) == 1


def _case_id(db: Database, case_no: str) -> int:
    with db.read() as s:
        return case_by_number(s, case_no).id


def _booked_page(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> tuple[LeaderDaysPage, str]:
    case_no = _case(db, officer.actor, today)
    day = _day(db, officer.actor, today)
    with db.unit() as s:
        book_slot(s, officer.actor, day.slots[0].id, _case_id(db, case_no))
    page = _page(qtbot, officer)
    page.slot_table.selectRow(0)
    return page, case_no


def test_a_petitioner_is_marked_as_come_or_not(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    page, case_no = _booked_page(qtbot, db, officer, today)
    page.attended_action.trigger()
    assert _cells(page.slots, 0)[SlotModel.STATE] == "Attended"
    assert page.status_text() == f"Case {case_no}: the petitioner came."
    assert not page.attended_action.isEnabled() and not page.cancel_action.isEnabled()
    page.absent_action.trigger()
    assert _cells(page.slots, 0)[SlotModel.STATE] == "Did not come"
    marks = _audited(db, "petition.booking.mark")
    assert [json.loads(m.after or "{}") for m in marks] == [
        {"state": "attended"},
        {"state": "absent"},
    ]


def test_cancelling_a_booking_asks_why_and_frees_the_slot(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    page, case_no = _booked_page(qtbot, db, officer, today)
    asked = page.cancel()
    assert isinstance(asked, QInputDialog) and asked.isVisible()
    assert case_no in asked.labelText()
    asked.reject()  # kept: nothing changes
    assert _cells(page.slots, 0)[SlotModel.STATE] == "Booked"

    asked = page.cancel()
    assert asked is not None
    asked.setTextValue("信访人另约时间")
    asked.accept()
    assert _cells(page.slots, 0) == ["09:00–09:30", "", "", "Free"]
    assert page.status_text() == f"The booking of case {case_no} is cancelled."
    assert len(_audited(db, "petition.booking.cancel")) == 1
    with db.read() as session:  # the reason is kept sealed in the case's history
        case = case_by_number(session, case_no)
        notes = session.scalars(
            select(CaseEvent.note_blob).where(
                CaseEvent.case_id == case.id,
                CaseEvent.kind == EventKind.BOOKING_CANCELLED.value,
            )
        ).all()
        assert [unseal(session, note, EVENT_NOTE) for note in notes] == ["信访人另约时间"]


def test_calling_a_day_off_cancels_its_bookings(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    page, _case_no = _booked_page(qtbot, db, officer, today)
    asked = page.call_off()
    assert asked is not None and "1 bookings" in asked.labelText()
    asked.accept()
    assert _cells(page.days, 0)[ReceptionDayModel.STATUS] == "Cancelled"
    assert "(cancelled)" in page.day_title.text()
    assert _cells(page.slots, 0)[SlotModel.STATE] == "Free"
    assert not page.book_action.isEnabled() and not page.call_off_action.isEnabled()


def test_the_director_reads_the_days_and_changes_nothing(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    _booked_page(qtbot, db, officer, today)
    director = desk_session(db, Role.DIRECTOR.value, PASSWORD)
    page = _page(qtbot, director)
    assert _cells(page.slots, 0)[2:] == ["张三", "Booked"]
    for action in (page.add_action, page.book_action, page.cancel_action, page.attended_action):
        assert not action.isVisible() and not action.isEnabled()
    page.slot_table.selectRow(1)
    page.book_case()
    page.mark(attended=True)
    assert page.dialog is None
    assert _audited(db, "petition.booking.mark") == []


def test_a_receptionist_is_told_the_log_is_not_theirs(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    _day(db, officer.actor, today)
    page = _page(qtbot, desk_session(db, Role.RECEPTIONIST.value, PASSWORD))
    assert page.days.rowCount() == 0
    assert page.status_text() == "Your role may not handle petitions."


def test_a_day_added_at_another_desk_shows_up(
    qtbot: QtBot, db: Database, officer: DeskSession, today: date
) -> None:
    changes = ChangeWatcher(db)
    page = _page(qtbot, officer, changes)
    assert page.days.rowCount() == 0
    _day(db, officer.actor, today + timedelta(days=2), "李卫东")
    changes.poll()
    assert page.days.rowCount() == 1
    assert _cells(page.days, 0)[ReceptionDayModel.LEADER] == "李卫东"


def test_slots_show_the_petitioner_as_the_service_gives_it(qtbot: QtBot) -> None:
    model = SlotModel()
    masked = SlotView(7, time(9), time(9, 30), 3, 11, "XF2026-000011", "张*三", "booked")
    model.set_rows([masked, SlotView(8, time(9, 30), time(10), None, None, "", "", "free")])
    assert _cells(model, 0) == ["09:00–09:30", "XF2026-000011", "张*三", "Booked"]
    assert _cells(model, 1) == ["09:30–10:00", "", "", "Free"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Time", "Case", "Petitioner", "State",
    ]  # fmt: skip

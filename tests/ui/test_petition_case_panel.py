"""The opened case as the officer and the director use it: the steps the case may take now,
with what each needs; the extension asked and approved; escalation and a leader reception
day; conversations and files; and the audited opening of the full record."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shiboken6 import isValid

from reception.core.petitions.leader_days import add_reception_day
from reception.core.petitions.states import Step
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.petitions.case_model import CaseModel
from reception.ui.petitions.cases_page import CasesPage
from reception.ui.petitions.conversation_dialog import ConversationDialog
from reception.ui.petitions.record_models import EventModel, PetitionerModel
from reception.ui.petitions.step_dialog import Action, StepDialog
from reception.ui.session import DeskSession
from tests.ui.petition_support import ID_A, TODAY, audits, make_final, register, type_text
from tests.ui.support import PASSWORD, desk_session


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def session(db: Database, officer: Actor) -> DeskSession:
    return desk_session(db, officer.login, PASSWORD)


@pytest.fixture
def case_id(db: Database, officer: Actor) -> int:
    return register(db, officer, TODAY, name="张小三", id_number=ID_A).id


def _page(qtbot: QtBot, session: DeskSession, case_id: int) -> CasesPage:
    page = CasesPage(session, None, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    assert page.select_case(case_id)
    return page


def _step_dialog(page: CasesPage, key: Step | Action) -> StepDialog:
    page.panel.action_buttons[key].click()
    dialog = page.panel.case_actions.dialog
    assert isinstance(dialog, StepDialog) and dialog.isVisible()
    return dialog


def _ok(dialog: StepDialog | ConversationDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _history(page: CasesPage) -> list[str]:
    model = page.panel.event_model
    return [str(model.index(row, EventModel.WHAT).data()) for row in range(model.rowCount())]


def test_a_step_is_taken_from_the_panel(
    qtbot: QtBot, db: Database, session: DeskSession, case_id: int
) -> None:
    page = _page(qtbot, session, case_id)
    panel = page.panel
    assert "Registered" in panel.header_text()
    assert "decide on acceptance: by 2026-12-10 15 days left" in panel.header_text()
    assert [k for k in panel.action_buttons if isinstance(k, Step)] == [Step.ACCEPT, Step.REFUSE]
    dialog = _step_dialog(page, Step.ACCEPT)
    assert dialog.on is not None and dialog.reply is None and dialog.unit is None
    _ok(dialog)
    assert not isValid(dialog) or not dialog.isVisible()
    assert "Accepted" in panel.header_text()
    assert "handle and reply: by 2027-01-25" in panel.header_text()
    assert _history(page)[-1] == "Accept (Registered → Accepted)"
    row = page.model.row_of(case_id)
    assert page.model.index(row, CaseModel.STATE).data() == "Accepted"
    assert Step.ASSIGN in panel.action_buttons and Step.REPLY in panel.action_buttons
    assert Action.ASK_EXTENSION in panel.action_buttons
    assert Step.ACCEPT not in panel.action_buttons
    assert "Accept: done for" in panel.status_label.text()


def test_not_accepting_needs_a_reason(
    qtbot: QtBot, db: Database, session: DeskSession, case_id: int
) -> None:
    page = _page(qtbot, session, case_id)
    dialog = _step_dialog(page, Step.REFUSE)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_message() == "Give the reason for this step."
    assert "Registered" in page.panel.header_text()
    assert dialog.reason is not None
    type_text(dialog.reason, "不属于本机关职权范围，已告知向法院起诉。")
    _ok(dialog)
    assert "Not accepted" in page.panel.header_text()
    assert page.panel.action_buttons.get(Step.ACCEPT) is None


def test_assigning_asks_for_the_unit(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession, case_id: int
) -> None:
    page = _page(qtbot, session, case_id)
    _ok(_step_dialog(page, Step.ACCEPT))
    dialog = _step_dialog(page, Step.ASSIGN)
    assert dialog.unit is not None and dialog.unit.text() == "市住房和城乡建设局"
    dialog.unit.setText("区住房和城乡建设局")
    _ok(dialog)
    assert "Assigned to: 区住房和城乡建设局" in page.panel.header_text()
    assert "unit may object" in page.panel.header_text()


def test_the_director_approves_the_extension_the_officer_asked(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], session: DeskSession, case_id: int
) -> None:
    page = _page(qtbot, session, case_id)
    _ok(_step_dialog(page, Step.ACCEPT))
    dialog = _step_dialog(page, Action.ASK_EXTENSION)
    assert dialog.days is not None and dialog.days.value() == 30
    dialog.days.setValue(20)
    assert dialog.reason is not None
    type_text(dialog.reason, "需现场勘验，涉及多个部门。")
    _ok(dialog)
    assert "An extension of 20 days waits for the director." in page.panel.header_text()
    assert Action.ASK_EXTENSION not in page.panel.action_buttons
    assert "approve_extension" not in page.panel.action_buttons  # the officer cannot

    director = _page(qtbot, desk_session(db, staff[Role.DIRECTOR].login, PASSWORD), case_id)
    assert "Approve the extension (20 days)…" in director.panel.button_texts()
    assert Step.ACCEPT not in director.panel.action_buttons  # the director only reads
    director.panel.action_buttons["approve_extension"].click()
    box = director.panel.case_actions.dialog
    assert isinstance(box, QMessageBox)
    approve = next(b for b in box.buttons() if b.text() == "Approve")
    approve.click()
    assert "Extended" in director.panel.header_text()
    assert "handle and reply: by 2027-02-15" in director.panel.header_text()


def test_escalation_and_a_leader_reception_day(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession, case_id: int
) -> None:
    with db.unit() as s:
        add_reception_day(s, officer, TODAY + timedelta(days=8), "王明", "副市长",
                          "信访接待大厅", time(9), time(10), 30)  # fmt: skip
    page = _page(qtbot, session, case_id)
    dialog = _step_dialog(page, Action.ESCALATE)
    assert dialog.leader is not None and dialog.reason is not None
    type_text(dialog.leader, "王明副市长")
    type_text(dialog.reason, "涉及多个部门职责，需领导协调。")
    _ok(dialog)
    assert "Escalated" in page.panel.header_text()
    assert _history(page)[-1] == "Escalated to a leader"
    page.panel.action_buttons["book"].click()
    booking = page.panel.case_actions.dialog
    assert booking is not None and booking.model.rowCount() == 2  # type: ignore[attr-defined]
    assert booking.model.index(0, 1).data() == "09:00–09:30"  # type: ignore[attr-defined]
    booking.book_button.click()  # type: ignore[attr-defined]
    assert _history(page)[-1] == "Booked for a leader reception day"


def test_conversations_and_files_are_kept_with_the_case(
    qtbot: QtBot, db: Database, session: DeskSession, case_id: int, tmp_path: Path
) -> None:
    page = _page(qtbot, session, case_id)
    panel = page.panel
    panel.add_conversation_button.click()
    talk = panel.case_actions.dialog
    assert isinstance(talk, ConversationDialog)
    _ok(talk)
    assert "Write down what was said" in talk.error_message()
    type_text(talk.said, "来访人情绪激动，反复陈述物业问题。")
    talk.mood.setCurrentIndex(talk.mood.findData("agitated"))
    type_text(talk.next_step, "三日内联系物业公司。")
    _ok(talk)
    assert panel.conversation_model.rowCount() == 1
    assert panel.conversation_model.index(0, 2).data() == "Agitated"

    scan = tmp_path / "来信扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 letter " * 100)
    panel.add_attachment(str(scan))
    qtbot.waitUntil(lambda: panel.attachment_model.rowCount() == 1)
    assert panel.attachment_model.index(0, 0).data() == "来信扫描.pdf"
    assert panel.attachment_model.index(0, 1).data() == "2 KB"
    panel.attachments_view.selectRow(0)
    out = tmp_path / "out.pdf"
    panel.save_attachment(str(out))
    qtbot.waitUntil(lambda: out.exists() and out.read_bytes() == scan.read_bytes())
    qtbot.waitUntil(lambda: panel.case_actions.jobs_running == 0)
    assert "Saved" in panel.status_label.text()


def test_opening_the_record_is_audited_and_shows_full_details(
    qtbot: QtBot, db: Database, session: DeskSession, case_id: int
) -> None:
    page = _page(qtbot, session, case_id)
    assert audits(db, "petition.open") == 1
    model = page.panel.petitioner_model
    assert model.index(0, PetitionerModel.NAME).data() == "张小三"
    assert model.index(0, PetitionerModel.ID_NUMBER).data() == ID_A
    assert page.panel.masked_note.isHidden()


def test_a_final_case_takes_no_step(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession
) -> None:
    case = register(db, officer, TODAY.replace(day=1), name="李四")
    make_final(db, officer, case.id, TODAY.replace(day=2))
    page = CasesPage(session, None, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert not page.select_case(case.id)  # closed: not among the open cases
    page.filters.show_all()
    page.refresh_list()
    assert page.select_case(case.id)
    assert [k for k in page.panel.action_buttons if isinstance(k, (Step, Action))] == []
    header = page.panel.header_text()
    assert "Final" in header and "No deadline runs now." not in header

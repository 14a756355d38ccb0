"""A case's notices from the desk: composed from the office's template (each composing
audited), saved as a PDF or printed off the GUI thread; a notice that does not fit the
case, a role that may not read the details, or a file that cannot be written is
explained and makes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reception.core.petitions.cases import office_today
from reception.core.petitions.documents import DocumentKind
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.states import Step
from reception.core.petitions.workflow import take_step
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.ui.petitions.notice_prints import NoticePrints
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session
from tests.ui.test_slip_printing import pdf_info, pdf_printer, pdf_text, squeezed

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

OFFICE = "某某市信访局"
ID_NUMBER = "110105194912310011"


@pytest.fixture
def officer(db: Database, admin: Actor, staff: dict[Role, Actor]) -> DeskSession:
    with db.unit() as s:
        update_settings(s, admin, office_name=OFFICE)
    return desk_session(db, Role.PETITIONS_OFFICER.value, PASSWORD)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def case(db: Database, officer: DeskSession) -> tuple[int, str]:
    """An accepted case: its acceptance notice fits, its reply letter not yet."""
    with db.read() as s:
        today: date = office_today(s)
    intake = IntakeForm(
        form="visit",
        received_on=today,
        summary="反映小区物业长期不履行维修义务，要求督促整改。",
        petitioners=[PetitionerForm(name="张三", id_number=ID_NUMBER, phone="13812345678")],
    )
    with db.unit() as s:
        view = register_case(s, officer.actor, intake, today=today)
    with db.unit() as s:
        take_step(s, officer.actor, view.id, Step.ACCEPT, on=today, today=today)
    return view.id, view.case_no


def _composed(db: Database) -> int:
    with db.read() as s:
        query = select(func.count()).where(AuditEntry.action == "petition.document")
        return int(s.scalar(query) or 0)


def _shown(parent: QWidget) -> list[str]:
    return [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_the_acceptance_notice_is_saved_as_a_pdf(
    qtbot: QtBot, db: Database, officer: DeskSession, case: tuple[int, str], parent: QWidget,
    tmp_path: Path,
) -> None:  # fmt: skip
    case_id, case_no = case
    prints = NoticePrints(officer, parent)
    path = tmp_path / "受理告知书.pdf"
    with qtbot.waitSignal(prints.saved, timeout=20000) as saved:
        prints.save_notice(case_id, DocumentKind.ACCEPTANCE, path)
    assert saved.args == [str(path)]
    text = squeezed(pdf_text(path))
    for expected in ("信访事项受理告知书", case_no, "张三：", "本机关决定予以受理", OFFICE):
        assert expected in text, expected
    assert "反映小区物业长期不履行维修义务" in text
    assert ID_NUMBER not in text
    assert pdf_info(path)["Pages"] == "1"
    assert _composed(db) == 1


def test_a_notice_that_does_not_fit_the_case_is_explained(
    qtbot: QtBot, db: Database, officer: DeskSession, case: tuple[int, str], parent: QWidget,
    tmp_path: Path,
) -> None:  # fmt: skip
    case_id, case_no = case
    prints = NoticePrints(officer, parent)
    path = tmp_path / "答复意见书.pdf"
    with qtbot.waitSignal(prints.failed, timeout=20000) as failed:
        prints.save_notice(case_id, "reply", path)
    assert failed.args == [f"Case {case_no} is Accepted: no Reply letter can be issued."]
    assert _shown(parent) == failed.args
    assert not path.exists()
    assert _composed(db) == 0


def test_printing_asks_for_the_printer_and_prints_on_it(
    qtbot: QtBot, db: Database, officer: DeskSession, case: tuple[int, str], parent: QWidget,
    tmp_path: Path,
) -> None:  # fmt: skip
    case_id, case_no = case
    prints = NoticePrints(officer, parent)
    asked = prints.print_notice(case_id, DocumentKind.ACCEPTANCE)
    assert isinstance(asked, QPrintDialog) and asked.isVisible()
    assert asked.windowTitle() == "Print the Acceptance notice"
    asked.reject()
    assert _composed(db) == 0  # cancelled: nothing was read

    path = tmp_path / "printed.pdf"
    with qtbot.waitSignal(prints.printed, timeout=20000) as printed:
        prints.print_on(pdf_printer(path), case_id, DocumentKind.ACCEPTANCE)
    assert printed.args == [1]
    assert case_no in squeezed(pdf_text(path))
    assert _composed(db) == 1


def test_saving_asks_for_a_file_named_after_the_notice(
    qtbot: QtBot, officer: DeskSession, case: tuple[int, str], parent: QWidget
) -> None:
    case_id, case_no = case
    prints = NoticePrints(officer, parent)
    asked = prints.ask_save(case_id, DocumentKind.ACCEPTANCE, case_no)
    assert isinstance(asked, QFileDialog) and asked.isVisible()
    assert asked.selectedFiles()[0].endswith(f"Acceptance-notice-{case_no}.pdf")
    assert asked.windowTitle() == "Save the Acceptance notice as PDF"


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, officer: DeskSession, case: tuple[int, str], parent: QWidget, tmp_path: Path
) -> None:
    prints = NoticePrints(officer, parent)
    target = tmp_path / "missing" / "notice.pdf"
    with qtbot.waitSignal(prints.failed, timeout=20000) as failed:
        prints.save_notice(case[0], DocumentKind.ACCEPTANCE, target)
    assert str(target) in failed.args[0]
    assert failed.args[0] in _shown(parent)
    assert not target.exists()


def test_a_receptionist_may_not_compose_notices(
    qtbot: QtBot, db: Database, case: tuple[int, str], parent: QWidget, tmp_path: Path
) -> None:
    prints = NoticePrints(desk_session(db, Role.RECEPTIONIST.value, PASSWORD), parent)
    path = tmp_path / "notice.pdf"
    with qtbot.waitSignal(prints.failed, timeout=20000) as failed:
        prints.save_notice(case[0], DocumentKind.ACCEPTANCE, path)
    assert failed.args == ["Your role may not see petitioners' personal details."]
    assert not path.exists() and _composed(db) == 0

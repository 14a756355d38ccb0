"""Helpers for the petitions pages' tests: cases registered through the intake service on a
fixed office day, steps taken, audit rows counted, and typing as a clerk does."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reception.core.people import id_number_check_char
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.states import Step
from reception.core.petitions.views import CaseView
from reception.core.petitions.workflow import take_step
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor
from reception.db.database import Database

TODAY = date(2026, 11, 25)  # a Wednesday, a working day
ID_A = "11010519800314123" + id_number_check_char("11010519800314123")
ID_B = "44030519900512001" + id_number_check_char("44030519900512001")
BAD_ID = ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1")  # the check character is wrong
SUMMARY = "反映小区物业长期不履行维修义务，要求督促整改。"


def register(
    db: Database,
    actor: Actor,
    received_on: date = TODAY,
    *,
    name: str = "张小三",
    id_number: str = "",
    phone: str = "13812345678",
    unit: str = "市住房和城乡建设局",
    people: int = 1,
) -> CaseView:
    intake = IntakeForm(
        form="visit",
        received_on=received_on,
        summary=SUMMARY,
        petitioners=[PetitionerForm(name=name, id_number=id_number, phone=phone)],
        category="城乡建设/物业管理",
        unit_concerned=unit,
        people_count=people,
    )
    with db.unit() as s:
        return register_case(s, actor, intake, today=TODAY)


def step(db: Database, actor: Actor, case_id: int, what: Step, on: date, **texts: str) -> CaseView:
    with db.unit() as s:
        return take_step(s, actor, case_id, what, on=on, today=TODAY, **texts)


def make_final(db: Database, actor: Actor, case_id: int, start: date) -> CaseView:
    """Accepted, replied, reviewed and decided on re-review, a day apart from `start`."""
    days = [date.fromordinal(start.toordinal() + n) for n in range(7)]
    step(db, actor, case_id, Step.ACCEPT, days[0])
    step(db, actor, case_id, Step.REPLY, days[1], reply="已督促物业限期维修。")
    step(db, actor, case_id, Step.ASK_REVIEW, days[2])
    step(db, actor, case_id, Step.DECIDE_REVIEW, days[3], reply="维持原答复意见。")
    step(db, actor, case_id, Step.ASK_RE_REVIEW, days[4])
    return step(db, actor, case_id, Step.DECIDE_RE_REVIEW, days[5], reply="维持复查意见。")


def audits(db: Database, action: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == action)) or 0


def count(db: Database, table: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def type_text(widget: QWidget, text: str) -> None:
    """Chinese as the input method commits it (QTest's key clicks know Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

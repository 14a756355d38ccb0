"""Shared values and helpers of the intake, screening and record tests: registering through
the services (unlike petitions_support, which writes the tables for the workflow's tests)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from reception.core.people import id_number_check_char
from reception.core.petitions.intake import IntakeForm, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.views import CaseView
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor
from reception.db.database import Database

TODAY = date(2026, 11, 25)  # a Wednesday
RECEIVED = date(2026, 11, 20)
PHONE = "13812345678"
OTHER_PHONE = "13987654321"
ADDRESS = "江东市滨江区幸福路88号3栋502室"
SUMMARY = "反映小区物业长期不履行维修义务，电梯停运三个月。"
DEMANDS = "要求督促物业公司立即修复电梯并赔偿损失。"
CATEGORY = "城乡建设/物业管理"


def id_number(first17: str) -> str:
    return first17 + id_number_check_char(first17)


MAN_ID = id_number("11010519800314123")
WOMAN_ID = id_number("44030519850620124")
THIRD_ID = id_number("32010219700101561")


def person(name: str = "张三", **changes: object) -> PetitionerForm:
    values: dict[str, object] = {"name": name, "id_number": MAN_ID, "phone": PHONE}
    values.update(changes)
    return PetitionerForm(**values)  # type: ignore[arg-type]


def intake(*people: PetitionerForm, **changes: object) -> IntakeForm:
    values: dict[str, object] = {
        "form": "visit",
        "received_on": RECEIVED,
        "summary": SUMMARY,
        "petitioners": list(people) or [person()],
        "demands": DEMANDS,
        "category": CATEGORY,
        "unit_concerned": "市住房和城乡建设局",
        "people_count": max(1, len(people)),
    }
    values.update(changes)
    return IntakeForm(**values)  # type: ignore[arg-type]


def register(db: Database, actor: Actor, *people: PetitionerForm, **changes: object) -> CaseView:
    with db.unit() as session:
        return register_case(session, actor, intake(*people, **changes), today=TODAY)


def audit_rows(db: Database, action: str | None = None) -> list[AuditEntry]:
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0

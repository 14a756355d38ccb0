"""Cases for petitions tests, written straight to the tables (the case, its petitioners,
the first visit and the REGISTERED event), so that the workflow's tests do not depend on
the intake services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.people import mask_id_number, name_search_keys
from reception.core.petitions.cases import CASE_TEXT, ID_NUMBER, add_event, refresh_due, seal
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    CasePetitioner,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.states import CaseState, EventKind
from reception.core.security.roles import Actor
from reception.db.base import utcnow
from reception.db.database import Database

SUMMARY = "反映所在小区物业长期未履行维修义务，要求督促整改。"


def add_case(
    session: Session,
    actor: Actor,
    *,
    received_on: date,
    names: tuple[str, ...] = ("张三",),
    representatives: tuple[str, ...] = (),
    form: str = "visit",
    category: str = "城乡建设/物业管理",
    unit: str = "市住房和城乡建设局",
    people_count: int = 1,
    summary: str = SUMMARY,
    id_number: str = "",
) -> PetitionCase:
    """A registered case with its petitioners and first visit, in the caller's unit."""
    year_cases = session.scalar(
        select(func.count())
        .select_from(PetitionCase)
        .where(PetitionCase.case_no.startswith(f"XF{received_on.year}-"))
    )
    people = max(people_count, len(names))
    case = PetitionCase(
        case_no=f"XF{received_on.year}-{(year_cases or 0) + 1:06d}",
        form=form,
        received_on=received_on,
        category=category,
        unit_concerned=unit,
        summary_blob=seal(session, summary, CASE_TEXT),
        people_count=people,
        is_joint=people >= JOINT_VISIT_PEOPLE,
        state=CaseState.REGISTERED.value,
        is_final=False,
        officer_id=actor.operator_id,
        visit_count=1,
        last_visit_on=received_on,
        created_at=utcnow(),
        created_by=actor.login,
    )
    session.add(case)
    session.flush()
    persons = []
    for position, name in enumerate(names):
        pinyin, initials = name_search_keys(name)
        person = Petitioner(
            name=name,
            name_pinyin=pinyin,
            name_initials=initials,
            created_at=utcnow(),
            id_number_masked="",
            phone_masked="",
        )
        if id_number and position == 0:
            person.id_number_blob = seal(session, id_number, ID_NUMBER)
            person.id_number_masked = mask_id_number(id_number)
        session.add(person)
        session.flush()
        persons.append(person)
        session.add(
            CasePetitioner(
                case_id=case.id,
                petitioner_id=person.id,
                is_representative=name in representatives,
                position=position,
            )
        )
    session.add(
        PetitionVisit(
            case_id=case.id,
            petitioner_id=persons[0].id,
            came_on=received_on,
            form=form,
            people_count=people,
            is_repeat=False,
            created_at=utcnow(),
            created_by=actor.login,
        )
    )
    add_event(
        session,
        actor,
        case,
        EventKind.REGISTERED.value,
        received_on,
        to_state=CaseState.REGISTERED.value,
    )
    refresh_due(session, case)
    session.flush()
    return case


def new_case(db: Database, actor: Actor, **fields: object) -> int:
    """A registered case in its own unit of work; its id."""
    with db.unit() as session:
        return add_case(session, actor, **fields).id  # type: ignore[arg-type]


def add_repeat_visit(
    session: Session, actor: Actor, case_id: int, came_on: date, people_count: int = 1
) -> None:
    session.add(
        PetitionVisit(
            case_id=case_id,
            came_on=came_on,
            form="visit",
            people_count=people_count,
            is_repeat=True,
            created_at=utcnow(),
            created_by=actor.login,
        )
    )
    session.flush()

"""The deadlines view: cases with an office deadline first, the most pressing (overdue)
first, then the rest newest first; filtered by text, unit, officer, state and how soon they
are due. Paged by key, on the next_due_on index, holding no cursor between pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from reception.core.people import name_search_keys, normalise_name
from reception.core.petitions.cases import authorize_reading, case_views, office_today
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    CasePetitioner,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.states import CLOSED_STATES, CaseState
from reception.core.petitions.views import CaseView
from reception.core.security.models import Operator
from reception.core.security.roles import Actor

MAX_PAGE = 1000


@dataclass(frozen=True)
class CaseFilter:
    """What the deadlines view shows. `due_within`: due on or before today + that many days
    (overdue ones included); `overdue`: past due only; `open_only`: not closed, refused or
    final."""

    text: str = ""
    unit: str = ""
    officer_id: int | None = None
    due_within: int | None = None
    overdue: bool = False
    open_only: bool = True
    states: tuple[CaseState, ...] = ()
    received_on: date | None = None  # received that day (the overview's "new today")
    joint_visit_on: date | None = None  # a joint visit (5+ people) came about it that day


PageKey = tuple[date | None, date, int]


def page_key(view: CaseView) -> PageKey:
    """The key of a listed case: pass the last one as `after` for the next page."""
    return (view.next_due_on, view.received_on, view.id)


def _text_match(text: str) -> Any:
    """Case number prefix, or a petitioner's name, pinyin or initials prefix."""
    words = text.strip()
    if not words:
        return None
    name = normalise_name(words)
    pinyin = name_search_keys(words)[0]
    people = [Petitioner.name.startswith(name, autoescape=True)]
    if pinyin:
        people += [
            Petitioner.name_pinyin.startswith(pinyin, autoescape=True),
            Petitioner.name_initials.startswith(pinyin, autoescape=True),
        ]
    by_person = exists(
        select(CasePetitioner.case_id)
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.case_id == PetitionCase.id, or_(*people))
    )
    return or_(PetitionCase.case_no.startswith(words.upper(), autoescape=True), by_person)


def _filtered(flt: CaseFilter, today: date) -> Select[PetitionCase]:
    query = select(PetitionCase)
    if flt.open_only:
        query = query.where(PetitionCase.state.not_in([s.value for s in CLOSED_STATES]))
    if flt.states:
        query = query.where(PetitionCase.state.in_([CaseState(s).value for s in flt.states]))
    if flt.unit.strip():
        unit = " ".join(flt.unit.split())
        query = query.where(
            or_(PetitionCase.assigned_unit == unit, PetitionCase.unit_concerned == unit)
        )
    if flt.officer_id is not None:
        query = query.where(PetitionCase.officer_id == flt.officer_id)
    if flt.overdue:
        query = query.where(PetitionCase.next_due_on < today)
    if flt.due_within is not None:
        query = query.where(PetitionCase.next_due_on <= today + timedelta(days=flt.due_within))
    if flt.received_on is not None:
        query = query.where(PetitionCase.received_on == flt.received_on)
    if flt.joint_visit_on is not None:
        query = query.where(
            exists(
                select(PetitionVisit.id).where(
                    PetitionVisit.case_id == PetitionCase.id,
                    PetitionVisit.came_on == flt.joint_visit_on,
                    PetitionVisit.people_count >= JOINT_VISIT_PEOPLE,
                )
            )
        )
    match = _text_match(flt.text)
    if match is not None:
        query = query.where(match)
    return query


def list_cases(
    session: Session,
    actor: Actor,
    flt: CaseFilter = CaseFilter(),
    *,
    today: date | None = None,
    limit: int = 200,
    after: tuple[Any, ...] | None = None,
) -> list[CaseView]:
    """One page of the deadlines view; `after` is page_key() of the previous page's last
    row. Cases with a deadline come by next_due_on (the index), then the others by
    received_on, newest first."""
    authorize_reading(session, actor)
    today = today or office_today(session)
    limit = max(1, min(limit, MAX_PAGE))
    base = _filtered(flt, today)
    rows: list[PetitionCase] = []
    in_due_part = after is None or after[0] is not None
    if in_due_part:
        due = base.where(PetitionCase.next_due_on.is_not(None))
        if after is not None:
            due_on, _, last_id = after
            due = due.where(
                or_(
                    PetitionCase.next_due_on > due_on,
                    and_(PetitionCase.next_due_on == due_on, PetitionCase.id > last_id),
                )
            )
        due = due.order_by(PetitionCase.next_due_on, PetitionCase.id).limit(limit)
        rows = list(session.scalars(due))
    if len(rows) < limit and not flt.overdue and flt.due_within is None:
        rest = base.where(PetitionCase.next_due_on.is_(None))
        if after is not None and not in_due_part:
            _, received, last_id = after
            rest = rest.where(
                or_(
                    PetitionCase.received_on < received,
                    and_(PetitionCase.received_on == received, PetitionCase.id < last_id),
                )
            )
        rest = rest.order_by(PetitionCase.received_on.desc(), PetitionCase.id.desc())
        rows += session.scalars(rest.limit(limit - len(rows)))
    return case_views(session, actor, rows, today)


def units_in_use(session: Session, actor: Actor) -> list[str]:
    """Every unit named on a case (concerned or assigned), for the view's unit filter."""
    authorize_reading(session, actor)
    concerned = select(PetitionCase.unit_concerned.label("unit")).where(
        PetitionCase.unit_concerned != ""
    )
    assigned = select(PetitionCase.assigned_unit.label("unit")).where(
        PetitionCase.assigned_unit.is_not(None), PetitionCase.assigned_unit != ""
    )
    found = {u for u in session.scalars(concerned.union(assigned)) if u}
    return sorted(found)


def officers(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """The officers in charge of cases, (operator id, display name), by name."""
    authorize_reading(session, actor)
    rows = session.execute(
        select(Operator.id, Operator.display_name)
        .where(exists(select(PetitionCase.id).where(PetitionCase.officer_id == Operator.id)))
        .order_by(Operator.display_name, Operator.id)
    )
    return [(op_id, name) for op_id, name in rows]

"""What every petitions service shares: reading permissions, finding a case, keeping its
next deadline current, writing its history, and turning rows into views."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import NotFound, NotPermitted
from reception.core.people import mask_name
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.clock import CaseDates, next_due
from reception.core.petitions.models import CaseEvent, CasePetitioner, PetitionCase, Petitioner
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import CaseForm, CaseState, DueKind
from reception.core.petitions.views import CaseView, urgency
from reception.core.security.audit import lock_chain
from reception.core.security.fields import FieldCipher
from reception.core.security.models import Operator
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

CASE = "petition_case"
# Purposes of the protected values: each binds its ciphertext to its column.
ID_NUMBER = "petitioner.id_number"
PHONE = "petitioner.phone"
ADDRESS = "petitioner.address"
CASE_TEXT = "petition_case.text"
EVENT_NOTE = "petition_event.note"
CONVERSATION_TEXT = "petition_conversation.text"
ATTACHMENT = "petition_attachment.content"


def cipher_of(session: Session) -> FieldCipher:
    cipher: FieldCipher = session.info["cipher"]
    return cipher


def seal(session: Session, text: str, purpose: str) -> bytes | None:
    """Encrypt a case text; None for an empty one."""
    return cipher_of(session).encrypt(text, purpose.encode()) if text else None


def unseal(session: Session, blob: bytes | None, purpose: str) -> str:
    return cipher_of(session).decrypt(blob, purpose.encode()) if blob else ""


def office_today(session: Session) -> date:
    return office_day(utcnow(), load_settings(session).zone)


def authorize_reading(session: Session, actor: Actor) -> None:
    """The petitions log is read by the petitions officer and the director; every other
    role sees nothing of it."""
    if actor.may(Permission.HANDLE_PETITIONS):
        authorize(session, actor, Permission.HANDLE_PETITIONS)
    elif actor.may(Permission.READ_EVERYTHING):
        authorize(session, actor, Permission.READ_EVERYTHING)
    else:
        raise NotPermitted(
            QT_TRANSLATE_NOOP("Errors", "Your role may not {action}."),
            action=Permission.HANDLE_PETITIONS.label,
        )


def sees_details(actor: Actor) -> bool:
    return actor.may(Permission.SEE_PETITIONER_DETAILS)


def case_row(session: Session, case_id: int, *, lock: bool = False) -> PetitionCase:
    if lock:
        lock_chain(session)  # one writer per case at a time, on both databases
    query = select(PetitionCase).where(PetitionCase.id == case_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    case = session.scalars(query).first()
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no case {id}."), id=case_id)
    return case


def case_by_number(session: Session, case_no: str) -> PetitionCase:
    case = session.scalars(
        select(PetitionCase).where(PetitionCase.case_no == case_no.strip().upper())
    ).first()
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no case numbered {case_no}."),
            case_no=case_no,
        )
    return case


def case_dates(case: PetitionCase) -> CaseDates:
    return CaseDates(
        received_on=case.received_on,
        state=CaseState(case.state),
        accepted_on=case.accepted_on,
        assigned_on=case.assigned_on,
        extension_days=case.extension_days,
        replied_on=case.replied_on,
        review_asked_on=case.review_asked_on,
        reviewed_on=case.reviewed_on,
        re_review_asked_on=case.re_review_asked_on,
        hearing_days=case.hearing_days,
    )


def refresh_due(session: Session, case: PetitionCase) -> None:
    """Keep the case's next deadline (the deadlines view's sort key) current."""
    due = next_due(case_dates(case), load_calendar(session))
    case.next_due_on, case.next_due_kind = (None, None) if due is None else (due[0], due[1].value)


def add_event(
    session: Session,
    actor: Actor,
    case: PetitionCase,
    kind: str,
    on_day: date,
    *,
    from_state: str | None = None,
    to_state: str | None = None,
    leader: str | None = None,
    note: str = "",
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        at=utcnow(),
        on_day=on_day,
        operator_login=actor.login,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        leader=leader,
        note_blob=seal(session, note, EVENT_NOTE),
    )
    session.add(event)
    return event


def petitioners_of(session: Session, case_ids: list[int]) -> dict[int, list[Petitioner]]:
    """Each case's petitioners in their order, in one query."""
    rows = session.execute(
        select(CasePetitioner.case_id, Petitioner)
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.case_id.in_(case_ids))
        .order_by(CasePetitioner.case_id, CasePetitioner.position)
    ).all()
    found: dict[int, list[Petitioner]] = {case_id: [] for case_id in case_ids}
    for case_id, person in rows:
        found[case_id].append(person)
    return found


def officer_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Operator.id, Operator.display_name).where(Operator.id.in_(ids)))
    return {op_id: name for op_id, name in rows}


def case_views(
    session: Session, actor: Actor, cases: list[PetitionCase], today: date | None = None
) -> list[CaseView]:
    """List rows for `cases`, names masked for roles that do not see details."""
    today = today or office_today(session)
    soon = load_petition_settings(session).due_soon_days
    people = petitioners_of(session, [c.id for c in cases])
    officers = officer_names(session, {c.officer_id for c in cases if c.officer_id is not None})
    full = sees_details(actor)
    views = []
    for case in cases:
        persons = people.get(case.id, [])
        names = [p.name if full else mask_name(p.name) for p in persons]
        shown = "、".join(names[:3]) + ("等" if len(names) > 3 else "")
        views.append(
            CaseView(
                id=case.id,
                case_no=case.case_no,
                form=CaseForm(case.form),
                received_on=case.received_on,
                category=case.category,
                unit_concerned=case.unit_concerned,
                state=CaseState(case.state),
                is_final=case.is_final,
                is_joint=case.is_joint,
                people_count=case.people_count,
                petitioners=shown,
                id_number_masked=persons[0].id_number_masked if persons else "",
                assigned_unit=case.assigned_unit or "",
                officer=officers.get(case.officer_id, "") if case.officer_id else "",
                next_due_on=case.next_due_on,
                next_due_kind=DueKind(case.next_due_kind) if case.next_due_kind else None,
                urgency=urgency(case.next_due_on, today, soon),
                visit_count=case.visit_count,
                last_visit_on=case.last_visit_on,
                escalated=case.escalated,
                extension_asked_days=case.extension_asked_days,
            )
        )
    return views


def case_view(session: Session, actor: Actor, case: PetitionCase) -> CaseView:
    return case_views(session, actor, [case])[0]

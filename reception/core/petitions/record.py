"""Opening a case's full record: every protected value decrypted, for the roles that see
petitioners' details (the petitions officer and the director). Every opening is a write:
it is audited ("petition.open", with no personal data), so callers use a writing unit of
work. `case_summary` is the masked list row, for any reader of the log, and not audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import (
    ADDRESS,
    CASE,
    CASE_TEXT,
    CONVERSATION_TEXT,
    EVENT_NOTE,
    ID_NUMBER,
    PHONE,
    authorize_reading,
    case_dates,
    case_row,
    case_view,
    unseal,
)
from reception.core.petitions.clock import deadlines
from reception.core.petitions.models import (
    Attachment,
    CaseEvent,
    CasePetitioner,
    Conversation,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.states import CaseForm, CaseState, Mood, steps_from
from reception.core.petitions.views import (
    AttachmentView,
    CaseRecord,
    CaseView,
    ConversationView,
    EventView,
    PetitionerView,
    VisitView,
)
from reception.core.security.audit import record
from reception.core.security.models import Operator
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission


def display_names(session: Session, logins: set[str]) -> dict[str, str]:
    """Operators' display names by login, in one query; a login no longer known stays."""
    if not logins:
        return {}
    rows = session.execute(
        select(Operator.login, Operator.display_name).where(Operator.login.in_(logins))
    )
    names = {login: name or login for login, name in rows}
    return {login: names.get(login, login) for login in logins}


def conversation_view(session: Session, row: Conversation) -> ConversationView:
    return ConversationView(
        id=row.id,
        at=row.at,
        received_by=row.received_by,
        said=unseal(session, row.said_blob, CONVERSATION_TEXT),
        demands=unseal(session, row.demands_blob, CONVERSATION_TEXT),
        promises=unseal(session, row.promises_blob, CONVERSATION_TEXT),
        mood=Mood(row.mood),
        next_step=unseal(session, row.next_step_blob, CONVERSATION_TEXT),
        visit_id=row.visit_id,
    )


def attachment_view(row: Attachment, names: dict[str, str] | None = None) -> AttachmentView:
    return AttachmentView(
        id=row.id,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        added_at=row.added_at,
        added_by=(names or {}).get(row.added_by, row.added_by),
    )


def _petitioners(session: Session, case_id: int) -> list[PetitionerView]:
    rows = session.execute(
        select(Petitioner, CasePetitioner.is_representative)
        .join(CasePetitioner, CasePetitioner.petitioner_id == Petitioner.id)
        .where(CasePetitioner.case_id == case_id)
        .order_by(CasePetitioner.position)
    ).all()
    return [
        PetitionerView(
            id=person.id,
            name=person.name,
            id_number=unseal(session, person.id_number_blob, ID_NUMBER),
            phone=unseal(session, person.phone_blob, PHONE),
            address=unseal(session, person.address_blob, ADDRESS),
            gender=person.gender,
            is_representative=representative,
        )
        for person, representative in rows
    ]


def _visits(session: Session, case_id: int) -> list[PetitionVisit]:
    return list(
        session.scalars(
            select(PetitionVisit)
            .where(PetitionVisit.case_id == case_id)
            .order_by(PetitionVisit.came_on, PetitionVisit.id)
        )
    )


def _record(session: Session, actor: Actor, case: PetitionCase) -> CaseRecord:
    petitioners = _petitioners(session, case.id)
    visits = _visits(session, case.id)
    conversations = session.scalars(
        select(Conversation).where(Conversation.case_id == case.id).order_by(Conversation.at)
    ).all()
    attachments = session.scalars(
        select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.id)
    ).all()
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    ).all()
    logins = {v.created_by for v in visits} | {e.operator_login for e in events}
    names = display_names(session, logins | {a.added_by for a in attachments})
    people = {p.id: p.name for p in petitioners}
    missing = {v.petitioner_id for v in visits if v.petitioner_id not in people} - {None}
    if missing:  # a petitioner no longer linked to the case
        people.update(
            session.execute(
                select(Petitioner.id, Petitioner.name).where(Petitioner.id.in_(missing))
            )
            .tuples()
            .all()
        )
    return CaseRecord(
        case=case_view(session, actor, case),
        summary=unseal(session, case.summary_blob, CASE_TEXT),
        demands=unseal(session, case.demands_blob, CASE_TEXT),
        decision_reason=unseal(session, case.decision_reason_blob, CASE_TEXT),
        extension_reason=unseal(session, case.extension_reason_blob, CASE_TEXT),
        reply=unseal(session, case.reply_blob, CASE_TEXT),
        deadlines=deadlines(case_dates(case), load_calendar(session)),
        steps=steps_from(CaseState(case.state)),
        petitioners=petitioners,
        visits=[
            VisitView(
                id=v.id,
                came_on=v.came_on,
                form=CaseForm(v.form),
                people_count=v.people_count,
                is_repeat=v.is_repeat,
                petitioner=people.get(v.petitioner_id, "") if v.petitioner_id else "",
                recorded_by=names.get(v.created_by, v.created_by),
            )
            for v in visits
        ],
        conversations=[conversation_view(session, c) for c in conversations],
        attachments=[attachment_view(a, names) for a in attachments],
        events=[
            EventView(
                id=e.id,
                at=e.at,
                on_day=e.on_day,
                operator=names.get(e.operator_login, e.operator_login),
                kind=e.kind,
                from_state=CaseState(e.from_state) if e.from_state else None,
                to_state=CaseState(e.to_state) if e.to_state else None,
                leader=e.leader or "",
                note=unseal(session, e.note_blob, EVENT_NOTE),
            )
            for e in events
        ],
    )


def open_case(session: Session, actor: Actor, case_id: int) -> CaseRecord:
    """The full record, decrypted; the opening is audited every time."""
    authorize(session, actor, Permission.SEE_PETITIONER_DETAILS)
    case = case_row(session, case_id)
    opened = _record(session, actor, case)
    record(session, actor, "petition.open", CASE, case.id, None, {"case_no": case.case_no})
    return opened


def case_summary(session: Session, actor: Actor, case_id: int) -> CaseView:
    """The case's list row (names masked for roles without details); not audited."""
    authorize_reading(session, actor)
    return case_view(session, actor, case_row(session, case_id))

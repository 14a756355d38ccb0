"""Conversation records (接谈记录): who received the person, what was said, the demands,
the promises made, the person's state and the next step. Every text is encrypted; the
audit row names the case and the mood, never the words."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.petitions.cases import (
    CASE,
    CONVERSATION_TEXT,
    case_row,
    cipher_of,
    seal,
)
from reception.core.petitions.models import Conversation, PetitionVisit
from reception.core.petitions.people import FormRefused, problem
from reception.core.petitions.record import conversation_view
from reception.core.petitions.states import Mood
from reception.core.petitions.views import ConversationView
from reception.core.security.audit import record
from reception.core.security.models import Operator
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

SAID_MAX = 8000
TEXT_MAX = 2000

SAID_EMPTY = QT_TRANSLATE_NOOP("Petitions", "Write down what was said")
SAID_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "What was said has at most 8000 characters")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "This text has at most 2000 characters")
UNKNOWN_MOOD = QT_TRANSLATE_NOOP("Petitions", "Choose calm, anxious, agitated or distressed")
NOT_THIS_CASE = QT_TRANSLATE_NOOP("Petitions", "This visit does not belong to the case")


class ConversationRefused(FormRefused):
    """Every problem of a conversation record at once; nothing was written."""


@dataclass(frozen=True)
class ConversationForm:
    said: str
    demands: str = ""
    promises: str = ""
    mood: Mood | str = Mood.CALM
    next_step: str = ""
    visit_id: int | None = None


@dataclass(frozen=True)
class _Checked:
    said: str
    demands: str
    promises: str
    mood: Mood
    next_step: str


def _check(form: ConversationForm) -> tuple[_Checked, dict[str, str]]:
    problems: dict[str, str] = {}
    said = str(form.said).strip()
    if not said:
        problems["said"] = problem("Petitions", SAID_EMPTY)
    elif len(said) > SAID_MAX:
        problems["said"] = problem("Petitions", SAID_TOO_LONG)
    texts = {}
    for key in ("demands", "promises", "next_step"):
        texts[key] = str(getattr(form, key)).strip()
        if len(texts[key]) > TEXT_MAX:
            problems[key] = problem("Petitions", TEXT_TOO_LONG)
    try:
        mood = Mood(str(form.mood).strip().lower())
    except ValueError:
        problems["mood"] = problem("Petitions", UNKNOWN_MOOD)
        mood = Mood.CALM
    return _Checked(said, texts["demands"], texts["promises"], mood, texts["next_step"]), problems


def add_conversation(
    session: Session, actor: Actor, case_id: int, form: ConversationForm
) -> ConversationView:
    """Log a conversation with the case's petitioner(s), received by the acting officer."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    case = case_row(session, case_id)
    checked, problems = _check(form)
    if form.visit_id is not None:
        visit_case = session.scalar(
            select(PetitionVisit.case_id).where(PetitionVisit.id == form.visit_id)
        )
        if visit_case != case.id:
            problems["visit_id"] = problem("Petitions", NOT_THIS_CASE)
    if problems:
        raise ConversationRefused(problems)
    received_by = actor.login
    if actor.operator_id is not None:
        received_by = (
            session.scalar(select(Operator.display_name).where(Operator.id == actor.operator_id))
            or actor.login
        )
    row = Conversation(
        case_id=case.id,
        visit_id=form.visit_id,
        at=utcnow(),
        received_by=received_by[:40],
        said_blob=cipher_of(session).encrypt(checked.said, CONVERSATION_TEXT.encode()),
        demands_blob=seal(session, checked.demands, CONVERSATION_TEXT),
        promises_blob=seal(session, checked.promises, CONVERSATION_TEXT),
        next_step_blob=seal(session, checked.next_step, CONVERSATION_TEXT),
        mood=checked.mood.value,
        created_by=actor.login,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        "petition.conversation",
        CASE,
        case.id,
        None,
        {
            "case_no": case.case_no,
            "conversation_id": row.id,
            "visit_id": row.visit_id,
            "mood": row.mood,
        },
    )
    return conversation_view(session, row)

"""The steps of a case (DOMAIN.md section 3): accept or refuse, assign to a unit, the unit's
objection, extension (asked by the officer, approved by the director), reply, close, review
and re-review, and escalation to a leader.

Every step is one of states.TRANSITIONS, dated on the office's day (or an earlier day given
by the officer, never before the case's previous step and never in the future), written to
the case's history (petition_event) and to the audit chain in the caller's transaction, and
the case's next deadline is recomputed. Texts (reasons, replies, decisions) are sealed; the
audit rows carry the states, dates and units, never the texts.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import (
    CASE,
    CASE_TEXT,
    add_event,
    case_dates,
    case_row,
    case_views,
    office_today,
    refresh_due,
    seal,
)
from reception.core.petitions.clock import deadlines
from reception.core.petitions.models import MAX_EXTENSION_DAYS, CaseEvent, PetitionCase
from reception.core.petitions.states import TRANSITIONS, CaseState, EventKind, Step
from reception.core.petitions.views import CaseView
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP

MAX_TEXT = 4000  # a reason, a reply, a decision
MAX_UNIT = 80
MAX_LEADER = 60
MAX_HEARING_DAYS = 90


class ReasonRequired(InvalidInput):
    """The step (refusal, objection, extension, escalation) needs a written reason."""


# -- checks -------------------------------------------------------------------------------


def _text(text: str, what: str, *, required: bool = True) -> str:
    """A reason, reply or decision, trimmed; refused when empty (if required) or too long."""
    value = text.strip()
    if required and not value:
        if what == "reply":
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Write the reply or decision given to the petitioner.")
            )
        raise ReasonRequired(QT_TRANSLATE_NOOP("Errors", "Give the reason for this step."))
    if len(value) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The text may have at most {most} characters."),
            most=MAX_TEXT,
        )
    return value


def _unit(unit: str) -> str:
    value = " ".join(unit.split())
    if not value:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name the unit the case is assigned to."))
    if len(value) > MAX_UNIT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A unit's name may have at most {most} characters."),
            most=MAX_UNIT,
        )
    return value


def _last_step_day(session: Session, case: PetitionCase) -> date:
    """The day of the case's latest step (or its receipt): a new step is not dated before it."""
    last = session.scalar(
        select(func.max(CaseEvent.on_day)).where(
            CaseEvent.case_id == case.id, CaseEvent.to_state.is_not(None)
        )
    )
    return max(case.received_on, last) if last is not None else case.received_on


def _step_day(session: Session, case: PetitionCase, on: date | None, today: date) -> date:
    day = on or today
    if day > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A step cannot be dated after today ({today})."),
            today=today.isoformat(),
        )
    earliest = _last_step_day(session, case)
    if day < earliest:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A step of case {case_no} cannot be dated before {day}, its previous step.",
            ),
            case_no=case.case_no,
            day=earliest.isoformat(),
        )
    return day


def _target(case: PetitionCase, step: Step) -> CaseState:
    state = CaseState(case.state)
    if state is CaseState.FINAL:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Case {case_no} is final after its re-review: it takes no further step.",
            ),
            case_no=case.case_no,
        )
    target = TRANSITIONS.get((state, step))
    if target is None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Case {case_no} is {state}: it cannot take the step {step}."
            ),
            case_no=case.case_no,
            state=state.label,
            step=step.label,
        )
    return target


def _within(case: PetitionCase, day: date, due: date | None, what: str) -> None:
    """`day` must fall on or before the end of the period `what`, which ends on `due`."""
    if due is not None and day <= due:
        return
    if what == "objection":
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unit could object to case {case_no} until {due}: the period has passed.",
            ),
            case_no=case.case_no,
            due=due.isoformat() if due else "",
        )
    if what == "handling":
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The handling period of case {case_no} ended on {due}: "
                "an extension is asked and approved within it.",
            ),
            case_no=case.case_no,
            due=due.isoformat() if due else "",
        )
    raise Conflict(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The petitioner could ask for it until {due}: the request for case {case_no} "
            "comes too late.",
        ),
        case_no=case.case_no,
        due=due.isoformat() if due else "",
    )


def _snapshot(case: PetitionCase) -> dict[str, object]:
    """What the audit keeps of a case: states, dates and units, never its texts."""
    return {
        "state": case.state,
        "assigned_unit": case.assigned_unit,
        "extension_days": case.extension_days,
        "extension_asked_days": case.extension_asked_days,
        "hearing_days": case.hearing_days,
        "next_due_on": case.next_due_on,
        "escalated": case.escalated,
    }


def _view(session: Session, actor: Actor, case: PetitionCase, today: date) -> CaseView:
    return case_views(session, actor, [case], today)[0]


# -- steps --------------------------------------------------------------------------------


def take_step(
    session: Session,
    actor: Actor,
    case_id: int,
    step: Step | str,
    *,
    on: date | None = None,
    reason: str = "",
    unit: str = "",
    reply: str = "",
    today: date | None = None,
) -> CaseView:
    """Move the case along one of TRANSITIONS. An extension is approved with
    approve_extension, not taken here."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    try:
        step = Step(step)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no step named {step}."), step=step
        ) from None
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    if step is Step.EXTEND:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "An extension is asked by the officer and approved by the director."
            )
        )
    source = CaseState(case.state)
    target = _target(case, step)
    day = _step_day(session, case, on, today)
    before = _snapshot(case)
    limits = deadlines(case_dates(case), load_calendar(session))
    note = ""
    if step is Step.ACCEPT:
        case.decided_on = case.accepted_on = day
        note = _text(reason, "reason", required=False)
    elif step is Step.REFUSE:
        note = _text(reason, "reason")
        case.decided_on = day
        case.decision_reason_blob = seal(session, note, CASE_TEXT)
    elif step is Step.ASSIGN:
        case.assigned_unit = _unit(unit)
        case.assigned_on = day
        note = _text(reason, "reason", required=False)
    elif step is Step.OBJECT:
        _within(case, day, limits.objection, "objection")
        note = _text(reason, "reason")
        case.assigned_unit = None
        case.assigned_on = None
    elif step is Step.REPLY:
        note = _text(reply, "reply")
        case.replied_on = day
        case.reply_blob = seal(session, note, CASE_TEXT)
    elif step is Step.CLOSE:
        case.closed_on = day
        note = _text(reason, "reason", required=False)
    elif step is Step.ASK_REVIEW:
        _within(case, day, limits.review_request, "request")
        case.review_asked_on = day
        note = _text(reason, "reason", required=False)
    elif step is Step.DECIDE_REVIEW:
        note = _text(reply, "reply")
        case.reviewed_on = day
    elif step is Step.ASK_RE_REVIEW:
        _within(case, day, limits.re_review_request, "request")
        case.re_review_asked_on = day
        note = _text(reason, "reason", required=False)
    elif step is Step.DECIDE_RE_REVIEW:
        note = _text(reply, "reply")
        case.re_reviewed_on = case.closed_on = day
        case.is_final = True
    case.state = target.value
    if (target, Step.EXTEND) not in TRANSITIONS:
        case.extension_asked_days = None  # a request left unanswered lapses with the step
    refresh_due(session, case)
    add_event(
        session,
        actor,
        case,
        step.value,
        day,
        from_state=source.value,
        to_state=target.value,
        note=note,
    )
    after = {**_snapshot(case), "step": step.value, "on": day}
    record(session, actor, "petition.step", CASE, case.id, before, after)
    session.flush()
    return _view(session, actor, case, today)


# -- extension ----------------------------------------------------------------------------


def _extendable(session: Session, case: PetitionCase, today: date) -> None:
    """The case may be extended now: in a state that allows it, within its handling period."""
    _target(case, Step.EXTEND)
    limits = deadlines(case_dates(case), load_calendar(session))
    _within(case, today, limits.handling, "handling")


def ask_extension(
    session: Session,
    actor: Actor,
    case_id: int,
    days: int,
    reason: str,
    *,
    today: date | None = None,
) -> CaseView:
    """The officer asks the director for up to 30 more days, with the reason the petitioner
    will be told. A case is extended once."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    if case.extension_asked_days is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "An extension of {days} days for case {case_no} is waiting for the director.",
            ),
            days=case.extension_asked_days,
            case_no=case.case_no,
        )
    _extendable(session, case, today)
    if isinstance(days, bool) or not 1 <= days <= MAX_EXTENSION_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An extension is 1 to {most} days."),
            most=MAX_EXTENSION_DAYS,
        )
    text = _text(reason, "reason")
    before = _snapshot(case)
    case.extension_asked_days = days
    case.extension_asked_by = actor.login
    case.extension_reason_blob = seal(session, text, CASE_TEXT)
    add_event(session, actor, case, EventKind.EXTENSION_ASKED.value, today, note=text)
    record(session, actor, "petition.extension_ask", CASE, case.id, before, _snapshot(case))
    session.flush()
    return _view(session, actor, case, today)


def _pending(case: PetitionCase) -> int:
    if case.extension_asked_days is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "No extension has been asked for case {case_no}."),
            case_no=case.case_no,
        )
    return case.extension_asked_days


def approve_extension(
    session: Session, actor: Actor, case_id: int, *, today: date | None = None
) -> CaseView:
    """The director approves the extension asked: the handling period grows by its days."""
    authorize(session, actor, Permission.APPROVE_EXTENSIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    days = _pending(case)
    _extendable(session, case, today)
    source = CaseState(case.state)
    before = _snapshot(case)
    case.extension_days = days
    case.extension_asked_days = None
    case.extension_approved_by = actor.login
    case.extended_on = today
    case.state = CaseState.EXTENDED.value
    refresh_due(session, case)
    add_event(
        session,
        actor,
        case,
        Step.EXTEND.value,
        today,
        from_state=source.value,
        to_state=CaseState.EXTENDED.value,
    )
    after = {**_snapshot(case), "step": Step.EXTEND.value, "on": today}
    record(session, actor, "petition.step", CASE, case.id, before, after)
    session.flush()
    return _view(session, actor, case, today)


def refuse_extension(
    session: Session, actor: Actor, case_id: int, reason: str, *, today: date | None = None
) -> CaseView:
    """The director refuses the extension asked, saying why; the officer may ask again."""
    authorize(session, actor, Permission.APPROVE_EXTENSIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    _pending(case)
    text = _text(reason, "reason")
    before = _snapshot(case)
    case.extension_asked_days = None
    add_event(session, actor, case, EventKind.EXTENSION_REFUSED.value, today, note=text)
    record(session, actor, "petition.extension_refuse", CASE, case.id, before, _snapshot(case))
    session.flush()
    return _view(session, actor, case, today)


# -- hearing and escalation ---------------------------------------------------------------


def record_hearing(
    session: Session, actor: Actor, case_id: int, days: int, *, today: date | None = None
) -> CaseView:
    """Days spent on a hearing (听证) during a re-review: not counted in its 30 days."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    if case.state != CaseState.RE_REVIEW.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Hearing days count only while a re-review is decided; case {case_no} is {state}.",
            ),
            case_no=case.case_no,
            state=CaseState(case.state).label,
        )
    if isinstance(days, bool) or not 1 <= days <= MAX_HEARING_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A hearing takes 1 to {most} days."),
            most=MAX_HEARING_DAYS,
        )
    before = _snapshot(case)
    case.hearing_days += days
    refresh_due(session, case)
    add_event(session, actor, case, EventKind.HEARING.value, today, note=str(days))
    record(session, actor, "petition.hearing", CASE, case.id, before, _snapshot(case))
    session.flush()
    return _view(session, actor, case, today)


def escalate(
    session: Session,
    actor: Actor,
    case_id: int,
    leader: str,
    reason: str,
    *,
    today: date | None = None,
) -> CaseView:
    """Refer an open case to a leader, with the reason it is beyond the office's authority."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    state = CaseState(case.state)
    if not state.is_open:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Case {case_no} is {state}: it is no longer handled."),
            case_no=case.case_no,
            state=state.label,
        )
    name = " ".join(leader.split())
    if not name or len(name) > MAX_LEADER:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Name the leader, in 1 to {most} characters."),
            most=MAX_LEADER,
        )
    text = _text(reason, "reason")
    before = _snapshot(case)
    case.escalated = True
    add_event(session, actor, case, EventKind.ESCALATED.value, today, leader=name, note=text)
    after = {**_snapshot(case), "leader": name}
    record(session, actor, "petition.escalate", CASE, case.id, before, after)
    session.flush()
    return _view(session, actor, case, today)

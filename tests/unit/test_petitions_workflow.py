"""The steps of a case through the workflow services: each guard, the extension (asked by
the officer, approved by the director, at most 30 days, once), escalation, the hearing days
of a re-review, finality, and what every role may do."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from reception.core.errors import Conflict, DeskError, InvalidInput, NotPermitted
from reception.core.petitions import workflow
from reception.core.petitions.deadlines import list_cases
from reception.core.petitions.models import CaseEvent, PetitionCase
from reception.core.petitions.states import CaseState, DueKind, Step
from reception.core.petitions.workflow import ReasonRequired
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.petitions_support import new_case

RECEIVED = date(2026, 3, 2)  # a Monday
TODAY = date(2026, 11, 25)
REASON = "属于诉讼途径解决事项，依法不予受理"


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def director(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.DIRECTOR]


@pytest.fixture
def case_id(db: Database, officer: Actor) -> int:
    return new_case(db, officer, received_on=RECEIVED)


def step(
    db: Database, actor: Actor, case_id: int, what: Step, on: date, **kw: Any
) -> workflow.CaseView:
    with db.unit() as session:
        return workflow.take_step(session, actor, case_id, what, on=on, today=TODAY, **kw)


def row(db: Database, case_id: int) -> PetitionCase:
    with db.read() as session:
        found = session.get(PetitionCase, case_id)
        assert found is not None
        session.expunge(found)
        return found


def refused(error: type[DeskError], db: Database, call: Any) -> str:
    """Run `call(session)`, expect `error`, and return its message."""
    with pytest.raises(error) as caught, db.unit() as session:
        call(session)
    return caught.value.render()


def to_replied(db: Database, officer: Actor, case_id: int, replied_on: date) -> None:
    accepted_on = row(db, case_id).received_on
    step(db, officer, case_id, Step.ACCEPT, accepted_on)
    step(db, officer, case_id, Step.ASSIGN, accepted_on + timedelta(days=1), unit="市住建局")
    step(db, officer, case_id, Step.REPLY, replied_on, reply="已督促物业完成维修。")


# -- the happy path and its dates ----------------------------------------------------------


def test_a_case_goes_from_registered_to_final_with_an_event_per_step(
    db: Database, officer: Actor, case_id: int
) -> None:
    view = step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    assert (view.state, view.next_due_on, view.next_due_kind) == (
        CaseState.ACCEPTED,
        date(2026, 5, 6),  # 60 days end on Labour Day: after the holiday
        DueKind.HANDLING,
    )
    step(db, officer, case_id, Step.ASSIGN, date(2026, 3, 3), unit=" 市住房和城乡建设局 ")
    assert row(db, case_id).assigned_unit == "市住房和城乡建设局"
    view = step(db, officer, case_id, Step.REPLY, date(2026, 4, 20), reply="已答复。")
    assert (view.state, view.next_due_on) == (CaseState.REPLIED, None)
    step(db, officer, case_id, Step.ASK_REVIEW, date(2026, 5, 6))
    view = step(db, officer, case_id, Step.DECIDE_REVIEW, date(2026, 5, 20), reply="维持。")
    assert view.state is CaseState.REVIEWED
    view = step(db, officer, case_id, Step.ASK_RE_REVIEW, date(2026, 6, 1))
    assert (view.next_due_on, view.next_due_kind) == (date(2026, 7, 1), DueKind.RE_REVIEW)
    view = step(db, officer, case_id, Step.DECIDE_RE_REVIEW, date(2026, 6, 20), reply="维持。")
    assert (view.state, view.is_final, view.next_due_on) == (CaseState.FINAL, True, None)
    with db.read() as session:
        events = session.execute(
            select(CaseEvent.kind, CaseEvent.from_state, CaseEvent.to_state)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.id)
        ).all()
    assert [e.kind for e in events] == [
        "registered",
        "accept",
        "assign",
        "reply",
        "ask_review",
        "decide_review",
        "ask_re_review",
        "decide_re_review",
    ]
    assert events[-1][1:] == ("re_review", "final")
    found = row(db, case_id)
    assert (found.re_reviewed_on, found.closed_on) == (date(2026, 6, 20), date(2026, 6, 20))


def test_a_final_case_takes_no_step(db: Database, officer: Actor, case_id: int) -> None:
    to_replied(db, officer, case_id, date(2026, 4, 1))
    step(db, officer, case_id, Step.ASK_REVIEW, date(2026, 4, 2))
    step(db, officer, case_id, Step.DECIDE_REVIEW, date(2026, 4, 3), reply="维持。")
    step(db, officer, case_id, Step.ASK_RE_REVIEW, date(2026, 4, 4))
    step(db, officer, case_id, Step.DECIDE_RE_REVIEW, date(2026, 4, 5), reply="维持。")
    for what in Step:
        if what is Step.EXTEND:
            continue
        message = refused(
            Conflict,
            db,
            lambda s, what=what: workflow.take_step(
                s, officer, case_id, what, reason="x", reply="x", unit="x", today=TODAY
            ),
        )
        assert "is final" in message
    assert row(db, case_id).state == "final"


def test_a_step_outside_the_transitions_names_the_state_and_the_step(
    db: Database, officer: Actor, case_id: int
) -> None:
    message = refused(
        Conflict,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.REPLY, reply="x", today=TODAY),
    )
    assert "is Registered" in message and "Reply" in message


def test_an_extension_is_not_a_step_the_officer_takes(
    db: Database, officer: Actor, case_id: int
) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    refused(
        InvalidInput, db, lambda s: workflow.take_step(s, officer, case_id, "extend", today=TODAY)
    )
    message = refused(
        InvalidInput, db, lambda s: workflow.take_step(s, officer, case_id, "jump", today=TODAY)
    )
    assert "no step named jump" in message


@pytest.mark.parametrize(
    ("on", "error"),
    [
        (TODAY + timedelta(days=1), "after today"),
        (RECEIVED - timedelta(days=1), "before 2026-03-02"),
    ],
)
def test_a_step_is_dated_between_the_previous_step_and_today(
    db: Database, officer: Actor, case_id: int, on: date, error: str
) -> None:
    message = refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.ACCEPT, on=on, today=TODAY),
    )
    assert error in message


def test_a_step_defaults_to_today_and_not_before_the_last_step(
    db: Database, officer: Actor, case_id: int
) -> None:
    with db.unit() as session:
        workflow.take_step(session, officer, case_id, Step.ACCEPT, today=date(2026, 3, 10))
    assert row(db, case_id).accepted_on == date(2026, 3, 10)
    message = refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(
            s, officer, case_id, Step.ASSIGN, unit="x", on=date(2026, 3, 9), today=TODAY
        ),
    )
    assert "before 2026-03-10" in message


# -- guards --------------------------------------------------------------------------------


def test_refusing_needs_a_reason_kept_sealed(db: Database, officer: Actor, case_id: int) -> None:
    refused(
        ReasonRequired,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.REFUSE, reason="  ", today=TODAY),
    )
    view = step(db, officer, case_id, Step.REFUSE, RECEIVED, reason=REASON)
    assert (view.state, view.next_due_on) == (CaseState.NOT_ACCEPTED, None)
    found = row(db, case_id)
    assert found.decided_on == RECEIVED and found.accepted_on is None
    assert found.decision_reason_blob and REASON.encode() not in found.decision_reason_blob
    with db.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "petition.step"))
        texts = [f"{a.before}{a.after}{a.reason}" for a in audit]
    assert texts and not any(REASON in t for t in texts)


def test_assigning_needs_a_unit(db: Database, officer: Actor, case_id: int) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    message = refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.ASSIGN, unit=" ", today=TODAY),
    )
    assert "unit" in message


def test_the_unit_objects_within_five_working_days_with_a_reason(
    db: Database, officer: Actor
) -> None:
    case_id = new_case(db, officer, received_on=date(2026, 9, 28))
    step(db, officer, case_id, Step.ACCEPT, date(2026, 9, 28))
    step(db, officer, case_id, Step.ASSIGN, date(2026, 9, 29), unit="区人社局")
    late = date(2026, 10, 13)  # the 5th working day is 10-12 (National Day, working Saturday)
    message = refused(
        Conflict,
        db,
        lambda s: workflow.take_step(
            s, officer, case_id, Step.OBJECT, on=late, reason="不属本单位职责", today=TODAY
        ),
    )
    assert "until 2026-10-12" in message
    refused(
        ReasonRequired,
        db,
        lambda s: workflow.take_step(
            s, officer, case_id, Step.OBJECT, on=date(2026, 10, 12), today=TODAY
        ),
    )
    view = step(db, officer, case_id, Step.OBJECT, date(2026, 10, 12), reason="不属本单位职责")
    assert view.state is CaseState.ACCEPTED and view.assigned_unit == ""
    view = step(db, officer, case_id, Step.ASSIGN, date(2026, 10, 13), unit="区住建局")
    assert view.assigned_unit == "区住建局"


def test_a_reply_and_the_decisions_need_their_text(
    db: Database, officer: Actor, case_id: int
) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.REPLY, reply=" ", today=TODAY),
    )
    step(db, officer, case_id, Step.REPLY, date(2026, 4, 1), reply="已处理。")
    step(db, officer, case_id, Step.ASK_REVIEW, date(2026, 4, 2))
    refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.DECIDE_REVIEW, today=TODAY),
    )
    step(db, officer, case_id, Step.DECIDE_REVIEW, date(2026, 4, 3), reply="维持。")
    step(db, officer, case_id, Step.ASK_RE_REVIEW, date(2026, 4, 4))
    refused(
        InvalidInput,
        db,
        lambda s: workflow.take_step(s, officer, case_id, Step.DECIDE_RE_REVIEW, today=TODAY),
    )


@pytest.mark.parametrize(
    ("asked_on", "allowed"),
    [
        (date(2026, 10, 1), True),  # the 30th day is a holiday: the period runs to 10-08
        (date(2026, 10, 8), True),
        (date(2026, 10, 9), False),
    ],
)
def test_a_review_is_asked_within_30_days_of_the_reply(
    db: Database, officer: Actor, case_id: int, asked_on: date, allowed: bool
) -> None:
    to_replied(db, officer, case_id, date(2026, 9, 1))
    if allowed:
        view = step(db, officer, case_id, Step.ASK_REVIEW, asked_on)
        assert (view.state, view.next_due_kind) == (CaseState.REVIEW, DueKind.REVIEW)
    else:
        message = refused(
            Conflict,
            db,
            lambda s: workflow.take_step(
                s, officer, case_id, Step.ASK_REVIEW, on=asked_on, today=TODAY
            ),
        )
        assert "until 2026-10-08" in message


def test_a_re_review_is_asked_within_30_days_of_the_review(
    db: Database, officer: Actor, case_id: int
) -> None:
    to_replied(db, officer, case_id, date(2026, 4, 1))
    step(db, officer, case_id, Step.ASK_REVIEW, date(2026, 4, 2))
    step(db, officer, case_id, Step.DECIDE_REVIEW, date(2026, 4, 6), reply="维持。")
    message = refused(
        Conflict,
        db,
        lambda s: workflow.take_step(
            s, officer, case_id, Step.ASK_RE_REVIEW, on=date(2026, 5, 7), today=TODAY
        ),
    )
    assert "until 2026-05-06" in message  # 30 days end on 05-06 after Labour Day
    view = step(db, officer, case_id, Step.ASK_RE_REVIEW, date(2026, 5, 6))
    assert view.state is CaseState.RE_REVIEW


# -- extension, hearing, escalation ---------------------------------------------------------


def extension(db: Database, actor: Actor, case_id: int, days: int, today: date = TODAY) -> Any:
    with db.unit() as session:
        return workflow.ask_extension(session, actor, case_id, days, "需补充调查取证", today=today)


def test_the_director_approves_an_extension_of_at_most_30_days_once(
    db: Database, officer: Actor, director: Actor, case_id: int
) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    asked_on = date(2026, 4, 20)
    for days in (0, 31):
        refused(
            InvalidInput,
            db,
            lambda s, days=days: workflow.ask_extension(
                s, officer, case_id, days, "x", today=asked_on
            ),
        )
    refused(
        ReasonRequired,
        db,
        lambda s: workflow.ask_extension(s, officer, case_id, 30, " ", today=asked_on),
    )
    refused(
        Conflict, db, lambda s: workflow.approve_extension(s, director, case_id, today=asked_on)
    )
    view = extension(db, officer, case_id, 30, asked_on)
    assert (view.extension_asked_days, view.state) == (30, CaseState.ACCEPTED)
    message = refused(
        Conflict, db, lambda s: workflow.ask_extension(s, officer, case_id, 5, "x", today=asked_on)
    )
    assert "waiting for the director" in message
    refused(
        NotPermitted, db, lambda s: workflow.approve_extension(s, officer, case_id, today=asked_on)
    )
    with db.unit() as session:
        view = workflow.approve_extension(session, director, case_id, today=asked_on)
    assert (view.state, view.next_due_on, view.extension_asked_days) == (
        CaseState.EXTENDED,
        date(2026, 6, 1),  # 90 days end on a Sunday
        None,
    )
    found = row(db, case_id)
    assert (found.extension_days, found.extension_approved_by) == (30, director.login)
    message = refused(
        Conflict, db, lambda s: workflow.ask_extension(s, officer, case_id, 5, "x", today=asked_on)
    )
    assert "Extended" in message  # extended once: no second extension
    view = step(db, officer, case_id, Step.REPLY, date(2026, 5, 30), reply="已办结。")
    assert view.state is CaseState.REPLIED


def test_a_refused_extension_may_be_asked_again_within_the_handling_period(
    db: Database, officer: Actor, director: Actor, case_id: int
) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    extension(db, officer, case_id, 10, date(2026, 4, 1))
    refused(
        ReasonRequired,
        db,
        lambda s: workflow.refuse_extension(s, director, case_id, "", today=TODAY),
    )
    with db.unit() as session:
        view = workflow.refuse_extension(session, director, case_id, "理由不充分", today=TODAY)
    assert (view.extension_asked_days, view.state) == (None, CaseState.ACCEPTED)
    assert extension(db, officer, case_id, 20, date(2026, 5, 6)).extension_asked_days == 20
    with db.unit() as session:  # the deadline 2026-05-06 has passed: too late to approve
        workflow.refuse_extension(session, director, case_id, "逾期", today=TODAY)
    message = refused(
        Conflict,
        db,
        lambda s: workflow.ask_extension(s, officer, case_id, 5, "x", today=date(2026, 5, 7)),
    )
    assert "ended on 2026-05-06" in message
    with db.read() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        ).all()
    assert kinds.count("extension_asked") == 2 and kinds.count("extension_refused") == 2


def test_hearing_days_only_count_on_a_re_review_and_move_its_deadline(
    db: Database, officer: Actor
) -> None:
    case_id = new_case(db, officer, received_on=date(2025, 11, 3))
    to_replied(db, officer, case_id, date(2026, 1, 2))
    refused(Conflict, db, lambda s: workflow.record_hearing(s, officer, case_id, 5, today=TODAY))
    step(db, officer, case_id, Step.ASK_REVIEW, date(2026, 1, 5))
    step(db, officer, case_id, Step.DECIDE_REVIEW, date(2026, 1, 10), reply="维持。")
    view = step(db, officer, case_id, Step.ASK_RE_REVIEW, date(2026, 1, 20))
    assert view.next_due_on == date(2026, 2, 24)  # 30 days end in Spring Festival
    refused(InvalidInput, db, lambda s: workflow.record_hearing(s, officer, case_id, 0))
    with db.unit() as session:
        view = workflow.record_hearing(session, officer, case_id, 10, today=TODAY)
    assert view.next_due_on == date(2026, 3, 2)


def test_escalation_to_a_leader_is_an_event_with_its_reason(
    db: Database, officer: Actor, case_id: int
) -> None:
    refused(
        ReasonRequired,
        db,
        lambda s: workflow.escalate(s, officer, case_id, "王副市长", "", today=TODAY),
    )
    refused(InvalidInput, db, lambda s: workflow.escalate(s, officer, case_id, " ", "跨部门"))
    with db.unit() as session:
        view = workflow.escalate(session, officer, case_id, "王副市长", "涉及多个部门", today=TODAY)
    assert view.escalated and view.state is CaseState.REGISTERED
    with db.read() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "escalated")).one()
        assert (event.leader, event.on_day, event.to_state) == ("王副市长", TODAY, None)
    step(db, officer, case_id, Step.REFUSE, RECEIVED, reason=REASON)
    message = refused(
        Conflict, db, lambda s: workflow.escalate(s, officer, case_id, "王副市长", "再次")
    )
    assert "no longer handled" in message


# -- roles ---------------------------------------------------------------------------------

CALLS = {
    "take a step": lambda s, a, c: workflow.take_step(s, a, c, Step.ACCEPT, today=TODAY),
    "ask an extension": lambda s, a, c: workflow.ask_extension(s, a, c, 5, "x", today=TODAY),
    "approve an extension": lambda s, a, c: workflow.approve_extension(s, a, c, today=TODAY),
    "refuse an extension": lambda s, a, c: workflow.refuse_extension(s, a, c, "x", today=TODAY),
    "record a hearing": lambda s, a, c: workflow.record_hearing(s, a, c, 1, today=TODAY),
    "escalate": lambda s, a, c: workflow.escalate(s, a, c, "王副市长", "x", today=TODAY),
    "list the cases": lambda s, a, c: list_cases(s, a, today=TODAY),
}
# Who may call what; where allowed the call may still be refused for the case's state.
ALLOWED = {
    Role.PETITIONS_OFFICER: {
        "take a step", "ask an extension", "record a hearing", "escalate", "list the cases",
    },
    Role.DIRECTOR: {"approve an extension", "refuse an extension", "list the cases"},
    Role.RECEPTIONIST: set(),
    Role.LODGING_CLERK: set(),
    Role.ADMINISTRATOR: set(),
}  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_do_only_its_part(
    db: Database, staff: dict[Role, Actor], case_id: int, role: Role
) -> None:
    actor = staff[role]
    for name, call in CALLS.items():
        try:
            with db.unit() as session:
                call(session, actor, case_id)
        except NotPermitted:
            assert name not in ALLOWED[role], (role, name)
        except (Conflict, InvalidInput):
            assert name in ALLOWED[role], (role, name)
        else:
            assert name in ALLOWED[role], (role, name)


def test_an_unanswered_extension_lapses_with_the_reply(
    db: Database, officer: Actor, director: Actor, case_id: int
) -> None:
    step(db, officer, case_id, Step.ACCEPT, RECEIVED)
    extension(db, officer, case_id, 10, date(2026, 4, 1))
    view = step(db, officer, case_id, Step.REPLY, date(2026, 4, 2), reply="已办结。")
    assert (view.state, view.extension_asked_days) == (CaseState.REPLIED, None)
    refused(Conflict, db, lambda s: workflow.approve_extension(s, director, case_id, today=TODAY))

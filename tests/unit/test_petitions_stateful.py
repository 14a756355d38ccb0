"""No transition outside the allowed ones, and finality holds, whatever the desk does
(issue 6, DOMAIN.md section 3).

A state machine drives the workflow services on three cases while the office's day moves
on: any step (allowed or not, dated today or a few days back, with or without its texts),
extensions asked, approved and refused, hearing days. Beside it runs the test's own model
of each case: its state, its dates and its pending extension, from which it predicts
whether the service must succeed or which error it must raise.

After every action, read from the tables: each case's history (petition_event) is a chain
of TRANSITIONS from "registered" that ends in the case's state, a final case has no step
after its final one, and next_due_on is clock.next_due of the case's dates.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, ClassVar

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, DeskError, InvalidInput
from reception.core.petitions import workflow
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import case_dates
from reception.core.petitions.clock import CaseDates, WorkCalendar, deadlines, next_due
from reception.core.petitions.models import CaseEvent, PetitionCase
from reception.core.petitions.states import TRANSITIONS, CaseState, Step, steps_from
from reception.core.petitions.workflow import ReasonRequired
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.petitions_support import add_case

D0 = date(2026, 3, 2)
CASES = 3
S = CaseState
STEP = st.sampled_from(list(Step))
TEXT = st.sampled_from(["", "已核实情况，依法处理。"])
BACK = st.sampled_from([0, 0, 1, 3, 10, None])  # days before today; None: not given
WAIT = st.sampled_from([0, 0, 1, 3, 8, 20, 40])  # days that pass before a step
Expect = type[DeskError] | None
EXTENDABLE = (S.ACCEPTED, S.ASSIGNED)
FORWARD = {
    S.REGISTERED: Step.ACCEPT,
    S.ACCEPTED: Step.ASSIGN,
    S.ASSIGNED: Step.REPLY,
    S.EXTENDED: Step.REPLY,
    S.REPLIED: Step.ASK_REVIEW,
    S.REVIEW: Step.DECIDE_REVIEW,
    S.REVIEWED: Step.ASK_RE_REVIEW,
    S.RE_REVIEW: Step.DECIDE_RE_REVIEW,
}


@dataclass
class Case:
    """What the test believes about one case."""

    id: int
    dates: CaseDates
    last_step: date  # a step is not dated before it
    pending: int | None = None  # extension days asked, waiting for the director

    @property
    def state(self) -> CaseState:
        return self.dates.state


@dataclass
class Model:
    today: date
    calendar: WorkCalendar
    cases: list[Case] = field(default_factory=list)

    def step(
        self, case: Case, step: Step, day: date, reason: str, unit: str, reply: str
    ) -> tuple[Expect, CaseDates]:
        """The error take_step must raise (None: it succeeds) and the dates after it."""
        if step is Step.EXTEND:
            return InvalidInput, case.dates
        target = TRANSITIONS.get((case.state, step))
        if case.state is S.FINAL or target is None:
            return Conflict, case.dates
        if day > self.today or day < case.last_step:
            return InvalidInput, case.dates
        limits = deadlines(case.dates, self.calendar)
        d = replace(case.dates, state=target)
        needs: dict[Step, tuple[str, Expect]] = {
            Step.REFUSE: (reason, ReasonRequired),
            Step.ASSIGN: (unit, InvalidInput),
            Step.OBJECT: (reason, ReasonRequired),
            Step.REPLY: (reply, InvalidInput),
            Step.DECIDE_REVIEW: (reply, InvalidInput),
            Step.DECIDE_RE_REVIEW: (reply, InvalidInput),
        }
        windows = {
            Step.OBJECT: limits.objection,
            Step.ASK_REVIEW: limits.review_request,
            Step.ASK_RE_REVIEW: limits.re_review_request,
        }
        if step in windows and day > (windows[step] or date.min):
            return Conflict, case.dates
        if step in needs and not needs[step][0]:
            return needs[step][1], case.dates
        changes: dict[Step, dict[str, Any]] = {
            Step.ACCEPT: {"accepted_on": day},
            Step.ASSIGN: {"assigned_on": day},
            Step.OBJECT: {"assigned_on": None},
            Step.REPLY: {"replied_on": day},
            Step.ASK_REVIEW: {"review_asked_on": day},
            Step.DECIDE_REVIEW: {"reviewed_on": day},
            Step.ASK_RE_REVIEW: {"re_review_asked_on": day},
        }
        return None, replace(d, **changes.get(step, {}))

    def extendable(self, case: Case) -> Expect:
        if (case.state, Step.EXTEND) not in TRANSITIONS:
            return Conflict
        handling = deadlines(case.dates, self.calendar).handling
        return Conflict if handling is None or self.today > handling else None


class WorkflowMachine(RuleBasedStateMachine):
    db: ClassVar[Database]
    officer: ClassVar[Actor]
    director: ClassVar[Actor]
    seen: ClassVar[Tally[str]]

    def __init__(self) -> None:
        super().__init__()
        with self.db.read() as session:
            self.model = Model(D0, load_calendar(session))

    @initialize(received=st.lists(st.integers(0, 20), min_size=CASES, max_size=CASES))
    def cases_are_registered(self, received: list[int]) -> None:
        with self.db.unit() as session:
            for back in received:
                day = D0 - timedelta(days=back)
                row = add_case(session, self.officer, received_on=day)
                self.model.cases.append(Case(row.id, CaseDates(day, S.REGISTERED), day))

    def _act(self, label: str, expected: Expect, action: Callable[[Session], Any]) -> bool:
        """Run `action` in its own unit of work; it must fail as the model says."""
        try:
            with self.db.unit() as session:
                action(session)
        except DeskError as error:
            assert type(error) is expected, (label, expected, error.render())
            self.seen[f"{label} refused"] += 1
            return False
        assert expected is None, (label, expected)
        self.seen[f"{label} done"] += 1
        return True

    # -- rules --

    def _pick(self, data: st.DataObject, fits: Callable[[Case], bool]) -> int:
        """A case that fits, three times in four (when there is one), else any case."""
        fitting = [i for i, c in enumerate(self.model.cases) if fits(c)]
        if fitting and data.draw(st.integers(0, 3), label="a fitting case") > 0:
            return data.draw(st.sampled_from(fitting), label="case")
        return data.draw(st.integers(0, CASES - 1), label="case")

    @rule(
        data=st.data(),
        wait=WAIT,
        any_step=st.booleans(),
        back=BACK,
        reason=TEXT,
        unit=TEXT,
        reply=TEXT,
    )
    def take_a_step(
        self,
        data: st.DataObject,
        wait: int,
        any_step: bool,
        back: int | None,
        reason: str,
        unit: str,
        reply: str,
    ) -> None:
        """Days pass; then a step the case's state allows (mostly the one that moves it on),
        or (`any_step`) any step at all, dated today or a few days back."""
        self.model.today += timedelta(days=wait)
        n = self._pick(data, lambda c: c.state.is_open)
        state = self.model.cases[n].state
        allowed = [s for s in steps_from(state) if s is not Step.EXTEND]
        allowed += [FORWARD[state]] * 2 if state in FORWARD else []
        step = data.draw(
            STEP if any_step or not allowed else st.sampled_from(allowed), label="step"
        )
        self._step(n, step, back, reason, unit, reply)

    def _step(
        self, n: int, step: Step, back: int | None, reason: str, unit: str, reply: str
    ) -> None:
        case = self.model.cases[n]
        day = self.model.today - timedelta(days=back or 0)
        expected, after = self.model.step(case, step, day, reason, unit, reply)
        on = None if back is None else day
        done = self._act(
            f"{step.value} from {case.state.value}",
            expected,
            lambda s: workflow.take_step(
                s,
                self.officer,
                case.id,
                step,
                on=on,
                reason=reason,
                unit=unit,
                reply=reply,
                today=self.model.today,
            ),
        )
        if done:
            case.dates, case.last_step = after, day
            if (after.state, Step.EXTEND) not in TRANSITIONS:
                case.pending = None

    @rule(n=st.integers(0, CASES - 1), steps=st.integers(1, 8), extend=st.booleans(), then=STEP)
    def move_a_case_on(self, n: int, steps: int, extend: bool, then: Step) -> None:
        """The steps that move a case on, with their texts, so that runs reach replies,
        reviews and finality; `extend`: an assigned case is extended on its way. A case
        found final is asked to take one more step, `then`, with every text given."""
        if self.model.cases[n].state is S.FINAL:
            self._step(n, then, 0, "理由", "市住建局", "答复")
        for _ in range(steps):
            state = self.model.cases[n].state
            if extend and state is S.ASSIGNED:
                self.ask_an_extension(n, 10, "需补充调查")
                self.director_answers_for(n, True, "")
                extend = False
                continue
            forward = FORWARD.get(state)
            if forward is None:
                return
            self._step(n, forward, 0, "理由", "市住建局", "答复")

    @rule(data=st.data(), days=st.sampled_from([0, 1, 15, 30, 31]), reason=TEXT)
    def officer_asks_an_extension(self, data: st.DataObject, days: int, reason: str) -> None:
        self.ask_an_extension(self._pick(data, lambda c: c.state in EXTENDABLE), days, reason)

    def ask_an_extension(self, n: int, days: int, reason: str) -> None:
        case = self.model.cases[n]
        expected = Conflict if case.pending is not None else self.model.extendable(case)
        if expected is None and not 1 <= days <= 30:
            expected = InvalidInput
        elif expected is None and not reason:
            expected = ReasonRequired
        done = self._act(
            "ask an extension",
            expected,
            lambda s: workflow.ask_extension(
                s, self.officer, case.id, days, reason, today=self.model.today
            ),
        )
        if done:
            case.pending = days

    @rule(data=st.data(), approve=st.booleans(), reason=TEXT)
    def director_answers(self, data: st.DataObject, approve: bool, reason: str) -> None:
        self.director_answers_for(
            self._pick(data, lambda c: c.pending is not None), approve, reason
        )

    def director_answers_for(self, n: int, approve: bool, reason: str) -> None:
        case = self.model.cases[n]
        expected: Expect = Conflict if case.pending is None else None
        if approve:
            expected = expected or self.model.extendable(case)
            if self._act(
                "approve an extension",
                expected,
                lambda s: workflow.approve_extension(
                    s, self.director, case.id, today=self.model.today
                ),
            ):
                assert case.pending is not None
                case.dates = replace(case.dates, state=S.EXTENDED, extension_days=case.pending)
                case.pending, case.last_step = None, self.model.today
            return
        if expected is None and not reason:
            expected = ReasonRequired
        if self._act(
            "refuse an extension",
            expected,
            lambda s: workflow.refuse_extension(
                s, self.director, case.id, reason, today=self.model.today
            ),
        ):
            case.pending = None

    @rule(data=st.data(), days=st.integers(0, 3))
    def record_hearing_days(self, data: st.DataObject, days: int) -> None:
        case = self.model.cases[self._pick(data, lambda c: c.state is S.RE_REVIEW)]
        expected: Expect = Conflict if case.state is not S.RE_REVIEW else None
        if expected is None and days == 0:
            expected = InvalidInput
        if self._act(
            "hearing",
            expected,
            lambda s: workflow.record_hearing(
                s, self.officer, case.id, days, today=self.model.today
            ),
        ):
            case.dates = replace(case.dates, hearing_days=case.dates.hearing_days + days)

    # -- invariants, read from the tables --

    @invariant()
    def history_follows_the_transitions_and_the_clock_is_current(self) -> None:
        ids = [c.id for c in self.model.cases]
        if not ids:
            return
        with self.db.read() as session:
            rows = {
                c.id: c
                for c in session.scalars(select(PetitionCase).where(PetitionCase.id.in_(ids)))
            }
            events = session.execute(
                select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.from_state, CaseEvent.to_state)
                .where(CaseEvent.case_id.in_(ids), CaseEvent.to_state.is_not(None))
                .order_by(CaseEvent.id)
            ).all()
            calendar = load_calendar(session)
        chains: dict[int, list[Any]] = {i: [] for i in ids}
        for event in events:
            chains[event.case_id].append(event)
        for case in self.model.cases:
            row = rows[case.id]
            chain = chains[case.id]
            assert chain[0].kind == "registered" and chain[0].from_state is None
            state = S.REGISTERED
            for event in chain[1:]:
                assert event.from_state == state.value, (case.id, chain)
                assert TRANSITIONS.get((state, Step(event.kind))) == S(event.to_state), chain
                state = S(event.to_state)
            assert row.state == state.value == case.state.value, (case.id, chain)
            assert row.is_final == (state is S.FINAL)
            assert case_dates(row) == case.dates, (case.id, case_dates(row), case.dates)
            assert row.extension_asked_days == case.pending
            due = next_due(case_dates(row), calendar)
            assert (row.next_due_on, row.next_due_kind) == (
                (None, None) if due is None else (due[0], due[1].value)
            )


def test_cases_move_only_along_the_transitions_and_stay_final(
    db: Database, staff: dict[Role, Actor]
) -> None:
    seen: Tally[str] = Tally()
    bound = {
        "db": db,
        "officer": staff[Role.PETITIONS_OFFICER],
        "director": staff[Role.DIRECTOR],
        "seen": seen,
    }
    run_state_machine_as_test(
        type("BoundWorkflowMachine", (WorkflowMachine,), bound),
        settings=settings(max_examples=30, stateful_step_count=25, deadline=None),
    )
    # the runs reached the interesting states, not only refusals
    assert seen["decide_re_review from re_review done"] > 0, seen
    assert any(k.endswith("from final refused") for k in seen), seen
    assert seen["approve an extension done"] > 0, seen
    assert seen["reply from extended done"] + seen["object from assigned done"] > 0, seen

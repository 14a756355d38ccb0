"""The steps of a demo matter (states.TRANSITIONS), each dated after the one before and
never after the office's day, as the workflow services would have taken them: decided within
15 days (a few late), accepted or refused, assigned, now and then extended by the director,
replied within 60 days (a few late), then closed, or reviewed and closed, or re-reviewed and
final. A step not yet come leaves the matter where it is, open, with its clock running.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from reception.core.petitions import cases as purposes
from reception.core.petitions.clock import (
    ACCEPTANCE_DAYS,
    HANDLING_DAYS,
    RE_REVIEW_DAYS,
    REVIEW_DAYS,
    CaseDates,
    next_due,
)
from reception.core.petitions.states import TRANSITIONS, CaseState, EventKind, Step
from reception.demo import petitions_texts as words
from reception.demo.petitions_base import FillerBase, _Case

REFUSED_SHARE: Final = 0.12
ASSIGNED_SHARE: Final = 0.75
EXTENSION_SHARE: Final = 0.07
LATE_DECISION_SHARE: Final = 0.05
LATE_REPLY_SHARE: Final = 0.1
REVIEW_SHARE: Final = 0.2
RE_REVIEW_SHARE: Final = 0.45  # of reviewed matters
HEARING_SHARE: Final = 0.2


class CaseSteps(FillerBase):
    def _day_after(self, start: date, limit: date, low: int, high: int) -> date:
        """A day `low`..`high` days after `start`, not after `limit` (when it can be)."""
        day = start + timedelta(days=self._between(low, high))
        return max(start, min(day, limit))

    def _due(self, case: _Case) -> None:
        row = case.row
        dates = CaseDates(
            received_on=row["received_on"],
            state=CaseState(row["state"]),
            accepted_on=row["accepted_on"],
            assigned_on=row["assigned_on"],
            extension_days=row["extension_days"],
            replied_on=row["replied_on"],
            review_asked_on=row["review_asked_on"],
            reviewed_on=row["reviewed_on"],
            re_review_asked_on=row["re_review_asked_on"],
            hearing_days=row["hearing_days"],
        )
        due = next_due(dates, self.calendar)
        if due is not None:
            row["next_due_on"], row["next_due_kind"] = due[0], due[1].value
            self.counts.petition_overdue += due[0] < self.today
        state = CaseState(row["state"])
        self.counts.petition_open += state.is_open
        self.counts.petition_final += state is CaseState.FINAL

    def _step(
        self, case: _Case, step: Step, day: date, *, note: str = "", by: str | None = None
    ) -> bool:
        """Take `step` on `day` if that day has come; False (and nothing changed) if not."""
        if day > self.today:
            return False
        row = case.row
        source = CaseState(row["state"])
        target = TRANSITIONS[(source, step)]
        row["state"] = target.value
        case.last_step = day
        self._event(case, step.value, day, source, target, note=note, by=by)
        return True

    def _walk(self, case: _Case) -> None:
        """The matter's steps, each dated after the one before, as far as today."""
        random, row, cal, today = self.random, case.row, self.calendar, self.today
        received = case.received
        acceptance_due = cal.period_end(received, ACCEPTANCE_DAYS)
        if random() < LATE_DECISION_SHARE:
            decided = acceptance_due + timedelta(days=self._between(1, 12))
        elif case.form == "visit" and random() < 0.5:
            decided = received
        else:
            late = round(self.rng.triangular(1, ACCEPTANCE_DAYS, 11))  # often near the end
            decided = min(received + timedelta(days=late), acceptance_due)
        if random() < REFUSED_SHARE:
            reason = self.pick(words.REFUSE_REASONS)
            if self._step(case, Step.REFUSE, decided, note=reason):
                row["decided_on"] = decided
                row["decision_reason_blob"] = self._seal(reason, purposes.CASE_TEXT)
            return
        if not self._step(case, Step.ACCEPT, decided):
            return
        row["decided_on"] = row["accepted_on"] = decided
        if random() < ASSIGNED_SHARE:
            assigned = self._day_after(decided, today, 0, 4)
            if not self._step(case, Step.ASSIGN, assigned):
                return
            row["assigned_unit"] = case.unit if random() < 0.85 else self._other_unit()
            row["assigned_on"] = assigned
        extension = 0
        if random() < EXTENSION_SHARE:
            extension = self._extend(case, decided)
            if extension < 0:
                return  # waiting for the director
        handling_due = cal.period_end(decided, HANDLING_DAYS + extension)
        if random() < LATE_REPLY_SHARE:
            replied = handling_due + timedelta(days=self._between(1, 40))
        else:  # most replies come in the period's last weeks
            room = max(7, (handling_due - case.last_step).days)
            replied = case.last_step + timedelta(days=round(self.rng.triangular(7, room, room)))
        reply = self.pick(words.REPLIES).format(unit=row["assigned_unit"] or case.unit)
        if not self._step(case, Step.REPLY, replied, note=reply):
            return
        row["replied_on"] = replied
        row["reply_blob"] = self._seal(reply, purposes.CASE_TEXT)
        if random() >= REVIEW_SHARE:
            self._close(case, replied, 3, 45)
            return
        asked = self._day_after(replied, cal.period_end(replied, 30), 3, 28)
        if not self._step(case, Step.ASK_REVIEW, asked):
            return
        row["review_asked_on"] = asked
        decided_review = self._decision_day(asked, REVIEW_DAYS)
        decision = self.pick(words.REVIEW_DECISIONS)
        if not self._step(case, Step.DECIDE_REVIEW, decided_review, note=decision):
            return
        row["reviewed_on"] = decided_review
        if random() >= RE_REVIEW_SHARE:
            self._close(case, decided_review, 5, 40)
            return
        asked = self._day_after(decided_review, cal.period_end(decided_review, 30), 3, 28)
        if not self._step(case, Step.ASK_RE_REVIEW, asked):
            return
        row["re_review_asked_on"] = asked
        hearing = 0
        if random() < HEARING_SHARE:
            held = self._day_after(asked, today, 5, 15)
            if held <= today:
                hearing = self._between(5, 20)
                row["hearing_days"] = hearing
                self._event(case, EventKind.HEARING.value, held, note=str(hearing))
        final = self._decision_day(asked, RE_REVIEW_DAYS + hearing)
        if hearing:
            final = max(final, held + timedelta(days=1))
        if self._step(case, Step.DECIDE_RE_REVIEW, final, note=words.RE_REVIEW_DECISION):
            row["re_reviewed_on"] = row["closed_on"] = final
            row["is_final"] = True

    def _decision_day(self, asked: date, days: int) -> date:
        """A review's decision: within its period, now and then late."""
        due = self.calendar.period_end(asked, days)
        if self.random() < LATE_REPLY_SHARE / 2:
            return due + timedelta(days=self._between(1, 10))
        return self._day_after(asked, due, 5, days)

    def _close(self, case: _Case, after: date, low: int, high: int) -> None:
        day = after + timedelta(days=self._between(low, high))
        if self._step(case, Step.CLOSE, day):
            case.row["closed_on"] = day

    def _other_unit(self) -> str:
        category = self.draw(self.categories)
        units = words.CATEGORY_TEXTS.get(category, words.GENERAL_TEXTS)[1]
        return self._fill_words(self.pick(units))

    def _extend(self, case: _Case, accepted: date) -> int:
        """The officer asks, the director approves within the handling period: the days
        granted, 0 when the asking day has not come, -1 while the director has not decided."""
        row = case.row
        handling_due = self.calendar.period_end(accepted, HANDLING_DAYS)
        asked = self._day_after(case.last_step, handling_due, 35, 55)
        if asked > self.today:
            return 0
        days: int = self.pick((10, 15, 20, 30))
        reason = self.pick(words.EXTENSION_REASONS)
        row["extension_asked_days"] = days
        row["extension_asked_by"] = case.officer[1]
        row["extension_reason_blob"] = self._seal(reason, purposes.CASE_TEXT)
        self._event(case, EventKind.EXTENSION_ASKED.value, asked, note=reason)
        case.last_step = asked
        approved = self._day_after(asked, handling_due, 0, 3)
        if not self._step(case, Step.EXTEND, approved, by=self.director):
            return -1
        row["extension_asked_days"] = None
        row["extension_days"] = days
        row["extension_approved_by"] = self.director
        row["extended_on"] = approved
        return days

"""The statutory clocks of a case (DOMAIN.md section 3), as pure functions of its dates and
the working-day calendar.

Periods in days are calendar days: the day of the event is not counted, and a period whose
last day is not a working day (a weekend or a public holiday) ends on the next working day,
as Chinese procedural law counts periods. The unit's objection period counts working days.
Adjusted working days (调休) on a weekend are working days; holidays on a weekday are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from reception.core.petitions.states import CaseState, DueKind

ACCEPTANCE_DAYS = 15
HANDLING_DAYS = 60
OBJECTION_WORKING_DAYS = 5
REVIEW_REQUEST_DAYS = 30  # the petitioner asks a review within 30 days of the reply
REVIEW_DAYS = 30
RE_REVIEW_REQUEST_DAYS = 30
RE_REVIEW_DAYS = 30


@dataclass(frozen=True)
class WorkCalendar:
    """Working days: Monday to Friday, except `exceptions` (day → is a working day).
    `years` are the years whose holidays are known; other years count weekends only."""

    exceptions: Mapping[date, bool] = field(default_factory=dict)
    years: frozenset[int] = frozenset()

    def is_workday(self, day: date) -> bool:
        known = self.exceptions.get(day)
        return known if known is not None else day.weekday() < 5

    def roll_forward(self, day: date) -> date:
        """`day`, or the first working day after it."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def period_end(self, start: date, days: int) -> date:
        """The last day of a period of `days` calendar days counted from the day after
        `start`, moved to the next working day when it falls on a day off."""
        return self.roll_forward(start + timedelta(days=days))

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day after `start`."""
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 if end <= start)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    def knows(self, year: int) -> bool:
        return year in self.years


@dataclass(frozen=True)
class CaseDates:
    """The dates of a case the clocks count from."""

    received_on: date
    state: CaseState
    accepted_on: date | None = None
    assigned_on: date | None = None
    extension_days: int = 0
    replied_on: date | None = None
    review_asked_on: date | None = None
    reviewed_on: date | None = None
    re_review_asked_on: date | None = None
    hearing_days: int = 0


@dataclass(frozen=True)
class Deadlines:
    """Every deadline that applies to a case now; None where its clock has not started."""

    acceptance: date
    handling: date | None
    objection: date | None
    review_request: date | None
    review: date | None
    re_review_request: date | None
    re_review: date | None

    def of(self, kind: DueKind) -> date | None:
        return getattr(self, kind.value)  # type: ignore[no-any-return]


def deadlines(dates: CaseDates, calendar: WorkCalendar) -> Deadlines:
    end = calendar.period_end
    return Deadlines(
        acceptance=end(dates.received_on, ACCEPTANCE_DAYS),
        handling=(
            end(dates.accepted_on, HANDLING_DAYS + dates.extension_days)
            if dates.accepted_on
            else None
        ),
        objection=(
            calendar.add_working_days(dates.assigned_on, OBJECTION_WORKING_DAYS)
            if dates.assigned_on
            else None
        ),
        review_request=end(dates.replied_on, REVIEW_REQUEST_DAYS) if dates.replied_on else None,
        review=end(dates.review_asked_on, REVIEW_DAYS) if dates.review_asked_on else None,
        re_review_request=(
            end(dates.reviewed_on, RE_REVIEW_REQUEST_DAYS) if dates.reviewed_on else None
        ),
        re_review=(
            end(dates.re_review_asked_on, RE_REVIEW_DAYS + dates.hearing_days)
            if dates.re_review_asked_on
            else None
        ),
    )


# The office's own clock in each state: what it must do by when. The petitioner's windows
# (asking a review or a re-review) are not the office's deadlines.
_OFFICE_CLOCK: dict[CaseState, DueKind] = {
    CaseState.REGISTERED: DueKind.ACCEPTANCE,
    CaseState.ACCEPTED: DueKind.HANDLING,
    CaseState.ASSIGNED: DueKind.HANDLING,
    CaseState.EXTENDED: DueKind.HANDLING,
    CaseState.REVIEW: DueKind.REVIEW,
    CaseState.RE_REVIEW: DueKind.RE_REVIEW,
}


def next_due(dates: CaseDates, calendar: WorkCalendar) -> tuple[date, DueKind] | None:
    """The office's next deadline on the case, or None when it owes nothing now."""
    kind = _OFFICE_CLOCK.get(dates.state)
    if kind is None:
        return None
    due = deadlines(dates, calendar).of(kind)
    return None if due is None else (due, kind)


def days_left(due: date, today: date) -> int:
    """Calendar days until `due`: 0 on the day itself, negative once overdue."""
    return (due - today).days

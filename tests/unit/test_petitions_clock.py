"""The statutory clocks (DOMAIN.md section 3), table-driven: holidays, adjusted working days
(调休), the working-day objection period, extension, review windows with hearing days,
month ends and leap years, and the years the calendar does not know.

Each row is checked twice: against the calendar migration 0004 stored (on both
databases), and against one built here from the chinesecalendar package itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from chinese_calendar import constants

from reception.core.petitions.calendar import load_calendar, missing_years
from reception.core.petitions.calendar_edit import set_calendar_year
from reception.core.petitions.clock import CaseDates, WorkCalendar, deadlines, next_due
from reception.core.petitions.states import CaseState, DueKind
from reception.core.security.roles import Actor
from reception.db.database import Database

D = date
S = CaseState


@dataclass(frozen=True)
class Row:
    why: str
    dates: CaseDates
    clock: str  # a field of Deadlines
    due: date


def received(day: date) -> CaseDates:
    return CaseDates(received_on=day, state=S.REGISTERED)


def accepted(day: date, extension: int = 0) -> CaseDates:
    state = S.EXTENDED if extension else S.ACCEPTED
    return CaseDates(day, state, accepted_on=day, extension_days=extension)


def assigned(day: date) -> CaseDates:
    return CaseDates(day, S.ASSIGNED, accepted_on=day, assigned_on=day)


def replied(day: date) -> CaseDates:
    return CaseDates(D(2025, 1, 2), S.REPLIED, accepted_on=D(2025, 1, 2), replied_on=day)


def review(day: date) -> CaseDates:
    return CaseDates(D(2025, 1, 2), S.REVIEW, review_asked_on=day)


def reviewed(day: date) -> CaseDates:
    return CaseDates(D(2025, 1, 2), S.REVIEWED, reviewed_on=day)


def re_review(day: date, hearing: int = 0) -> CaseDates:
    return CaseDates(D(2025, 1, 2), S.RE_REVIEW, re_review_asked_on=day, hearing_days=hearing)


TABLE = [
    # acceptance: 15 calendar days, the last one moved to the next working day
    Row(
        "15 days end on National Day: first working day after the week",
        received(D(2026, 9, 17)),
        "acceptance",
        D(2026, 10, 8),
    ),
    Row(
        "15 days end on an adjusted working Saturday (2026-10-10)",
        received(D(2026, 9, 25)),
        "acceptance",
        D(2026, 10, 10),
    ),
    Row(
        "15 days end on an adjusted working Sunday (2026-09-20)",
        received(D(2026, 9, 5)),
        "acceptance",
        D(2026, 9, 20),
    ),
    Row(
        "15 days end on an adjusted working Sunday (2024-02-04)",
        received(D(2024, 1, 20)),
        "acceptance",
        D(2024, 2, 4),
    ),
    Row(
        "15 days end on an ordinary Saturday: Monday",
        received(D(2026, 11, 13)),
        "acceptance",
        D(2026, 11, 30),
    ),
    Row(
        "15 days end on a working Friday", received(D(2026, 11, 12)), "acceptance", D(2026, 11, 27)
    ),
    # the unit's objection: 5 working days
    Row(
        "objection over National Day and its working Saturday",
        assigned(D(2026, 9, 29)),
        "objection",
        D(2026, 10, 12),
    ),
    Row(
        "objection counts the working Sunday 2026-09-20",
        assigned(D(2026, 9, 17)),
        "objection",
        D(2026, 9, 23),
    ),
    Row(
        "objection over Spring Festival 2026", assigned(D(2026, 2, 12)), "objection", D(2026, 2, 26)
    ),
    Row(
        "objection over an ordinary weekend",
        assigned(D(2026, 11, 20)),
        "objection",
        D(2026, 11, 27),
    ),
    # handling: 60 days, plus an approved extension
    Row(
        "60 days end on Labour Day: after the holiday",
        accepted(D(2026, 3, 2)),
        "handling",
        D(2026, 5, 6),
    ),
    Row(
        "60 + 30 days end on a Sunday: Monday",
        accepted(D(2026, 3, 2), 30),
        "handling",
        D(2026, 6, 1),
    ),
    Row("60 days end on a working Wednesday", accepted(D(2026, 8, 1)), "handling", D(2026, 9, 30)),
    Row("60 + 30 days", accepted(D(2026, 8, 1), 30), "handling", D(2026, 10, 30)),
    Row(
        "60 + 5 days end in the National Day week",
        accepted(D(2026, 8, 1), 5),
        "handling",
        D(2026, 10, 8),
    ),
    Row(
        "60 + 10 days end on the working Saturday 2026-10-10",
        accepted(D(2026, 8, 1), 10),
        "handling",
        D(2026, 10, 10),
    ),
    # review and re-review: the petitioner's 30 days, the office's 30 days (+ hearing)
    Row(
        "review asked within 30 days of the reply, over National Day",
        replied(D(2026, 9, 1)),
        "review_request",
        D(2026, 10, 8),
    ),
    Row("review decided within 30 days", review(D(2026, 1, 5)), "review", D(2026, 2, 4)),
    Row(
        "re-review asked within 30 days of the review",
        reviewed(D(2026, 4, 6)),
        "re_review_request",
        D(2026, 5, 6),
    ),
    Row(
        "re-review decided: 30 days end in Spring Festival",
        re_review(D(2026, 1, 20)),
        "re_review",
        D(2026, 2, 24),
    ),
    Row(
        "re-review with 10 hearing days not counted",
        re_review(D(2026, 1, 20), 10),
        "re_review",
        D(2026, 3, 2),
    ),
    # month ends and leap years
    Row("Jan 31 + 30 in 2026: March 2", review(D(2026, 1, 31)), "review", D(2026, 3, 2)),
    Row("Jan 31 + 30 in leap 2024: March 1", review(D(2024, 1, 31)), "review", D(2024, 3, 1)),
    Row(
        "Jan 31 + 30 in 2025 ends on a Sunday: March 3",
        review(D(2025, 1, 31)),
        "review",
        D(2025, 3, 3),
    ),
    Row(
        "Dec 31 + 60 ends on the leap day 2024-02-29",
        accepted(D(2023, 12, 31)),
        "handling",
        D(2024, 2, 29),
    ),
    Row("from the leap day: 15 days", received(D(2024, 2, 29)), "acceptance", D(2024, 3, 15)),
    Row("from the leap day: 60 days", accepted(D(2024, 2, 29)), "handling", D(2024, 4, 29)),
    # a year the calendar does not know counts weekends only
    Row(
        "2028 unknown: 60 days end on a Saturday, Labour Day not known",
        accepted(D(2028, 2, 29)),
        "handling",
        D(2028, 5, 1),
    ),
    Row(
        "2027 unknown: 15 days end on 2027-10-01, a Friday",
        received(D(2027, 9, 16)),
        "acceptance",
        D(2027, 10, 1),
    ),
    Row(
        "2026 known, 2027 not: 60 days over New Year",
        accepted(D(2026, 11, 3)),
        "handling",
        D(2027, 1, 4),
    ),
]


def package_calendar() -> WorkCalendar:
    """The calendar as chinesecalendar has it, without the database."""
    exceptions = {day: False for day in constants.holidays}
    exceptions.update({day: True for day in constants.workdays})
    return WorkCalendar(exceptions, frozenset(day.year for day in exceptions))


@pytest.mark.parametrize("row", TABLE, ids=[row.why for row in TABLE])
def test_deadline_on_the_package_calendar(row: Row) -> None:
    assert getattr(deadlines(row.dates, package_calendar()), row.clock) == row.due


def test_the_stored_calendar_gives_every_deadline_of_the_table(db: Database) -> None:
    with db.read() as session:
        calendar = load_calendar(session)
    wrong = [
        (row.why, got)
        for row in TABLE
        if (got := getattr(deadlines(row.dates, calendar), row.clock)) != row.due
    ]
    assert wrong == []
    assert calendar.is_workday(D(2026, 10, 10)) and calendar.is_workday(D(2026, 9, 20))
    assert not calendar.is_workday(D(2026, 10, 5))  # a Monday of the National Day week
    assert min(calendar.years) == 2004 and max(calendar.years) == 2026


NEXT_DUE = [
    (received(D(2026, 9, 17)), (D(2026, 10, 8), DueKind.ACCEPTANCE)),
    (accepted(D(2026, 3, 2)), (D(2026, 5, 6), DueKind.HANDLING)),
    (assigned(D(2026, 3, 2)), (D(2026, 5, 6), DueKind.HANDLING)),
    (accepted(D(2026, 3, 2), 30), (D(2026, 6, 1), DueKind.HANDLING)),
    (replied(D(2026, 9, 1)), None),  # the petitioner's window, not the office's deadline
    (review(D(2026, 1, 5)), (D(2026, 2, 4), DueKind.REVIEW)),
    (reviewed(D(2026, 4, 6)), None),
    (re_review(D(2026, 1, 20), 10), (D(2026, 3, 2), DueKind.RE_REVIEW)),
    (CaseDates(D(2026, 1, 5), S.NOT_ACCEPTED), None),
    (CaseDates(D(2026, 1, 5), S.CLOSED), None),
    (CaseDates(D(2026, 1, 5), S.FINAL), None),
]


@pytest.mark.parametrize(("dates", "expected"), NEXT_DUE, ids=[d.state for d, _ in NEXT_DUE])
def test_the_office_owes_the_clock_of_its_state(
    dates: CaseDates, expected: tuple[date, DueKind] | None
) -> None:
    assert next_due(dates, package_calendar()) == expected


def test_the_objection_period_counts_working_days_only() -> None:
    calendar = package_calendar()
    assert calendar.working_days_between(D(2026, 9, 29), D(2026, 10, 12)) == 5
    assert calendar.add_working_days(D(2026, 9, 30), 1) == D(2026, 10, 8)


@pytest.mark.parametrize(
    ("today", "missing"),
    [
        (D(2026, 11, 25), [2027]),  # the coming year is announced in the autumn
        (D(2026, 9, 30), []),  # before October: no warning yet
        (D(2026, 10, 1), [2027]),
        (D(2027, 3, 1), [2027]),  # this year unknown
        (D(2027, 11, 1), [2027, 2028]),
        (D(2025, 12, 31), []),
    ],
)
def test_missing_years_of_the_stored_calendar(today: date, missing: list[int]) -> None:
    assert missing_years(package_calendar(), today) == missing


def test_entering_the_coming_year_ends_the_warning_and_its_days_count(
    db: Database, admin: Actor
) -> None:
    with db.read() as session:
        assert missing_years(load_calendar(session), D(2026, 11, 25)) == [2027]
    new_year = [(D(2027, 1, 1), "元旦"), (D(2027, 10, 1), "国庆节")]
    with db.unit() as session:
        set_calendar_year(session, admin, 2027, new_year, [(D(2027, 9, 26), "国庆节")])
    with db.read() as session:
        calendar = load_calendar(session)
    assert missing_years(calendar, D(2026, 11, 25)) == []
    # 2027-09-16 + 15 ends on the holiday now: Saturday 10-02 and Sunday 10-03 are off
    assert deadlines(received(D(2027, 9, 16)), calendar).acceptance == D(2027, 10, 4)
    assert calendar.is_workday(D(2027, 9, 26))  # a Sunday made a working day

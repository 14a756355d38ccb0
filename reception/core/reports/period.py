"""The span of office days a report covers, [start, end), and the moment its figures are
read: the daily report's one day and the monthly report's month, the periods a monthly
report is compared with (the month before, the same month a year before), and the
"first records" test that tells a period without data from a period with none of it.

A report of a period still running (today, this month) reads its figures up to now, and
its comparisons cover the same number of days from the start of theirs, so 1-25 November
is compared with 1-25 October, not with the whole of October."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import day_end, office_day

FIRST_YEAR, LAST_YEAR = 2000, 2100  # the office's records (as the monthly statistics)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # the first day after it

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def dates(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=n) for n in range(self.days))

    def until(self, day: date) -> Period:
        """The period cut after `day` (a period still running: up to today)."""
        return Period(self.start, min(self.end, max(self.start, day) + timedelta(days=1)))


def day_period(day: date) -> Period:
    return Period(day, day + timedelta(days=1))


def month_period(year: int, month: int) -> Period:
    if isinstance(month, bool) or not 1 <= month <= 12 or not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{year}-{month} is not a month of the office's records."),
            year=year,
            month=month,
        )
    start = date(year, month, 1)
    return Period(start, (start + timedelta(days=32)).replace(day=1))


def month_before(year: int, month: int) -> tuple[int, int]:
    return (year, month - 1) if month > 1 else (year - 1, 12)


def same_span(whole: Period, read: Period, other: Period) -> Period:
    """`other` (a whole month) cut to as many days as `read` has of `whole`: the span a
    running month is compared with. A whole month is compared with the whole other."""
    if read == whole:
        return other
    return Period(other.start, min(other.end, other.start + timedelta(days=read.days)))


def reading_moment(period: Period, clock: datetime, zone: Any) -> tuple[datetime, bool] | None:
    """(the moment the figures are read, whether the period is still running), or None for
    a period still to come. A past period is read at its last instant."""
    today = office_day(clock, zone)
    if period.start > today:
        return None
    if today < period.end:
        return clock, True
    return day_end(period.last, zone) - timedelta(microseconds=1), False


def has_records(session: Session, column: InstrumentedAttribute[date], period: Period) -> bool:
    """Whether the office kept records of `column`'s kind by the end of `period`: a period
    before the first one has no data (上年同期无数据), which is not the same as none."""
    first = session.scalar(select(func.min(column)))
    return first is not None and first < period.end

"""The working-day calendar the clocks count with: public holidays and adjusted working
days (调休) per year, seeded from chinesecalendar by migration 0004. Editing a year is in
calendar_edit.py."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.petitions.clock import WorkCalendar
from reception.core.petitions.models import CalendarDay, CalendarYear

_CACHE_KEY = "petitions.calendar"


def load_calendar(session: Session) -> WorkCalendar:
    """The calendar as stored, read once per unit of work."""
    cached = session.info.get(_CACHE_KEY)
    if isinstance(cached, WorkCalendar):
        return cached
    exceptions = {
        day: is_workday
        for day, is_workday in session.execute(select(CalendarDay.day, CalendarDay.is_workday))
    }
    calendar = WorkCalendar(exceptions, known_years(session))
    session.info[_CACHE_KEY] = calendar
    return calendar


def known_years(session: Session) -> frozenset[int]:
    """The years the calendar holds: one index read, without their days."""
    return frozenset(session.scalars(select(CalendarYear.year)))


def forget_calendar(session: Session) -> None:
    """After the calendar changed in this unit of work."""
    session.info.pop(_CACHE_KEY, None)


def missing_years(calendar: WorkCalendar, today: date) -> list[int]:
    """Years the desk should warn about: this year if unknown, and the coming year from
    October on, when the State Council has usually announced it."""
    wanted = [today.year] + ([today.year + 1] if today.month >= 10 else [])
    return [year for year in wanted if not calendar.knows(year)]

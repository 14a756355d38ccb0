"""The administrator's edit of the working-day calendar, one year at a time: its public
holidays and its adjusted working days (调休), as the State Council announces them each
autumn. Changing a year moves the deadlines of open cases, so they are recomputed in the
same transaction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.petitions.calendar import (
    forget_calendar,
    known_years,
    load_calendar,
    missing_years,
)
from reception.core.petitions.cases import authorize_reading, office_today, refresh_due
from reception.core.petitions.clock import WorkCalendar
from reception.core.petitions.models import CalendarDay, CalendarYear, PetitionCase
from reception.core.petitions.states import CLOSED_STATES
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

FIRST_YEAR = 2000
LAST_YEAR = 2100
MAX_DAY_NAME = 40
OFFICE_SOURCE = "office"


@dataclass(frozen=True)
class CalendarYearView:
    """A year as stored: `source` is "chinesecalendar", "office", or "" for a year the
    calendar does not know (weekends only)."""

    year: int
    source: str
    holidays: list[tuple[date, str]]
    workdays: list[tuple[date, str]]


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A calendar year is between {first} and {last}."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def _year_view(session: Session, year: int) -> CalendarYearView:
    known = session.get(CalendarYear, year)
    rows = session.execute(
        select(CalendarDay.day, CalendarDay.is_workday, CalendarDay.name)
        .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
        .order_by(CalendarDay.day)
    ).all()
    return CalendarYearView(
        year=year,
        source=known.source if known is not None else "",
        holidays=[(day, name) for day, is_work, name in rows if not is_work],
        workdays=[(day, name) for day, is_work, name in rows if is_work],
    )


def calendar_year(session: Session, actor: Actor, year: int) -> CalendarYearView:
    """One year of the calendar, for the administrator or the petitions office."""
    if actor.may(Permission.MANAGE_SETTINGS):
        authorize(session, actor, Permission.MANAGE_SETTINGS)
    else:
        authorize_reading(session, actor)
    _check_year(year)
    return _year_view(session, year)


def _checked_days(year: int, days: Sequence[tuple[date, str]], workdays: bool) -> dict[date, str]:
    checked: dict[date, str] = {}
    for day, name in days:
        if day.year != year:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{day} is not in {year}."),
                day=day.isoformat(),
                year=year,
            )
        if workdays and day.weekday() < 5:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{day} is a weekday: an adjusted working day is a Saturday or a Sunday.",
                ),
                day=day.isoformat(),
            )
        if day in checked:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{day} is listed twice."), day=day.isoformat()
            )
        text = " ".join(name.split())
        if len(text) > MAX_DAY_NAME:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The name of {day} may have at most {most} characters."
                ),
                day=day.isoformat(),
                most=MAX_DAY_NAME,
            )
        checked[day] = text
    return checked


def _recompute_open_cases(session: Session) -> int:
    """Every open case's next deadline under the new calendar; how many moved."""
    forget_calendar(session)
    load_calendar(session)
    moved = 0
    open_cases = select(PetitionCase).where(
        PetitionCase.state.not_in([s.value for s in CLOSED_STATES])
    )
    for case in session.scalars(open_cases):
        before = (case.next_due_on, case.next_due_kind)
        refresh_due(session, case)
        moved += (case.next_due_on, case.next_due_kind) != before
    return moved


def set_calendar_year(
    session: Session,
    actor: Actor,
    year: int,
    holidays: Sequence[tuple[date, str]],
    workdays: Sequence[tuple[date, str]],
) -> CalendarYearView:
    """Replace the year's holidays and adjusted working days; only the administrator may.
    A holiday may fall on a weekend (it keeps its name); an adjusted working day is a
    Saturday or Sunday; no day is both."""
    authorize(session, actor, Permission.MANAGE_SETTINGS)
    _check_year(year)
    off = _checked_days(year, holidays, workdays=False)
    on = _checked_days(year, workdays, workdays=True)
    both = sorted(set(off) & set(on))
    if both:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{day} cannot be both a holiday and a working day."),
            day=both[0].isoformat(),
        )
    old = _year_view(session, year)
    session.execute(
        delete(CalendarDay).where(
            CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
        )
    )
    session.add_all(CalendarDay(day=d, is_workday=False, name=n) for d, n in off.items())
    session.add_all(CalendarDay(day=d, is_workday=True, name=n) for d, n in on.items())
    row = session.get(CalendarYear, year)
    if row is None:
        session.add(CalendarYear(year=year, source=OFFICE_SOURCE, updated_at=utcnow()))
    else:
        row.source, row.updated_at = OFFICE_SOURCE, utcnow()
    session.flush()
    moved = _recompute_open_cases(session)
    record(
        session,
        actor,
        "calendar.change",
        "work_calendar_year",
        year,
        {"source": old.source, "holidays": len(old.holidays), "workdays": len(old.workdays)},
        {
            "source": OFFICE_SOURCE,
            "holidays": len(off),
            "workdays": len(on),
            "cases_moved": moved,
        },
    )
    session.flush()
    return _year_view(session, year)


def calendar_warning(session: Session, today: date | None = None) -> list[int]:
    """Years the desk should warn are missing from the calendar (no permission needed: the
    warning names years, nothing else)."""
    # the years alone: the desk asks this as its window opens, the days are not needed
    known = WorkCalendar({}, known_years(session))
    return missing_years(known, today or office_today(session))


_LINE = re.compile(
    r"(?P<start>\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:\.\.|~|～|至)\s*(?P<end>\d{4}-\d{1,2}-\d{1,2}))?"
    r"(?:\s+(?P<name>.*))?"
)
MAX_RANGE_DAYS = 31


def _date(text: str, line: int) -> date:
    try:
        year, month, day = (int(part) for part in text.split("-"))
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Line {line}: {text} is not a date such as 2027-01-01."),
            line=line,
            text=text,
        ) from None


def parse_calendar_text(text: str) -> list[tuple[date, str]]:
    """Days typed one per line: "2027-01-01 元旦", or a range "2027-10-01..2027-10-07 国庆节"
    (also with ~ or 至). Blank lines and lines starting with # are skipped."""
    found: list[tuple[date, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: {text} is not a date such as 2027-01-01."
                ),
                line=number,
                text=line,
            )
        start = _date(match["start"], number)
        end = _date(match["end"], number) if match["end"] else start
        if not 0 <= (end - start).days < MAX_RANGE_DAYS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: a range runs forward, over at most {most} days."
                ),
                line=number,
                most=MAX_RANGE_DAYS,
            )
        name = " ".join((match["name"] or "").split())
        found += [(start + timedelta(days=n), name) for n in range((end - start).days + 1)]
    return found

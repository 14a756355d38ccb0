"""Monthly figures of the petitions office: cases received by category, form and unit,
decisions, replies and the on-time rate. Counted by GROUP BY over plain columns (dates,
category, form, unit); no case text is decrypted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from reception.core.errors import InvalidInput
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import authorize_reading, office_today
from reception.core.petitions.clock import HANDLING_DAYS
from reception.core.petitions.models import JOINT_VISIT_PEOPLE, PetitionCase, PetitionVisit
from reception.core.petitions.states import CaseForm, CaseState
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MonthlyFigures:
    """One month. `received`, the breakdowns: cases received in the month; `accepted`,
    `not_accepted`: decisions taken in the month; `replied`: replies given in the month,
    `replied_on_time` of them within the handling period (with its extension);
    `overdue_open`: cases received by the month's end that are open and past their deadline
    on the report day (the month's last day, or today within the month); `repeat_visits`,
    `joint_visits`: visits in the month (a joint visit: five people or more)."""

    year: int
    month: int
    received: int
    accepted: int
    not_accepted: int
    replied: int
    replied_on_time: int
    on_time_rate: float | None
    overdue_open: int
    repeat_visits: int
    joint_visits: int
    by_category: list[tuple[str, int]]
    by_form: list[tuple[CaseForm, int]]
    by_unit: list[tuple[str, int]]


def _month(year: int, month: int) -> tuple[date, date]:
    """The month's first day and the first day after it."""
    if isinstance(month, bool) or not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{year}-{month} is not a month of the office's records."),
            year=year,
            month=month,
        )
    start = date(year, month, 1)
    return start, (start + timedelta(days=32)).replace(day=1)


def monthly_statistics(
    session: Session, actor: Actor, year: int, month: int, *, today: date | None = None
) -> MonthlyFigures:
    authorize_reading(session, actor)
    start, end = _month(year, month)
    today = today or office_today(session)
    case = PetitionCase
    count = func.count()

    def number(*where: ColumnElement[bool]) -> int:
        return session.scalar(select(count).select_from(case).where(*where)) or 0

    received_in = (case.received_on >= start, case.received_on < end)
    received = number(*received_in)
    accepted = number(case.accepted_on >= start, case.accepted_on < end)
    not_accepted = number(
        case.state == CaseState.NOT_ACCEPTED.value, case.decided_on >= start, case.decided_on < end
    )

    # Replies against the handling deadline, grouped by the dates that decide it.
    replies = session.execute(
        select(case.accepted_on, case.extension_days, case.replied_on, count)
        .where(case.replied_on >= start, case.replied_on < end)
        .group_by(case.accepted_on, case.extension_days, case.replied_on)
    ).all()
    calendar = load_calendar(session)
    replied = on_time = 0
    for accepted_on, extension, replied_on, n in replies:
        replied += n
        due = calendar.period_end(accepted_on, HANDLING_DAYS + extension) if accepted_on else None
        if due is not None and replied_on is not None and replied_on <= due:
            on_time += n

    report_day = min(today, end - timedelta(days=1))
    overdue_open = number(
        case.received_on <= report_day,
        case.next_due_on < report_day,
        case.state.in_([s.value for s in CaseState if s.is_open]),
    )

    visit = PetitionVisit
    visits_in = (visit.came_on >= start, visit.came_on < end)
    repeat_visits = (
        session.scalar(select(count).select_from(visit).where(*visits_in, visit.is_repeat)) or 0
    )
    joint_visits = (
        session.scalar(
            select(count)
            .select_from(visit)
            .where(*visits_in, visit.people_count >= JOINT_VISIT_PEOPLE)
        )
        or 0
    )

    def grouped(column: InstrumentedAttribute[str]) -> list[tuple[str, int]]:
        rows = session.execute(
            select(column, count)
            .where(*received_in)
            .group_by(column)
            .order_by(count.desc(), column)
        ).all()
        return [(str(key or ""), int(n)) for key, n in rows]

    return MonthlyFigures(
        year=year,
        month=month,
        received=received,
        accepted=accepted,
        not_accepted=not_accepted,
        replied=replied,
        replied_on_time=on_time,
        on_time_rate=(on_time / replied) if replied else None,
        overdue_open=overdue_open,
        repeat_visits=repeat_visits,
        joint_visits=joint_visits,
        by_category=grouped(case.category),
        by_form=[(CaseForm(form), n) for form, n in grouped(case.form)],
        by_unit=grouped(case.unit_concerned),
    )

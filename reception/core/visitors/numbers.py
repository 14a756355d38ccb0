"""Ticket numbers: per office day and series, 1 to 999, never given twice.

The next number comes from one atomic upsert on `ticket_number` (SQLite and PostgreSQL both
have INSERT … ON CONFLICT … RETURNING), and the ticket table's unique (day, series, number)
is the invariant behind it: should anything else ever hand out a number, the database
refuses the duplicate."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from reception.core.errors import Conflict
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.models import TicketNumber

LAST_NUMBER = 999


def _insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def next_number(session: Session, day: date, series: str) -> int:
    insert = _insert(session)
    statement = (
        insert(TicketNumber)
        .values(day=day, series=series, last=1)
        .on_conflict_do_update(
            index_elements=[TicketNumber.day, TicketNumber.series],
            set_={"last": TicketNumber.last + 1},
        )
        .returning(TicketNumber.last)
    )
    number = int(session.execute(statement).scalar_one())
    if number > LAST_NUMBER:
        # The unit of work rolls back, so the counter stays at 999 for the next attempt.
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Series {series} has given all {last} numbers for {day}. "
                "Register the visitor under another service.",
            ),
            series=series,
            last=LAST_NUMBER,
            day=day.isoformat(),
        )
    return number

"""Desk processes for the concurrency tests of the visitor queue. Each opens its own engine
on the shared database, waits at the start barrier with the others, then works through the
real services, one unit of work per action, and reports back through a queue: what it got,
or the error it met (never lost in the child)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

DEADLINE_S = 60
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


def _open(url: str, master: bytes) -> Any:
    from sqlalchemy.engine import make_url

    from reception.core.security.keys import Keys
    from reception.db.database import open_database

    return open_database(make_url(url), Keys(master), upgrade=False)


def _actor(actor: tuple[int, str, str]) -> Any:
    from reception.core.security.roles import Actor, Role

    operator_id, login, role = actor
    return Actor(operator_id, login, Role(role))


def register_visitors(
    url: str,
    master: bytes,
    actor: tuple[int, str, str],
    desk: int,
    count: int,
    start: Any,
    results: Any,
) -> None:
    """Register `count` walk-ins in the first series; report the tickets in the order given."""
    from reception.core.visitors import service

    tickets: list[str] = []
    error = ""
    try:
        db = _open(url, master)
        clerk = _actor(actor)
        start.wait(timeout=DEADLINE_S)
        for unit in range(count):
            form = service.Registration("张三", f"138{desk:04d}{unit:04d}", "咨询")
            with db.unit() as session:
                tickets.append(service.register(session, clerk, form, NOW).ticket)
        db.close()
    except BaseException as failure:  # reported to the parent
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk, tickets, error))


def scan_slips(
    url: str,
    master: bytes,
    actor: tuple[int, str, str],
    desk: int,
    slips: list[str],
    start: Any,
    results: Any,
) -> None:
    """Scan every slip, one per round; every round starts for all desks at the barrier."""
    from reception.core.visitors import service

    outcomes: list[tuple[str, str, datetime | None]] = []
    error = ""
    try:
        db = _open(url, master)
        clerk = _actor(actor)
        at = NOW + timedelta(seconds=desk + 1)  # each desk's own clock, to tell them apart
        for slip in slips:
            start.wait(timeout=DEADLINE_S)
            with db.unit() as session:
                outcome = service.scan(session, clerk, slip, at, desk=f"desk{desk}")
            outcomes.append((outcome.result.value, outcome.ticket, outcome.at))
        db.close()
    except BaseException as failure:  # reported to the parent
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk, outcomes, error))


def call_next_at_counter(
    url: str,
    master: bytes,
    actor: tuple[int, str, str],
    desk: int,
    rounds: int,
    start: Any,
    results: Any,
) -> None:
    """Counter `desk + 1` calls next once per round; every round starts at the barrier."""
    from reception.core.visitors import service

    called: list[str | None] = []
    error = ""
    try:
        db = _open(url, master)
        clerk = _actor(actor)
        for round_ in range(rounds):
            start.wait(timeout=DEADLINE_S)
            with db.unit() as session:
                ticket = service.call_next(
                    session, clerk, desk + 1, NOW + timedelta(minutes=round_ + 1)
                )
            called.append(ticket.ticket if ticket else None)
        db.close()
    except BaseException as failure:  # reported to the parent
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk, called, error))

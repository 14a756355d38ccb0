"""Several desks issuing tickets and scanning slips at the same moment, as separate processes
on one database (SQLite file; PostgreSQL schema when configured): numbers are given once
each, in order, with no gap, and a slip checks in once (DOMAIN.md 2 and 7)."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from reception.core.security import audit
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import CheckIn, Ticket, TicketNumber, TicketState
from reception.core.visitors.settings import Counter as QueueCounter
from reception.core.visitors.settings import QueueSettings
from reception.db.database import Database
from tests.integration.queue_desks import (
    DEADLINE_S,
    NOW,
    call_next_at_counter,
    register_visitors,
    scan_slips,
)

DESKS = 4
REGISTRATIONS = 25
ROUNDS = 8  # slips scanned by every desk at once, one round each
TODAY = date(2026, 11, 25)


def _run_desks(target: Any, args_for: Any) -> list[tuple[int, Any, str]]:
    """Start one process per desk, all released together by a barrier; their reports."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(*args_for(desk), start, results))
        for desk in range(DESKS)
    ]
    for process in processes:
        process.start()
    try:
        reports = [results.get(timeout=DEADLINE_S) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=DEADLINE_S)
    assert [process.exitcode for process in processes] == [0] * DESKS
    return sorted(reports)


def _actor(actor: Actor) -> tuple[int, str, str]:
    assert actor.operator_id is not None
    return actor.operator_id, actor.login, actor.role.value


@pytest.mark.slow
def test_desks_registering_at_once_give_every_number_once_in_order(
    db: Database, db_url: URL, keys: Keys, staff: dict[Role, Actor]
) -> None:
    clerk = _actor(staff[Role.RECEPTIONIST])
    url = db_url.render_as_string(hide_password=False)
    began = time.monotonic()
    reports = _run_desks(
        register_visitors, lambda desk: (url, keys.master, clerk, desk, REGISTRATIONS)
    )
    elapsed = time.monotonic() - began
    assert [(desk, error) for desk, _, error in reports] == [(d, "") for d in range(DESKS)]
    given = [ticket for _, tickets, _ in reports for ticket in tickets]
    # 100 tickets, A001 to A100, each exactly once, and no number skipped
    assert len(given) == DESKS * REGISTRATIONS
    assert sorted(given) == [f"A{n:03d}" for n in range(1, DESKS * REGISTRATIONS + 1)]
    for _, tickets, _ in reports:  # each desk's numbers rise with its own commits
        assert tickets == sorted(tickets)
    with db.read() as session:
        numbers = session.scalars(
            select(Ticket.number).where(Ticket.day == TODAY, Ticket.series == "A")
        ).all()
        assert sorted(numbers) == list(range(1, DESKS * REGISTRATIONS + 1))
        assert session.get(TicketNumber, (TODAY, "A")).last == DESKS * REGISTRATIONS  # type: ignore[union-attr]
        states = Counter(session.scalars(select(Ticket.state)).all())
        assert states == {TicketState.WAITING: DESKS * REGISTRATIONS}
        # all joined at one instant: the queue is in number order, as the desks issued them
        panel = service.counter_panel(session, staff[Role.RECEPTIONIST], 1, NOW)
        assert [t.ticket for t in panel.waiting] == sorted(given)
        report = audit.verify(session)
        assert report.intact, report.fault
    assert elapsed < 45, f"{DESKS}×{REGISTRATIONS} registrations took {elapsed:.1f} s"


@pytest.mark.slow
def test_desks_scanning_one_slip_at_once_check_it_in_once(
    db: Database, db_url: URL, keys: Keys, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.RECEPTIONIST]
    slips = []
    with db.unit() as session:
        for number in range(ROUNDS):
            form = service.Registration(
                "赵六",
                f"1390000{number:04d}",
                "约见",
                appointment_at=NOW + timedelta(hours=1),
            )
            slips.append(service.register(session, clerk, form, NOW).token)
    with db.read() as session:
        start_seq = audit.head_seq(session)
    url = db_url.render_as_string(hide_password=False)
    reports = _run_desks(scan_slips, lambda desk: (url, keys.master, _actor(clerk), desk, slips))
    assert [(desk, error) for desk, _, error in reports] == [(d, "") for d in range(DESKS)]
    winners = {}
    for round_ in range(ROUNDS):
        outcomes = {desk: outcomes[round_] for desk, outcomes, _ in reports}
        results = Counter(result for result, _, _ in outcomes.values())
        assert results == {"checked_in": 1, "already_checked_in": DESKS - 1}, (round_, outcomes)
        (winner,) = [desk for desk, (result, _, _) in outcomes.items() if result == "checked_in"]
        winners[f"C{round_ + 1:03d}"] = f"desk{winner}"
        # every desk names the same ticket, and the others the winner's time of check-in
        assert {ticket for _, ticket, _ in outcomes.values()} == {f"C{round_ + 1:03d}"}
        assert {at for _, _, at in outcomes.values()} == {NOW + timedelta(seconds=winner + 1)}
    with db.read() as session:
        check_ins = session.execute(select(CheckIn.visit_id, CheckIn.desk)).all()
        assert len(check_ins) == ROUNDS
        assert len({visit_id for visit_id, _ in check_ins}) == ROUNDS
        desks = {
            ticket.label: desk
            for ticket, desk in session.execute(
                select(Ticket, CheckIn.desk).join(CheckIn, CheckIn.visit_id == Ticket.visit_id)
            )
        }
        assert desks == winners  # the database kept the check-in of the desk that was told so
        states = Counter(session.scalars(select(Ticket.state)).all())
        assert states == {TicketState.WAITING: ROUNDS}  # each appointment queued once
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.seq > start_seq)).all()
        assert actions == ["visit.check_in"] * ROUNDS  # refused repeats write nothing
        assert session.scalar(select(func.count()).select_from(CheckIn)) == ROUNDS


@pytest.mark.slow
def test_counters_calling_next_at_once_never_call_one_ticket_twice(
    db: Database, db_url: URL, keys: Keys, admin: Actor, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.RECEPTIONIST]
    waiting = DESKS * ROUNDS + 2
    with db.unit() as session:
        counters = tuple(QueueCounter(n, f"{n}号窗口", ("A",)) for n in range(1, DESKS + 1))
        service.update_queue_settings(session, admin, QueueSettings(counters=counters))
        for number in range(waiting):
            form = service.Registration("王五", f"1370000{number:04d}", "咨询")
            service.register(session, clerk, form, NOW + timedelta(seconds=number))
    url = db_url.render_as_string(hide_password=False)
    reports = _run_desks(
        call_next_at_counter, lambda desk: (url, keys.master, _actor(clerk), desk, ROUNDS)
    )
    assert [(desk, error) for desk, _, error in reports] == [(d, "") for d in range(DESKS)]
    for round_ in range(ROUNDS):
        # each round calls the next DESKS tickets in queue order, each at one counter only
        called = sorted(str(calls[round_]) for _, calls, _ in reports)
        assert called == [f"A{n:03d}" for n in range(round_ * DESKS + 1, (round_ + 1) * DESKS + 1)]
    with db.read() as session:
        states = Counter(session.scalars(select(Ticket.state)).all())
        assert states == {
            TicketState.SERVED: DESKS * (ROUNDS - 1),  # "next, please" ended each one before
            TicketState.CALLED: DESKS,
            TicketState.WAITING: 2,
        }
        current = service.queue_status(session, NOW).current
        assert sorted(c.counter for c in current) == list(range(1, DESKS + 1))

"""Counter actions at their edges: empty queues, the last number of a series, tickets that
cannot be called, counters that do not exist, and the database's own refusals. Every refused
action leaves the database as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.security import audit
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import (
    CheckIn,
    Ticket,
    TicketNumber,
    TicketState,
    Visit,
    Visitor,
)
from reception.core.visitors.views import Issued, ScanResult
from reception.db.database import Database

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
TODAY = date(2026, 11, 25)
UNKNOWN_COUNTERS = (0, 4, 99)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


_phones = iter(range(13900000000, 13999999999))


def _register(
    db: Database,
    clerk: Actor,
    series: str = "",
    at: datetime = NOW,
    appointment_at: datetime | None = None,
) -> Issued:
    form = service.Registration(
        "张三", str(next(_phones)), "咨询", series=series, appointment_at=appointment_at
    )
    with db.unit() as session:
        return service.register(session, clerk, form, at)


def _snapshot(db: Database) -> tuple[object, ...]:
    """Row counts, the audit head, the number counters and every ticket's state."""
    with db.read() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(table))
            for table in (Visitor, Visit, Ticket, CheckIn, AuditEntry)
        )
        numbers = session.execute(
            select(TicketNumber.day, TicketNumber.series, TicketNumber.last).order_by(
                TicketNumber.series
            )
        ).all()
        tickets = session.execute(
            select(
                Ticket.series, Ticket.number, Ticket.state, Ticket.counter, Ticket.recalls
            ).order_by(Ticket.id)
        ).all()
        return counts, audit.head_seq(session), tuple(numbers), tuple(tickets)


def _states(db: Database) -> dict[str, tuple[str, int | None]]:
    with db.read() as session:
        return {
            t.label: (t.state, t.counter)
            for t in session.scalars(select(Ticket).order_by(Ticket.id))
        }


# --- an empty queue -------------------------------------------------------------------------


def test_call_next_with_nothing_to_call_returns_none_and_writes_nothing(
    db: Database, clerk: Actor
) -> None:
    _register(db, clerk, series="B")  # waiting, but not for counter 1 (A and C)
    before = _snapshot(db)
    with db.unit() as session:
        assert service.call_next(session, clerk, 1, NOW) is None
        assert service.call_next(session, clerk, 2, NOW) is None
    assert _snapshot(db) == before
    assert _states(db) == {"B001": (TicketState.WAITING, None)}


def test_call_next_on_an_empty_queue_still_ends_the_current_service(
    db: Database, clerk: Actor
) -> None:
    """The module's promise: "next, please" ends the service before, whatever comes next."""
    _register(db, clerk)
    with db.unit() as session:
        called = service.call_next(session, clerk, 1, NOW)
    assert called is not None and called.ticket == "A001"
    with db.read() as session:
        seq = audit.head_seq(session)
    later = NOW + timedelta(minutes=7)
    with db.unit() as session:
        assert service.call_next(session, clerk, 1, later) is None
    with db.read() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.state, ticket.served_at) == (TicketState.SERVED, later)
        rows = session.scalars(select(AuditEntry).where(AuditEntry.seq > seq)).all()
        assert [(r.action, r.entity_id) for r in rows] == [("ticket.serve", str(ticket.id))]
        assert service.queue_status(session, later).current == []


# --- the last number of a series -------------------------------------------------------------


def test_the_999th_number_is_the_last_and_a_refused_registration_leaves_the_counter(
    db: Database, clerk: Actor
) -> None:
    with db.unit() as session:
        session.add(TicketNumber(day=TODAY, series="A", last=998))
    assert _register(db, clerk).ticket == "A999"
    before = _snapshot(db)
    for attempt in range(2):
        with pytest.raises(Conflict) as refused:
            _register(db, clerk, at=NOW + timedelta(minutes=attempt + 1))
        assert "Series A has given all 999 numbers for 2026-11-25" in str(refused.value)
        # the unit rolled back as a whole: no visitor, visit, ticket or audit row; still 999
        assert _snapshot(db) == before
    with db.read() as session:
        assert session.get(TicketNumber, (TODAY, "A")).last == 999  # type: ignore[union-attr]
    # other series, and the next day, are not affected
    assert _register(db, clerk, series="B").ticket == "B001"
    assert _register(db, clerk, at=NOW + timedelta(days=1)).ticket == "A001"


# --- call a given ticket ---------------------------------------------------------------------


def test_call_ticket_refuses_served_expected_and_called_tickets(db: Database, clerk: Actor) -> None:
    _register(db, clerk)  # A001: will be served at counter 1
    _register(db, clerk)  # A002: will be called at counter 2
    _register(db, clerk)  # A003: will be called at counter 1
    _register(db, clerk, appointment_at=NOW + timedelta(hours=2))  # C001: not scanned
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        service.serve(session, clerk, 1, NOW)
        service.call_next(session, clerk, 2, NOW)
        service.call_next(session, clerk, 1, NOW)
    states = _states(db)
    assert states == {
        "A001": (TicketState.SERVED, 1),
        "A002": (TicketState.CALLED, 2),
        "A003": (TicketState.CALLED, 1),
        "C001": (TicketState.EXPECTED, None),
    }
    before = _snapshot(db)
    refusals: list[tuple[int, str, type[Exception], str]] = [
        (2, "A001", Conflict, "Ticket A001 has already been served."),
        (3, "a 001", Conflict, "Ticket A001 has already been served."),
        (1, "C001", Conflict, "Ticket C001 is an appointment whose slip has not been scanned yet."),
        (1, "A002", Conflict, "Ticket A002 is called at counter 2 now."),
        (2, "A002", Conflict, "Ticket A002 is called at counter 2 now."),
        (2, "A003", Conflict, "Ticket A003 is called at counter 1 now."),
        (1, "A004", NotFound, "There is no ticket A004 today."),
        (1, "B001", NotFound, "There is no ticket B001 today."),
        (1, "001", NotFound, "There is no ticket 001 today."),
        (1, "", NotFound, "There is no ticket  today."),
    ]
    for counter, label, error, message in refusals:
        with pytest.raises(error) as refused, db.unit() as session:
            service.call_ticket(session, clerk, counter, label, NOW)
        assert str(refused.value) == message
        # refused before anything happened: the counters still serve A002 and A003
        assert _snapshot(db) == before, label
    # tomorrow, none of today's tickets exists
    with pytest.raises(NotFound), db.unit() as session:
        service.call_ticket(session, clerk, 1, "A002", NOW + timedelta(days=1))


def test_a_counter_may_take_back_its_own_served_ticket(db: Database, clerk: Actor) -> None:
    """The clerk's undo of "served": only at the counter that served it."""
    _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        service.serve(session, clerk, 1, NOW)
    with pytest.raises(Conflict), db.unit() as session:
        service.call_ticket(session, clerk, 2, "A001", NOW)
    with db.unit() as session:
        back = service.call_ticket(session, clerk, 1, "A001", NOW + timedelta(minutes=1))
    assert (back.ticket, back.state, back.counter) == ("A001", "called", 1)
    assert _states(db) == {"A001": (TicketState.CALLED, 1)}


def test_call_ticket_of_a_held_ticket_ends_the_current_service(db: Database, clerk: Actor) -> None:
    _register(db, clerk)
    _register(db, clerk)
    later = NOW + timedelta(minutes=3)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        service.hold(session, clerk, 1, NOW)
        service.call_next(session, clerk, 1, NOW)
        back = service.call_ticket(session, clerk, 1, "A001", later)
    assert (back.ticket, back.state, back.counter, back.recalls) == ("A001", "called", 1, 0)
    assert _states(db) == {"A001": ("called", 1), "A002": ("served", 1)}


def test_a_ticket_called_again_needs_its_recalls_again_before_a_no_show(
    db: Database, clerk: Actor
) -> None:
    _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        service.recall(session, clerk, 1, NOW)
        service.recall(session, clerk, 1, NOW)  # enough for a no-show (2 by default)
        service.hold(session, clerk, 1, NOW)
        back = service.call_ticket(session, clerk, 1, "A001", NOW)
    assert back.recalls == 0
    with pytest.raises(Conflict) as refused, db.unit() as session:
        service.no_show(session, clerk, 1, NOW)
    assert "a no-show needs 2 recalls, it has had 0" in str(refused.value)


# --- counters that do not exist, transfers that go nowhere ------------------------------------


def test_an_unknown_counter_is_invalid_input_for_every_action(db: Database, clerk: Actor) -> None:
    _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
    before = _snapshot(db)
    actions = {
        "call_next": lambda s, n: service.call_next(s, clerk, n, NOW),
        "call_ticket": lambda s, n: service.call_ticket(s, clerk, n, "A001", NOW),
        "recall": lambda s, n: service.recall(s, clerk, n, NOW),
        "serve": lambda s, n: service.serve(s, clerk, n, NOW),
        "hold": lambda s, n: service.hold(s, clerk, n, NOW),
        "no_show": lambda s, n: service.no_show(s, clerk, n, NOW),
        "transfer": lambda s, n: service.transfer(s, clerk, n, NOW, to_series="B"),
        "counter_panel": lambda s, n: service.counter_panel(s, clerk, n, NOW),
    }
    for name, action in actions.items():
        for number in UNKNOWN_COUNTERS:
            with pytest.raises(InvalidInput) as refused, db.unit() as session:
                action(session, number)
            assert f"There is no counter {number}" in str(refused.value), name
    assert _snapshot(db) == before


def test_transfers_that_go_nowhere_are_refused_and_the_ticket_stays_called(
    db: Database, clerk: Actor
) -> None:
    _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
    before = _snapshot(db)
    refusals: list[tuple[dict[str, object], str]] = [
        ({"to_counter": 1}, "The ticket is already at counter 1."),
        ({"to_counter": 4}, "There is no counter 4; see the queue settings."),
        ({"to_series": "Z"}, "There is no service with series Z."),
        ({"to_series": ""}, "There is no service with series ."),
        ({}, "Transfer to either a series or a counter."),
        ({"to_series": "B", "to_counter": 3}, "Transfer to either a series or a counter."),
    ]
    for target, message in refusals:
        with pytest.raises(InvalidInput) as refused, db.unit() as session:
            service.transfer(session, clerk, 1, NOW, **target)  # type: ignore[arg-type]
        assert str(refused.value) == message
    assert _snapshot(db) == before
    assert _states(db) == {"A001": (TicketState.CALLED, 1)}


def test_actions_on_the_current_ticket_need_one(db: Database, clerk: Actor) -> None:
    _register(db, clerk)  # waiting, not called
    before = _snapshot(db)
    actions = {
        "recall": lambda s: service.recall(s, clerk, 2, NOW),
        "serve": lambda s: service.serve(s, clerk, 2, NOW),
        "hold": lambda s: service.hold(s, clerk, 2, NOW),
        "no_show": lambda s: service.no_show(s, clerk, 2, NOW),
        "transfer": lambda s: service.transfer(s, clerk, 2, NOW, to_counter=1),
        # checked before "the same counter": there is nothing to transfer
        "transfer_same": lambda s: service.transfer(s, clerk, 2, NOW, to_counter=2),
    }
    for name, action in actions.items():
        with pytest.raises(Conflict) as refused, db.unit() as session:
            action(session)
        assert str(refused.value) == "Counter 2 has no ticket called now.", name
    assert _snapshot(db) == before


def test_a_ticket_sent_to_one_counter_is_called_there_only(db: Database, clerk: Actor) -> None:
    _register(db, clerk)  # A001
    _register(db, clerk, at=NOW + timedelta(minutes=1))  # A002
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
        moved = service.transfer(session, clerk, 1, NOW, to_counter=3)
        assert (moved.state, moved.for_counter, moved.counter) == ("waiting", 3, None)
        # counter 2 serves series A but the ticket is not for it; counter 3 serves only B
        panel2 = service.counter_panel(session, clerk, 2, NOW)
        panel3 = service.counter_panel(session, clerk, 3, NOW)
        assert [t.ticket for t in panel2.waiting] == ["A002"]
        assert [t.ticket for t in panel3.waiting] == ["A001"]
        second = service.call_next(session, clerk, 2, NOW)
        third = service.call_next(session, clerk, 3, NOW)
        assert second is not None and third is not None
        assert (second.ticket, third.ticket, third.for_counter) == ("A002", "A001", None)
        assert service.call_next(session, clerk, 2, NOW) is None


# --- departures --------------------------------------------------------------------------------


def test_a_departure_scan_after_check_in_signs_out_and_closes_the_ticket(
    db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk)
    with db.unit() as session:
        service.scan(session, clerk, issued.token, NOW)
        left = service.scan(
            session, clerk, issued.token, NOW + timedelta(minutes=5), departure=True
        )
        again = service.scan(
            session, clerk, issued.token, NOW + timedelta(minutes=9), departure=True
        )
        assert service.on_site(session, clerk, NOW) == []
    assert (left.result, left.at) == (ScanResult.LEFT, NOW + timedelta(minutes=5))
    assert (again.result, again.at) == (ScanResult.ALREADY_LEFT, NOW + timedelta(minutes=5))
    assert _states(db) == {"A001": (TicketState.NO_SHOW, None)}


def test_a_departure_scan_of_an_appointment_that_never_arrived_checks_nothing_in(
    db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk, appointment_at=NOW + timedelta(hours=1))
    before = _snapshot(db)
    with db.unit() as session:
        outcome = service.scan(session, clerk, issued.token, NOW, departure=True)
    assert (outcome.result, outcome.ticket) == (ScanResult.NOT_ARRIVED, "C001")
    assert _snapshot(db) == before  # no check-in, the ticket is not queued
    assert _states(db) == {"C001": (TicketState.EXPECTED, None)}


def test_a_departure_scan_of_a_walk_in_who_never_scanned_signs_them_out(
    db: Database, clerk: Actor
) -> None:
    """A walk-in registered at the desk is on site (arrived at registration) without a
    check-in row; the departure scan must do what the on-site list's button does."""
    issued = _register(db, clerk)
    with db.read() as session:
        assert [v.visit_id for v in service.on_site(session, clerk, NOW)] == [issued.visit_id]
    with db.unit() as session:
        outcome = service.scan(session, clerk, issued.token, NOW, departure=True)
        assert service.on_site(session, clerk, NOW) == []
    assert outcome.result is ScanResult.LEFT
    assert _states(db) == {"A001": (TicketState.NO_SHOW, None)}


# --- invariants the database keeps -------------------------------------------------------------


def test_the_database_refuses_a_second_called_ticket_at_one_counter(
    db: Database, clerk: Actor
) -> None:
    for _ in range(3):
        _register(db, clerk)
    with db.unit() as session:
        service.call_next(session, clerk, 1, NOW)
    before = _snapshot(db)
    with pytest.raises(IntegrityError) as refused, db.unit() as session:
        session.execute(
            update(Ticket).where(Ticket.number == 2).values(state=TicketState.CALLED, counter=1)
        )
    assert "uq_ticket_one_call_per_counter" in str(refused.value) or "UNIQUE" in str(refused.value)
    assert _snapshot(db) == before
    # the index is partial and per counter: held tickets and other counters are not limited
    with db.unit() as session:
        session.execute(
            update(Ticket).where(Ticket.number == 2).values(state=TicketState.CALLED, counter=2)
        )
        session.execute(
            update(Ticket).where(Ticket.number == 3).values(state=TicketState.HELD, counter=1)
        )
        session.execute(
            update(Ticket).where(Ticket.number == 1).values(state=TicketState.HELD, counter=1)
        )
    assert _states(db) == {"A001": ("held", 1), "A002": ("called", 2), "A003": ("held", 1)}


def test_the_database_refuses_a_repeated_or_out_of_range_ticket_number(
    db: Database, clerk: Actor
) -> None:
    issued = _register(db, clerk)
    other = _register(db, clerk, series="B")
    before = _snapshot(db)
    with pytest.raises(IntegrityError), db.unit() as session:  # B001 → A001 again
        session.execute(update(Ticket).where(Ticket.series == "B").values(series="A"))
    with pytest.raises(IntegrityError), db.unit() as session:
        session.execute(update(Ticket).where(Ticket.series == "A").values(number=1000))
    with pytest.raises(IntegrityError), db.unit() as session:
        session.add(CheckIn(visit_id=issued.visit_id, at=NOW))
        session.add(CheckIn(visit_id=issued.visit_id, at=NOW))
    assert _snapshot(db) == before
    assert other.ticket == "B001"

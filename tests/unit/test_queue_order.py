"""Queue order (DOMAIN.md 2): by waiting time plus a per-class bonus, never class first.

First `order_key` alone, against the rule as the domain states it; then a state machine that
drives the real services (register, scan, call next, call a given ticket, recall, serve,
hold, no-show, transfer) against a model of the queue and checks the queue's invariants
after every step.
"""

from __future__ import annotations

import itertools
from collections import Counter as Tally
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from reception.core.errors import Conflict, DeskError, InvalidInput, NotFound
from reception.core.security import audit
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import Ticket, TicketState
from reception.core.visitors.order import order_key
from reception.core.visitors.settings import Counter, PriorityClass, QueueSettings
from reception.core.visitors.views import CounterCall, Issued, ScanResult
from reception.db.database import Database

ZONE = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 08:00 in Beijing
CLASSES = list(PriorityClass)
SERIES = ("A", "B", "C")


BONUS = st.integers(0, 240)  # what the settings allow


def bonus_table(ordinary: st.SearchStrategy[int] = BONUS) -> st.SearchStrategy[dict[str, int]]:
    """Bonus minutes per class."""
    return st.fixed_dictionaries(
        {c.value: ordinary if c is PriorityClass.ORDINARY else BONUS for c in PriorityClass}
    )


QUEUE_SETTINGS = st.builds(
    lambda bonus, grace: QueueSettings(bonus_minutes=bonus, appointment_grace_minutes=grace),
    bonus_table(),
    st.integers(0, 240),
)
ORDINARY_AT_ZERO = st.builds(
    lambda bonus, grace: QueueSettings(bonus_minutes=bonus, appointment_grace_minutes=grace),
    bonus_table(st.just(0)),
    st.integers(0, 240),
)
SECONDS = st.integers(0, 10 * 3600)  # when a ticket joined, after T0, to the second


# --- order_key alone -----------------------------------------------------------------------


@settings(max_examples=300)
@given(
    queue=QUEUE_SETTINGS,
    tickets=st.lists(st.tuples(SECONDS, st.sampled_from(CLASSES)), min_size=1, max_size=40),
    later=SECONDS,
)
def test_call_order_is_longest_wait_plus_bonus_first_at_any_moment(
    queue: QueueSettings, tickets: list[tuple[int, PriorityClass]], later: int
) -> None:
    joined = [(T0 + timedelta(seconds=s), c) for s, c in tickets]
    now = max(at for at, _ in joined) + timedelta(seconds=later)
    keys = [order_key(at, c, queue) for at, c in joined]

    def waited_plus_bonus(i: int) -> timedelta:
        at, c = joined[i]
        return (now - at) + timedelta(minutes=queue.bonus_minutes[c])

    by_key = sorted(range(len(joined)), key=lambda i: (keys[i], i))
    by_rule = sorted(range(len(joined)), key=lambda i: (-waited_plus_bonus(i), i))
    assert by_key == by_rule
    # the same holds pair by pair, ties included
    for i, j in itertools.combinations(range(len(joined)), 2):
        assert (keys[i] < keys[j]) == (waited_plus_bonus(i) > waited_plus_bonus(j))
        assert (keys[i] == keys[j]) == (waited_plus_bonus(i) == waited_plus_bonus(j))


@settings(max_examples=300)
@given(
    queue=ORDINARY_AT_ZERO,
    cls=st.sampled_from(CLASSES),
    ordinary_joined=SECONDS,
    gap=st.integers(-3 * 3600, 5 * 3600),
)
def test_a_bonus_is_a_head_start_that_never_starves_ordinary_tickets(
    queue: QueueSettings, cls: PriorityClass, ordinary_joined: int, gap: int
) -> None:
    """A ticket with bonus b goes before an ordinary one that joined less than b minutes
    before it, and never before one that joined more than b minutes before it."""
    ordinary_at = T0 + timedelta(seconds=ordinary_joined)
    other_at = ordinary_at + timedelta(seconds=gap)
    bonus = timedelta(minutes=queue.bonus_minutes[cls])
    ordinary = order_key(ordinary_at, PriorityClass.ORDINARY, queue)
    other = order_key(other_at, cls, queue)
    if other_at - ordinary_at > bonus:
        assert ordinary < other
    elif other_at - ordinary_at < bonus:
        assert other < ordinary
    else:
        assert other == ordinary  # a tie: the earlier issued ticket goes first


@settings(max_examples=300)
@given(
    queue=QUEUE_SETTINGS,
    cls=st.sampled_from(CLASSES),
    slot=SECONDS,
    arrival=st.integers(-4 * 3600, 6 * 3600),
)
def test_an_appointment_counts_from_its_slot_unless_later_than_the_grace(
    queue: QueueSettings, cls: PriorityClass, slot: int, arrival: int
) -> None:
    slot_at = T0 + timedelta(seconds=slot)
    arrived = slot_at + timedelta(seconds=arrival)
    grace = timedelta(minutes=queue.appointment_grace_minutes)
    bonus = timedelta(minutes=queue.bonus_minutes[cls])
    key = order_key(arrived, cls, queue, appointment_at=slot_at)
    if arrived <= slot_at + grace:
        # arriving early gains nothing, arriving on time or a little late loses nothing
        assert key == slot_at - bonus
        assert key == order_key(slot_at, cls, queue, appointment_at=slot_at)
    else:
        # too late: queued from arrival like a walk-in of the same class
        assert key == arrived - bonus == order_key(arrived, cls, queue)
        assert key > slot_at + grace - bonus


@pytest.mark.parametrize(
    ("arrival", "counted_from"),
    [
        (timedelta(hours=-2), "slot"),
        (timedelta(0), "slot"),
        (timedelta(minutes=15), "slot"),  # the last instant of the grace
        (timedelta(minutes=15, seconds=1), "arrival"),
        (timedelta(hours=3), "arrival"),
    ],
)
def test_the_grace_ends_exactly_at_its_last_minute(arrival: timedelta, counted_from: str) -> None:
    queue = QueueSettings()  # grace 15 minutes, appointment bonus 10
    slot = T0 + timedelta(hours=2)
    start = slot if counted_from == "slot" else slot + arrival
    key = order_key(slot + arrival, PriorityClass.APPOINTMENT, queue, appointment_at=slot)
    assert key == start - timedelta(minutes=10)


def test_a_class_without_a_bonus_setting_queues_like_an_ordinary_ticket() -> None:
    queue = QueueSettings(bonus_minutes={"ordinary": 0})
    assert order_key(T0, PriorityClass.ELDERLY, queue) == T0
    assert order_key(T0, "unknown", QueueSettings()) == T0
    assert order_key(T0, PriorityClass.SERVICEMAN, QueueSettings()) == T0 - timedelta(minutes=20)


# --- the queue as a state machine over the real services --------------------------------


@dataclass
class Model:
    """What the test believes about one ticket; compared with the database after each step."""

    index: int  # registration order = ticket id order, the tie-break of equal keys
    label: str
    queue_series: str
    priority: str
    token: str
    state: str
    appointment_at: datetime | None
    key: datetime | None = None
    counter: int | None = None
    for_counter: int | None = None
    recalls: int = 0
    scanned: bool = False


_days = itertools.count()
_phones = itertools.count(13700000000)

COUNTER_SERIES = st.lists(
    st.lists(st.sampled_from(SERIES), min_size=1, max_size=3, unique=True).map(tuple),
    min_size=3,
    max_size=3,
).filter(lambda served: set(itertools.chain(*served)) == set(SERIES))


class QueueMachine(RuleBasedStateMachine):
    """One office day per run (a fresh day in the same database, so runs do not mix)."""

    db: ClassVar[Database]
    clerk: ClassVar[Actor]
    admin: ClassVar[Actor]
    seen: ClassVar[Tally[str]]  # what the runs did, to check that they did it all

    def __init__(self) -> None:
        super().__init__()
        self.day = date(2027, 1, 1) + timedelta(days=next(_days))
        self.now = datetime.combine(self.day, time(8), tzinfo=ZONE).astimezone(UTC)
        self.closing = datetime.combine(self.day, time(23), tzinfo=ZONE).astimezone(UTC)
        self.tickets: dict[str, Model] = {}
        self.queue = QueueSettings()
        self.ever_served: set[str] = set()
        self.taken_back: set[str] = set()  # served tickets called again by call_ticket

    # -- helpers --

    def _unit(self) -> Any:
        return self.db.unit()

    def _head(self) -> int:
        with self.db.read() as session:
            return audit.head_seq(session)

    def _refused(self, error: type[DeskError], action: Any) -> None:
        """The action is refused with `error` and writes nothing."""
        before = self._head()
        with pytest.raises(error), self._unit() as session:
            action(session)
        assert self._head() == before

    def _counter(self, number: int) -> Counter:
        found = self.queue.counter(number)
        assert found is not None
        return found

    def _may_call(self, number: int, ticket: Model) -> bool:
        if ticket.for_counter is not None:
            return ticket.for_counter == number
        return ticket.queue_series in self._counter(number).series

    def _line(self, number: int) -> list[Model]:
        """The waiting tickets counter `number` may call, in the order it must call them."""
        line = [
            t for t in self.tickets.values() if t.state == "waiting" and self._may_call(number, t)
        ]
        return sorted(line, key=lambda t: (t.key, t.index))

    def _current(self, number: int) -> Model | None:
        called = [t for t in self.tickets.values() if t.state == "called" and t.counter == number]
        assert len(called) <= 1
        return called[0] if called else None

    def _finish_current(self, number: int) -> None:
        current = self._current(number)
        if current is not None:
            current.state = "served"

    def _called(self, ticket: Model, number: int) -> None:
        ticket.state, ticket.counter, ticket.for_counter, ticket.recalls = "called", number, None, 0

    def _key(self, joined: datetime, priority: str, slot: datetime | None) -> datetime:
        """The rule as DOMAIN.md 2 states it, computed here, not by `order_key`."""
        start = joined
        if slot is not None and joined <= slot + timedelta(
            minutes=self.queue.appointment_grace_minutes
        ):
            start = slot
        return start - timedelta(minutes=self.queue.bonus_minutes.get(priority, 0))

    # -- rules --

    @initialize(
        bonus=bonus_table(),
        grace=st.integers(0, 60),
        recalls=st.integers(0, 2),
        served=COUNTER_SERIES,
    )
    def configure(
        self, bonus: dict[str, int], grace: int, recalls: int, served: list[tuple[str, ...]]
    ) -> None:
        counters = tuple(
            Counter(number, f"{number}号窗口", series)
            for number, series in enumerate(served, start=1)
        )
        wanted = QueueSettings(
            counters=counters,
            bonus_minutes=bonus,
            appointment_grace_minutes=grace,
            no_show_after_recalls=recalls,
        )
        with self._unit() as session:
            self.queue = service.update_queue_settings(session, self.admin, wanted)
        assert self.queue.counters == counters

    @rule(
        minutes=st.integers(1, 45),
        button=st.sampled_from(["recall", "serve", "hold", "no_show", "transfer"]),
    )
    def a_quiet_moment(self, minutes: int, button: str) -> None:
        """Time passes; a clerk at an idle counter presses a button: refused, nothing written."""
        self.now = min(self.now + timedelta(minutes=minutes), self.closing)
        idle = self._idle()
        if not idle:
            return
        number, clerk, now = idle[0], self.clerk, self.now
        self.seen["refused at an idle counter"] += 1
        act = {
            "recall": lambda s: service.recall(s, clerk, number, now),
            "serve": lambda s: service.serve(s, clerk, number, now),
            "hold": lambda s: service.hold(s, clerk, number, now),
            "no_show": lambda s: service.no_show(s, clerk, number, now),
            "transfer": lambda s: service.transfer(s, clerk, number, now, to_counter=number),
        }
        self._refused(Conflict, act[button])

    def _register(self, form: service.Registration) -> tuple[Model, Issued]:
        with self._unit() as session:
            issued = service.register(session, self.clerk, form, self.now)
        series = issued.ticket[0]
        number = 1 + sum(1 for label in self.tickets if label[0] == series)
        assert issued.ticket == f"{series}{number:03d}"
        ticket = Model(
            index=len(self.tickets),
            label=issued.ticket,
            queue_series=series,
            priority=form.priority,
            token=issued.token,
            state="waiting",
            appointment_at=form.appointment_at,
        )
        self.tickets[issued.ticket] = ticket
        return ticket, issued

    @rule(
        group=st.lists(
            st.tuples(st.sampled_from(CLASSES), st.sampled_from(["", *SERIES]), st.integers(0, 9)),
            min_size=1,
            max_size=4,
        )
    )
    def register_walk_ins(self, group: list[tuple[PriorityClass, str, int]]) -> None:
        """A few people come in, a few minutes apart."""
        for priority, series, minutes in group:
            self.now = min(self.now + timedelta(minutes=minutes), self.closing)
            self._register_walk_in(priority, series)

    def _register_walk_in(self, priority: PriorityClass, series: str) -> None:
        form = service.Registration(
            "张三", str(next(_phones)), "咨询", priority=priority, series=series
        )
        ticket, issued = self._register(form)
        assert ticket.label[0] == (series or self.queue.services[0].series)
        ticket.key = self._key(self.now, priority, None)
        # The slip's "people ahead": those waiting in the same queue who go first.
        ahead = [
            t
            for t in self.tickets.values()
            if t.state == "waiting"
            and t.queue_series == ticket.queue_series
            and (t.key, t.index) < (ticket.key, ticket.index)
        ]
        assert issued.people_ahead == len(ahead)
        assert issued.slip.people_ahead == len(ahead)

    @rule(
        priority=st.sampled_from([PriorityClass.ORDINARY, PriorityClass.ELDERLY]),
        minutes=st.integers(-59, 240),
    )
    def register_appointment(self, priority: PriorityClass, minutes: int) -> None:
        slot = min(self.now + timedelta(minutes=minutes), self.closing + timedelta(minutes=59))
        form = service.Registration(
            "李四", str(next(_phones)), "约见", priority=priority, appointment_at=slot
        )
        ticket, issued = self._register(form)
        assert issued.slip.people_ahead is None
        assert ticket.label[0] == self.queue.appointment_series
        ticket.state = "expected"
        # an ordinary appointment holder is in the appointment class, a stronger class stays
        if priority is PriorityClass.ORDINARY:
            ticket.priority = PriorityClass.APPOINTMENT

    @precondition(lambda self: self.tickets)
    @rule(data=st.data())
    def scan_slip(self, data: st.DataObject) -> None:
        ticket = self.tickets[data.draw(st.sampled_from(sorted(self.tickets)))]
        with self._unit() as session:
            outcome = service.scan(session, self.clerk, ticket.token, self.now)
        assert outcome.ticket == ticket.label
        if ticket.scanned:
            assert outcome.result is ScanResult.ALREADY_CHECKED_IN
            return
        assert outcome.result is ScanResult.CHECKED_IN
        ticket.scanned = True
        if ticket.state == "expected":
            assert ticket.appointment_at is not None
            late = self.now > ticket.appointment_at + timedelta(
                minutes=self.queue.appointment_grace_minutes
            )
            self.seen[f"appointment queued from {'arrival' if late else 'its slot'}"] += 1
            ticket.state = "waiting"
            ticket.key = self._key(self.now, ticket.priority, ticket.appointment_at)

    @rule(number=st.integers(1, 3))
    def call_next(self, number: int) -> None:
        expected = self._line(number)
        with self._unit() as session:
            # the database's own view of the minimum, before the call
            candidates = service.counter_panel(session, self.clerk, number, self.now).waiting
            called = service.call_next(session, self.clerk, number, self.now)
        if self._current(number):
            self.seen["call_next ends a service"] += 1
        self.seen[f"call_next finds {'a ticket' if expected else 'nothing'}"] += 1
        self._finish_current(number)
        if not expected:
            assert called is None and candidates == []
            return
        assert called is not None
        assert called.ticket == expected[0].label == candidates[0].ticket
        assert (called.state, called.counter, called.recalls) == ("called", number, 0)
        self._called(expected[0], number)

    @precondition(lambda self: self.tickets)
    @rule(number=st.integers(1, 3), data=st.data())
    def call_ticket(self, number: int, data: st.DataObject) -> None:
        callable_ = [
            t for t, m in self.tickets.items() if m.state in ("waiting", "held", "no_show")
        ]
        label = data.draw(st.sampled_from([*callable_, *callable_, *self.tickets, "A999", "Z001"]))
        ticket = self.tickets.get(label)

        def call(session: Any) -> Any:
            return service.call_ticket(session, self.clerk, number, label.lower(), self.now)

        self.seen[f"call_ticket of {ticket.state if ticket else 'unknown'}"] += 1
        if ticket is None:
            self._refused(NotFound, call)
        elif ticket.state in ("expected", "called") or (
            # a counter may take back its own "served" (undo), no other counter may
            ticket.state == "served" and ticket.counter != number
        ):
            self._refused(Conflict, call)
        else:
            if ticket.state == "served":
                self.taken_back.add(label)
            with self._unit() as session:
                called = call(session)
            assert (called.ticket, called.counter, called.state) == (label, number, "called")
            self._finish_current(number)
            self._called(ticket, number)

    def _busy(self) -> list[int]:
        return sorted(t.counter for t in self.tickets.values() if t.state == "called")  # type: ignore[misc]

    def _idle(self) -> list[int]:
        return [c.number for c in self.queue.counters if c.number not in self._busy()]

    def _busy_counter(self, data: st.DataObject) -> tuple[int, Model]:
        number = data.draw(st.sampled_from(self._busy()), label="busy counter")
        current = self._current(number)
        assert current is not None
        return number, current

    @precondition(lambda self: self._busy())
    @rule(data=st.data())
    def refused_at_a_busy_counter(self, data: st.DataObject) -> None:
        """A counter cannot send its ticket to itself, nor call the ticket it calls now."""
        number, current = self._busy_counter(data)
        clerk, now = self.clerk, self.now
        self._refused(
            InvalidInput, lambda s: service.transfer(s, clerk, number, now, to_counter=number)
        )
        self._refused(Conflict, lambda s: service.call_ticket(s, clerk, number, current.label, now))

    @precondition(lambda self: self._busy())
    @rule(data=st.data())
    def recall(self, data: st.DataObject) -> None:
        number, current = self._busy_counter(data)
        with self._unit() as session:
            again = service.recall(session, self.clerk, number, self.now)
        current.recalls += 1
        assert (again.ticket, again.recalls) == (current.label, current.recalls)

    @precondition(lambda self: self._busy())
    @rule(data=st.data())
    def serve(self, data: st.DataObject) -> None:
        number, current = self._busy_counter(data)
        with self._unit() as session:
            assert service.serve(session, self.clerk, number, self.now).ticket == current.label
        current.state = "served"
        self.seen["serve"] += 1

    @precondition(lambda self: self._busy())
    @rule(data=st.data())
    def hold(self, data: st.DataObject) -> None:
        number, current = self._busy_counter(data)
        with self._unit() as session:
            assert service.hold(session, self.clerk, number, self.now).state == "held"
        current.state = "held"
        self.seen["hold"] += 1

    @precondition(lambda self: self._busy())
    @rule(data=st.data())
    def no_show(self, data: st.DataObject) -> None:
        number, current = self._busy_counter(data)

        def no_show(session: Any) -> Any:
            return service.no_show(session, self.clerk, number, self.now)

        if current.recalls < self.queue.no_show_after_recalls:
            self._refused(Conflict, no_show)
            self.seen["no_show refused: too few recalls"] += 1
            return
        with self._unit() as session:
            assert no_show(session).state == "no_show"
        current.state = "no_show"
        self.seen["no_show"] += 1

    @precondition(lambda self: self._busy())
    @rule(data=st.data(), destination=st.sampled_from([*SERIES, "counter"]))
    def transfer(self, data: st.DataObject, destination: str) -> None:
        number, current = self._busy_counter(data)
        kwargs: dict[str, Any] = {"to_series": destination.lower()}
        if destination == "counter":
            others = [c.number for c in self.queue.counters if c.number != number]
            kwargs = {"to_counter": data.draw(st.sampled_from(others), label="to counter")}
        self.seen[f"transfer to a {next(iter(kwargs))}"] += 1
        with self._unit() as session:
            moved = service.transfer(session, self.clerk, number, self.now, **kwargs)
        current.state, current.counter = "waiting", None
        if "to_series" in kwargs:
            current.queue_series, current.for_counter = destination, None
        else:
            current.for_counter = kwargs["to_counter"]
        assert (moved.ticket, moved.series, moved.for_counter) == (
            current.label,
            current.queue_series,
            current.for_counter,
        )

    # -- invariants: one read of the database after every step --

    @invariant()
    def the_queue_is_consistent(self) -> None:
        with self.db.read() as session:
            rows = session.scalars(
                select(Ticket).where(Ticket.day == self.day).order_by(Ticket.id)
            ).all()
            panels = {
                c.number: service.counter_panel(session, self.clerk, c.number, self.now)
                for c in self.queue.counters
            }
            board = service.queue_status(session, self.now)
        self._database_holds_what_the_model_says(rows)
        self._numbers_are_consecutive_per_series(rows)
        self._at_most_one_called_ticket_per_counter(rows, board.current)
        self._panels_show_every_waiting_ticket_where_it_can_be_called(panels)
        self._a_served_ticket_leaves_served_only_through_call_ticket(rows)
        waiting = Tally(t.queue_series for t in self.tickets.values() if t.state == "waiting")
        assert {s.series: s.waiting for s in board.series} == {s: waiting[s] for s in SERIES}

    def _database_holds_what_the_model_says(self, rows: Sequence[Ticket]) -> None:
        found = {
            r.label: (r.state, r.queue_series, r.counter, r.for_counter, r.recalls, r.order_key)
            for r in rows
        }
        wanted = {
            label: (t.state, t.queue_series, t.counter, t.for_counter, t.recalls, t.key)
            for label, t in self.tickets.items()
        }
        assert found == wanted

    def _numbers_are_consecutive_per_series(self, rows: Sequence[Ticket]) -> None:
        for series in SERIES:
            numbers = sorted(r.number for r in rows if r.series == series)
            assert numbers == list(range(1, len(numbers) + 1))

    def _at_most_one_called_ticket_per_counter(
        self, rows: Sequence[Ticket], board: list[CounterCall]
    ) -> None:
        counters = [r.counter for r in rows if r.state == TicketState.CALLED]
        assert None not in counters
        assert len(counters) == len(set(counters))
        assert sorted(counters) == [c.counter for c in board]  # type: ignore[type-var]

    def _panels_show_every_waiting_ticket_where_it_can_be_called(
        self, panels: dict[int, service.CounterPanel]
    ) -> None:
        for number, panel in panels.items():
            assert all(t.state == "waiting" for t in panel.waiting)
            # in the order the counter will call them: call_next's choice is the first
            assert [t.ticket for t in panel.waiting] == [t.label for t in self._line(number)]
            current = self._current(number)
            assert (panel.current.ticket if panel.current else None) == (
                current.label if current else None
            )
            assert {t.ticket for t in panel.held} == {
                t.label for t in self.tickets.values() if t.state == "held" and t.counter == number
            }
        appearances = Tally(t.ticket for panel in panels.values() for t in panel.waiting)
        for ticket in self.tickets.values():
            if ticket.state != "waiting":
                assert appearances[ticket.label] == 0
                continue
            callers = [n for n in panels if self._may_call(n, ticket)]
            assert callers, ticket  # every series is served by some counter
            # once in each panel of a counter that may call it, nowhere else
            assert appearances[ticket.label] == len(callers)
            for number in callers:
                assert [t.ticket for t in panels[number].waiting].count(ticket.label) == 1

    def _a_served_ticket_leaves_served_only_through_call_ticket(
        self, rows: Sequence[Ticket]
    ) -> None:
        served = {r.label for r in rows if r.state == TicketState.SERVED}
        left = self.ever_served - served
        assert left <= self.taken_back
        assert all(r.state == TicketState.CALLED for r in rows if r.label in left)
        self.ever_served, self.taken_back = served, set()


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_queue_keeps_its_invariants_whatever_the_counters_do(
    db: Database, admin: Actor, clerk: Actor
) -> None:
    seen: Tally[str] = Tally()
    bound = {"db": db, "clerk": clerk, "admin": admin, "seen": seen}
    run_state_machine_as_test(
        type("BoundQueueMachine", (QueueMachine,), bound),
        settings=settings(max_examples=20, stateful_step_count=35, deadline=None),
    )
    # the runs did reach the queue's interesting states, not only empty counters
    assert seen["call_next finds a ticket"] > 0 and seen["refused at an idle counter"] > 0
    assert seen["hold"] + seen["serve"] + seen["call_next ends a service"] > 0

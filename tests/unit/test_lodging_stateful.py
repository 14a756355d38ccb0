"""No double booking, whatever the desk does (issue 5, DOMAIN.md 5).

A state machine drives the real stay services (book, check in, check out, cancel, extend,
move, reschedule) on four rooms (one and two beds, one ordinary suite) and six guests of both
genders and several ranks, over a ten-day window, one unit of work per action, while the
office's day moves on. Beside it runs the test's own model of the guesthouse: which bed each
guest holds and when, written from the rules as DOMAIN.md and the issue state them. Where the
model is certain, the service must agree: a booking with a bed free on every night is made
(other booked guests of the room changing beds if need be, each change audited), one without
is refused with a message naming the stay in the way, and a refused action changes nothing
(the stay and room tables and the audit head are compared before and after).

After every step, plain SQL over the tables (not the services) checks the invariants: no bed
held twice on a night, never more guests than beds, no guest in two rooms on a night, no
mixed genders in a room, a recorded reason for every room above the standard, the audit chain
intact. Each run gets a brand-new database: a SQLite file, or a schema on PostgreSQL.
"""

from __future__ import annotations

import copy
import itertools
import re
import shutil
import uuid
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, DeskError, InvalidInput
from reception.core.lodging import rooms, stays
from reception.core.lodging.models import Guest, Stay
from reception.core.lodging.rooms import RoomForm
from reception.core.lodging.stays import Booking, ReasonRequired
from reception.core.lodging.views import StayView
from reception.core.people import name_search_keys
from reception.core.security import audit
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.security.operators import add_operator, create_first_administrator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database
from tests.unit.lodging_support import guest as add_guest
from tests.unit.lodging_support import room as add_room

D0 = date(2031, 3, 2)  # the window's first day, years ahead: the real clock never matters
LAST_DAY = 11  # the office's day runs from D0 to D0 + LAST_DAY
ROOMS = {
    "101": ("standard", 1),
    "102": ("standard", 2),
    "103": ("standard", 2),
    "801": ("ordinary_suite", 1),
}


@dataclass(frozen=True)
class Person:
    name: str
    gender: str
    rank: str


GUESTS = (
    Person("张伟", "male", "provincial_deputy"),
    Person("刘洋", "male", "county_chief"),
    Person("赵强", "male", "other"),
    Person("王芳", "female", "bureau_chief"),
    Person("李娜", "female", "provincial_chief"),
    Person("陈静", "female", "staff"),
)
# DOMAIN.md 5: an ordinary suite only for provincial or ministerial rank (deputies included).
# Written out here, not read from reception.core.lodging.standards.
SUITE_RANKS = ("national_chief", "national_deputy", "provincial_chief", "provincial_deputy")
REASON = "标准间已满，经主任同意"

ROOM = st.sampled_from(sorted(ROOMS))
GUEST = st.integers(0, len(GUESTS) - 1)
DAY = st.integers(0, 6)
NIGHTS = st.sampled_from([1, 2, 3, 1, 2, 4, 0, -1])  # 0, -1: a departure not after the arrival
REASONS = st.sampled_from(["", "   ", REASON])  # blank, only spaces, a real reason

ACTIVE = ("booked", "in_house")
NEW = -1  # the model's id for the stay an action creates, until the database names it


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def _guest_row(person: Person) -> Guest:
    pinyin, initials = name_search_keys(person.name)
    return Guest(
        delegation_id=None,
        is_head=False,
        name=person.name,
        name_pinyin=pinyin,
        name_initials=initials,
        gender=person.gender,
        post="",
        rank=person.rank,
        halal=False,
        vegetarian=False,
        allergies="",
        needs_accessible=False,
        mobility="",
        notes="",
        id_number_masked="",
    )


# -- the model ----------------------------------------------------------------------------


@dataclass
class Held:
    """What the test believes about one stay."""

    id: int
    room: str
    guest: int
    bed: int | None  # None: chosen by the service among `beds`, read back after the action
    arrive: date
    depart: date
    state: str = "booked"
    reason: str | None = None
    moved_from: int | None = None
    beds: tuple[int, ...] = ()  # the beds the model allows, while `bed` is None

    @property
    def live(self) -> bool:
        return self.state != "cancelled"


@dataclass(frozen=True)
class Refusal:
    """The action must be refused with one of `errors`; its message names everything in
    `names` and at least one of `one_of` (the stays or guests in the way)."""

    errors: tuple[type[DeskError], ...]
    why: str
    names: tuple[str, ...] = ()
    one_of: tuple[str, ...] = ()


def refused(error: type[DeskError], why: str, *names: str, one_of: Iterable[str] = ()) -> Refusal:
    return Refusal((error,), why, names, tuple(one_of))


@dataclass
class Done:
    """The action must succeed, leaving `stays`; the service returns stay `returns` and
    writes these stay audit actions (besides "stay.bed" for guests given another bed)."""

    stays: dict[int, Held]
    returns: int
    actions: list[str] = field(default_factory=list)
    renumbered: set[str] = field(default_factory=set)  # rooms whose guests may change beds
    exact_actions: bool = True


@dataclass(frozen=True)
class Either:
    """Where the model is not certain: the refusal or the success is accepted."""

    refusal: Refusal
    done: Done


Outcome = Refusal | Done | Either


@dataclass(frozen=True)
class Fit:
    """Where a guest may sleep: one of `beds`; `renumber`: only once the room's booked and
    in-house guests change beds (every night has a bed free, but no one bed all of them).
    `sure`: the service is bound to find the renumbering (placing every stay of the room by
    arrival always succeeds when no night is full)."""

    beds: tuple[int, ...]
    renumber: bool = False
    sure: bool = True


class Model:
    """The guesthouse as the test believes it to be, and what each action must do to it."""

    def __init__(self, held: dict[int, Held], today: date) -> None:
        self.stays, self.today = held, today

    def copy(self) -> Model:
        return Model(copy.deepcopy(self.stays), self.today)

    # the rules, as the office states them

    def _plan(
        self,
        room: str,
        guest: int,
        arrive: date,
        depart: date,
        exclude: int | None = None,
        prefer: int | None = None,
    ) -> Refusal | Fit:
        """Whether `guest` may sleep in `room` for [arrive, depart): the guest nowhere else
        then, nobody of the other gender in the room, and a bed for every night."""
        if depart <= arrive:
            return refused(InvalidInput, "dates")
        overlapping = [
            s
            for s in self.stays.values()
            if s.live and s.id != exclude and s.arrive < depart and arrive < s.depart
        ]
        elsewhere = [s for s in overlapping if s.guest == guest]
        if elsewhere:
            rooms = (f"has room {s.room}" for s in elsewhere)
            return refused(Conflict, "guest elsewhere", GUESTS[guest].name, one_of=rooms)
        sharing = [s for s in overlapping if s.room == room]
        held = {s.bed for s in sharing}
        assert None not in held
        free = tuple(b for b in range(1, ROOMS[room][1] + 1) if b not in held)
        fit = Fit((prefer,) if prefer in free else free) if free else None
        if fit is None:
            in_the_way = [f"(stay {s.id})" for s in sharing]
            nights = (arrive + timedelta(days=n) for n in range((depart - arrive).days))
            if any(
                sum(s.arrive <= n < s.depart for s in sharing) >= ROOMS[room][1] for n in nights
            ):
                return refused(Conflict, "no bed free", f"Room {room}", one_of=in_the_way)
            if not self._beds_can_be_renumbered(room, arrive, depart, exclude):
                why = "no bed free, even renumbering"
                return refused(Conflict, why, f"Room {room}", one_of=in_the_way)
            fit = Fit(tuple(range(1, ROOMS[room][1] + 1)), renumber=True)
        # only a room with a bed to spare is shared, and then by one gender
        gender = GUESTS[guest].gender
        others = (GUESTS[s.guest].name for s in sharing if GUESTS[s.guest].gender != gender)
        if any(GUESTS[s.guest].gender != gender for s in sharing):
            return refused(Conflict, "other gender", f"Room {room}", one_of=others)
        return fit

    def _beds_can_be_renumbered(
        self, room: str, arrive: date, depart: date, exclude: int | None
    ) -> bool:
        """Whether some choice of beds for the room's live stays and the new one holds no
        bed twice on a night. Tried exhaustively: a room has few stays in the window."""
        there = [s for s in self.stays.values() if s.live and s.room == room and s.id != exclude]
        placed: list[tuple[date, date, int]] = []
        to_place = [(s.arrive, s.depart) for s in there]
        to_place.append((arrive, depart))

        def place(index: int) -> bool:
            if index == len(to_place):
                return True
            start, end = to_place[index]
            for bed in range(1, ROOMS[room][1] + 1):
                if all(b != bed or e <= start or end <= a for a, e, b in placed):
                    placed.append((start, end, bed))
                    if place(index + 1):
                        return True
                    placed.pop()
            return False

        return place(0)

    def _reason(
        self, room: str, guest: int, reason: str, kept: str | None = None
    ) -> Refusal | str | None:
        person = GUESTS[guest]
        if ROOMS[room][0] == "standard" or person.rank in SUITE_RANKS:
            return None
        written = " ".join(reason.split()) or kept
        if not written:
            return refused(ReasonRequired, "no reason", f"Room {room}", person.name)
        return written

    def _state(self, stay_id: int, *allowed: str) -> Refusal | Held:
        held = self.stays[stay_id]
        if held.state not in allowed:
            return refused(Conflict, f"{held.state} stay", f"Stay {stay_id}")
        return held

    @staticmethod
    def _done(fit: Fit, room: str, done: Done) -> Outcome:
        done.renumbered = {room} if fit.renumber else set()
        if fit.sure:
            return done
        unsure = refused(Conflict, "no bed free, renumbering not found", f"Room {room}")
        return Either(unsure, done)

    def book(self, room: str, guest: int, arrive: date, depart: date, reason: str) -> Outcome:
        fit = self._plan(room, guest, arrive, depart)
        if isinstance(fit, Refusal):
            return fit
        written = self._reason(room, guest, reason)
        if isinstance(written, Refusal):
            return written
        after = self.copy()
        new = Held(NEW, room, guest, None, arrive, depart, reason=written, beds=fit.beds)
        after.stays[NEW] = new
        return self._done(fit, room, Done(after.stays, NEW, ["stay.book"]))

    def check_in(self, stay_id: int) -> Outcome:
        held = self._state(stay_id, "booked")
        if isinstance(held, Refusal):
            return held
        if not held.arrive <= self.today < held.depart:
            return refused(Conflict, "not its day", f"Stay {stay_id}")
        after = self.copy()
        after.stays[stay_id].state = "in_house"
        return Done(after.stays, stay_id, ["stay.check_in"])

    def check_out(self, stay_id: int) -> Outcome:
        """An early departure frees the nights left, keeping the night of the arrival."""
        held = self._state(stay_id, "in_house")
        if isinstance(held, Refusal):
            return held
        after = self.copy()
        left = after.stays[stay_id]
        if self.today < left.depart:
            left.depart = max(self.today, left.arrive + timedelta(days=1))
        left.state = "departed"
        return Done(after.stays, stay_id, ["stay.check_out"])

    def cancel(self, stay_id: int) -> Outcome:
        held = self._state(stay_id, "booked")
        if isinstance(held, Refusal):
            return held
        after = self.copy()
        after.stays[stay_id].state = "cancelled"
        return Done(after.stays, stay_id, ["stay.cancel"])

    def extend(self, stay_id: int, depart: date) -> Outcome:
        """Another departure in the same room, keeping the bed when it is free."""
        held = self._state(stay_id, "booked", "in_house")
        if isinstance(held, Refusal):
            return held
        if held.state == "in_house" and depart <= self.today:
            return refused(InvalidInput, "in house, departure not after today")
        if depart == held.depart:
            return Done(self.copy().stays, stay_id)
        fit = self._plan(held.room, held.guest, held.arrive, depart, stay_id, held.bed)
        if isinstance(fit, Refusal):
            return fit
        after = self.copy()
        changed = after.stays[stay_id]
        changed.depart, changed.bed, changed.beds = depart, None, fit.beds
        return self._done(fit, held.room, Done(after.stays, stay_id, ["stay.extend"]))

    def move(self, stay_id: int, room: str, reason: str) -> Outcome:
        """A booked stay moves whole; a guest in house moves from today, the stay split."""
        held = self._state(stay_id, "booked", "in_house")
        if isinstance(held, Refusal):
            return held
        if held.room == room:
            return refused(InvalidInput, "same room")
        whole = held.state == "booked" or self.today <= held.arrive
        start = held.arrive if whole else self.today
        if start >= held.depart:
            return refused(InvalidInput, "nothing to move")
        fit = self._plan(room, held.guest, start, held.depart, stay_id)
        if isinstance(fit, Refusal):
            return fit
        written = self._reason(room, held.guest, reason)
        if isinstance(written, Refusal):
            return written
        after = self.copy()
        old = after.stays[stay_id]
        if whole:
            old.room, old.bed, old.beds, old.reason = room, None, fit.beds, written
            return self._done(fit, room, Done(after.stays, stay_id, ["stay.move"]))
        after.stays[NEW] = Held(
            NEW, room, old.guest, None, self.today, old.depart, "in_house", written, stay_id
        )
        after.stays[NEW].beds = fit.beds
        old.depart, old.state = self.today, "departed"
        return self._done(fit, room, Done(after.stays, NEW, ["stay.move"]))

    def reschedule(
        self, stay_id: int, room: str, arrive: date, depart: date, reason: str
    ) -> Outcome:
        """The chart's drag. A booked stay takes the new room and dates at once (keeping
        its bed and its recorded reason in the same room); a guest in house keeps the
        arrival and changes departure and room as extend and move do: a shorter stay is
        shortened before the move, a longer one lengthened after it, so that each room is
        asked only for the nights the guest will spend there."""
        held = self._state(stay_id, "booked", "in_house")
        if isinstance(held, Refusal):
            return held
        if held.state == "in_house":
            if arrive != held.arrive:
                return refused(InvalidInput, "in house, other arrival")
            return self._in_house_drag(stay_id, room, depart, reason)
        same = room == held.room
        fit = self._plan(room, held.guest, arrive, depart, stay_id, held.bed if same else None)
        if isinstance(fit, Refusal):
            return fit
        written = self._reason(room, held.guest, reason, held.reason if same else None)
        if isinstance(written, Refusal):
            return written
        after = self.copy()
        changed = after.stays[stay_id]
        changed.room, changed.arrive, changed.depart = room, arrive, depart
        changed.bed, changed.beds, changed.reason = None, fit.beds, written
        return self._done(fit, room, Done(after.stays, stay_id, ["stay.reschedule"]))

    def _in_house_drag(self, stay_id: int, room: str, depart: date, reason: str) -> Outcome:
        held = self.stays[stay_id]
        steps: list[Callable[[Model, int], Outcome]] = []
        if depart != held.depart:
            steps.append(lambda model, current: model.extend(current, depart))
        if room != held.room:
            steps.insert(
                len(steps) if depart < held.depart else 0,
                lambda model, current: model.move(current, room, reason),
            )
        model, current, actions, renumbered = self, stay_id, [], set()
        unsure: Refusal | None = None
        for step in steps:
            outcome = step(model, current)
            if isinstance(outcome, Either):  # the step may be refused, or go on
                unsure, outcome = unsure or outcome.refusal, outcome.done
            if isinstance(outcome, Refusal):
                if unsure is None:
                    return outcome
                errors = tuple({*unsure.errors, *outcome.errors})
                return Refusal(errors, f"{outcome.why} (or {unsure.why})")
            model, current = Model(outcome.stays, self.today), outcome.returns
            actions += outcome.actions
            renumbered |= outcome.renumbered
        done = Done(model.copy().stays, current, actions, renumbered)
        return done if unsure is None else Either(unsure, done)


# -- the machine --------------------------------------------------------------------------


STAY_COLUMNS = (
    Stay.id,
    Stay.room_id,
    Stay.guest_id,
    Stay.bed,
    Stay.arrive,
    Stay.depart,
    Stay.state,
    Stay.exception_reason,
    Stay.moved_from_id,
)

_LIVE_PAIR = (
    "a.id < b.id AND a.arrive < b.depart AND b.arrive < a.depart "
    "AND a.state <> 'cancelled' AND b.state <> 'cancelled'"
)
INVARIANTS = {
    "a bed held twice on one night": f"""
        SELECT a.id, b.id FROM stay a JOIN stay b
            ON a.room_id = b.room_id AND a.bed = b.bed AND {_LIVE_PAIR}""",
    "a bed the room does not have": """
        SELECT s.id, s.bed, r.beds FROM stay s JOIN room r ON r.id = s.room_id
         WHERE s.state <> 'cancelled' AND (s.bed < 1 OR s.bed > r.beds)""",
    # a room is fullest on some stay's arrival night: count who sleeps there that night
    "more guests than beds on a night": """
        SELECT r.number, a.arrive, count(*) FROM stay a
          JOIN stay b ON b.room_id = a.room_id AND b.arrive <= a.arrive AND a.arrive < b.depart
          JOIN room r ON r.id = a.room_id
         WHERE a.state <> 'cancelled' AND b.state <> 'cancelled'
         GROUP BY r.number, r.beds, a.id, a.arrive
        HAVING count(*) > r.beds""",
    "a guest in two rooms (or beds) on one night": f"""
        SELECT a.id, b.id FROM stay a JOIN stay b ON a.guest_id = b.guest_id AND {_LIVE_PAIR}""",
    "guests of both genders in one room on a night": f"""
        SELECT a.id, b.id FROM stay a JOIN stay b ON a.room_id = b.room_id AND {_LIVE_PAIR}
          JOIN guest ga ON ga.id = a.guest_id JOIN guest gb ON gb.id = b.guest_id
         WHERE ga.gender <> gb.gender""",
    "a room above the standard without a reason": f"""
        SELECT s.id FROM stay s JOIN room r ON r.id = s.room_id JOIN guest g ON g.id = s.guest_id
         WHERE r.room_type <> 'standard'
           AND g.rank NOT IN ({", ".join(f"'{rank}'" for rank in SUITE_RANKS)})
           AND (s.exception_reason IS NULL OR trim(s.exception_reason) = '')""",
}


class LodgingMachine(RuleBasedStateMachine):
    """One run: a new database, the rooms and guests, then the desk's actions."""

    databases: ClassVar[FreshDatabases]
    clock: ClassVar[list[date]]  # the office's day, as the services see it
    seen: ClassVar[Tally[str]]  # what the runs did, to check that they did it all

    def __init__(self) -> None:
        super().__init__()
        self.stack = ExitStack()
        self.db = self.stack.enter_context(self.databases.open())
        with self.db.unit() as session:
            view = create_first_administrator(session, "admin", "管理员", "admin-pass-1")
            admin = Actor(view.id, view.login, Role.ADMINISTRATOR)
            view = add_operator(session, admin, "clerk", "客房", Role.LODGING_CLERK, "desk-pass-1")
        self.clerk = Actor(view.id, view.login, Role.LODGING_CLERK)
        with self.db.unit() as session:  # the rooms, and the guests written straight in
            self.room_ids = {
                number: rooms.add_room(session, self.clerk, RoomForm(number, kind, beds)).id
                for number, (kind, beds) in ROOMS.items()
            }
            people = [_guest_row(p) for p in GUESTS]
            session.add_all(people)
            session.flush()
            self.guest_ids = [p.id for p in people]
        self.room_numbers = {room_id: number for number, room_id in self.room_ids.items()}
        self.model = Model({}, D0)
        self.clock[0] = D0

    def teardown(self) -> None:
        self.stack.close()

    # -- helpers --

    def _snapshot(self) -> tuple[Any, ...]:
        """Everything a refused action must leave alone, read with plain SQL."""
        with self.db.read() as session:
            return (
                session.execute(text("SELECT * FROM stay ORDER BY id")).all(),
                session.execute(text("SELECT id, housekeeping FROM room ORDER BY id")).all(),
                session.execute(text("SELECT seq, hash FROM audit_head")).all(),
            )

    def _pick(self, data: st.DataObject) -> int:
        """A stay, mostly one still booked or in house (the others are only refused)."""
        active = sorted(i for i, s in self.model.stays.items() if s.state in ACTIVE)
        if active and data.draw(st.integers(0, 3), label="an active stay") > 0:
            return data.draw(st.sampled_from(active), label="stay")
        return data.draw(st.sampled_from(sorted(self.model.stays)), label="stay")

    def _due(self, state: str) -> list[int]:
        today = self.model.today
        return sorted(
            i
            for i, s in self.model.stays.items()
            if s.state == state and (state != "booked" or s.arrive <= today < s.depart)
        )

    def _act(self, label: str, expected: Outcome, action: Callable[[Session], StayView]) -> None:
        """Run `action` in its own unit of work and hold the service to the model."""
        if isinstance(expected, Either):
            self.seen[f"{label} unsure: {expected.refusal.why}"] += 1
        before = self._snapshot()
        head = before[2][0][0]
        try:
            with self.db.unit() as session:
                view = action(session)
        except DeskError as error:
            refusal = expected.refusal if isinstance(expected, Either) else expected
            if not isinstance(refusal, Refusal):
                raise AssertionError(f"{label}: refused, the model expected {expected}") from error
            self._refused(label, refusal, error)
            assert self._snapshot() == before, f"{label}: refused but changed the tables"
            return
        done = expected.done if isinstance(expected, Either) else expected
        assert isinstance(done, Done), f"{label}: done, the model expected {expected}"
        self._done(label, done, view, head)

    def _refused(self, label: str, refusal: Refusal, error: DeskError) -> None:
        message = error.render()
        assert type(error) in refusal.errors, (label, refusal, message)
        for name in refusal.names:
            assert name in message, (label, refusal, message)
        if refusal.one_of:
            assert any(name in message for name in refusal.one_of), (label, refusal, message)
        self.seen[f"{label} refused: {refusal.why}"] += 1

    def _done(self, label: str, done: Done, view: StayView, head: int) -> None:
        expected = dict(done.stays)
        if NEW in expected:
            assert view.id not in self.model.stays, (label, view)
            created = expected.pop(NEW)
            created.id = view.id
            expected[view.id] = created
        else:
            assert view.id == done.returns, (label, view)
        with self.db.read() as session:
            beds = {i: b for i, b in session.execute(select(Stay.id, Stay.bed))}
            written = session.execute(
                select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id)
                .where(AuditEntry.seq > head)
                .order_by(AuditEntry.seq)
            ).all()
        renumbered = {int(str(i)) for action, _, i in written if action == "stay.bed"}
        moved_beds = set()
        for held in expected.values():
            bed = beds[held.id]
            if held.bed is None:  # the service chose: one of the beds the model allows
                assert bed in held.beds, (label, held, bed)
            elif bed != held.bed:  # renumbered: only where the model allows, and audited
                assert held.room in done.renumbered, (label, held, bed)
                moved_beds.add(held.id)
            held.bed, held.beds = bed, ()
        assert renumbered == moved_beds, (label, written)
        actions = [a for a, entity, _ in written if entity == "stay" and a != "stay.bed"]
        if done.exact_actions:
            assert actions == done.actions, (label, written)
        else:
            assert actions and set(actions) <= {"stay.move", "stay.extend"}, (label, written)
        assert all(a == "room.dirty" for a, entity, _ in written if entity != "stay"), written
        if moved_beds:
            self.seen[f"{label} renumbers beds"] += 1
        mine = expected[view.id]
        assert (self.room_numbers[view.room_id], view.guest_id, view.bed) == (
            mine.room,
            self.guest_ids[mine.guest],
            mine.bed,
        )
        assert (view.arrive, view.depart, view.state) == (mine.arrive, mine.depart, mine.state)
        self.model.stays = expected
        self.seen[f"{label} done"] += 1

    # -- rules --

    @initialize(
        bookings=st.lists(st.tuples(ROOM, GUEST, DAY, st.integers(1, 4)), min_size=2, max_size=6)
    )
    def some_guests_are_expected(self, bookings: list[tuple[str, int, int, int]]) -> None:
        """The guesthouse is not empty when the desk opens."""
        for room, guest, arrive, nights in bookings:
            self.book(room, guest, arrive, nights, REASON)

    @precondition(lambda self: self.model.today < day(LAST_DAY))
    @rule(days=st.integers(1, 2))
    def days_pass(self, days: int) -> None:
        self.model.today = min(self.model.today + timedelta(days=days), day(LAST_DAY))
        self.clock[0] = self.model.today

    @rule(room=ROOM, guest=GUEST, arrive=DAY, nights=NIGHTS, reason=REASONS)
    def book(self, room: str, guest: int, arrive: int, nights: int, reason: str) -> None:
        start, end = day(arrive), day(arrive + nights)
        expected = self.model.book(room, guest, start, end, reason)
        room_id, guest_id = self.room_ids[room], self.guest_ids[guest]
        with self.db.read() as session:  # the chart's dry run agrees, writing nothing
            check = stays.check_booking(session, self.clerk, room_id, guest_id, start, end)
        needs_reason = ROOMS[room][0] != "standard" and GUESTS[guest].rank not in SUITE_RANKS
        if isinstance(expected, Either):
            assert check.ok or type(check.error) is Conflict, check
        elif isinstance(expected, Refusal) and expected.why != "no reason":
            assert type(check.error) in expected.errors, (expected, check)
        else:
            assert check.ok and check.needs_reason == needs_reason, (expected, check)
        if isinstance(expected, Done):
            assert check.bed in expected.stays[NEW].beds, (expected, check)
            assert bool(check.rebeds) == bool(expected.renumbered), (expected, check)
        booking = Booking(room_id, guest_id, start, end, reason)
        self._act("book", expected, lambda s: stays.book(s, self.clerk, booking))

    @precondition(lambda self: any(s.live for s in self.model.stays.values()))
    @rule(
        data=st.data(),
        same_gender=st.booleans(),
        shift=st.integers(-2, 2),
        nights=st.integers(1, 3),
    )
    def book_over_a_stay(
        self, data: st.DataObject, same_gender: bool, shift: int, nights: int
    ) -> None:
        """Another guest asks for a room on nights someone already holds there."""
        live = sorted(i for i, s in self.model.stays.items() if s.live)
        there = self.model.stays[data.draw(st.sampled_from(live), label="stay in the way")]
        gender = GUESTS[there.guest].gender
        others = [
            i
            for i, p in enumerate(GUESTS)
            if i != there.guest and (p.gender == gender) == same_gender
        ]
        guest = data.draw(st.sampled_from(others), label="guest")
        arrive = (there.arrive - D0).days + shift
        self.book(there.room, guest, arrive, nights, REASON)

    @precondition(lambda self: self._due("booked"))
    @rule(data=st.data())
    def check_in_a_guest_due(self, data: st.DataObject) -> None:
        stay_id = data.draw(st.sampled_from(self._due("booked")), label="stay")
        self._act(
            "check in",
            self.model.check_in(stay_id),
            lambda s: stays.check_in(s, self.clerk, stay_id),
        )

    @precondition(lambda self: self._due("in_house"))
    @rule(data=st.data())
    def check_out_a_guest_in_house(self, data: st.DataObject) -> None:
        self._check_out(data.draw(st.sampled_from(self._due("in_house")), label="stay"))

    @precondition(lambda self: self.model.stays)
    @rule(data=st.data())
    def check_in(self, data: st.DataObject) -> None:
        stay_id = self._pick(data)
        self._act(
            "check in",
            self.model.check_in(stay_id),
            lambda s: stays.check_in(s, self.clerk, stay_id),
        )

    @precondition(lambda self: self.model.stays)
    @rule(data=st.data())
    def check_out(self, data: st.DataObject) -> None:
        self._check_out(self._pick(data))

    def _check_out(self, stay_id: int) -> None:
        expected = self.model.check_out(stay_id)
        if isinstance(expected, Done) and expected.stays[stay_id].depart < (
            self.model.stays[stay_id].depart
        ):
            self.seen["early departure"] += 1
        self._act("check out", expected, lambda s: stays.check_out(s, self.clerk, stay_id))

    @precondition(lambda self: self.model.stays)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        stay_id = self._pick(data)
        self._act(
            "cancel",
            self.model.cancel(stay_id),
            lambda s: stays.cancel_stay(s, self.clerk, stay_id),
        )

    @precondition(lambda self: self.model.stays)
    @rule(data=st.data(), nights=st.integers(0, 5))
    def extend(self, data: st.DataObject, nights: int) -> None:
        stay_id = self._pick(data)
        depart = self.model.stays[stay_id].arrive + timedelta(days=nights)
        self._act(
            "extend",
            self.model.extend(stay_id, depart),
            lambda s: stays.extend(s, self.clerk, stay_id, depart),
        )

    @precondition(lambda self: self.model.stays)
    @rule(data=st.data(), room=ROOM, reason=REASONS)
    def move(self, data: st.DataObject, room: str, reason: str) -> None:
        self._move(self._pick(data), room, reason)

    def _move(self, stay_id: int, room: str, reason: str) -> None:
        room_id = self.room_ids[room]
        expected = self.model.move(stay_id, room, reason)
        if isinstance(expected, Done) and expected.returns == NEW:
            self.seen["move splits a stay in house"] += 1
        self._act(
            "move", expected, lambda s: stays.move(s, self.clerk, stay_id, room_id, reason=reason)
        )

    @precondition(lambda self: self.model.stays)
    @rule(
        data=st.data(),
        room=ROOM,
        same_arrival=st.booleans(),
        arrive=DAY,
        nights=st.integers(0, 4),
        reason=REASONS,
    )
    def reschedule(
        self,
        data: st.DataObject,
        room: str,
        same_arrival: bool,
        arrive: int,
        nights: int,
        reason: str,
    ) -> None:
        stay_id = self._pick(data)
        start = self.model.stays[stay_id].arrive if same_arrival else day(arrive)
        self._reschedule(stay_id, room, start, start + timedelta(days=nights), reason)

    def _reschedule(self, stay_id: int, room: str, start: date, end: date, reason: str) -> None:
        room_id = self.room_ids[room]
        expected = self.model.reschedule(stay_id, room, start, end, reason)
        self._act(
            "reschedule",
            expected,
            lambda s: stays.reschedule(s, self.clerk, stay_id, room_id, start, end, reason),
        )

    @precondition(lambda self: self._due("in_house"))
    @rule(data=st.data(), room=ROOM, reason=REASONS)
    def move_a_guest_in_house(self, data: st.DataObject, room: str, reason: str) -> None:
        self._move(data.draw(st.sampled_from(self._due("in_house")), label="stay"), room, reason)

    @precondition(lambda self: self._due("in_house"))
    @rule(data=st.data(), room=ROOM, nights=st.integers(1, 5), reason=REASONS)
    def drag_a_guest_in_house(
        self, data: st.DataObject, room: str, nights: int, reason: str
    ) -> None:
        """On the chart: another room (moved from today), another departure, or both."""
        stay_id = data.draw(st.sampled_from(self._due("in_house")), label="stay")
        held = self.model.stays[stay_id]
        self._reschedule(stay_id, room, held.arrive, held.arrive + timedelta(days=nights), reason)

    # -- invariants, by plain SQL --

    @invariant()
    def the_guesthouse_keeps_its_rules(self) -> None:
        with self.db.read() as session:
            for rule_broken, query in INVARIANTS.items():
                rows = session.execute(text(query)).all()
                assert rows == [], f"{rule_broken}: {rows}"
            rows = session.execute(select(*STAY_COLUMNS).order_by(Stay.id)).all()
            report = audit.verify(session)
        assert report.intact, report.fault
        found = {
            r.id: (
                self.room_numbers[r.room_id],
                self.guest_ids.index(r.guest_id),
                r.bed,
                r.arrive,
                r.depart,
                r.state,
                r.exception_reason,
                r.moved_from_id,
            )
            for r in rows
        }
        wanted = {
            s.id: (s.room, s.guest, s.bed, s.arrive, s.depart, s.state, s.reason, s.moved_from)
            for s in self.model.stays.values()
        }
        assert found == wanted


# -- running it ---------------------------------------------------------------------------


class FreshDatabases:
    """A brand-new database per run: a copy of the migrated SQLite test file, or a new
    schema on the PostgreSQL test server (dropped after the run)."""

    def __init__(self, db_url: URL, keys: Keys, folder: Path) -> None:
        self.url, self.keys, self.folder = db_url, keys, folder
        self.runs = itertools.count()

    @contextmanager
    def open(self) -> Iterator[Database]:
        if self.url.get_backend_name() == "sqlite":
            with self._sqlite_file() as db:
                yield db
        else:
            with self._pg_schema() as db:
                yield db

    @contextmanager
    def _sqlite_file(self) -> Iterator[Database]:
        path = self.folder / f"run{next(self.runs)}.db"
        shutil.copy(str(self.url.database), path)
        db = open_database(URL.create("sqlite", database=str(path)), self.keys)
        try:
            yield db
        finally:
            db.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)

    @contextmanager
    def _pg_schema(self) -> Iterator[Database]:
        server = self.url.difference_update_query(["options"])
        schema = f"m_{uuid.uuid4().hex[:12]}"
        owner = create_engine(server, isolation_level="AUTOCOMMIT")
        with owner.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            url = server.update_query_dict({"options": f"-csearch_path={schema},public"})
            db = open_database(url, self.keys)
            try:
                yield db
            finally:
                db.close()
        finally:
            with owner.connect() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            owner.dispose()


RUNS = {
    "sqlite": settings(max_examples=40, stateful_step_count=25, deadline=None),
    "postgresql": settings(max_examples=12, stateful_step_count=20, deadline=None),
}


def test_no_stays_overlap_beyond_the_beds_whatever_the_desk_does(
    db_url: URL, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [D0]
    monkeypatch.setattr(stays, "office_today", lambda session: clock[0])
    seen: Tally[str] = Tally()
    databases = FreshDatabases(db_url, keys, tmp_path)
    bound = {"databases": databases, "clock": clock, "seen": seen}
    run_state_machine_as_test(
        type("BoundLodgingMachine", (LodgingMachine,), bound),
        settings=RUNS[db_url.get_backend_name()],
    )
    # the runs reached the interesting states, not only refusals of an empty guesthouse
    full = sum(n for what, n in seen.items() if what.endswith("refused: no bed free"))
    assert seen["book done"] > 0 and full > 0, seen
    assert seen["check in done"] + seen["check out done"] > 0, seen
    assert seen["move done"] + seen["reschedule done"] + seen["extend done"] > 0, seen


# -- examples: what the runs seldom reach, and what they found ----------------------------


def test_an_extension_keeps_the_guests_bed_when_it_is_free(
    db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = staff[Role.LODGING_CLERK]
    twin = add_room(db, clerk, "102", beds=2)
    first, second = add_guest(db, "张伟"), add_guest(db, "刘洋")
    with db.unit() as session:
        gone = stays.book(session, clerk, Booking(twin, first, day(0), day(2)))
        staying = stays.book(session, clerk, Booking(twin, second, day(0), day(2)))
        stays.cancel_stay(session, clerk, gone.id)
    assert staying.bed == 2
    with db.unit() as session:  # bed 1 is free too now, but the guest keeps bed 2
        assert stays.extend(session, clerk, staying.id, day(4)).bed == 2


def _stay_row(db: Database, stay_id: int) -> tuple[Any, ...]:
    with db.read() as session:
        return tuple(session.execute(select(*STAY_COLUMNS).where(Stay.id == stay_id)).one())


def _chart_drag_example(db: Database, staff: dict[Role, Actor]) -> Any:
    clerk = staff[Role.LODGING_CLERK]
    old, new = add_room(db, clerk, "101"), add_room(db, clerk, "102")
    guest, next_guest = add_guest(db, "张伟"), add_guest(db, "刘洋")
    with db.unit() as session:
        staying = stays.book(session, clerk, Booking(old, guest, day(0), day(2)))
        stays.check_in(session, clerk, staying.id, today=day(1))
        stays.book(session, clerk, Booking(old, next_guest, day(2), day(4)))
    return clerk, staying, new


def test_a_refused_drag_of_a_guest_in_house_names_the_stay_and_changes_nothing(
    db: Database, staff: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both rooms are taken on night 3: refused, whichever room the service looks at first."""
    monkeypatch.setattr(stays, "office_today", lambda session: day(1))
    clerk, staying, new = _chart_drag_example(db, staff)
    with db.unit() as session:
        stays.book(session, clerk, Booking(new, add_guest(db, "赵强"), day(3), day(5)))
    before = _stay_row(db, staying.id)
    with pytest.raises(Conflict) as refused, db.unit() as session:
        stays.reschedule(session, clerk, staying.id, new, day(0), day(4))
    message = refused.value.render()
    assert re.search(r"Room 10[12] is taken .* \(stay \d+\)", message), message
    assert _stay_row(db, staying.id) == before


def test_a_guest_in_house_can_be_dragged_to_a_free_room_and_a_later_departure(
    db: Database, staff: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stays, "office_today", lambda session: day(1))
    clerk, staying, new = _chart_drag_example(db, staff)
    with db.unit() as session:
        moved = stays.reschedule(session, clerk, staying.id, new, day(0), day(4))
    assert (moved.room_number, moved.arrive, moved.depart) == ("102", day(1), day(4))
    assert moved.moved_from_id == staying.id


def test_beds_are_renumbered_around_a_departed_guest_when_the_room_has_room(
    db: Database, staff: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stays, "office_today", lambda session: day(2))
    clerk = staff[Role.LODGING_CLERK]
    twin = add_room(db, clerk, "102", beds=2)
    placeholder, left, no_show, late = (add_guest(db, n) for n in ("甲", "乙", "丙", "丁"))
    with db.unit() as session:
        first = stays.book(session, clerk, Booking(twin, placeholder, day(2), day(3)))
        gone = stays.book(session, clerk, Booking(twin, left, day(2), day(3)))
        stays.book(session, clerk, Booking(twin, no_show, day(0), day(2)))
        stays.cancel_stay(session, clerk, first.id)
        stays.check_in(session, clerk, gone.id)
        stays.check_out(session, clerk, gone.id)  # same day: keeps night 2 in bed 2
    # night 1: the no-show in bed 1; night 2: the departed guest in bed 2. Renumbering lets
    # the late guest, recorded a day after arriving, sleep in one bed both nights.
    with db.unit() as session:
        booked = stays.book(session, clerk, Booking(twin, late, day(1), day(3)))
    assert booked.state == "booked"
    with db.read() as session:
        clashes = session.execute(text(INVARIANTS["a bed held twice on one night"])).all()
    assert clashes == []

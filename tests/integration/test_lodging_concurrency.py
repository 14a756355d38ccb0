"""No double booking when desks book at the same moment (issue 5): separate processes, each
with its own engine, released together by a barrier onto one database (a SQLite file, and a
PostgreSQL schema when configured), all booking the same room-night through the services.
Exactly as many get it as the room has beds, of one gender; the others are told which stay
(or guest) is in the way.

Writing desks take turns (BEGIN IMMEDIATE on SQLite; on PostgreSQL `authorize` locks the
audit chain's head, and booking locks the room), so the services see each other's bookings.
The database is the guard all the same: bypassing the services, two connections insert
overlapping stays in open transactions. On PostgreSQL the second waits on the first and
fails when it commits (the exclusion constraints); on SQLite the second writer must wait
its turn, cannot write on what it read before, and the trigger refuses it.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, timedelta
from queue import Queue
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError

from reception.core.errors import Conflict, DeskError
from reception.core.lodging import stays
from reception.core.lodging.models import Stay
from reception.core.lodging.stays import Booking
from reception.core.security import audit
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database
from tests.unit.lodging_support import guest, room

DESKS = 6
DEADLINE_S = 60
D0 = date(2031, 3, 2)
NAMES = ("张伟", "刘洋", "赵强", "王芳", "李娜", "陈静")  # three men, then three women
GENDERS = ("male",) * 3 + ("female",) * 3

Outcome = tuple[int | None, int | None, str, str]  # stay, bed, error class, message


def day(n: int) -> date:
    return D0 + timedelta(days=n)


# -- the desks' processes -----------------------------------------------------------------


def book_at_once(
    url: str,
    master: bytes,
    actor: tuple[int, str, str],
    desk: int,
    bookings: list[tuple[int, int, date, date]],
    start: Any,
    results: Any,
) -> None:
    """One desk: for each booking, wait at the barrier with the other desks, then book in
    one unit of work. Reports (stay, bed, "", "") or (None, None, error class, message)."""
    outcomes: list[Outcome] = []
    error = ""
    try:
        db = open_database(make_url(url), Keys(master), upgrade=False)
        clerk = Actor(actor[0], actor[1], Role(actor[2]))
        for room_id, guest_id, arrive, depart in bookings:
            start.wait(timeout=DEADLINE_S)
            try:
                with db.unit() as session:
                    view = stays.book(session, clerk, Booking(room_id, guest_id, arrive, depart))
                outcomes.append((view.id, view.bed, "", ""))
            except DeskError as refused:
                outcomes.append((None, None, type(refused).__name__, refused.render()))
        db.close()
    except BaseException as failure:  # reported to the parent, not lost in the child
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk, outcomes, error))


def _run_desks(
    db_url: URL, keys: Keys, clerk: Actor, bookings_for: Callable[[int], list[Any]]
) -> list[list[Outcome]]:
    """Every desk's outcomes, round by round (rounds[r][desk])."""
    assert clerk.operator_id is not None and clerk.role is not None
    actor = (clerk.operator_id, clerk.login, clerk.role.value)
    url = db_url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    results = context.Queue()
    processes = [
        context.Process(
            target=book_at_once,
            args=(url, keys.master, actor, desk, bookings_for(desk), start, results),
        )
        for desk in range(DESKS)
    ]
    for process in processes:
        process.start()
    try:
        reports = sorted(results.get(timeout=DEADLINE_S) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=DEADLINE_S)
    assert [process.exitcode for process in processes] == [0] * DESKS
    assert [(desk, error) for desk, _, error in reports] == [(d, "") for d in range(DESKS)]
    return [[outcomes[r] for _, outcomes, _ in reports] for r in range(len(reports[0][1]))]


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _live_stays(db: Database, **where: Any) -> list[tuple[int, int, int, date, date]]:
    with db.read() as session:
        query = select(Stay.id, Stay.guest_id, Stay.bed, Stay.arrive, Stay.depart).where(
            Stay.state != "cancelled"
        )
        for column, value in where.items():
            query = query.where(getattr(Stay, column) == value)
        return [tuple(row) for row in session.execute(query.order_by(Stay.id))]  # type: ignore[misc]


# -- through the services -----------------------------------------------------------------


@pytest.mark.slow
def test_desks_booking_the_same_room_night_at_once_never_double_book(
    db: Database, db_url: URL, keys: Keys, clerk: Actor
) -> None:
    """Six desks, six rounds, every desk booking at the same moment in each: a single room
    (two rounds), a twin room (two rounds), and one guest into six rooms (two rounds)."""
    single, twin = room(db, clerk, "301"), room(db, clerk, "302", beds=2)
    own_rooms = [room(db, clerk, f"4{n:02d}") for n in range(1, DESKS + 1)]
    people = [guest(db, name, gender) for name, gender in zip(NAMES, GENDERS, strict=True)]
    sought = guest(db, "孙丽", "female")

    def bookings(desk: int) -> list[tuple[int, int, date, date]]:
        return [
            (single, people[desk], day(0), day(1)),
            (single, people[desk], day(1), day(2)),
            (twin, people[desk], day(2), day(4)),
            (twin, people[desk], day(4), day(6)),
            (own_rooms[desk], sought, day(6), day(7)),
            (own_rooms[desk], sought, day(7), day(8)),
        ]

    rounds = _run_desks(db_url, keys, clerk, bookings)
    for night, outcomes in enumerate(rounds[:2]):
        _one_bed_went_to_one_desk(db, single, people, night, outcomes)
    for number, outcomes in enumerate(rounds[2:4]):
        _twin_went_to_two_of_one_gender(db, twin, 2 + 2 * number, outcomes)
    for number, outcomes in enumerate(rounds[4:]):
        _the_guest_got_one_room(db, sought, 6 + number, outcomes)
    assert len(_live_stays(db)) == 2 + 2 * 2 + 2
    with db.read() as session:
        report = audit.verify(session)
        booked = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "stay.book")
        )
    assert report.intact, report.fault
    assert booked == 2 + 2 * 2 + 2  # a refused desk wrote nothing


def _won(outcomes: list[Outcome]) -> dict[int, Outcome]:
    return {desk: o for desk, o in enumerate(outcomes) if o[0] is not None}


def _lost(outcomes: list[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if o[0] is None]


def _one_bed_went_to_one_desk(
    db: Database, single: int, people: list[int], night: int, outcomes: list[Outcome]
) -> None:
    won = _won(outcomes)
    assert len(won) == 1, (night, outcomes)
    ((winner, (stay_id, bed, _, _)),) = won.items()
    assert bed == 1
    for _, _, error, message in _lost(outcomes):
        # told which booking holds the room: the stay, or the guest when of the other gender
        assert error == "Conflict" and "Room 301" in message, message
        assert f"(stay {stay_id})" in message or NAMES[winner] in message, message
    assert _live_stays(db, room_id=single, arrive=day(night)) == [
        (stay_id, people[winner], 1, day(night), day(night + 1))
    ]


def _twin_went_to_two_of_one_gender(
    db: Database, twin: int, arrive: int, outcomes: list[Outcome]
) -> None:
    won = _won(outcomes)
    assert len(won) == 2, (arrive, outcomes)
    assert len({GENDERS[desk] for desk in won}) == 1, won  # never a mixed room
    assert sorted(o[1] for o in won.values()) == [1, 2]  # type: ignore[type-var]
    in_the_way = [f"(stay {o[0]})" for o in won.values()] + [NAMES[desk] for desk in won]
    for _, _, error, message in _lost(outcomes):
        assert error == "Conflict" and "Room 302" in message, message
        assert any(name in message for name in in_the_way), message
    holders = _live_stays(db, room_id=twin, arrive=day(arrive))
    assert sorted(s[0] for s in holders) == sorted(o[0] for o in won.values())  # type: ignore[type-var]


def _the_guest_got_one_room(db: Database, sought: int, night: int, outcomes: list[Outcome]) -> None:
    won = _won(outcomes)
    assert len(won) == 1, (night, outcomes)
    ((winner, (stay_id, _, _, _)),) = won.items()
    for _, _, error, message in _lost(outcomes):  # told where the guest already is
        assert error == "Conflict" and "孙丽" in message, message
        assert f"room 4{winner + 1:02d}" in message, message
    assert [s[0] for s in _live_stays(db, guest_id=sought, arrive=day(night))] == [stay_id]


# -- the guard itself, bypassing the services ---------------------------------------------

INSERT = text(
    "INSERT INTO stay (room_id, guest_id, bed, arrive, depart, state, created_at) "
    "VALUES (:room, :guest, :bed, :arrive, :depart, 'booked', :now)"
)
NOW = datetime(2031, 3, 1, tzinfo=UTC)


def _row(room_id: int, guest_id: int, bed: int, arrive: int, depart: int) -> dict[str, Any]:
    return {
        "room": room_id,
        "guest": guest_id,
        "bed": bed,
        "arrive": day(arrive),
        "depart": day(depart),
        "now": NOW.replace(tzinfo=None),
    }


def _pid(connection: Connection) -> int:
    return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


@contextmanager
def _second_desk_waiting(
    db: Database, first: dict[str, Any], second: dict[str, Any]
) -> Iterator[tuple[Connection, dict[str, BaseException | None]]]:
    """The first connection inserts `first` and keeps its transaction open; the second
    inserts `second` in a thread and is seen waiting on the first (PostgreSQL's own lock
    view, polled until then). Yields the first connection, to commit or roll back, and the
    second's outcome, filled in when the block ends."""
    outcome: dict[str, BaseException | None] = {}
    with db.engine.connect() as one, db.engine.connect() as two, db.engine.connect() as view:
        one.execute(INSERT, first)
        waiting_for, waiting = _pid(one), _pid(two)

        def second_desk() -> None:
            try:
                two.execute(INSERT, second)
                two.commit()
                outcome["error"] = None
            except BaseException as failure:
                outcome["error"] = failure
                two.rollback()

        thread = threading.Thread(target=second_desk)
        thread.start()
        deadline = time.monotonic() + DEADLINE_S
        blocked = text("SELECT CAST(:one AS integer) = ANY(pg_blocking_pids(:two))")
        while not view.execute(blocked, {"one": waiting_for, "two": waiting}).scalar_one():
            view.rollback()  # a fresh look each time
            assert thread.is_alive(), f"the second insert did not wait: {outcome}"
            assert time.monotonic() < deadline, "the second insert never waited"
        try:
            yield one, outcome
        finally:
            thread.join(timeout=DEADLINE_S)
            assert not thread.is_alive()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize(
    ("what", "second", "constraint"),
    [
        ("the same bed on a night", {"guest": 1, "arrive": 2, "depart": 4}, "ex_stay_bed"),
        ("the same guest in two rooms", {"room": 1, "arrive": 2, "depart": 3}, "ex_stay_guest"),
    ],
)
def test_on_postgresql_the_second_overlapping_insert_fails_when_the_first_commits(
    db: Database, clerk: Actor, what: str, second: dict[str, int], constraint: str
) -> None:
    rooms = [room(db, clerk, "301"), room(db, clerk, "302")]
    people = [guest(db, "张伟"), guest(db, "刘洋")]
    first = _row(rooms[0], people[0], 1, 1, 3)
    other = _row(
        rooms[second.get("room", 0)],
        people[second.get("guest", 0)],
        1,
        second["arrive"],
        second["depart"],
    )
    with _second_desk_waiting(db, first, other) as (one, outcome):
        one.commit()
    assert isinstance(outcome["error"], IntegrityError), (what, outcome)
    assert constraint in str(outcome["error"])
    assert len(_live_stays(db)) == 1


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_on_postgresql_the_waiting_insert_goes_in_when_the_first_rolls_back(
    db: Database, clerk: Actor
) -> None:
    single = room(db, clerk, "301")
    people = [guest(db, "张伟"), guest(db, "刘洋")]
    first, second = _row(single, people[0], 1, 1, 3), _row(single, people[1], 1, 2, 4)
    with _second_desk_waiting(db, first, second) as (one, outcome):
        one.rollback()
    assert outcome["error"] is None
    assert [s[1] for s in _live_stays(db)] == [people[1]]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_desk_booking_a_guest_another_desk_is_booking_waits_and_is_told_where_they_are(
    db: Database, clerk: Actor
) -> None:
    """Desk one has booked the guest into 301 and not yet committed; desk two books the
    same guest into 302 (another room, another room lock). Desk two is seen waiting on desk
    one, and once desk one commits it is refused, naming room 301."""
    first_room, second_room = room(db, clerk, "301"), room(db, clerk, "302")
    person = guest(db, "张伟")
    booked: Queue[int] = Queue()
    release = threading.Event()
    outcome: dict[str, Any] = {}

    def desk_one() -> None:
        with db.unit() as session:
            stays.book(session, clerk, Booking(first_room, person, day(1), day(3)))
            booked.put(_pid(session.connection()))
            release.wait(timeout=DEADLINE_S)

    def desk_two(pid: Queue[int]) -> None:
        try:
            with db.unit() as session:
                pid.put(_pid(session.connection()))
                stays.book(session, clerk, Booking(second_room, person, day(2), day(4)))
        except Conflict as refused:
            outcome["message"] = refused.render()

    one = threading.Thread(target=desk_one)
    one.start()
    one_pid = booked.get(timeout=DEADLINE_S)
    pids: Queue[int] = Queue()
    two = threading.Thread(target=desk_two, args=(pids,))
    two.start()
    two_pid = pids.get(timeout=DEADLINE_S)
    deadline = time.monotonic() + DEADLINE_S
    with db.engine.connect() as view:
        blocked = text("SELECT CAST(:one AS integer) = ANY(pg_blocking_pids(:two))")
        while not view.execute(blocked, {"one": one_pid, "two": two_pid}).scalar_one():
            view.rollback()
            assert two.is_alive() and time.monotonic() < deadline, outcome
    release.set()
    one.join(timeout=DEADLINE_S)
    two.join(timeout=DEADLINE_S)
    assert not one.is_alive() and not two.is_alive()
    assert "张伟" in outcome["message"] and "room 301" in outcome["message"], outcome
    assert [s[2:] for s in _live_stays(db, guest_id=person)] == [(1, day(1), day(3))]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_on_sqlite_a_second_writer_waits_its_turn_and_the_trigger_refuses_it(
    db: Database, clerk: Actor
) -> None:
    single = room(db, clerk, "301")
    people = [guest(db, "张伟"), guest(db, "刘洋")]
    first, second = _row(single, people[0], 1, 1, 3), _row(single, people[1], 1, 2, 4)
    for values in (first, second):
        values.update(arrive=values["arrive"].isoformat(), depart=values["depart"].isoformat())
        values["now"] = values["now"].isoformat(sep=" ")
    sql = str(INSERT)
    path = str(db.path)
    with (
        closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as one,
        closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as two,
    ):
        two.execute("BEGIN")  # desk two looks first: the room is free…
        assert two.execute("SELECT count(*) FROM stay").fetchone() == (0,)
        one.execute("BEGIN IMMEDIATE")  # …desk one books it…
        one.execute(sql, first)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            two.execute(sql, second)  # …and desk two must wait its turn to write…
        one.execute("COMMIT")
        # …and desk two cannot write on what it saw before: its snapshot is stale.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            two.execute(sql, second)
        two.execute("ROLLBACK")
        two.execute("BEGIN IMMEDIATE")  # looking again, it is the trigger that refuses
        with pytest.raises(sqlite3.IntegrityError, match="stay_bed_taken"):
            two.execute(sql, second)
        two.execute("ROLLBACK")
    assert [s[1] for s in _live_stays(db)] == [people[0]]

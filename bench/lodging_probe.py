"""Probe: the guesthouse's reads on a demo database, as a lodging clerk sees them.

    python -m bench.lodging_probe DB SAMPLES        measure; prints one JSON line
    python -m bench.lodging_probe --fill DB SCALE   add the demo's lodging to DB (a copy)

The figures, each sample in its own read unit of work, interleaved so that load on the
machine hits them alike:

- baseline_read: a primary-key read of one room in a read unit of work (the trivial
  baseline; the ratios are to it);
- baseline_commit: one bare SQLite commit beside DB, the queue probe's baseline, for
  comparison between the two probes;
- chart_now: `room_chart` of every room for 31 days around the office's day;
- chart_past: the same for a month in the past (a year back when the history reaches it);
- free_rooms: `free_rooms` for three nights starting in a few days.

The measuring run only reads: the clerk is taken from the operator table (not signed in, so
no audit row is written) and the database is opened without migrating. RECEPTION_HOME must
name the demo's data folder (its key file).

`lodging_scenario` (called by `python -m bench --only lodging`) runs the probe on the demo
database, or, when that database was made before the demo filled the guesthouse, on a copy
of it with the lodging added once (bench/out/lodging-SCALE.db, kept for the next runs).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.measure import copy_to_fill, mark_filled, run_probe

TARGET_CHART_MS = 50.0
CHART_DAYS = 31
CLERK = "lodging5"  # made by `reception demo`
FIGURES = (
    # (key, label, target for its p95 in ms or None)
    ("baseline_read", "primary-key read in a unit (baseline)", None),
    ("baseline_commit", "bare SQLite commit (queue's baseline)", None),
    ("chart_now", "room chart, 31 days around today", TARGET_CHART_MS),
    ("chart_past", "room chart, 31 days in the past", TARGET_CHART_MS),
    ("free_rooms", "free rooms, 3 nights", None),
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 4)


# -- the probe process ---------------------------------------------------------------------


def _open(path: Path, *, upgrade: bool) -> Any:
    from sqlalchemy.engine import URL

    from reception.config import key_file
    from reception.core.security.keys import load_keys
    from reception.db.database import open_database

    return open_database(
        URL.create("sqlite", database=str(path)),
        load_keys(key_file(), create=False),
        upgrade=upgrade,
    )


def _operator(db: Any, login: str | None, role: Any) -> Any:
    """The operator as an Actor, without signing in (which would write an audit row)."""
    from sqlalchemy import select

    from reception.core.security.models import Operator
    from reception.core.security.roles import Actor, Role

    with db.read() as session:
        query = select(Operator).where(Operator.active.is_(True))
        query = query.where(Operator.login == login) if login else query
        query = query.where(Operator.role == role.value).order_by(Operator.id)
        found = session.scalars(query).first()
        if found is None:
            raise SystemExit(f"no active {role.value} {login or ''} in the database")
        return Actor(found.id, found.login, Role(found.role))


def fill(path: Path, scale: int) -> None:
    """Add the demo's lodging (rooms, delegations, stays) to a database made before it."""
    from reception.core.security.roles import Role
    from reception.db.base import utcnow
    from reception.demo.lodging_fill import LodgingFiller
    from reception.demo.people_gen import PeopleGenerator

    db = _open(path, upgrade=True)
    admin = _operator(db, None, Role.ADMINISTRATOR)
    started = time.perf_counter()
    with db.unit() as session:
        counts = LodgingFiller(session, admin, PeopleGenerator(2026), scale, utcnow(), 2026).run()
    db.close()
    print(
        json.dumps({"counts": counts.as_dict(), "seconds": time.perf_counter() - started}),
        flush=True,
    )


def measure(path: Path, samples: int) -> None:
    from sqlalchemy import func, select

    from bench.queue_probe import BareCommit
    from reception.core.lodging.chart import room_chart
    from reception.core.lodging.models import Room, Stay
    from reception.core.lodging.rooms import free_rooms, office_today
    from reception.core.security.roles import Role

    db = _open(path, upgrade=False)
    clerk = _operator(db, CLERK, Role.LODGING_CLERK)
    with db.read() as session:
        today = office_today(session)
        room_ids = list(session.scalars(select(Room.id).order_by(Room.id)))
        stays = session.scalar(select(func.count()).select_from(Stay)) or 0
        first = session.scalar(select(func.min(Stay.arrive)))
    if not room_ids or first is None:
        raise SystemExit("the database has no rooms or stays: make it with `reception demo`")
    now_start = today - timedelta(days=CHART_DAYS // 2)
    past_start = max(today - timedelta(days=365 + CHART_DAYS // 2), first)
    if past_start + timedelta(days=CHART_DAYS) > now_start:  # a short history: its start
        past_start = first
    free_from = today + timedelta(days=4)

    def chart(start: date) -> int:
        with db.read() as session:
            return len(room_chart(session, clerk, start, CHART_DAYS, today=today).bars)

    def free() -> int:
        with db.read() as session:
            return len(free_rooms(session, clerk, free_from, free_from + timedelta(days=3)))

    def read(index: int) -> None:
        with db.read() as session:
            session.get(Room, room_ids[index % len(room_ids)])

    # Warm-up: imports, the statement caches, the page cache.
    shown = {"chart_now": chart(now_start), "chart_past": chart(past_start), "free": free()}
    read(0)

    figures: dict[str, list[float]] = {key: [] for key, _, _ in FIGURES}
    baseline = BareCommit(path.parent)
    try:
        for index in range(samples):
            started = time.perf_counter()
            read(index)
            figures["baseline_read"].append(_ms(time.perf_counter() - started))
            figures["baseline_commit"].append(_ms(baseline.once()))
            started = time.perf_counter()
            chart(now_start)
            figures["chart_now"].append(_ms(time.perf_counter() - started))
            started = time.perf_counter()
            chart(past_start)
            figures["chart_past"].append(_ms(time.perf_counter() - started))
            started = time.perf_counter()
            free()
            figures["free_rooms"].append(_ms(time.perf_counter() - started))
    finally:
        baseline.close()
    db.close()
    notes = {
        "rooms": len(room_ids),
        "stays": stays,
        "today": today.isoformat(),
        "chart_now_from": now_start.isoformat(),
        "chart_past_from": past_start.isoformat(),
        "bars_now": shown["chart_now"],
        "bars_past": shown["chart_past"],
        "free_rooms": shown["free"],
        "free_from": free_from.isoformat(),
        "pid": os.getpid(),
    }
    print(json.dumps({**figures, "notes": notes}), flush=True)


def main() -> None:
    if sys.argv[1] == "--fill":
        fill(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        measure(Path(sys.argv[1]), int(sys.argv[2]))


# -- the scenario, run by `python -m bench` --------------------------------------------------


def _has_lodging(path: Path) -> bool:
    uri = f"file:{path}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            rooms = connection.execute("SELECT count(*) FROM room").fetchone()[0]
            stays = connection.execute("SELECT count(*) FROM stay").fetchone()[0]
        except sqlite3.OperationalError:  # made before the guesthouse's tables
            return False
    return bool(rooms and stays)


def _run(args: list[str], env: dict[str, str], root: Path) -> str:
    return run_probe("bench.lodging_probe", args, env, root)


def lodging_database(path: Path, env: dict[str, str], scale: int, out: Path, root: Path) -> Path:
    """The demo database when it has the guesthouse; otherwise a copy with it added."""
    if _has_lodging(path):
        return path
    copy = copy_to_fill(path, out, "lodging", scale, "the guesthouse")
    if copy is None:
        return out / f"lodging-{scale}.db"
    _run(["--fill", str(copy), str(scale)], env, root)
    return mark_filled(out, "lodging", scale)


def _spread(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), cuts[94]


def lodging_scenario(
    path: Path, env: dict[str, str], scale: int, samples: int, out: Path, root: Path
) -> bool:
    """Run the probe; print the table; True when every target holds."""
    target = lodging_database(path, env, scale, out, root)
    report = json.loads(_run([str(target), str(samples)], env, root))
    notes = report["notes"]
    print(
        f"\nlodging, {samples} samples, database of scale {scale:,} "
        f"({target.stat().st_size / 1e6:.1f} MB: {notes['rooms']} rooms, "
        f"{notes['stays']:,} stays; today {notes['today']})"
    )
    print(
        f"chart windows from {notes['chart_now_from']} ({notes['bars_now']} bars) and "
        f"{notes['chart_past_from']} ({notes['bars_past']} bars); free rooms from "
        f"{notes['free_from']}: {notes['free_rooms']}"
    )
    base50, base95 = _spread(report["baseline_read"])
    print(
        f"{'figure':<40} {'p50 ms':>8} {'p95 ms':>8} {'p50 ×base':>10} {'p95 ×base':>10}"
        f"  {'target':<13} verdict"
    )
    passed = True
    for key, label, goal in FIGURES:
        p50, p95 = _spread(report[key])
        verdict, wanted = "", ""
        if goal is not None:
            wanted = f"p95 < {goal:g} ms"
            ok = p95 < goal
            passed &= ok
            verdict = "PASS" if ok else "FAIL"
        print(
            f"{label:<40} {p50:8.2f} {p95:8.2f} {p50 / base50:9.1f}× {p95 / base95:9.1f}×"
            f"  {wanted:<13} {verdict}"
        )
    return passed


if __name__ == "__main__":
    main()

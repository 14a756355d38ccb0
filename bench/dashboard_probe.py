"""Probe: the dashboard (总览) as the director's desk reads it, on a demo database.

    python -m bench.dashboard_probe DB SAMPLES        measure; prints one JSON line

Each sample reads every figure of every area together, through the desk's own service
`figures.read_dashboard` in a read unit of work, as the director (who sees all three areas).
The baseline is the same SQL the service sent for it (recorded from the engine in a first
pass), run again with its parameters on a plain sqlite3 connection to the same file: the
queries alone, without the desk around them. As in the petitions probe, the file is read
through once first (a running desk has its pages in the operating system's cache), and the
raw queries and the service take turns going first. Target: p95 under 100 ms.

For the record, not against a target: each area's figures alone, and each chart series.

The moment read is the demo's own "now" (the latest visit registered), so that a database
made on an earlier day still shows a live day. The director is taken from the operator
table (not signed in: no audit row). A database made before migration 0006 (the index the
day's joint visits are counted from) is upgraded in place first, without the desk's backup
copy: the bench's database is remade by `reception demo` at will.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from bench.measure import judge_figures, probe_report

TARGET_MS = 100.0
FIGURES = (
    # (key, label, baseline key or None, target for its p95 in ms or None)
    ("raw", "its SQL, raw on sqlite3 (baseline)", None, None),
    ("dashboard", "read_dashboard: every figure, director", "raw", TARGET_MS),
    ("queue", "  queue figures alone", None, None),
    ("lodging", "  lodging figures alone", None, None),
    ("petitions", "  petitions figures alone", None, None),
    ("arrivals", "chart: arrivals by hour, 4 weeks' baseline", None, None),
    ("waits", "chart: waits by hour", None, None),
    ("occupancy", "chart: occupancy, next 14 nights", None, None),
    ("categories", "chart: cases by category, this month", None, None),
)
Statements = list[tuple[str, Any]]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 4)


# -- the probe process ---------------------------------------------------------------------


def _upgraded(db: Any) -> bool:
    """Bring the database to the code's schema; True when it was behind."""
    from reception.db import migrate

    with db.engine.connect() as connection:
        current = migrate.current_revision(connection)
    if current == migrate.head_revision():
        return False
    migrate.upgrade(db.engine)
    return True


def _moment(db: Any) -> Any:
    from sqlalchemy import func, select

    from reception.core.visitors.models import Visit

    with db.read() as session:
        moment = session.scalar(select(func.max(Visit.registered_at)))
    if moment is None:
        raise SystemExit("the database has no visits: make it with `reception demo`")
    return moment


def _readers(db: Any, director: Any, now: Any) -> dict[str, Callable[[], object]]:
    """Each measured read, in its own read unit of work."""
    from reception.core.dashboard import trends
    from reception.core.dashboard.figures import read_dashboard
    from reception.core.dashboard.lodging_figures import lodging_figures
    from reception.core.dashboard.petition_figures import petition_figures
    from reception.core.dashboard.queue_figures import queue_figures
    from reception.core.visitors.clock import office_day

    def unit(read: Callable[[Any], object]) -> Callable[[], object]:
        def run() -> object:
            with db.read() as session:
                return read(session)

        return run

    day = office_day(now, _zone(db))
    return {
        "dashboard": unit(lambda s: read_dashboard(s, director, now)),
        "queue": unit(lambda s: queue_figures(s, director, now)),
        "lodging": unit(lambda s: lodging_figures(s, director, now)),
        "petitions": unit(lambda s: petition_figures(s, director, now)),
        "arrivals": unit(lambda s: trends.arrivals_by_hour(s, director, day)),
        "waits": unit(lambda s: trends.waits_by_hour(s, director, day)),
        "occupancy": unit(lambda s: trends.occupancy_ahead(s, director, day)),
        "categories": unit(lambda s: trends.cases_by_category(s, director, day)),
    }


def _zone(db: Any) -> Any:
    from reception.core.settings import load_settings

    with db.read() as session:
        return load_settings(session).zone


def _read_through(path: Path) -> None:
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def measure(path: Path, samples: int) -> None:
    from dataclasses import asdict

    from sqlalchemy import event

    from bench.lodging_probe import _open, _operator
    from reception.core.security.roles import Role

    db = _open(path, upgrade=False)
    migrated = _upgraded(db)
    director = _operator(db, None, Role.DIRECTOR)
    now = _moment(db)
    readers = _readers(db, director, now)
    _read_through(path)

    recording: Statements | None = None

    @event.listens_for(db.engine, "before_cursor_execute")
    def _sent(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if recording is not None and statement.lstrip().upper().startswith("SELECT"):
            recording.append((statement, parameters))

    # First pass: the dashboard's own SQL; and the imports, statement caches, page cache.
    recording = []
    board: Any = readers["dashboard"]()
    sent, recording = recording, None
    event.remove(db.engine, "before_cursor_execute", _sent)
    for read in readers.values():
        read()
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def replay() -> int:
        return sum(len(raw.execute(sql, parameters).fetchall()) for sql, parameters in sent)

    replay()
    gc.collect()
    gc.freeze()
    figures: dict[str, list[float]] = {key: [] for key, _, _, _ in FIGURES}
    try:
        for index in range(samples):
            # Turn about: the first of a pair reads the pages into SQLite's own cache.
            for side in ("raw", "dashboard") if index % 2 else ("dashboard", "raw"):
                started = time.perf_counter()
                if side == "raw":
                    replay()
                else:
                    readers["dashboard"]()
                figures[side].append(_ms(time.perf_counter() - started))
            for key, read in readers.items():
                if key != "dashboard":
                    started = time.perf_counter()
                    read()
                    figures[key].append(_ms(time.perf_counter() - started))
    finally:
        raw.close()
        db.close()
    notes = {
        "now": now.isoformat(),
        "statements": len(sent),
        "migrated": migrated,
        "figures": json.loads(json.dumps(asdict(board), default=str)),
        "pid": os.getpid(),
    }
    print(json.dumps({**figures, "notes": notes}), flush=True)


def main() -> None:
    measure(Path(sys.argv[1]), int(sys.argv[2]))


# -- the scenario, run by `python -m bench` --------------------------------------------------


def _has_every_area(path: Path) -> bool:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        try:
            return all(
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("visit", "stay", "petition_case")
            )
        except sqlite3.OperationalError:  # made before an area's tables
            return False


def dashboard_scenario(
    path: Path, env: dict[str, str], scale: int, samples: int, out: Path, root: Path
) -> bool:
    """Run the probe; print the table; True when the target holds."""
    if not _has_every_area(path):
        raise SystemExit(
            f"the demo database {path} predates an area the dashboard reads: delete "
            f"{path.parent} and run the bench again to make it anew"
        )
    report = probe_report("bench.dashboard_probe", path, samples, env, root)
    notes = report["notes"]
    shown = notes["figures"]
    queue, lodging, petitions = shown["queue"], shown["lodging"], shown["petitions"]
    print(
        f"\ndashboard, {samples} samples, database of scale {scale:,} "
        f"({path.stat().st_size / 1e6:.1f} MB), read at the demo's moment {notes['now']}"
        + (" (migrated to the current schema first)" if notes["migrated"] else "")
    )
    print(
        f"figures read: {queue['visitors_today']} visitors today, {queue['onsite_now']} on "
        f"site, {queue['waiting']} waiting; {lodging['rooms_occupied']}/"
        f"{lodging['rooms_total']} rooms tonight; {petitions['overdue']} cases overdue, "
        f"{petitions['due_soon']} due soon; {notes['statements']} statements"
    )
    return judge_figures(report, FIGURES)


if __name__ == "__main__":
    main()

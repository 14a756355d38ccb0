"""Probe: the visitor queue's latencies on a working copy of a demo database.

    python -m bench.queue_probe DB SAMPLES

Prints one JSON line {figure: [milliseconds, ...], "notes": {...}}. The figures:

- baseline_commit: one bare SQLite commit of a one-row insert into a scratch table beside
  DB (same file system, WAL, synchronous=FULL), measured between the scans below, so that
  both see the same machine;
- issue: `register` in its own unit of work (a fresh walk-in, its ticket issued);
- scan: `scan` of a fresh slip in its own unit of work, verified and committed;
- refresh: what the desk reads after a scan: `queue_status` and the on-site list (each
  benched visitor signs out again, untimed, so that list keeps the demo day's size);
- scan_refreshed: the two together, from the scan to the refreshed view;
- slip_80mm, slip_a6: `write_slip_pdf` of a slip, after one warm-up each.

RECEPTION_HOME must name the demo's data folder (its key file).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import URL

from reception.config import key_file
from reception.core.security.keys import load_keys
from reception.core.security.operators import authenticate
from reception.core.settings import load_settings
from reception.core.visitors import service
from reception.core.visitors.views import Issued, ScanResult
from reception.db.base import utcnow
from reception.db.database import open_database
from reception.demo.fill import DEMO_PASSWORD
from reception.demo.people_gen import PeopleGenerator

CLERK = "receptionist1"  # made by `reception demo`
SCRATCH_ROWS = "CREATE TABLE scratch (id INTEGER PRIMARY KEY, at TEXT NOT NULL, note TEXT)"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 4)


class BareCommit:
    """The baseline: what one durable commit costs on this file system, nothing else."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "baseline-scratch.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.connection = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute(SCRATCH_ROWS)

    def once(self) -> float:
        connection = self.connection
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO scratch (at, note) VALUES (?, ?)", (utcnow().isoformat(), "baseline")
        )
        connection.execute("COMMIT")
        return time.perf_counter() - started

    def close(self) -> None:
        with closing(self.connection):
            pass
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def main() -> None:
    path, samples = Path(sys.argv[1]), int(sys.argv[2])
    db = open_database(
        URL.create("sqlite", database=str(path)), load_keys(key_file(), create=False)
    )
    figures: dict[str, list[float]] = {
        name: []
        for name in (
            "baseline_commit",
            "issue",
            "scan",
            "refresh",
            "scan_refreshed",
            "slip_80mm",
            "slip_a6",
        )
    }
    with db.unit() as session:
        signed = authenticate(session, CLERK, DEMO_PASSWORD)
    assert signed.actor is not None, signed.error
    actor = signed.actor
    with db.read() as session:
        settings = service.load_queue_settings(session)
        office = load_settings(session)
    walk_in = [s.series for s in settings.services if s.series != settings.appointment_series]
    people = PeopleGenerator(int(time.time()))
    issued: list[Issued] = []
    for index in range(samples):  # fresh walk-ins, spread over the series (999 a day each)
        form = service.Registration(
            name=people.name(),
            phone=people.mobile(),
            purpose="性能测试",
            series=walk_in[index % len(walk_in)],
        )
        started = time.perf_counter()
        with db.unit() as session:
            issued.append(service.register(session, actor, form, utcnow()))
        figures["issue"].append(_ms(time.perf_counter() - started))
    baseline = BareCommit(path.parent)
    try:
        for ticket in issued:
            figures["baseline_commit"].append(_ms(baseline.once()))
            started = time.perf_counter()
            with db.unit() as session:
                outcome = service.scan(session, actor, ticket.token, utcnow())
            scanned = time.perf_counter()
            assert outcome.result is ScanResult.CHECKED_IN, outcome
            with db.read() as session:
                service.queue_status(session, utcnow())
                service.on_site(session, actor, utcnow())
            done = time.perf_counter()
            figures["scan"].append(_ms(scanned - started))
            figures["refresh"].append(_ms(done - scanned))
            figures["scan_refreshed"].append(_ms(done - started))
            # Untimed: the visitor leaves again, so the on-site list keeps the demo day's
            # size instead of growing by every sample.
            with db.unit() as session:
                service.leave(session, actor, ticket.visit_id, utcnow())
    finally:
        baseline.close()
    with db.read() as session:
        on_site = len(service.on_site(session, actor, utcnow()))  # the demo day's own
    db.close()

    from reception.printing.gui import ensure_gui_application
    from reception.printing.slips import SlipFormat, write_slip_pdf

    ensure_gui_application()
    slip = issued[0].slip
    with tempfile.TemporaryDirectory() as folder:
        for fmt, name in ((SlipFormat.THERMAL_80MM, "slip_80mm"), (SlipFormat.A6, "slip_a6")):
            target = Path(folder) / f"{name}.pdf"
            write_slip_pdf(target, slip, fmt)  # warm-up: fonts, the QR encoder
            for _ in range(max(50, min(samples, 200))):
                started = time.perf_counter()
                write_slip_pdf(target, slip, fmt)
                figures[name].append(_ms(time.perf_counter() - started))
    notes = {"office_day_on_site": on_site, "time_zone": office.time_zone, "pid": os.getpid()}
    print(json.dumps({**figures, "notes": notes}), flush=True)


if __name__ == "__main__":
    main()

"""Several desks writing at once: separate processes, each with its own engine, all writing
audit-producing changes to one SQLite file (and one PostgreSQL schema when configured).

Every unit must commit, and the audit chain must come out linear: seq 1..N with no gap and
no duplicate, each row linked to the one before, `verify` intact.
"""

from __future__ import annotations

import multiprocessing
import time
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL, make_url

from reception.core.security import audit
from reception.core.security.keys import Keys
from reception.core.security.models import AuditEntry
from reception.core.settings import OfficeSetting
from reception.db.database import open_database

DESKS = 4
UNITS = 25
DEADLINE_S = 60


def desk(url: str, master: bytes, desk_no: int, start: Any, results: Any) -> None:
    """One desk's process: wait for the others, then write UNITS changes, one unit each."""
    from reception.core.security.roles import SYSTEM
    from reception.core.settings import write_setting

    committed, error = 0, ""
    try:
        db = open_database(make_url(url), Keys(master), upgrade=False)
        start.wait(timeout=DEADLINE_S)
        for unit in range(UNITS):
            with db.unit() as session:
                write_setting(session, SYSTEM, f"desk{desk_no}.unit{unit:02d}", [desk_no, unit])
            committed += 1
        db.close()
    except BaseException as failure:  # reported to the parent, not lost in the child
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk_no, committed, error))


@pytest.mark.slow
def test_desks_writing_at_once_keep_one_linear_audit_chain(db_url: URL, keys: Keys) -> None:
    db = open_database(db_url, keys)  # the parent migrates; the desks only open
    with db.read() as session:
        start_seq = audit.head_seq(session)
    db.close()

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    results = context.Queue()
    url = db_url.render_as_string(hide_password=False)
    processes = [
        context.Process(target=desk, args=(url, keys.master, number, start, results))
        for number in range(DESKS)
    ]
    began = time.monotonic()
    for process in processes:
        process.start()
    reports = [results.get(timeout=DEADLINE_S) for _ in processes]
    for process in processes:
        process.join(timeout=DEADLINE_S)
    elapsed = time.monotonic() - began
    assert all(process.exitcode == 0 for process in processes)
    assert sorted(reports) == [(number, UNITS, "") for number in range(DESKS)], reports

    db = open_database(db_url, keys)
    try:
        with db.read() as session:
            rows = session.scalars(
                select(AuditEntry).where(AuditEntry.seq > start_seq).order_by(AuditEntry.seq)
            ).all()
            seqs = [row.seq for row in rows]
            # Every unit committed exactly one row; seq has no duplicate and no gap.
            assert len(rows) == DESKS * UNITS
            assert len(set(seqs)) == len(seqs)
            assert seqs == list(range(start_seq + 1, start_seq + DESKS * UNITS + 1))
            # Each row follows the one before it: the chain stayed linear.
            previous = session.get(AuditEntry, start_seq)
            assert previous is not None
            for row in rows:
                assert row.prev_hash == previous.hash
                previous = row
            assert audit.head_seq(session) == seqs[-1]
            report = audit.verify(session)
            assert report.intact, report.fault
            assert report.rows == seqs[-1]
            # Every desk's every change is there.
            keys_written = {row.entity_id for row in rows}
            assert keys_written == {
                f"desk{d}.unit{u:02d}" for d in range(DESKS) for u in range(UNITS)
            }
            stored = session.scalars(
                select(OfficeSetting.key).where(OfficeSetting.key.like("desk%"))
            ).all()
            assert len(stored) == DESKS * UNITS
    finally:
        db.close()
    assert elapsed < 30, f"{DESKS}×{UNITS} units took {elapsed:.1f} s"

"""Probe: repeat screening (筛重) on a demo database, as a petitions officer types.

    python -m bench.petitions_probe DB SAMPLES        measure; prints one JSON line
    python -m bench.petitions_probe --fill DB SCALE   add the demo's petitions to DB (a copy)

Each sample looks up one petitioner of the demo (a different one each time) three ways,
through the desk's own service `screening.screen` in a read unit of work:

- by ID number: the keyed hash of the number typed (exact);
- by name: the person's full name, which also finds the names it starts (张伟 → 张伟华);
- by pinyin: the surname's pinyin and the given name's first letter (wangf → 王芳, 王飞 …),
  matched against the pinyin and the initials of every name.

The baseline of each is the same SQL the service sent to the database for that lookup
(recorded from the engine in a first pass), run again with its parameters on a plain sqlite3
connection to the same file: the indexed query alone, without the desk around it. The file
is read through once first (a running desk has its pages in the operating system's cache),
and the raw query and the service take turns going first.

The service's figure includes what the desk pays on top of the query: checking the input,
hashing the number, the ORM, the rows turned into hits. The target: p95 under 15 ms.

The measuring run only reads: the officer is taken from the operator table (not signed in,
so no audit row is written) and the database is opened without migrating. RECEPTION_HOME
must name the demo's data folder (its key file).

`petitions_scenario` (called by `python -m bench --only petitions`) runs the probe on the demo
database, or, when that database was made before the demo filled the petitions log, on a
copy of it with the petitions added once (bench/out/petitions-SCALE.db, kept for later runs).
"""

from __future__ import annotations

import gc
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from bench.measure import copy_to_fill, judge_figures, mark_filled, probe_report, run_probe

TARGET_MS = 15.0
OFFICER = "petitions7"  # made by `reception demo`
SEED = 2026
FIGURES = (
    # (key, label, baseline key or None, target for its p95 in ms or None)
    ("raw_id", "its SQL, raw: by ID-number hash (baseline)", None, None),
    ("screen_id", "screen by ID number", "raw_id", TARGET_MS),
    ("raw_name", "its SQL, raw: by name prefix (baseline)", None, None),
    ("screen_name", "screen by name", "raw_name", TARGET_MS),
    ("raw_pinyin", "its SQL, raw: by pinyin prefix (baseline)", None, None),
    ("screen_pinyin", "screen by pinyin prefix", "raw_pinyin", TARGET_MS),
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 4)


# -- the probe process ---------------------------------------------------------------------


def fill(path: Path, scale: int) -> None:
    """Add the demo's petitions (people, matters, visits …) to a database made before them."""
    from bench.lodging_probe import _open, _operator
    from reception.core.security.roles import Role
    from reception.db.base import utcnow
    from reception.demo.people_gen import PeopleGenerator
    from reception.demo.petitions_fill import PetitionFiller

    db = _open(path, upgrade=True)
    admin = _operator(db, None, Role.ADMINISTRATOR)
    started = time.perf_counter()
    with db.unit() as session:
        filler = PetitionFiller(session, admin, PeopleGenerator(SEED), scale, utcnow(), SEED)
        counts = filler.run()
    db.close()
    print(
        json.dumps({"counts": counts.as_dict(), "seconds": time.perf_counter() - started}),
        flush=True,
    )


def _people(db: Any, count: int) -> list[tuple[str, str, str]]:
    """(ID number, name, pinyin prefix) of `count` petitioners drawn at random."""
    from sqlalchemy import func, select

    from reception.core.petitions.cases import ID_NUMBER
    from reception.core.petitions.models import Petitioner

    picked = random.Random(SEED)
    with db.read() as session:
        last = session.scalar(select(func.max(Petitioner.id))) or 0
        found: list[tuple[str, str, str]] = []
        while len(found) < count and last:
            row = session.execute(
                select(Petitioner.id_number_blob, Petitioner.name, Petitioner.name_pinyin).where(
                    Petitioner.id == picked.randint(1, last),
                    Petitioner.id_number_blob.is_not(None),
                )
            ).first()
            if row is None or len(row.name) < 2:
                continue
            surname = _surname_pinyin(row.name)
            if not surname or len(row.name_pinyin) <= len(surname):
                continue
            prefix = row.name_pinyin[: len(surname) + 1]
            found.append((db.cipher.reveal(row.id_number_blob, ID_NUMBER), row.name, prefix))
    return found


def _read_through(path: Path) -> None:
    """Read the file once, so that the figures are a running desk's (the operating system
    holds its pages) and not the disk's; both sides of each pair alike."""
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def _surname_pinyin(name: str) -> str:
    from reception.core.people import name_search_keys

    return name_search_keys(name[0])[0]


Person = tuple[str, str, str]
Statements = list[tuple[str, Any]]
KINDS = ("id", "name", "pinyin")


def _typed(kind: str, person: Person) -> dict[str, str]:
    """What the officer types for a lookup of `kind`."""
    number, name, prefix = person
    return {"id_number": number} if kind == "id" else {"name": name if kind == "name" else prefix}


def measure(path: Path, samples: int) -> None:
    from sqlalchemy import event, func, select

    from bench.lodging_probe import _open, _operator
    from reception.core.petitions.models import PetitionCase, Petitioner, PetitionVisit
    from reception.core.petitions.screening import screen
    from reception.core.security.roles import Role

    db = _open(path, upgrade=False)
    officer = _operator(db, OFFICER, Role.PETITIONS_OFFICER)
    with db.read() as session:
        counts = {
            "cases": session.scalar(select(func.count()).select_from(PetitionCase)) or 0,
            "visits": session.scalar(select(func.count()).select_from(PetitionVisit)) or 0,
            "petitioners": session.scalar(select(func.count()).select_from(Petitioner)) or 0,
        }
    if not counts["cases"]:
        raise SystemExit("the database has no petitions: make it with `reception demo`")
    people = _people(db, samples)
    _read_through(path)

    recording: Statements | None = None

    @event.listens_for(db.engine, "before_cursor_execute")
    def _sent(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if recording is not None and "petition_case" in statement:
            recording.append((statement, parameters))

    def service(typed: dict[str, str]) -> int:
        with db.read() as session:
            return len(screen(session, officer, **typed))  # type: ignore[arg-type]

    # First pass: each lookup's own SQL, and the imports, statement caches, page cache.
    sent: dict[tuple[int, str], Statements] = {}
    hits: dict[str, list[int]] = {f"screen_{kind}": [] for kind in KINDS}
    for index, person in enumerate(people):
        for kind in KINDS:
            recording = []
            found = service(_typed(kind, person))
            sent[(index, kind)], recording = recording, None
            assert found >= 1 and sent[(index, kind)], (kind, person[1])
            hits[f"screen_{kind}"].append(found)
    event.remove(db.engine, "before_cursor_execute", _sent)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def replay(statements: Statements) -> int:
        return sum(len(raw.execute(sql, parameters).fetchall()) for sql, parameters in statements)

    # What the warm-up left (pypinyin's dictionaries among it) is not collected again: a
    # full collection over it, falling into one sample or the other, is not the query's.
    gc.collect()
    gc.freeze()
    figures: dict[str, list[float]] = {key: [] for key, _, _, _ in FIGURES}
    try:
        for index, person in enumerate(people):
            for kind in KINDS:
                statements, typed = sent[(index, kind)], _typed(kind, person)
                # Turn about: the first of a pair reads the pages into SQLite's own cache.
                for side in ("raw", "screen") if index % 2 else ("screen", "raw"):
                    started = time.perf_counter()
                    if side == "raw":
                        replay(statements)
                    else:
                        service(typed)
                    figures[f"{side}_{kind}"].append(_ms(time.perf_counter() - started))
    finally:
        raw.close()
        db.close()
    notes = {
        **counts,
        "hits_mean": {key: round(statistics.fmean(v), 1) for key, v in hits.items() if v},
        "statements": round(statistics.fmean(len(v) for v in sent.values()), 2),
        "examples": [person[1] + " / " + person[2] for person in people[:3]],
        "pid": os.getpid(),
    }
    print(json.dumps({**figures, "notes": notes}), flush=True)


def main() -> None:
    if sys.argv[1] == "--fill":
        fill(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        measure(Path(sys.argv[1]), int(sys.argv[2]))


# -- the scenario, run by `python -m bench` --------------------------------------------------


def _has_petitions(path: Path) -> bool:
    uri = f"file:{path}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            cases = connection.execute("SELECT count(*) FROM petition_case").fetchone()[0]
        except sqlite3.OperationalError:  # made before the petitions' tables
            return False
    return bool(cases)


def _run(args: list[str], env: dict[str, str], root: Path) -> str:
    return run_probe("bench.petitions_probe", args, env, root)


def petitions_database(path: Path, env: dict[str, str], scale: int, out: Path, root: Path) -> Path:
    """The demo database when it has the petitions log; otherwise a copy with it added."""
    if _has_petitions(path):
        return path
    copy = copy_to_fill(path, out, "petitions", scale, "the petitions log")
    if copy is None:
        return out / f"petitions-{scale}.db"
    report = json.loads(_run(["--fill", str(copy), str(scale)], env, root))
    print(f"petitions added in {report['seconds']:.1f} s", flush=True)
    return mark_filled(out, "petitions", scale)


def petitions_scenario(
    path: Path, env: dict[str, str], scale: int, samples: int, out: Path, root: Path
) -> bool:
    """Run the probe; print the table; True when every target holds."""
    target = petitions_database(path, env, scale, out, root)
    report = probe_report("bench.petitions_probe", target, samples, env, root)
    notes = report["notes"]
    print(
        f"\npetitions, {samples} samples, database of scale {scale:,} "
        f"({target.stat().st_size / 1e6:.1f} MB: {notes['cases']:,} cases, "
        f"{notes['visits']:,} visits, {notes['petitioners']:,} petitioners)"
    )
    mean = notes["hits_mean"]
    print(
        f"hits per lookup on average: ID number {mean['screen_id']}, name {mean['screen_name']}, "
        f"pinyin {mean['screen_pinyin']} (at most 20), {notes['statements']} statements each; "
        f"e.g. {', '.join(notes['examples'])}"
    )
    return judge_figures(report, FIGURES, target_width=13)


if __name__ == "__main__":
    main()

"""Several petitions desks registering matters at the same moment, as separate processes on
one database: every case number is given once, in order, with no gap, and the person they
share stays one petitioner (found by the ID number's keyed hash)."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import func, select

from reception.core.petitions.models import CasePetitioner, Petitioner
from reception.core.security.keys import Keys
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.integration.petition_desks import register_matters
from tests.integration.queue_desks import DEADLINE_S

DESKS = 3
MATTERS = 8


@pytest.mark.slow
def test_desks_registering_at_once_number_every_matter_once(
    db: Database, db_url: object, keys: Keys, staff: dict[Role, Actor]
) -> None:
    officer = staff[Role.PETITIONS_OFFICER]
    assert officer.operator_id is not None
    who = (officer.operator_id, officer.login, officer.role.value if officer.role else "")
    url = db_url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    results = context.Queue()
    processes = [
        context.Process(
            target=register_matters, args=(url, keys.master, who, desk, MATTERS, start, results)
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
    assert [(desk, error) for desk, _, error in reports] == [(d, "") for d in range(DESKS)]
    given = [number for _, numbers, _ in reports for number in numbers]
    assert sorted(given) == [f"XF2026-{n:06d}" for n in range(1, DESKS * MATTERS + 1)]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Petitioner)) == 1
        assert session.scalar(select(func.count()).select_from(CasePetitioner)) == DESKS * MATTERS

"""Desk processes for the petitions concurrency test: each registers matters through the
real intake service on the shared database, one unit of work per matter, and reports the
case numbers it was given, or the error it met."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.integration.queue_desks import DEADLINE_S, _actor, _open

RECEIVED = date(2026, 11, 20)


def register_matters(
    url: str,
    master: bytes,
    actor: tuple[int, str, str],
    desk: int,
    count: int,
    start: Any,
    results: Any,
) -> None:
    from reception.core.petitions.intake import IntakeForm, register_case
    from reception.core.petitions.people import PetitionerForm

    numbers: list[str] = []
    error = ""
    try:
        db = _open(url, master)
        officer = _actor(actor)
        start.wait(timeout=DEADLINE_S)
        for unit in range(count):
            # The same person from every desk: one petitioner row, found by its ID hash.
            person = PetitionerForm("张三", "11010519491231002X", f"138{desk:04d}{unit:04d}")
            intake = IntakeForm("visit", RECEIVED, f"第{desk}台第{unit}件", [person])
            with db.unit() as session:
                numbers.append(register_case(session, officer, intake).case_no)
        db.close()
    except BaseException as failure:  # reported to the parent
        error = f"{type(failure).__name__}: {failure}"
    results.put((desk, numbers, error))

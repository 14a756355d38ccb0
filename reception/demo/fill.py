"""`reception demo`: realistic data for every area that exists, N visits' worth.

Each area contributes a filler; bulk rows go in with Core inserts in large batches, all in
one unit of work, and one audit row records what the run generated (not a row per record).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from reception.core.security import operators
from reception.core.security.audit import record
from reception.core.security.roles import Actor, Permission, Role
from reception.core.settings import load_settings, write_setting
from reception.db.base import utcnow
from reception.db.database import Database
from reception.demo.lodging_fill import LodgingFiller
from reception.demo.people_gen import PeopleGenerator
from reception.demo.petitions_fill import PetitionFiller
from reception.demo.protocol_fill import ProtocolFiller
from reception.demo.visits_fill import VisitFiller

DEMO_PASSWORD = "demo-pass-1"
DEMO_OFFICE = "示范市人民政府办公室"
Progress = Callable[[int, int], None]
VISITS_SHARE = 0.8  # of the progress shown: the visits, then the petitions


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)
    staff: list[tuple[str, str]] = field(default_factory=list)  # (login, role)


def _fill_office(session: Session, actor: Actor, summary: DemoSummary) -> None:
    if not load_settings(session).office_name:
        write_setting(session, actor, "office_name", DEMO_OFFICE)


STAFF_ROLES = (
    [Role.RECEPTIONIST] * 4
    + [Role.LODGING_CLERK] * 2
    + [Role.PETITIONS_OFFICER] * 3
    + [Role.DIRECTOR]
)


def _fill_staff(
    session: Session, actor: Actor, people: PeopleGenerator, summary: DemoSummary
) -> None:
    existing = {v.login for v in operators.list_operators(session, actor)}
    for index, role in enumerate(STAFF_ROLES, start=1):
        login = f"{role.value.split('_')[0]}{index}"
        if login in existing:
            continue
        operators.add_operator(
            session, actor, login, people.name(), role, DEMO_PASSWORD, must_change_password=False
        )
        summary.staff.append((login, role.value))
    summary.counts["operators"] = len(summary.staff)


def fill(
    db: Database,
    actor: Actor,
    scale: int,
    progress: Progress,
    seed: int = 2026,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill the database for `scale` visits' worth of office life, up to `now` (the
    clock's time unless given): visits of the past working days, today's live queue and
    appointments ahead."""
    actor.require(Permission.LOAD_DEMO_DATA)
    summary = DemoSummary()
    people = PeopleGenerator(seed)
    moment = now or utcnow()

    def visits_done(done: int, total: int) -> None:
        progress(int(scale * VISITS_SHARE * done / max(total, 1)), scale)

    def petitions_done(done: int, total: int) -> None:
        share = VISITS_SHARE + (1 - VISITS_SHARE) * done / max(total, 1)
        progress(min(scale - 1, int(scale * share)), scale)

    with db.unit() as session:
        _fill_office(session, actor, summary)
        _fill_staff(session, actor, people, summary)
        visits = VisitFiller(session, actor, people, scale, moment, visits_done, seed).run()
        summary.counts.update(visits.as_dict())
        lodging = LodgingFiller(session, actor, people, scale, moment, seed).run()
        summary.counts.update(lodging.as_dict())
        protocol = ProtocolFiller(session, actor, people, scale, moment, seed).run()
        summary.counts.update(protocol.as_dict())
        petitions = PetitionFiller(session, actor, people, scale, moment, seed, petitions_done)
        summary.counts.update(petitions.run().as_dict())
        record(
            session, actor, "demo.fill", "database", None, None, {"scale": scale, **summary.counts}
        )
    progress(scale, scale)
    return summary

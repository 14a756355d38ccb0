"""THE one precedence order (DOMAIN.md section 4): officials and delegation guests together.

Rank level first (a smaller level is senior); within a rank the office's officials come in
the office's own order, then that rank's guests, the head of a party first, then by pinyin.
Every list, chart and name card sorts with `official_key` / `guest_key`, and
`reception.core.lodging.views.precedence` is `guest_key`, so guests keep one order everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.lodging.models import Delegation, Guest
from reception.core.protocol.models import Official
from reception.core.ranks import Rank
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission

PrecedenceKey = tuple[int, int, int, str, int]


class PersonKind(StrEnum):
    OFFICIAL = "official"
    GUEST = "guest"


def rank_level(rank: str) -> int:
    """The rank's level; an unknown rank (a hand-edited row) after every known one."""
    try:
        return Rank(rank).level
    except ValueError:
        return len(Rank) + 1


def rank_label(rank: str) -> str:
    try:
        return Rank(rank).label
    except ValueError:
        return Rank.OTHER.label


def official_key(official: Official) -> PrecedenceKey:
    return (rank_level(official.rank), 0, official.order_in_rank, official.name_pinyin, official.id)


def guest_key(guest: Guest) -> PrecedenceKey:
    """A guest follows the officials of the same rank; the head of a party leads its rank."""
    return (rank_level(guest.rank), 1, 0 if guest.is_head else 1, guest.name_pinyin, guest.id)


@dataclass(frozen=True)
class PersonView:
    """An official or a guest as charts and cards show them."""

    kind: PersonKind
    id: int
    name: str
    post: str
    unit: str
    rank: str
    rank_label: str
    delegation_id: int | None = None
    is_head: bool = False
    key: PrecedenceKey = (0, 0, 0, "", 0)


def person_of_official(official: Official) -> PersonView:
    return PersonView(
        PersonKind.OFFICIAL,
        official.id,
        official.name,
        official.post,
        official.unit,
        official.rank,
        rank_label(official.rank),
        None,
        False,
        official_key(official),
    )


def person_of_guest(guest: Guest, unit: str = "") -> PersonView:
    return PersonView(
        PersonKind.GUEST,
        guest.id,
        guest.name,
        guest.post,
        unit,
        guest.rank,
        rank_label(guest.rank),
        guest.delegation_id,
        guest.is_head,
        guest_key(guest),
    )


def in_precedence_order(people: Iterable[PersonView]) -> list[PersonView]:
    return sorted(people, key=lambda person: person.key)


def authorize_reading(session: Session, actor: Actor) -> None:
    """Protocol clerks, lodging clerks and the director (who reads everything) may look."""
    for permission in (Permission.MANAGE_PROTOCOL, Permission.MANAGE_LODGING):
        if actor.may(permission):
            authorize(session, actor, permission)
            return
    authorize(session, actor, Permission.READ_EVERYTHING)


def _delegation_unit(session: Session, delegation_id: int | None) -> str:
    if delegation_id is None:
        return ""
    delegation = session.get(Delegation, delegation_id)
    return delegation.unit if delegation is not None else ""


def people_of(
    session: Session, official_ids: Iterable[int] = (), guest_ids: Iterable[int] = ()
) -> dict[tuple[PersonKind, int], PersonView]:
    """The named officials and guests, read in two queries (no permission check)."""
    people: dict[tuple[PersonKind, int], PersonView] = {}
    ids = sorted(set(official_ids))
    if ids:
        for official in session.scalars(select(Official).where(Official.id.in_(ids))):
            people[PersonKind.OFFICIAL, official.id] = person_of_official(official)
    ids = sorted(set(guest_ids))
    if ids:
        units: dict[int | None, str] = {}
        for guest in session.scalars(select(Guest).where(Guest.id.in_(ids))):
            if guest.delegation_id not in units:
                units[guest.delegation_id] = _delegation_unit(session, guest.delegation_id)
            people[PersonKind.GUEST, guest.id] = person_of_guest(guest, units[guest.delegation_id])
    return people


def precedence_order(
    session: Session,
    actor: Actor,
    *,
    officials: bool = True,
    delegation_id: int | None = None,
) -> list[PersonView]:
    """The active officials (when `officials`) and a delegation's guests, in the one order."""
    authorize_reading(session, actor)
    people: list[PersonView] = []
    if officials:
        rows = session.scalars(select(Official).where(Official.active.is_(True)))
        people += [person_of_official(official) for official in rows]
    if delegation_id is not None:
        unit = _delegation_unit(session, delegation_id)
        guests = session.scalars(select(Guest).where(Guest.delegation_id == delegation_id))
        people += [person_of_guest(guest, unit) for guest in guests]
    return in_precedence_order(people)

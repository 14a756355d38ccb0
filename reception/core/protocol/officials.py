"""The office's officials and their order within each rank (set by the office, by drag).

Within a rank the active officials are numbered 1..k without gaps; an inactive official
keeps a number after them. Every change is audited; the services never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import NotFound
from reception.core.lodging.texts import one_line
from reception.core.people import check_name, name_search_keys
from reception.core.protocol.models import Official
from reception.core.protocol.precedence import authorize_reading, official_key, rank_label
from reception.core.ranks import parse_rank
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

OFFICIAL = "official"
FIELD_POST = QT_TRANSLATE_NOOP("Fields", "post")
FIELD_UNIT = QT_TRANSLATE_NOOP("Fields", "unit")
FIELD_REASON = QT_TRANSLATE_NOOP("Fields", "reason")


@dataclass(frozen=True)
class OfficialForm:
    name: str
    post: str
    unit: str
    rank: str  # a Rank value ("bureau_chief") or the office's name for it ("正厅级")


@dataclass(frozen=True)
class OfficialView:
    id: int
    name: str
    post: str
    unit: str
    rank: str
    rank_label: str
    order_in_rank: int
    active: bool
    number: int = 0  # place in the whole precedence order of active officials, 1 first


def _view(official: Official, number: int = 0) -> OfficialView:
    return OfficialView(
        official.id,
        official.name,
        official.post,
        official.unit,
        official.rank,
        rank_label(official.rank),
        official.order_in_rank,
        official.active,
        number,
    )


def _snapshot(official: Official) -> dict[str, Any]:
    return {
        "name": official.name,
        "post": official.post,
        "unit": official.unit,
        "rank": official.rank,
        "order_in_rank": official.order_in_rank,
        "active": official.active,
    }


def _checked(form: OfficialForm) -> tuple[str, str, str, str]:
    name = check_name(form.name)
    post = one_line(form.post, 80, FIELD_POST)
    unit = one_line(form.unit, 80, FIELD_UNIT)
    return name, post, unit, parse_rank(form.rank).value


def _row(session: Session, official_id: int, *, lock: bool = False) -> Official:
    query = select(Official).where(Official.id == official_id)
    if lock:
        query = query.with_for_update()
    official = session.scalars(query).first()
    if official is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no official {id}."), id=official_id)
    return official


def _of_rank(session: Session, rank: str) -> list[Official]:
    """The rank's officials, active first, each part in its order; locked for renumbering."""
    rows = session.scalars(
        select(Official).where(Official.rank == rank).order_by(Official.id).with_for_update()
    ).all()
    return sorted(rows, key=lambda o: (not o.active, o.order_in_rank, o.name_pinyin, o.id))


def _renumber(rows: list[Official]) -> None:
    for number, official in enumerate(rows, start=1):
        if official.order_in_rank != number:
            official.order_in_rank = number


def add_official(session: Session, actor: Actor, form: OfficialForm) -> OfficialView:
    """A new official, last among the active officials of the rank."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    name, post, unit, rank = _checked(form)
    rows = _of_rank(session, rank)
    active = [o for o in rows if o.active]
    official = Official(
        name=name,
        name_pinyin=name_search_keys(name)[0],
        post=post,
        unit=unit,
        rank=rank,
        order_in_rank=len(active) + 1,
        active=True,
        created_at=utcnow(),
    )
    for number, inactive in enumerate([o for o in rows if not o.active], start=len(active) + 2):
        inactive.order_in_rank = number
    session.add(official)
    session.flush()
    record(session, actor, "official.add", OFFICIAL, official.id, None, _snapshot(official))
    return _view(official)


def update_official(
    session: Session, actor: Actor, official_id: int, form: OfficialForm
) -> OfficialView:
    """Change an official; a new rank puts them last among that rank's active officials."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    name, post, unit, rank = _checked(form)
    official = _row(session, official_id, lock=True)
    before = _snapshot(official)
    if rank != official.rank:
        old_rank = official.rank
        official.rank = rank
        session.flush()
        _renumber(_of_rank(session, old_rank))
        rows = [o for o in _of_rank(session, rank) if o.id != official.id]
        active = [o for o in rows if o.active]
        _renumber(active + [official] + [o for o in rows if not o.active])
    if name != official.name:
        official.name, official.name_pinyin = name, name_search_keys(name)[0]
    official.post, official.unit = post, unit
    session.flush()
    after = _snapshot(official)
    if after != before:
        record(session, actor, "official.change", OFFICIAL, official.id, before, after)
    return _view(official)


def _set_active(
    session: Session, actor: Actor, official_id: int, active: bool, reason: str
) -> OfficialView:
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    official = _row(session, official_id, lock=True)
    if official.active == active:
        return _view(official)
    before = _snapshot(official)
    rows = [o for o in _of_rank(session, official.rank) if o.id != official.id]
    official.active = active
    live = [o for o in rows if o.active]
    _renumber(live + [official] + [o for o in rows if not o.active])
    session.flush()
    action = "official.activate" if active else "official.deactivate"
    record(
        session, actor, action, OFFICIAL, official.id, before, _snapshot(official), reason or None
    )
    return _view(official)


def deactivate_official(
    session: Session, actor: Actor, official_id: int, reason: str = ""
) -> OfficialView:
    """Take an official off the order (left the office, say); their charts keep them."""
    return _set_active(session, actor, official_id, False, one_line(reason, 200, FIELD_REASON))


def activate_official(session: Session, actor: Actor, official_id: int) -> OfficialView:
    """Back on the order, last among the active officials of the rank."""
    return _set_active(session, actor, official_id, True, "")


def reorder(
    session: Session, actor: Actor, official_id: int, new_order_in_rank: int
) -> list[OfficialView]:
    """Move an official to place `new_order_in_rank` (1 first, clamped) among the active
    officials of the rank; the rank's active officials in their new order."""
    authorize(session, actor, Permission.MANAGE_PROTOCOL)
    official = _row(session, official_id, lock=True)
    rows = _of_rank(session, official.rank)
    active = [o for o in rows if o.active and o.id != official.id]
    if not official.active:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The official {name} is not on the order."),
            name=official.name,
        )
    target = min(max(int(new_order_in_rank), 1), len(active) + 1)
    before = [o.id for o in rows if o.active]
    active.insert(target - 1, official)
    after = [o.id for o in active]
    if after != before:
        _renumber(active + [o for o in rows if not o.active])
        session.flush()
        record(
            session,
            actor,
            "official.reorder",
            OFFICIAL,
            official.id,
            {"rank": official.rank, "order": before},
            {"rank": official.rank, "order": after},
        )
    return [_view(o) for o in active]


def list_officials(
    session: Session, actor: Actor, *, include_inactive: bool = False
) -> list[OfficialView]:
    """The officials in the one precedence order; inactive ones (if asked) at the end."""
    authorize_reading(session, actor)
    query = select(Official)
    if not include_inactive:
        query = query.where(Official.active.is_(True))
    rows = session.scalars(query).all()
    active = sorted((o for o in rows if o.active), key=official_key)
    inactive = sorted((o for o in rows if not o.active), key=official_key)
    return [_view(o, n) for n, o in enumerate(active, start=1)] + [_view(o) for o in inactive]


def get_official(session: Session, actor: Actor, official_id: int) -> OfficialView:
    authorize_reading(session, actor)
    return _view(_row(session, official_id))

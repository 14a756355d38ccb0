"""Rooms and guests for lodging tests, written straight to the tables: the tests of stays
do not depend on the delegation services."""

from __future__ import annotations

from datetime import date

from reception.core.lodging.models import Delegation, Guest
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.people import name_search_keys
from reception.core.security.roles import Actor
from reception.db.base import utcnow
from reception.db.database import Database


def room(
    db: Database, actor: Actor, number: str, room_type: str = "standard", beds: int = 1
) -> int:
    with db.unit() as session:
        return add_room(session, actor, RoomForm(number, room_type, beds)).id


def delegation(db: Database, name: str = "省发改委考察组") -> int:
    with db.unit() as session:
        row = Delegation(
            name=name,
            unit="某省发展和改革委员会",
            purpose="考察",
            letter_ref="发改函〔2026〕12号",
            liaison_name="",
            liaison_phone_masked="",
            arrive=date(2026, 12, 1),
            depart=date(2026, 12, 5),
            notes="",
            cancelled=False,
            created_at=utcnow(),
        )
        session.add(row)
        session.flush()
        return row.id


def guest(
    db: Database,
    name: str,
    gender: str = "male",
    rank: str = "county_chief",
    delegation_id: int | None = None,
    **needs: object,
) -> int:
    pinyin, initials = name_search_keys(name)
    with db.unit() as session:
        row = Guest(
            delegation_id=delegation_id,
            is_head=False,
            name=name,
            name_pinyin=pinyin,
            name_initials=initials,
            gender=gender,
            post="",
            rank=rank,
            halal=bool(needs.get("halal", False)),
            vegetarian=False,
            allergies=str(needs.get("allergies", "")),
            needs_accessible=bool(needs.get("needs_accessible", False)),
            mobility="",
            notes="",
            id_number_masked="",
        )
        session.add(row)
        session.flush()
        return row.id

"""Tables of the guesthouse.

The one invariant that must never break, no double booking, is kept by the database: each
stay holds one bed of its room (1…beds) for the nights [arrive, depart), and two live stays
never hold the same bed on the same night, nor does one guest hold two rooms on one night.
PostgreSQL keeps it with exclusion constraints, SQLite with triggers (migration 0003); a
cancelled stay holds nothing. A check-out day is free for the next guest.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import Base, UTCDateTime


class RoomType(StrEnum):
    """From plainest to grandest; `grade` orders them."""

    STANDARD = "standard"
    SINGLE = "single"
    ORDINARY_SUITE = "ordinary_suite"
    SUITE = "suite"

    @property
    def grade(self) -> int:
        return list(RoomType).index(self)

    @property
    def label(self) -> str:
        return Phrase("Rooms", ROOM_TYPE_LABELS[self])


ROOM_TYPE_LABELS: dict[RoomType, str] = {
    RoomType.STANDARD: QT_TRANSLATE_NOOP("Rooms", "Standard room"),
    RoomType.SINGLE: QT_TRANSLATE_NOOP("Rooms", "Single room"),
    RoomType.ORDINARY_SUITE: QT_TRANSLATE_NOOP("Rooms", "Ordinary suite"),
    RoomType.SUITE: QT_TRANSLATE_NOOP("Rooms", "Suite"),
}


class Housekeeping(StrEnum):
    CLEAN = "clean"
    DIRTY = "dirty"


class RoomStatus(StrEnum):
    """What the desk shows for a room on a day: housekeeping, occupancy and repairs."""

    VACANT_CLEAN = "vacant_clean"
    VACANT_DIRTY = "vacant_dirty"
    OCCUPIED = "occupied"
    OUT_OF_ORDER = "out_of_order"

    @property
    def label(self) -> str:
        return Phrase("Rooms", ROOM_STATUS_LABELS[self])


ROOM_STATUS_LABELS: dict[RoomStatus, str] = {
    RoomStatus.VACANT_CLEAN: QT_TRANSLATE_NOOP("Rooms", "Vacant, clean"),
    RoomStatus.VACANT_DIRTY: QT_TRANSLATE_NOOP("Rooms", "Vacant, to be cleaned"),
    RoomStatus.OCCUPIED: QT_TRANSLATE_NOOP("Rooms", "Occupied"),
    RoomStatus.OUT_OF_ORDER: QT_TRANSLATE_NOOP("Rooms", "Out of order"),
}


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return Phrase("Guests", GENDER_LABELS[self])


GENDER_LABELS: dict[Gender, str] = {
    Gender.MALE: QT_TRANSLATE_NOOP("Guests", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Guests", "Female"),
}


class StayState(StrEnum):
    BOOKED = "booked"
    IN_HOUSE = "in_house"
    DEPARTED = "departed"
    CANCELLED = "cancelled"  # holds no bed

    @property
    def label(self) -> str:
        return Phrase("Stays", STAY_STATE_LABELS[self])


STAY_STATE_LABELS: dict[StayState, str] = {
    StayState.BOOKED: QT_TRANSLATE_NOOP("Stays", "Booked"),
    StayState.IN_HOUSE: QT_TRANSLATE_NOOP("Stays", "In house"),
    StayState.DEPARTED: QT_TRANSLATE_NOOP("Stays", "Departed"),
    StayState.CANCELLED: QT_TRANSLATE_NOOP("Stays", "Cancelled"),
}

LIVE_STAY_STATES = (StayState.BOOKED, StayState.IN_HOUSE, StayState.DEPARTED)


class Room(Base):
    """A guesthouse room. Occupancy is not stored here: it follows from the stays."""

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("building", "number"),
        CheckConstraint("beds BETWEEN 1 AND 6", name="beds"),
        CheckConstraint(
            "room_type IN ('standard', 'single', 'ordinary_suite', 'suite')", name="room_type"
        ),
        CheckConstraint("housekeeping IN ('clean', 'dirty')", name="housekeeping"),
        CheckConstraint(
            "out_of_order_from IS NULL OR out_of_order_to IS NULL "
            "OR out_of_order_to > out_of_order_from",
            name="out_of_order_dates",
        ),
        Index("ix_room_building_floor_number", "building", "floor", "number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    building: Mapped[str] = mapped_column(String(20), default="1")
    floor: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(10))
    room_type: Mapped[str] = mapped_column(String(16))
    beds: Mapped[int] = mapped_column(Integer)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    quiet_side: Mapped[bool] = mapped_column(Boolean, default=False)
    near_lift: Mapped[bool] = mapped_column(Boolean, default=False)
    rate_yuan: Mapped[int] = mapped_column(Integer, default=0)  # per night, for the 接待清单
    housekeeping: Mapped[str] = mapped_column(String(8), default=Housekeeping.CLEAN.value)
    out_of_order_reason: Mapped[str | None] = mapped_column(String(200))
    out_of_order_from: Mapped[date | None] = mapped_column(Date)
    out_of_order_to: Mapped[date | None] = mapped_column(Date)  # first day back in service
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(String(200), default="")


class Delegation(Base):
    """A received party (接待对象). No inviting letter (公函) reference, no reception."""

    __tablename__ = "delegation"
    __table_args__ = (
        CheckConstraint("length(letter_ref) > 0", name="letter_ref"),
        CheckConstraint("depart >= arrive", name="dates"),
        Index("ix_delegation_arrive_depart", "arrive", "depart"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(80))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    letter_ref: Mapped[str] = mapped_column(String(80))
    liaison_name: Mapped[str] = mapped_column(String(40), default="")
    liaison_phone_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    liaison_phone_masked: Mapped[str] = mapped_column(String(20), default="")
    arrive: Mapped[date] = mapped_column(Date)
    depart: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Guest(Base):
    """A person lodged: usually a member of a delegation, at most one of whom is its head."""

    __tablename__ = "guest"
    __table_args__ = (
        CheckConstraint("gender IN ('male', 'female')", name="gender"),
        Index(
            "uq_guest_delegation_head",
            "delegation_id",
            unique=True,
            sqlite_where=text("is_head"),
            postgresql_where=text("is_head"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(160), index=True)
    name_initials: Mapped[str] = mapped_column(String(40), index=True)
    gender: Mapped[str] = mapped_column(String(8))
    post: Mapped[str] = mapped_column(String(80), default="")
    rank: Mapped[str] = mapped_column(String(20))
    halal: Mapped[bool] = mapped_column(Boolean, default=False)
    vegetarian: Mapped[bool] = mapped_column(Boolean, default=False)
    allergies: Mapped[str] = mapped_column(String(200), default="")
    needs_accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    mobility: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(200), default="")
    id_number_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_number_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    id_number_masked: Mapped[str] = mapped_column(String(24), default="")


class Stay(Base):
    """A guest in one bed of a room for the nights [arrive, depart)."""

    __tablename__ = "stay"
    __table_args__ = (
        CheckConstraint("depart > arrive", name="nights"),
        CheckConstraint("bed >= 1", name="bed"),
        CheckConstraint("state IN ('booked', 'in_house', 'departed', 'cancelled')", name="state"),
        Index("ix_stay_room_arrive", "room_id", "arrive"),
        Index("ix_stay_depart_arrive", "depart", "arrive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    guest_id: Mapped[int] = mapped_column(ForeignKey("guest.id"), index=True)
    bed: Mapped[int] = mapped_column(Integer, default=1)
    arrive: Mapped[date] = mapped_column(Date)
    depart: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(12), default=StayState.BOOKED.value)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    moved_from_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    exception_reason: Mapped[str | None] = mapped_column(Text)  # a room above the standard
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChecklistItem(Base):
    """A task before a delegation arrives (room ready, car pick-up…), due at a time."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(80))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Base):
    """One line of a delegation's programme: what, when, where, who accompanies, cost.
    The reception list (接待清单) is made of these and the stays."""

    __tablename__ = "delegation_activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(120))
    accompanied_by: Mapped[str] = mapped_column(String(120), default="")
    cost_yuan: Mapped[int] = mapped_column(Integer, default=0)

"""Tables of precedence, seating and the reception plan (migration 0005).

Officials keep the office's order within each rank; a seating event has participants
(officials or a delegation's guests) and, once computed, one seat per participant. Meals
and vehicles belong to a delegation's reception plan (接待方案).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.base import Base, UTCDateTime


class Official(Base):
    """An official of the office's precedence list: rank, then the office's order in it."""

    __tablename__ = "official"
    __table_args__ = (
        CheckConstraint("order_in_rank >= 1", name="order_in_rank"),
        CheckConstraint("length(name) > 0", name="name"),
        Index("ix_official_rank_order", "rank", "order_in_rank"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    name_pinyin: Mapped[str] = mapped_column(String(160), index=True)
    post: Mapped[str] = mapped_column(String(80), default="")
    unit: Mapped[str] = mapped_column(String(80), default="")
    rank: Mapped[str] = mapped_column(String(20))
    order_in_rank: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SeatingEvent(Base):
    """A podium meeting, banquet, meeting table, car or group photo to be seated."""

    __tablename__ = "seating_event"
    __table_args__ = (
        CheckConstraint("kind IN ('podium', 'banquet', 'meeting', 'car', 'photo')", name="kind"),
        CheckConstraint("convention IN ('domestic', 'international')", name="convention"),
        CheckConstraint("length(title) > 0", name="title"),
        Index("ix_seating_event_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(80), default="")
    convention: Mapped[str] = mapped_column(String(16), default="domestic")
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    # {"rows": [7, 9]} for a podium or photo, {"tables": [[guests, hosts], …]} for a banquet
    layout: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    computed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SeatingParticipant(Base):
    """An official or a guest taking part; `role` NULL means "as the precedence gives"."""

    __tablename__ = "seating_participant"
    __table_args__ = (
        CheckConstraint("(official_id IS NULL) <> (guest_id IS NULL)", name="one_person"),
        CheckConstraint("side IN ('host', 'guest')", name="side"),
        CheckConstraint(
            "role IS NULL OR role IN ('host', 'deputy_host', 'staff', 'guest')", name="role"
        ),
        UniqueConstraint("event_id", "official_id"),
        UniqueConstraint("event_id", "guest_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("seating_event.id", ondelete="CASCADE"), index=True
    )
    official_id: Mapped[int | None] = mapped_column(
        ForeignKey("official.id", ondelete="CASCADE"), index=True
    )
    guest_id: Mapped[int | None] = mapped_column(
        ForeignKey("guest.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str] = mapped_column(String(8))
    role: Mapped[str | None] = mapped_column(String(12))


class SeatingSeat(Base):
    """A computed seat and who sits there; a swap out of precedence keeps its reason."""

    __tablename__ = "seating_seat"
    __table_args__ = (
        UniqueConstraint("event_id", "block", "place"),
        CheckConstraint("side IS NULL OR side IN ('host', 'guest')", name="side"),
        CheckConstraint("seat_order >= 1", name="seat_order"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("seating_event.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("seating_participant.id", ondelete="CASCADE"), index=True
    )
    block: Mapped[int] = mapped_column(Integer)
    place: Mapped[int] = mapped_column(Integer)
    side: Mapped[str | None] = mapped_column(String(8))
    seat_order: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(12))
    role_number: Mapped[int] = mapped_column(Integer)
    swapped_reason: Mapped[str | None] = mapped_column(Text)


class PlanMeal(Base):
    """A meal of a delegation's reception plan, with the number of guests and of staff."""

    __tablename__ = "plan_meal"
    __table_args__ = (
        CheckConstraint("guests >= 0", name="guests"),
        CheckConstraint("staff >= 0", name="staff"),
        CheckConstraint("cost_yuan >= 0", name="cost_yuan"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(80), default="")
    guests: Mapped[int] = mapped_column(Integer)
    staff: Mapped[int] = mapped_column(Integer)
    cost_yuan: Mapped[int] = mapped_column(Integer, default=0)
    exception_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(String(200), default="")


class PlanVehicle(Base):
    """A vehicle of a delegation's plan, for the whole visit or one programme line."""

    __tablename__ = "plan_vehicle"
    __table_args__ = (CheckConstraint("seats >= 1", name="seats"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation_activity.id", ondelete="SET NULL"), index=True
    )
    plate: Mapped[str] = mapped_column(String(20))
    driver: Mapped[str] = mapped_column(String(40), default="")
    seats: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(String(200), default="")

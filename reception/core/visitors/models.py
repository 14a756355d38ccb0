"""Tables of the visitor queue.

Invariants kept by the database itself, so that two desks cannot break them:
- a ticket number is given once per day and series (unique `day, series, number`), drawn from
  `ticket_number`, a counter row bumped by an atomic upsert;
- one slip, one visit (unique `token_id`), and one check-in per visit (unique `visit_id`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.base import Base, UTCDateTime


class VisitKind(StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"


class TicketState(StrEnum):
    EXPECTED = "expected"  # an appointment not yet arrived: not in the queue
    WAITING = "waiting"
    CALLED = "called"  # called to a counter, being served there
    HELD = "held"  # set aside by a counter (the visitor fetches a document…)
    SERVED = "served"
    NO_SHOW = "no_show"


OPEN_STATES = (TicketState.WAITING, TicketState.CALLED, TicketState.HELD)


class Visitor(Base):
    """A person who has come or will come. Phone and ID number are stored encrypted and
    found by their keyed hashes; the last four phone digits, which the counter asks for and
    slips print anyway, are kept plain for the lookup as one types."""

    __tablename__ = "visitor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(160), index=True)
    name_initials: Mapped[str] = mapped_column(String(40), index=True)
    phone_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_tail: Mapped[str | None] = mapped_column(String(4), index=True)
    phone_masked: Mapped[str] = mapped_column(String(20), default="")
    id_number_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_number_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    visits: Mapped[int] = mapped_column(Integer, default=0)
    last_visit_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Visit(Base):
    """One coming of a visitor: a walk-in registered at the desk, or an appointment
    registered ahead. `day` is the office-local day it belongs to."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("kind IN ('walk_in', 'appointment')", name="kind"),
        CheckConstraint("party_size BETWEEN 1 AND 99", name="party_size"),
        Index("ix_visit_day_left", "day", "left_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitor.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    day: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(60), default="")
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    priority: Mapped[str] = mapped_column(String(20))
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    token_id: Mapped[str] = mapped_column(String(20), unique=True)
    token_expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CheckIn(Base):
    """The scan of a visit's slip. Unique per visit: a second scan finds this row."""

    __tablename__ = "check_in"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    desk: Mapped[str] = mapped_column(String(40), default="")


class Ticket(Base):
    """A visit's place in a queue. `series`+`number` is what is printed and called (A023);
    `queue_series` is the queue it waits in now, which a transfer changes.

    Order: tickets wait by `order_key` = the time they joined the queue minus their class's
    bonus minutes (appointments: their slot), so a bonus is a head start, never a jump over
    everyone: an ordinary ticket that has waited longer than the bonus still goes first."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("day", "series", "number"),
        CheckConstraint("number BETWEEN 1 AND 999", name="number"),
        CheckConstraint(
            "state IN ('expected', 'waiting', 'called', 'held', 'served', 'no_show')",
            name="state",
        ),
        Index("ix_ticket_queue", "day", "state", "queue_series", "order_key"),
        Index("ix_ticket_called", "day", "called_at"),
        # A counter calls one ticket at a time.
        Index(
            "uq_ticket_one_call_per_counter",
            "day",
            "counter",
            unique=True,
            sqlite_where=text("state = 'called'"),
            postgresql_where=text("state = 'called'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    day: Mapped[date] = mapped_column(Date)
    series: Mapped[str] = mapped_column(String(1))
    number: Mapped[int] = mapped_column(Integer)
    queue_series: Mapped[str] = mapped_column(String(1))
    state: Mapped[str] = mapped_column(String(12))
    order_key: Mapped[datetime | None] = mapped_column(UTCDateTime())
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    first_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    served_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    counter: Mapped[int | None] = mapped_column(Integer)
    for_counter: Mapped[int | None] = mapped_column(Integer)
    recalls: Mapped[int] = mapped_column(Integer, default=0)

    @property
    def label(self) -> str:
        return ticket_label(self.series, self.number)


def ticket_label(series: str, number: int) -> str:
    return f"{series}{number:03d}"


class TicketNumber(Base):
    """The last number given per day and series; bumped atomically by an upsert."""

    __tablename__ = "ticket_number"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    series: Mapped[str] = mapped_column(String(1), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)

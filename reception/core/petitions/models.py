"""Tables of the petitions (信访) office: petitioners, cases, visits, conversations,
attachments, the case's events, leader reception days and the working-day calendar.

Protected values (DOMAIN.md section 6): ID numbers, phones, addresses and every case text
(summary, demands, conversations, reasons, replies, attachments) are stored only encrypted
(`*_blob`); an ID number and a phone are found by their keyed hash (`*_hash`) and shown by
their mask (`*_masked`). Names, dates, categories and units are kept plain: the lists and
the statistics need them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.core.petitions.states import CaseForm, CaseState, Mood
from reception.db.base import Base, UTCDateTime

JOINT_VISIT_PEOPLE = 5  # a joint visit (集体访) from this many people
MAX_REPRESENTATIVES = 5
MAX_EXTENSION_DAYS = 30

_FORMS = ", ".join(f"'{f.value}'" for f in CaseForm)
_STATES = ", ".join(f"'{s.value}'" for s in CaseState)
_MOODS = ", ".join(f"'{m.value}'" for m in Mood)


class Petitioner(Base):
    """A person who came, wrote or called. One row per ID number (a unique keyed hash), so
    every case of the same person is found from any of them."""

    __tablename__ = "petitioner"
    __table_args__ = (UniqueConstraint("id_number_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(160), index=True)
    name_initials: Mapped[str] = mapped_column(String(40), index=True)
    gender: Mapped[str | None] = mapped_column(String(8))  # read from the ID number
    id_number_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_number_hash: Mapped[str | None] = mapped_column(String(64))
    id_number_masked: Mapped[str] = mapped_column(String(24), default="")
    phone_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_masked: Mapped[str] = mapped_column(String(20), default="")
    address_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PetitionCase(Base):
    """One matter (信访事项) and its clocks. Dates are the office's days; the deadlines are
    computed from them (reception.core.petitions.clock) and the nearest open one is kept in
    `next_due_on` so that the deadlines view sorts by an index."""

    __tablename__ = "petition_case"
    __table_args__ = (
        UniqueConstraint("case_no"),
        CheckConstraint(f"form IN ({_FORMS})", name="form"),
        CheckConstraint(f"state IN ({_STATES})", name="state"),
        CheckConstraint("people_count >= 1", name="people_count"),
        CheckConstraint(f"is_joint = (people_count >= {JOINT_VISIT_PEOPLE})", name="joint_visit"),
        CheckConstraint(
            f"extension_days BETWEEN 0 AND {MAX_EXTENSION_DAYS}", name="extension_days"
        ),
        CheckConstraint("hearing_days >= 0", name="hearing_days"),
        CheckConstraint("(state = 'final') = is_final", name="final"),
        Index("ix_petition_case_next_due_on", "next_due_on"),
        Index("ix_petition_case_received_on", "received_on"),
        Index("ix_petition_case_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20))  # XF2026-000123
    form: Mapped[str] = mapped_column(String(8))
    received_on: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(80), default="")
    unit_concerned: Mapped[str] = mapped_column(String(80), default="", index=True)
    summary_blob: Mapped[bytes] = mapped_column(LargeBinary)
    demands_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    is_joint: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default=CaseState.REGISTERED.value)
    is_final: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    # the decision on acceptance (受理 or 不予受理)
    decided_on: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    decision_reason_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    # assignment (交办) to the unit that handles it, which may object within 5 working days
    assigned_unit: Mapped[str | None] = mapped_column(String(80), index=True)
    assigned_on: Mapped[date | None] = mapped_column(Date)
    # extension: asked by the officer, approved by the director
    extension_asked_days: Mapped[int | None] = mapped_column(Integer)
    extension_asked_by: Mapped[str | None] = mapped_column(String(40))
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    extension_approved_by: Mapped[str | None] = mapped_column(String(40))
    extended_on: Mapped[date | None] = mapped_column(Date)
    replied_on: Mapped[date | None] = mapped_column(Date)
    reply_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    review_asked_on: Mapped[date | None] = mapped_column(Date)  # 复查 asked
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    re_review_asked_on: Mapped[date | None] = mapped_column(Date)  # 复核 asked
    re_reviewed_on: Mapped[date | None] = mapped_column(Date)
    hearing_days: Mapped[int] = mapped_column(Integer, default=0)  # 听证, not counted
    closed_on: Mapped[date | None] = mapped_column(Date)
    next_due_on: Mapped[date | None] = mapped_column(Date)
    next_due_kind: Mapped[str | None] = mapped_column(String(20))
    visit_count: Mapped[int] = mapped_column(Integer, default=1)
    last_visit_on: Mapped[date] = mapped_column(Date)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(40))


class CasePetitioner(Base):
    """Who brought a case. A joint visit names its representatives, at most five."""

    __tablename__ = "case_petitioner"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("petition_case.id", ondelete="CASCADE"), primary_key=True
    )
    petitioner_id: Mapped[int] = mapped_column(
        ForeignKey("petitioner.id"), primary_key=True, index=True
    )
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PetitionVisit(Base):
    """One coming (visit, letter, call, online message) about a case: the first one opens
    it, each later one is a repeat visit (重复访)."""

    __tablename__ = "petition_visit"
    __table_args__ = (
        CheckConstraint(f"form IN ({_FORMS})", name="form"),
        CheckConstraint("people_count >= 1", name="people_count"),
        Index("ix_petition_visit_case_came_on", "case_id", "came_on"),
        Index("ix_petition_visit_came_on_people", "came_on", "people_count"),  # migration 0006
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("petition_case.id", ondelete="CASCADE"))
    petitioner_id: Mapped[int | None] = mapped_column(ForeignKey("petitioner.id"), index=True)
    came_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(8))
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(40))


class Conversation(Base):
    """A conversation record (接谈记录): who received the person, what was said, demands,
    promises made, the person's state and the next step. Every text is encrypted."""

    __tablename__ = "petition_conversation"
    __table_args__ = (CheckConstraint(f"mood IN ({_MOODS})", name="mood"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("petition_case.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("petition_visit.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_by: Mapped[str] = mapped_column(String(40))  # the officer's display name
    said_blob: Mapped[bytes] = mapped_column(LargeBinary)
    demands_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    promises_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    next_step_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    mood: Mapped[str] = mapped_column(String(12), default=Mood.CALM.value)
    created_by: Mapped[str] = mapped_column(String(40))


class Attachment(Base):
    """A scanned letter or photo, kept in the database with its case, encrypted."""

    __tablename__ = "petition_attachment"
    __table_args__ = (CheckConstraint("size > 0", name="size"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("petition_case.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content_blob: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(40))


class CaseEvent(Base):
    """The case's own history, one row per step: a transition (from_state → to_state),
    an escalation to a leader, an extension asked or refused, a note. The audit chain keeps
    the same facts tamper-evident; this table is what the desk shows."""

    __tablename__ = "petition_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("petition_case.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    on_day: Mapped[date] = mapped_column(Date)  # the office's day the step counts from
    operator_login: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    leader: Mapped[str | None] = mapped_column(String(60))
    note_blob: Mapped[bytes | None] = mapped_column(LargeBinary)


class LeaderReceptionDay(Base):
    """A leader reception day (领导接访日): a leader receives petitioners in slots."""

    __tablename__ = "leader_reception_day"
    __table_args__ = (Index("ix_leader_reception_day_day", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    leader_name: Mapped[str] = mapped_column(String(40))
    leader_post: Mapped[str] = mapped_column(String(80), default="")
    place: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(String(200), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class ReceptionSlot(Base):
    """One slot of a reception day; it receives one case."""

    __tablename__ = "reception_slot"
    __table_args__ = (
        UniqueConstraint("day_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="times"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day_id: Mapped[int] = mapped_column(
        ForeignKey("leader_reception_day.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)


class SlotBooking(Base):
    """A case booked into a slot. A slot holds one live booking: a partial unique index."""

    __tablename__ = "slot_booking"
    __table_args__ = (
        CheckConstraint("state IN ('booked', 'attended', 'absent', 'cancelled')", name="state"),
        Index(
            "uq_slot_booking_live",
            "slot_id",
            unique=True,
            sqlite_where=text("state <> 'cancelled'"),
            postgresql_where=text("state <> 'cancelled'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("reception_slot.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("petition_case.id"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="booked")
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    booked_by: Mapped[str] = mapped_column(String(40))


class CalendarYear(Base):
    """A year the working-day calendar knows; `source` says who entered it."""

    __tablename__ = "work_calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(20))  # "chinesecalendar" or "office"
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CalendarDay(Base):
    """A day that is not what its weekday says: a public holiday (also on weekends, so the
    holiday keeps its name) or an adjusted working day (调休) on a weekend."""

    __tablename__ = "work_calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(40), default="")

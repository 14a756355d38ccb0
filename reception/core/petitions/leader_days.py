"""Leader reception days (领导接访日): a leader receives petitioners on a day, in slots;
the petitions office books cases into the slots. A slot holds one live booking, which the
database keeps (a partial unique index on slot_booking), so two desks cannot book it twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.people import mask_name
from reception.core.petitions.cases import (
    CASE,
    add_event,
    authorize_reading,
    case_row,
    office_today,
    petitioners_of,
    sees_details,
)
from reception.core.petitions.models import (
    LeaderReceptionDay,
    PetitionCase,
    ReceptionSlot,
    SlotBooking,
)
from reception.core.petitions.states import CaseState, EventKind
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

DAY = "leader_reception_day"
BOOKING = "slot_booking"
FREE = "free"
BOOKED, ATTENDED, ABSENT, CANCELLED = "booked", "attended", "absent", "cancelled"
MIN_SLOT_MINUTES = 10
MAX_SLOT_MINUTES = 240
MAX_LEADER_NAME = 40
MAX_POST = 80
MAX_PLACE = 80


@dataclass(frozen=True)
class SlotView:
    """A slot and its live booking, if any (`state` "free" when none)."""

    id: int
    starts_at: time
    ends_at: time
    booking_id: int | None
    case_id: int | None
    case_no: str
    petitioner: str  # masked for roles without SEE_PETITIONER_DETAILS
    state: str


@dataclass(frozen=True)
class ReceptionDayView:
    id: int
    day: date
    leader_name: str
    leader_post: str
    place: str
    notes: str
    cancelled: bool
    slots: list[SlotView]


# -- reading ------------------------------------------------------------------------------


def _day_views(
    session: Session, actor: Actor, days: list[LeaderReceptionDay]
) -> list[ReceptionDayView]:
    ids = [d.id for d in days]
    slots = session.execute(
        select(ReceptionSlot, SlotBooking, PetitionCase.case_no)
        .outerjoin(
            SlotBooking,
            (SlotBooking.slot_id == ReceptionSlot.id) & (SlotBooking.state != CANCELLED),
        )
        .outerjoin(PetitionCase, PetitionCase.id == SlotBooking.case_id)
        .where(ReceptionSlot.day_id.in_(ids))
        .order_by(ReceptionSlot.day_id, ReceptionSlot.starts_at)
    ).all()
    people = petitioners_of(session, sorted({b.case_id for _, b, _ in slots if b is not None}))
    full = sees_details(actor)
    by_day: dict[int, list[SlotView]] = {day_id: [] for day_id in ids}
    for slot, booking, case_no in slots:
        persons = people.get(booking.case_id, []) if booking is not None else []
        name = persons[0].name if persons else ""
        by_day[slot.day_id].append(
            SlotView(
                id=slot.id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                booking_id=booking.id if booking is not None else None,
                case_id=booking.case_id if booking is not None else None,
                case_no=case_no or "",
                petitioner=name if full else mask_name(name),
                state=booking.state if booking is not None else FREE,
            )
        )
    return [
        ReceptionDayView(
            id=d.id,
            day=d.day,
            leader_name=d.leader_name,
            leader_post=d.leader_post,
            place=d.place,
            notes=d.notes,
            cancelled=d.cancelled,
            slots=by_day[d.id],
        )
        for d in days
    ]


def _day_row(session: Session, day_id: int) -> LeaderReceptionDay:
    row = session.get(LeaderReceptionDay, day_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no leader reception day {id}."), id=day_id
        )
    return row


def _day_view(session: Session, actor: Actor, day_id: int) -> ReceptionDayView:
    return _day_views(session, actor, [_day_row(session, day_id)])[0]


def reception_days(
    session: Session, actor: Actor, start: date, end: date
) -> list[ReceptionDayView]:
    """The reception days from `start` to `end` (both included), with their slots."""
    authorize_reading(session, actor)
    days = list(
        session.scalars(
            select(LeaderReceptionDay)
            .where(LeaderReceptionDay.day >= start, LeaderReceptionDay.day <= end)
            .order_by(LeaderReceptionDay.day, LeaderReceptionDay.id)
        )
    )
    return _day_views(session, actor, days)


# -- writing ------------------------------------------------------------------------------


def _words(text: str, most: int, label: str) -> str:
    value = " ".join(text.split())
    if len(value) > most:
        if label == "leader":
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Name the leader, in 1 to {most} characters."),
                most=most,
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The post and place may have at most {most} characters."),
            most=most,
        )
    return value


def _slot_times(starts: time, ends: time, minutes: int) -> list[tuple[time, time]]:
    if isinstance(minutes, bool) or not MIN_SLOT_MINUTES <= minutes <= MAX_SLOT_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A slot lasts {least} to {most} minutes."),
            least=MIN_SLOT_MINUTES,
            most=MAX_SLOT_MINUTES,
        )
    anchor = date(2000, 1, 1)
    start, end = datetime.combine(anchor, starts), datetime.combine(anchor, ends)
    step = timedelta(minutes=minutes)
    if start + step > end:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "From {starts} to {ends} there is no room for one slot of {minutes} minutes.",
            ),
            starts=starts.strftime("%H:%M"),
            ends=ends.strftime("%H:%M"),
            minutes=minutes,
        )
    times = []
    while start + step <= end:
        times.append((start.time(), (start + step).time()))
        start += step
    return times


def add_reception_day(
    session: Session,
    actor: Actor,
    day: date,
    leader_name: str,
    leader_post: str = "",
    place: str = "",
    starts: time = time(9),
    ends: time = time(12),
    slot_minutes: int = 30,
) -> ReceptionDayView:
    """A leader's reception day, cut into slots of `slot_minutes` from `starts` to `ends`."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    leader = _words(leader_name, MAX_LEADER_NAME, "leader")
    if not leader:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Name the leader, in 1 to {most} characters."),
            most=MAX_LEADER_NAME,
        )
    times = _slot_times(starts, ends, slot_minutes)
    row = LeaderReceptionDay(
        day=day,
        leader_name=leader,
        leader_post=_words(leader_post, MAX_POST, "post"),
        place=_words(place, MAX_PLACE, "place"),
        notes="",
        cancelled=False,
    )
    session.add(row)
    session.flush()
    session.add_all(ReceptionSlot(day_id=row.id, starts_at=a, ends_at=b) for a, b in times)
    after = {
        "day": day,
        "leader": leader,
        "post": row.leader_post,
        "place": row.place,
        "slots": len(times),
    }
    record(session, actor, "petition.reception_day.add", DAY, row.id, None, after)
    session.flush()
    return _day_view(session, actor, row.id)


def cancel_reception_day(
    session: Session, actor: Actor, day_id: int, reason: str = ""
) -> ReceptionDayView:
    """Call a reception day off; its live bookings are cancelled with it."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    row = _day_row(session, day_id)
    if row.cancelled:
        return _day_view(session, actor, day_id)
    row.cancelled = True
    row.notes = " ".join(reason.split())[:200]
    live = session.scalars(
        select(SlotBooking)
        .join(ReceptionSlot, ReceptionSlot.id == SlotBooking.slot_id)
        .where(ReceptionSlot.day_id == day_id, SlotBooking.state == BOOKED)
    ).all()
    for booking in live:
        booking.state = CANCELLED
    after = {"cancelled": True, "bookings_cancelled": len(live)}
    record(session, actor, "petition.reception_day.cancel", DAY, day_id, None, after, row.notes)
    session.flush()
    return _day_view(session, actor, day_id)


def _slot(session: Session, slot_id: int) -> tuple[ReceptionSlot, LeaderReceptionDay]:
    found = session.execute(
        select(ReceptionSlot, LeaderReceptionDay)
        .join(LeaderReceptionDay, LeaderReceptionDay.id == ReceptionSlot.day_id)
        .where(ReceptionSlot.id == slot_id)
    ).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no reception slot {id}."), id=slot_id)
    return found[0], found[1]


def live_booking(session: Session, slot_id: int) -> tuple[SlotBooking, str] | None:
    """The slot's live booking and its case number, if it has one."""
    found = session.execute(
        select(SlotBooking, PetitionCase.case_no)
        .join(PetitionCase, PetitionCase.id == SlotBooking.case_id)
        .where(SlotBooking.slot_id == slot_id, SlotBooking.state != CANCELLED)
    ).first()
    return None if found is None else (found[0], found[1])


def book_slot(session: Session, actor: Actor, slot_id: int, case_id: int) -> ReceptionDayView:
    """Book an open case into a free slot of a reception day that is not called off."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    slot, day = _slot(session, slot_id)
    at = slot.starts_at.strftime("%H:%M")
    if day.cancelled:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The reception day of {day} is called off."),
            day=day.day.isoformat(),
        )
    case = case_row(session, case_id, lock=True)
    if not CaseState(case.state).is_open:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Case {case_no} is {state}: it is no longer handled."),
            case_no=case.case_no,
            state=CaseState(case.state).label,
        )
    taken = live_booking(session, slot_id)
    if taken is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "The slot at {time} on {day} is already booked for case {case_no}."
            ),
            time=at,
            day=day.day.isoformat(),
            case_no=taken[1],
        )
    booking = SlotBooking(
        slot_id=slot_id, case_id=case.id, state=BOOKED, booked_at=utcnow(), booked_by=actor.login
    )
    try:
        with session.begin_nested():
            session.add(booking)
            session.flush()
    except IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Another desk has just booked the slot at {time} on {day}: look again."
            ),
            time=at,
            day=day.day.isoformat(),
        ) from None
    add_event(
        session,
        actor,
        case,
        EventKind.BOOKED.value,
        office_today(session),
        leader=day.leader_name,
        note=f"{day.day.isoformat()} {at}",
    )
    after = {"slot_id": slot_id, "case_id": case.id, "day": day.day, "at": at}
    record(session, actor, "petition.booking.add", BOOKING, booking.id, None, after)
    record(session, actor, "petition.booking", CASE, case.id, None, {"booking_id": booking.id})
    session.flush()
    return _day_view(session, actor, day.id)


def _booking(session: Session, booking_id: int) -> tuple[SlotBooking, ReceptionSlot]:
    found = session.execute(
        select(SlotBooking, ReceptionSlot)
        .join(ReceptionSlot, ReceptionSlot.id == SlotBooking.slot_id)
        .where(SlotBooking.id == booking_id)
    ).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no booking {id}."), id=booking_id)
    return found[0], found[1]


def _not_cancelled(booking: SlotBooking) -> None:
    if booking.state == CANCELLED:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "Booking {id} is cancelled."), id=booking.id)


def cancel_booking(
    session: Session, actor: Actor, booking_id: int, reason: str = ""
) -> ReceptionDayView:
    """Free the slot; the booking stays in the history as cancelled."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    booking, slot = _booking(session, booking_id)
    _not_cancelled(booking)
    if booking.state != BOOKED:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Booking {id} is already marked: the reception took place or not."
            ),
            id=booking.id,
        )
    booking.state = CANCELLED
    # The reason may speak of the petitioner: it goes sealed into the case's history, and
    # the audit row keeps only the states.
    add_event(
        session,
        actor,
        case_row(session, booking.case_id),
        EventKind.BOOKING_CANCELLED.value,
        office_today(session),
        note=" ".join(reason.split())[:200],
    )
    record(
        session,
        actor,
        "petition.booking.cancel",
        BOOKING,
        booking.id,
        {"state": BOOKED},
        {"state": CANCELLED},
    )
    session.flush()
    return _day_view(session, actor, slot.day_id)


def mark_booking(
    session: Session, actor: Actor, booking_id: int, attended: bool
) -> ReceptionDayView:
    """Whether the petitioner came to the leader's reception."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    booking, slot = _booking(session, booking_id)
    _not_cancelled(booking)
    before = booking.state
    booking.state = ATTENDED if attended else ABSENT
    record(
        session,
        actor,
        "petition.booking.mark",
        BOOKING,
        booking.id,
        {"state": before},
        {"state": booking.state},
    )
    session.flush()
    return _day_view(session, actor, slot.day_id)

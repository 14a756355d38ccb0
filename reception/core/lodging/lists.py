"""What the guesthouse prints: a guest's room card (welcome slip), the day's arrival and
departure lists, and a delegation's reception list (接待清单, DOMAIN.md section 5).

Plain frozen values, read in the caller's unit of work; the renderers in reception.printing
lay them out. These prints are for lodging clerks and the director: full names are printed
(the room card is handed to the guest it names), ID numbers never. The room card carries the
delegation liaison's full phone number, so making one is audited as a viewing of it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, NotFound
from reception.core.lodging.delegations import LIAISON_PHONE
from reception.core.lodging.models import (
    Activity,
    Delegation,
    Guest,
    Room,
    RoomType,
    Stay,
    StayState,
)
from reception.core.lodging.rooms import authorize_reading
from reception.core.lodging.standards import MAX_STAY_NIGHTS, load_lodging_settings
from reception.core.lodging.views import GuestNeeds, guest_needs, precedence
from reception.core.ranks import RANK_LABELS, Rank
from reception.core.security.audit import record
from reception.core.security.fields import FieldCipher
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import utcnow

PRINT_LIAISON_PHONE = "delegation.liaison_phone.print"  # the audited viewing

# What a guest needs, as the desk and every print name it (context "GuestNeeds").
NEED_HALAL = QT_TRANSLATE_NOOP("GuestNeeds", "Halal meals")
NEED_VEGETARIAN = QT_TRANSLATE_NOOP("GuestNeeds", "Vegetarian meals")
NEED_ALLERGIES = QT_TRANSLATE_NOOP("GuestNeeds", "Allergies: {allergies}")
NEED_ACCESSIBLE = QT_TRANSLATE_NOOP("GuestNeeds", "Accessible room")
NEED_MOBILITY = QT_TRANSLATE_NOOP("GuestNeeds", "Mobility: {mobility}")


@dataclass(frozen=True)
class Need:
    """One line of a guest's needs: an English source in context "GuestNeeds" and the value
    for its {field}, if any (the guest's own words, not translated)."""

    source: str
    values: dict[str, str] = field(default_factory=dict)

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        source = self.source if translate is None else translate("GuestNeeds", self.source)
        return source.format(**self.values)


def need_lines(needs: GuestNeeds) -> list[Need]:
    lines = []
    if needs.halal:
        lines.append(Need(NEED_HALAL))
    if needs.vegetarian:
        lines.append(Need(NEED_VEGETARIAN))
    if needs.allergies.strip():
        lines.append(Need(NEED_ALLERGIES, {"allergies": needs.allergies.strip()}))
    if needs.needs_accessible:
        lines.append(Need(NEED_ACCESSIBLE))
    if needs.mobility.strip():
        lines.append(Need(NEED_MOBILITY, {"mobility": needs.mobility.strip()}))
    return lines


def rank_label(rank: str) -> Phrase:
    """The rank's English source in context "Ranks"; an unknown key (a hand-edited row) as
    it is, so that a print never fails on it."""
    try:
        return Phrase("Ranks", RANK_LABELS[Rank(rank)])
    except ValueError:
        return Phrase("Ranks", rank)


# -- the room card ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomCard:
    """The welcome slip handed to a guest with the key."""

    office_name: str
    stay_id: int
    guest_name: str
    room_number: str
    building: str
    floor: int
    arrive: date
    depart: date
    breakfast: str
    checkout_time: str
    delegation_name: str
    liaison_name: str
    liaison_phone: str  # in full: revealed for this print, the viewing audited
    needs: GuestNeeds

    @property
    def nights(self) -> int:
        return (self.depart - self.arrive).days

    @property
    def need_lines(self) -> list[Need]:
        return need_lines(self.needs)


def _stay_row(session: Session, stay_id: int) -> tuple[Stay, Room, Guest]:
    row = session.execute(
        select(Stay, Room, Guest)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .where(Stay.id == stay_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no stay {stay}."), stay=stay_id)
    return row[0], row[1], row[2]


def room_card(session: Session, actor: Actor, stay_id: int) -> RoomCard:
    """The card for one stay. Reveals the liaison's phone and records that it was printed."""
    authorize_reading(session, actor)
    stay, room, guest = _stay_row(session, stay_id)
    if stay.state == StayState.CANCELLED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Stay {stay} is cancelled: there is no room card for it."),
            stay=stay.id,
        )
    settings = load_lodging_settings(session)
    delegation = session.get(Delegation, guest.delegation_id) if guest.delegation_id else None
    phone = ""
    if delegation is not None and delegation.liaison_phone_blob is not None:
        cipher: FieldCipher = session.info["cipher"]
        phone = cipher.reveal(delegation.liaison_phone_blob, LIAISON_PHONE)
        record(
            session,
            actor,
            PRINT_LIAISON_PHONE,
            "delegation",
            delegation.id,
            None,
            {"stay": stay.id, "guest": guest.id},
        )
    return RoomCard(
        office_name=load_settings(session).office_name,
        stay_id=stay.id,
        guest_name=guest.name,
        room_number=room.number,
        building=room.building,
        floor=room.floor,
        arrive=stay.arrive,
        depart=stay.depart,
        breakfast=settings.breakfast,
        checkout_time=settings.checkout_time,
        delegation_name=delegation.name if delegation else "",
        liaison_name=delegation.liaison_name if delegation else "",
        liaison_phone=phone,
        needs=guest_needs(guest),
    )


# -- the day's arrivals and departures ------------------------------------------------------


@dataclass(frozen=True)
class DayLine:
    stay_id: int
    building: str
    room_number: str
    guest_name: str
    gender: str
    rank: str  # a Rank key; its label is rank_label(rank), context "Ranks"
    delegation_name: str
    arrive: date
    depart: date
    state: str  # a StayState value; its label in context "Stays"
    needs: GuestNeeds

    @property
    def nights(self) -> int:
        return (self.depart - self.arrive).days

    @property
    def need_lines(self) -> list[Need]:
        return need_lines(self.needs)


@dataclass(frozen=True)
class DayLists:
    office_name: str
    day: date
    printed_at: datetime  # UTC
    time_zone: str
    arrivals: list[DayLine]
    departures: list[DayLine]


def _day_lines(session: Session, condition: ColumnElement[bool]) -> list[tuple[Guest, DayLine]]:
    rows = session.execute(
        select(Stay, Room, Guest, Delegation.name)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .outerjoin(Delegation, Delegation.id == Guest.delegation_id)
        .where(condition, Stay.state != StayState.CANCELLED.value)
    ).all()
    return [
        (
            guest,
            DayLine(
                stay.id,
                room.building,
                room.number,
                guest.name,
                guest.gender,
                guest.rank,
                delegation or "",
                stay.arrive,
                stay.depart,
                stay.state,
                guest_needs(guest),
            ),
        )
        for stay, room, guest, delegation in rows
    ]


def arrivals_and_departures(session: Session, actor: Actor, day: date) -> DayLists:
    """Stays that begin on `day` and stays that end on it, each in precedence order. A guest
    who changes rooms that day (a move, or one stay following another) neither arrives nor
    departs, and is on neither list."""
    authorize_reading(session, actor)
    arriving = _day_lines(session, Stay.arrive == day)
    # Bounded both ways on depart for the ix_stay_depart_arrive index.
    departing = _day_lines(
        session, and_(Stay.depart == day, Stay.arrive >= day - timedelta(days=MAX_STAY_NIGHTS))
    )
    staying_on = {guest.id for guest, _ in arriving} & {guest.id for guest, _ in departing}

    def ordered(lines: list[tuple[Guest, DayLine]]) -> list[DayLine]:
        kept = [(guest, line) for guest, line in lines if guest.id not in staying_on]
        return [line for _, line in sorted(kept, key=lambda pair: precedence(pair[0]))]

    settings = load_settings(session)
    return DayLists(
        office_name=settings.office_name,
        day=day,
        printed_at=utcnow(),
        time_zone=settings.time_zone,
        arrivals=ordered(arriving),
        departures=ordered(departing),
    )


# -- the reception list (接待清单) ----------------------------------------------------------


@dataclass(frozen=True)
class ReceptionGuest:
    name: str
    gender: str
    post: str
    rank: str
    is_head: bool
    rooms: tuple[str, ...]  # the room numbers the guest held, in the order of the stays


@dataclass(frozen=True)
class ReceptionActivity:
    starts_at: datetime  # in the office's time zone
    ends_at: datetime | None
    title: str
    place: str
    accompanied_by: str
    cost_yuan: int


@dataclass(frozen=True)
class LodgingLine:
    """Room-nights of one room type at one nightly rate."""

    room_type: str  # a RoomType value; label in context "Rooms"
    rate_yuan: int
    rooms: int
    room_nights: int

    @property
    def cost_yuan(self) -> int:
        return self.rate_yuan * self.room_nights


@dataclass(frozen=True)
class ReceptionList:
    office_name: str
    printed_at: datetime  # UTC
    time_zone: str
    delegation_id: int
    name: str
    unit: str
    purpose: str
    letter_ref: str
    arrive: date
    depart: date
    cancelled: bool
    guests: list[ReceptionGuest]
    activities: list[ReceptionActivity]
    lodging: list[LodgingLine]

    @property
    def activities_total(self) -> int:
        return sum(a.cost_yuan for a in self.activities)

    @property
    def lodging_total(self) -> int:
        return sum(line.cost_yuan for line in self.lodging)

    @property
    def total(self) -> int:
        return self.activities_total + self.lodging_total


def _room_type_grade(value: str) -> int:
    try:
        return RoomType(value).grade
    except ValueError:
        return len(RoomType)


def reception_list(session: Session, actor: Actor, delegation_id: int) -> ReceptionList:
    """The delegation's record: who came (by precedence), what they did, where they slept and
    what it cost. A room shared by two of its guests counts once a night."""
    authorize_reading(session, actor)
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no delegation {id}."), id=delegation_id
        )
    settings = load_settings(session)
    zone = settings.zone
    guests = sorted(
        session.scalars(select(Guest).where(Guest.delegation_id == delegation.id)).all(),
        key=precedence,
    )
    stays = session.execute(
        select(Stay, Room)
        .join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .where(Guest.delegation_id == delegation.id, Stay.state != StayState.CANCELLED.value)
        .order_by(Stay.arrive, Stay.id)
    ).all()
    rooms_of: dict[int, list[str]] = defaultdict(list)
    nights: dict[tuple[str, int], set[tuple[int, date]]] = defaultdict(set)
    for stay, room in stays:
        if room.number not in rooms_of[stay.guest_id]:
            rooms_of[stay.guest_id].append(room.number)
        key = (room.room_type, room.rate_yuan)
        for n in range((stay.depart - stay.arrive).days):
            nights[key].add((room.id, stay.arrive + timedelta(days=n)))
    lodging = [
        LodgingLine(room_type, rate, len({room for room, _ in held}), len(held))
        for (room_type, rate), held in sorted(
            nights.items(), key=lambda item: (_room_type_grade(item[0][0]), item[0][1])
        )
    ]
    activities = [
        ReceptionActivity(
            a.starts_at.astimezone(zone),
            a.ends_at.astimezone(zone) if a.ends_at else None,
            a.title,
            a.place,
            a.accompanied_by,
            a.cost_yuan,
        )
        for a in session.scalars(
            select(Activity)
            .where(Activity.delegation_id == delegation.id)
            .order_by(Activity.starts_at, Activity.id)
        )
    ]
    return ReceptionList(
        office_name=settings.office_name,
        printed_at=utcnow(),
        time_zone=settings.time_zone,
        delegation_id=delegation.id,
        name=delegation.name,
        unit=delegation.unit,
        purpose=delegation.purpose,
        letter_ref=delegation.letter_ref,
        arrive=delegation.arrive,
        depart=delegation.depart,
        cancelled=delegation.cancelled,
        guests=[
            ReceptionGuest(
                g.name, g.gender, g.post, g.rank, g.is_head, tuple(rooms_of.get(g.id, ()))
            )
            for g in guests
        ],
        activities=activities,
        lodging=lodging,
    )

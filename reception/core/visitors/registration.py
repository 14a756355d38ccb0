"""Registering visitors: walk-ins get a ticket in the queue at once; appointments get a
ticket for their day, waiting for the scan of their slip. Returning visitors are found as
the clerk types a phone number, a name, its pinyin or initials."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.people import (
    InvalidPhone,
    check_id_number,
    check_name,
    check_phone,
    mask_name,
    mask_phone,
    name_search_keys,
)
from reception.core.security import tokens
from reception.core.security.audit import record
from reception.core.security.fields import FieldCipher
from reception.core.security.keys import Keys
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.core.visitors.clock import day_end, office_day
from reception.core.visitors.models import (
    Ticket,
    TicketState,
    Visit,
    VisitKind,
    Visitor,
    ticket_label,
)
from reception.core.visitors.numbers import next_number
from reception.core.visitors.order import order_key
from reception.core.visitors.settings import PriorityClass, QueueSettings, load_queue_settings
from reception.core.visitors.status import estimated_wait, people_ahead
from reception.core.visitors.views import Issued, ReturningVisitor, SlipContent

PHONE = "visitor.phone"
ID_NUMBER = "visitor.id_number"
MAX_PARTY = 99
APPOINTMENT_DAYS_AHEAD = 90


@dataclass(frozen=True)
class Registration:
    """What the clerk typed. `visitor_id` reuses a returning visitor found by lookup."""

    name: str
    phone: str
    purpose: str
    host: str = ""
    party_size: int = 1
    priority: str = PriorityClass.ORDINARY
    id_number: str = ""
    series: str = ""  # the service; "" = the first service, or appointments' own series
    appointment_at: datetime | None = None
    visitor_id: int | None = None


@dataclass(frozen=True)
class _Checked:
    name: str
    phone: str
    purpose: str
    host: str
    party_size: int
    priority: str
    id_number: str
    age: int | None
    series: str


def _text(value: str, most: int, field: str, required: bool) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the {field}."), field=field)
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=field,
            most=most,
        )
    return text


FIELD_PURPOSE = QT_TRANSLATE_NOOP("Fields", "purpose of the visit")
FIELD_HOST = QT_TRANSLATE_NOOP("Fields", "host or department")


def _check(form: Registration, settings: QueueSettings, now: datetime) -> _Checked:
    """Every field checked before anything is written; the first problem is reported."""
    name = check_name(form.name)
    # A returning visitor chosen from the lookup keeps the phone on file unless a new one is typed.
    phone = (
        "" if form.visitor_id is not None and not form.phone.strip() else check_phone(form.phone)
    )
    purpose = _text(form.purpose, 200, Phrase("Fields", FIELD_PURPOSE), required=True)
    host = _text(form.host, 60, Phrase("Fields", FIELD_HOST), required=False)
    if isinstance(form.party_size, bool) or not 1 <= int(form.party_size) <= MAX_PARTY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The party size must be 1 to {most} people."),
            most=MAX_PARTY,
        )
    if form.priority not in PriorityClass.__members__.values():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no priority class {priority}."),
            priority=form.priority,
        )
    id_number, age = "", None
    if form.id_number.strip():
        checked = check_id_number(form.id_number, today=now.date())
        id_number = checked.number
        born = checked.birth_date
        today = now.date()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    series = form.series.strip().upper()
    if not series:
        series = (
            settings.appointment_series
            if form.appointment_at is not None
            else settings.services[0].series
        )
    if settings.service(series) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no service with series {series}."),
            series=series,
        )
    return _Checked(
        name, phone, purpose, host, int(form.party_size), form.priority, id_number, age, series
    )


def _priority(checked: _Checked, form: Registration, settings: QueueSettings) -> str:
    """The elderly get their priority from their ID number without anyone asking; an
    appointment holder is in the appointment class unless a stronger one was chosen."""
    priority = checked.priority
    if priority == PriorityClass.ORDINARY:
        if form.appointment_at is not None:
            priority = PriorityClass.APPOINTMENT
        elif checked.age is not None and checked.age >= settings.elderly_age:
            priority = PriorityClass.ELDERLY
    return priority


def _visitor(
    session: Session, cipher: FieldCipher, checked: _Checked, form: Registration, now: datetime
) -> Visitor:
    phone_blob, phone_hash = cipher.protect(checked.phone, PHONE) if checked.phone else (None, None)
    visitor: Visitor | None
    if form.visitor_id is not None:
        visitor = session.get(Visitor, form.visitor_id)
        if visitor is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Visitor {id} does not exist."), id=form.visitor_id
            )
    else:
        # The same name with the same phone is the same person: no duplicate visitor rows.
        visitor = session.scalars(
            select(Visitor).where(Visitor.phone_hash == phone_hash, Visitor.name == checked.name)
        ).first()
    if visitor is None:
        pinyin, initials = name_search_keys(checked.name)
        visitor = Visitor(
            name=checked.name,
            name_pinyin=pinyin,
            name_initials=initials,
            visits=0,
            created_at=now,
        )
        session.add(visitor)
    elif visitor.name != checked.name:
        visitor.name = checked.name
        visitor.name_pinyin, visitor.name_initials = name_search_keys(checked.name)
    if phone_hash is not None and visitor.phone_hash != phone_hash:
        visitor.phone_blob, visitor.phone_hash = phone_blob, phone_hash
        visitor.phone_tail = checked.phone[-4:]
        visitor.phone_masked = mask_phone(checked.phone)
    if checked.id_number:
        visitor.id_number_blob, visitor.id_number_hash = cipher.protect(
            checked.id_number, ID_NUMBER
        )
    visitor.visits += 1
    visitor.last_visit_at = now
    session.flush()
    return visitor


def _appointment(form: Registration, now: datetime) -> datetime | None:
    at = form.appointment_at
    if at is None:
        return None
    if at.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The appointment time needs a time zone."))
    if at < now - timedelta(hours=1):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The appointment time {at} has already passed."),
            at=at.isoformat(timespec="minutes"),
        )
    if at > now + timedelta(days=APPOINTMENT_DAYS_AHEAD):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An appointment can be made at most {days} days ahead."),
            days=APPOINTMENT_DAYS_AHEAD,
        )
    return at


def register(session: Session, actor: Actor, form: Registration, now: datetime) -> Issued:
    """Register a visit and issue its ticket and slip token, in the caller's unit of work."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    office = load_settings(session)
    settings = load_queue_settings(session)
    checked = _check(form, settings, now)
    appointment_at = _appointment(form, now)
    priority = _priority(checked, form, settings)
    cipher: FieldCipher = session.info["cipher"]
    keys: Keys = session.info["keys"]
    zone = office.zone
    day = office_day(appointment_at or now, zone)
    token = tokens.issue(keys, day_end(day, zone))
    visitor = _visitor(session, cipher, checked, form, now)
    kind = VisitKind.APPOINTMENT if appointment_at is not None else VisitKind.WALK_IN
    visit = Visit(
        visitor_id=visitor.id,
        kind=kind,
        day=day,
        purpose=checked.purpose,
        host=checked.host,
        party_size=checked.party_size,
        priority=priority,
        appointment_at=appointment_at,
        registered_at=now,
        registered_by=actor.operator_id,
        arrived_at=None if appointment_at is not None else now,
        token_id=token.token_id,
        token_expires_at=token.expires_at,
    )
    session.add(visit)
    session.flush()
    number = next_number(session, day, checked.series)
    walk_in = appointment_at is None
    ticket = Ticket(
        visit_id=visit.id,
        day=day,
        series=checked.series,
        number=number,
        queue_series=checked.series,
        state=TicketState.WAITING if walk_in else TicketState.EXPECTED,
        order_key=order_key(now, priority, settings) if walk_in else None,
        issued_at=now,
        queued_at=now if walk_in else None,
        recalls=0,
    )
    session.add(ticket)
    session.flush()
    label = ticket_label(checked.series, number)
    ahead = people_ahead(session, ticket) if walk_in else 0
    wait = estimated_wait(session, day, checked.series, ahead, settings) if walk_in else 0
    record(
        session,
        actor,
        "visit.register",
        "visit",
        visit.id,
        None,
        {
            "visitor_id": visitor.id,
            "name": checked.name,
            "phone": visitor.phone_masked,
            "kind": kind.value,
            "ticket": label,
            "day": day.isoformat(),
            "purpose": checked.purpose,
            "host": checked.host,
            "party_size": checked.party_size,
            "priority": priority,
            "appointment_at": appointment_at.isoformat() if appointment_at else None,
        },
    )
    slip = SlipContent(
        office_name=office.office_name,
        ticket=label,
        service=settings.service_name(checked.series),
        masked_name=mask_name(checked.name),
        party_size=checked.party_size,
        host=checked.host or settings.service_name(checked.series),
        issued_at=now,
        people_ahead=ahead if walk_in else None,
        appointment_at=appointment_at,
        token=token.text,
        time_zone=office.time_zone,
    )
    return Issued(visit.id, label, token.text, ahead, wait, slip)


def _prefix(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range the column's B-tree index answers on
    both databases (LIKE would need a case-sensitive collation on SQLite to use it)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


LOOKUP_LIMIT = 8


def find_returning(
    session: Session, actor: Actor, text: str, limit: int = LOOKUP_LIMIT
) -> list[ReturningVisitor]:
    """Visitors matching what the clerk has typed so far: a full phone number, its last
    four digits, a name's beginning, its pinyin or initials ("zs" finds 张三); most recent
    first."""
    actor.require(Permission.SERVE_VISITORS)
    typed = "".join(text.split())
    if not typed:
        return []
    cipher: FieldCipher = session.info["cipher"]
    conditions: list[ColumnElement[bool]] = []
    digits = typed.replace("-", "")
    if digits.isdigit():
        if len(digits) == 4:
            conditions.append(Visitor.phone_tail == digits)
        with suppress(InvalidPhone):  # a number not yet complete matches by its tail only
            conditions.append(Visitor.phone_hash == cipher.lookup_hash(check_phone(typed), PHONE))
    elif typed.isascii():
        key = typed.lower()
        if key.isalpha():
            conditions.append(_prefix(Visitor.name_initials, key))
            if len(key) >= 2:
                conditions.append(_prefix(Visitor.name_pinyin, key))
    else:
        conditions.append(_prefix(Visitor.name, typed))
    if not conditions:
        return []
    visitors = session.scalars(
        select(Visitor)
        .where(or_(*conditions))
        .order_by(Visitor.last_visit_at.desc(), Visitor.id.desc())
        .limit(limit)
    ).all()
    found = []
    for visitor in visitors:
        last = session.scalars(
            select(Visit).where(Visit.visitor_id == visitor.id).order_by(Visit.id.desc()).limit(1)
        ).first()
        found.append(
            ReturningVisitor(
                visitor_id=visitor.id,
                name=visitor.name,
                masked_phone=visitor.phone_masked,
                visits=visitor.visits,
                last_visit_at=visitor.last_visit_at,
                last_purpose=last.purpose if last else "",
                last_host=last.host if last else "",
            )
        )
    return found


def visitor_phone(session: Session, actor: Actor, visitor_id: int) -> str:
    """A returning visitor's full phone number, to prefill the form; the viewing is audited."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    visitor = session.get(Visitor, visitor_id)
    if visitor is None or visitor.phone_blob is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Visitor {id} does not exist."), id=visitor_id)
    cipher: FieldCipher = session.info["cipher"]
    record(session, actor, "visitor.view_phone", "visitor", visitor_id)
    return cipher.reveal(visitor.phone_blob, PHONE)

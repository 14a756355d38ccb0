"""Check-in by the slip's QR code (DOMAIN.md 7): the token is verified for its tag, expiry
and day, then used once. A refused scan writes nothing. A departure scan, or the desk's
button, signs a visitor out of the on-site list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.errors import NotFound
from reception.core.security import tokens
from reception.core.security.audit import record
from reception.core.security.keys import Keys
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.core.visitors.models import (
    CheckIn,
    Ticket,
    TicketState,
    Visit,
    Visitor,
    ticket_label,
)
from reception.core.visitors.order import order_key
from reception.core.visitors.settings import load_queue_settings
from reception.core.visitors.views import OnSiteVisitor, ScanOutcome, ScanResult


def _outcome(session: Session, result: ScanResult, visit: Visit, **extra: object) -> ScanOutcome:
    visitor = session.get(Visitor, visit.visitor_id)
    ticket = session.scalars(select(Ticket).where(Ticket.visit_id == visit.id)).first()
    return ScanOutcome(
        result=result,
        visit_id=visit.id,
        name=visitor.name if visitor else "",
        ticket=ticket_label(ticket.series, ticket.number) if ticket else "",
        host=visit.host,
        appointment_at=visit.appointment_at,
        **extra,  # type: ignore[arg-type]
    )


def scan(
    session: Session,
    actor: Actor,
    payload: str,
    now: datetime,
    *,
    desk: str = "",
    departure: bool = False,
) -> ScanOutcome:
    """What a scanned payload means, and the check-in (or departure) it makes, if any."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    keys: Keys = session.info["keys"]
    try:
        token = tokens.verify(keys, payload, now)
    except tokens.TokenRefused as refused:
        if refused.problem is tokens.TokenProblem.EXPIRED and refused.token_id:
            visit = session.scalars(select(Visit).where(Visit.token_id == refused.token_id)).first()
            if visit is not None:
                return _outcome(
                    session, ScanResult.EXPIRED, visit, expired_at=visit.token_expires_at
                )
            return ScanOutcome(ScanResult.EXPIRED)
        return ScanOutcome(ScanResult.NOT_OURS)
    visit = session.scalars(select(Visit).where(Visit.token_id == token.token_id)).first()
    if visit is None:  # signed with this key, but not a visit of this database
        return ScanOutcome(ScanResult.NOT_OURS)
    office = load_settings(session)
    if visit.day != office_day(now, office.zone):
        return _outcome(session, ScanResult.NOT_TODAY, visit)
    existing = session.scalars(select(CheckIn).where(CheckIn.visit_id == visit.id)).first()
    # A walk-in arrived at registration, an appointment at its first scan: either may leave.
    if departure and visit.arrived_at is not None:
        if visit.left_at is not None:
            return _outcome(session, ScanResult.ALREADY_LEFT, visit, at=visit.left_at)
        _leave(session, actor, visit, now)
        return _outcome(session, ScanResult.LEFT, visit, at=now)
    if departure:  # nobody leaves who has not arrived: nothing is checked in by it either
        return _outcome(session, ScanResult.NOT_ARRIVED, visit)
    if existing is not None:
        return _outcome(session, ScanResult.ALREADY_CHECKED_IN, visit, at=existing.at)
    return _check_in(session, actor, visit, now, desk)


def _check_in(
    session: Session, actor: Actor, visit: Visit, now: datetime, desk: str
) -> ScanOutcome:
    try:
        with session.begin_nested():
            session.add(
                CheckIn(visit_id=visit.id, at=now, operator_id=actor.operator_id, desk=desk)
            )
    except IntegrityError:
        # Another desk checked the same slip in between: the database kept the first.
        first = session.scalars(select(CheckIn).where(CheckIn.visit_id == visit.id)).one()
        return _outcome(session, ScanResult.ALREADY_CHECKED_IN, visit, at=first.at)
    ticket = session.scalars(select(Ticket).where(Ticket.visit_id == visit.id)).first()
    queued = False
    if visit.arrived_at is None:
        visit.arrived_at = now
    if visit.left_at is not None:  # came back after signing out
        visit.left_at = None
    if ticket is not None and ticket.state == TicketState.EXPECTED:
        settings = load_queue_settings(session)
        ticket.state = TicketState.WAITING
        ticket.queued_at = now
        ticket.order_key = order_key(now, visit.priority, settings, visit.appointment_at)
        queued = True
    record(
        session,
        actor,
        "visit.check_in",
        "check_in",
        visit.id,
        None,
        {"desk": desk, "queued": queued, "ticket": ticket.label if ticket else None},
    )
    return _outcome(session, ScanResult.CHECKED_IN, visit, at=now)


def _leave(session: Session, actor: Actor, visit: Visit, now: datetime) -> None:
    visit.left_at = now
    ticket = session.scalars(select(Ticket).where(Ticket.visit_id == visit.id)).first()
    closed = None
    if ticket is not None:
        # Nobody is called who has gone: an open ticket ends with the visit.
        if ticket.state == TicketState.CALLED:
            ticket.state, ticket.served_at, closed = TicketState.SERVED, now, "served"
        elif ticket.state in (TicketState.WAITING, TicketState.HELD, TicketState.EXPECTED):
            ticket.state, closed = TicketState.NO_SHOW, "no_show"
    record(session, actor, "visit.leave", "visit", visit.id, None, {"ticket_closed": closed})


def leave(session: Session, actor: Actor, visit_id: int, now: datetime) -> ScanOutcome:
    """Sign a visitor out by the on-site list's button."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Visit {id} does not exist."), id=visit_id)
    if visit.left_at is not None:
        return _outcome(session, ScanResult.ALREADY_LEFT, visit, at=visit.left_at)
    if visit.arrived_at is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Visit {id} has not arrived yet."), id=visit_id)
    _leave(session, actor, visit, now)
    return _outcome(session, ScanResult.LEFT, visit, at=now)


def on_site(
    session: Session, actor: Actor, now: datetime, *, with_left: bool = False
) -> list[OnSiteVisitor]:
    """Who is in the building now (arrived today, not left), earliest arrival first; with
    `with_left`, everyone who came today (the overview's "visitors today")."""
    from reception.core.people import mask_name

    if not (actor.may(Permission.SERVE_VISITORS) or actor.may(Permission.READ_EVERYTHING)):
        actor.require(Permission.SERVE_VISITORS)
    day = office_day(now, load_settings(session).zone)
    rows = session.execute(
        select(Visit, Visitor.name, Ticket.series, Ticket.number, CheckIn.at)
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .outerjoin(Ticket, Ticket.visit_id == Visit.id)
        .outerjoin(CheckIn, CheckIn.visit_id == Visit.id)
        .where(
            Visit.day == day,
            Visit.arrived_at.is_not(None),
            true() if with_left else Visit.left_at.is_(None),
        )
        .order_by(Visit.arrived_at, Visit.id)
    ).all()
    return [
        OnSiteVisitor(
            visit_id=visit.id,
            name=name,
            masked_name=mask_name(name),
            party_size=visit.party_size,
            host=visit.host,
            purpose=visit.purpose,
            ticket=ticket_label(series, number) if series else "",
            arrived_at=visit.arrived_at or visit.registered_at,
            checked_in_at=checked_in_at,
            left_at=visit.left_at,
        )
        for visit, name, series, number, checked_in_at in rows
    ]

"""What a counter (窗口) does with the queue: call next, call a given ticket, recall, mark a
no-show after the set number of recalls, hold, transfer, mark served (DOMAIN.md 2).

A counter calls one ticket at a time (a partial unique index). Calling the next ticket
while one is still called marks that one served: "next, please" ends the service before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.core.visitors.models import Ticket, TicketState, Visit, Visitor, ticket_label
from reception.core.visitors.settings import Counter, QueueSettings, load_queue_settings
from reception.core.visitors.views import QueuedTicket

PANEL_LIMIT = 300


@dataclass(frozen=True)
class CounterPanel:
    """What a counter's clerk sees: the ticket called now, the queue this counter calls
    from in order, and the tickets it holds."""

    counter: int
    counter_name: str
    series: tuple[str, ...]
    current: QueuedTicket | None
    waiting: list[QueuedTicket]
    held: list[QueuedTicket]
    no_show_after_recalls: int


def _counter(settings: QueueSettings, number: int) -> Counter:
    found = settings.counter(number)
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no counter {number}; see the queue settings."),
            number=number,
        )
    return found


def _today(session: Session, now: datetime) -> date:
    return office_day(now, load_settings(session).zone)


def _queued(ticket: Ticket, visit: Visit, name: str) -> QueuedTicket:
    return QueuedTicket(
        ticket_id=ticket.id,
        visit_id=visit.id,
        ticket=ticket_label(ticket.series, ticket.number),
        series=ticket.queue_series,
        state=ticket.state,
        priority=visit.priority,
        name=name,
        purpose=visit.purpose,
        host=visit.host,
        party_size=visit.party_size,
        queued_at=ticket.queued_at,
        appointment_at=visit.appointment_at,
        counter=ticket.counter,
        called_at=ticket.called_at,
        recalls=ticket.recalls,
        for_counter=ticket.for_counter,
    )


def _views(session: Session, tickets: Sequence[Ticket]) -> list[QueuedTicket]:
    """The tickets with their visits and names, read in one query (a panel lists hundreds)."""
    if not tickets:
        return []
    rows = session.execute(
        select(Visit, Visitor.name)
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .where(Visit.id.in_([t.visit_id for t in tickets]))
    ).all()
    visits = {visit.id: (visit, name) for visit, name in rows}
    return [_queued(t, *visits[t.visit_id]) for t in tickets]


def _view(session: Session, ticket: Ticket) -> QueuedTicket:
    return _views(session, [ticket])[0]


def _snapshot(ticket: Ticket) -> dict[str, object]:
    return {
        "ticket": ticket.label,
        "state": ticket.state,
        "queue_series": ticket.queue_series,
        "counter": ticket.counter,
        "for_counter": ticket.for_counter,
        "recalls": ticket.recalls,
    }


def _callable_by(counter: Counter) -> object:
    return or_(
        and_(Ticket.queue_series.in_(counter.series), Ticket.for_counter.is_(None)),
        Ticket.for_counter == counter.number,
    )


def _current(session: Session, day: date, number: int) -> Ticket | None:
    return session.scalars(
        select(Ticket).where(
            Ticket.day == day, Ticket.counter == number, Ticket.state == TicketState.CALLED
        )
    ).first()


def _require_current(session: Session, day: date, number: int) -> Ticket:
    ticket = _current(session, day, number)
    if ticket is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Counter {number} has no ticket called now."),
            number=number,
        )
    return ticket


def _finish_current(session: Session, actor: Actor, day: date, number: int, now: datetime) -> None:
    current = _current(session, day, number)
    if current is not None:
        before = _snapshot(current)
        current.state, current.served_at = TicketState.SERVED, now
        record(session, actor, "ticket.serve", "ticket", current.id, before, _snapshot(current))
        session.flush()


def _call(
    session: Session, actor: Actor, ticket: Ticket, number: int, now: datetime, action: str
) -> QueuedTicket:
    before = _snapshot(ticket)
    ticket.state = TicketState.CALLED
    ticket.counter = number
    ticket.for_counter = None
    ticket.called_at = now
    ticket.recalls = 0
    ticket.served_at = None
    if ticket.first_called_at is None:
        ticket.first_called_at = now
    session.flush()
    record(session, actor, action, "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def call_next(session: Session, actor: Actor, number: int, now: datetime) -> QueuedTicket | None:
    """Call the first ticket this counter may call; None when its queue is empty."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    counter = _counter(load_queue_settings(session), number)
    day = _today(session, now)
    _finish_current(session, actor, day, number, now)
    ticket = session.scalars(
        select(Ticket)
        .where(Ticket.day == day, Ticket.state == TicketState.WAITING, _callable_by(counter))  # type: ignore[arg-type]
        .order_by(Ticket.order_key, Ticket.id)
        .limit(1)
    ).first()
    if ticket is None:
        return None
    return _call(session, actor, ticket, number, now, "ticket.call")


def _find(session: Session, day: date, label: str) -> Ticket:
    text = "".join(label.split()).upper()
    ticket = None
    if len(text) >= 2 and text[0].isalpha() and text[1:].isdigit():
        ticket = session.scalars(
            select(Ticket).where(
                Ticket.day == day, Ticket.series == text[0], Ticket.number == int(text[1:])
            )
        ).first()
    if ticket is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no ticket {ticket} today."), ticket=label.strip()
        )
    return ticket


def call_ticket(
    session: Session, actor: Actor, number: int, label: str, now: datetime
) -> QueuedTicket:
    """Call a given ticket out of turn: a waiting one, one held, a no-show who came back, or
    one this counter marked served a moment ago (undo)."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    _counter(load_queue_settings(session), number)
    day = _today(session, now)
    ticket = _find(session, day, label)
    if ticket.state == TicketState.EXPECTED:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Ticket {ticket} is an appointment whose slip has not been scanned yet."
            ),
            ticket=ticket.label,
        )
    # A counter may take back its own "served" (the clerk's undo); anyone else may not.
    if ticket.state == TicketState.SERVED and ticket.counter != number:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Ticket {ticket} has already been served."),
            ticket=ticket.label,
        )
    if ticket.state == TicketState.CALLED:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Ticket {ticket} is called at counter {counter} now."),
            ticket=ticket.label,
            counter=ticket.counter,
        )
    _finish_current(session, actor, day, number, now)
    return _call(session, actor, ticket, number, now, "ticket.call_given")


def recall(session: Session, actor: Actor, number: int, now: datetime) -> QueuedTicket:
    """Call the current ticket again: the board announces it once more."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    _counter(load_queue_settings(session), number)
    ticket = _require_current(session, _today(session, now), number)
    before = _snapshot(ticket)
    ticket.recalls += 1
    ticket.called_at = now
    record(session, actor, "ticket.recall", "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def no_show(session: Session, actor: Actor, number: int, now: datetime) -> QueuedTicket:
    """The current ticket's holder did not come, after the set number of recalls."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    settings = load_queue_settings(session)
    _counter(settings, number)
    ticket = _require_current(session, _today(session, now), number)
    if ticket.recalls < settings.no_show_after_recalls:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Call ticket {ticket} again first: a no-show needs {needed} recalls, "
                "it has had {recalls}.",
            ),
            ticket=ticket.label,
            needed=settings.no_show_after_recalls,
            recalls=ticket.recalls,
        )
    before = _snapshot(ticket)
    ticket.state = TicketState.NO_SHOW
    record(session, actor, "ticket.no_show", "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def hold(session: Session, actor: Actor, number: int, now: datetime) -> QueuedTicket:
    """Set the current ticket aside; the counter calls it back later by its number."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    _counter(load_queue_settings(session), number)
    ticket = _require_current(session, _today(session, now), number)
    before = _snapshot(ticket)
    ticket.state = TicketState.HELD
    record(session, actor, "ticket.hold", "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def transfer(
    session: Session,
    actor: Actor,
    number: int,
    now: datetime,
    *,
    to_series: str | None = None,
    to_counter: int | None = None,
) -> QueuedTicket:
    """Send the current ticket to another series' queue or to one counter. It keeps its
    place in time, so it does not start waiting again from the back."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    settings = load_queue_settings(session)
    _counter(settings, number)
    if (to_series is None) == (to_counter is None):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Transfer to either a series or a counter."))
    ticket = _require_current(session, _today(session, now), number)
    before = _snapshot(ticket)
    if to_series is not None:
        series = to_series.strip().upper()
        if settings.service(series) is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no service with series {series}."),
                series=to_series,
            )
        ticket.queue_series, ticket.for_counter = series, None
    else:
        assert to_counter is not None
        if to_counter == number:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The ticket is already at counter {number}."),
                number=number,
            )
        _counter(settings, to_counter)
        ticket.for_counter = to_counter
    ticket.state, ticket.counter = TicketState.WAITING, None
    record(session, actor, "ticket.transfer", "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def serve(session: Session, actor: Actor, number: int, now: datetime) -> QueuedTicket:
    """The current ticket has been served; its service time is kept for wait estimates."""
    authorize(session, actor, Permission.SERVE_VISITORS)
    _counter(load_queue_settings(session), number)
    ticket = _require_current(session, _today(session, now), number)
    before = _snapshot(ticket)
    ticket.state, ticket.served_at = TicketState.SERVED, now
    record(session, actor, "ticket.serve", "ticket", ticket.id, before, _snapshot(ticket))
    return _view(session, ticket)


def counter_panel(session: Session, actor: Actor, number: int, now: datetime) -> CounterPanel:
    actor.require(Permission.SERVE_VISITORS)
    settings = load_queue_settings(session)
    counter = _counter(settings, number)
    day = _today(session, now)
    current = _current(session, day, number)
    waiting = session.scalars(
        select(Ticket)
        .where(Ticket.day == day, Ticket.state == TicketState.WAITING, _callable_by(counter))  # type: ignore[arg-type]
        .order_by(Ticket.order_key, Ticket.id)
        .limit(PANEL_LIMIT)
    ).all()
    held = session.scalars(
        select(Ticket)
        .where(Ticket.day == day, Ticket.state == TicketState.HELD, Ticket.counter == number)
        .order_by(Ticket.called_at)
    ).all()
    return CounterPanel(
        counter=number,
        counter_name=counter.name,
        series=counter.series,
        current=_view(session, current) if current else None,
        waiting=_views(session, waiting),
        held=_views(session, held),
        no_show_after_recalls=settings.no_show_after_recalls,
    )

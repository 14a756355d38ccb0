"""Acknowledging an alert (知道了): by the operator, by name, kept in the audit. The alert then
leaves every desk's banner (raised.current_alerts reads the acknowledgements), and the list
of alerts says who acknowledged it and when.

Acknowledging an alert already acknowledged (two desks at once, a click on a banner not yet
refreshed) changes nothing and says who did it first: the writers are serialised on the
audit chain, and the key is unique in the database besides."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.alerts.models import NOTE_MOST, AlertAcknowledgement
from reception.core.alerts.raised import AREA_OF, AlertKind
from reception.core.dashboard.access import authorize_area
from reception.core.errors import InvalidInput, NotPermitted
from reception.core.security.audit import lock_chain, record
from reception.core.security.models import Operator
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

ENTITY = "alert"
ACTION = "alert.acknowledge"
_DAY = r"\d{4}-\d{2}-\d{2}"
_KEY = re.compile(rf"(?P<kind>joint|arriving|wait|final):\d+|(?P<dated>due|overdue):\d+:{_DAY}")


@dataclass(frozen=True)
class Acknowledgement:
    """Who acknowledged the alert `key`, when, with what note; `new` is False when it had
    been acknowledged before (nothing was written this time)."""

    key: str
    operator_id: int
    operator_name: str
    acknowledged_at: datetime
    note: str
    new: bool


def kind_of(key: str) -> AlertKind:
    """The kind of alert a key names; InvalidInput when it names none."""
    match = _KEY.fullmatch(key)
    if match is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no alert {key}."), key=key)
    return AlertKind(match.group("kind") or match.group("dated"))


def _existing(session: Session, key: str) -> Acknowledgement | None:
    row = session.execute(
        select(AlertAcknowledgement, Operator.display_name)
        .join(Operator, Operator.id == AlertAcknowledgement.operator_id)
        .where(AlertAcknowledgement.key == key)
    ).one_or_none()
    if row is None:
        return None
    ack, name = row
    return Acknowledgement(ack.key, ack.operator_id, name, ack.acknowledged_at, ack.note, False)


def acknowledge(session: Session, actor: Actor, key: str, note: str = "") -> Acknowledgement:
    """Acknowledge the alert `key` as `actor`, who must read its area. Written with an
    audit row ("alert.acknowledge"); an alert acknowledged before is left as it was."""
    key = key.strip()
    kind = kind_of(key)
    authorize_area(session, actor, AREA_OF[kind])
    text = " ".join(note.split())
    if len(text) > NOTE_MOST:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A note may have at most {most} characters."),
            most=NOTE_MOST,
        )
    lock_chain(session)  # from here on no other desk writes: the check below holds
    before = _existing(session, key)
    if before is not None:
        return before
    if actor.operator_id is None:  # the system itself: authorize_area lets no such role by
        raise NotPermitted(QT_TRANSLATE_NOOP("Errors", "Only an operator acknowledges an alert."))
    row = AlertAcknowledgement(
        key=key, operator_id=actor.operator_id, acknowledged_at=utcnow(), note=text
    )
    try:
        with session.begin_nested():  # the unique key, should a writer get past the lock
            session.add(row)
    except IntegrityError:
        raced = _existing(session, key)
        if raced is None:
            raise
        return raced
    record(
        session,
        actor,
        ACTION,
        ENTITY,
        key,
        None,
        {"key": key, "operator_id": actor.operator_id, "note": text},
    )
    name = session.scalar(select(Operator.display_name).where(Operator.id == actor.operator_id))
    return Acknowledgement(
        key, actor.operator_id, name or actor.login, row.acknowledged_at, text, True
    )

"""The audit chain: every change writes one row in the same transaction, linked to the row
before it by a SHA-256 hash, so an edited, deleted or reordered row is found by `verify`."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.security.models import AuditEntry, AuditHead
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

GENESIS = "0" * 64


def canonical(value: dict[str, Any] | None) -> str | None:
    """The one JSON spelling of a before/after value: the hash covers this exact text."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    *,
    seq: int,
    at: datetime,
    operator_id: int | None,
    operator_login: str,
    action: str,
    entity: str,
    entity_id: str | None,
    before: str | None,
    after: str | None,
    reason: str | None,
    prev_hash: str,
) -> str:
    stamp = at.replace(tzinfo=None).isoformat(timespec="microseconds")
    fields = [seq, stamp, operator_id, operator_login, action, entity, entity_id]
    fields += [before, after, reason, prev_hash]
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()


def _hash_of(row: AuditEntry) -> str:
    return entry_hash(
        seq=row.seq,
        at=row.at,
        operator_id=row.operator_id,
        operator_login=row.operator_login,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        before=row.before,
        after=row.after,
        reason=row.reason,
        prev_hash=row.prev_hash,
    )


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEntry:
    """Append one audit row to the chain in the caller's transaction."""
    head = session.execute(
        select(AuditHead)
        .where(AuditHead.id == 1)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    # An instant truncated to microseconds, as both databases store it.
    row = AuditEntry(
        seq=head.seq + 1,
        at=utcnow(),
        operator_id=actor.operator_id,
        operator_login=actor.login,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=canonical(before),
        after=canonical(after),
        reason=reason,
        prev_hash=head.hash,
    )
    row.hash = _hash_of(row)
    session.add(row)
    head.seq, head.hash = row.seq, row.hash
    session.flush()
    return row


def lock_chain(session: Session) -> None:
    """Serialise this unit with every other writer from here on (a row lock on PostgreSQL;
    SQLite's BEGIN IMMEDIATE already does it), so checks such as "is this the last
    administrator?" cannot race with another desk's change."""
    session.execute(select(AuditHead.seq).where(AuditHead.id == 1).with_for_update())


def head_seq(session: Session) -> int:
    """The change counter every desk polls: it grows with every committed change."""
    return session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0


def entities_changed_since(session: Session, seq: int) -> set[str]:
    """Which kinds of record changed after `seq`, so each view decides whether to refresh."""
    rows = session.scalars(select(AuditEntry.entity).where(AuditEntry.seq > seq).distinct())
    return set(rows)


@dataclass(frozen=True)
class ChainFault:
    """The first row where the chain breaks, and how."""

    seq: int
    problem: str  # translatable source, context "Audit"


@dataclass(frozen=True)
class ChainReport:
    rows: int
    fault: ChainFault | None

    @property
    def intact(self) -> bool:
        return self.fault is None


def _walk(session: Session, batch: int) -> Iterator[AuditEntry]:
    last = 0
    while True:
        page = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not page:
            return
        yield from page
        last = page[-1].seq
        session.expunge_all()


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in order; name the first row that was edited, deleted or reordered."""
    expected_seq, prev = 1, GENESIS
    count = 0
    for row in _walk(session, batch):
        count += 1
        if row.seq != expected_seq:
            return ChainReport(
                count,
                ChainFault(
                    expected_seq,
                    QT_TRANSLATE_NOOP("Audit", "row {seq} is missing (deleted or renumbered)"),
                ),
            )
        if row.prev_hash != prev:
            return ChainReport(
                count,
                ChainFault(
                    row.seq,
                    QT_TRANSLATE_NOOP(
                        "Audit", "row {seq} does not follow the row before it (reordered)"
                    ),
                ),
            )
        if _hash_of(row) != row.hash:
            return ChainReport(
                count, ChainFault(row.seq, QT_TRANSLATE_NOOP("Audit", "row {seq} was edited"))
            )
        prev, expected_seq = row.hash, expected_seq + 1
    last = expected_seq - 1
    head = session.get(AuditHead, 1)
    if head is not None and head.seq == last and last > 0 and head.hash != prev:
        # The last row was edited and rehashed: only the head still knows its old hash.
        return ChainReport(
            count, ChainFault(last, QT_TRANSLATE_NOOP("Audit", "row {seq} was edited"))
        )
    if head is None or head.seq != last or head.hash != prev:
        return ChainReport(
            count,
            ChainFault(
                expected_seq,
                QT_TRANSLATE_NOOP("Audit", "row {seq} and those after it were deleted"),
            ),
        )
    return ChainReport(count, None)


def count_entries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    operator_login: str
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None
    reason: str | None


def page(
    session: Session,
    actor: Actor,
    *,
    before_seq: int | None = None,
    limit: int = 200,
    text: str = "",
) -> list[AuditRow]:
    """Newest first, paged by key: the rows older than `before_seq`."""
    actor.require(Permission.READ_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if text:
        query = query.where(
            AuditEntry.action.icontains(text, autoescape=True)
            | AuditEntry.operator_login.icontains(text, autoescape=True)
            | AuditEntry.entity_id.icontains(text, autoescape=True)
        )
    return [
        AuditRow(
            r.seq,
            r.at,
            r.operator_login,
            r.action,
            r.entity,
            r.entity_id,
            r.before,
            r.after,
            r.reason,
        )
        for r in session.scalars(query)
    ]

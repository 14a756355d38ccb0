"""A delegation's checklist: the tasks before it arrives (car at the station, meals booked,
rooms ready…), each due at a time. A new delegation gets the office's default tasks
(LodgingSettings.checklist); the clerk adds, ticks and removes tasks. An open task past its
due time is overdue: the desk shows it in red, and the dashboard lists them all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.lodging.models import ChecklistItem, Delegation
from reception.core.lodging.standards import LodgingSettings
from reception.core.security.audit import record
from reception.core.security.models import Operator
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

ENTITY = "checklist"
TITLE_MOST = 80


@dataclass(frozen=True)
class ChecklistView:
    id: int
    delegation_id: int
    delegation_name: str
    title: str
    due_at: datetime
    done_at: datetime | None
    done_by: str | None  # the operator's sign-in name
    position: int
    done_by_name: str | None = None  # the operator's display name, when read with the items

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, now: datetime) -> bool:
        """Still open after its due time."""
        return self.done_at is None and self.due_at < now


def checklist_view(
    item: ChecklistItem, delegation_name: str, done_by_name: str | None = None
) -> ChecklistView:
    return ChecklistView(
        item.id,
        item.delegation_id,
        delegation_name,
        item.title,
        item.due_at,
        item.done_at,
        item.done_by,
        item.position,
        done_by_name,
    )


# -- shared by the lodging services of this area -------------------------------------------


def authorize_reading(session: Session, actor: Actor) -> None:
    """Lodging clerks and the director (who reads everything) may look."""
    if actor.may(Permission.MANAGE_LODGING):
        authorize(session, actor, Permission.MANAGE_LODGING)
    else:
        authorize(session, actor, Permission.READ_EVERYTHING)


def delegation_row(
    session: Session, delegation_id: int, *, lock: bool = False, live: bool = False
) -> Delegation:
    """The delegation, or NotFound; `live` refuses a cancelled one (nothing more is planned
    for it); `lock` holds it until the unit ends."""
    query = select(Delegation).where(Delegation.id == delegation_id)
    if lock:
        query = query.with_for_update()
    delegation = session.scalars(query).first()
    if delegation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no delegation {id}."), id=delegation_id
        )
    if live and delegation.cancelled:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The delegation {name} is cancelled."),
            name=delegation.name,
        )
    return delegation


def arrival_moment(day: date, settings: LodgingSettings, zone: ZoneInfo) -> datetime:
    """When a delegation is expected on its arrival day (the office's arrival time)."""
    hours, minutes = (int(part) for part in settings.arrival_time.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=zone)


def default_items(
    session: Session, delegation: Delegation, settings: LodgingSettings, zone: ZoneInfo
) -> list[ChecklistItem]:
    """The office's default tasks for a new delegation, due `hours_before` its arrival."""
    arrival = arrival_moment(delegation.arrive, settings, zone)
    items = [
        ChecklistItem(
            delegation_id=delegation.id,
            title=task.title,
            due_at=arrival - timedelta(hours=task.hours_before),
            position=position,
        )
        for position, task in enumerate(settings.checklist)
    ]
    session.add_all(items)
    session.flush()
    return items


def _title(text: str) -> str:
    title = " ".join(text.split())
    if not title or len(title) > TITLE_MOST:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A checklist task needs a title of 1 to 80 characters.")
        )
    return title


def _due(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The due time needs a time zone."))
    return moment


def _snapshot(item: ChecklistItem) -> dict[str, object]:
    return {
        "delegation_id": item.delegation_id,
        "title": item.title,
        "due_at": item.due_at.isoformat(timespec="minutes"),
    }


def _item(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no checklist task {id}."), id=item_id)
    return item


# -- services ------------------------------------------------------------------------------


def add_item(
    session: Session, actor: Actor, delegation_id: int, title: str, due_at: datetime
) -> ChecklistView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    delegation = delegation_row(session, delegation_id, live=True)
    checked_title, checked_due = _title(title), _due(due_at)
    last = session.scalars(
        select(ChecklistItem.position)
        .where(ChecklistItem.delegation_id == delegation.id)
        .order_by(ChecklistItem.position.desc())
        .limit(1)
    ).first()
    item = ChecklistItem(
        delegation_id=delegation.id,
        title=checked_title,
        due_at=checked_due,
        position=0 if last is None else last + 1,
    )
    session.add(item)
    session.flush()
    record(session, actor, "checklist.add", ENTITY, item.id, None, _snapshot(item))
    return checklist_view(item, delegation.name)


def update_item(
    session: Session, actor: Actor, item_id: int, title: str, due_at: datetime
) -> ChecklistView:
    """Another title or due time for a task."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    item = _item(session, item_id)
    delegation = delegation_row(session, item.delegation_id, live=True)
    checked_title, checked_due = _title(title), _due(due_at)
    before = _snapshot(item)
    item.title, item.due_at = checked_title, checked_due
    session.flush()
    after = _snapshot(item)
    if after != before:
        record(session, actor, "checklist.change", ENTITY, item.id, before, after)
    return checklist_view(item, delegation.name)


def tick(
    session: Session, actor: Actor, item_id: int, done: bool, now: datetime | None = None
) -> ChecklistView:
    """Mark a task done (when and by whom is kept) or open again."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    item = _item(session, item_id)
    delegation = delegation_row(session, item.delegation_id)
    if done == (item.done_at is not None):
        return checklist_view(item, delegation.name)
    before = {"title": item.title, "done_at": item.done_at, "done_by": item.done_by}
    if done:
        item.done_at, item.done_by = now or utcnow(), actor.login[:40]
    else:
        item.done_at, item.done_by = None, None
    session.flush()
    after = {"title": item.title, "done_at": item.done_at, "done_by": item.done_by}
    action = "checklist.done" if done else "checklist.reopen"
    record(session, actor, action, ENTITY, item.id, before, after)
    return checklist_view(item, delegation.name)


def remove_item(session: Session, actor: Actor, item_id: int) -> None:
    authorize(session, actor, Permission.MANAGE_LODGING)
    item = _item(session, item_id)
    before = _snapshot(item) | {"done_at": item.done_at, "done_by": item.done_by}
    session.delete(item)
    session.flush()
    record(session, actor, "checklist.remove", ENTITY, item_id, before, None)


def list_items(session: Session, actor: Actor, delegation_id: int) -> list[ChecklistView]:
    """A delegation's tasks by due time."""
    authorize_reading(session, actor)
    delegation = delegation_row(session, delegation_id)
    return items_of(session, delegation)


def items_of(session: Session, delegation: Delegation) -> list[ChecklistView]:
    """The tasks by due time, each with the display name of who did it."""
    rows = session.execute(
        select(ChecklistItem, Operator.display_name)
        .outerjoin(Operator, Operator.login == ChecklistItem.done_by)
        .where(ChecklistItem.delegation_id == delegation.id)
        .order_by(ChecklistItem.due_at, ChecklistItem.position, ChecklistItem.id)
    ).all()
    return [checklist_view(item, delegation.name, name) for item, name in rows]


def overdue_items(session: Session, actor: Actor, now: datetime) -> list[ChecklistView]:
    """Open tasks past their due time, of every delegation not cancelled that has not left
    (after its departure day a task left undone is no longer overdue, as the page shows),
    oldest first."""
    authorize_reading(session, actor)
    day = office_day(now, load_settings(session).zone)
    rows = session.execute(
        select(ChecklistItem, Delegation.name)
        .join(Delegation, Delegation.id == ChecklistItem.delegation_id)
        .where(
            ChecklistItem.done_at.is_(None),
            ChecklistItem.due_at < now,
            Delegation.cancelled.is_(False),
            Delegation.depart >= day,
        )
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
    ).all()
    return [checklist_view(item, name) for item, name in rows]

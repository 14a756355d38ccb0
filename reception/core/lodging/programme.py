"""A delegation's programme: what it does, when, where, who of the office accompanies it
and what it costs. The reception list (接待清单, DOMAIN.md section 5) is made from these
lines and the stays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput, NotFound
from reception.core.lodging.checklist import authorize_reading, delegation_row
from reception.core.lodging.models import Activity, Delegation
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.core.visitors.clock import day_end, day_start

ENTITY = "activity"
MAX_COST_YUAN = 10_000_000

FIELD_TITLE = QT_TRANSLATE_NOOP("Fields", "activity")
FIELD_PLACE = QT_TRANSLATE_NOOP("Fields", "place")
FIELD_ACCOMPANIED = QT_TRANSLATE_NOOP("Fields", "accompanying staff")


@dataclass(frozen=True)
class ActivityForm:
    starts_at: datetime
    ends_at: datetime | None
    place: str
    title: str
    accompanied_by: str = ""
    cost_yuan: int = 0


@dataclass(frozen=True)
class ActivityView:
    id: int
    delegation_id: int
    starts_at: datetime
    ends_at: datetime | None
    place: str
    title: str
    accompanied_by: str
    cost_yuan: int


def activity_view(activity: Activity) -> ActivityView:
    return ActivityView(
        activity.id,
        activity.delegation_id,
        activity.starts_at,
        activity.ends_at,
        activity.place,
        activity.title,
        activity.accompanied_by,
        activity.cost_yuan,
    )


def _text(value: str, most: int, field: str, required: bool) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the {field}."), field=Phrase("Fields", field)
        )
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=Phrase("Fields", field),
            most=most,
        )
    return text


def within_stay(moment: datetime, arrive: date, depart: date, zone: ZoneInfo) -> bool:
    """Whether `moment` falls on one of the days from arrival to departure, inclusive."""
    return day_start(arrive, zone) <= moment < day_end(depart, zone)


def _checked(form: ActivityForm, delegation: Delegation, zone: ZoneInfo) -> ActivityForm:
    if form.starts_at.tzinfo is None or (form.ends_at is not None and form.ends_at.tzinfo is None):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The activity's times need a time zone."))
    if form.ends_at is not None and form.ends_at <= form.starts_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The activity must end after it starts."))
    if not within_stay(form.starts_at, delegation.arrive, delegation.depart, zone):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The activity must fall within the delegation's visit, {arrive} to {depart}.",
            ),
            arrive=delegation.arrive.isoformat(),
            depart=delegation.depart.isoformat(),
        )
    if isinstance(form.cost_yuan, bool) or not 0 <= int(form.cost_yuan) <= MAX_COST_YUAN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The cost is 0 to {most} yuan."), most=MAX_COST_YUAN
        )
    return ActivityForm(
        starts_at=form.starts_at,
        ends_at=form.ends_at,
        place=_text(form.place, 80, FIELD_PLACE, required=False),
        title=_text(form.title, 120, FIELD_TITLE, required=True),
        accompanied_by=_text(form.accompanied_by, 120, FIELD_ACCOMPANIED, required=False),
        cost_yuan=int(form.cost_yuan),
    )


def _snapshot(activity: Activity) -> dict[str, object]:
    return {
        "delegation_id": activity.delegation_id,
        "starts_at": activity.starts_at.isoformat(timespec="minutes"),
        "ends_at": activity.ends_at.isoformat(timespec="minutes") if activity.ends_at else None,
        "place": activity.place,
        "title": activity.title,
        "accompanied_by": activity.accompanied_by,
        "cost_yuan": activity.cost_yuan,
    }


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no programme line {id}."), id=activity_id
        )
    return activity


def add_activity(
    session: Session, actor: Actor, delegation_id: int, form: ActivityForm
) -> ActivityView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    delegation = delegation_row(session, delegation_id, live=True)
    checked = _checked(form, delegation, load_settings(session).zone)
    activity = Activity(
        delegation_id=delegation.id,
        starts_at=checked.starts_at,
        ends_at=checked.ends_at,
        place=checked.place,
        title=checked.title,
        accompanied_by=checked.accompanied_by,
        cost_yuan=checked.cost_yuan,
    )
    session.add(activity)
    session.flush()
    record(session, actor, "activity.add", ENTITY, activity.id, None, _snapshot(activity))
    return activity_view(activity)


def update_activity(
    session: Session, actor: Actor, activity_id: int, form: ActivityForm
) -> ActivityView:
    authorize(session, actor, Permission.MANAGE_LODGING)
    activity = _activity(session, activity_id)
    delegation = delegation_row(session, activity.delegation_id, live=True)
    checked = _checked(form, delegation, load_settings(session).zone)
    before = _snapshot(activity)
    activity.starts_at, activity.ends_at = checked.starts_at, checked.ends_at
    activity.place, activity.title = checked.place, checked.title
    activity.accompanied_by, activity.cost_yuan = checked.accompanied_by, checked.cost_yuan
    session.flush()
    after = _snapshot(activity)
    if after != before:
        record(session, actor, "activity.change", ENTITY, activity.id, before, after)
    return activity_view(activity)


def remove_activity(session: Session, actor: Actor, activity_id: int) -> None:
    authorize(session, actor, Permission.MANAGE_LODGING)
    activity = _activity(session, activity_id)
    before = _snapshot(activity)
    session.delete(activity)
    session.flush()
    record(session, actor, "activity.remove", ENTITY, activity_id, before, None)


def list_activities(session: Session, actor: Actor, delegation_id: int) -> list[ActivityView]:
    """The programme in time order."""
    authorize_reading(session, actor)
    delegation = delegation_row(session, delegation_id)
    return activities_of(session, delegation.id)


def activities_of(session: Session, delegation_id: int) -> list[ActivityView]:
    rows = session.scalars(
        select(Activity)
        .where(Activity.delegation_id == delegation_id)
        .order_by(Activity.starts_at, Activity.id)
    )
    return [activity_view(activity) for activity in rows]

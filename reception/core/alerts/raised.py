"""The alerts raised now: derived from the data on every read, so that any desk computes the
same list and no background job is needed. Each rule is the WHERE clause of a list the desk
already has, read through that list's index and bounded to the office day:

- joint visit (petitions): visits that came today with five people or more, as the dashboard
  counts them (ix_petition_visit_came_on_people); one alert per visit, "joint:{visit}";
- case due / overdue (petitions): open cases whose next deadline is at most N days ahead,
  the deadlines view's filter (ix_petition_case_next_due_on); "due:{case}:{day}" and
  "overdue:{case}:{day}" apart, so that acknowledging "due in 3 days" does not silence
  "overdue", and a deadline moved on raises a new alert;
- delegation arriving (lodging): a delegation not cancelled, with a checklist task still
  open, from N minutes before its arrival moment to the end of its arrival day
  (ix_delegation_arrive_depart). A delegation has an arrival day only: the moment is the
  start of its first programme activity on that day, else 09:00 office time;
  "arriving:{delegation}";
- long wait (queue): today's tickets waiting since more than N minutes ago (ix_ticket_queue);
  "wait:{ticket}", opening the visitor on the on-site list;
- final matter presented again (petitions): a repeat visit that came today on a final case
  (intake.record_repeat_visit records it and tells the desk); "final:{visit}".

Only the areas the operator's role reads (dashboard.access.sees, with the role as the
database knows it now), only unacknowledged ones unless asked, the most urgent first.
Texts are translatable sources (context "Alerts") with values; names are masked."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.alerts.models import AlertAcknowledgement
from reception.core.alerts.rules import AlertRules, load_alert_rules
from reception.core.dashboard.access import Area, sees
from reception.core.dashboard.petition_figures import OPEN
from reception.core.lodging.models import Activity, ChecklistItem, Delegation
from reception.core.people import mask_name
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.states import DueKind
from reception.core.security.models import Operator
from reception.core.security.roles import Actor, Role
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.core.visitors.clock import day_end, day_start, minutes_between, office_day
from reception.core.visitors.models import Ticket, TicketState, Visit, Visitor, ticket_label

CONTEXT = "Alerts"
ARRIVAL_TIME = time(9)  # a delegation's arrival moment when its programme says nothing
KEY_CHUNK = 500  # keys per IN list when reading the acknowledgements


class AlertKind(StrEnum):
    JOINT_VISIT = "joint"
    CASE_DUE = "due"
    CASE_OVERDUE = "overdue"
    ARRIVING = "arriving"
    LONG_WAIT = "wait"
    FINAL_AGAIN = "final"


class Severity(IntEnum):
    """Higher is more urgent: someone is at the door now, then a clock has run out, then a
    clock is running out."""

    NOTICE = 1
    WARNING = 2
    URGENT = 3


# Whose alert it is (the dashboard's areas) and the desk page that opens its record.
AREA_OF: dict[AlertKind, Area] = {
    AlertKind.JOINT_VISIT: Area.PETITIONS,
    AlertKind.CASE_DUE: Area.PETITIONS,
    AlertKind.CASE_OVERDUE: Area.PETITIONS,
    AlertKind.ARRIVING: Area.LODGING,
    AlertKind.LONG_WAIT: Area.QUEUE,
    AlertKind.FINAL_AGAIN: Area.PETITIONS,
}
PAGE_OF: dict[AlertKind, str] = {
    AlertKind.JOINT_VISIT: "petitions",
    AlertKind.CASE_DUE: "petitions",
    AlertKind.CASE_OVERDUE: "petitions",
    AlertKind.ARRIVING: "delegations",
    AlertKind.LONG_WAIT: "onsite",
    AlertKind.FINAL_AGAIN: "petitions",
}
SEVERITY_OF: dict[AlertKind, Severity] = {
    AlertKind.JOINT_VISIT: Severity.URGENT,
    AlertKind.FINAL_AGAIN: Severity.URGENT,
    AlertKind.ARRIVING: Severity.URGENT,
    AlertKind.CASE_OVERDUE: Severity.WARNING,
    AlertKind.LONG_WAIT: Severity.WARNING,
    AlertKind.CASE_DUE: Severity.NOTICE,
}
KIND_LABELS: dict[AlertKind, str] = {
    AlertKind.JOINT_VISIT: QT_TRANSLATE_NOOP("Alerts", "Joint visit"),
    AlertKind.CASE_DUE: QT_TRANSLATE_NOOP("Alerts", "Case due"),
    AlertKind.CASE_OVERDUE: QT_TRANSLATE_NOOP("Alerts", "Case overdue"),
    AlertKind.ARRIVING: QT_TRANSLATE_NOOP("Alerts", "Delegation arriving"),
    AlertKind.LONG_WAIT: QT_TRANSLATE_NOOP("Alerts", "Long wait"),
    AlertKind.FINAL_AGAIN: QT_TRANSLATE_NOOP("Alerts", "Final matter again"),
}

JOINT_TEXT = QT_TRANSLATE_NOOP(
    "Alerts", "Joint visit: {people} people came about {case} ({category})"
)
OVERDUE_TEXT = QT_TRANSLATE_NOOP("Alerts", "{case} is overdue since {day}: {step}")
DUE_TODAY_TEXT = QT_TRANSLATE_NOOP("Alerts", "{case} is due today: {step}")
DUE_TEXT = QT_TRANSLATE_NOOP("Alerts", "{case} is due on {day}, in {days} days: {step}")
ARRIVING_TEXT = QT_TRANSLATE_NOOP(
    "Alerts", "{delegation} arrives at {time} with {open} checklist tasks not done"
)
ARRIVED_TEXT = QT_TRANSLATE_NOOP(
    "Alerts", "{delegation} arrived at {time} with {open} checklist tasks not done"
)
WAIT_TEXT = QT_TRANSLATE_NOOP("Alerts", "Ticket {ticket} ({name}) has waited {minutes} minutes")
FINAL_TEXT = QT_TRANSLATE_NOOP("Alerts", "Final matter {case} presented again by {name}")


@dataclass(frozen=True)
class Alert:
    """One alert. `key` names the occurrence (the same on every desk, stable while it lasts);
    `text` is a source string of context "Alerts" filled from `values` (a value that is a
    Phrase is translated in its own context); `page` and `record_id` say what it opens: the
    desk area's key and the id of the case, delegation or visit there. `at` is the moment
    it is about (the visit, the deadline, the arrival, joining the queue): sooner first."""

    key: str
    kind: AlertKind
    severity: Severity
    text: str
    values: Mapping[str, Any]
    page: str
    record_id: int
    at: datetime
    acknowledged_by: str | None = None  # the operator's display name
    acknowledged_at: datetime | None = None
    note: str = field(default="", compare=False)

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def kind_label(self) -> Phrase:
        return Phrase(CONTEXT, KIND_LABELS[self.kind])

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The text in the shown language; `translate(context, source)` looks it up."""
        if translate is None:
            return self.text.format(**self.values)
        values = {
            k: translate(v.context, str(v)) if isinstance(v, Phrase) else v
            for k, v in self.values.items()
        }
        try:
            return str(translate(CONTEXT, self.text)).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.values)


def urgency(alert: Alert) -> tuple[int, datetime, str]:
    """The sort key: the most urgent first, then the soonest, then by key (stable)."""
    return (-alert.severity, alert.at, alert.key)


def _alert(
    kind: AlertKind, key: str, text: str, values: dict[str, Any], record_id: int, at: datetime
) -> Alert:
    return Alert(
        key=f"{kind.value}:{key}",
        kind=kind,
        severity=SEVERITY_OF[kind],
        text=text,
        values=values,
        page=PAGE_OF[kind],
        record_id=record_id,
        at=at,
    )


def current_alerts(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    rules: AlertRules | None = None,
    zone: ZoneInfo | None = None,
    include_acknowledged: bool = False,
) -> list[Alert]:
    """The alerts raised at `now` (aware) that the operator's role reads, the most urgent
    first; acknowledged ones only with `include_acknowledged` (marked with who and when)."""
    reader = _reader(session, actor)
    if reader is None:
        return []
    rules = rules or load_alert_rules(session)
    zone = zone or load_settings(session).zone
    day = office_day(now, zone)
    found: list[Alert] = []
    if sees(reader, Area.PETITIONS):
        if rules.joint_visit:
            found += joint_visits(session, day)
        if rules.case_due:
            found += cases_due(session, day, rules.case_due_days, zone)
        if rules.final_again:
            found += final_again(session, day)
    if sees(reader, Area.LODGING) and rules.arriving:
        found += delegations_arriving(session, now, rules.arriving_minutes, zone)
    if sees(reader, Area.QUEUE) and rules.long_wait:
        found += long_waits(session, now, day, rules.wait_minutes)
    marked = _with_acknowledgements(session, found)
    shown = marked if include_acknowledged else [a for a in marked if not a.acknowledged]
    return sorted(shown, key=urgency)


def _reader(session: Session, actor: Actor) -> Actor | None:
    """The actor with the role the database gives them now (another desk may have changed
    it), or None when disabled. A plain read, no lock: this runs every few seconds."""
    if actor.operator_id is None:
        return actor
    row = session.execute(
        select(Operator.login, Operator.role, Operator.active).where(
            Operator.id == actor.operator_id
        )
    ).one_or_none()
    if row is None or not row.active:
        return None
    return Actor(actor.operator_id, row.login, Role(row.role))


# -- the rules ---------------------------------------------------------------------------------


def joint_visits(session: Session, day: date) -> list[Alert]:
    rows = session.execute(
        select(
            PetitionVisit.id,
            PetitionVisit.case_id,
            PetitionVisit.people_count,
            PetitionVisit.created_at,
            PetitionCase.case_no,
            PetitionCase.category,
        )
        .join(PetitionCase, PetitionCase.id == PetitionVisit.case_id)
        .where(PetitionVisit.came_on == day, PetitionVisit.people_count >= JOINT_VISIT_PEOPLE)
    )
    return [
        _alert(
            AlertKind.JOINT_VISIT,
            str(visit_id),
            JOINT_TEXT,
            {"people": people, "case": case_no, "category": category or "—"},
            case_id,
            created_at,
        )
        for visit_id, case_id, people, created_at, case_no, category in rows
    ]


def cases_due(session: Session, day: date, within_days: int, zone: ZoneInfo) -> list[Alert]:
    rows = session.execute(
        select(
            PetitionCase.id,
            PetitionCase.case_no,
            PetitionCase.next_due_on,
            PetitionCase.next_due_kind,
        ).where(
            OPEN,
            PetitionCase.next_due_on.is_not(None),
            PetitionCase.next_due_on <= day + timedelta(days=within_days),
        )
    )
    found = []
    for case_id, case_no, due_on, due_kind in rows:
        if due_on is None:  # as the WHERE says; for mypy
            continue
        step: Any = DueKind(due_kind).label if due_kind else "—"
        values = {"case": case_no, "day": due_on.isoformat(), "step": step}
        if due_on < day:
            kind, text = AlertKind.CASE_OVERDUE, OVERDUE_TEXT
        else:
            kind = AlertKind.CASE_DUE
            text = DUE_TODAY_TEXT if due_on == day else DUE_TEXT
            values["days"] = (due_on - day).days
        key = f"{case_id}:{due_on.isoformat()}"
        found.append(_alert(kind, key, text, values, case_id, day_start(due_on, zone)))
    return found


def final_again(session: Session, day: date) -> list[Alert]:
    rows = session.execute(
        select(
            PetitionVisit.id,
            PetitionVisit.case_id,
            PetitionVisit.created_at,
            PetitionCase.case_no,
            Petitioner.name,
        )
        .join(PetitionCase, PetitionCase.id == PetitionVisit.case_id)
        .outerjoin(Petitioner, Petitioner.id == PetitionVisit.petitioner_id)
        .where(
            PetitionVisit.came_on == day,
            PetitionVisit.is_repeat.is_(True),
            PetitionCase.is_final.is_(True),
        )
    )
    return [
        _alert(
            AlertKind.FINAL_AGAIN,
            str(visit_id),
            FINAL_TEXT,
            {"case": case_no, "name": mask_name(name) if name else "—"},
            case_id,
            created_at,
        )
        for visit_id, case_id, created_at, case_no, name in rows
    ]


def arrival_moments(
    session: Session, delegations: Iterable[tuple[int, date]], zone: ZoneInfo
) -> dict[int, datetime]:
    """Each delegation's arrival moment: the start of its first programme activity on its
    arrival day (office time), else 09:00 office time that day."""
    arrivals = dict(delegations)
    if not arrivals:
        return {}
    first, last = min(arrivals.values()), max(arrivals.values())
    rows = session.execute(
        select(Activity.delegation_id, Activity.starts_at).where(
            Activity.delegation_id.in_(arrivals),
            Activity.starts_at >= day_start(first, zone),
            Activity.starts_at < day_end(last, zone),
        )
    )
    moments = {
        delegation_id: datetime.combine(arrive, ARRIVAL_TIME, tzinfo=zone)
        for delegation_id, arrive in arrivals.items()
    }
    earliest: dict[int, datetime] = {}
    for delegation_id, starts_at in rows:
        if office_day(starts_at, zone) != arrivals[delegation_id]:
            continue
        if delegation_id not in earliest or starts_at < earliest[delegation_id]:
            earliest[delegation_id] = starts_at
    return moments | earliest


def delegations_arriving(
    session: Session, now: datetime, within_minutes: int, zone: ZoneInfo
) -> list[Alert]:
    today = office_day(now, zone)
    horizon = office_day(now + timedelta(minutes=within_minutes), zone)
    open_tasks = (
        select(func.count())
        .where(ChecklistItem.delegation_id == Delegation.id, ChecklistItem.done_at.is_(None))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Delegation.id, Delegation.name, Delegation.arrive, open_tasks).where(
            Delegation.arrive >= today,
            Delegation.arrive <= horizon,
            Delegation.cancelled.is_(False),
            open_tasks > 0,
        )
    ).all()
    moments = arrival_moments(session, ((r.id, r.arrive) for r in rows), zone)
    found = []
    for delegation_id, name, _arrive, tasks in rows:
        moment = moments[delegation_id]
        if now < moment - timedelta(minutes=within_minutes):
            continue
        values = {
            "delegation": name,
            "time": moment.astimezone(zone).strftime("%H:%M"),
            "open": int(tasks),
        }
        text = ARRIVED_TEXT if now >= moment else ARRIVING_TEXT  # it stays up all that day
        found.append(
            _alert(AlertKind.ARRIVING, str(delegation_id), text, values, delegation_id, moment)
        )
    return found


def long_waits(session: Session, now: datetime, day: date, over_minutes: int) -> list[Alert]:
    rows = session.execute(
        select(
            Ticket.id, Ticket.visit_id, Ticket.series, Ticket.number, Ticket.queued_at, Visitor.name
        )
        .join(Visit, Visit.id == Ticket.visit_id)
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .where(
            Ticket.day == day,
            Ticket.state == TicketState.WAITING.value,
            Ticket.queued_at < now - timedelta(minutes=over_minutes),
        )
    )
    found = []
    for ticket_id, visit_id, series, number, queued_at, name in rows:
        if queued_at is None:  # as the WHERE says; for mypy
            continue
        values = {
            "ticket": ticket_label(series, number),
            "name": mask_name(name),
            "minutes": minutes_between(queued_at, now),
        }
        found.append(
            _alert(AlertKind.LONG_WAIT, str(ticket_id), WAIT_TEXT, values, visit_id, queued_at)
        )
    return found


# -- acknowledgements ---------------------------------------------------------------------------


def _with_acknowledgements(session: Session, alerts: list[Alert]) -> list[Alert]:
    """The alerts, those acknowledged marked with who and when (read by key, in chunks)."""
    keys = [alert.key for alert in alerts]
    known: dict[str, tuple[str, datetime, str]] = {}
    for start in range(0, len(keys), KEY_CHUNK):
        rows = session.execute(
            select(
                AlertAcknowledgement.key,
                Operator.display_name,
                AlertAcknowledgement.acknowledged_at,
                AlertAcknowledgement.note,
            )
            .join(Operator, Operator.id == AlertAcknowledgement.operator_id)
            .where(AlertAcknowledgement.key.in_(keys[start : start + KEY_CHUNK]))
        )
        known.update({key: (name, at, note) for key, name, at, note in rows})
    return [
        replace(
            alert,
            acknowledged_by=known[alert.key][0],
            acknowledged_at=known[alert.key][1],
            note=known[alert.key][2],
        )
        if alert.key in known
        else alert
        for alert in alerts
    ]

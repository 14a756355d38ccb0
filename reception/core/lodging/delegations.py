"""Delegations (接待对象): recording, changing, cancelling and listing them.

No inviting letter (公函), no reception (DOMAIN.md section 5): a delegation is recorded only
with the letter's reference. A new delegation gets the office's default checklist. The
liaison's phone is protected (DOMAIN.md section 6): stored encrypted, shown masked;
revealing it is audited. Its guests are in reception.core.lodging.guests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput
from reception.core.lodging.checklist import (
    ChecklistView,
    authorize_reading,
    default_items,
    delegation_row,
    items_of,
)
from reception.core.lodging.guests import GuestView, guests_of
from reception.core.lodging.guests import list_guests as list_guests  # room chart dialogs
from reception.core.lodging.models import (
    Activity,
    ChecklistItem,
    Delegation,
    Guest,
    Stay,
    StayState,
)
from reception.core.lodging.programme import ActivityView, activities_of, within_stay
from reception.core.lodging.standards import MAX_STAY_NIGHTS, load_lodging_settings
from reception.core.lodging.texts import FIELD_NOTES, long_text, one_line
from reception.core.people import check_name, check_phone, mask_phone
from reception.core.security.audit import record
from reception.core.security.fields import FieldCipher
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

LIAISON_PHONE = "delegation.liaison_phone"
DELEGATION = "delegation"

FIELD_DELEGATION_NAME = QT_TRANSLATE_NOOP("Fields", "name of the delegation")
FIELD_UNIT = QT_TRANSLATE_NOOP("Fields", "visiting unit")
FIELD_PURPOSE = QT_TRANSLATE_NOOP("Fields", "purpose of the visit")
FIELD_LETTER = QT_TRANSLATE_NOOP("Fields", "reference of the inviting letter")
FIELD_REASON = QT_TRANSLATE_NOOP("Fields", "reason")

NO_LETTER = QT_TRANSLATE_NOOP(
    "Errors",
    "No inviting letter, no reception: enter the reference of the inviting letter (公函).",
)

# -- forms and views -------------------------------------------------------------------------


@dataclass(frozen=True)
class DelegationForm:
    name: str
    unit: str
    purpose: str
    letter_ref: str
    liaison_name: str
    liaison_phone: str
    arrive: date
    depart: date
    notes: str = ""


@dataclass(frozen=True)
class DelegationView:
    id: int
    name: str
    unit: str
    purpose: str
    letter_ref: str
    liaison_name: str
    liaison_phone_masked: str
    arrive: date
    depart: date
    notes: str
    cancelled: bool
    guests: int = 0
    head_name: str = ""
    checklist_overdue: int = 0
    checklist_open: int = 0

    @property
    def nights(self) -> int:
        return (self.depart - self.arrive).days


@dataclass(frozen=True)
class DelegationDetail:
    delegation: DelegationView
    guests: list[GuestView] = field(default_factory=list)
    checklist: list[ChecklistView] = field(default_factory=list)
    activities: list[ActivityView] = field(default_factory=list)


def _delegation_view(
    row: Delegation, guests: int = 0, head: str = "", overdue: int = 0, open_: int = 0
) -> DelegationView:
    return DelegationView(
        row.id,
        row.name,
        row.unit,
        row.purpose,
        row.letter_ref,
        row.liaison_name,
        row.liaison_phone_masked,
        row.arrive,
        row.depart,
        row.notes,
        row.cancelled,
        guests,
        head,
        overdue,
        open_,
    )


# -- checks --------------------------------------------------------------------------------


def _check_delegation(form: DelegationForm) -> DelegationForm:
    """Every field checked before anything is written; the first problem is reported."""
    name = one_line(form.name, 80, FIELD_DELEGATION_NAME, required=True)
    unit = one_line(form.unit, 80, FIELD_UNIT, required=True)
    letter = " ".join(form.letter_ref.split())
    if not letter:
        raise InvalidInput(NO_LETTER)
    letter = one_line(letter, 80, FIELD_LETTER)
    purpose = one_line(form.purpose, 200, FIELD_PURPOSE)
    liaison = check_name(form.liaison_name) if form.liaison_name.strip() else ""
    phone = check_phone(form.liaison_phone) if form.liaison_phone.strip() else ""
    if not isinstance(form.arrive, date) or not isinstance(form.depart, date):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give the arrival and departure days."))
    if form.depart < form.arrive:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The departure ({depart}) cannot be before the arrival ({arrive})."
            ),
            depart=form.depart.isoformat(),
            arrive=form.arrive.isoformat(),
        )
    if (form.depart - form.arrive).days > MAX_STAY_NIGHTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A delegation may stay at most {most} nights."),
            most=MAX_STAY_NIGHTS,
        )
    notes = long_text(form.notes, 2000, FIELD_NOTES)
    return DelegationForm(
        name, unit, purpose, letter, liaison, phone, form.arrive, form.depart, notes
    )


# -- delegations -----------------------------------------------------------------------------


def _snapshot(row: Delegation) -> dict[str, object]:
    return {
        "name": row.name,
        "unit": row.unit,
        "purpose": row.purpose,
        "letter_ref": row.letter_ref,
        "liaison_name": row.liaison_name,
        "liaison_phone": row.liaison_phone_masked,
        "arrive": row.arrive.isoformat(),
        "depart": row.depart.isoformat(),
        "notes": row.notes,
        "cancelled": row.cancelled,
    }


def add_delegation(session: Session, actor: Actor, form: DelegationForm) -> DelegationView:
    """Record a delegation and give it the office's default checklist."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    checked = _check_delegation(form)
    cipher: FieldCipher = session.info["cipher"]
    phone = checked.liaison_phone
    blob = cipher.protect(phone, LIAISON_PHONE)[0] if phone else None
    row = Delegation(
        name=checked.name,
        unit=checked.unit,
        purpose=checked.purpose,
        letter_ref=checked.letter_ref,
        liaison_name=checked.liaison_name,
        liaison_phone_blob=blob,
        liaison_phone_masked=mask_phone(checked.liaison_phone) if checked.liaison_phone else "",
        arrive=checked.arrive,
        depart=checked.depart,
        notes=checked.notes,
        cancelled=False,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    items = default_items(session, row, load_lodging_settings(session), load_settings(session).zone)
    after = _snapshot(row) | {"checklist": [item.title for item in items]}
    record(session, actor, "delegation.add", DELEGATION, row.id, None, after)
    return _delegation_view(row, open_=len(items))


def update_delegation(
    session: Session,
    actor: Actor,
    delegation_id: int,
    form: DelegationForm,
    *,
    keep_phone: bool = True,
) -> DelegationView:
    """Change a delegation. An empty liaison phone keeps the one on file unless
    `keep_phone` is off. New dates move the open checklist tasks with the arrival; the
    programme must still fall within the visit."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    row = delegation_row(session, delegation_id, lock=True, live=True)
    checked = _check_delegation(form)
    zone = load_settings(session).zone
    if (checked.arrive, checked.depart) != (row.arrive, row.depart):
        for activity in session.scalars(
            select(Activity).where(Activity.delegation_id == row.id).order_by(Activity.starts_at)
        ):
            if not within_stay(activity.starts_at, checked.arrive, checked.depart, zone):
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The programme has “{title}” on {day}, outside the new dates: "
                        "move or remove it first.",
                    ),
                    title=activity.title,
                    day=office_day(activity.starts_at, zone).isoformat(),
                )
    before = _snapshot(row)
    shift = (checked.arrive - row.arrive).days
    row.name, row.unit, row.purpose = checked.name, checked.unit, checked.purpose
    row.letter_ref, row.liaison_name = checked.letter_ref, checked.liaison_name
    cipher: FieldCipher = session.info["cipher"]
    phone_replaced = bool(checked.liaison_phone) and (
        row.liaison_phone_blob is None
        or cipher.reveal(row.liaison_phone_blob, LIAISON_PHONE) != checked.liaison_phone
    )
    if phone_replaced:
        row.liaison_phone_blob = cipher.protect(checked.liaison_phone, LIAISON_PHONE)[0]
        row.liaison_phone_masked = mask_phone(checked.liaison_phone)
    elif not keep_phone:
        row.liaison_phone_blob, row.liaison_phone_masked = None, ""
    row.arrive, row.depart, row.notes = checked.arrive, checked.depart, checked.notes
    moved = 0
    if shift:
        for item in session.scalars(
            select(ChecklistItem).where(
                ChecklistItem.delegation_id == row.id, ChecklistItem.done_at.is_(None)
            )
        ):
            item.due_at = item.due_at + timedelta(days=shift)
            moved += 1
    session.flush()
    after = _snapshot(row)
    if phone_replaced and after["liaison_phone"] == before["liaison_phone"]:
        after["liaison_phone_replaced"] = True
    if after != before:
        if moved:
            after["checklist_moved_days"] = shift
        record(session, actor, "delegation.change", DELEGATION, row.id, before, after)
    return _view_of(session, row)


def cancel_delegation(
    session: Session, actor: Actor, delegation_id: int, reason: str = ""
) -> DelegationView:
    """Cancel a delegation that has not arrived: its booked stays are cancelled too. Refused
    while one of its guests is in the house."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    row = delegation_row(session, delegation_id, lock=True, live=True)
    why = one_line(reason, 200, FIELD_REASON) or None
    guest_ids = select(Guest.id).where(Guest.delegation_id == row.id)
    stays = session.scalars(
        select(Stay)
        .where(
            Stay.guest_id.in_(guest_ids),
            Stay.state.in_([StayState.BOOKED.value, StayState.IN_HOUSE.value]),
        )
        .order_by(Stay.id)
        .with_for_update()
    ).all()
    in_house = sum(1 for stay in stays if stay.state == StayState.IN_HOUSE.value)
    if in_house:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} guests of {name} are in the house: check them out before cancelling.",
            ),
            count=in_house,
            name=row.name,
        )
    for stay in stays:
        stay.state = StayState.CANCELLED.value
        session.flush()
        record(
            session,
            actor,
            "stay.cancel",
            "stay",
            stay.id,
            {"state": StayState.BOOKED.value, "guest_id": stay.guest_id, "room_id": stay.room_id},
            {"state": StayState.CANCELLED.value, "delegation_id": row.id},
            why,
        )
    before = _snapshot(row)
    row.cancelled = True
    session.flush()
    after = _snapshot(row) | {"stays_cancelled": len(stays)}
    record(session, actor, "delegation.cancel", DELEGATION, row.id, before, after, why)
    return _view_of(session, row)


def _counts(now: datetime) -> tuple[Any, Any, Any, Any]:
    """Correlated sub-queries: guests, head's name, overdue and open checklist tasks."""
    guests = (
        select(func.count(Guest.id))
        .where(Guest.delegation_id == Delegation.id)
        .correlate(Delegation)
        .scalar_subquery()
    )
    head = (
        select(Guest.name)
        .where(Guest.delegation_id == Delegation.id, Guest.is_head.is_(True))
        .correlate(Delegation)
        .limit(1)
        .scalar_subquery()
    )
    open_ = and_(ChecklistItem.delegation_id == Delegation.id, ChecklistItem.done_at.is_(None))
    open_count = select(func.count(ChecklistItem.id)).where(open_).correlate(Delegation)
    overdue = open_count.where(ChecklistItem.due_at < now)
    return (
        guests,
        head,
        overdue.scalar_subquery(),
        open_count.scalar_subquery(),
    )


def _view_of(session: Session, row: Delegation, now: datetime | None = None) -> DelegationView:
    found = session.execute(
        select(Delegation, *_counts(now or utcnow())).where(Delegation.id == row.id)
    ).one()
    return _delegation_view(found[0], found[1] or 0, found[2] or "", found[3] or 0, found[4] or 0)


def list_delegations(
    session: Session,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    text: str = "",
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> list[DelegationView]:
    """Delegations whose visit touches [start, end] (either end open), matching `text` in
    their name, unit, letter, purpose or liaison, or a guest's name, its pinyin or initials.
    Those not yet gone come first, soonest arrival first; then past ones, latest first."""
    authorize_reading(session, actor)
    moment = now or utcnow()
    day = today or office_day(moment, load_settings(session).zone)
    query = select(Delegation, *_counts(moment))
    if start is not None:
        query = query.where(Delegation.depart >= start)
    if end is not None:
        query = query.where(Delegation.arrive <= end)
    typed = " ".join(text.split())
    if typed:
        matches: list[ColumnElement[bool]] = [
            column.icontains(typed, autoescape=True)
            for column in (
                Delegation.name,
                Delegation.unit,
                Delegation.letter_ref,
                Delegation.purpose,
                Delegation.liaison_name,
            )
        ]
        guest_match: list[ColumnElement[bool]] = [Guest.name.contains(typed, autoescape=True)]
        key = typed.replace(" ", "").lower()
        if key.isascii() and key.isalpha():
            guest_match.append(Guest.name_initials.startswith(key, autoescape=True))
            if len(key) >= 2:
                guest_match.append(Guest.name_pinyin.startswith(key, autoescape=True))
        matches.append(
            Delegation.id.in_(
                select(Guest.delegation_id).where(
                    Guest.delegation_id.is_not(None), or_(*guest_match)
                )
            )
        )
        query = query.where(or_(*matches))
    views = [
        _delegation_view(row, guests or 0, head or "", overdue or 0, open_ or 0)
        for row, guests, head, overdue, open_ in session.execute(query).all()
    ]

    def order(view: DelegationView) -> tuple[int, int, int, int]:
        if view.depart >= day:
            return (0, int(view.cancelled), view.arrive.toordinal(), view.id)
        return (1, int(view.cancelled), -view.arrive.toordinal(), -view.id)

    return sorted(views, key=order)


def get_delegation(session: Session, actor: Actor, delegation_id: int) -> DelegationView:
    authorize_reading(session, actor)
    return _view_of(session, delegation_row(session, delegation_id))


def delegation_detail(
    session: Session, actor: Actor, delegation_id: int, now: datetime | None = None
) -> DelegationDetail:
    """A delegation with its guests (in precedence order), checklist and programme."""
    authorize_reading(session, actor)
    row = delegation_row(session, delegation_id)
    return DelegationDetail(
        _view_of(session, row, now),
        guests_of(session, row.id),
        items_of(session, row),
        activities_of(session, row.id),
    )


def liaison_phone(session: Session, actor: Actor, delegation_id: int) -> str:
    """The liaison's full phone number for a lodging clerk; the viewing is audited. "" when
    none is on file."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    row = delegation_row(session, delegation_id)
    if row.liaison_phone_blob is None:
        return ""
    cipher: FieldCipher = session.info["cipher"]
    record(session, actor, "delegation.view_phone", DELEGATION, row.id)
    return cipher.reveal(row.liaison_phone_blob, LIAISON_PHONE)

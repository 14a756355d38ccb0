"""Delegations (接待对象) and their guests.

No inviting letter (公函), no reception (DOMAIN.md section 5): a delegation is recorded only
with the letter's reference. A new delegation gets the office's default checklist. The
liaison's phone and the guests' ID numbers are protected (DOMAIN.md section 6): stored
encrypted with a keyed hash, shown masked; revealing the liaison's phone is audited. A
delegation has at most one head, which a partial unique index keeps on both databases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, DeskError, InvalidInput, NotFound
from reception.core.lodging.checklist import (
    ChecklistView,
    authorize_reading,
    default_items,
    delegation_row,
    items_of,
)
from reception.core.lodging.models import (
    Activity,
    ChecklistItem,
    Delegation,
    Gender,
    Guest,
    Stay,
    StayState,
)
from reception.core.lodging.programme import ActivityView, activities_of, within_stay
from reception.core.lodging.standards import MAX_STAY_NIGHTS, load_lodging_settings
from reception.core.lodging.views import GuestNeeds, precedence
from reception.core.people import (
    check_id_number,
    check_name,
    check_phone,
    mask_id_number,
    mask_phone,
    name_search_keys,
)
from reception.core.ranks import Rank, parse_rank
from reception.core.security.audit import record
from reception.core.security.fields import FieldCipher
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

LIAISON_PHONE = "delegation.liaison_phone"
GUEST_ID_NUMBER = "guest.id_number"
DELEGATION = "delegation"
GUEST = "guest"

FIELD_DELEGATION_NAME = QT_TRANSLATE_NOOP("Fields", "name of the delegation")
FIELD_UNIT = QT_TRANSLATE_NOOP("Fields", "visiting unit")
FIELD_PURPOSE = QT_TRANSLATE_NOOP("Fields", "purpose of the visit")
FIELD_LETTER = QT_TRANSLATE_NOOP("Fields", "reference of the inviting letter")
FIELD_NOTES = QT_TRANSLATE_NOOP("Fields", "notes")
FIELD_POST = QT_TRANSLATE_NOOP("Fields", "post")
FIELD_ALLERGIES = QT_TRANSLATE_NOOP("Fields", "allergies")
FIELD_MOBILITY = QT_TRANSLATE_NOOP("Fields", "mobility needs")
FIELD_REASON = QT_TRANSLATE_NOOP("Fields", "reason")

NO_LETTER = QT_TRANSLATE_NOOP(
    "Errors",
    "No inviting letter, no reception: enter the reference of the inviting letter (公函).",
)
DUPLICATE_ON_LIST = QT_TRANSLATE_NOOP(
    "Errors", "This ID number is already on the delegation's list, as {name}."
)
GENDER_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The gender differs from the one the ID number gives ({gender})."
)

# What an office writes for a gender, beside the stored values.
GENDER_WORDS: dict[str, Gender] = {
    "male": Gender.MALE,
    "m": Gender.MALE,
    "男": Gender.MALE,
    "男性": Gender.MALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "女": Gender.FEMALE,
    "女性": Gender.FEMALE,
}


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
class GuestForm:
    name: str
    gender: str
    post: str
    rank: str
    is_head: bool = False
    halal: bool = False
    vegetarian: bool = False
    allergies: str = ""
    needs_accessible: bool = False
    mobility: str = ""
    notes: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class GuestView:
    """A guest as the desk shows it: the ID number only masked (to its last 4 characters)."""

    id: int
    delegation_id: int | None
    name: str
    gender: str
    post: str
    rank: str
    is_head: bool
    needs: GuestNeeds
    notes: str
    id_number_masked: str

    @property
    def rank_level(self) -> int:
        return _rank(self.rank).level


@dataclass(frozen=True)
class DelegationDetail:
    delegation: DelegationView
    guests: list[GuestView] = field(default_factory=list)
    checklist: list[ChecklistView] = field(default_factory=list)
    activities: list[ActivityView] = field(default_factory=list)


def _rank(value: str) -> Rank:
    try:
        return Rank(value)
    except ValueError:
        return Rank.OTHER


def guest_view(guest: Guest) -> GuestView:
    return GuestView(
        guest.id,
        guest.delegation_id,
        guest.name,
        guest.gender,
        guest.post,
        guest.rank,
        guest.is_head,
        GuestNeeds(
            guest.halal, guest.vegetarian, guest.allergies, guest.needs_accessible, guest.mobility
        ),
        guest.notes,
        guest.id_number_masked,
    )


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


def _text(value: str, most: int, field: str, required: bool = False) -> str:
    text = " ".join(str(value).split())
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


def _long_text(value: str, most: int, field: str) -> str:
    """Notes keep their line breaks; only the ends are trimmed."""
    text = str(value).strip()
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=Phrase("Fields", field),
            most=most,
        )
    return text


def _check_delegation(form: DelegationForm) -> DelegationForm:
    """Every field checked before anything is written; the first problem is reported."""
    name = _text(form.name, 80, FIELD_DELEGATION_NAME, required=True)
    unit = _text(form.unit, 80, FIELD_UNIT, required=True)
    letter = " ".join(form.letter_ref.split())
    if not letter:
        raise InvalidInput(NO_LETTER)
    letter = _text(letter, 80, FIELD_LETTER)
    purpose = _text(form.purpose, 200, FIELD_PURPOSE)
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
    notes = _long_text(form.notes, 2000, FIELD_NOTES)
    return DelegationForm(
        name, unit, purpose, letter, liaison, phone, form.arrive, form.depart, notes
    )


def parse_gender(value: str) -> Gender:
    """A gender from its stored value or what an office writes (男/女)."""
    text = "".join(str(value).split()).lower()
    if text in GENDER_WORDS:
        return GENDER_WORDS[text]
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{gender} is not a gender: write 男 or 女."),
        gender=text or "''",
    )


@dataclass(frozen=True)
class CheckedGuest:
    """A guest's fields as they will be stored; `id_number` normalised ("" for none)."""

    name: str
    gender: Gender
    post: str
    rank: Rank
    is_head: bool
    halal: bool
    vegetarian: bool
    allergies: str
    needs_accessible: bool
    mobility: str
    notes: str
    id_number: str = field(default="", repr=False)
    id_note: str | None = None  # a marked source (context "People") worth a second look


T = TypeVar("T")


def check_guest_fields(
    form: GuestForm, today: date
) -> tuple[CheckedGuest | None, dict[str, DeskError]]:
    """Each field checked on its own: the checked guest, or None and every field's problem
    keyed by the form's field name (the import reports them all at once)."""
    problems: dict[str, DeskError] = {}

    def attempt(key: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except DeskError as error:
            problems[key] = error
            return None

    name = attempt("name", lambda: check_name(form.name))
    gender = attempt("gender", lambda: parse_gender(form.gender))
    post = attempt("post", lambda: _text(form.post, 80, FIELD_POST))
    rank = attempt("rank", lambda: parse_rank(form.rank))
    allergies = attempt("allergies", lambda: _text(form.allergies, 200, FIELD_ALLERGIES))
    mobility = attempt("mobility", lambda: _text(form.mobility, 200, FIELD_MOBILITY))
    notes = attempt("notes", lambda: _text(form.notes, 200, FIELD_NOTES))
    number, note = "", None
    if form.id_number.strip():
        checked = attempt("id_number", lambda: check_id_number(form.id_number, today=today))
        if checked is not None:
            number, note = checked.number, checked.note
            if gender is not None and checked.gender != gender.value:
                problems["gender"] = InvalidInput(
                    GENDER_MISMATCH, gender=Gender(checked.gender).label
                )
    if (
        problems
        or name is None
        or gender is None
        or rank is None
        or post is None
        or allergies is None
        or mobility is None
        or notes is None
    ):
        return None, problems
    return (
        CheckedGuest(
            name=name,
            gender=gender,
            post=post,
            rank=rank,
            is_head=bool(form.is_head),
            halal=bool(form.halal),
            vegetarian=bool(form.vegetarian),
            allergies=allergies,
            needs_accessible=bool(form.needs_accessible),
            mobility=mobility,
            notes=notes,
            id_number=number,
            id_note=note,
        ),
        {},
    )


_FIELD_ORDER = ("name", "gender", "post", "rank", "allergies", "mobility", "notes", "id_number")


def check_guest(form: GuestForm, today: date) -> CheckedGuest:
    """The checked guest, or the first problem in the form's order."""
    checked, problems = check_guest_fields(form, today)
    if checked is None:
        raise next(problems[key] for key in _FIELD_ORDER if key in problems)
    return checked


def office_today(session: Session) -> date:
    return office_day(utcnow(), load_settings(session).zone)


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
    why = _text(reason, 200, FIELD_REASON) or None
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


def _guests_of(session: Session, delegation_id: int) -> list[GuestView]:
    rows = session.scalars(select(Guest).where(Guest.delegation_id == delegation_id)).all()
    return [guest_view(g) for g in sorted(rows, key=precedence)]


def delegation_detail(
    session: Session, actor: Actor, delegation_id: int, now: datetime | None = None
) -> DelegationDetail:
    """A delegation with its guests (in precedence order), checklist and programme."""
    authorize_reading(session, actor)
    row = delegation_row(session, delegation_id)
    return DelegationDetail(
        _view_of(session, row, now),
        _guests_of(session, row.id),
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


# -- guests --------------------------------------------------------------------------------


def _guest_snapshot(guest: Guest) -> dict[str, object]:
    return {
        "delegation_id": guest.delegation_id,
        "name": guest.name,
        "gender": guest.gender,
        "post": guest.post,
        "rank": guest.rank,
        "is_head": guest.is_head,
        "halal": guest.halal,
        "vegetarian": guest.vegetarian,
        "allergies": guest.allergies,
        "needs_accessible": guest.needs_accessible,
        "mobility": guest.mobility,
        "notes": guest.notes,
        "id_number": guest.id_number_masked,
    }


def _guest(session: Session, guest_id: int, *, lock: bool = False) -> Guest:
    query = select(Guest).where(Guest.id == guest_id)
    if lock:
        query = query.with_for_update()
    guest = session.scalars(query).first()
    if guest is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no guest {id}."), id=guest_id)
    return guest


def _current_head(session: Session, delegation_id: int, other_than: int | None) -> Guest | None:
    query = select(Guest).where(Guest.delegation_id == delegation_id, Guest.is_head.is_(True))
    if other_than is not None:
        query = query.where(Guest.id != other_than)
    return session.scalars(query).first()


def _flush_head(session: Session) -> None:
    """Flush; the partial unique index refusing a second head becomes a Conflict."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "Another desk has just chosen a head for this delegation: try again."
            )
        ) from None


def _take_head(session: Session, actor: Actor, guest: Guest) -> None:
    """Make `guest` the head of its delegation; the head before loses the mark (audited)."""
    if guest.delegation_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only a member of a delegation can be its head.")
        )
    old = _current_head(session, guest.delegation_id, guest.id)
    if old is not None:
        old.is_head = False
        session.flush()
        record(
            session,
            actor,
            "guest.head",
            GUEST,
            old.id,
            {"is_head": True, "name": old.name},
            {"is_head": False, "new_head": guest.name},
        )
    guest.is_head = True
    _flush_head(session)


def _duplicate(
    session: Session, delegation_id: int | None, id_hash: str | None, other_than: int | None
) -> None:
    if delegation_id is None or id_hash is None:
        return
    query = select(Guest.name).where(
        Guest.delegation_id == delegation_id, Guest.id_number_hash == id_hash
    )
    if other_than is not None:
        query = query.where(Guest.id != other_than)
    name = session.scalar(query)
    if name is not None:
        raise Conflict(
            DUPLICATE_ON_LIST,
            name=name,
        )


def id_number_hash(session: Session, number: str) -> str:
    """The keyed hash a normalised ID number is found by."""
    cipher: FieldCipher = session.info["cipher"]
    return cipher.lookup_hash(number, GUEST_ID_NUMBER)


def insert_guest(
    session: Session,
    actor: Actor,
    delegation_id: int | None,
    checked: CheckedGuest,
    reason: str | None = None,
) -> Guest:
    """Store a checked guest; the caller has authorised and checked the delegation."""
    cipher: FieldCipher = session.info["cipher"]
    blob, hashed = (
        cipher.protect(checked.id_number, GUEST_ID_NUMBER) if checked.id_number else (None, None)
    )
    _duplicate(session, delegation_id, hashed, None)
    pinyin, initials = name_search_keys(checked.name)
    guest = Guest(
        delegation_id=delegation_id,
        is_head=False,
        name=checked.name,
        name_pinyin=pinyin[:160],
        name_initials=initials[:40],
        gender=checked.gender.value,
        post=checked.post,
        rank=checked.rank.value,
        halal=checked.halal,
        vegetarian=checked.vegetarian,
        allergies=checked.allergies,
        needs_accessible=checked.needs_accessible,
        mobility=checked.mobility,
        notes=checked.notes,
        id_number_blob=blob,
        id_number_hash=hashed,
        id_number_masked=mask_id_number(checked.id_number) if checked.id_number else "",
    )
    session.add(guest)
    session.flush()
    if checked.is_head:
        _take_head(session, actor, guest)
    record(session, actor, "guest.add", GUEST, guest.id, None, _guest_snapshot(guest), reason)
    return guest


def _no_head_without_delegation(delegation_id: int | None, checked: CheckedGuest) -> None:
    if delegation_id is None and checked.is_head:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only a member of a delegation can be its head.")
        )


def add_guest(
    session: Session,
    actor: Actor,
    delegation_id: int | None,
    form: GuestForm,
    *,
    today: date | None = None,
) -> GuestView:
    """Add a guest to a delegation (or on their own with `delegation_id` None). Ticking
    the head makes this guest the head in place of the one before."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    if delegation_id is not None:
        delegation_row(session, delegation_id, lock=True, live=True)
    checked = check_guest(form, today or office_today(session))
    _no_head_without_delegation(delegation_id, checked)
    return guest_view(insert_guest(session, actor, delegation_id, checked))


def update_guest(
    session: Session,
    actor: Actor,
    guest_id: int,
    form: GuestForm,
    *,
    keep_id_number: bool = True,
    today: date | None = None,
) -> GuestView:
    """Change a guest. An empty ID number keeps the one on file unless `keep_id_number`
    is off."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    guest = _guest(session, guest_id, lock=True)
    if guest.delegation_id is not None:
        delegation_row(session, guest.delegation_id, lock=True, live=True)
    checked = check_guest(form, today or office_today(session))
    _no_head_without_delegation(guest.delegation_id, checked)
    cipher: FieldCipher = session.info["cipher"]
    before = _guest_snapshot(guest)
    id_changed = False
    if checked.id_number:
        blob, hashed = cipher.protect(checked.id_number, GUEST_ID_NUMBER)
        _duplicate(session, guest.delegation_id, hashed, guest.id)
        id_changed = hashed != guest.id_number_hash
        guest.id_number_blob, guest.id_number_hash = blob, hashed
        guest.id_number_masked = mask_id_number(checked.id_number)
    elif not keep_id_number and guest.id_number_hash is not None:
        id_changed = True
        guest.id_number_blob = guest.id_number_hash = None
        guest.id_number_masked = ""
    if guest.name != checked.name:
        pinyin, initials = name_search_keys(checked.name)
        guest.name, guest.name_pinyin, guest.name_initials = checked.name, pinyin, initials
    guest.gender, guest.post, guest.rank = checked.gender.value, checked.post, checked.rank.value
    guest.halal, guest.vegetarian = checked.halal, checked.vegetarian
    guest.allergies, guest.needs_accessible = checked.allergies, checked.needs_accessible
    guest.mobility, guest.notes = checked.mobility, checked.notes
    if checked.is_head and not guest.is_head:
        _take_head(session, actor, guest)
    elif not checked.is_head and guest.is_head:
        guest.is_head = False
    session.flush()
    after = _guest_snapshot(guest)
    if after != before or id_changed:
        if id_changed and after["id_number"] == before["id_number"]:
            after["id_number_replaced"] = True
        record(session, actor, "guest.change", GUEST, guest.id, before, after)
    return guest_view(guest)


def set_head(session: Session, actor: Actor, guest_id: int) -> GuestView:
    """Make a guest the head of their delegation, in place of the head before."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    guest = _guest(session, guest_id, lock=True)
    if guest.delegation_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only a member of a delegation can be its head.")
        )
    delegation_row(session, guest.delegation_id, lock=True, live=True)
    if guest.is_head:
        return guest_view(guest)
    _take_head(session, actor, guest)
    record(session, actor, "guest.head", GUEST, guest.id, {"is_head": False}, {"is_head": True})
    return guest_view(guest)


def remove_guest(session: Session, actor: Actor, guest_id: int) -> None:
    """Take a guest off the list. Refused while the guest has a stay that is not
    cancelled; cancelled stays, which hold nothing, go with the guest."""
    authorize(session, actor, Permission.MANAGE_LODGING)
    guest = _guest(session, guest_id, lock=True)
    stays = session.scalars(select(Stay).where(Stay.guest_id == guest.id).order_by(Stay.arrive))
    stays_list: Sequence[Stay] = stays.all()
    live = [stay for stay in stays_list if stay.state != StayState.CANCELLED.value]
    if live:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has a stay from {arrive} to {depart}: cancel it before removing the guest.",
            ),
            name=guest.name,
            arrive=live[0].arrive.isoformat(),
            depart=live[0].depart.isoformat(),
        )
    before = _guest_snapshot(guest)
    cancelled = [stay.id for stay in stays_list]
    if cancelled:
        session.execute(
            update(Stay).where(Stay.moved_from_id.in_(cancelled)).values(moved_from_id=None)
        )
        for stay in stays_list:
            session.delete(stay)
        session.flush()
        before["cancelled_stays"] = len(cancelled)
    session.delete(guest)
    session.flush()
    record(session, actor, "guest.remove", GUEST, guest_id, before, None)


def list_guests(session: Session, actor: Actor, delegation_id: int) -> list[GuestView]:
    authorize_reading(session, actor)
    delegation_row(session, delegation_id)
    return _guests_of(session, delegation_id)

"""The guests of the guesthouse, on a delegation's list or on their own: adding, changing,
removing them and choosing the delegation's head. The ID number is protected (DOMAIN.md
section 6): stored encrypted with a keyed hash, shown masked. A delegation has at most one
head, which a partial unique index keeps on both databases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound
from reception.core.lodging.checklist import authorize_reading, delegation_row
from reception.core.lodging.guest_form import CheckedGuest, GuestForm, check_guest
from reception.core.lodging.models import Guest, Stay, StayState
from reception.core.lodging.views import GuestNeeds, precedence
from reception.core.people import mask_id_number, name_search_keys
from reception.core.ranks import Rank
from reception.core.security.audit import record
from reception.core.security.fields import FieldCipher
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow

GUEST_ID_NUMBER = "guest.id_number"
GUEST = "guest"

DUPLICATE_ON_LIST = QT_TRANSLATE_NOOP(
    "Errors", "This ID number is already on the delegation's list, as {name}."
)


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


def office_today(session: Session) -> date:
    return office_day(utcnow(), load_settings(session).zone)


def guests_of(session: Session, delegation_id: int) -> list[GuestView]:
    """A delegation's guests in precedence order."""
    rows = session.scalars(select(Guest).where(Guest.delegation_id == delegation_id)).all()
    return [guest_view(g) for g in sorted(rows, key=precedence)]


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
    return guests_of(session, delegation_id)

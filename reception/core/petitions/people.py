"""Petitioners (信访人): the form a clerk fills for each person, its checks, and finding the
person again. One row per person: found by the keyed hash of the ID number, else by the
name and the keyed hash of the phone; what the person tells anew (a phone, an address, the ID
number) updates the row, audited with masked values only (DOMAIN.md section 6).

Field problems are collected, not raised one by one: a refusal (`FormRefused`) lists every
problem of the form at once, keyed by the field, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import DeskError, InvalidInput
from reception.core.people import (
    check_id_number,
    check_name,
    check_phone,
    mask_id_number,
    mask_name,
    mask_phone,
    name_search_keys,
    normalise_id_number,
)
from reception.core.petitions.cases import ADDRESS, ID_NUMBER, PHONE, cipher_of, seal, unseal
from reception.core.petitions.models import Petitioner
from reception.core.security.audit import record
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.db.base import utcnow

PETITIONER = "petitioner"
ADDRESS_MAX = 200
ADDRESS_MASK = "****"  # what the audit shows of an address

# Problems of a field, in context "Petitions"; the ID-number, phone and name reasons come
# from reception.core.people in context "People".
ADDRESS_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "An address has at most 200 characters")
SAME_ID_TWICE = QT_TRANSLATE_NOOP("Petitions", "The same ID number is given for two petitioners")
SAME_PERSON_TWICE = QT_TRANSLATE_NOOP(
    "Petitions", "The same name and phone are given for two petitioners"
)

# What each field key names, for the lines of a refusal ("Fields" context).
FIELD_LABELS: dict[str, str] = {
    "form": QT_TRANSLATE_NOOP("Fields", "how it came"),
    "received_on": QT_TRANSLATE_NOOP("Fields", "date received"),
    "came_on": QT_TRANSLATE_NOOP("Fields", "date of the visit"),
    "summary": QT_TRANSLATE_NOOP("Fields", "summary"),
    "demands": QT_TRANSLATE_NOOP("Fields", "demands"),
    "category": QT_TRANSLATE_NOOP("Fields", "category"),
    "unit_concerned": QT_TRANSLATE_NOOP("Fields", "unit concerned"),
    "people_count": QT_TRANSLATE_NOOP("Fields", "number of people"),
    "petitioners": QT_TRANSLATE_NOOP("Fields", "petitioners"),
    "representatives": QT_TRANSLATE_NOOP("Fields", "representatives"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "address": QT_TRANSLATE_NOOP("Fields", "address"),
    "said": QT_TRANSLATE_NOOP("Fields", "what was said"),
    "promises": QT_TRANSLATE_NOOP("Fields", "promises made"),
    "mood": QT_TRANSLATE_NOOP("Fields", "the person's state"),
    "next_step": QT_TRANSLATE_NOOP("Fields", "next step"),
    "visit_id": QT_TRANSLATE_NOOP("Fields", "visit"),
}
PETITIONER_LINE = QT_TRANSLATE_NOOP("Petitions", "Petitioner {number}, {field}: {reason}")
FIELD_LINE = QT_TRANSLATE_NOOP("Petitions", "{field}: {reason}")

Translate = Callable[[str, str], str]


def problem(context: str, source: str) -> str:
    """A reason as a marked source string that remembers its translation context."""
    return Phrase(context, source)


class FormRefused(InvalidInput):
    """A form with problems; nothing was written. `problems` maps a field key ("summary",
    "petitioners[0].id_number", …) to its reason: an English source string that is a
    `Phrase`, so `reason.context` names its translation context. Neither the key nor the
    reason holds the refused value. `render` gives the heading and one line per problem."""

    heading: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Errors", "Nothing was saved: the form has {count} problems."
    )

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(self.heading, count=len(problems))
        self.problems = problems

    def lines(self, translate: Translate | None = None) -> list[str]:
        """One line per problem, in the shown language."""

        # Not named `tr`: lupdate would take each call below for a source text.
        def shown_in(context: str, source: str) -> str:
            return translate(context, source) if translate else source

        lines = []
        for key, reason in self.problems.items():
            context = getattr(reason, "context", "Errors")
            shown = shown_in(context, str(reason))
            head, _, leaf = key.rpartition(".")
            label = shown_in("Fields", FIELD_LABELS.get(leaf, leaf))
            if head.startswith("petitioners[") and head.endswith("]"):
                number = int(head[len("petitioners[") : -1]) + 1
                text = shown_in("Petitions", PETITIONER_LINE)
                lines.append(text.format(number=number, field=label, reason=shown))
            else:
                lines.append(shown_in("Petitions", FIELD_LINE).format(field=label, reason=shown))
        return lines

    def render(self, translate: Any = None) -> str:
        return "\n".join([super().render(translate), *self.lines(translate)])


@dataclass(frozen=True)
class PetitionerForm:
    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    is_representative: bool = False


@dataclass(frozen=True)
class CheckedPetitioner:
    """A petitioner's fields as they will be stored: normalised, "" where not given."""

    name: str
    id_number: str = field(default="", repr=False)
    gender: str | None = None
    phone: str = field(default="", repr=False)
    address: str = field(default="", repr=False)
    is_representative: bool = False
    id_note: str | None = None  # a marked source (context "People") worth a second look


def check_petitioner(
    form: PetitionerForm, today: date, problems: dict[str, str], prefix: str = ""
) -> CheckedPetitioner | None:
    """Each field checked on its own; problems are added under `prefix + field`."""
    found: dict[str, str] = {}

    def attempt(key: str, check: Callable[[], Any]) -> Any:
        try:
            return check()
        except DeskError as error:
            found[key] = problem(error.context, error.text)
            return None

    name = attempt("name", lambda: check_name(form.name))
    number, gender, note = "", None, None
    if form.id_number.strip():
        checked = attempt("id_number", lambda: check_id_number(form.id_number, today=today))
        if checked is not None:
            number, gender, note = checked.number, checked.gender, checked.note
    phone = ""
    if form.phone.strip():
        phone = attempt("phone", lambda: check_phone(form.phone)) or ""
    address = " ".join(str(form.address).split())
    if len(address) > ADDRESS_MAX:
        found["address"] = problem("Petitions", ADDRESS_TOO_LONG)
    problems.update({prefix + key: reason for key, reason in found.items()})
    if found or name is None:
        return None
    return CheckedPetitioner(
        name=name,
        id_number=number,
        gender=gender,
        phone=phone,
        address=address,
        is_representative=bool(form.is_representative),
        id_note=note,
    )


def check_petitioners(
    forms: list[PetitionerForm], today: date, problems: dict[str, str]
) -> list[CheckedPetitioner]:
    """Every form checked, and no person given twice (same ID number, or same name and
    phone without an ID number)."""
    checked: list[CheckedPetitioner] = []
    seen_ids: set[str] = set()
    seen_name_phone: set[tuple[str, str]] = set()
    for index, form in enumerate(forms):
        prefix = f"petitioners[{index}]."
        person = check_petitioner(form, today, problems, prefix)
        if person is None:
            continue
        if person.id_number:
            if person.id_number in seen_ids:
                problems[prefix + "id_number"] = problem("Petitions", SAME_ID_TWICE)
                continue
            seen_ids.add(person.id_number)
        elif person.phone:
            if (person.name, person.phone) in seen_name_phone:
                problems[prefix + "phone"] = problem("Petitions", SAME_PERSON_TWICE)
                continue
            seen_name_phone.add((person.name, person.phone))
        checked.append(person)
    return checked


def id_number_hash(session: Session, id_number: str) -> str:
    """The keyed hash an ID number (normalised) is found by."""
    return cipher_of(session).lookup_hash(normalise_id_number(id_number), ID_NUMBER)


def phone_hash(session: Session, phone: str) -> str:
    """The keyed hash a phone (as check_phone normalises it) is found by."""
    return cipher_of(session).lookup_hash(phone, PHONE)


def find_petitioner(session: Session, person: CheckedPetitioner) -> Petitioner | None:
    """The same person: by the ID number's hash, else by name and phone hash (among those
    with no ID number recorded when one is given now, since another number is another
    person)."""
    if person.id_number:
        found = session.scalars(
            select(Petitioner).where(
                Petitioner.id_number_hash == id_number_hash(session, person.id_number)
            )
        ).first()
        if found is not None:
            return found
    if not person.phone:
        return None
    query = select(Petitioner).where(
        Petitioner.name == person.name, Petitioner.phone_hash == phone_hash(session, person.phone)
    )
    if person.id_number:
        query = query.where(Petitioner.id_number_hash.is_(None))
    return session.scalars(query.order_by(Petitioner.id.desc()).limit(1)).first()


def snapshot(person: Petitioner) -> dict[str, object]:
    """What the audit keeps of a petitioner: masked values only; an address only as
    recorded or not."""
    return {
        "name": mask_name(person.name),
        "id_number": person.id_number_masked,
        "phone": person.phone_masked,
        "address": ADDRESS_MASK if person.address_blob else "",
    }


def _set_id_number(session: Session, person: Petitioner, checked: CheckedPetitioner) -> None:
    blob, hashed = cipher_of(session).protect(checked.id_number, ID_NUMBER)
    person.id_number_blob, person.id_number_hash = blob, hashed
    person.id_number_masked = mask_id_number(checked.id_number)
    person.gender = checked.gender


def _set_phone(session: Session, person: Petitioner, phone: str) -> None:
    person.phone_blob, person.phone_hash = cipher_of(session).protect(phone, PHONE)
    person.phone_masked = mask_phone(phone)


def _set_name(person: Petitioner, name: str) -> None:
    pinyin, initials = name_search_keys(name)
    person.name, person.name_pinyin, person.name_initials = name, pinyin[:160], initials[:40]


def resolve_petitioner(
    session: Session, actor: Actor, checked: CheckedPetitioner, reason: str | None = None
) -> Petitioner:
    """The stored person for `checked`: found and brought up to date, or added. Both are
    audited ("petitioner.add", "petitioner.update") with masked values."""
    person = find_petitioner(session, checked)
    if person is None:
        person = Petitioner(id_number_masked="", phone_masked="", created_at=utcnow())
        _set_name(person, checked.name)
        if checked.id_number:
            _set_id_number(session, person, checked)
        if checked.phone:
            _set_phone(session, person, checked.phone)
        person.address_blob = seal(session, checked.address, ADDRESS)
        session.add(person)
        session.flush()
        record(session, actor, "petitioner.add", PETITIONER, person.id, None, snapshot(person))
        return person
    before = snapshot(person)
    changed: list[str] = []
    if checked.name != person.name:
        _set_name(person, checked.name)
        changed.append("name")
    if checked.id_number and person.id_number_hash is None:
        _set_id_number(session, person, checked)
        changed.append("id_number")
    if checked.phone and person.phone_hash != phone_hash(session, checked.phone):
        _set_phone(session, person, checked.phone)
        changed.append("phone")
    if checked.address and checked.address != unseal(session, person.address_blob, ADDRESS):
        person.address_blob = seal(session, checked.address, ADDRESS)
        changed.append("address")
    if changed:
        session.flush()
        after = snapshot(person)
        record(
            session,
            actor,
            "petitioner.update",
            PETITIONER,
            person.id,
            {key: before[key] for key in changed},
            {key: after[key] for key in changed},
            reason,
        )
    return person

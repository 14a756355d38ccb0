"""A guest's form as the clerk fills it (or a row of an imported list) and its checks: each
field on its own, so that an import reports every problem at once; the gender as an office
writes it (男/女); the ID number checked and compared with the gender it gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from reception.core.errors import DeskError, InvalidInput
from reception.core.lodging.models import Gender
from reception.core.lodging.texts import FIELD_NOTES, one_line
from reception.core.people import check_id_number, check_name
from reception.core.ranks import Rank, parse_rank
from reception.core.text import QT_TRANSLATE_NOOP

FIELD_POST = QT_TRANSLATE_NOOP("Fields", "post")
FIELD_ALLERGIES = QT_TRANSLATE_NOOP("Fields", "allergies")
FIELD_MOBILITY = QT_TRANSLATE_NOOP("Fields", "mobility needs")

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
    post = attempt("post", lambda: one_line(form.post, 80, FIELD_POST))
    rank = attempt("rank", lambda: parse_rank(form.rank))
    allergies = attempt("allergies", lambda: one_line(form.allergies, 200, FIELD_ALLERGIES))
    mobility = attempt("mobility", lambda: one_line(form.mobility, 200, FIELD_MOBILITY))
    notes = attempt("notes", lambda: one_line(form.notes, 200, FIELD_NOTES))
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

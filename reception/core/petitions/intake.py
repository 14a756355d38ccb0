"""Registering a matter (信访事项) and recording a repeat visit (重复访).

Everything is checked before anything is written: a refused intake (`IntakeRefused`) lists
every problem of the form at once. A new matter gets its number per year of receipt
(XF2026-000123), its petitioners (found again by ID number, or by name and phone), its
first visit, its history line and its first deadline. A repeat visit is recorded also on a
final matter, since the person did come; the desk is told the matter is final."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict
from reception.core.petitions.cases import (
    CASE,
    CASE_TEXT,
    add_event,
    case_row,
    case_views,
    office_today,
    refresh_due,
    seal,
)
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    MAX_REPRESENTATIVES,
    CasePetitioner,
    PetitionCase,
    PetitionVisit,
)
from reception.core.petitions.people import (
    CheckedPetitioner,
    FormRefused,
    PetitionerForm,
    check_petitioner,
    check_petitioners,
    problem,
    resolve_petitioner,
)
from reception.core.petitions.settings import PetitionSettings, load_petition_settings
from reception.core.petitions.states import CaseForm, CaseState, EventKind
from reception.core.petitions.views import CaseView
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

SUMMARY_MAX = 4000
DEMANDS_MAX = 2000
UNIT_MAX = 80
CASE_NO_DIGITS = 6

UNKNOWN_FORM = QT_TRANSLATE_NOOP("Petitions", "Choose visit, letter, phone call or online")
IN_FUTURE = QT_TRANSLATE_NOOP("Petitions", "The date is in the future")
BEFORE_RECEIVED = QT_TRANSLATE_NOOP("Petitions", "The date is before the matter was received")
SUMMARY_EMPTY = QT_TRANSLATE_NOOP("Petitions", "Enter what the matter is about")
SUMMARY_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "A summary has at most 4000 characters")
DEMANDS_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "The demands have at most 2000 characters")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("Petitions", "This category is not in the office's list")
UNIT_TOO_LONG = QT_TRANSLATE_NOOP("Petitions", "A unit's name has at most 80 characters")
NO_PETITIONER = QT_TRANSLATE_NOOP("Petitions", "Name at least one petitioner")
PEOPLE_TOO_FEW = QT_TRANSLATE_NOOP(
    "Petitions", "The number of people is smaller than the number of petitioners named"
)
PEOPLE_AT_LEAST_ONE = QT_TRANSLATE_NOOP("Petitions", "At least one person came")
JOINT_NEEDS_REPRESENTATIVES = QT_TRANSLATE_NOOP(
    "Petitions", "A joint visit of five or more people names one to five representatives"
)
TOO_MANY_REPRESENTATIVES = QT_TRANSLATE_NOOP(
    "Petitions", "At most five representatives may be named"
)


class IntakeRefused(FormRefused):
    """Every field problem of an intake at once; nothing was written."""


@dataclass(frozen=True)
class IntakeForm:
    form: CaseForm | str
    received_on: date
    summary: str
    petitioners: Sequence[PetitionerForm]
    demands: str = ""
    category: str = ""  # one of PetitionSettings.categories (or "")
    unit_concerned: str = ""
    people_count: int = 1  # >= number of petitioners; >= 5: a joint visit


@dataclass(frozen=True)
class RepeatVisit:
    case: CaseView
    # The matter is final: the desk says it is not accepted again on the same facts and
    # reasons.
    final: bool


@dataclass(frozen=True)
class _CheckedIntake:
    form: CaseForm
    received_on: date
    summary: str
    demands: str
    category: str
    unit_concerned: str
    people_count: int
    petitioners: list[CheckedPetitioner]


def parse_form(value: CaseForm | str, problems: dict[str, str], key: str = "form") -> CaseForm:
    try:
        return CaseForm(str(value).strip().lower())
    except ValueError:
        problems[key] = problem("Petitions", UNKNOWN_FORM)
        return CaseForm.VISIT


def _text(value: str) -> str:
    """A case text: the ends trimmed, line breaks kept."""
    return str(value).strip()


def check_intake(intake: IntakeForm, today: date, settings: PetitionSettings) -> _CheckedIntake:
    """The intake as it will be stored, or IntakeRefused with every problem."""
    problems: dict[str, str] = {}
    form = parse_form(intake.form, problems)
    if intake.received_on > today:
        problems["received_on"] = problem("Petitions", IN_FUTURE)
    summary = _text(intake.summary)
    if not summary:
        problems["summary"] = problem("Petitions", SUMMARY_EMPTY)
    elif len(summary) > SUMMARY_MAX:
        problems["summary"] = problem("Petitions", SUMMARY_TOO_LONG)
    demands = _text(intake.demands)
    if len(demands) > DEMANDS_MAX:
        problems["demands"] = problem("Petitions", DEMANDS_TOO_LONG)
    category = " ".join(str(intake.category).split())
    if category and category not in settings.categories:
        problems["category"] = problem("Petitions", UNKNOWN_CATEGORY)
    unit = " ".join(str(intake.unit_concerned).split())
    if len(unit) > UNIT_MAX:
        problems["unit_concerned"] = problem("Petitions", UNIT_TOO_LONG)
    forms = list(intake.petitioners)
    if not forms:
        problems["petitioners"] = problem("Petitions", NO_PETITIONER)
    people = intake.people_count
    if people < 1:
        problems["people_count"] = problem("Petitions", PEOPLE_AT_LEAST_ONE)
    elif people < len(forms):
        problems["people_count"] = problem("Petitions", PEOPLE_TOO_FEW)
    representatives = sum(1 for f in forms if f.is_representative)
    if representatives > MAX_REPRESENTATIVES:
        problems["representatives"] = problem("Petitions", TOO_MANY_REPRESENTATIVES)
    elif people >= JOINT_VISIT_PEOPLE and representatives < 1:
        problems["representatives"] = problem("Petitions", JOINT_NEEDS_REPRESENTATIVES)
    petitioners = check_petitioners(forms, today, problems)
    if problems:
        raise IntakeRefused(problems)
    return _CheckedIntake(
        form, intake.received_on, summary, demands, category, unit, people, petitioners
    )


def next_case_no(session: Session, year: int) -> str:
    """The next number of the year, read from the unique index of case numbers. Writers
    are serialised (authorize locks the audit chain), so two desks never take the same."""
    prefix = f"XF{year}-"
    last = session.scalar(
        select(func.max(PetitionCase.case_no)).where(
            PetitionCase.case_no >= prefix, PetitionCase.case_no < f"XF{year}."
        )
    )
    seq = int(last[len(prefix) :]) + 1 if last else 1
    if seq >= 10**CASE_NO_DIGITS:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The case numbers of {year} are used up."), year=year
        )
    return f"{prefix}{seq:0{CASE_NO_DIGITS}d}"


def register_case(
    session: Session, actor: Actor, intake: IntakeForm, *, today: date | None = None
) -> CaseView:
    """Register a new matter with its petitioners and its first visit."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    today = today or office_today(session)
    checked = check_intake(intake, today, load_petition_settings(session))
    now = utcnow()
    case = PetitionCase(
        case_no=next_case_no(session, checked.received_on.year),
        form=checked.form.value,
        received_on=checked.received_on,
        category=checked.category,
        unit_concerned=checked.unit_concerned,
        summary_blob=seal(session, checked.summary, CASE_TEXT),
        demands_blob=seal(session, checked.demands, CASE_TEXT),
        people_count=checked.people_count,
        is_joint=checked.people_count >= JOINT_VISIT_PEOPLE,
        state=CaseState.REGISTERED.value,
        is_final=False,
        officer_id=actor.operator_id,
        extension_days=0,
        hearing_days=0,
        visit_count=1,
        last_visit_on=checked.received_on,
        escalated=False,
        created_at=now,
        created_by=actor.login,
    )
    session.add(case)
    session.flush()
    linked = _link_petitioners(session, actor, case, checked.petitioners)
    first = next(iter(linked))
    session.add(
        PetitionVisit(
            case_id=case.id,
            petitioner_id=first,
            came_on=checked.received_on,
            form=checked.form.value,
            people_count=checked.people_count,
            is_repeat=False,
            created_at=now,
            created_by=actor.login,
        )
    )
    add_event(
        session,
        actor,
        case,
        EventKind.REGISTERED.value,
        checked.received_on,
        to_state=CaseState.REGISTERED.value,
    )
    refresh_due(session, case)
    session.flush()
    record(
        session,
        actor,
        "petition.register",
        CASE,
        case.id,
        None,
        {
            "case_no": case.case_no,
            "form": case.form,
            "received_on": case.received_on.isoformat(),
            "category": case.category,
            "unit_concerned": case.unit_concerned,
            "people_count": case.people_count,
            "is_joint": case.is_joint,
            "petitioners": [
                {"id": link.petitioner_id, "representative": link.is_representative}
                for link in linked.values()
            ],
        },
    )
    return case_views(session, actor, [case], today)[0]


def _link_petitioners(
    session: Session, actor: Actor, case: PetitionCase, people: list[CheckedPetitioner]
) -> dict[int, CasePetitioner]:
    """Each person found or added and linked to the case in the form's order; a person
    reached two ways (ID number, name and phone) is linked once."""
    linked: dict[int, CasePetitioner] = {}
    for person in people:
        row = resolve_petitioner(session, actor, person)
        if row.id in linked:
            linked[row.id].is_representative |= person.is_representative
            continue
        linked[row.id] = CasePetitioner(
            case_id=case.id,
            petitioner_id=row.id,
            is_representative=person.is_representative,
            position=len(linked),
        )
        session.add(linked[row.id])
    session.flush()
    return linked


def record_repeat_visit(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    came_on: date,
    form: CaseForm | str,
    people_count: int = 1,
    petitioner: PetitionerForm | None = None,
    today: date | None = None,
) -> RepeatVisit:
    """The person came again about the same matter (重复访). `petitioner`, when given, is
    who came: found or added, and linked to the case if not yet on it; else the case's
    first petitioner. Recorded on a final matter too, with `final` set."""
    authorize(session, actor, Permission.HANDLE_PETITIONS)
    today = today or office_today(session)
    case = case_row(session, case_id, lock=True)
    problems: dict[str, str] = {}
    how = parse_form(form, problems)
    if came_on > today:
        problems["came_on"] = problem("Petitions", IN_FUTURE)
    elif came_on < case.received_on:
        problems["came_on"] = problem("Petitions", BEFORE_RECEIVED)
    if people_count < 1:
        problems["people_count"] = problem("Petitions", PEOPLE_AT_LEAST_ONE)
    person = None
    if petitioner is not None:
        person = check_petitioner(petitioner, today, problems, "petitioners[0].")
    if problems:
        raise IntakeRefused(problems)
    links = {
        link.petitioner_id: link
        for link in session.scalars(select(CasePetitioner).where(CasePetitioner.case_id == case.id))
    }
    if person is not None:
        row = resolve_petitioner(session, actor, person)
        petitioner_id: int | None = row.id
        if row.id not in links:
            session.add(
                CasePetitioner(
                    case_id=case.id,
                    petitioner_id=row.id,
                    is_representative=person.is_representative,
                    position=max((link.position for link in links.values()), default=-1) + 1,
                )
            )
    else:
        first = min(links.values(), key=lambda link: link.position, default=None)
        petitioner_id = first.petitioner_id if first else None
    before = {"visit_count": case.visit_count, "last_visit_on": case.last_visit_on.isoformat()}
    visit = PetitionVisit(
        case_id=case.id,
        petitioner_id=petitioner_id,
        came_on=came_on,
        form=how.value,
        people_count=people_count,
        is_repeat=True,
        created_at=utcnow(),
        created_by=actor.login,
    )
    session.add(visit)
    case.visit_count += 1
    case.last_visit_on = max(case.last_visit_on, came_on)
    add_event(session, actor, case, EventKind.REPEAT_VISIT.value, came_on)
    session.flush()
    record(
        session,
        actor,
        "petition.repeat_visit",
        CASE,
        case.id,
        before,
        {
            "case_no": case.case_no,
            "visit_id": visit.id,
            "came_on": came_on.isoformat(),
            "form": how.value,
            "people_count": people_count,
            "petitioner_id": petitioner_id,
            "visit_count": case.visit_count,
            "last_visit_on": case.last_visit_on.isoformat(),
            "final": case.is_final,
        },
    )
    return RepeatVisit(case_views(session, actor, [case], today)[0], final=case.is_final)

"""Registering matters and repeat visits through the intake services: numbering, every check
before any write, finding a petitioner again, joint visits, and the audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from reception.core.errors import NotFound, NotPermitted
from reception.core.people import (
    ID_IMPOSSIBLE_BIRTH_DATE,
    ID_WRONG_CHECK_CHARACTER,
    PHONE_INVALID,
    mask_phone,
)
from reception.core.petitions.cases import ADDRESS as ADDRESS_PURPOSE
from reception.core.petitions.cases import unseal
from reception.core.petitions.intake import (
    JOINT_NEEDS_REPRESENTATIVES,
    NO_PETITIONER,
    PEOPLE_TOO_FEW,
    SUMMARY_EMPTY,
    TOO_MANY_REPRESENTATIVES,
    UNKNOWN_CATEGORY,
    UNKNOWN_FORM,
    IntakeRefused,
    record_repeat_visit,
    register_case,
)
from reception.core.petitions.models import (
    CaseEvent,
    CasePetitioner,
    PetitionCase,
    Petitioner,
    PetitionVisit,
)
from reception.core.petitions.people import SAME_ID_TWICE, SAME_PERSON_TWICE, PetitionerForm
from reception.core.petitions.states import CaseForm, CaseState, DueKind, EventKind
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.petitions_intake_support import (
    ADDRESS,
    MAN_ID,
    OTHER_PHONE,
    PHONE,
    RECEIVED,
    SUMMARY,
    THIRD_ID,
    TODAY,
    WOMAN_ID,
    audit_rows,
    count,
    intake,
    person,
    register,
)


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


def test_a_registered_matter_has_its_number_visit_history_and_first_deadline(
    db: Database, officer: Actor
) -> None:
    view = register(db, officer, person(address=ADDRESS))
    assert view.case_no == "XF2026-000001"
    assert (view.state, view.form, view.received_on) == (
        CaseState.REGISTERED,
        CaseForm.VISIT,
        RECEIVED,
    )
    assert view.petitioners == "张三"
    assert view.id_number_masked == "*" * 14 + MAN_ID[-4:]
    assert view.next_due_kind is DueKind.ACCEPTANCE
    # 15 days from 20 November is Saturday 5 December: the period ends on Monday the 7th.
    assert view.next_due_on == date(2026, 12, 7)
    assert (view.visit_count, view.last_visit_on, view.is_joint) == (1, RECEIVED, False)
    with db.read() as s:
        case = s.get(PetitionCase, view.id)
        assert case is not None and case.officer_id == officer.operator_id
        visits = s.scalars(select(PetitionVisit).where(PetitionVisit.case_id == view.id)).all()
        assert [(v.came_on, v.is_repeat, v.people_count) for v in visits] == [(RECEIVED, False, 1)]
        events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == view.id)).all()
        assert [(e.kind, e.to_state, e.on_day) for e in events] == [
            (EventKind.REGISTERED.value, CaseState.REGISTERED.value, RECEIVED)
        ]
        stored = s.scalars(select(Petitioner)).one()
        assert stored.gender == "male"
        assert stored.name_pinyin == "zhangsan" and stored.name_initials == "zs"
        assert unseal(s, stored.address_blob, ADDRESS_PURPOSE) == ADDRESS


def test_case_numbers_count_per_year_of_receipt(db: Database, officer: Actor) -> None:
    first = register(db, officer, person())
    second = register(db, officer, person("李四", id_number=WOMAN_ID, phone=OTHER_PHONE))
    last_year = register(db, officer, person(), received_on=date(2025, 12, 30))
    assert [first.case_no, second.case_no, last_year.case_no] == [
        "XF2026-000001",
        "XF2026-000002",
        "XF2025-000001",
    ]


def test_every_problem_is_listed_at_once_and_nothing_is_written(
    db: Database, officer: Actor
) -> None:
    audit_before = count(db, AuditEntry)
    bad_check = MAN_ID[:-1] + ("0" if MAN_ID[-1] != "0" else "1")
    no_such_day = "110105198002301234"  # 30 February
    form = intake(
        person(id_number=bad_check),
        person("李四", id_number=no_such_day, phone="12345"),
        received_on=TODAY + timedelta(days=1),
        summary="   ",
        category="不存在/的类别",
        people_count=1,
        form="fax",
    )
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        register_case(s, officer, form, today=TODAY)
    problems = refused.value.problems
    assert problems == {
        "form": UNKNOWN_FORM,
        "received_on": "The date is in the future",
        "summary": SUMMARY_EMPTY,
        "category": UNKNOWN_CATEGORY,
        "people_count": PEOPLE_TOO_FEW,
        "petitioners[0].id_number": ID_WRONG_CHECK_CHARACTER,
        "petitioners[1].id_number": ID_IMPOSSIBLE_BIRTH_DATE,
        "petitioners[1].phone": PHONE_INVALID,
    }
    assert getattr(problems["petitioners[0].id_number"], "context", None) == "People"
    assert getattr(problems["summary"], "context", None) == "Petitions"
    for model in (PetitionCase, Petitioner, PetitionVisit, CaseEvent):
        assert count(db, model) == 0
    assert count(db, AuditEntry) == audit_before
    # The refusal names no refused value, and says where each problem is.
    text = refused.value.render()
    assert bad_check not in text and no_such_day not in text and "12345" not in text
    assert "Petitioner 1, ID number: The check character of the ID number is wrong" in text
    assert "summary: Enter what the matter is about" in text


def test_a_refusal_is_shown_in_the_desks_language(db: Database, officer: Actor) -> None:
    heading = "Nothing was saved: the form has {count} problems."
    chinese = {
        ("Errors", heading): "未保存：有 {count} 处问题。",
        ("Petitions", "{field}: {reason}"): "{field}：{reason}",
        ("Fields", "summary"): "摘要",
        ("Petitions", "Enter what the matter is about"): "请填写信访事项内容",
    }
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        register_case(s, officer, intake(summary=""), today=TODAY)
    shown = refused.value.render(lambda context, source: chinese.get((context, source), source))
    assert shown.splitlines() == ["未保存：有 1 处问题。", "摘要：请填写信访事项内容"]


def test_no_petitioner_is_refused(db: Database, officer: Actor) -> None:
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        register_case(s, officer, intake(petitioners=[]), today=TODAY)
    assert refused.value.problems == {"petitioners": NO_PETITIONER}


def test_the_same_person_twice_in_one_form_is_refused(db: Database, officer: Actor) -> None:
    form = intake(
        person(),
        person("张三丰", id_number=MAN_ID, phone=OTHER_PHONE),
        person("王五", id_number="", phone=PHONE),
        person("王五", id_number="", phone=PHONE),
    )
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        register_case(s, officer, form, today=TODAY)
    assert refused.value.problems == {
        "petitioners[1].id_number": SAME_ID_TWICE,
        "petitioners[3].phone": SAME_PERSON_TWICE,
    }


def _joint(representatives: int) -> list[PetitionerForm]:
    ids = [MAN_ID, WOMAN_ID, THIRD_ID]
    forms = []
    for n in range(max(representatives, 1)):
        number = ids[n] if n < len(ids) else ""
        forms.append(
            person(
                f"代表{n}",
                id_number=number,
                phone="" if number else f"1390000{n:04d}",
                is_representative=n < representatives,
            )
        )
    return forms


@pytest.mark.parametrize(
    ("representatives", "people", "problem"),
    [
        (0, 5, JOINT_NEEDS_REPRESENTATIVES),
        (0, 30, JOINT_NEEDS_REPRESENTATIVES),
        (6, 30, TOO_MANY_REPRESENTATIVES),
        (6, 6, TOO_MANY_REPRESENTATIVES),
    ],
)
def test_a_joint_visit_names_one_to_five_representatives(
    db: Database, officer: Actor, representatives: int, people: int, problem: str
) -> None:
    form = intake(*_joint(representatives), people_count=people)
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        register_case(s, officer, form, today=TODAY)
    assert refused.value.problems == {"representatives": problem}
    assert count(db, PetitionCase) == 0


@pytest.mark.parametrize("representatives", [1, 5])
def test_a_joint_visit_is_flagged_with_its_representatives(
    db: Database, officer: Actor, representatives: int
) -> None:
    view = register(db, officer, *_joint(representatives), people_count=40)
    assert view.is_joint and view.people_count == 40
    with db.read() as s:
        marks = s.scalars(
            select(CasePetitioner.is_representative)
            .where(CasePetitioner.case_id == view.id)
            .order_by(CasePetitioner.position)
        ).all()
    assert list(marks) == [True] * representatives


def test_four_people_are_not_a_joint_visit(db: Database, officer: Actor) -> None:
    assert not register(db, officer, person(), people_count=4).is_joint


def test_a_petitioner_is_found_again_by_id_number_and_updated(db: Database, officer: Actor) -> None:
    first = register(db, officer, person())
    second = register(db, officer, person(phone=OTHER_PHONE, address=ADDRESS))
    with db.read() as s:
        people = s.scalars(select(Petitioner)).all()
        assert len(people) == 1
        assert people[0].phone_masked == mask_phone(OTHER_PHONE)
        links = s.scalars(select(CasePetitioner.case_id).order_by(CasePetitioner.case_id)).all()
    assert list(links) == [first.id, second.id]
    [changed] = audit_rows(db, "petitioner.update")
    assert changed.before is not None and changed.after is not None
    assert mask_phone(PHONE) in changed.before and mask_phone(OTHER_PHONE) in changed.after
    assert "address" in changed.after
    for row in (changed.before, changed.after):
        assert PHONE not in row and OTHER_PHONE not in row and "幸福路" not in row


def test_a_petitioner_without_id_number_is_found_by_name_and_phone(
    db: Database, officer: Actor
) -> None:
    register(db, officer, person(id_number=""))
    register(db, officer, person(id_number=""))
    # Now with the card: the same person, who gets the ID number.
    register(db, officer, person(id_number=MAN_ID))
    with db.read() as s:
        people = s.scalars(select(Petitioner)).all()
    assert len(people) == 1 and people[0].id_number_hash is not None
    assert count(db, CasePetitioner) == 3


def test_same_name_and_phone_with_another_id_number_is_another_person(
    db: Database, officer: Actor
) -> None:
    register(db, officer, person(id_number=MAN_ID))
    register(db, officer, person(id_number=THIRD_ID))
    assert count(db, Petitioner) == 2


def test_a_name_typed_anew_for_a_known_id_number_is_taken(db: Database, officer: Actor) -> None:
    register(db, officer, person("张山"))
    register(db, officer, person("张三"))
    with db.read() as s:
        stored = s.scalars(select(Petitioner)).one()
    assert (stored.name, stored.name_pinyin) == ("张三", "zhangsan")


def test_registering_is_audited_without_plaintext(db: Database, officer: Actor) -> None:
    view = register(db, officer, person(address=ADDRESS))
    actions = [row.action for row in audit_rows(db) if row.action.startswith("petition")]
    assert actions == ["petitioner.add", "petition.register"]
    [registered] = audit_rows(db, "petition.register")
    assert registered.entity_id == str(view.id)
    assert registered.after is not None and view.case_no in registered.after
    for row in audit_rows(db):
        text = f"{row.before}{row.after}{row.reason}"
        for secret in (MAN_ID, PHONE, ADDRESS, SUMMARY, "张三"):
            assert secret not in text


def test_a_repeat_visit_is_linked_to_the_matter(db: Database, officer: Actor) -> None:
    view = register(db, officer, person())
    came = RECEIVED + timedelta(days=3)
    with db.unit() as s:
        repeat = record_repeat_visit(
            s, officer, view.id, came_on=came, form="phone", people_count=2, today=TODAY
        )
    assert not repeat.final
    assert (repeat.case.visit_count, repeat.case.last_visit_on) == (2, came)
    with db.read() as s:
        visits = s.scalars(
            select(PetitionVisit).where(PetitionVisit.case_id == view.id).order_by(PetitionVisit.id)
        ).all()
        assert [(v.is_repeat, v.form, v.people_count) for v in visits] == [
            (False, "visit", 1),
            (True, "phone", 2),
        ]
        assert visits[1].petitioner_id == visits[0].petitioner_id
        kinds = s.scalars(select(CaseEvent.kind).order_by(CaseEvent.id)).all()
    assert list(kinds) == [EventKind.REGISTERED.value, EventKind.REPEAT_VISIT.value]
    [audited] = audit_rows(db, "petition.repeat_visit")
    assert audited.after is not None and '"visit_count":2' in audited.after


def test_a_repeat_visit_on_a_final_matter_is_recorded_and_flagged(
    db: Database, officer: Actor
) -> None:
    view = register(db, officer, person())
    with db.unit() as s:
        s.execute(
            update(PetitionCase)
            .where(PetitionCase.id == view.id)
            .values(state=CaseState.FINAL.value, is_final=True)
        )
    with db.unit() as s:
        repeat = record_repeat_visit(s, officer, view.id, came_on=TODAY, form="visit", today=TODAY)
    assert repeat.final and repeat.case.is_final
    assert repeat.case.visit_count == 2 and repeat.case.last_visit_on == TODAY


def test_a_repeat_visit_brings_a_new_petitioner_onto_the_matter(
    db: Database, officer: Actor
) -> None:
    view = register(db, officer, person())
    with db.unit() as s:
        repeat = record_repeat_visit(
            s,
            officer,
            view.id,
            came_on=TODAY,
            form=CaseForm.VISIT,
            petitioner=person("李四", id_number=WOMAN_ID, phone=OTHER_PHONE),
            today=TODAY,
        )
    assert repeat.case.petitioners == "张三、李四"
    with db.read() as s:
        last = s.scalars(select(PetitionVisit).order_by(PetitionVisit.id.desc())).first()
        woman = s.scalars(select(Petitioner).where(Petitioner.name == "李四")).one()
    assert last is not None and last.petitioner_id == woman.id


@pytest.mark.parametrize(
    ("came_on", "key"),
    [(TODAY + timedelta(days=1), "came_on"), (RECEIVED - timedelta(days=1), "came_on")],
)
def test_a_repeat_visit_outside_the_matters_dates_is_refused(
    db: Database, officer: Actor, came_on: date, key: str
) -> None:
    view = register(db, officer, person())
    with db.unit() as s, pytest.raises(IntakeRefused) as refused:
        record_repeat_visit(
            s,
            officer,
            view.id,
            came_on=came_on,
            form="pigeon",
            people_count=0,
            petitioner=person(phone="1"),
            today=TODAY,
        )
    assert set(refused.value.problems) == {key, "form", "people_count", "petitioners[0].phone"}
    assert count(db, PetitionVisit) == 1


def test_a_repeat_visit_of_no_case_is_not_found(db: Database, officer: Actor) -> None:
    with db.unit() as s, pytest.raises(NotFound):
        record_repeat_visit(s, officer, 999, came_on=TODAY, form="visit", today=TODAY)


@pytest.mark.parametrize(
    "role", [Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR, Role.DIRECTOR]
)
def test_only_the_petitions_officer_registers(
    db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    view = register(db, staff[Role.PETITIONS_OFFICER], person())
    with db.unit() as s, pytest.raises(NotPermitted):
        register_case(s, staff[role], intake(), today=TODAY)
    with db.unit() as s, pytest.raises(NotPermitted):
        record_repeat_visit(s, staff[role], view.id, came_on=TODAY, form="visit", today=TODAY)
    assert count(db, PetitionCase) == 1 and count(db, PetitionVisit) == 1

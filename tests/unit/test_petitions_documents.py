"""Notices from templates: the case's data and the office's name filled in, the office's own
texts used once saved, unknown fields and broken braces refused, and no notice the case's
state does not support."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from reception.core.errors import Conflict, InvalidInput, NotPermitted
from reception.core.petitions.documents import (
    DEFAULT_TEMPLATES,
    TEMPLATE_FIELDS,
    DocumentKind,
    check_template,
    compose_notice,
)
from reception.core.petitions.settings_edit import update_petition_settings
from reception.core.petitions.states import Step
from reception.core.petitions.workflow import approve_extension, ask_extension, take_step
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from tests.unit.petitions_support import SUMMARY, new_case

RECEIVED = date(2026, 9, 17)
TODAY = date(2026, 11, 25)
OFFICE = "某市人民政府信访局"


@pytest.fixture
def officer(db: Database, staff: dict[Role, Actor]) -> Actor:
    with db.unit() as session:
        update_settings(session, staff[Role.ADMINISTRATOR], office_name=OFFICE)
    return staff[Role.PETITIONS_OFFICER]


def test_an_acceptance_notice_is_filled_from_the_case(db: Database, officer: Actor) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    with db.unit() as session:
        take_step(session, officer, case_id, Step.ACCEPT, on=RECEIVED, today=TODAY)
        done = compose_notice(session, officer, case_id, DocumentKind.ACCEPTANCE, today=TODAY)
    assert done.title == "信访事项受理告知书"
    assert (done.addressee, done.office, done.date_line) == ("张三", OFFICE, "2026年11月25日")
    text = "".join(done.paragraphs)
    assert "2026年9月17日" in text and done.case_no in text and SUMMARY in text
    assert "至2026年11月16日" in text  # 60 days from 09-17
    assert "{" not in text
    with db.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "petition.document"))
        assert [a.after for a in audit] == ['{"kind":"acceptance"}']


def test_the_refusal_and_the_extension_notices_give_their_reasons(
    db: Database, officer: Actor, staff: dict[Role, Actor]
) -> None:
    refused_id = new_case(db, officer, received_on=RECEIVED, names=("李四",))
    extended_id = new_case(db, officer, received_on=RECEIVED)
    with db.unit() as session:
        take_step(
            session, officer, refused_id, Step.REFUSE, reason="已通过诉讼途径解决", today=TODAY
        )
        take_step(session, officer, extended_id, Step.ACCEPT, on=RECEIVED, today=TODAY)
        ask_extension(session, officer, extended_id, 20, "涉及多个部门，需会商", today=RECEIVED)
        approve_extension(session, staff[Role.DIRECTOR], extended_id, today=RECEIVED)
        refusal = compose_notice(session, officer, refused_id, "non_acceptance", today=TODAY)
        extension = compose_notice(
            session, staff[Role.DIRECTOR], extended_id, DocumentKind.EXTENSION, today=TODAY
        )
    assert refusal.title == "信访事项不予受理告知书" and refusal.addressee == "李四"
    assert "已通过诉讼途径解决" in refusal.paragraphs
    body = "".join(extension.paragraphs)
    assert "因涉及多个部门，需会商" in body and "延长20日" in body
    assert "至2026年12月7日止" in body  # 80 days end on Sunday 12-06: Monday


def test_a_reply_letter_names_the_unit_and_the_review_period(db: Database, officer: Actor) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    with db.unit() as session:
        take_step(session, officer, case_id, Step.ACCEPT, on=RECEIVED, today=TODAY)
        take_step(session, officer, case_id, Step.ASSIGN, unit="市住房和城乡建设局", today=TODAY)
        take_step(
            session, officer, case_id, Step.REPLY, reply="物业已于11月维修完毕。", today=TODAY
        )
        letter = compose_notice(session, officer, case_id, DocumentKind.REPLY, today=TODAY)
    assert letter.title == "信访事项答复意见书"
    assert "物业已于11月维修完毕。" in letter.paragraphs
    body = "".join(letter.paragraphs)
    assert "经市住房和城乡建设局调查核实" in body and "30日内" in body


@pytest.mark.parametrize(
    ("steps", "kind"),
    [
        ((), DocumentKind.ACCEPTANCE),
        ((), DocumentKind.REPLY),
        ((Step.ACCEPT,), DocumentKind.NON_ACCEPTANCE),
        ((Step.ACCEPT,), DocumentKind.EXTENSION),
        ((Step.ACCEPT,), DocumentKind.REPLY),
    ],
)
def test_a_notice_the_state_does_not_support_is_refused(
    db: Database, officer: Actor, steps: tuple[Step, ...], kind: DocumentKind
) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    with db.unit() as session:
        for step in steps:
            take_step(session, officer, case_id, step, today=TODAY)
    with pytest.raises(Conflict) as refused, db.unit() as session:
        compose_notice(session, officer, case_id, kind, today=TODAY)
    assert kind.label in refused.value.render()


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.LODGING_CLERK, Role.ADMINISTRATOR])
def test_only_roles_that_see_details_compose_a_notice(
    db: Database, officer: Actor, staff: dict[Role, Actor], role: Role
) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    with pytest.raises(NotPermitted), db.unit() as session:
        compose_notice(session, staff[role], case_id, DocumentKind.ACCEPTANCE)
    with pytest.raises(InvalidInput), db.unit() as session:
        compose_notice(session, officer, case_id, "memo")


def test_the_office_text_is_used_once_saved(
    db: Database, officer: Actor, staff: dict[Role, Actor]
) -> None:
    case_id = new_case(db, officer, received_on=RECEIVED)
    own = "受理通知\n{name}同志：你反映的{summary}已受理（{case_no}），{office}。"
    with db.unit() as session:
        take_step(session, officer, case_id, Step.ACCEPT, on=RECEIVED, today=TODAY)
        update_petition_settings(session, staff[Role.ADMINISTRATOR], templates={"acceptance": own})
        done = compose_notice(session, officer, case_id, DocumentKind.ACCEPTANCE, today=TODAY)
    assert done.title == "受理通知"
    assert done.paragraphs == [f"张三同志：你反映的{SUMMARY}已受理（{done.case_no}），{OFFICE}。"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("标题\n{name}：{petitioner_phone}", "{petitioner_phone}"),
        ("标题\n{name!r}", "{name}"),
        ("标题\n{date:>10}", "{date}"),
        ("标题\n{}", "{}"),
        ("标题\n{name", "no pair"),
        ("标题\nname}", "no pair"),
        ("   \n  ", "title"),
    ],
)
def test_a_template_with_an_unknown_field_or_a_broken_brace_is_refused(
    text: str, words: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_template(text)
    assert words in refused.value.render()


def test_the_default_templates_use_only_known_fields_and_escaped_braces_pass() -> None:
    for kind, text in DEFAULT_TEMPLATES.items():
        assert check_template(text) == text, kind
    assert check_template("标题\n{{原文}}{office}") == "标题\n{{原文}}{office}"
    assert len(TEMPLATE_FIELDS) == 12

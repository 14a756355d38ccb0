"""The notices the office issues on a case, from templates: acceptance (受理告知书),
non-acceptance (不予受理告知书), extension (延期办理告知书) and the reply (答复意见书).

A template is office data, in Chinese whatever the desk's language: its first line is the
title, each further line a paragraph, and `{field}` is filled from the case
(TEMPLATE_FIELDS). The office edits the texts in the petitions settings; an empty one falls
back to DEFAULT_TEMPLATES. Composing a notice decrypts the case's texts, so it needs the
right to see petitioners' details and is audited."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.cases import (
    CASE,
    CASE_TEXT,
    case_dates,
    case_row,
    office_today,
    petitioners_of,
    unseal,
)
from reception.core.petitions.clock import REVIEW_REQUEST_DAYS, deadlines
from reception.core.petitions.models import CasePetitioner, PetitionCase
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import CaseState
from reception.core.security.audit import record
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

MAX_TEMPLATE = 4000


class DocumentKind(StrEnum):
    ACCEPTANCE = "acceptance"
    NON_ACCEPTANCE = "non_acceptance"
    EXTENSION = "extension"
    REPLY = "reply"

    @property
    def label(self) -> str:
        return Phrase("Petitions", DOCUMENT_LABELS[self])


DOCUMENT_LABELS: dict[DocumentKind, str] = {
    DocumentKind.ACCEPTANCE: QT_TRANSLATE_NOOP("Petitions", "Acceptance notice"),
    DocumentKind.NON_ACCEPTANCE: QT_TRANSLATE_NOOP("Petitions", "Non-acceptance notice"),
    DocumentKind.EXTENSION: QT_TRANSLATE_NOOP("Petitions", "Extension notice"),
    DocumentKind.REPLY: QT_TRANSLATE_NOOP("Petitions", "Reply letter"),
}

TEMPLATE_FIELDS = (
    "office",
    "case_no",
    "name",
    "received",
    "summary",
    "unit",
    "handling_due",
    "reason",
    "extension_days",
    "reply",
    "date",
    "review_days",
)

# The office's words (data, like the category taxonomy), as the notices are issued.
DEFAULT_TEMPLATES: dict[DocumentKind, str] = {
    DocumentKind.ACCEPTANCE: (
        "信访事项受理告知书\n"
        "你（你们）于{received}提出的信访事项（编号：{case_no}）收悉。经审查，该事项符合"
        "《信访工作条例》规定的受理条件，本机关决定予以受理。\n"
        "信访事项：{summary}\n"
        "本机关将自受理之日起60日内办结，并书面答复你（你们）；情况复杂的，经本机关负责人"
        "批准，可以适当延长办理期限，但延长期限不超过30日，并告知延期理由。"
        "本事项的办理期限至{handling_due}。\n"
        "特此告知。"
    ),
    DocumentKind.NON_ACCEPTANCE: (
        "信访事项不予受理告知书\n"
        "你（你们）于{received}提出的信访事项（编号：{case_no}）收悉。经审查，本机关决定"
        "不予受理，理由如下：\n"
        "{reason}\n"
        "对依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项，请依照有关法律、行政法规"
        "规定的程序向有关机关提出。\n"
        "特此告知。"
    ),
    DocumentKind.EXTENSION: (
        "信访事项延期办理告知书\n"
        "你（你们）于{received}提出的信访事项（编号：{case_no}），本机关已依法受理。"
        "因{reason}，该事项不能在规定期限内办结。经本机关负责人批准，办理期限延长"
        "{extension_days}日，至{handling_due}止。\n"
        "特此告知。"
    ),
    DocumentKind.REPLY: (
        "信访事项答复意见书\n"
        "你（你们）于{received}提出的信访事项（编号：{case_no}），本机关已依法受理，"
        "经{unit}调查核实，现答复如下：\n"
        "{reply}\n"
        "如对本答复意见不服，可以自收到本答复意见书之日起{review_days}日内，向本机关的"
        "上一级行政机关请求复查。\n"
        "特此答复。"
    ),
}


@dataclass(frozen=True)
class Notice:
    """A notice ready to print: title, addressee line, paragraphs, signature and date."""

    kind: DocumentKind
    title: str
    case_no: str
    addressee: str
    paragraphs: list[str]
    office: str
    date_line: str  # 2026年11月25日


def chinese_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def check_template(text: str) -> str:
    """The template, trimmed; refuses unknown fields, broken braces and an empty text."""
    value = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not value:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A notice needs at least its title."))
    if len(value) > MAX_TEMPLATE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A notice may have at most {most} characters."),
            most=MAX_TEMPLATE,
        )
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A brace of the notice has no pair: a field is written as {example}."
            ),
            example="{case_no}",
        ) from None
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in TEMPLATE_FIELDS or spec or conversion:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The notice uses {field}, which is not one of its fields: {fields}."
                ),
                field="{" + field + "}",
                fields=" ".join("{" + f + "}" for f in TEMPLATE_FIELDS),
            )
    return value


def template_text(session: Session, kind: DocumentKind) -> str:
    """The office's text for `kind`, or the default."""
    stored = load_petition_settings(session).templates.get(kind.value, "")
    return stored or DEFAULT_TEMPLATES[kind]


def _fits(case: PetitionCase, kind: DocumentKind) -> bool:
    if kind is DocumentKind.ACCEPTANCE:
        return case.accepted_on is not None
    if kind is DocumentKind.NON_ACCEPTANCE:
        return case.state == CaseState.NOT_ACCEPTED.value
    if kind is DocumentKind.EXTENSION:
        return case.extension_days > 0
    return case.replied_on is not None


def _addressee(session: Session, case: PetitionCase) -> str:
    """The petitioner, or a joint visit's representatives."""
    people = petitioners_of(session, [case.id])[case.id]
    representatives = set(
        session.scalars(
            select(CasePetitioner.petitioner_id).where(
                CasePetitioner.case_id == case.id, CasePetitioner.is_representative
            )
        )
    )
    chosen = [p for p in people if p.id in representatives] or people
    return "、".join(p.name for p in chosen)


def compose_notice(
    session: Session,
    actor: Actor,
    case_id: int,
    kind: DocumentKind | str,
    *,
    today: date | None = None,
) -> Notice:
    """The notice of `kind` for the case, filled in; refused when the case has not reached
    the point the notice tells of (no reply letter before the reply)."""
    authorize(session, actor, Permission.SEE_PETITIONER_DETAILS)
    try:
        kind = DocumentKind(kind)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no notice named {kind}."), kind=kind
        ) from None
    today = today or office_today(session)
    case = case_row(session, case_id)
    if not _fits(case, kind):
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Case {case_no} is {state}: no {kind} can be issued."),
            case_no=case.case_no,
            state=CaseState(case.state).label,
            kind=kind.label,
        )
    office = load_settings(session).office_name
    name = _addressee(session, case)
    due = deadlines(case_dates(case), load_calendar(session)).handling
    reason_blob = (
        case.extension_reason_blob if kind is DocumentKind.EXTENSION else case.decision_reason_blob
    )
    values = {
        "office": office,
        "case_no": case.case_no,
        "name": name,
        "received": chinese_date(case.received_on),
        "summary": unseal(session, case.summary_blob, CASE_TEXT),
        "unit": case.assigned_unit or case.unit_concerned or office,
        "handling_due": chinese_date(due),
        "reason": unseal(session, reason_blob, CASE_TEXT),
        "extension_days": str(case.extension_days),
        "reply": unseal(session, case.reply_blob, CASE_TEXT),
        "date": chinese_date(today),
        "review_days": str(REVIEW_REQUEST_DAYS),
    }
    template = template_text(session, kind)
    try:
        filled = template.format(**values)
    except (KeyError, IndexError, ValueError):  # a hand-edited setting: the default
        filled = DEFAULT_TEMPLATES[kind].format(**values)
    title, *rest = filled.splitlines()
    paragraphs = [line.strip() for line in rest if line.strip()]
    record(session, actor, "petition.document", CASE, case.id, None, {"kind": kind.value})
    return Notice(
        kind=kind,
        title=title.strip(),
        case_no=case.case_no,
        addressee=name,
        paragraphs=paragraphs,
        office=office,
        date_line=chinese_date(today),
    )

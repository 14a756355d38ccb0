"""What the top of an opened case says, as rich text: the case number, its state and marks,
how and when it came, the units, and the deadlines that run now with the days left; and the
case's texts (summary, demands, decisions, reply) for its first tab. Texts keep the
translation context "CaseHeader"."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from reception.core.petitions.clock import Deadlines
from reception.core.petitions.states import CaseState, DueKind
from reception.core.petitions.views import CaseRecord, CaseView, Urgency, urgency
from reception.ui.petitions.petition_texts import (
    case_flags,
    days_left_text,
    due_kind_text,
    form_text,
    state_text,
    window_text,
)

COLOURS = {
    Urgency.OVERDUE: ("#8f0016", "#f9d3d8"),
    Urgency.DUE_TODAY: ("#b00020", "#ffffff"),
    Urgency.DUE_SOON: ("#5c4100", "#ffe7a6"),
    Urgency.ON_TRACK: ("#1d4d2b", "#e3f1e6"),
    Urgency.NONE: ("#4d5b6a", "#eef1f4"),
}
# The clocks that matter in each state: the office's own, and the petitioner's windows.
RUNNING: dict[CaseState, tuple[DueKind, ...]] = {
    CaseState.REGISTERED: (DueKind.ACCEPTANCE,),
    CaseState.ACCEPTED: (DueKind.HANDLING,),
    CaseState.ASSIGNED: (DueKind.HANDLING, DueKind.OBJECTION),
    CaseState.EXTENDED: (DueKind.HANDLING,),
    CaseState.REPLIED: (DueKind.REVIEW_REQUEST,),
    CaseState.REVIEW: (DueKind.REVIEW,),
    CaseState.REVIEWED: (DueKind.RE_REVIEW_REQUEST,),
    CaseState.RE_REVIEW: (DueKind.RE_REVIEW,),
}
PETITIONER_WINDOWS = {DueKind.OBJECTION, DueKind.REVIEW_REQUEST, DueKind.RE_REVIEW_REQUEST}


def _badge(text: str, colour: str, background: str) -> str:
    return (
        f'<span style="color:{colour}; background-color:{background};">'
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


def running_deadlines(case: CaseView, deadlines: Deadlines | None) -> list[tuple[DueKind, date]]:
    """The deadlines that run now: from the full record when opened, else the next one."""
    if deadlines is None:
        if case.next_due_on is None or case.next_due_kind is None:
            return []
        return [(case.next_due_kind, case.next_due_on)]
    found = []
    for kind in RUNNING.get(case.state, ()):
        due = deadlines.of(kind)
        if due is not None:
            found.append((kind, due))
    return found


def deadline_lines(
    case: CaseView, deadlines: Deadlines | None, today: date, soon: int
) -> list[str]:
    lines = []
    for kind, due in running_deadlines(case, deadlines):
        if kind in PETITIONER_WINDOWS:
            colour, background = COLOURS[Urgency.NONE]
            left = window_text(due, today)
        else:
            colour, background = COLOURS[urgency(due, today, soon)]
            left = days_left_text(due, today)
        lines.append(
            QCoreApplication.translate("CaseHeader", "{what}: by {day} {left}").format(
                what=escape(due_kind_text(kind)),
                day=due.isoformat(),
                left=_badge(left, colour, background),
            )
        )
    return lines


def header_html(
    case: CaseView, today: date, deadlines: Deadlines | None = None, due_soon_days: int = 5
) -> str:
    state = _badge(state_text(case.state), "#ffffff", "#b00020" if case.is_final else "#34577a")
    flags = " ".join(
        _badge(flag, "#ffffff", "#b00020" if case.is_final and i == 0 else "#8a4b00")
        for i, flag in enumerate(case_flags(case))
    )
    came = QCoreApplication.translate("CaseHeader", "{form}, received {day}").format(
        form=form_text(case.form), day=case.received_on.isoformat()
    )
    facts = [escape(came)]
    if case.category:
        facts.append(escape(case.category))
    if case.unit_concerned and case.unit_concerned != case.assigned_unit:
        facts.append(
            escape(
                QCoreApplication.translate("CaseHeader", "Unit concerned: {unit}").format(
                    unit=case.unit_concerned
                )
            )
        )
    if case.assigned_unit:
        facts.append(
            escape(
                QCoreApplication.translate("CaseHeader", "Assigned to: {unit}").format(
                    unit=case.assigned_unit
                )
            )
        )
    people = QCoreApplication.translate("CaseHeader", "{names} · {count} people").format(
        names=case.petitioners, count=case.people_count
    )
    if case.officer:
        people += " · " + QCoreApplication.translate("CaseHeader", "Officer: {name}").format(
            name=case.officer
        )
    lines = deadline_lines(case, deadlines, today, due_soon_days)
    if not lines and case.state.is_open:
        lines = [escape(QCoreApplication.translate("CaseHeader", "No deadline runs now."))]
    parts = [
        f'<div style="font-size:15pt; font-weight:bold;">{escape(case.case_no)} {state} '
        f"{flags}</div>",
        f"<div>{' · '.join(facts)}</div>",
        f"<div>{escape(people)}</div>",
    ]
    if case.extension_asked_days is not None:
        parts.append(
            "<div>"
            + escape(
                QCoreApplication.translate(
                    "CaseHeader", "An extension of {days} days waits for the director."
                ).format(days=case.extension_asked_days)
            )
            + "</div>"
        )
    parts.extend(f"<div>{line}</div>" for line in lines)
    return "".join(parts)


def texts_html(record: CaseRecord) -> str:
    """The case's own texts, under their titles; empty ones left out."""
    sections = [
        (QCoreApplication.translate("CaseHeader", "Summary"), record.summary),
        (QCoreApplication.translate("CaseHeader", "Demands"), record.demands),
        (
            QCoreApplication.translate("CaseHeader", "Reason for the decision"),
            record.decision_reason,
        ),
        (
            QCoreApplication.translate("CaseHeader", "Reason for the extension"),
            record.extension_reason,
        ),
        (QCoreApplication.translate("CaseHeader", "Reply"), record.reply),
    ]
    return "".join(
        f"<h4>{escape(title)}</h4><p>{escape(text).replace(chr(10), '<br>')}</p>"
        for title, text in sections
        if text
    )

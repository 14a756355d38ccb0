"""Words and colours the petitions pages share: the vocabulary of states, forms, steps and
deadlines in the shown language, days left, and the colours of urgency. Texts keep the
translation context "PetitionTexts"; the core's labels keep theirs ("Petitions")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor

from reception.core.petitions.states import (
    EVENT_LABELS,
    CaseForm,
    CaseState,
    DueKind,
    Mood,
    Step,
)
from reception.core.petitions.views import CaseView, Urgency

OVERDUE_TEXT = QColor("#8f0016")
OVERDUE_BACKGROUND = QColor("#f9d3d8")
DUE_TODAY_TEXT = QColor("#b00020")
DUE_SOON_BACKGROUND = QColor("#ffe7a6")
DUE_SOON_TEXT = QColor("#5c4100")
FINAL_TEXT = QColor("#b00020")
NOTE_STYLE = "color: #4d5b6a;"
ERROR_STYLE = "color: #b00020;"
FINAL_STYLE = (
    "QLabel { color: #ffffff; background: #b00020; padding: 6px 10px; font-weight: bold;"
    " border-radius: 3px; }"
)
WARNING_STYLE = (
    "QLabel { color: #5c4100; background: #ffe7a6; padding: 4px 8px; border-radius: 3px; }"
)
FLAG_STYLE = (
    "QLabel { color: #ffffff; background: #8a4b00; padding: 2px 6px; border-radius: 3px;"
    " font-weight: bold; }"
)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def state_text(state: CaseState | str) -> str:
    return QCoreApplication.translate("Petitions", CaseState(state).label)


def form_text(form: CaseForm | str) -> str:
    return QCoreApplication.translate("Petitions", CaseForm(form).label)


def step_text(step: Step) -> str:
    return QCoreApplication.translate("Petitions", step.label)


def due_kind_text(kind: DueKind | str) -> str:
    return QCoreApplication.translate("Petitions", DueKind(kind).label)


def mood_text(mood: Mood | str) -> str:
    return QCoreApplication.translate("Petitions", Mood(mood).label)


def event_text(kind: str) -> str:
    """The name of a history line: a step's or an EventKind's label."""
    label = EVENT_LABELS.get(kind)
    return QCoreApplication.translate("Petitions", label) if label else kind


def days_left_text(due: date, today: date) -> str:
    """ "3 days left", "due today", "2 days overdue"."""
    left = (due - today).days
    if left < 0:
        return QCoreApplication.translate("PetitionTexts", "{days} days overdue").format(days=-left)
    if left == 0:
        return QCoreApplication.translate("PetitionTexts", "due today")
    return QCoreApplication.translate("PetitionTexts", "{days} days left").format(days=left)


def window_text(due: date, today: date) -> str:
    """A period someone else may use (the unit's objection, the petitioner's request of a
    review): "3 days left", or "ended" once it is over, never overdue."""
    if due < today:
        return QCoreApplication.translate("PetitionTexts", "ended")
    return days_left_text(due, today)


def urgency_text(urgency: Urgency) -> str:
    texts = {
        Urgency.OVERDUE: QCoreApplication.translate("PetitionTexts", "Overdue"),
        Urgency.DUE_TODAY: QCoreApplication.translate("PetitionTexts", "Due today"),
        Urgency.DUE_SOON: QCoreApplication.translate("PetitionTexts", "Due soon"),
        Urgency.ON_TRACK: QCoreApplication.translate("PetitionTexts", "On track"),
        Urgency.NONE: QCoreApplication.translate("PetitionTexts", "Nothing due"),
    }
    return texts[urgency]


def case_flags(case: CaseView) -> list[str]:
    """The marks a clerk must not miss: final, joint visit, repeat visits, escalated,
    extension waiting for the director."""
    flags = []
    if case.is_final:
        flags.append(QCoreApplication.translate("PetitionTexts", "Final"))
    if case.is_joint:
        flags.append(QCoreApplication.translate("PetitionTexts", "Joint visit"))
    if case.visit_count > 1:
        flags.append(
            QCoreApplication.translate("PetitionTexts", "Repeat ×{count}").format(
                count=case.visit_count
            )
        )
    if case.escalated:
        flags.append(QCoreApplication.translate("PetitionTexts", "Escalated"))
    if case.extension_asked_days is not None:
        flags.append(QCoreApplication.translate("PetitionTexts", "Extension asked"))
    return flags


def final_notice() -> str:
    """What the desk says of a matter closed after re-review (DOMAIN.md section 3)."""
    return QCoreApplication.translate(
        "PetitionTexts",
        "This matter is final after re-review: it is not accepted again on the same facts "
        "and reasons.",
    )


def joint_flag() -> str:
    return QCoreApplication.translate("PetitionTexts", "Joint visit")

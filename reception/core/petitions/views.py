"""What the desk and the command line are given of a case. A `CaseView` is a list row with
masked personal data, for anyone who may read the petitions log; a `CaseRecord` is the full
record, decrypted, for the roles that see petitioners' details, and opening one is audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from reception.core.petitions.clock import Deadlines
from reception.core.petitions.states import CaseForm, CaseState, DueKind, Mood, Step


class Urgency(StrEnum):
    """The colour of a deadline in the deadlines view."""

    OVERDUE = "overdue"  # red
    DUE_TODAY = "due_today"  # red on white
    DUE_SOON = "due_soon"  # amber: within the settings' due_soon_days
    ON_TRACK = "on_track"
    NONE = "none"  # the office owes nothing now


def urgency(due: date | None, today: date, due_soon_days: int) -> Urgency:
    if due is None:
        return Urgency.NONE
    left = (due - today).days
    if left < 0:
        return Urgency.OVERDUE
    if left == 0:
        return Urgency.DUE_TODAY
    return Urgency.DUE_SOON if left <= due_soon_days else Urgency.ON_TRACK


@dataclass(frozen=True)
class CaseView:
    """A row of the cases list. `petitioners` are the names as the reader may see them
    (masked as 张*三 for roles without SEE_PETITIONER_DETAILS); `id_number_masked` is the
    first petitioner's, to its last 4 characters."""

    id: int
    case_no: str
    form: CaseForm
    received_on: date
    category: str
    unit_concerned: str
    state: CaseState
    is_final: bool
    is_joint: bool
    people_count: int
    petitioners: str
    id_number_masked: str
    assigned_unit: str
    officer: str
    next_due_on: date | None
    next_due_kind: DueKind | None
    urgency: Urgency
    visit_count: int
    last_visit_on: date
    escalated: bool
    extension_asked_days: int | None


@dataclass(frozen=True)
class PetitionerView:
    id: int
    name: str
    id_number: str  # full for SEE_PETITIONER_DETAILS, else masked
    phone: str
    address: str
    gender: str | None
    is_representative: bool


@dataclass(frozen=True)
class VisitView:
    id: int
    came_on: date
    form: CaseForm
    people_count: int
    is_repeat: bool
    petitioner: str
    recorded_by: str


@dataclass(frozen=True)
class ConversationView:
    id: int
    at: datetime
    received_by: str
    said: str
    demands: str
    promises: str
    mood: Mood
    next_step: str
    visit_id: int | None


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class EventView:
    id: int
    at: datetime
    on_day: date
    operator: str
    kind: str  # a Step value or an EventKind value; EVENT_LABELS names it
    from_state: CaseState | None
    to_state: CaseState | None
    leader: str
    note: str


@dataclass(frozen=True)
class CaseRecord:
    """The full record of one case, decrypted."""

    case: CaseView
    summary: str
    demands: str
    decision_reason: str
    extension_reason: str
    reply: str
    deadlines: Deadlines
    steps: list[Step]  # the steps the case may take now
    petitioners: list[PetitionerView] = field(default_factory=list)
    visits: list[VisitView] = field(default_factory=list)
    conversations: list[ConversationView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)

"""The vocabulary of a case: how it came, its states and the steps between them
(DOMAIN.md section 3). Pure data: the services in workflow.py apply it.

    registered → accepted / not accepted → assigned → (extended) → replied → closed,
                                                          or replied → review → reviewed
                                                          → closed, or → re-review → final
"""

from __future__ import annotations

from enum import StrEnum

from reception.core.text import QT_TRANSLATE_NOOP, Phrase


class CaseForm(StrEnum):
    VISIT = "visit"
    LETTER = "letter"
    PHONE = "phone"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return Phrase("Petitions", FORM_LABELS[self])


FORM_LABELS: dict[CaseForm, str] = {
    CaseForm.VISIT: QT_TRANSLATE_NOOP("Petitions", "Visit"),
    CaseForm.LETTER: QT_TRANSLATE_NOOP("Petitions", "Letter"),
    CaseForm.PHONE: QT_TRANSLATE_NOOP("Petitions", "Phone call"),
    CaseForm.ONLINE: QT_TRANSLATE_NOOP("Petitions", "Online"),
}


class CaseState(StrEnum):
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    ASSIGNED = "assigned"
    EXTENDED = "extended"
    REPLIED = "replied"
    CLOSED = "closed"
    REVIEW = "review"  # 复查 asked, to be decided
    REVIEWED = "reviewed"
    RE_REVIEW = "re_review"  # 复核 asked, to be decided
    FINAL = "final"  # decided on re-review: not accepted again on the same facts

    @property
    def label(self) -> str:
        return Phrase("Petitions", STATE_LABELS[self])

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STATES


STATE_LABELS: dict[CaseState, str] = {
    CaseState.REGISTERED: QT_TRANSLATE_NOOP("Petitions", "Registered"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("Petitions", "Accepted"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Petitions", "Not accepted"),
    CaseState.ASSIGNED: QT_TRANSLATE_NOOP("Petitions", "Assigned"),
    CaseState.EXTENDED: QT_TRANSLATE_NOOP("Petitions", "Extended"),
    CaseState.REPLIED: QT_TRANSLATE_NOOP("Petitions", "Replied"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("Petitions", "Closed"),
    CaseState.REVIEW: QT_TRANSLATE_NOOP("Petitions", "Under review"),
    CaseState.REVIEWED: QT_TRANSLATE_NOOP("Petitions", "Reviewed"),
    CaseState.RE_REVIEW: QT_TRANSLATE_NOOP("Petitions", "Under re-review"),
    CaseState.FINAL: QT_TRANSLATE_NOOP("Petitions", "Final"),
}

CLOSED_STATES = frozenset({CaseState.NOT_ACCEPTED, CaseState.CLOSED, CaseState.FINAL})


class Step(StrEnum):
    """A step that moves a case from one state to another."""

    ACCEPT = "accept"
    REFUSE = "refuse"  # 不予受理
    ASSIGN = "assign"  # 交办 to a unit
    OBJECT = "object"  # the unit objects within 5 working days; back to accepted
    EXTEND = "extend"  # the director approves an extension
    REPLY = "reply"  # 办结, written reply
    CLOSE = "close"
    ASK_REVIEW = "ask_review"
    DECIDE_REVIEW = "decide_review"
    ASK_RE_REVIEW = "ask_re_review"
    DECIDE_RE_REVIEW = "decide_re_review"

    @property
    def label(self) -> str:
        return Phrase("Petitions", STEP_LABELS[self])


STEP_LABELS: dict[Step, str] = {
    Step.ACCEPT: QT_TRANSLATE_NOOP("Petitions", "Accept"),
    Step.REFUSE: QT_TRANSLATE_NOOP("Petitions", "Do not accept"),
    Step.ASSIGN: QT_TRANSLATE_NOOP("Petitions", "Assign to a unit"),
    Step.OBJECT: QT_TRANSLATE_NOOP("Petitions", "Unit objects"),
    Step.EXTEND: QT_TRANSLATE_NOOP("Petitions", "Extend"),
    Step.REPLY: QT_TRANSLATE_NOOP("Petitions", "Reply"),
    Step.CLOSE: QT_TRANSLATE_NOOP("Petitions", "Close"),
    Step.ASK_REVIEW: QT_TRANSLATE_NOOP("Petitions", "Review asked"),
    Step.DECIDE_REVIEW: QT_TRANSLATE_NOOP("Petitions", "Review decided"),
    Step.ASK_RE_REVIEW: QT_TRANSLATE_NOOP("Petitions", "Re-review asked"),
    Step.DECIDE_RE_REVIEW: QT_TRANSLATE_NOOP("Petitions", "Re-review decided"),
}

_S = CaseState
TRANSITIONS: dict[tuple[CaseState, Step], CaseState] = {
    (_S.REGISTERED, Step.ACCEPT): _S.ACCEPTED,
    (_S.REGISTERED, Step.REFUSE): _S.NOT_ACCEPTED,
    (_S.ACCEPTED, Step.ASSIGN): _S.ASSIGNED,
    (_S.ACCEPTED, Step.EXTEND): _S.EXTENDED,
    (_S.ACCEPTED, Step.REPLY): _S.REPLIED,
    (_S.ASSIGNED, Step.OBJECT): _S.ACCEPTED,
    (_S.ASSIGNED, Step.EXTEND): _S.EXTENDED,
    (_S.ASSIGNED, Step.REPLY): _S.REPLIED,
    (_S.EXTENDED, Step.REPLY): _S.REPLIED,
    (_S.REPLIED, Step.CLOSE): _S.CLOSED,
    (_S.REPLIED, Step.ASK_REVIEW): _S.REVIEW,
    (_S.REVIEW, Step.DECIDE_REVIEW): _S.REVIEWED,
    (_S.REVIEWED, Step.CLOSE): _S.CLOSED,
    (_S.REVIEWED, Step.ASK_RE_REVIEW): _S.RE_REVIEW,
    (_S.RE_REVIEW, Step.DECIDE_RE_REVIEW): _S.FINAL,
}


def steps_from(state: CaseState) -> list[Step]:
    """The steps a case in `state` may take, in the order the desk offers them."""
    return [step for (source, step) in TRANSITIONS if source is state]


class EventKind(StrEnum):
    """What a line of the case's history records besides the steps (whose kind is the
    step's own value)."""

    REGISTERED = "registered"
    REPEAT_VISIT = "repeat_visit"
    ESCALATED = "escalated"  # to a leader, with a reason
    EXTENSION_ASKED = "extension_asked"
    EXTENSION_REFUSED = "extension_refused"
    HEARING = "hearing"  # days of hearing on re-review, not counted
    BOOKED = "booked"  # into a leader reception day
    BOOKING_CANCELLED = "booking_cancelled"
    NOTE = "note"


EVENT_LABELS: dict[str, str] = {
    EventKind.REGISTERED: QT_TRANSLATE_NOOP("Petitions", "Registered"),
    EventKind.REPEAT_VISIT: QT_TRANSLATE_NOOP("Petitions", "Came again"),
    EventKind.ESCALATED: QT_TRANSLATE_NOOP("Petitions", "Escalated to a leader"),
    EventKind.EXTENSION_ASKED: QT_TRANSLATE_NOOP("Petitions", "Extension asked"),
    EventKind.EXTENSION_REFUSED: QT_TRANSLATE_NOOP("Petitions", "Extension refused"),
    EventKind.HEARING: QT_TRANSLATE_NOOP("Petitions", "Hearing held"),
    EventKind.BOOKED: QT_TRANSLATE_NOOP("Petitions", "Booked for a leader reception day"),
    EventKind.BOOKING_CANCELLED: QT_TRANSLATE_NOOP(
        "Petitions", "Leader reception booking cancelled"
    ),
    EventKind.NOTE: QT_TRANSLATE_NOOP("Petitions", "Note"),
    **{step.value: STEP_LABELS[step] for step in Step},
}


class Mood(StrEnum):
    """The person's state during a conversation."""

    CALM = "calm"
    ANXIOUS = "anxious"
    AGITATED = "agitated"
    DISTRESSED = "distressed"

    @property
    def label(self) -> str:
        return Phrase("Petitions", MOOD_LABELS[self])


MOOD_LABELS: dict[Mood, str] = {
    Mood.CALM: QT_TRANSLATE_NOOP("Petitions", "Calm"),
    Mood.ANXIOUS: QT_TRANSLATE_NOOP("Petitions", "Anxious"),
    Mood.AGITATED: QT_TRANSLATE_NOOP("Petitions", "Agitated"),
    Mood.DISTRESSED: QT_TRANSLATE_NOOP("Petitions", "Distressed"),
}


class DueKind(StrEnum):
    """Which clock a case's next deadline belongs to."""

    ACCEPTANCE = "acceptance"
    HANDLING = "handling"
    REVIEW = "review"
    RE_REVIEW = "re_review"
    OBJECTION = "objection"
    REVIEW_REQUEST = "review_request"
    RE_REVIEW_REQUEST = "re_review_request"

    @property
    def label(self) -> str:
        return Phrase("Petitions", DUE_LABELS[self])


DUE_LABELS: dict[DueKind, str] = {
    DueKind.ACCEPTANCE: QT_TRANSLATE_NOOP("Petitions", "decide on acceptance"),
    DueKind.HANDLING: QT_TRANSLATE_NOOP("Petitions", "handle and reply"),
    DueKind.REVIEW: QT_TRANSLATE_NOOP("Petitions", "decide the review"),
    DueKind.RE_REVIEW: QT_TRANSLATE_NOOP("Petitions", "decide the re-review"),
    DueKind.OBJECTION: QT_TRANSLATE_NOOP("Petitions", "unit may object"),
    DueKind.REVIEW_REQUEST: QT_TRANSLATE_NOOP("Petitions", "petitioner may ask a review"),
    DueKind.RE_REVIEW_REQUEST: QT_TRANSLATE_NOOP("Petitions", "petitioner may ask a re-review"),
}

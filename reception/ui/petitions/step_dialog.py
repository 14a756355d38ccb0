"""Taking a step on a case, asking what the step needs: the day it was taken, the reason
(not accepting, the unit's objection), the unit it is assigned to, the reply or decision
given. The same dialog asks for an extension (days and reason), refuses one (reason),
escalates to a leader (leader and reason) and records hearing days of a re-review."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from reception.core.petitions.states import Step
from reception.core.petitions.views import CaseView
from reception.core.petitions.workflow import (
    MAX_HEARING_DAYS,
    ask_extension,
    escalate,
    record_hearing,
    refuse_extension,
    take_step,
)
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.petitions.petition_texts import (
    FINAL_STYLE,
    NOTE_STYLE,
    pydate,
    qdate,
    step_text,
)
from reception.ui.session import DeskSession

MAX_EXTENSION_DAYS = 30


class Action(StrEnum):
    """What the dialog does besides the steps of states.TRANSITIONS."""

    ASK_EXTENSION = "ask_extension"
    REFUSE_EXTENSION = "refuse_extension"
    ESCALATE = "escalate"
    HEARING = "hearing"


REASON_REQUIRED = {Step.REFUSE, Step.OBJECT, Action.ASK_EXTENSION, Action.REFUSE_EXTENSION,
                   Action.ESCALATE}  # fmt: skip
REASON_OPTIONAL = {Step.ACCEPT, Step.ASSIGN, Step.CLOSE, Step.ASK_REVIEW, Step.ASK_RE_REVIEW}
REPLY_STEPS = {Step.REPLY, Step.DECIDE_REVIEW, Step.DECIDE_RE_REVIEW}


def action_text(what: Step | Action) -> str:
    if isinstance(what, Step):
        return step_text(what)
    texts = {
        Action.ASK_EXTENSION: QCoreApplication.translate("StepDialog", "Ask for an extension"),
        Action.REFUSE_EXTENSION: QCoreApplication.translate("StepDialog", "Refuse the extension"),
        Action.ESCALATE: QCoreApplication.translate("StepDialog", "Escalate to a leader"),
        Action.HEARING: QCoreApplication.translate("StepDialog", "Record hearing days"),
    }
    return texts[what]


class StepDialog(QDialog):
    """Emits `case_changed(CaseView)` and closes once the step went in; a refusal is shown
    under the form, which keeps what was typed."""

    case_changed = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        case: CaseView,
        what: Step | Action,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        units: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case = case
        self.what = what
        self._today = today
        day = today or date.today()
        self.setWindowTitle(
            self.tr("{action} · {case}").format(action=action_text(what), case=case.case_no)
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on: QDateEdit | None = None
        self.unit: QLineEdit | None = None
        self.leader: QLineEdit | None = None
        self.days: QSpinBox | None = None
        self.reason: QPlainTextEdit | None = None
        self.reply: QPlainTextEdit | None = None

        if isinstance(what, Step):
            self.on = QDateEdit(self)
            self.on.setCalendarPopup(True)
            self.on.setDisplayFormat("yyyy-MM-dd")
            self.on.setMaximumDate(qdate(day))
            self.on.setMinimumDate(qdate(case.received_on))
            self.on.setDate(qdate(day))
            form.addRow(self.tr("&Day taken:"), self.on)
        if what is Step.ASSIGN:
            self.unit = QLineEdit(case.unit_concerned, self)
            self.unit.setMaxLength(80)
            completer = QCompleter(units or [], self.unit)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.unit.setCompleter(completer)
            form.addRow(self.tr("&Unit it goes to:"), self.unit)
        if what is Action.ESCALATE:
            self.leader = QLineEdit(self)
            self.leader.setMaxLength(60)
            self.leader.setPlaceholderText(self.tr("Name and post, 王局长"))
            form.addRow(self.tr("&Leader:"), self.leader)
        if what in (Action.ASK_EXTENSION, Action.HEARING):
            self.days = QSpinBox(self)
            if what is Action.ASK_EXTENSION:
                self.days.setRange(1, MAX_EXTENSION_DAYS)
                self.days.setValue(MAX_EXTENSION_DAYS)
                form.addRow(self.tr("E&xtra days:"), self.days)
            else:
                self.days.setRange(1, MAX_HEARING_DAYS)
                form.addRow(self.tr("&Hearing days:"), self.days)
        if what in REPLY_STEPS:
            self.reply = QPlainTextEdit(self)
            self.reply.setTabChangesFocus(True)
            self.reply.setMinimumHeight(110)
            label = self.tr("&Reply given:") if what is Step.REPLY else self.tr("&Decision given:")
            form.addRow(label, self.reply)
        if what in REASON_REQUIRED or what in REASON_OPTIONAL:
            self.reason = QPlainTextEdit(self)
            self.reason.setTabChangesFocus(True)
            self.reason.setMinimumHeight(70)
            if what in REASON_OPTIONAL:
                self.reason.setPlaceholderText(self.tr("Optional"))
            form.addRow(self._reason_label(what), self.reason)
        note = self._note(what)
        if note:
            self.note_label = QLabel(note, self)
            self.note_label.setWordWrap(True)
            self.note_label.setStyleSheet(
                FINAL_STYLE if what is Step.DECIDE_RE_REVIEW else NOTE_STYLE
            )
            form.addRow(self.note_label)

        self.error_label, self.buttons = finish_form(self, form, action_text(what), self.save)
        self.resize(520, self.sizeHint().height())
        first = self.unit or self.leader or self.days or self.reply or self.reason or self.on
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_label(self, what: Step | Action) -> str:
        if what is Step.REFUSE:
            return self.tr("&Why it is not accepted:")
        if what is Step.OBJECT:
            return self.tr("&Why the unit objects:")
        if what in (Step.ASK_REVIEW, Step.ASK_RE_REVIEW):
            return self.tr("The petitioner's &request:")
        if what is Action.ASK_EXTENSION:
            return self.tr("&Reason, told to the petitioner:")
        if what is Action.ESCALATE:
            return self.tr("&Why it goes beyond the office:")
        if what in REASON_OPTIONAL:
            return self.tr("&Note:")
        return self.tr("&Reason:")

    def _note(self, what: Step | Action) -> str:
        if what is Step.DECIDE_RE_REVIEW:
            return self.tr(
                "After this decision the matter is final: it is not accepted again on the same "
                "facts and reasons."
            )
        if what is Action.ASK_EXTENSION:
            return self.tr("The director approves or refuses the extension.")
        if what is Action.HEARING:
            return self.tr("Hearing days are not counted in the re-review's 30 days.")
        if what is Step.OBJECT:
            return self.tr("A unit objects within 5 working days of the assignment.")
        return ""

    def save(self) -> None:
        view = save_in_unit(self._session, self.error_label, self._take)
        if view is None:
            return
        self.case_changed.emit(view)
        self.accept()

    def _take(self, s: Session) -> CaseView:
        actor, case_id, what, today = self._session.actor, self._case.id, self.what, self._today
        reason = self.reason.toPlainText() if self.reason is not None else ""
        if isinstance(what, Step):
            return take_step(
                s,
                actor,
                case_id,
                what,
                on=pydate(self.on.date()) if self.on is not None else None,
                reason=reason,
                unit=self.unit.text() if self.unit is not None else "",
                reply=self.reply.toPlainText() if self.reply is not None else "",
                today=today,
            )
        if what is Action.ASK_EXTENSION:
            days = self.days.value() if self.days is not None else MAX_EXTENSION_DAYS
            return ask_extension(s, actor, case_id, days, reason, today=today)
        if what is Action.REFUSE_EXTENSION:
            return refuse_extension(s, actor, case_id, reason, today=today)
        if what is Action.ESCALATE:
            leader = self.leader.text() if self.leader is not None else ""
            return escalate(s, actor, case_id, leader, reason, today=today)
        days = self.days.value() if self.days is not None else 1
        return record_hearing(s, actor, case_id, days, today=today)

    def error_message(self) -> str:
        return self.error_label.text()

"""Logging a conversation (接谈记录) with a petitioner: what was said, the demands, the
promises made, the person's state and the next step, tied to one of the case's visits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QPlainTextEdit, QWidget

from reception.core.errors import DeskError
from reception.core.petitions.conversations import ConversationForm, add_conversation
from reception.core.petitions.people import FormRefused
from reception.core.petitions.states import Mood
from reception.core.petitions.views import VisitView
from reception.ui.form_dialog import finish_form
from reception.ui.messages import error_text, qt_translate
from reception.ui.petitions.petition_texts import form_text, mood_text
from reception.ui.session import DeskSession


class ConversationDialog(QDialog):
    """Emits `conversation_added(ConversationView)` and closes once it is stored; a refusal
    is shown under the form, which keeps what was typed."""

    conversation_added = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        case_id: int,
        case_no: str,
        visits: list[VisitView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.setWindowTitle(self.tr("Conversation · {case}").format(case=case_no))
        self.said = self._text(120)
        self.said.setPlaceholderText(self.tr("What the person said, and what was explained"))
        self.demands = self._text(60)
        self.promises = self._text(60)
        self.promises.setPlaceholderText(self.tr("What the office promised, if anything"))
        self.mood = QComboBox(self)
        for mood in Mood:
            self.mood.addItem(mood_text(mood), mood.value)
        self.next_step = self._text(50)
        self.visit = QComboBox(self)
        self.visit.addItem(self.tr("(no particular visit)"), None)
        for visit in sorted(visits, key=lambda v: (v.came_on, v.id), reverse=True):
            self.visit.addItem(
                self.tr("{day} · {form}").format(
                    day=visit.came_on.isoformat(), form=form_text(visit.form)
                ),
                visit.id,
            )
        if visits:
            self.visit.setCurrentIndex(1)  # the latest visit: the one the person came for

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Visit:"), self.visit)
        form.addRow(self.tr("What was &said:"), self.said)
        form.addRow(self.tr("&Demands:"), self.demands)
        form.addRow(self.tr("&Promises made:"), self.promises)
        form.addRow(self.tr("The person's s&tate:"), self.mood)
        form.addRow(self.tr("&Next step:"), self.next_step)
        self.error_label, self.buttons = finish_form(self, form, self.tr("Add"), self.save)
        self.resize(580, self.sizeHint().height())
        self.said.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text(self, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    def form(self) -> ConversationForm:
        visit_id = self.visit.currentData()
        return ConversationForm(
            said=self.said.toPlainText(),
            demands=self.demands.toPlainText(),
            promises=self.promises.toPlainText(),
            mood=str(self.mood.currentData()),
            next_step=self.next_step.toPlainText(),
            visit_id=int(visit_id) if visit_id is not None else None,
        )

    def save(self) -> None:
        form = self.form()
        try:
            with self._session.db.unit() as s:
                view = add_conversation(s, self._session.actor, self._case_id, form)
        except FormRefused as refused:
            self.error_label.setText("\n".join(refused.lines(qt_translate)))
            return
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.error_label.clear()
        self.conversation_added.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

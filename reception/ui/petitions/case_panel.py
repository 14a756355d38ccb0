"""The opened case, beside the cases list: the header (case number, state, marks, the
deadlines running with the days left), a row of buttons for what the case may do now, and
tabs for its texts, petitioners, visits, conversations, attachments and history.

Opening the full record decrypts the petitioners' details and is audited (record.open_case),
so it happens when the clerk chooses a case, not when the list is read again. Roles that do
not see petitioners' details get the masked summary only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.deadlines import units_in_use
from reception.core.petitions.documents import DocumentKind
from reception.core.petitions.record import case_summary, open_case
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import Step
from reception.core.petitions.views import AttachmentView, CaseRecord, CaseView
from reception.ui.lodging.delegation_panel import table
from reception.ui.messages import error_text
from reception.ui.petitions.case_actions import CaseActions, notice_kinds, notice_text
from reception.ui.petitions.case_header import header_html, texts_html
from reception.ui.petitions.petition_texts import ERROR_STYLE, NOTE_STYLE, step_text
from reception.ui.petitions.record_models import (
    VIEW_ROLE,
    AttachmentModel,
    ConversationModel,
    EventModel,
    PetitionerModel,
    VisitModel,
)
from reception.ui.petitions.step_dialog import Action, action_text
from reception.ui.session import DeskSession


def version(case: CaseView) -> tuple[object, ...]:
    """What tells that another desk changed the case (urgency aside, which moves with the
    day)."""
    return (
        case.state,
        case.visit_count,
        case.last_visit_on,
        case.next_due_on,
        case.escalated,
        case.extension_asked_days,
        case.assigned_unit,
        case.is_final,
        case.petitioners,
    )


class CasePanel(QWidget):
    """Signals:
    case_changed(object)   an action here changed the case: its new CaseView (None when
                           only its record changed: a conversation, a file, a booking)
    """

    case_changed = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self.case: CaseView | None = None
        self.record: CaseRecord | None = None
        self.case_actions = CaseActions(self)
        self.action_buttons: dict[Step | Action | str, QPushButton | QToolButton] = {}

        self.empty_label = QLabel(
            self.tr("Choose a case on the left, or press Ctrl+Shift+N to register one."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        self.details = QWidget(self)
        self.header = QLabel(self.details)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_row = QHBoxLayout()  # the steps of the workflow
        self.more_row = QHBoxLayout()  # extension, escalation, booking, notices
        self.masked_note = QLabel(
            self.tr(
                "Your role sees this case without the petitioners' details: names are masked "
                "and the record stays closed."
            ),
            self.details,
        )
        self.masked_note.setWordWrap(True)
        self.masked_note.setStyleSheet(NOTE_STYLE)
        self.status_label = QLabel(self.details)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(NOTE_STYLE)

        self.texts = QTextBrowser(self.details)
        self.texts.setOpenLinks(False)
        self.petitioner_model = PetitionerModel(self)
        self.visit_model = VisitModel(self)
        self.conversation_model = ConversationModel(self)
        self.attachment_model = AttachmentModel(self)
        self.event_model = EventModel(self)
        self.petitioners_view = table(self.petitioner_model, self.details, PetitionerModel.ADDRESS)
        self.visits_view = table(self.visit_model, self.details, VisitModel.PETITIONER)
        self.conversations_view = table(
            self.conversation_model, self.details, ConversationModel.SAID
        )
        self.attachments_view = table(self.attachment_model, self.details, AttachmentModel.NAME)
        self.events_view = table(self.event_model, self.details, EventModel.NOTE)
        self.attachments_view.activated.connect(lambda _index: self.open_attachment())

        self.add_conversation_button = QPushButton(self.tr("&Log a conversation…"), self.details)
        self.add_conversation_button.clicked.connect(self.add_conversation)
        self.add_file_button = QPushButton(self.tr("Add a &file…"), self.details)
        self.add_file_button.clicked.connect(lambda: self.add_attachment())
        self.open_file_button = QPushButton(self.tr("&Open"), self.details)
        self.open_file_button.clicked.connect(self.open_attachment)
        self.save_file_button = QPushButton(self.tr("&Save as…"), self.details)
        self.save_file_button.clicked.connect(lambda: self.save_attachment())

        self.tabs = QTabWidget(self.details)
        self.tabs.addTab(self.texts, self.tr("Matter"))
        self.tabs.addTab(self.petitioners_view, self.tr("Petitioners"))
        self.tabs.addTab(self.visits_view, self.tr("Visits"))
        self.tabs.addTab(
            self._with_buttons(self.conversations_view, [self.add_conversation_button]),
            self.tr("Conversations"),
        )
        self.tabs.addTab(
            self._with_buttons(
                self.attachments_view,
                [self.add_file_button, self.open_file_button, self.save_file_button],
            ),
            self.tr("Files"),
        )
        self.tabs.addTab(self.events_view, self.tr("History"))

        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.header)
        details_layout.addLayout(self.step_row)
        details_layout.addLayout(self.more_row)
        details_layout.addWidget(self.masked_note)
        details_layout.addWidget(self.status_label)
        details_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.details, 1)
        self.details.hide()
        with session.db.read() as s:
            self._due_soon_days = load_petition_settings(s).due_soon_days

    def _with_buttons(self, view: QTableView, buttons: list[QPushButton]) -> QWidget:
        holder = QWidget(self.details)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return holder

    # -- CaseHost -----------------------------------------------------------------------

    @property
    def session(self) -> DeskSession:
        return self._session

    @property
    def widget(self) -> QWidget:
        return self

    def today(self) -> date:
        return self._today()

    def units(self) -> list[str]:
        try:
            with self._session.db.read() as s:
                return units_in_use(s, self._session.actor)
        except DeskError:
            return []

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def changed(self, case: CaseView | None) -> None:
        self.reload()
        self.case_changed.emit(case if case is not None else self.case)

    def say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)

    # -- showing ------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Open the case (audited for roles that see details), or show nothing."""
        if case_id is None:
            self._show(None, None)
            return
        previous = self.case.id if self.case is not None else None
        actor = self._session.actor
        try:
            if self.case_actions.sees:
                with self._session.db.unit() as s:
                    record: CaseRecord | None = open_case(s, actor, case_id)
                case = record.case if record is not None else None
            else:
                with self._session.db.read() as s:
                    case = case_summary(s, actor, case_id)
                record = None
        except DeskError as error:
            self._show(None, None)
            self.empty_label.setText(error_text(error))
            return
        if previous != case_id:
            self.say("")
        self._show(case, record)

    def reload(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def shown_version(self) -> tuple[object, ...] | None:
        return version(self.case) if self.case is not None else None

    def _show(self, case: CaseView | None, record: CaseRecord | None) -> None:
        self.case, self.record = case, record
        if case is None:
            self.details.hide()
            self.empty_label.setText(
                self.tr("Choose a case on the left, or press Ctrl+Shift+N to register one.")
            )
            self.empty_label.show()
            return
        self.empty_label.hide()
        self.details.show()
        deadlines = record.deadlines if record is not None else None
        self.header.setText(header_html(case, self.today(), deadlines, self._due_soon_days))
        self.masked_note.setVisible(record is None)
        self.tabs.setVisible(record is not None)
        if record is not None:
            self.texts.setHtml(texts_html(record))
            self.petitioner_model.set_rows(record.petitioners)
            self.visit_model.set_rows(record.visits)
            self.conversation_model.set_rows(record.conversations)
            self.attachment_model.set_rows(record.attachments)
            # in the order they count: a repeat visit entered late shows on its own day
            self.event_model.set_rows(sorted(record.events, key=lambda e: (e.on_day, e.at, e.id)))
            self.events_view.scrollToBottom()
        self._make_buttons(case, record)
        handles = self.case_actions.handles
        self.add_conversation_button.setVisible(handles)
        self.add_file_button.setVisible(handles)
        has_files = record is not None and bool(record.attachments)
        self.open_file_button.setEnabled(has_files)
        self.save_file_button.setEnabled(has_files)

    def _make_buttons(self, case: CaseView, record: CaseRecord | None) -> None:
        for row in (self.step_row, self.more_row):
            while row.count():
                item = row.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.action_buttons = {}
        actions = self.case_actions
        for step in actions.steps(record):
            self._button(step, step_text(step), partial(actions.take, case, step), self.step_row)
        if actions.may_ask_extension(case, record):
            self._button(
                Action.ASK_EXTENSION,
                self.tr("Ask for an extension…"),
                lambda: actions.take(case, Action.ASK_EXTENSION),
            )
        if actions.may_decide_extension(case):
            self._button(
                "approve_extension",
                self.tr("Approve the extension ({days} days)…").format(
                    days=case.extension_asked_days
                ),
                lambda: actions.approve_extension(case),
            )
            self._button(
                Action.REFUSE_EXTENSION,
                self.tr("Refuse the extension…"),
                lambda: actions.take(case, Action.REFUSE_EXTENSION),
            )
        if actions.may_record_hearing(case):
            self._button(
                Action.HEARING,
                action_text(Action.HEARING) + "…",
                lambda: actions.take(case, Action.HEARING),
            )
        if actions.may_escalate(case):
            self._button(
                Action.ESCALATE,
                self.tr("Escalate to a leader…"),
                lambda: actions.take(case, Action.ESCALATE),
            )
            self._button("book", self.tr("Book a leader day…"), lambda: actions.book(case))
        if record is not None:
            self._notices_button(case, record)
        self.step_row.addStretch(1)
        self.more_row.addStretch(1)

    def _button(
        self,
        key: Step | Action | str,
        text: str,
        slot: Callable[[], object],
        row: QHBoxLayout | None = None,
    ) -> None:
        button = QPushButton(text, self.details)
        button.clicked.connect(lambda _checked=False: slot())
        (row or self.more_row).addWidget(button)
        self.action_buttons[key] = button

    def _notices_button(self, case: CaseView, record: CaseRecord) -> None:
        kinds = notice_kinds(record)
        button = QToolButton(self.details)
        button.setText(self.tr("Notices"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for kind in DocumentKind:
            printing = QAction(
                self.tr("Print the {notice}…").format(notice=notice_text(kind)), menu
            )
            printing.triggered.connect(
                lambda _c=False, k=kind: self.case_actions.print_notice(case, k)
            )
            saving = QAction(
                self.tr("Save the {notice} as PDF…").format(notice=notice_text(kind)), menu
            )
            saving.triggered.connect(
                lambda _c=False, k=kind: self.case_actions.save_notice(case, k)
            )
            for action in (printing, saving):
                action.setEnabled(kind in kinds)
                menu.addAction(action)
            menu.addSeparator()
        button.setMenu(menu)
        button.setEnabled(bool(kinds))
        self.more_row.addWidget(button)
        self.action_buttons["notices"] = button

    # -- the tabs' buttons --------------------------------------------------------------

    def add_conversation(self) -> None:
        if self.record is not None and self.case_actions.handles:
            self.case_actions.add_conversation(self.record)

    def add_attachment(self, path: str | None = None) -> None:
        if self.case is not None and self.case_actions.handles:
            self.case_actions.add_attachment(self.case, path)

    def chosen_attachment(self) -> AttachmentView | None:
        index = self.attachments_view.currentIndex()
        if not index.isValid():
            return None
        item = index.data(VIEW_ROLE)
        return item if isinstance(item, AttachmentView) else None

    def open_attachment(self) -> None:
        item = self.chosen_attachment()
        if item is not None:
            self.case_actions.open_attachment(item)

    def save_attachment(self, path: str | None = None) -> None:
        item = self.chosen_attachment()
        if item is not None:
            self.case_actions.save_attachment(item, path)

    # -- as read ------------------------------------------------------------------------

    def header_text(self) -> str:
        """The header as plain text, as the clerk reads it."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.header.text())
        lines = document.toPlainText().replace("\xa0", " ").splitlines()
        return "\n".join(" ".join(line.split()) for line in lines)

    def button_texts(self) -> list[str]:
        return [button.text() for button in self.action_buttons.values()]

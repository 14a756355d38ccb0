"""What can be done on an opened case, from its panel: the steps it may take now, the
extension (asked by the officer, approved or refused by the director), hearing days,
escalation to a leader, booking a leader reception day, the notices, conversations and
attachments. Each opens its dialog or runs its service, then asks the panel to show the
case again."""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from reception.core.errors import DeskError, InvalidInput
from reception.core.petitions.attachments import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    attachment_content,
)
from reception.core.petitions.documents import DocumentKind
from reception.core.petitions.leader_days import ReceptionDayView
from reception.core.petitions.states import CaseState, Step
from reception.core.petitions.views import AttachmentView, CaseRecord, CaseView
from reception.core.petitions.workflow import approve_extension
from reception.core.security.roles import Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.messages import error_text
from reception.ui.petitions.booking_dialog import BookingDialog
from reception.ui.petitions.conversation_dialog import ConversationDialog
from reception.ui.petitions.step_dialog import Action, StepDialog
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

if TYPE_CHECKING:
    from reception.ui.petitions.notice_prints import NoticePrints

T = TypeVar("T")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "A file kept with a case is at most {most} MB.")
NOT_READ = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be read: {reason}")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}")


class CaseHost(Protocol):
    """What the actions ask of the case panel."""

    @property
    def session(self) -> DeskSession: ...

    @property
    def widget(self) -> QWidget: ...

    def today(self) -> date: ...

    def units(self) -> list[str]: ...

    def open_dialog(self, dialog: QDialog) -> None: ...

    def changed(self, case: CaseView | None) -> None:
        """The case changed here: show it again (and tell the list)."""
        ...

    def say(self, text: str, error: bool = False) -> None: ...


def notice_kinds(record: CaseRecord) -> list[DocumentKind]:
    """The notices that fit the case now."""
    kinds = []
    if record.deadlines.handling is not None:
        kinds.append(DocumentKind.ACCEPTANCE)
    if record.case.state is CaseState.NOT_ACCEPTED:
        kinds.append(DocumentKind.NON_ACCEPTANCE)
    if any(event.kind == Step.EXTEND.value for event in record.events):
        kinds.append(DocumentKind.EXTENSION)
    if record.deadlines.review_request is not None:
        kinds.append(DocumentKind.REPLY)
    return kinds


def notice_text(kind: DocumentKind) -> str:
    return QCoreApplication.translate("Petitions", kind.label)


class CaseActions(QObject):
    """The handlers; the panel makes the buttons. `dialog` is the last dialog opened."""

    def __init__(self, host: CaseHost) -> None:
        super().__init__(host.widget)
        self.host = host
        actor = host.session.actor
        self.handles = actor.may(Permission.HANDLE_PETITIONS)
        self.approves = actor.may(Permission.APPROVE_EXTENSIONS)
        self.sees = actor.may(Permission.SEE_PETITIONER_DETAILS)
        self.dialog: QDialog | None = None
        self.jobs_running = 0
        self._files = tempfile.TemporaryDirectory(prefix="reception-case-")
        self._prints: NoticePrints | None = None

    # -- what is possible now -----------------------------------------------------------

    def steps(self, record: CaseRecord | None) -> list[Step]:
        if record is None or not self.handles:
            return []
        return [step for step in record.steps if step is not Step.EXTEND]

    def may_ask_extension(self, case: CaseView, record: CaseRecord | None) -> bool:
        return (
            self.handles
            and record is not None
            and Step.EXTEND in record.steps
            and case.extension_asked_days is None
        )

    def may_decide_extension(self, case: CaseView) -> bool:
        return self.approves and case.extension_asked_days is not None

    def may_escalate(self, case: CaseView) -> bool:
        return self.handles and case.state.is_open and not case.is_final

    def may_record_hearing(self, case: CaseView) -> bool:
        return self.handles and case.state is CaseState.RE_REVIEW

    # -- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.host.open_dialog(dialog)

    def take(self, case: CaseView, what: Step | Action) -> StepDialog:
        dialog = StepDialog(
            self.host.session,
            case,
            what,
            self.host.widget,
            today=self.host.today(),
            units=self.host.units() if what is Step.ASSIGN else None,
        )
        dialog.case_changed.connect(lambda view: self._done(view, what))
        self._open(dialog)
        return dialog

    def _done(self, view: CaseView, what: Step | Action) -> None:
        from reception.ui.petitions.step_dialog import action_text

        self.host.changed(view)
        self.host.say(
            QCoreApplication.translate("CaseActions", "{action}: done for {case}.").format(
                action=action_text(what), case=view.case_no
            )
        )

    def approve_extension(self, case: CaseView) -> None:
        """The director approves the extension asked, after a confirmation."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CaseActions", "Approve the extension"),
            QCoreApplication.translate(
                "CaseActions",
                "Extend the handling of {case} by {days} days? The petitioner is told why.",
            ).format(case=case.case_no, days=case.extension_asked_days),
            parent=self.host.widget,
        )
        yes = box.addButton(
            QCoreApplication.translate("CaseActions", "Approve"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(
            lambda clicked: self.approve_now(case) if clicked == yes else None
        )
        self._open(box)

    def approve_now(self, case: CaseView) -> bool:
        session = self.host.session
        try:
            with session.db.unit() as s:
                view = approve_extension(s, session.actor, case.id, today=self.host.today())
        except DeskError as error:
            self.host.say(error_text(error), error=True)
            return False
        self.host.changed(view)
        self.host.say(
            QCoreApplication.translate(
                "CaseActions", "The extension of {case} was approved."
            ).format(case=case.case_no)
        )
        return True

    def book(self, case: CaseView) -> BookingDialog:
        dialog = BookingDialog(self.host.session, case, self.host.today(), self.host.widget)

        def booked(day: ReceptionDayView) -> None:
            self.host.changed(None)
            self.host.say(
                QCoreApplication.translate(
                    "CaseActions", "{case} is booked for {leader} on {day}."
                ).format(case=case.case_no, leader=day.leader_name, day=day.day.isoformat())
            )

        dialog.slot_booked.connect(booked)
        self._open(dialog)
        return dialog

    def add_conversation(self, record: CaseRecord) -> ConversationDialog:
        dialog = ConversationDialog(
            self.host.session, record.case.id, record.case.case_no, record.visits, self.host.widget
        )

        def added(_view: object) -> None:
            self.host.changed(None)
            self.host.say(QCoreApplication.translate("CaseActions", "The conversation was logged."))

        dialog.conversation_added.connect(added)
        self._open(dialog)
        return dialog

    # -- notices ------------------------------------------------------------------------

    def prints(self) -> NoticePrints:
        """The desk's notice prints for this panel, made when first needed."""
        if self._prints is None:
            from reception.ui.petitions.notice_prints import NoticePrints

            self._prints = NoticePrints(self.host.session, self.host.widget)
            self._prints.saved.connect(
                lambda path: self.host.say(
                    QCoreApplication.translate("CaseActions", "Saved {path}.").format(path=path)
                )
            )
            self._prints.printed.connect(
                lambda pages: self.host.say(
                    QCoreApplication.translate("CaseActions", "{pages} pages were printed.").format(
                        pages=pages
                    )
                )
            )
        return self._prints

    def print_notice(self, case: CaseView, kind: DocumentKind) -> None:
        self.prints().print_notice(case.id, kind)

    def save_notice(self, case: CaseView, kind: DocumentKind, path: str | None = None) -> None:
        """Save the notice as a PDF: to `path`, else where the clerk chooses."""
        if path is None:
            self.prints().ask_save(case.id, kind, case.case_no)
        else:
            self.prints().save_notice(case.id, kind, path)

    # -- attachments --------------------------------------------------------------------

    def add_attachment(self, case: CaseView, path: str | None = None) -> None:
        """Keep a file (a scanned letter, a photo) with the case; read and stored off the
        GUI thread."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.host.widget,
                QCoreApplication.translate("CaseActions", "Add a file to {case}").format(
                    case=case.case_no
                ),
                str(Path.home()),
                QCoreApplication.translate(
                    "CaseActions",
                    "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                    "*.doc *.docx);;All files (*)",
                ),
            )
            if not path:
                return
        file = Path(path)
        try:
            size = file.stat().st_size
        except OSError as error:
            self._failed(InvalidInput(NOT_READ, path=path, reason=error.strerror or str(error)))
            return
        if size > MAX_ATTACHMENT_BYTES:
            self._failed(InvalidInput(TOO_BIG, most=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
            return
        db, actor, case_id = self.host.session.db, self.host.session.actor, case.id
        media_type = mimetypes.guess_type(file.name)[0]

        def work() -> AttachmentView:  # on a pool thread: values only
            try:
                data = file.read_bytes()
            except OSError as error:
                raise InvalidInput(
                    NOT_READ, path=str(file), reason=error.strerror or str(error)
                ) from None
            with db.unit() as s:
                view: AttachmentView = add_attachment(
                    s, actor, case_id, file.name, data, media_type
                )
            return view

        def added(view: AttachmentView) -> None:
            self.host.changed(None)
            self.host.say(
                QCoreApplication.translate("CaseActions", "{name} was added.").format(
                    name=view.filename
                )
            )

        self._run(work, added)

    def open_attachment(self, item: AttachmentView) -> None:
        """Open the file with the program the computer uses for it (the opening is
        audited)."""
        folder = Path(self._files.name)

        def show(content: tuple[AttachmentView, bytes]) -> None:
            view, data = content
            target = folder / f"{view.id}-{Path(view.filename).name}"
            try:
                target.write_bytes(data)
            except OSError as error:
                self._failed(
                    InvalidInput(NOT_WRITTEN, path=str(target), reason=error.strerror or "")
                )
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        self._fetch(item, show)

    def save_attachment(self, item: AttachmentView, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self.host.widget,
                QCoreApplication.translate("CaseActions", "Save {name} as").format(
                    name=item.filename
                ),
                str(Path.home() / item.filename),
            )
            if not path:
                return
        target = Path(path)

        def write(content: tuple[AttachmentView, bytes]) -> None:
            try:
                target.write_bytes(content[1])
            except OSError as error:
                self._failed(
                    InvalidInput(NOT_WRITTEN, path=str(target), reason=error.strerror or "")
                )
                return
            self.host.say(
                QCoreApplication.translate("CaseActions", "Saved {path}.").format(path=str(target))
            )

        self._fetch(item, write)

    def _fetch(
        self, item: AttachmentView, then: Callable[[tuple[AttachmentView, bytes]], None]
    ) -> None:
        db, actor, attachment_id = self.host.session.db, self.host.session.actor, item.id

        def work() -> tuple[AttachmentView, bytes]:
            with db.unit() as s:  # reading the content is audited
                content: tuple[AttachmentView, bytes] = attachment_content(s, actor, attachment_id)
            return content

        self._run(work, then)

    def _run(self, work: Callable[[], T], then: Callable[[T], None]) -> None:
        self.jobs_running += 1

        def finished() -> None:
            self.jobs_running -= 1

        job = run_off_thread(work, succeeded=then, failed=self._failed, parent=self)
        job.finished.connect(finished)

    def _failed(self, error: DeskError) -> None:
        self.host.say(error_text(error), error=True)

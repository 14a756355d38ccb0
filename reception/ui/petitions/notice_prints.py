"""The notices of a case on paper or as a PDF: acceptance (受理告知书), non-acceptance,
extension and the reply letter. The notice is composed from the office's template in its
own unit of work (documents.compose_notice decrypts the case's texts, so each composing is
audited) and rendered (printing.petition_notices), both off the GUI thread; problems end in
a message box.

    prints = NoticePrints(session, case_panel)
    prints.saved.connect(...)      # the PDF's path
    prints.print_notice(case_id, DocumentKind.ACCEPTANCE)     # asks for the printer
    prints.ask_save(case_id, DocumentKind.REPLY, "XF2026-000123")   # asks for the file
    prints.save_notice(case_id, DocumentKind.REPLY, "/path/答复意见书.pdf")
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from reception.core.errors import DeskError, InvalidInput
from reception.core.petitions.documents import DocumentKind, Notice, compose_notice
from reception.core.security.roles import Actor
from reception.db.database import Database
from reception.printing.petition_notices import print_notice as print_notice_on
from reception.printing.petition_notices import write_notice_pdf
from reception.ui.lodging.lodging_prints import NOT_PRINTED, NOT_SAVED, UNSAFE_IN_NAMES
from reception.ui.messages import show_error
from reception.ui.session import DeskSession
from reception.ui.worker import Job, run_off_thread


def notice_name(kind: DocumentKind | str) -> str:
    """ "Acceptance notice" (受理告知书), as the desk names it."""
    return QCoreApplication.translate("Petitions", DocumentKind(kind).label)


def _compose(db: Database, actor: Actor, case_id: int, kind: DocumentKind) -> Notice:
    with db.unit() as s:  # writes the audit row of the composing
        return compose_notice(s, actor, case_id, kind)


class NoticePrints(QObject):
    """Prints and saves the notices of cases for one desk session; several may be in
    flight. Dialogs and message boxes open over `parent`.

    Signals (on the GUI thread, once per print or save):
        saved(str)     the PDF was written to this path
        printed(int)   the printer took this many pages
        failed(str)    it did not work; the message was shown already
    """

    saved = Signal(str)
    printed = Signal(int)
    failed = Signal(str)

    def __init__(self, session: DeskSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = session.db
        self.actor = session.actor
        self.dialog: QDialog | None = None  # the last printer or file dialog opened
        self._printers: set[QPrinter] = set()  # kept alive while a pool thread paints

    # -- the printer -------------------------------------------------------------------

    def print_notice(self, case_id: int, kind: DocumentKind | str) -> QPrintDialog:
        """Ask for the printer; once chosen, compose and print off the GUI thread."""
        kind = DocumentKind(kind)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(
            QCoreApplication.translate("NoticePrints", "Print the {notice}").format(
                notice=notice_name(kind)
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_on(printer, case_id, kind))
        self.dialog = dialog
        QDialog.open(dialog)  # the window-modal open(); PySide's stub knows only open(slot)
        return dialog

    def print_on(self, printer: QPrinter, case_id: int, kind: DocumentKind | str) -> Job:
        """Compose and print on a printer already chosen, off the GUI thread."""
        kind = DocumentKind(kind)
        self._printers.add(printer)
        db, actor = self.db, self.actor

        def work() -> int:
            notice = _compose(db, actor, case_id, kind)
            try:
                return print_notice_on(printer, notice)
            except (OSError, RuntimeError) as problem:
                raise InvalidInput(NOT_PRINTED, reason=str(problem)) from problem

        def done(pages: int) -> None:
            self._printers.discard(printer)
            self.printed.emit(pages)

        def refused(error: DeskError) -> None:
            self._printers.discard(printer)
            self._failed(error, kind)

        return run_off_thread(work, succeeded=done, failed=refused, parent=self)

    # -- the file ----------------------------------------------------------------------

    def file_name(self, kind: DocumentKind | str, case_no: str = "") -> str:
        """ "Acceptance notice XF2026-000123.pdf", safe for any file system."""
        text = QCoreApplication.translate("NoticePrints", "{notice} {case_no}").format(
            notice=notice_name(kind), case_no=case_no
        )
        return UNSAFE_IN_NAMES.sub("-", text.strip()).strip("-") + ".pdf"

    def ask_save(self, case_id: int, kind: DocumentKind | str, case_no: str = "") -> QFileDialog:
        """Ask for the file; once chosen, compose and save off the GUI thread."""
        kind = DocumentKind(kind)
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        dialog = QFileDialog(
            self.parent_widget,
            QCoreApplication.translate("NoticePrints", "Save the {notice} as PDF").format(
                notice=notice_name(kind)
            ),
            str(Path(folder) / self.file_name(kind, case_no)),
            QCoreApplication.translate("NoticePrints", "PDF (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_notice(case_id, kind, path))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_notice(self, case_id: int, kind: DocumentKind | str, path: str | Path) -> Job:
        """Compose the notice and write it to `path` as a PDF, off the GUI thread."""
        kind = DocumentKind(kind)
        db, actor, target = self.db, self.actor, str(path)

        def work() -> str:
            notice = _compose(db, actor, case_id, kind)
            try:
                write_notice_pdf(notice, target)
            except (OSError, RuntimeError) as problem:
                reason = getattr(problem, "strerror", None) or str(problem)
                raise InvalidInput(NOT_SAVED, path=target, reason=reason) from problem
            return target

        return run_off_thread(
            work,
            succeeded=self.saved.emit,
            failed=lambda error: self._failed(error, kind),
            parent=self,
        )

    def _failed(self, error: DeskError, kind: DocumentKind) -> None:
        box = show_error(self.parent_widget, error, notice_name(kind))
        self.failed.emit(box.text())

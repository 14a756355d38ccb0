"""The guesthouse's prints from the desk: a guest's room card, the day's arrival and departure
lists, a delegation's reception list (接待清单).

Each function asks whether to print or to save a PDF, then asks for the printer or the file,
then reads the data and renders it off the GUI thread (reception.ui.worker), in its own unit
of work: the room card's unit records the viewing of the liaison's phone, so it is written
only when a card is actually made. Problems end in a message box (show_error).

    job = print_room_card(parent, session, stay_id)
    job.saved.connect(...)   # the PDF's path      job.printed.connect(...)  # pages printed
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

from reception.core.errors import DeskError, InvalidInput
from reception.core.lodging import lists
from reception.core.lodging.delegations import get_delegation
from reception.core.lodging.stays import stay as read_stay
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database
from reception.printing.day_lists import print_day_lists as print_day_lists_on
from reception.printing.day_lists import write_day_lists_pdf
from reception.printing.reception_list import print_reception_list as print_reception_list_on
from reception.printing.reception_list import write_reception_list_pdf
from reception.printing.room_card import print_room_card as print_room_card_on
from reception.printing.room_card import write_room_card_pdf
from reception.ui.messages import show_error
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

CONTEXT = "LodgingPrints"
NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The PDF could not be saved as {path}: {reason}")
NOT_PRINTED = QT_TRANSLATE_NOOP("Errors", "The printer did not take the document: {reason}")
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class PrintJob:
    """What one print needs; `read` runs on a pool thread in a unit of work of its own."""

    title: str  # the windows' titles: "Room card 1208"
    file_name: str  # suggested, without folder
    read: Callable[[Database, Actor], Any]
    write: Callable[[Any, str], object]
    print_on: Callable[[QPrinter, Any], int]  # returns the pages printed


class LodgingPrint(QObject):
    """One print the clerk asked for, from the choice to the paper or the file; it goes
    away by itself once done or cancelled.

    Signals (on the GUI thread, once):
        saved(str)     the PDF was written to this path
        printed(int)   the printer took this many pages
        failed(str)    it did not work; the message was shown already
    """

    saved = Signal(str)
    printed = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget, session: DeskSession, job: PrintJob) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = session.db
        self.actor = session.actor
        self.job = job
        self.printer: QPrinter | None = None
        self.dialog: QDialog | None = None
        self.choice = QMessageBox(
            QMessageBox.Icon.Question,
            job.title,
            QCoreApplication.translate(
                "LodgingPrints", "Print {title}, or save it as a PDF?"
            ).format(title=job.title),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        self.print_button = self.choice.addButton(
            QCoreApplication.translate("LodgingPrints", "&Print…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.save_button = self.choice.addButton(
            QCoreApplication.translate("LodgingPrints", "&Save as PDF…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.choice.setDefaultButton(self.print_button)
        self.choice.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.choice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.choice.buttonClicked.connect(self._chosen)

    def offer(self) -> LodgingPrint:
        self.choice.open()
        return self

    def _chosen(self, button: QAbstractButton) -> None:
        if button is self.print_button:
            self.ask_printer()
        elif button is self.save_button:
            self.ask_file()
        else:
            self.deleteLater()  # cancelled: nothing more will happen

    # -- the printer -------------------------------------------------------------------

    def ask_printer(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(
            QCoreApplication.translate("LodgingPrints", "Print {title}").format(
                title=self.job.title
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_on(printer))
        dialog.rejected.connect(self.deleteLater)
        self.printer, self.dialog = printer, dialog
        QDialog.open(dialog)  # the window-modal open(); PySide's stub knows only open(slot)
        return dialog

    def print_on(self, printer: QPrinter) -> None:
        """Read and print on a printer already chosen, off the GUI thread."""
        self.printer = printer  # kept alive while the pool thread paints on it
        db, actor, job = self.db, self.actor, self.job

        def work() -> int:
            content = job.read(db, actor)
            try:
                return job.print_on(printer, content)
            except (OSError, RuntimeError) as problem:
                raise InvalidInput(NOT_PRINTED, reason=str(problem)) from problem

        run_off_thread(work, succeeded=self._printed, failed=self._failed, parent=self)

    def _printed(self, pages: int) -> None:
        self.printer = None
        self.printed.emit(pages)
        self.deleteLater()

    # -- the file ----------------------------------------------------------------------

    def ask_file(self) -> QFileDialog:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        dialog = QFileDialog(
            self.parent_widget,
            QCoreApplication.translate("LodgingPrints", "Save {title} as PDF").format(
                title=self.job.title
            ),
            str(Path(folder) / self.job.file_name),
            QCoreApplication.translate("LodgingPrints", "PDF (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_to)
        dialog.rejected.connect(self.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str) -> None:
        """Read and write the PDF to `path`, off the GUI thread."""
        db, actor, job = self.db, self.actor, self.job

        def work() -> str:
            content = job.read(db, actor)
            try:
                job.write(content, path)
            except (OSError, RuntimeError) as problem:
                reason = getattr(problem, "strerror", None) or str(problem)
                raise InvalidInput(NOT_SAVED, path=path, reason=reason) from problem
            return path

        run_off_thread(work, succeeded=self._saved, failed=self._failed, parent=self)

    def _saved(self, path: str) -> None:
        self.saved.emit(path)
        self.deleteLater()

    def _failed(self, error: DeskError) -> None:
        self.printer = None
        box = show_error(self.parent_widget, error, self.job.title)
        self.failed.emit(box.text())
        self.deleteLater()


def _file_name(text: str) -> str:
    return UNSAFE_IN_NAMES.sub("-", text).strip("-") + ".pdf"


def _start(
    parent: QWidget, session: DeskSession, make: Callable[[], PrintJob]
) -> LodgingPrint | None:
    """Build the job (a quick read for its title) and offer the choice; None, after saying
    why, when the stay or delegation cannot be read."""
    try:
        job = make()
    except DeskError as error:
        show_error(parent, error, QCoreApplication.translate("LodgingPrints", "Printing"))
        return None
    return LodgingPrint(parent, session, job).offer()


# -- the three prints ---------------------------------------------------------------------------


def _card(db: Database, actor: Actor, stay_id: int) -> lists.RoomCard:
    with db.unit() as s:  # writes the audit row of the liaison phone's viewing
        return lists.room_card(s, actor, stay_id)


def print_room_card(parent: QWidget, session: DeskSession, stay_id: int) -> LodgingPrint | None:
    """The guest's room card (A6)."""

    def make() -> PrintJob:
        with session.db.read() as s:
            found = read_stay(s, session.actor, stay_id)
        title = QCoreApplication.translate("LodgingPrints", "Room card {room}").format(
            room=found.room_number
        )
        return PrintJob(
            title,
            _file_name(
                QCoreApplication.translate("LodgingPrints", "Room card {room} {guest}").format(
                    room=found.room_number, guest=found.guest_name
                )
            ),
            lambda db, actor: _card(db, actor, stay_id),
            lambda content, path: write_room_card_pdf(content, path),
            lambda printer, content: print_room_card_on(printer, content),
        )

    return _start(parent, session, make)


def _day_lists(db: Database, actor: Actor, day: date) -> lists.DayLists:
    with db.read() as s:
        return lists.arrivals_and_departures(s, actor, day)


def print_day_lists(parent: QWidget, session: DeskSession, day: date) -> LodgingPrint | None:
    """The arrival and departure lists of `day` (A4)."""

    def make() -> PrintJob:
        title = QCoreApplication.translate("LodgingPrints", "Arrivals and departures {day}").format(
            day=day.isoformat()
        )
        return PrintJob(
            title,
            _file_name(title),
            lambda db, actor: _day_lists(db, actor, day),
            lambda content, path: write_day_lists_pdf(content, path),
            lambda printer, content: print_day_lists_on(printer, content),
        )

    return _start(parent, session, make)


def _reception_list(db: Database, actor: Actor, delegation_id: int) -> lists.ReceptionList:
    with db.read() as s:
        return lists.reception_list(s, actor, delegation_id)


def print_reception_list(
    parent: QWidget, session: DeskSession, delegation_id: int
) -> LodgingPrint | None:
    """A delegation's reception list, 接待清单 (A4)."""

    def make() -> PrintJob:
        with session.db.read() as s:
            name = get_delegation(s, session.actor, delegation_id).name
        title = QCoreApplication.translate("LodgingPrints", "Reception list {delegation}").format(
            delegation=name
        )
        return PrintJob(
            title,
            _file_name(title),
            lambda db, actor: _reception_list(db, actor, delegation_id),
            lambda content, path: write_reception_list_pdf(content, path),
            lambda printer, content: print_reception_list_on(printer, content),
        )

    return _start(parent, session, make)

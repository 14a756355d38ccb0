"""Who is in the building now: the list the desk reads out in an evacuation, signs visitors
out of, and prints as a roll call (现场人员清点表)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDir, QItemSelection, QSortFilterProxyModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.security.roles import Actor, Permission
from reception.core.settings import load_settings
from reception.core.visitors import service
from reception.core.visitors.views import OnSiteVisitor, ScanResult
from reception.db.base import utcnow
from reception.db.database import Database
from reception.printing.onsite_roll import print_onsite_roll, write_onsite_roll_pdf
from reception.ui.forms.ui_onsite_page import Ui_OnSitePage
from reception.ui.list_exports import export_onsite
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text
from reception.ui.models.onsite_model import OnSiteModel
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

REFRESH_ON = frozenset({"visit", "check_in", "ticket", "visitor", "setting"})
ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
DEPARTURE_STYLE = "QCheckBox { color: #a04000; font-weight: bold; }"


@dataclass(frozen=True)
class RollCall:
    """What a printed or saved roll call held, read in the worker's own unit of work."""

    people: int
    visits: int
    problem: str = ""  # why the file or printer refused, in the system's words


def _read_roll(db: Database, actor: Actor) -> tuple[str, list[OnSiteVisitor], datetime, str]:
    now = utcnow()
    with db.read() as session:
        office = load_settings(session)
        visitors = service.on_site(session, actor, now)
    return office.office_name, visitors, now, office.time_zone


class OnSitePage(QWidget):
    """Visitors arrived today and not yet gone, earliest first, with the total of people.

    Keys: Del marks the selected visitor as left; Ctrl+P prints the roll call.

    Signals:
        departure_mode_changed(bool)  "departure scans" was ticked or cleared: while on, a
                                      scanned slip should sign its visitor out
        roll_saved(str)               the roll call PDF was written to this path
        roll_printed(int)             the roll call went to the printer, with this many people
    """

    departure_mode_changed = Signal(bool)
    roll_saved = Signal(str)
    roll_printed = Signal(int)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OnSitePage()
        self.ui.setupUi(self)
        self._db = session.db
        self._actor = session.actor
        self._may_serve = session.actor.may(Permission.SERVE_VISITORS)
        self._zone = ZoneInfo("Asia/Shanghai")
        self._stale = False
        self._printer: QPrinter | None = None  # kept alive while a worker prints on it
        self.dialog: QPrintDialog | QFileDialog | None = None  # the last dialog opened

        self.model = OnSiteModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(OnSiteModel.FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(OnSiteModel.SORT_ROLE)
        table = self.ui.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(OnSiteModel.ARRIVED, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OnSiteModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

        self._style()
        ui = self.ui
        ui.filterEdit.textChanged.connect(self._filter_changed)
        ui.leaveButton.clicked.connect(self.leave_selected)
        ui.printButton.clicked.connect(self.print_roll_call)
        ui.saveButton.clicked.connect(self.save_roll_call)
        ui.departureMode.toggled.connect(self._departure_toggled)
        ui.departureMode.setEnabled(self._may_serve)
        # everyone who came today, those who left too: the overview's "visitors today"
        self.everyone = QCheckBox(self.tr("Everyone today"), self)
        self.everyone.setToolTip(self.tr("Show those who have left today as well"))
        self.everyone.toggled.connect(self._everyone_toggled)
        ui.toolsRow.insertWidget(0, self.everyone)
        self.export = export_onsite(self, session, ui.toolsRow, self._say)  # Ctrl+E
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    def _style(self) -> None:
        ui = self.ui
        page_font = QFont(self.font())
        page_font.setPixelSize(15)  # read at arm's length, all day
        self.setFont(page_font)
        header_font = QFont(self.font())
        header_font.setPixelSize(22)
        header_font.setBold(True)
        ui.headerLabel.setFont(header_font)
        ui.statusLine.setFont(page_font)  # a style sheet comes later: set it explicitly
        self._with_key(ui.leaveButton, QKeySequence(Qt.Key.Key_Delete))
        self._with_key(ui.printButton, QKeySequence(QKeySequence.StandardKey.Print))

    @staticmethod
    def _with_key(button: QPushButton, key: QKeySequence) -> None:
        native = key.toString(QKeySequence.SequenceFormat.NativeText)
        button.setText(f"{button.text()} ({native})")
        button.setShortcut(key)  # after setText, which would put back the mnemonic

    # -- reading ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read who is on site again, keeping the selected visitor selected."""
        self._stale = False
        chosen = self.selected()
        try:
            with self._db.read() as session:
                zone = load_settings(session).zone
                visitors = service.on_site(
                    session, self._actor, utcnow(), with_left=self.everyone.isChecked()
                )
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        self._zone = zone
        self.model.set_visitors(visitors, zone)
        if chosen is not None:
            self.select_visit(chosen.visit_id)
        self._show_totals()
        self._selection_changed()

    def _changes_arrived(self, entities: set[str]) -> None:
        if not entities & REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show_totals(self) -> None:
        everyone = self.everyone.isChecked()
        self.ui.table.setColumnHidden(OnSiteModel.LEFT, not everyone)
        text = (
            self.tr("Today: {people} people in {visits} visits")
            if everyone
            else self.tr("On site now: {people} people in {visits} visits")
        )
        self.ui.headerLabel.setText(
            text.format(people=self.model.people(), visits=self.model.rowCount())
        )

    def show_everyone_today(self, on: bool) -> None:
        """The overview's figures: everyone today (on) or those on site now (off)."""
        if self.everyone.isChecked() == on:
            self.refresh()
        else:
            self.everyone.setChecked(on)  # refreshes

    def _everyone_toggled(self, _on: bool) -> None:
        self.refresh()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def selected(self) -> OnSiteVisitor | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.visitor(source.row()) if source.isValid() else None

    def select_visit(self, visit_id: int) -> bool:
        row = self.model.row_of(visit_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.table.selectRow(index.row())
        self.ui.table.scrollTo(index)
        return True

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        chosen = self.selected()
        self.ui.leaveButton.setEnabled(
            self._may_serve and chosen is not None and chosen.left_at is None
        )

    def status_text(self) -> str:
        return self.ui.statusLine.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLine.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.statusLine.setText(text)

    # -- departures ---------------------------------------------------------------

    def departure_mode(self) -> bool:
        return self.ui.departureMode.isChecked()

    def set_departure_mode(self, on: bool) -> None:
        self.ui.departureMode.setChecked(on)

    def _departure_toggled(self, on: bool) -> None:
        self.ui.departureMode.setStyleSheet(DEPARTURE_STYLE if on else "")
        self.departure_mode_changed.emit(on)

    def leave_selected(self) -> None:
        """Sign the selected visitor out; the row goes at once."""
        visitor = self.selected()
        if visitor is None:
            self._say(self.tr("Select the visitor who left first."), error=True)
            return
        try:
            with self._db.unit() as session:
                outcome = service.leave(session, self._actor, visitor.visit_id, utcnow())
        except DeskError as error:
            self._say(error_text(error), error=True)
            self.refresh()
            return
        self.model.remove_visit(visitor.visit_id)
        self.ui.table.clearSelection()  # so that a second Del cannot sign out a neighbour
        self._show_totals()
        self._selection_changed()
        at = outcome.at.astimezone(self._zone).strftime("%H:%M") if outcome.at else ""
        if outcome.result is ScanResult.ALREADY_LEFT:
            text = self.tr("{name} had already left at {time}.")
        else:
            text = self.tr("{name} left at {time}.")
        self._say(text.format(name=visitor.name, time=at))

    # -- the roll call ------------------------------------------------------------

    def print_roll_call(self) -> None:
        """Ask for a printer, then print everyone on site."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the roll call"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_roll(printer))
        self.dialog = dialog
        QDialog.open(dialog)  # the window-modal open(); PySide's stub knows only open(slot)

    def print_roll(self, printer: QPrinter) -> None:
        """Print the roll call on a printer already chosen, off the GUI thread."""
        db, actor = self._db, self._actor
        self._printer = printer

        def work() -> RollCall:
            office, visitors, now, zone = _read_roll(db, actor)
            people = sum(v.party_size for v in visitors)
            try:
                print_onsite_roll(printer, office, visitors, now, zone)
            except (OSError, RuntimeError) as problem:
                return RollCall(people, len(visitors), str(problem))
            return RollCall(people, len(visitors))

        def done(roll: RollCall) -> None:
            self._printer = None
            if roll.problem:
                self._say(
                    self.tr("The roll call could not be printed: {reason}").format(
                        reason=roll.problem
                    ),
                    error=True,
                )
                return
            self._say(
                self.tr("The roll call of {people} people went to the printer.").format(
                    people=roll.people
                )
            )
            self.roll_printed.emit(roll.people)

        self._say(self.tr("Printing the roll call…"))
        run_off_thread(work, succeeded=done, failed=self._failed, parent=self)

    def save_roll_call(self) -> None:
        """Ask where, then write the roll call as a PDF."""
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        stamp = utcnow().astimezone(self._zone).strftime("%Y-%m-%d_%H%M")
        name = self.tr("roll-call-{time}.pdf").format(time=stamp)
        dialog = QFileDialog(
            self, self.tr("Save the roll call"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.write_roll_pdf)
        self.dialog = dialog
        dialog.open()

    def write_roll_pdf(self, path: str) -> None:
        """Write the roll call to `path` off the GUI thread; `roll_saved` tells when done."""
        db, actor = self._db, self._actor

        def work() -> RollCall:
            office, visitors, now, zone = _read_roll(db, actor)
            people = sum(v.party_size for v in visitors)
            try:
                write_onsite_roll_pdf(path, office, visitors, now, zone)
            except (OSError, RuntimeError) as problem:
                return RollCall(
                    people, len(visitors), getattr(problem, "strerror", None) or str(problem)
                )
            return RollCall(people, len(visitors))

        def done(roll: RollCall) -> None:
            if roll.problem:
                self._say(
                    self.tr("The roll call could not be saved: {reason}").format(
                        reason=roll.problem
                    ),
                    error=True,
                )
                return
            self._say(
                self.tr("The roll call of {people} people was saved to {path}.").format(
                    people=roll.people, path=path
                )
            )
            self.roll_saved.emit(path)

        self._say(self.tr("Saving the roll call…"))
        run_off_thread(work, succeeded=done, failed=self._failed, parent=self)

    def _failed(self, error: DeskError) -> None:
        self._printer = None
        self._say(error_text(error), error=True)

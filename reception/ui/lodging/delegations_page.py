"""The delegations of the guesthouse: on the left the list (upcoming first) with a text
filter and a date range, on the right the chosen delegation: its letter, liaison and dates,
its guests, and in tabs the checklist before it arrives (overdue tasks in red until it has
left), its programme, meals and cars, and its seating charts. The left side is
delegation_list.py, the header delegation_header.py, the panels delegation_tabs.py.

Keys: Ctrl+N new delegation · F2 or Enter edit what has the focus (the delegation, a guest,
a task, a programme line) · Delete removes the guest, task or line that has the focus ·
Ctrl+G add a guest · Ctrl+H make the guest the head · Ctrl+I import the guest list from
Excel · Ctrl+Shift+I save an empty guest list template · Ctrl+T add a task · Space ticks
the task · Ctrl+Shift+A add to the programme · Ctrl+Shift+S new seating chart (Enter on a
chart opens it on the seating page) · Ctrl+R assign rooms · Ctrl+Shift+P show the
liaison's phone · Ctrl+P print the reception list · Ctrl+Shift+Delete cancel the
delegation · Ctrl+F the filter.

Operators who only read (the director) see everything and no button that changes anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging.delegations import (
    DelegationDetail,
    DelegationView,
    cancel_delegation,
    delegation_detail,
    liaison_phone,
    list_delegations,
)
from reception.core.security.roles import Permission
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow
from reception.ui.export_action import row_holding
from reception.ui.form_dialog import ERROR_STYLE
from reception.ui.list_exports import export_delegations
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.delegation_dialog import DelegationDialog
from reception.ui.lodging.delegation_header import DelegationHeader, cancel_dialog
from reception.ui.lodging.delegation_list import DelegationList
from reception.ui.lodging.delegation_panel import DelegationPanel
from reception.ui.lodging.delegation_tabs import DelegationTabs
from reception.ui.lodging.import_report_dialog import ImportReportDialog
from reception.ui.messages import show_error
from reception.ui.models.delegation_model import DelegationModel
from reception.ui.page_actions import PageActions, text_button
from reception.ui.session import DeskSession

log = logging.getLogger(__name__)
ENTITIES = frozenset(
    {"delegation", "guest", "checklist", "activity", "plan_meal", "plan_vehicle", "seating_event"}
)
CLOCK_TICK_MS = 60_000
OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
NOTE_STYLE = "color: #4d5b6a;"


class DelegationsPage(QWidget):
    """Signals:
    auto_assign_requested(int)   the delegation whose guests should be given rooms (the
                                 "Assign rooms…" button, Ctrl+R); the lodging area opens
                                 the proposal
    guests_imported(object)      the ImportResult of a guest list imported
    guest_list_refused(object)   the DeskError of a guest list refused (GuestListRefused
                                 when the file had problems)
    seating_chart_requested(int) a seating event of the delegation to open (Enter in the
                                 seating charts tab); the protocol area shows it
    new_seating_requested(int)   the delegation to make a seating chart for (Ctrl+Shift+S)

    The guests, checklist, programme, meals and cars, and seating charts are panels
    (delegation_tabs.py) that reach the page through `DelegationsHost`.
    """

    auto_assign_requested = Signal(int)
    seating_chart_requested = Signal(int)
    new_seating_requested = Signal(int)
    guests_imported = Signal(object)
    guest_list_refused = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._zone = OFFICE_ZONE
        self._writable = session.actor.may(Permission.MANAGE_LODGING)
        self._actions = PageActions(self, self._writable)
        self.detail: DelegationDetail | None = None
        self.dialog: QDialog | None = None  # the last dialog an action opened
        self._read_zone()

        self.delegation_model = DelegationModel(self)

        self._build_actions()
        self._build_left()
        self._build_right()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self._clock_ticked)
        self._clock_timer.start()
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building ---------------------------------------------------------------

    def page_action(
        self,
        text: str,
        keys: tuple[str, ...],
        slot: Callable[[], object],
        *,
        write: bool = True,
    ) -> QAction:
        return self._actions(text, keys, slot, write=write)

    def tool_button(self, action: QAction) -> QToolButton:
        return text_button(self, action)

    def _build_actions(self) -> None:
        a = self.page_action
        self.new_action = a(self.tr("&New delegation…"), ("Ctrl+N",), self.new_delegation)
        self.edit_action = a(self.tr("&Edit…"), ("F2",), self.edit_focused)
        self.remove_action = a(self.tr("Remove"), ("Del",), self.remove_focused)
        self.assign_action = a(self.tr("Assign &rooms…"), ("Ctrl+R",), self.request_assignment)
        self.phone_action = a(self.tr("Show &phone"), ("Ctrl+Shift+P",), self.show_liaison_phone)
        self.print_action = a(
            self.tr("Print reception &list…"), ("Ctrl+P",), self.print_reception_list
        )
        self.cancel_action = a(
            self.tr("Cancel delegation…"), ("Ctrl+Shift+Del",), self.cancel_delegation
        )
        self.filter_action = a(
            self.tr("Filter"), ("Ctrl+F",), lambda: self.filter_edit.setFocus(), write=False
        )

    def _build_left(self) -> None:
        new_button = self.tool_button(self.new_action)
        self.left = DelegationList(self.delegation_model, new_button, self.today(), self)
        self.left.filter_changed.connect(self.refresh)
        self.left.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        self.left.view.activated.connect(lambda _index: self.edit_delegation())
        # what the tests and the filter action reach for
        self.list_view, self.filter_edit = self.left.view, self.left.filter_edit
        self.new_button = new_button
        self.export = export_delegations(self, row_holding(new_button))  # Ctrl+E

    def _build_right(self) -> None:
        self.right = QWidget(self)
        self.empty_label = QLabel(
            self.tr("Choose a delegation on the left, or press Ctrl+N to record one."),
            self.right,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        self.details = QWidget(self.right)

        tables = DelegationTabs(self, self.details)
        self.tables = tables
        self.guests, self.checklist = tables.guests, tables.checklist
        self.programme = tables.programme
        self.plan, self.seating = tables.plan, tables.seating
        self.panels = tables.panels
        self.guests.guests_imported.connect(self.guests_imported)
        self.guests.guest_list_refused.connect(self.guest_list_refused)
        self.seating.chart_requested.connect(self.seating_chart_requested)
        self.seating.new_chart_requested.connect(self.new_seating_requested)
        # what the tests and the lodging area reach for
        self.guest_model, self.guests_view = self.guests.model, self.guests.view
        self.checklist_model, self.checklist_view = self.checklist.model, self.checklist.view
        self.activity_model, self.activities_view = self.programme.model, self.programme.view
        self.guest_buttons = self.guests.buttons
        self.checklist_buttons = self.checklist.buttons
        self.programme_buttons = self.programme.buttons

        self.header_label = DelegationHeader(self.details)
        head_actions = [self.edit_action, self.assign_action, self.phone_action, self.print_action]
        self.header_buttons = [self.tool_button(action) for action in head_actions]
        self.header_buttons += [self.plan.print_button, self.tool_button(self.cancel_action)]
        head_row = QHBoxLayout()
        for button in self.header_buttons:
            head_row.addWidget(button)
        head_row.addStretch(1)

        self.status_label = QLabel(self.details)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(NOTE_STYLE)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.header_label)
        details.addLayout(head_row)
        details.addWidget(tables, 1)
        details.addWidget(self.status_label)
        layout = QVBoxLayout(self.right)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.details, 1)
        self.details.hide()

    def _clock_ticked(self) -> None:
        self.checklist_model.set_now(self._clock())
        self.tables.label_checklist()

    # -- reading ----------------------------------------------------------------

    def _read_zone(self) -> None:
        try:
            with self._session.db.read() as s:
                self._zone = load_settings(s).zone
        except DeskError as error:
            log.warning("Office settings not read: %s", error)

    @property
    def session(self) -> DeskSession:
        return self._session

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        return office_day(self._clock(), self._zone)

    def refresh(self) -> None:
        """Read the list again, keeping the chosen delegation chosen (F5, other desks)."""
        self.left.filter_timer.stop()
        chosen = self.selected_delegation()
        start, end = self.left.period()
        actor, now = self._session.actor, self._clock()
        text = self.filter_edit.text()
        try:
            with self._session.db.read() as s:
                delegations = list_delegations(s, actor, start, end, text, now=now)
        except DeskError as error:
            show_error(self, error)
            return
        self.delegation_model.set_delegations(delegations, office_day(now, self._zone))
        self.left.set_count(len(delegations))
        row = self.delegation_model.row_of(chosen.id) if chosen is not None else -1
        if row < 0 and delegations:
            row = 0
        if row >= 0:
            self.list_view.selectRow(row)
        self._show_row(row)

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & ENTITIES:
            self.refresh()

    def selected_delegation(self) -> DelegationView | None:
        if self.detail is not None:
            return self.detail.delegation
        return None

    def select_delegation(self, delegation_id: int) -> bool:
        row = self.delegation_model.row_of(delegation_id)
        if row < 0:
            return False
        self.list_view.selectRow(row)
        self._show_row(row)
        return True

    def _show_row(self, row: int) -> None:
        delegation = self.delegation_model.delegation(row)
        if delegation is None:
            self._show_detail(None)
            return
        self._load_detail(delegation.id)

    def _load_detail(self, delegation_id: int) -> None:
        try:
            with self._session.db.read() as s:
                detail = delegation_detail(s, self._session.actor, delegation_id, now=self._clock())
        except DeskError as error:
            show_error(self, error)
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: DelegationDetail | None) -> None:
        previous = self.detail
        self.detail = detail
        if detail is None:
            self.details.hide()
            self.empty_label.show()
            self._update_actions()
            return
        if previous is None or previous.delegation.id != detail.delegation.id:
            self.header_label.forget_phone()
            self.status_label.clear()
        self.empty_label.hide()
        self.details.show()
        self.header_label.show_delegation(detail.delegation)
        for panel in self.panels:
            panel.show_detail(detail)
        self.tables.label_checklist()
        self._update_actions()

    def header_text(self) -> str:
        """The header as plain text, as the clerk reads it."""
        return self.header_label.text_as_read()

    def live_delegation(self) -> DelegationView | None:
        """The chosen delegation when it can still be changed."""
        delegation = self.selected_delegation()
        if delegation is None or delegation.cancelled or not self._writable:
            return None
        return delegation

    def actions_changed(self) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        live = self.live_delegation() is not None
        chosen = self.selected_delegation() is not None
        self.assign_action.setEnabled(live)
        self.cancel_action.setEnabled(live)
        self.edit_action.setEnabled(live)
        self.print_action.setEnabled(chosen and self._writable)
        self.phone_action.setEnabled(
            chosen
            and self._writable
            and bool(self.detail and self.detail.delegation.liaison_phone_masked)
        )
        for panel in self.panels:
            panel.update_actions(live)
        self.remove_action.setEnabled(self._writable)

    # -- dialogs ----------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        """Window-modal, except the import report, which may stay open beside the
        spreadsheet while the clerk corrects it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if isinstance(dialog, ImportReportDialog):
            dialog.setModal(False)
            dialog.show()
        else:
            dialog.open()

    def confirm(self, text: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please confirm"), text, parent=self)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda clicked: on_yes() if clicked == yes else None)
        self.open_dialog(box)

    def act(self, change: Callable[[Session], object], success: str = "") -> bool:
        """One unit of work; a refusal is shown and the unit rolled back."""
        try:
            with self._session.db.unit() as s:
                change(s)
        except DeskError as error:
            show_error(self, error)
            return False
        if success:
            self.status_label.setText(success)
        self.refresh()
        return True

    def say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)

    # -- the delegation ---------------------------------------------------------

    def _focused_panel(self) -> DelegationPanel | None:
        return next((panel for panel in self.panels if panel.view.hasFocus()), None)

    def edit_focused(self) -> None:
        """F2: edit what has the focus."""
        panel = self._focused_panel()
        if panel is not None:
            panel.edit()
        else:
            self.edit_delegation()

    def remove_focused(self) -> None:
        """Delete: remove the guest, task or programme line that has the focus."""
        panel = self._focused_panel()
        if panel is not None:
            panel.remove()

    def import_guests(self, path: str | None = None) -> None:
        """Ctrl+I: the guest list from Excel (see GuestsPanel.import_guests)."""
        self.guests.import_guests(path)

    def new_delegation(self) -> None:
        if not self._writable:
            return
        dialog = DelegationDialog(self._session, None, self, today=self.today())
        dialog.delegation_saved.connect(self._delegation_saved)
        self.open_dialog(dialog)

    def edit_delegation(self) -> None:
        delegation = self.live_delegation()
        if delegation is None:
            return
        dialog = DelegationDialog(self._session, delegation, self, today=self.today())
        dialog.delegation_saved.connect(self._delegation_saved)
        self.open_dialog(dialog)

    def _delegation_saved(self, view: DelegationView) -> None:
        self.refresh()
        if not self.select_delegation(view.id):
            # Outside the filter: show everything so the clerk sees what was saved.
            self.left.show_all()
            self.refresh()
            self.select_delegation(view.id)
        self.say(self.tr("{name} saved.").format(name=view.name))

    def request_assignment(self) -> None:
        delegation = self.live_delegation()
        if delegation is not None:
            self.auto_assign_requested.emit(delegation.id)

    def print_reception_list(self) -> None:
        """Ctrl+P: the delegation's reception list (接待清单), printed or saved as a PDF."""
        delegation = self.selected_delegation()
        if delegation is None:
            return
        from reception.ui.lodging.lodging_prints import print_reception_list

        job = print_reception_list(self, self._session, delegation.id)
        if job is None:
            return
        job.saved.connect(
            lambda path: self.say(
                QCoreApplication.translate("LodgingArea", "Saved {path}.").format(path=path)
            )
        )
        job.printed.connect(
            lambda pages: self.say(
                QCoreApplication.translate("LodgingArea", "{pages} pages were printed.").format(
                    pages=pages
                )
            )
        )

    def show_liaison_phone(self) -> None:
        delegation = self.selected_delegation()
        if delegation is None or not self._writable or not delegation.liaison_phone_masked:
            return
        try:
            with self._session.db.unit() as s:
                phone = liaison_phone(s, self._session.actor, delegation.id)
        except DeskError as error:
            show_error(self, error)
            return
        self.header_label.reveal_phone(delegation, phone)

    def cancel_delegation(self) -> None:
        delegation = self.live_delegation()
        if delegation is None:
            return
        dialog = cancel_dialog(delegation, self)
        actor, delegation_id = self._session.actor, delegation.id
        dialog.textValueSelected.connect(
            lambda reason: self.act(
                lambda s: cancel_delegation(s, actor, delegation_id, reason),
                self.tr("{name} was cancelled.").format(name=delegation.name),
            )
        )
        self.open_dialog(dialog)

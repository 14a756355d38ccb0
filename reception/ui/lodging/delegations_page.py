"""The delegations of the guesthouse: on the left the list (upcoming first) with a text
filter and a date range, on the right the chosen delegation: its letter, liaison and dates,
its guests, the checklist before it arrives (overdue tasks in red) and its programme.

Keys: Ctrl+N new delegation · F2 or Enter edit what has the focus (the delegation, a guest,
a task, a programme line) · Delete removes the guest, task or line that has the focus ·
Ctrl+G add a guest · Ctrl+H make the guest the head · Ctrl+I import the guest list from
Excel · Ctrl+Shift+I save an empty guest list template · Ctrl+T add a task · Space ticks
the task · Ctrl+Shift+A add to the programme · Ctrl+R assign rooms · Ctrl+Shift+P show the
liaison's phone · Ctrl+P print the reception list · Ctrl+Shift+Delete cancel the
delegation · Ctrl+F the filter.

Operators who only read (the director) see everything and no button that changes anything.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging import checklist, programme
from reception.core.lodging.checklist import ChecklistView
from reception.core.lodging.delegations import (
    DelegationDetail,
    DelegationView,
    GuestView,
    cancel_delegation,
    delegation_detail,
    liaison_phone,
    list_delegations,
    remove_guest,
    set_head,
)
from reception.core.lodging.guest_import import (
    GuestListRefused,
    ImportResult,
    import_guest_list,
    write_guest_list_template,
)
from reception.core.lodging.programme import ActivityView
from reception.core.security.roles import Permission
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.activity_dialog import ActivityDialog, from_qdatetime, to_qdatetime
from reception.ui.lodging.delegation_dialog import DelegationDialog, pydate, qdate
from reception.ui.lodging.guest_dialog import GuestDialog
from reception.ui.lodging.import_report_dialog import ImportReportDialog
from reception.ui.messages import error_text, show_error
from reception.ui.models.activity_model import ActivityModel
from reception.ui.models.checklist_model import ChecklistModel
from reception.ui.models.delegation_model import DelegationModel, visit_dates
from reception.ui.models.guest_model import GuestModel
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

log = logging.getLogger(__name__)
ENTITIES = frozenset({"delegation", "guest", "checklist", "activity"})
FILTER_DELAY_MS = 250
CLOCK_TICK_MS = 60_000
OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
NOTE_STYLE = "color: #4d5b6a;"
ERROR_STYLE = "color: #b00020;"
TEMPLATE_NAME = "宾客名单模板.xlsx"


class ChecklistItemDialog(QDialog):
    """A task for the checklist: its title and when it is due (office time). Emits
    `item_saved(ChecklistView)` and closes once stored; a refusal stays in the dialog."""

    item_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView,
        item: ChecklistView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
    ) -> None:
        super().__init__(parent)
        self._session, self._delegation, self._item, self._zone = session, delegation, item, zone
        self.setWindowTitle(self.tr("Edit task") if item else self.tr("Add a task"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(80)
        self.title.setPlaceholderText(self.tr("Flowers in the rooms, name cards…"))
        self.due_at = QDateTimeEdit(self)
        self.due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_at.setCalendarPopup(True)
        if item is None:
            due = datetime.combine(delegation.arrive - timedelta(days=1), time(17, 0), tzinfo=zone)
            self.due_at.setDateTime(to_qdatetime(due, zone))
        else:
            self.title.setText(item.title)
            self.due_at.setDateTime(to_qdatetime(item.due_at, zone))
        form = QFormLayout()
        form.addRow(self.tr("&Task:"), self.title)
        form.addRow(self.tr("&Due:"), self.due_at)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if item else self.tr("Add"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        due = from_qdatetime(self.due_at.dateTime(), self._zone)
        actor = self._session.actor
        try:
            with self._session.db.unit() as s:
                if self._item is None:
                    view = checklist.add_item(s, actor, self._delegation.id, self.title.text(), due)
                else:
                    view = checklist.update_item(s, actor, self._item.id, self.title.text(), due)
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.item_saved.emit(view)
        self.accept()


def _table(model: object, parent: QWidget, stretch: int) -> QTableView:
    """A read-only table of rows; the column `stretch` takes the spare width."""
    table = QTableView(parent)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return table


class DelegationsPage(QWidget):
    """Signals:
    auto_assign_requested(int)   the delegation whose guests should be given rooms (the
                                 "Assign rooms…" button, Ctrl+R); the lodging area opens
                                 the proposal
    guests_imported(object)      the ImportResult of a guest list imported
    guest_list_refused(object)   the DeskError of a guest list refused (GuestListRefused
                                 when the file had problems)
    """

    auto_assign_requested = Signal(int)
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
        self._revealed_phone: tuple[int, str] | None = None
        self._folder = str(Path.home())
        self.detail: DelegationDetail | None = None
        self.dialog: QDialog | None = None  # the last dialog an action opened
        self._read_zone()

        self.delegation_model = DelegationModel(self)
        self.guest_model = GuestModel(self)
        self.checklist_model = ChecklistModel(self)
        self.activity_model = ActivityModel(self)
        self.checklist_model.tick_requested.connect(self.tick)

        self._build_actions()
        self._build_left()
        self._build_right()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(lambda: self.checklist_model.set_now(self._clock()))
        self._clock_timer.start()
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building ---------------------------------------------------------------

    def _action(
        self,
        text: str,
        keys: tuple[str, ...],
        slot: Callable[[], object],
        *,
        write: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.toolTip()} ({shown})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if write and not self._writable:
            action.setEnabled(False)
            action.setVisible(False)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setVisible(action.isVisible())
        return button

    def _build_actions(self) -> None:
        a = self._action
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
        self.add_guest_action = a(self.tr("Add &guest…"), ("Ctrl+G",), self.add_guest)
        self.edit_guest_action = a(self.tr("Edit guest…"), (), self.edit_guest)
        self.edit_guest_action.setToolTip(self.tr("Edit guest (F2 or Enter in the list)"))
        self.remove_guest_action = a(self.tr("Remove guest"), (), self.remove_guest)
        self.remove_guest_action.setToolTip(self.tr("Remove guest (Delete in the list)"))
        self.head_action = a(self.tr("Make &head"), ("Ctrl+H",), self.make_head)
        self.import_action = a(self.tr("&Import from Excel…"), ("Ctrl+I",), self.import_guests)
        self.template_action = a(self.tr("Save &template…"), ("Ctrl+Shift+I",), self.write_template)
        self.add_item_action = a(self.tr("Add &task…"), ("Ctrl+T",), self.add_checklist_item)
        self.tick_action = a(self.tr("Done / not done"), (), self.tick_selected)
        self.tick_action.setToolTip(self.tr("Done / not done (Space in the list)"))
        self.remove_item_action = a(self.tr("Remove task"), (), self.remove_checklist_item)
        self.add_activity_action = a(
            self.tr("Add to the &programme…"), ("Ctrl+Shift+A",), self.add_activity
        )
        self.edit_activity_action = a(self.tr("Edit line…"), (), self.edit_activity)
        self.remove_activity_action = a(self.tr("Remove line"), (), self.remove_activity)
        self.filter_action = a(
            self.tr("Filter"), ("Ctrl+F",), lambda: self.filter_edit.setFocus(), write=False
        )

    def _build_left(self) -> None:
        self.left = QWidget(self)
        self.filter_edit = QLineEdit(self.left)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: name, unit, letter, or a guest's name, pinyin or initials")
        )
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.between = QCheckBox(self.tr("&Between"), self.left)
        self.from_edit = QDateEdit(self.left)
        self.to_edit = QDateEdit(self.left)
        today = self.today()
        for edit, day in ((self.from_edit, today), (self.to_edit, today + timedelta(days=30))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate(day))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _day: self._filter_timer.start())
        self.between.toggled.connect(self._between_toggled)
        dates = QHBoxLayout()
        dates.addWidget(self.between)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–", self.left))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.list_view = _table(self.delegation_model, self.left, DelegationModel.NAME)
        # the unit shares the spare width with the name (both elided), so the guest count and
        # the checklist column, red when a task is overdue, stay in sight without scrolling
        self.list_view.horizontalHeader().setSectionResizeMode(
            DelegationModel.UNIT, QHeaderView.ResizeMode.Stretch
        )
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        self.list_view.activated.connect(lambda _index: self.edit_delegation())
        self.new_button = self._button(self.new_action)
        self.count_label = QLabel(self.left)
        self.count_label.setStyleSheet(NOTE_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self.left)
        layout.addWidget(self.filter_edit)
        layout.addLayout(dates)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(bottom)

    def _group(
        self, title: str, table: QTableView, actions: list[QAction]
    ) -> tuple[QGroupBox, list[QToolButton]]:
        box = QGroupBox(title, self.right)
        buttons = [self._button(action) for action in actions]
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(table)
        return box, buttons

    def _build_right(self) -> None:
        self.right = QWidget(self)
        self.empty_label = QLabel(
            self.tr("Choose a delegation on the left, or press Ctrl+N to record one."),
            self.right,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        self.details = QWidget(self.right)

        self.header_label = QLabel(self.details)
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head_actions = [
            self.edit_action,
            self.assign_action,
            self.phone_action,
            self.print_action,
            self.cancel_action,
        ]
        self.header_buttons = [self._button(action) for action in head_actions]
        head_row = QHBoxLayout()
        for button in self.header_buttons:
            head_row.addWidget(button)
        head_row.addStretch(1)

        self.guests_view = _table(self.guest_model, self.details, GuestModel.NEEDS)
        self.checklist_view = _table(self.checklist_model, self.details, ChecklistModel.TASK)
        self.activities_view = _table(self.activity_model, self.details, ActivityModel.TITLE)
        self.guests_view.activated.connect(lambda _index: self.edit_guest())
        self.checklist_view.activated.connect(lambda _index: self.edit_checklist_item())
        self.activities_view.activated.connect(lambda _index: self.edit_activity())
        self.checklist_view.installEventFilter(self)
        for view in (self.guests_view, self.checklist_view, self.activities_view):
            view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_actions())

        self.guests_box, self.guest_buttons = self._group(
            self.tr("Guests"),
            self.guests_view,
            [
                self.add_guest_action,
                self.edit_guest_action,
                self.remove_guest_action,
                self.head_action,
                self.import_action,
                self.template_action,
            ],
        )
        self.checklist_box, self.checklist_buttons = self._group(
            self.tr("Checklist before arrival"),
            self.checklist_view,
            [self.add_item_action, self.tick_action, self.remove_item_action],
        )
        self.programme_box, self.programme_buttons = self._group(
            self.tr("Programme"),
            self.activities_view,
            [self.add_activity_action, self.edit_activity_action, self.remove_activity_action],
        )
        tables = QSplitter(Qt.Orientation.Vertical, self.details)
        for box in (self.guests_box, self.checklist_box, self.programme_box):
            tables.addWidget(box)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        tables.setStretchFactor(2, 2)

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

    # -- reading ----------------------------------------------------------------

    def _read_zone(self) -> None:
        try:
            with self._session.db.read() as s:
                self._zone = load_settings(s).zone
        except DeskError as error:
            log.warning("Office settings not read: %s", error)

    def today(self) -> date:
        return office_day(self._clock(), self._zone)

    def _between_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self._filter_timer.start()

    def refresh(self) -> None:
        """Read the list again, keeping the chosen delegation chosen (F5, other desks)."""
        self._filter_timer.stop()
        chosen = self.selected_delegation()
        start = end = None
        if self.between.isChecked():
            start, end = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        actor, now = self._session.actor, self._clock()
        text = self.filter_edit.text()
        try:
            with self._session.db.read() as s:
                delegations = list_delegations(s, actor, start, end, text, now=now)
        except DeskError as error:
            show_error(self, error)
            return
        self.delegation_model.set_delegations(delegations, office_day(now, self._zone))
        self.count_label.setText(self.tr("{count} delegations").format(count=len(delegations)))
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
            self._revealed_phone = None
            self.status_label.clear()
        keep_guest = self.selected_guest()
        keep_item = self.selected_item()
        keep_activity = self.selected_activity()
        self.empty_label.hide()
        self.details.show()
        self.header_label.setText(self._header_html(detail.delegation))
        self.guest_model.set_rows(detail.guests)
        self.checklist_model.editable = self._writable and not detail.delegation.cancelled
        self.checklist_model.set_items(detail.checklist, self._clock(), self._zone)
        self.activity_model.set_activities(detail.activities, self._zone)
        self._choose_again(self.guests_view, self.guest_model.row_of, keep_guest)
        self._choose_again(self.checklist_view, self.checklist_model.row_of, keep_item)
        self._choose_again(self.activities_view, self.activity_model.row_of, keep_activity)
        self._update_actions()

    @staticmethod
    def _choose_again(view: QTableView, row_of: Callable[[int], int], kept: object) -> None:
        row = row_of(kept.id) if kept is not None else -1  # type: ignore[attr-defined]
        if row >= 0:
            view.selectRow(row)

    def _header_html(self, delegation: DelegationView) -> str:
        e = html.escape
        title = f"<b style='font-size: 14pt'>{e(delegation.name)}</b>"
        if delegation.cancelled:
            cancelled = e(self.tr("Cancelled"))
            title += f" <span style='color: #b00020'>{cancelled}</span>"
        phone = delegation.liaison_phone_masked
        if self._revealed_phone is not None and self._revealed_phone[0] == delegation.id:
            phone = self._revealed_phone[1]
        liaison = "，".join(part for part in (delegation.liaison_name, phone) if part) or "—"
        lines = [
            title,
            self.tr("Unit: {unit}").format(unit=e(delegation.unit)),
            self.tr("Purpose: {purpose}").format(purpose=e(delegation.purpose or "—")),
            self.tr("Inviting letter: {letter}").format(letter=e(delegation.letter_ref)),
            self.tr("Liaison: {liaison}").format(liaison=e(liaison)),
            self.tr("Dates: {dates} ({nights} nights)").format(
                dates=e(visit_dates(delegation.arrive, delegation.depart)),
                nights=delegation.nights,
            ),
        ]
        if delegation.notes:
            notes = e(delegation.notes).replace("\n", "<br>")
            lines.append(self.tr("Notes: {notes}").format(notes=notes))
        return "<br>".join(lines)

    def header_text(self) -> str:
        """The header as plain text, as the clerk reads it."""
        return self.header_label.text().replace("<br>", "\n")

    def selected_guest(self) -> GuestView | None:
        return self.guest_model.guest(self.guests_view.currentIndex().row())

    def selected_item(self) -> ChecklistView | None:
        return self.checklist_model.item(self.checklist_view.currentIndex().row())

    def selected_activity(self) -> ActivityView | None:
        return self.activity_model.activity(self.activities_view.currentIndex().row())

    def _live(self) -> DelegationView | None:
        """The chosen delegation when it can still be changed."""
        delegation = self.selected_delegation()
        if delegation is None or delegation.cancelled or not self._writable:
            return None
        return delegation

    def _update_actions(self) -> None:
        live = self._live() is not None
        chosen = self.selected_delegation() is not None
        for action in (
            self.assign_action,
            self.cancel_action,
            self.add_guest_action,
            self.import_action,
            self.add_item_action,
            self.add_activity_action,
        ):
            action.setEnabled(live)
        self.edit_action.setEnabled(live)
        self.print_action.setEnabled(chosen and self._writable)
        self.phone_action.setEnabled(
            chosen
            and self._writable
            and bool(self.detail and self.detail.delegation.liaison_phone_masked)
        )
        guest = live and self.selected_guest() is not None
        for action in (self.edit_guest_action, self.remove_guest_action, self.head_action):
            action.setEnabled(guest)
        item = live and self.selected_item() is not None
        self.tick_action.setEnabled(item)
        self.remove_item_action.setEnabled(item)
        line = live and self.selected_activity() is not None
        self.edit_activity_action.setEnabled(line)
        self.remove_activity_action.setEnabled(line)
        self.remove_action.setEnabled(self._writable)
        self.template_action.setEnabled(self._writable)

    # -- dialogs ----------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, except the import report, which may stay open beside the
        spreadsheet while the clerk corrects it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if isinstance(dialog, ImportReportDialog):
            dialog.setModal(False)
            dialog.show()
        else:
            dialog.open()

    def _confirm(self, text: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please confirm"), text, parent=self)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda clicked: on_yes() if clicked == yes else None)
        self._open(box)

    def _act(self, change: Callable[[Session], object], success: str = "") -> bool:
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

    def _status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)

    # -- the delegation ---------------------------------------------------------

    def edit_focused(self) -> None:
        """F2: edit what has the focus."""
        if self.guests_view.hasFocus():
            self.edit_guest()
        elif self.checklist_view.hasFocus():
            self.edit_checklist_item()
        elif self.activities_view.hasFocus():
            self.edit_activity()
        else:
            self.edit_delegation()

    def remove_focused(self) -> None:
        """Delete: remove the guest, task or programme line that has the focus."""
        if self.guests_view.hasFocus():
            self.remove_guest()
        elif self.checklist_view.hasFocus():
            self.remove_checklist_item()
        elif self.activities_view.hasFocus():
            self.remove_activity()

    def new_delegation(self) -> None:
        if not self._writable:
            return
        dialog = DelegationDialog(self._session, None, self, today=self.today())
        dialog.delegation_saved.connect(self._delegation_saved)
        self._open(dialog)

    def edit_delegation(self) -> None:
        delegation = self._live()
        if delegation is None:
            return
        dialog = DelegationDialog(self._session, delegation, self, today=self.today())
        dialog.delegation_saved.connect(self._delegation_saved)
        self._open(dialog)

    def _delegation_saved(self, view: DelegationView) -> None:
        self.refresh()
        if not self.select_delegation(view.id):
            # Outside the filter: show everything so the clerk sees what was saved.
            self.filter_edit.clear()
            self.between.setChecked(False)
            self.refresh()
            self.select_delegation(view.id)
        self._status(self.tr("{name} saved.").format(name=view.name))

    def request_assignment(self) -> None:
        delegation = self._live()
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
            lambda path: self._status(
                QCoreApplication.translate("LodgingArea", "Saved {path}.").format(path=path)
            )
        )
        job.printed.connect(
            lambda pages: self._status(
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
        self._revealed_phone = (delegation.id, phone)
        self.header_label.setText(self._header_html(delegation))

    def cancel_delegation(self) -> None:
        delegation = self._live()
        if delegation is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel delegation"))
        dialog.setLabelText(
            self.tr("Cancel {name}? Its booked stays are cancelled too. Reason (optional):").format(
                name=delegation.name
            )
        )
        dialog.setOkButtonText(self.tr("Cancel the delegation"))
        dialog.setCancelButtonText(self.tr("Keep it"))
        actor, delegation_id = self._session.actor, delegation.id
        dialog.textValueSelected.connect(
            lambda reason: self._act(
                lambda s: cancel_delegation(s, actor, delegation_id, reason),
                self.tr("{name} was cancelled.").format(name=delegation.name),
            )
        )
        self._open(dialog)

    # -- guests -------------------------------------------------------------------

    def add_guest(self) -> None:
        delegation = self._live()
        if delegation is None:
            return
        dialog = GuestDialog(self._session, delegation.id, None, self, today=self.today())
        dialog.guest_saved.connect(self._guest_saved)
        self._open(dialog)

    def edit_guest(self) -> None:
        guest = self.selected_guest()
        if self._live() is None or guest is None:
            return
        dialog = GuestDialog(self._session, guest.delegation_id, guest, self, today=self.today())
        dialog.guest_saved.connect(self._guest_saved)
        self._open(dialog)

    def _guest_saved(self, view: GuestView) -> None:
        self.refresh()
        row = self.guest_model.row_of(view.id)
        if row >= 0:
            self.guests_view.selectRow(row)
        self._status(self.tr("{name} saved.").format(name=view.name))

    def remove_guest(self) -> None:
        guest = self.selected_guest()
        if self._live() is None or guest is None:
            return
        actor, guest_id = self._session.actor, guest.id
        done = self.tr("{name} was removed.").format(name=guest.name)

        def remove() -> None:
            self._act(lambda s: remove_guest(s, actor, guest_id), done)

        self._confirm(
            self.tr("Remove {name} from the delegation's list?").format(name=guest.name),
            self.tr("Remove"),
            remove,
        )

    def make_head(self) -> None:
        guest = self.selected_guest()
        if self._live() is None or guest is None or guest.is_head:
            return
        actor, guest_id = self._session.actor, guest.id
        self._act(
            lambda s: set_head(s, actor, guest_id),
            self.tr("{name} is now the head of the delegation.").format(name=guest.name),
        )

    def import_guests(self, path: str | None = None) -> None:
        """Ctrl+I: choose an .xlsx file; it is read off the GUI thread, and imported whole
        or refused whole with a report of every problem."""
        delegation = self._live()
        if delegation is None:
            return
        if path is None:
            dialog = QFileDialog(
                self, self.tr("Import the guest list"), self._folder, self.tr("Excel (*.xlsx)")
            )
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.fileSelected.connect(self.import_guests)
            self._open(dialog)
            return
        self._folder = str(Path(path).parent)
        db, actor, delegation_id, today = (
            self._session.db,
            self._session.actor,
            delegation.id,
            self.today(),
        )
        file_name = Path(path).name

        def work() -> ImportResult:  # on a pool thread: values only
            with db.unit() as s:
                return import_guest_list(s, actor, delegation_id, path, today=today)

        self._status(self.tr("Reading {file}…").format(file=file_name))
        self.import_action.setEnabled(False)
        run_off_thread(
            work,
            succeeded=lambda result: self._imported(file_name, result),
            failed=lambda error: self._import_refused(file_name, error),
            parent=self,
        )

    def _imported(self, file_name: str, result: ImportResult) -> None:
        self.refresh()
        self._status(
            self.tr("{count} guests imported from {file}.").format(
                count=len(result.guests), file=file_name
            )
        )
        if result.notes:
            self._open(ImportReportDialog(file_name, result.notes, refused=False, parent=self))
        self.guests_imported.emit(result)

    def _import_refused(self, file_name: str, error: DeskError) -> None:
        self._update_actions()
        self._status(error_text(error), error=True)
        if isinstance(error, GuestListRefused):
            report = ImportReportDialog(
                file_name, error.problems, refused=True, summary=error_text(error), parent=self
            )
            self._open(report)
        else:
            show_error(self, error)
        self.guest_list_refused.emit(error)

    def write_template(self, path: str | None = None) -> None:
        """Ctrl+Shift+I: an empty guest list with the headers the import reads."""
        if not self._writable:
            return
        if path is None:
            dialog = QFileDialog(
                self,
                self.tr("Save the guest list template"),
                str(Path(self._folder) / TEMPLATE_NAME),
                self.tr("Excel (*.xlsx)"),
            )
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("xlsx")
            dialog.fileSelected.connect(self.write_template)
            self._open(dialog)
            return
        try:
            saved = write_guest_list_template(path)
        except OSError as error:
            show_error(
                self,
                self.tr("The template could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                ),
            )
            return
        self._folder = str(saved.parent)
        self._status(self.tr("Template saved as {path}.").format(path=str(saved)))

    # -- checklist ------------------------------------------------------------------

    def add_checklist_item(self) -> None:
        delegation = self._live()
        if delegation is None:
            return
        dialog = ChecklistItemDialog(self._session, delegation, None, self, zone=self._zone)
        dialog.item_saved.connect(lambda _view: self.refresh())
        self._open(dialog)

    def edit_checklist_item(self) -> None:
        delegation, item = self._live(), self.selected_item()
        if delegation is None or item is None:
            return
        dialog = ChecklistItemDialog(self._session, delegation, item, self, zone=self._zone)
        dialog.item_saved.connect(lambda _view: self.refresh())
        self._open(dialog)

    def tick(self, item_id: int, done: bool) -> None:
        if self._live() is None:
            return
        actor, now = self._session.actor, self._clock()
        self._act(lambda s: checklist.tick(s, actor, item_id, done, now))
        row = self.checklist_model.row_of(item_id)
        if row >= 0:
            self.checklist_view.selectRow(row)

    def tick_selected(self) -> None:
        """Space: the chosen task done, or open again."""
        item = self.selected_item()
        if item is not None:
            self.tick(item.id, not item.done)

    def remove_checklist_item(self) -> None:
        item = self.selected_item()
        if self._live() is None or item is None:
            return
        actor, item_id = self._session.actor, item.id

        def remove() -> None:
            self._act(lambda s: checklist.remove_item(s, actor, item_id))

        self._confirm(
            self.tr("Remove the task “{title}”?").format(title=item.title),
            self.tr("Remove"),
            remove,
        )

    # -- programme ------------------------------------------------------------------

    def add_activity(self) -> None:
        delegation = self._live()
        if delegation is None:
            return
        dialog = ActivityDialog(self._session, delegation, None, self, zone=self._zone)
        dialog.activity_saved.connect(lambda _view: self.refresh())
        self._open(dialog)

    def edit_activity(self) -> None:
        delegation, activity = self._live(), self.selected_activity()
        if delegation is None or activity is None:
            return
        dialog = ActivityDialog(self._session, delegation, activity, self, zone=self._zone)
        dialog.activity_saved.connect(lambda _view: self.refresh())
        self._open(dialog)

    def remove_activity(self) -> None:
        activity = self.selected_activity()
        if self._live() is None or activity is None:
            return
        actor, activity_id = self._session.actor, activity.id

        def remove() -> None:
            self._act(lambda s: programme.remove_activity(s, actor, activity_id))

        self._confirm(
            self.tr("Remove “{title}” from the programme?").format(title=activity.title),
            self.tr("Remove"),
            remove,
        )

    # -- keys -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.checklist_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            self.tick_selected()
            return True
        return super().eventFilter(watched, event)

"""The room chart page (房态图): a month of rooms by days, the stay under the cursor in a side
panel with the guest's needs in plain sight, and the clerk's actions on it.

Toolbar: previous/next month (PageUp/PageDown in the chart), this month (Ctrl+T), a date to
jump to (Ctrl+G), and filters: building, floor, type, free between two dates.
On a stay: check in (Ctrl+I, the guest's needs shown in the confirmation), check out
(Ctrl+O), cancel (Ctrl+Shift+Del), one night more or less (Shift+Right/Left, + and -),
move to another room (Ctrl+M, a list of the rooms free for the stay's nights), and in the
chart Ctrl+Left/Right a day earlier/later, Ctrl+Up/Down the previous/next room, or a drag;
print the room card (Ctrl+P).
On an empty cell: book a guest of a delegation (Ctrl+B). Enter opens the actions of the cell.

Every change is one unit of work calling one service; a drag's target is checked (a dry
run) before the drop, and keys go through the same check. A room above the guest's
reception standard needs a reason: the page asks for it and tries again. Operators who
only read see the chart and the panel, with no action."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging import stays
from reception.core.lodging.chart import ChartBar, RoomChart, room_chart
from reception.core.lodging.delegations import DelegationView, list_delegations, list_guests
from reception.core.lodging.lists import need_lines
from reception.core.lodging.models import RoomType, StayState
from reception.core.lodging.rooms import RoomFilter, free_rooms, office_today
from reception.core.lodging.stays import Booking, ReasonRequired
from reception.core.lodging.views import RoomView, StayView
from reception.core.security.roles import Permission
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.lodging.room_chart import (
    ChartChange,
    DropCheck,
    RoomChartView,
    short_date,
    stay_state_label,
)
from reception.ui.messages import error_text, qt_translate, show_error
from reception.ui.models.guest_model import GuestModel, rank_label
from reception.ui.models.room_model import FreeRoomModel, room_type_label
from reception.ui.session import DeskSession

REFRESH_ON = frozenset({"room", "stay", "guest", "delegation"})
ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: #4d5b6a;"
NEEDS_STYLE = (
    "background: #fff3e0; color: #8a2b00; border: 2px solid #e65100; border-radius: 4px;"
    " padding: 6px; font-weight: bold;"
)
DELEGATIONS_BEFORE = 7  # the booking dialog offers delegations touching [day - 7, day + 30]
DELEGATIONS_AFTER = 30


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_length(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def needs_text(stay: StayView) -> str:
    """The guest's needs, one per line, in the shown language; empty when none."""
    return "\n".join(need.text(qt_translate) for need in need_lines(stay.needs))


def nights_text(nights: int) -> str:
    return QCoreApplication.translate("RoomChartPage", "%n night(s)", "", nights)


def ask_reason(parent: QWidget, error: DeskError, retry: Callable[[str], object]) -> QInputDialog:
    """The room is above the guest's standard: ask why, then `retry(reason)`."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("RoomChartPage", "Reason for the exception"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(
        QCoreApplication.translate(
            "RoomChartPage", "{message}\n\nThe reason is recorded with the stay:"
        ).format(message=error_text(error))
    )
    dialog.textValueSelected.connect(lambda text: retry(text) if text.strip() else None)
    dialog.open()
    return dialog


class MoveDialog(QDialog):
    """The rooms with a bed free for the stay's nights from `start`; accepted with one
    chosen (Enter or a double-click). Read `room_id`."""

    def __init__(
        self,
        session: DeskSession,
        stay: StayView,
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move {guest} to another room").format(guest=stay.guest_name))
        self.model = FreeRoomModel(self)
        with session.db.read() as s:
            rooms = free_rooms(s, session.actor, start, stay.depart)
        self.model.set_rows(r for r in rooms if r.room.id != stay.room_id)
        note = QLabel(
            self.tr("Rooms free from {start} to {depart} ({nights}):").format(
                start=start.isoformat(),
                depart=stay.depart.isoformat(),
                nights=nights_text((stay.depart - start).days),
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FreeRoomModel.FEATURES, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.accept())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.empty = QLabel(self.tr("No other room is free for these nights."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.model.rowCount() > 0
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.table.setFocus()
        self.resize(560, 420)

    @property
    def room_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.free_room(index.row()).room.id

    def choose(self, room_id: int) -> bool:
        row = self.model.row_of(room_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True


class BookDialog(QDialog):
    """Book a guest into the chosen room: a delegation expected around the day, one of its
    guests without a room for the nights, the dates. Books on OK; a room above the guest's
    standard asks for the reason first. Emits `stay_booked(StayView)` and closes once
    booked; a refusal stays in the dialog."""

    stay_booked = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        room: RoomView,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._room = room
        self.reason_dialog: QInputDialog | None = None
        self.setWindowTitle(self.tr("Book room {number}").format(number=room.number))
        with session.db.read() as s:
            found = list_delegations(
                s,
                session.actor,
                day - timedelta(days=DELEGATIONS_BEFORE),
                day + timedelta(days=DELEGATIONS_AFTER),
            )
            tonight = stays.stays_between(s, session.actor, day, day + timedelta(days=1))
        self._delegations = [d for d in found if not d.cancelled]
        lodged: dict[int, int] = {}
        for stay in tonight:
            if stay.delegation_id is not None:
                lodged[stay.delegation_id] = lodged.get(stay.delegation_id, 0) + 1
        # offered first: a delegation in the house that night with a guest still without a bed
        first = next(
            (
                i
                for i, view in enumerate(self._delegations)
                if view.arrive <= day < view.depart and view.guests > lodged.get(view.id, 0)
            ),
            0,
        )
        self.delegation = QComboBox(self)
        for view in self._delegations:
            self.delegation.addItem(
                self.tr("{name} · {arrive}–{depart}").format(
                    name=view.name, arrive=short_date(view.arrive), depart=short_date(view.depart)
                ),
                view.id,
            )
        self.delegation.setCurrentIndex(first if self._delegations else -1)
        self.arrive = QDateEdit(self)
        self.depart = QDateEdit(self)
        for edit in (self.arrive, self.depart):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.arrive.setDate(qdate(day))
        self.depart.setDate(qdate(day + timedelta(days=1)))
        self.guests = GuestModel(self)
        self.guest_table = QTableView(self)
        self.guest_table.setModel(self.guests)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guest_table.verticalHeader().hide()
        self.guest_table.hideColumn(GuestModel.ID_NUMBER)
        header = self.guest_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GuestModel.NEEDS, QHeaderView.ResizeMode.Stretch)
        self.guest_table.activated.connect(lambda _index: self.book())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Delegation:"), self.delegation)
        form.addRow(self.tr("&Arrival:"), self.arrive)
        form.addRow(self.tr("De&parture:"), self.depart)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Book"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        guests_label = QLabel(self.tr("&Guest without a room for these nights:"), self)
        guests_label.setBuddy(self.guest_table)
        layout.addWidget(guests_label)
        layout.addWidget(self.guest_table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.delegation.currentIndexChanged.connect(lambda _i: self._delegation_chosen())
        self.arrive.dateChanged.connect(lambda _d: self._load_guests())
        self.depart.dateChanged.connect(lambda _d: self._load_guests())
        if not self._delegations:
            self.note.setText(self.tr("No delegation is expected around {day}.").format(day=day))
            ok.setEnabled(False)
        else:
            self._delegation_chosen()
        self.resize(640, 460)

    def _chosen_delegation(self) -> DelegationView | None:
        index = self.delegation.currentIndex()
        return self._delegations[index] if 0 <= index < len(self._delegations) else None

    def _delegation_chosen(self) -> None:
        view = self._chosen_delegation()
        if view is None:
            return
        arrive = pydate(self.arrive.date())
        if view.depart > arrive:
            self.depart.blockSignals(True)
            self.depart.setDate(qdate(view.depart))
            self.depart.blockSignals(False)
        self._load_guests()

    def _load_guests(self) -> None:
        view = self._chosen_delegation()
        if view is None:
            return
        arrive, depart = pydate(self.arrive.date()), pydate(self.depart.date())
        actor = self._session.actor
        try:
            with self._session.db.read() as s:
                guests = list_guests(s, actor, view.id)
                lodged = (
                    {
                        stay.guest_id
                        for stay in stays.stays_between(s, actor, arrive, depart)
                        if stay.delegation_id == view.id
                    }
                    if depart > arrive
                    else set()
                )
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        chosen = self.guest_id
        waiting = [g for g in guests if g.id not in lodged]
        self.guests.set_rows(waiting)
        row = self.guests.row_of(chosen) if chosen is not None else -1
        self.guest_table.selectRow(max(row, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(waiting))
        if guests and not waiting:
            self.note.setText(
                self.tr("Every guest of this delegation has a room for these nights.")
            )
        elif lodged:
            self.note.setText(
                self.tr("{count} guest(s) of this delegation already have a room.").format(
                    count=len(lodged)
                )
            )
        else:
            self.note.clear()

    @property
    def guest_id(self) -> int | None:
        index = self.guest_table.currentIndex()
        guest = self.guests.guest(index.row()) if index.isValid() else None
        return guest.id if guest is not None else None

    def choose_guest(self, guest_id: int) -> bool:
        row = self.guests.row_of(guest_id)
        if row < 0:
            return False
        self.guest_table.selectRow(row)
        return True

    def booking(self, reason: str = "") -> Booking | None:
        guest_id = self.guest_id
        if guest_id is None:
            return None
        return Booking(
            self._room.id, guest_id, pydate(self.arrive.date()), pydate(self.depart.date()), reason
        )

    def book(self, reason: str = "") -> None:
        booking = self.booking(reason)
        if booking is None:
            self.error_label.setText(self.tr("Choose the guest to book."))
            return
        actor = self._session.actor
        try:
            with self._session.db.unit() as s:
                view = stays.book(s, actor, booking)
        except ReasonRequired as error:
            self.error_label.clear()
            self.reason_dialog = ask_reason(self, error, self.book)
            return
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.stay_booked.emit(view)
        self.accept()


class RoomChartPage(QWidget):
    """The chart, its toolbar, the side panel and the status line.
    `dialog` is the last dialog or menu an action opened (tests and the keyboard use it)."""

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        self._writable = session.actor.may(Permission.MANAGE_LODGING)
        self._fixed_today = today  # tests; the office's day otherwise
        self._today = today or date.today()
        self._month = month_start(self._today)
        self._stale = False
        self._stay: StayView | None = None
        self._rooms_known: list[RoomView] = []
        self.dialog: QWidget | None = None

        self.chart_view = RoomChartView(self)
        self.chart_view.set_editable(self._writable)
        self.chart_view.set_checker(self.check_change if self._writable else None)
        self.chart_view.cursor_moved.connect(self._cursor_moved)
        self.chart_view.activated.connect(self.open_cell)
        self.chart_view.change_requested.connect(self.apply_change)
        self.chart_view.month_requested.connect(self.step_month)
        self.chart_view.drag_feedback.connect(self._drag_feedback)

        self._build_actions()
        toolbar = self._build_toolbar()
        filters = self._build_filters()
        panel = self._build_panel()
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.status_line.setMinimumHeight(self.status_line.fontMetrics().height() * 2 + 6)
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        body = QHBoxLayout()
        body.addWidget(self.chart_view, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_line)
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()
        self.chart_view.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _action(
        self, text: str, keys: tuple[str, ...], slot: Callable[[], object], *, write: bool = True
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

    def _build_actions(self) -> None:
        a = self._action
        self.check_in_action = a(self.tr("Check &in…"), ("Ctrl+I",), self.check_in)
        self.check_out_action = a(self.tr("Check &out…"), ("Ctrl+O",), self.check_out)
        self.longer_action = a(self.tr("+1 night"), (), lambda: self.chart_view.extend_stay(1))
        self.longer_action.setToolTip(self.tr("One night more (Shift+Right or +)"))
        self.shorter_action = a(self.tr("−1 night"), (), lambda: self.chart_view.extend_stay(-1))
        self.shorter_action.setToolTip(self.tr("One night less (Shift+Left or -)"))
        self.move_action = a(self.tr("&Move to another room…"), ("Ctrl+M",), self.move_stay)
        self.cancel_action = a(self.tr("Cancel the stay…"), ("Ctrl+Shift+Del",), self.cancel_stay)
        self.book_action = a(self.tr("&Book a guest…"), ("Ctrl+B",), self.book_cell)
        self.card_action = a(self.tr("&Print room card…"), ("Ctrl+P",), self.print_room_card)
        self.today_action = a(self.tr("&This month"), ("Ctrl+T",), self.go_today, write=False)
        self.goto_action = a(
            self.tr("&Go to a date"), ("Ctrl+G",), lambda: self.goto_date.setFocus(), write=False
        )

    def _build_toolbar(self) -> QHBoxLayout:
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("‹ Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (PageUp in the chart)"))
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next month ›"))
        self.next_button.setToolTip(self.tr("Next month (PageDown in the chart)"))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button = QToolButton(self)
        self.today_button.setDefaultAction(self.today_action)
        self.month_label = QLabel(self)
        title = QFont(self.font())
        title.setPixelSize(20)
        title.setBold(True)
        self.month_label.setFont(title)
        self.goto_date = QDateEdit(self)
        self.goto_date.setCalendarPopup(True)
        self.goto_date.setDisplayFormat("yyyy-MM-dd")
        self.goto_date.setDate(qdate(self._today))
        self.goto_date.editingFinished.connect(self._goto_chosen)
        goto_label = QLabel(self.tr("Go to:"), self)
        goto_label.setBuddy(self.goto_date)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.month_label)
        row.addWidget(self.next_button)
        row.addWidget(self.today_button)
        row.addSpacing(16)
        row.addWidget(goto_label)
        row.addWidget(self.goto_date)
        row.addStretch(1)
        return row

    def _build_filters(self) -> QHBoxLayout:
        self.building_filter = QComboBox(self)
        self.building_filter.addItem(self.tr("Any building"), None)
        self.floor_filter = QComboBox(self)
        self.floor_filter.addItem(self.tr("Any floor"), None)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("Any type"), None)
        for room_type in RoomType:
            self.type_filter.addItem(room_type_label(room_type.value), room_type.value)
        self.free_check = QCheckBox(self.tr("&Free from"), self)
        self.free_from = QDateEdit(self)
        self.free_to = QDateEdit(self)
        for edit, day in ((self.free_from, self._today), (self.free_to, self._today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate(day))
            edit.setEnabled(False)
        self.free_to.setDate(qdate(self._today + timedelta(days=1)))
        self.free_check.toggled.connect(self._free_toggled)
        for combo in (self.building_filter, self.floor_filter, self.type_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.free_from, self.free_to):
            edit.dateChanged.connect(
                lambda _d: self.refresh() if self.free_check.isChecked() else None
            )
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("B&uilding:"), self.building_filter),
            (self.tr("F&loor:"), self.floor_filter),
            (self.tr("T&ype:"), self.type_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.free_check)
        row.addWidget(self.free_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.free_to)
        row.addStretch(1)
        return row

    def _build_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(280)
        big = QFont(self.font())
        big.setPixelSize(22)
        big.setBold(True)
        self.guest_label = QLabel(panel)
        self.guest_label.setFont(big)
        self.guest_label.setWordWrap(True)
        self.delegation_label = QLabel(panel)
        self.delegation_label.setWordWrap(True)
        self.room_label = QLabel(panel)
        self.dates_label = QLabel(panel)
        self.dates_label.setWordWrap(True)
        self.state_label = QLabel(panel)
        self.needs_label = QLabel(panel)
        self.needs_label.setWordWrap(True)
        self.needs_label.setStyleSheet(NEEDS_STYLE)
        self.exception_label = QLabel(panel)
        self.exception_label.setWordWrap(True)
        self.exception_label.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(panel)
        for label in (
            self.guest_label,
            self.delegation_label,
            self.room_label,
            self.dates_label,
            self.state_label,
            self.needs_label,
            self.exception_label,
        ):
            layout.addWidget(label)
        self.buttons: dict[QAction, QPushButton] = {}
        nights = QHBoxLayout()
        for action in (self.shorter_action, self.longer_action):
            nights.addWidget(self._panel_button(action, panel))
        for action in (self.check_in_action, self.check_out_action):
            layout.addWidget(self._panel_button(action, panel))
        layout.addLayout(nights)
        for action in (self.move_action, self.cancel_action, self.book_action, self.card_action):
            layout.addWidget(self._panel_button(action, panel))
        layout.addStretch(1)
        legend = QLabel(
            self.tr(
                "Filled bar: in house · light bar: booked · dashed: departed · "
                "orange dot: the guest has needs"
            ),
            panel,
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(NOTE_STYLE)
        layout.addWidget(legend)
        return panel

    def _panel_button(self, action: QAction, parent: QWidget) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""), parent)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        button.setVisible(action.isVisible())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.buttons[action] = button
        return button

    # -- reading ---------------------------------------------------------------------------

    def room_filter(self) -> RoomFilter:
        free = self.free_check.isChecked()
        return RoomFilter(
            building=self.building_filter.currentData(),
            floor=self.floor_filter.currentData(),
            room_type=self.type_filter.currentData(),
            free_from=pydate(self.free_from.date()) if free else None,
            free_to=pydate(self.free_to.date()) if free else None,
        )

    def refresh(self) -> None:
        """Read the month shown again, keeping the cursor's room, day and bed."""
        self._stale = False
        try:
            with self._db.read() as s:
                today = self._fixed_today or office_today(s)
                if self.chart_view.chart() is None:
                    self._month = month_start(today)  # the office's month, not the computer's
                chart = room_chart(
                    s,
                    self._actor,
                    self._month,
                    month_length(self._month),
                    self.room_filter(),
                    today=today,
                )
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        first_time = self.chart_view.chart() is None
        self._today = today
        if not any(self.room_filter_values()):
            self._rooms_known = [r.room for r in chart.rooms]  # every room: the filters' choices
        self._fill_choices()
        self.month_label.setText(
            self.tr("{year}-{month:02d}").format(year=self._month.year, month=self._month.month)
        )
        self.chart_view.set_chart(chart)
        if first_time and chart.start <= today < chart.end and chart.rooms:
            self.chart_view.set_cursor(chart.rooms[0].room.id, today)
        self._show_cell()

    def room_filter_values(self) -> tuple[object, ...]:
        return (
            self.building_filter.currentData(),
            self.floor_filter.currentData(),
            self.type_filter.currentData(),
            self.free_check.isChecked(),
        )

    def _fill_choices(self) -> None:
        for combo, values in (
            (self.building_filter, sorted({r.building for r in self._rooms_known})),
            (self.floor_filter, sorted({r.floor for r in self._rooms_known})),
        ):
            current = [combo.itemData(i) for i in range(1, combo.count())]
            if current == values:
                continue
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def chart(self) -> RoomChart | None:
        return self.chart_view.chart()

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & REFRESH_ON:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- the month -------------------------------------------------------------------------

    def show_month(self, day: date) -> None:
        """Show the month of `day` with the cursor on it (the same room)."""
        self._month = month_start(day)
        cell = self.chart_view.cursor_cell()
        self.refresh()
        chart = self.chart_view.chart()
        if chart is not None and chart.rooms:
            room_id = cell[0] if cell is not None and chart.room_row(cell[0]) >= 0 else None
            self.chart_view.set_cursor(
                room_id or chart.rooms[0].room.id, day, cell[2] if cell else 1
            )

    def step_month(self, months: int) -> None:
        cell = self.chart_view.cursor_cell()
        day = cell[1] if cell is not None else self._month
        target = add_months(self._month, months)
        self.show_month(target.replace(day=min(day.day, month_length(target))))

    def go_today(self) -> None:
        self.show_month(self._today)

    def _goto_chosen(self) -> None:
        day = pydate(self.goto_date.date())
        if month_start(day) != self._month or self.chart_view.cursor_cell() is None:
            self.show_month(day)
        else:
            cell = self.chart_view.cursor_cell()
            assert cell is not None
            self.chart_view.set_cursor(cell[0], day, cell[2])
        self.chart_view.setFocus()

    def _free_dates_changed(self) -> None:
        if self.free_check.isChecked():
            self.refresh()

    def _free_toggled(self, on: bool) -> None:
        self.free_from.setEnabled(on)
        self.free_to.setEnabled(on)
        self.refresh()

    # -- the cell under the cursor ---------------------------------------------------------

    def current_stay(self) -> StayView | None:
        """The stay under the cursor, as the services see it now."""
        return self._stay

    def _cursor_moved(self) -> None:
        self._show_cell()

    def _show_cell(self) -> None:
        bar = self.chart_view.current_bar()
        if bar is None:
            self._stay = None
        elif self._stay is None or self._stay.id != bar.stay_id or self._stay.state != bar.state:
            try:
                with self._db.read() as s:
                    self._stay = stays.stay(s, self._actor, bar.stay_id)
            except DeskError as error:
                self._stay = None
                self._say(error_text(error), error=True)
        self._show_panel()
        self._update_actions()

    def _show_panel(self) -> None:
        stay = self._stay
        cell = self.chart_view.cursor_cell()
        chart = self.chart_view.chart()
        for label in (self.exception_label, self.needs_label):
            label.hide()
        if stay is None:
            if cell is None or chart is None:
                self.guest_label.setText(self.tr("No room is shown."))
                for label in (self.delegation_label, self.room_label, self.dates_label):
                    label.clear()
                self.state_label.clear()
                return
            room = chart.rooms[chart.room_row(cell[0])].room
            self.guest_label.setText(self.tr("Free"))
            self.delegation_label.setText(
                self.tr("Room {number}, bed {bed}").format(number=room.number, bed=cell[2])
            )
            self.room_label.setText(
                self.tr("{type} · floor {floor}").format(
                    type=room_type_label(room.room_type), floor=room.floor
                )
            )
            self.dates_label.setText(self.tr("Night of {day}").format(day=cell[1].isoformat()))
            self.state_label.setText(
                self.tr("Ctrl+B or Enter: book a guest here.") if self._writable else ""
            )
            return
        self.guest_label.setText(stay.guest_name)
        self.delegation_label.setText(stay.delegation_name or self.tr("Not in a delegation"))
        self.room_label.setText(
            self.tr("Room {number}, bed {bed} · {rank}").format(
                number=stay.room_number, bed=stay.bed, rank=rank_label(stay.rank)
            )
        )
        self.dates_label.setText(
            self.tr("{arrive} → {depart} · {nights}").format(
                arrive=stay.arrive.isoformat(),
                depart=stay.depart.isoformat(),
                nights=nights_text(stay.nights),
            )
        )
        self.state_label.setText(stay_state_label(stay.state))
        needs = needs_text(stay)
        if needs:
            self.needs_label.setText(needs)
            self.needs_label.show()
        if stay.exception_reason:
            self.exception_label.setText(
                self.tr("Above the standard: {reason}").format(reason=stay.exception_reason)
            )
            self.exception_label.show()

    def _update_actions(self) -> None:
        stay = self._stay
        state = stay.state if stay is not None else None
        free_cell = stay is None and self.chart_view.cursor_cell() is not None
        enabled = {
            self.check_in_action: state == StayState.BOOKED.value,
            self.check_out_action: state == StayState.IN_HOUSE.value,
            self.longer_action: state in (StayState.BOOKED.value, StayState.IN_HOUSE.value),
            self.shorter_action: state in (StayState.BOOKED.value, StayState.IN_HOUSE.value),
            self.move_action: state in (StayState.BOOKED.value, StayState.IN_HOUSE.value),
            self.cancel_action: state == StayState.BOOKED.value,
            self.book_action: free_cell,
            self.card_action: state in (StayState.BOOKED.value, StayState.IN_HOUSE.value),
        }
        for action, on in enabled.items():
            if not self._writable:
                on = False
            action.setEnabled(on)
            button = self.buttons.get(action)
            if button is not None:
                button.setEnabled(on)

    # -- what the clerk sees of an action --------------------------------------------------

    def status_text(self) -> str:
        return self.status_line.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_line.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.status_line.setText(text)

    def _drag_feedback(self, text: str, refused: bool) -> None:
        if text:
            self._say(text, error=refused)

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()

    # -- actions ---------------------------------------------------------------------------

    def _apply(
        self,
        change: Callable[[Session, str], StayView],
        done: Callable[[StayView], str],
        reason: str = "",
    ) -> bool:
        """One unit of work. A room above the standard asks for the reason and tries again;
        a refusal is said in the status line and in a message."""
        try:
            with self._db.unit() as s:
                view = change(s, reason)
        except ReasonRequired as error:
            self.dialog = ask_reason(self, error, lambda text: self._apply(change, done, text))
            return False
        except DeskError as error:
            self.refresh()
            self._say(error_text(error), error=True)
            self.dialog = show_error(self, error)
            return False
        self.refresh()
        self.chart_view.select_stay(view.id)
        self._show_cell()
        self._say(done(view))
        return True

    def check_change(self, change: ChartChange) -> DropCheck:
        """The dry run of a drag or a key: what reschedule/extend would say, changing nothing."""
        bar = change.bar
        in_house = bar.state == StayState.IN_HOUSE.value
        if in_house and change.arrive != bar.arrive:
            return DropCheck(
                False,
                self.tr("The guest is already in: only the room and the departure can change."),
            )
        arrive = change.arrive
        if in_house and change.room_id != bar.room_id:
            arrive = max(bar.arrive, self._today)  # an in-house guest moves from today
        if change.depart <= arrive:
            return DropCheck(False, self.tr("A stay needs at least one night."))
        try:
            with self._db.read() as s:
                check = stays.check_booking(
                    s,
                    self._actor,
                    change.room_id,
                    bar.guest_id,
                    arrive,
                    change.depart,
                    exclude_stay_id=bar.stay_id,
                )
        except DeskError as error:
            return DropCheck(False, error_text(error))
        message = error_text(check.error) if check.error is not None else ""
        return DropCheck(check.ok, message, check.needs_reason, check.bed)

    def apply_change(self, change: ChartChange) -> bool:
        """A drop or a key: checked first, then rescheduled (or extended) in one unit."""
        if not self._writable or not change.changed:
            return False
        check = self.check_change(change)
        if not check.ok:
            self._say(self.tr("Not changed: {reason}").format(reason=check.message), error=True)
            return False
        actor, bar = self._actor, change.bar
        if change.kind == "extend":
            return self._apply(
                lambda s, _reason: stays.extend(s, actor, bar.stay_id, change.depart),
                lambda view: self.tr("{guest} now leaves on {depart} ({nights}).").format(
                    guest=view.guest_name,
                    depart=view.depart.isoformat(),
                    nights=nights_text(view.nights),
                ),
            )
        return self._apply(
            lambda s, reason: stays.reschedule(
                s, actor, bar.stay_id, change.room_id, change.arrive, change.depart, reason
            ),
            lambda view: self.tr("{guest}: room {room}, {arrive} to {depart}.").format(
                guest=view.guest_name,
                room=view.room_number,
                arrive=view.arrive.isoformat(),
                depart=view.depart.isoformat(),
            ),
        )

    def open_cell(self) -> None:
        """Enter: the actions of the stay under the cursor, or booking on a free cell."""
        if self._stay is None:
            if self._writable:
                self.book_cell()
            return
        menu = QMenu(self)
        for action in (
            self.check_in_action,
            self.check_out_action,
            self.longer_action,
            self.shorter_action,
            self.move_action,
            self.cancel_action,
            self.card_action,
        ):
            if action.isEnabled() and action.isVisible():
                menu.addAction(action)
        if menu.isEmpty():
            menu.deleteLater()
            return
        cell = self.chart_view.cursor_cell()
        assert cell is not None
        where = self.chart_view.cell_rect(cell[0], cell[1], cell[2])
        self._open(menu)
        menu.popup(self.chart_view.viewport().mapToGlobal(where.bottomLeft() + QPoint(0, 2)))

    def _confirm(self, title: str, text: str, details: str, on_yes: Callable[[], object]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        yes = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.accepted.connect(on_yes)
        self._open(box)

    def check_in(self) -> None:
        stay = self._stay
        if stay is None or stay.state != StayState.BOOKED.value or not self._writable:
            return
        needs = needs_text(stay)
        details = (
            self.tr("Mind the guest's needs:\n{needs}").format(needs=needs)
            if needs
            else self.tr("No special needs are on file.")
        )
        actor, stay_id, today = self._actor, stay.id, self._today
        self._confirm(
            self.tr("Check in"),
            self.tr("Check in {guest} to room {room}, bed {bed}?").format(
                guest=stay.guest_name, room=stay.room_number, bed=stay.bed
            ),
            details,
            lambda: self._apply(
                lambda s, _reason: stays.check_in(s, actor, stay_id, today),
                lambda view: self.tr("{guest} is checked in to room {room}.").format(
                    guest=view.guest_name, room=view.room_number
                ),
            ),
        )

    def check_out(self) -> None:
        stay = self._stay
        if stay is None or stay.state != StayState.IN_HOUSE.value or not self._writable:
            return
        details = self.tr("The room is then to be cleaned.")
        if self._today < stay.depart - timedelta(days=1):
            details = self.tr(
                "Booked until {depart}: the nights from {today} are freed. {then}"
            ).format(depart=stay.depart.isoformat(), today=self._today.isoformat(), then=details)
        actor, stay_id, today = self._actor, stay.id, self._today
        self._confirm(
            self.tr("Check out"),
            self.tr("Check out {guest} from room {room}?").format(
                guest=stay.guest_name, room=stay.room_number
            ),
            details,
            lambda: self._apply(
                lambda s, _reason: stays.check_out(s, actor, stay_id, today),
                lambda view: self.tr(
                    "{guest} has checked out; room {room} is to be cleaned."
                ).format(guest=view.guest_name, room=view.room_number),
            ),
        )

    def cancel_stay(self) -> None:
        stay = self._stay
        if stay is None or stay.state != StayState.BOOKED.value or not self._writable:
            return
        actor, stay_id = self._actor, stay.id
        self._confirm(
            self.tr("Cancel the stay"),
            self.tr("Cancel the booking of {guest} in room {room} from {arrive}?").format(
                guest=stay.guest_name, room=stay.room_number, arrive=stay.arrive.isoformat()
            ),
            self.tr("The bed is freed for these nights."),
            lambda: self._apply(
                lambda s, _reason: stays.cancel_stay(s, actor, stay_id),
                lambda view: self.tr("The booking of {guest} is cancelled.").format(
                    guest=view.guest_name
                ),
            ),
        )

    def move_stay(self) -> None:
        stay = self._stay
        if stay is None or not self._writable:
            return
        if stay.state not in (StayState.BOOKED.value, StayState.IN_HOUSE.value):
            return
        start = stay.arrive
        if stay.state == StayState.IN_HOUSE.value:
            start = max(stay.arrive, self._today)
        if start >= stay.depart:
            self._say(self.tr("The stay ends today: there is nothing to move."), error=True)
            return
        try:
            dialog = MoveDialog(self._session, stay, start, self)
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        actor, stay_id = self._actor, stay.id

        def chosen() -> None:
            room_id = dialog.room_id
            if room_id is None:
                return
            self._apply(
                lambda s, reason: stays.move(s, actor, stay_id, room_id, reason=reason),
                lambda view: self.tr("{guest} moves to room {room}.").format(
                    guest=view.guest_name, room=view.room_number
                ),
            )

        dialog.accepted.connect(chosen)
        self._open(dialog)

    def book_cell(self) -> None:
        cell = self.chart_view.cursor_cell()
        chart = self.chart_view.chart()
        if cell is None or chart is None or self._stay is not None or not self._writable:
            return
        room = chart.rooms[chart.room_row(cell[0])].room
        try:
            dialog = BookDialog(self._session, room, cell[1], self)
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        dialog.stay_booked.connect(self._booked)
        self._open(dialog)

    def print_room_card(self) -> None:
        """Ctrl+P: the room card of the stay under the cursor, printed or saved as a PDF."""
        stay = self._stay
        if stay is None or stay.state not in (StayState.BOOKED.value, StayState.IN_HOUSE.value):
            return
        from reception.ui.lodging.lodging_prints import print_room_card

        job = print_room_card(self, self._session, stay.id)
        if job is None:
            return
        self.dialog = job.choice
        job.saved.connect(
            lambda path: self._say(
                QCoreApplication.translate("LodgingArea", "Saved {path}.").format(path=path)
            )
        )
        job.printed.connect(
            lambda pages: self._say(
                QCoreApplication.translate("LodgingArea", "{pages} pages were printed.").format(
                    pages=pages
                )
            )
        )

    def _booked(self, view: StayView) -> None:
        self.refresh()
        self.chart_view.select_stay(view.id)
        self._show_cell()
        self._say(
            self.tr("{guest} is booked in room {room} from {arrive} to {depart}.").format(
                guest=view.guest_name,
                room=view.room_number,
                arrive=view.arrive.isoformat(),
                depart=view.depart.isoformat(),
            )
        )

    def bar(self, stay_id: int) -> ChartBar | None:
        chart = self.chart_view.chart()
        return chart.bar(stay_id) if chart is not None else None

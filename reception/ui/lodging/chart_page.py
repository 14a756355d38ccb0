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

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging import stays
from reception.core.lodging.chart import ChartBar, RoomChart, room_chart
from reception.core.lodging.models import StayState
from reception.core.lodging.rooms import RoomFilter, office_today
from reception.core.lodging.views import RoomView, StayView
from reception.core.security.roles import Permission
from reception.ui.list_exports import export_chart_stays
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.chart_change import ChartChange, DropCheck
from reception.ui.lodging.chart_filters import ChartFilters
from reception.ui.lodging.chart_month import add_months, month_length, month_start
from reception.ui.lodging.chart_styles import DONE_STYLE, ERROR_STYLE
from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.lodging.room_chart import RoomChartView
from reception.ui.lodging.stay_actions import ChartHooks, StayActions
from reception.ui.lodging.stay_panel import StayPanel
from reception.ui.messages import error_text
from reception.ui.page_actions import PageActions
from reception.ui.session import DeskSession

REFRESH_ON = frozenset({"room", "stay", "guest", "delegation"})


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
        self._today = today or self._office_today()
        self._month = month_start(self._today)
        self._stale = False
        self._stay: StayView | None = None
        self._rooms_known: list[RoomView] = []
        self.dialog: QWidget | None = None

        self.chart_view = RoomChartView(self)
        self.stay_actions = StayActions(
            session,
            self.chart_view,
            self,
            ChartHooks(
                stay=lambda: self._stay,
                today=lambda: self._today,
                refresh=self.refresh,
                show_cell=self._show_cell,
                say=self._say,
                open=self._open,
                remember=self._remember,
            ),
            writable=self._writable,
        )
        self.chart_view.set_editable(self._writable)
        self.chart_view.set_checker(self.check_change if self._writable else None)
        self.chart_view.cursor_moved.connect(self._cursor_moved)
        self.chart_view.activated.connect(self.open_cell)
        self.chart_view.change_requested.connect(self.apply_change)
        self.chart_view.month_requested.connect(self.step_month)
        self.chart_view.drag_feedback.connect(self._drag_feedback)

        self._build_actions()
        toolbar = self._build_toolbar()
        self.filters = ChartFilters(self._today, self)
        self.filters.changed.connect(self.refresh)
        self.building_filter = self.filters.building_filter
        self.floor_filter = self.filters.floor_filter
        self.type_filter = self.filters.type_filter
        self.free_check = self.filters.free_check
        self.free_from = self.filters.free_from
        self.free_to = self.filters.free_to
        self.panel = StayPanel(
            (
                (self.check_in_action,),
                (self.check_out_action,),
                (self.shorter_action, self.longer_action),
                (self.move_action,),
                (self.cancel_action,),
                (self.book_action,),
                (self.card_action,),
            ),
            self,
        )
        self.guest_label = self.panel.guest_label
        self.delegation_label = self.panel.delegation_label
        self.room_label = self.panel.room_label
        self.dates_label = self.panel.dates_label
        self.state_label = self.panel.state_label
        self.needs_label = self.panel.needs_label
        self.exception_label = self.panel.exception_label
        self.buttons = self.panel.buttons
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.status_line.setMinimumHeight(self.status_line.fontMetrics().height() * 2 + 6)
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        body = QHBoxLayout()
        body.addWidget(self.chart_view, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.filters)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_line)
        self.export = export_chart_stays(self, session, toolbar, self._say)  # Ctrl+E: the stays
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()
        self.chart_view.setFocus()

    def _office_today(self) -> date:
        """The office's day (its time zone), not the computer's."""
        try:
            with self._db.read() as s:
                return office_today(s)
        except DeskError:
            return date.today()

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        a = PageActions(self, self._writable)
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

    # -- reading ---------------------------------------------------------------------------

    def room_filter(self) -> RoomFilter:
        return self.filters.room_filter()

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
        self.filters.fill_choices(self._rooms_known)
        self.month_label.setText(
            self.tr("{year}-{month:02d}").format(year=self._month.year, month=self._month.month)
        )
        self.chart_view.set_chart(chart)
        if first_time and chart.start <= today < chart.end and chart.rooms:
            self.chart_view.set_cursor(chart.rooms[0].room.id, today)
        self._show_cell()

    def room_filter_values(self) -> tuple[object, ...]:
        return self.filters.values()

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
        if stay is not None:
            self.panel.show_stay(stay)
        elif cell is None or chart is None:
            self.panel.show_nothing()
        else:
            self.panel.show_free(chart, cell, self._writable)

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

    def _remember(self, dialog: QWidget) -> None:
        self.dialog = dialog

    # -- actions (reception.ui.lodging.stay_actions) ----------------------------------------

    def check_change(self, change: ChartChange) -> DropCheck:
        """The dry run of a drag or a key: what reschedule/extend would say, changing nothing."""
        return self.stay_actions.check_change(change)

    def apply_change(self, change: ChartChange) -> bool:
        """A drop or a key: checked first, then rescheduled (or extended) in one unit."""
        return self.stay_actions.apply_change(change)

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

    def check_in(self) -> None:
        self.stay_actions.check_in()

    def check_out(self) -> None:
        self.stay_actions.check_out()

    def cancel_stay(self) -> None:
        self.stay_actions.cancel_stay()

    def move_stay(self) -> None:
        self.stay_actions.move_stay()

    def book_cell(self) -> None:
        self.stay_actions.book_cell()

    def print_room_card(self) -> None:
        """Ctrl+P: the room card of the stay under the cursor, printed or saved as a PDF."""
        self.stay_actions.print_room_card()

    def bar(self, stay_id: int) -> ChartBar | None:
        chart = self.chart_view.chart()
        return chart.bar(stay_id) if chart is not None else None

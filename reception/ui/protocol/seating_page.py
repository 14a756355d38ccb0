"""Seating (座次): on the left the events by time, on the right the chosen event's chart
drawn as the room is, its viewpoint sentence above it and, for banquets, the
accompanying-staff limit under it. Drag a name onto another seat to swap the two: a swap
that keeps the precedence order is made at once; one that breaks it asks for confirmation
and a reason, which is kept with the chart (Cancel changes nothing).

Keys: Ctrl+N new seating · F2 edit · Ctrl+Shift+R compute the chart again · Ctrl+P print
the chart · Ctrl+Shift+P name cards · Delete delete the event. Operators who only read
see the charts and no button that changes anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.protocol.events import (
    ChartView,
    SwapCheck,
    chart_view,
    compute_chart,
    delete_event,
    list_events,
    swap_seats,
)
from reception.core.security.roles import Permission
from reception.ui.form_dialog import ERROR_STYLE
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.lodging_prints import LodgingPrint
from reception.ui.messages import qt_translate, show_error
from reception.ui.page_actions import PageActions, text_button
from reception.ui.protocol.chart_editor import ChartEditor
from reception.ui.protocol.event_dialog import EventDialog
from reception.ui.protocol.event_model import EventModel, kind_label, local_time
from reception.ui.protocol.swap_dialog import SwapDialog
from reception.ui.session import DeskSession

ENTITIES = frozenset(
    {"official", "guest", "seating_event", "seating_participant", "seating_seat", "delegation"}
)
NOTE_STYLE = "color: #4d5b6a;"
VIEWPOINT_STYLE = "font-weight: bold; color: #1a3a5c;"
OK_STYLE = "color: #2e7d32;"


class SeatingPage(QWidget):
    """Signals:
    seats_swapped(int, int)   two seats were swapped (their ids) and the chart read again
    swap_refused(str)         a swap was not made: the message shown
    """

    seats_swapped = Signal(int, int)
    swap_refused = Signal(str)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._writable = session.actor.may(Permission.MANAGE_PROTOCOL)
        self.chart: ChartView | None = None
        self.dialog: QDialog | None = None
        self.print_job: LodgingPrint | None = None  # the last print asked for
        self.model = EventModel(self)
        self._build_actions()
        self._build_left()
        self._build_right()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([430, 770])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _button(self, action: QAction) -> QToolButton:
        return text_button(self, action)

    def _build_actions(self) -> None:
        a = PageActions(self, self._writable)
        self.new_action = a(self.tr("&New seating…"), ("Ctrl+N",), self.new_event)
        self.edit_action = a(self.tr("&Edit…"), ("F2",), self.edit_event)
        self.delete_action = a(self.tr("&Delete…"), ("Del",), self.delete_event)
        self.compute_action = a(self.tr("&Compute again"), ("Ctrl+Shift+R",), self.compute_again)
        self.print_action = a(self.tr("&Print chart…"), ("Ctrl+P",), self.print_chart, write=False)
        self.cards_action = a(
            self.tr("Name &cards…"), ("Ctrl+Shift+P",), self.print_cards, write=False
        )

    def _build_left(self) -> None:
        self.left = QWidget(self)
        self.view = QTableView(self.left)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The place gets a fixed share (elided when long): sized to its text, it
        # left the event's own title a single character.
        header.setSectionResizeMode(EventModel.PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EventModel.PLACE, self.view.fontMetrics().horizontalAdvance("中" * 6))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        self.view.activated.connect(lambda _index: self.edit_event())
        buttons = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        layout = QVBoxLayout(self.left)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _build_right(self) -> None:
        self.right = QWidget(self)
        self.header_label = QLabel(self.right)
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.viewpoint_label = QLabel(self.right)
        self.viewpoint_label.setStyleSheet(VIEWPOINT_STYLE)
        self.viewpoint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor = ChartEditor(self.right)
        self.editor.set_editable(self._writable)
        self.editor.swap_requested.connect(self.swap)
        self.staff_label = QLabel(self.right)
        self.staff_label.setWordWrap(True)
        self.notice_label = QLabel(self.right)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(ERROR_STYLE)
        self.status_label = QLabel(self.right)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.empty_label = QLabel(
            self.tr("Choose a seating on the left, or press Ctrl+N to make one."), self.right
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        actions = QHBoxLayout()
        for action in (self.compute_action, self.print_action, self.cards_action):
            actions.addWidget(self._button(action))
        actions.addStretch(1)
        layout = QVBoxLayout(self.right)
        layout.addWidget(self.header_label)
        layout.addLayout(actions)
        layout.addWidget(self.viewpoint_label)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.staff_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.status_label)

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the events again, keeping the chosen one chosen (F5, other desks)."""
        chosen = self.chart.event.id if self.chart is not None else None
        try:
            with self._session.db.read() as s:
                events = list_events(s, self._session.actor)
        except DeskError as error:
            show_error(self, error)
            return
        self.model.set_rows(events)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row < 0 and events:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._show_row(row)

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & ENTITIES:
            self.refresh()

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self._show_row(row)
        return True

    def _show_row(self, row: int) -> None:
        event = self.model.event_at(row)
        chart = None
        if event is not None:
            try:
                with self._session.db.read() as s:
                    chart = chart_view(s, self._session.actor, event.id)
            except DeskError as error:
                show_error(self, error)
        self.show_chart(chart)

    def show_chart(self, chart: ChartView | None) -> None:
        if self.chart is None or chart is None or self.chart.event.id != chart.event.id:
            self.status_label.clear()
        self.chart = chart
        self.editor.set_chart(chart)
        shown = chart is not None
        self.empty_label.setVisible(not shown)
        for widget in (self.editor, self.viewpoint_label, self.header_label):
            widget.setVisible(shown)
        self._update_actions()
        if chart is None:
            self.staff_label.clear()
            self.notice_label.clear()
            return
        event = chart.event
        parts = [
            event.title,
            kind_label(event.kind),
            local_time(event.starts_at),
            event.place,
            QCoreApplication.translate("Seating", event.convention.label),
        ]
        self.header_label.setText(" · ".join(part for part in parts if part))
        self.viewpoint_label.setText(QCoreApplication.translate("Seating", chart.viewpoint))
        self._show_staff(chart)
        self._show_notices(chart)

    def _show_staff(self, chart: ChartView) -> None:
        staff = chart.staff
        if staff is None:
            self.staff_label.clear()
            self.staff_label.hide()
            return
        text = staff.render(qt_translate)
        if staff.ok:
            self.staff_label.setStyleSheet(OK_STYLE)
            self.staff_label.setText(text)
        else:
            self.staff_label.setStyleSheet(ERROR_STYLE)
            self.staff_label.setText(
                self.tr("Too many accompanying staff: {check}").format(check=text)
            )
        self.staff_label.show()

    def _show_notices(self, chart: ChartView) -> None:
        lines = []
        if not chart.computed:
            lines.append(self.tr("The chart is not computed: press Compute again."))
        if chart.unseated:
            lines.append(
                self.tr("Without a seat: {names}").format(
                    names="、".join(person.name for person in chart.unseated)
                )
            )
        if chart.computed and not chart.consistent:
            lines.append(self.tr("Some seats do not follow the precedence order (swapped)."))
        self.notice_label.setText("\n".join(lines))
        self.notice_label.setVisible(bool(lines))

    def _update_actions(self) -> None:
        chosen = self.chart is not None
        for action in (self.edit_action, self.delete_action, self.compute_action):
            action.setEnabled(chosen and self._writable)
        seated = chosen and bool(self.chart and self.chart.seats())
        self.print_action.setEnabled(seated)
        self.cards_action.setEnabled(seated)

    def seat_names(self) -> list[str]:
        """The names on the chart, block by block and place by place."""
        return [seat.person.name for seat in self.chart.seats()] if self.chart else []

    def say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)

    # -- events -------------------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def new_event(self, delegation_id: int | None = None) -> None:
        """Ctrl+N; from a delegation's page, with that delegation already chosen."""
        if not self._writable:
            return
        dialog = EventDialog(self._session, None, self)
        if delegation_id is not None:
            dialog.delegation.setCurrentIndex(max(0, dialog.delegation.findData(delegation_id)))
        dialog.event_saved.connect(self._event_saved)
        self.open_dialog(dialog)

    def edit_event(self) -> None:
        if self.chart is None or not self._writable:
            return
        dialog = EventDialog(self._session, self.chart.event, self)
        dialog.event_saved.connect(self._event_saved)
        self.open_dialog(dialog)

    def _event_saved(self, event_id: int) -> None:
        self.refresh()
        self.select_event(event_id)
        self.say(self.tr("The chart was computed from the precedence order."))

    def delete_event(self) -> None:
        chart = self.chart
        if chart is None or not self._writable:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Please confirm"),
            self.tr("Delete the seating {title} and its chart?").format(title=chart.event.title),
            parent=self,
        )
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        actor, event_id = self._session.actor, chart.event.id
        box.buttonClicked.connect(
            lambda clicked: (
                self._act(lambda s: delete_event(s, actor, event_id)) if clicked == yes else None
            )
        )
        self.open_dialog(box)

    def compute_again(self) -> None:
        """Seat everybody again from the precedence order; swaps made by hand are undone."""
        if self.chart is None or not self._writable:
            return
        actor, event_id = self._session.actor, self.chart.event.id
        if self._act(lambda s: compute_chart(s, actor, event_id)):
            self.say(self.tr("The chart was computed from the precedence order."))

    def _act(self, change: Callable[..., object]) -> bool:
        try:
            with self._session.db.unit() as s:
                change(s)
        except DeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    # -- swaps --------------------------------------------------------------------------------

    def swap(self, seat_a: int, seat_b: int) -> None:
        """A name was dropped on another seat: try the swap; one that breaks the precedence
        order is not made but asked about."""
        if self.chart is None or not self._writable:
            return
        actor, event_id = self._session.actor, self.chart.event.id
        try:
            with self._session.db.unit() as s:
                check = swap_seats(s, actor, event_id, seat_a, seat_b)
        except DeskError as error:
            self._refused(error)
            return
        if check.applied:
            self._swapped(check)
            return
        dialog = SwapDialog(check.render(qt_translate), self)
        dialog.reason_given.connect(lambda reason: self._confirmed(seat_a, seat_b, reason))
        dialog.rejected.connect(lambda: self.say(self.tr("The seats were left as they were.")))
        self.open_dialog(dialog)

    def _confirmed(self, seat_a: int, seat_b: int, reason: str) -> None:
        if self.chart is None:
            return
        actor, event_id = self._session.actor, self.chart.event.id
        try:
            with self._session.db.unit() as s:
                check = swap_seats(s, actor, event_id, seat_a, seat_b, reason, confirm=True)
        except DeskError as error:
            self._refused(error)
            return
        self._swapped(check)

    def _swapped(self, check: SwapCheck) -> None:
        self.refresh()
        if check.reason:
            self.say(self.tr("Swapped; the reason is kept: {reason}").format(reason=check.reason))
        else:
            self.say(self.tr("Swapped."))
        self.seats_swapped.emit(check.seat_a, check.seat_b)

    def _refused(self, error: DeskError) -> None:
        box = show_error(self, error)
        self.swap_refused.emit(box.text())

    # -- prints -------------------------------------------------------------------------------

    def print_chart(self) -> None:
        if self.chart is None:
            return
        from reception.ui.protocol.seating_prints import print_chart

        self._watch(print_chart(self, self._session, self.chart.event.id))

    def print_cards(self) -> None:
        if self.chart is None:
            return
        from reception.ui.protocol.seating_prints import print_cards

        self._watch(print_cards(self, self._session, self.chart.event.id))

    def _watch(self, job: LodgingPrint | None) -> None:
        if job is None:
            return
        self.print_job = job
        job.saved.connect(
            lambda path: self.say(
                QCoreApplication.translate("SeatingPage", "Saved {path}.").format(path=path)
            )
        )
        job.printed.connect(
            lambda pages: self.say(
                QCoreApplication.translate("SeatingPage", "{pages} pages were printed.").format(
                    pages=pages
                )
            )
        )

"""The guesthouse's rooms: every room with its status today, filtered by building, floor,
type and status, and the clerk's actions on them.

Keys: Ctrl+N add a room · F2 or Enter edit it · Ctrl+K mark it clean (a check-out leaves a
room to be cleaned) · Ctrl+Shift+K mark it to be cleaned · Ctrl+Shift+O out of order… ·
Ctrl+Shift+B back in service · Ctrl+F the filters.

Operators who only read (the director) see the list and no button that changes anything.
Refreshes after its own actions and when another desk changes a room or a stay."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging.chart import ChartRoom, room_chart
from reception.core.lodging.models import RoomStatus, RoomType
from reception.core.lodging.rooms import (
    clear_out_of_order,
    office_today,
    set_housekeeping,
)
from reception.core.lodging.views import RoomView
from reception.core.security.roles import Permission
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.out_of_order_dialog import OutOfOrderDialog
from reception.ui.lodging.room_dialog import RoomDialog
from reception.ui.messages import error_text
from reception.ui.models.room_model import (
    RoomModel,
    building_label,
    building_sort_key,
    room_status_label,
    room_type_label,
)
from reception.ui.page_actions import PageActions, text_button
from reception.ui.session import DeskSession

REFRESH_ON = frozenset({"room", "stay"})
ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
ANY = None


class RoomFilterProxy(QSortFilterProxyModel):
    """Keeps the rooms of the chosen building, floor, type and status (None: any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.building: str | None = None
        self.floor: int | None = None
        self.room_type: str | None = None
        self.status: RoomStatus | None = None

    def set_filter(
        self,
        building: str | None,
        floor: int | None,
        room_type: str | None,
        status: RoomStatus | None,
    ) -> None:
        self.beginFilterChange()
        self.building, self.floor, self.room_type, self.status = building, floor, room_type, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RoomModel)
        chart_room = model.room(source_row)
        room = chart_room.room
        return (
            (self.building is None or room.building == self.building)
            and (self.floor is None or room.floor == self.floor)
            and (self.room_type is None or room.room_type == self.room_type)
            and (self.status is None or chart_room.status == self.status)
        )


class RoomsPage(QWidget):
    """The rooms list and its actions. `dialog` is the last dialog an action opened."""

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        self._writable = session.actor.may(Permission.MANAGE_LODGING)
        self._today = date.today()
        self._stale = False
        self._shown_before = False
        self.dialog: QDialog | None = None

        self.model = RoomModel(self)
        self.proxy = RoomFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RoomModel.SORT_ROLE)

        self._build_actions()
        self._build_filters()
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RoomModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoomModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.table.activated.connect(lambda _index: self.edit_room())
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.summary = QLabel(self)

        buttons = QHBoxLayout()
        for action in (
            self.add_action,
            self.edit_action,
            self.clean_action,
            self.dirty_action,
            self.out_action,
            self.back_action,
        ):
            buttons.addWidget(text_button(self, action))
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_line)
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        a = PageActions(self, self._writable)
        self.add_action = a(self.tr("&Add room…"), ("Ctrl+N",), self.add_room)
        self.edit_action = a(self.tr("&Edit…"), ("F2",), self.edit_room)
        self.clean_action = a(self.tr("Mark &clean"), ("Ctrl+K",), lambda: self.mark_clean(True))
        self.dirty_action = a(
            self.tr("Mark to be cleaned"), ("Ctrl+Shift+K",), lambda: self.mark_clean(False)
        )
        self.out_action = a(self.tr("&Out of order…"), ("Ctrl+Shift+O",), self.out_of_order)
        self.back_action = a(self.tr("&Back in service"), ("Ctrl+Shift+B",), self.back_in_service)
        self.find_action = a(
            self.tr("Filters"), ("Ctrl+F",), lambda: self.building_filter.setFocus(), write=False
        )

    def _build_filters(self) -> None:
        self.building_filter = QComboBox(self)
        self.floor_filter = QComboBox(self)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("Any type"), ANY)
        for room_type in RoomType:
            self.type_filter.addItem(room_type_label(room_type.value), room_type.value)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Any status"), ANY)
        for status in RoomStatus:
            self.status_filter.addItem(room_status_label(status), status.value)
        for combo in (
            self.building_filter,
            self.floor_filter,
            self.type_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.filters = QHBoxLayout()
        for text, combo in (
            (self.tr("B&uilding:"), self.building_filter),
            (self.tr("F&loor:"), self.floor_filter),
            (self.tr("T&ype:"), self.type_filter),
            (self.tr("&Status:"), self.status_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            self.filters.addWidget(label)
            self.filters.addWidget(combo)
        self.filters.addStretch(1)

    def _fill_choices(self, rooms: list[ChartRoom]) -> None:
        """The buildings ("1号楼") and floors there are, keeping what was chosen."""
        buildings = sorted({r.room.building for r in rooms}, key=building_sort_key)
        for combo, values, any_text in (
            (
                self.building_filter,
                [(building_label(b), b) for b in buildings],
                self.tr("Any building"),
            ),
            (
                self.floor_filter,
                [(str(f), f) for f in sorted({r.room.floor for r in rooms})],
                self.tr("Any floor"),
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, ANY)
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filter(
            self.building_filter.currentData(),
            self.floor_filter.currentData(),
            self.type_filter.currentData(),
            RoomStatus(status) if status else None,
        )
        self._show_summary()
        self._update_actions()

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rooms and today's statuses again, keeping the chosen room chosen."""
        self._stale = False
        chosen = self.selected()
        try:
            with self._db.read() as s:
                today = office_today(s)
                chart = room_chart(s, self._actor, today, 1, today=today)
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        self._today = chart.today
        rooms = list(chart.rooms)
        self.model.set_rows(rooms)
        self._fill_choices(rooms)
        self._apply_filter()
        if chosen is None or not self.select_room(chosen.room.id):
            self._select_first()
        self._update_actions()

    def _select_first(self) -> None:
        """The first room shown, so the keys act on a room at once."""
        if self.selected() is None and self.proxy.rowCount() > 0:
            first = self.proxy.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectRow(0)

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
        if not self._shown_before:
            # opened (Ctrl+4): the list takes the keys, so Ctrl+K, Ctrl+Shift+O… act at once
            self._shown_before = True
            QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_summary(self) -> None:
        shown = [
            self.model.room(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]
        dirty = sum(1 for r in shown if r.status == RoomStatus.VACANT_DIRTY)
        free = sum(1 for r in shown if r.status == RoomStatus.VACANT_CLEAN)
        self.summary.setText(
            self.tr("{rooms} rooms · {free} ready · {dirty} to be cleaned").format(
                rooms=len(shown), free=free, dirty=dirty
            )
        )

    def selected(self) -> ChartRoom | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.room(self.proxy.mapToSource(index).row())

    def select_room(self, room_id: int) -> bool:
        row = self.model.row_of(room_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        chosen = self.selected()
        if not self._writable:
            return
        room = chosen.room if chosen else None
        self.edit_action.setEnabled(room is not None)
        self.clean_action.setEnabled(room is not None and room.housekeeping == "dirty")
        self.dirty_action.setEnabled(room is not None and room.housekeeping == "clean")
        self.out_action.setEnabled(room is not None)
        self.back_action.setEnabled(room is not None and bool(room.out_of_order_reason))

    def status_text(self) -> str:
        return self.status_line.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_line.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.status_line.setText(text)

    # -- actions ---------------------------------------------------------------------------

    def _act(self, change: Callable[[Session], RoomView], done: str) -> bool:
        """One unit of work; a refusal is said in the status line."""
        try:
            with self._db.unit() as s:
                view = change(s)
        except DeskError as error:
            self.refresh()
            self._say(error_text(error), error=True)
            return False
        self.refresh()
        self.select_room(view.id)
        self._say(done.format(number=view.number))
        return True

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def add_room(self) -> None:
        if not self._writable:
            return
        dialog = RoomDialog(self._session, None, self)
        dialog.room_saved.connect(lambda view: self._saved(view, self.tr("Room {number} added.")))
        self._open(dialog)

    def edit_room(self) -> None:
        chosen = self.selected()
        if chosen is None or not self._writable:
            return
        dialog = RoomDialog(self._session, chosen.room, self)
        dialog.room_saved.connect(lambda view: self._saved(view, self.tr("Room {number} saved.")))
        self._open(dialog)

    def _saved(self, view: RoomView, text: str) -> None:
        self.refresh()
        self.select_room(view.id)
        self._say(text.format(number=view.number))

    def mark_clean(self, clean: bool) -> None:
        chosen = self.selected()
        if chosen is None or not self._writable:
            return
        actor, room_id = self._actor, chosen.room.id
        self._act(
            lambda s: set_housekeeping(s, actor, room_id, clean),
            self.tr("Room {number} is clean.")
            if clean
            else self.tr("Room {number} is to be cleaned."),
        )

    def out_of_order(self) -> None:
        chosen = self.selected()
        if chosen is None or not self._writable:
            return
        dialog = OutOfOrderDialog(self._session, chosen.room, self._today, self)
        dialog.room_saved.connect(
            lambda view: self._saved(view, self.tr("Room {number} is out of order."))
        )
        self._open(dialog)

    def back_in_service(self) -> None:
        chosen = self.selected()
        if chosen is None or not self._writable:
            return
        actor, room_id = self._actor, chosen.room.id
        self._act(
            lambda s: clear_out_of_order(s, actor, room_id),
            self.tr("Room {number} is back in service."),
        )

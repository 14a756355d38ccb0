"""The officials in the one precedence order (排名): by rank, then the office's order
within the rank. Drag a row to another place within its rank (or Ctrl+Up / Ctrl+Down) to
change the order; every chart, list and name card follows it.

Keys: Ctrl+N add · F2 or Enter edit · Ctrl+Up / Ctrl+Down move within the rank ·
Delete deactivate. Operators who may only read see the order and no button that changes
it."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.protocol.officials import (
    OfficialView,
    activate_official,
    deactivate_official,
    list_officials,
    reorder,
)
from reception.core.security.roles import Permission
from reception.ui.form_dialog import ERROR_STYLE
from reception.ui.list_exports import export_officials
from reception.ui.live import ChangeWatcher
from reception.ui.messages import show_error
from reception.ui.page_actions import page_action, text_button
from reception.ui.protocol.official_dialog import OfficialDialog
from reception.ui.protocol.official_model import OfficialModel
from reception.ui.session import DeskSession

ENTITIES = frozenset({"official"})
NOTE_STYLE = "color: #4d5b6a;"


class OfficialsPage(QWidget):
    """Signals:
    order_changed(int)   an official was moved within the rank (its id) and the new order
                         was read back
    """

    order_changed = Signal(int)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._writable = session.actor.may(Permission.MANAGE_PROTOCOL)
        self.dialog: QDialog | None = None
        self.model = OfficialModel(self)
        self.model.movable = self._writable
        # queued: the view is still inside its drop when the model asks
        self.model.reorder_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.model.drop_refused.connect(
            lambda _id: self.say(self.tr("An official moves only within their rank."), error=True)
        )

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OfficialModel.UNIT, QHeaderView.ResizeMode.Stretch)
        if self._writable:
            self.view.setDragEnabled(True)
            self.view.setAcceptDrops(True)
            self.view.setDropIndicatorShown(True)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.view.setDragDropOverwriteMode(False)
        self.view.activated.connect(lambda _index: self.edit_official())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        a = self._action
        self.add_action = a(self.tr("&Add official…"), ("Ctrl+N",), self.add_official)
        self.edit_action = a(self.tr("&Edit…"), ("F2",), self.edit_official)
        self.up_action = a(self.tr("Move &up"), ("Ctrl+Up",), lambda: self.move_by(-1))
        self.down_action = a(self.tr("Move &down"), ("Ctrl+Down",), lambda: self.move_by(1))
        self.deactivate_action = a(self.tr("&Deactivate…"), ("Del",), self.deactivate_official)
        self.activate_action = a(self.tr("Ac&tivate"), (), self.activate_official)
        self.buttons = [
            self._button(action)
            for action in (
                self.add_action,
                self.edit_action,
                self.up_action,
                self.down_action,
                self.deactivate_action,
                self.activate_action,
            )
        ]
        self.show_inactive = QCheckBox(self.tr("Show &inactive officials"), self)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        for button in self.buttons:
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.show_inactive)
        self.export = export_officials(self, session, top)  # Ctrl+E
        self.note_label = QLabel(
            self.tr(
                "The one precedence order: by rank, then the office's order within the "
                "rank. Every seating chart, list and name card follows it."
            ),
            self,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    def _action(self, text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        return page_action(self, text, keys, slot, allowed=self._writable)

    def _button(self, action: QAction) -> QToolButton:
        return text_button(self, action)

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the order again, keeping the chosen official chosen (F5, other desks)."""
        chosen = self.selected()
        try:
            with self._session.db.read() as s:
                officials = list_officials(
                    s, self._session.actor, include_inactive=self.show_inactive.isChecked()
                )
        except DeskError as error:
            show_error(self, error)
            return
        self.model.set_rows(officials)
        if (chosen is None or not self.select_official(chosen.id)) and officials:
            self.view.selectRow(0)
        self._update_actions()

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & ENTITIES:
            self.refresh()

    def selected(self) -> OfficialView | None:
        return self.model.official(self.view.currentIndex().row())

    def select_official(self, official_id: int) -> bool:
        row = self.model.row_of(official_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def names(self) -> list[str]:
        """The officials' names, in the order shown."""
        return self.model.names()

    def _update_actions(self) -> None:
        official = self.selected()
        row = self.view.currentIndex().row()
        active = official is not None and official.active
        rows = self.model.rank_rows(row) if active else []
        self.edit_action.setEnabled(official is not None and self._writable)
        self.deactivate_action.setEnabled(active and self._writable)
        self.activate_action.setEnabled(
            official is not None and not official.active and self._writable
        )
        self.up_action.setEnabled(bool(rows) and rows[0] != row and self._writable)
        self.down_action.setEnabled(bool(rows) and rows[-1] != row and self._writable)

    def say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)

    # -- changes ----------------------------------------------------------------------------

    def act(self, change: Callable[[Session], object], success: str = "") -> bool:
        """One unit of work; a refusal is shown and the unit rolled back."""
        try:
            with self._session.db.unit() as s:
                change(s)
        except DeskError as error:
            show_error(self, error)
            return False
        if success:
            self.say(success)
        self.refresh()
        return True

    def move_to(self, official_id: int, place: int) -> None:
        """Put the official at `place` (1 first) among the active officials of the rank."""
        actor = self._session.actor
        row = self.model.row_of(official_id)
        name = self.model.row_value(row).name if row >= 0 else ""
        if self.act(
            lambda s: reorder(s, actor, official_id, place),
            self.tr("{name} is now No. {place} within the rank.").format(name=name, place=place),
        ):
            self.select_official(official_id)
            self.order_changed.emit(official_id)

    def move_by(self, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: one place up or down within the rank."""
        row = self.view.currentIndex().row()
        if row < 0 or not self._writable:
            return
        rows = self.model.rank_rows(row)
        if row not in rows:
            return
        target = rows.index(row) + step
        if 0 <= target < len(rows):
            self.model.request_move(row, rows[target])

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def add_official(self) -> None:
        if not self._writable:
            return
        dialog = OfficialDialog(self._session, None, self)
        dialog.official_saved.connect(self._saved)
        self.open_dialog(dialog)

    def edit_official(self) -> None:
        official = self.selected()
        if official is None or not self._writable:
            return
        dialog = OfficialDialog(self._session, official, self)
        dialog.official_saved.connect(self._saved)
        self.open_dialog(dialog)

    def _saved(self, view: OfficialView) -> None:
        self.refresh()
        self.select_official(view.id)
        self.say(self.tr("{name} saved.").format(name=view.name))

    def deactivate_official(self) -> None:
        official = self.selected()
        if official is None or not official.active or not self._writable:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Deactivate official"))
        dialog.setLabelText(
            self.tr("{name} leaves the precedence order and new charts. Why? (optional)").format(
                name=official.name
            )
        )
        actor, official_id = self._session.actor, official.id
        dialog.textValueSelected.connect(
            lambda reason: self.act(
                lambda s: deactivate_official(s, actor, official_id, reason),
                self.tr("{name} was deactivated.").format(name=official.name),
            )
        )
        self.open_dialog(dialog)

    def activate_official(self) -> None:
        official = self.selected()
        if official is None or official.active or not self._writable:
            return
        actor, official_id = self._session.actor, official.id
        self.act(
            lambda s: activate_official(s, actor, official_id),
            QCoreApplication.translate("OfficialsPage", "{name} is active again.").format(
                name=official.name
            ),
        )

"""What the delegations page's panels (guests, checklist, programme) share: the page they
sit in, seen through `DelegationsHost`, and a titled box with a row of buttons over a
read-only table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.lodging.delegations import DelegationDetail, DelegationView
from reception.ui.session import DeskSession


class DelegationsHost(Protocol):
    """What a panel asks of the delegations page."""

    @property
    def session(self) -> DeskSession: ...

    @property
    def zone(self) -> ZoneInfo: ...

    def now(self) -> datetime: ...

    def today(self) -> date: ...

    def live_delegation(self) -> DelegationView | None:
        """The chosen delegation when it can still be changed."""
        ...

    def page_action(
        self, text: str, keys: tuple[str, ...], slot: Callable[[], object], *, write: bool = True
    ) -> QAction:
        """An action whose keys work anywhere in the page; hidden from readers if `write`."""
        ...

    def tool_button(self, action: QAction) -> QToolButton: ...

    def open_dialog(self, dialog: QDialog) -> None: ...

    def confirm(self, text: str, yes_text: str, on_yes: Callable[[], None]) -> None: ...

    def act(self, change: Callable[[Session], object], success: str = "") -> bool:
        """One unit of work; a refusal is shown and the unit rolled back."""
        ...

    def say(self, text: str, error: bool = False) -> None: ...

    def refresh(self) -> None: ...

    def actions_changed(self) -> None: ...


def table(model: QAbstractItemModel, parent: QWidget, stretch: int) -> QTableView:
    """A read-only table of rows; the column `stretch` takes the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


class DelegationPanel(QGroupBox):
    """A titled box: the panel's buttons, then its table (`view`). Subclasses make their
    actions through the host, then call `lay_out(actions)`."""

    def __init__(
        self,
        title: str,
        host: DelegationsHost,
        model: QAbstractItemModel,
        stretch: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.host = host
        self.view = table(model, self, stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: host.actions_changed())
        self.buttons: list[QToolButton] = []

    def lay_out(self, actions: list[QAction]) -> None:
        self.buttons = [self.host.tool_button(action) for action in actions]
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def line_actions(
        self, add_text: str, edit_text: str, remove_text: str, add_keys: tuple[str, ...] = ()
    ) -> None:
        """The add / edit / remove actions of a panel of lines (a programme, meals, cars),
        laid out as its buttons; Enter or a double click in the list edits the line."""
        a = self.host.page_action
        self.add_action = a(add_text, add_keys, self.add)
        self.edit_action = a(edit_text, (), self.edit)
        self.remove_action = a(remove_text, (), self.remove)
        self.view.activated.connect(lambda _index: self.edit())
        self.lay_out([self.add_action, self.edit_action, self.remove_action])

    def enable_lines(self, live: bool) -> None:
        """Add while the delegation can change; edit and remove a chosen line too."""
        self.add_action.setEnabled(live)
        chosen = live and self.current_row() >= 0
        self.edit_action.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def choose_again(self, row: int) -> None:
        """Select `row` again after the rows were set (-1: nothing to select)."""
        if row >= 0:
            self.view.selectRow(row)

    # what each panel does
    def add(self) -> None:
        raise NotImplementedError

    def show_detail(self, detail: DelegationDetail) -> None:
        raise NotImplementedError

    def update_actions(self, live: bool) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError

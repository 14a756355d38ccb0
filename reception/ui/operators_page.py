"""The administrator's area for operators: list, filter, add, disable/enable, reset a
password, change a role. Each action is one unit of work calling one service."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.security.operators import (
    OperatorView,
    change_role,
    list_operators,
    set_active,
)
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.messages import show_error
from reception.ui.models.operator_model import OperatorModel
from reception.ui.operator_dialog import OperatorDialog, role_label
from reception.ui.password_dialog import PasswordDialog

ENTITY = "operator"


class OperatorsPage(QWidget):
    """Operators in a filtered, sortable table, with the administrator's actions.
    Refreshes after its own actions and when the ChangeWatcher reports "operator"."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model = OperatorModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(OperatorModel.SORT_ROLE)
        self.dialog: QDialog | None = None  # the last dialog an action opened

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by sign-in name, name or role"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.active_button = QPushButton(self.tr("&Disable"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.add_button.clicked.connect(self.add_operator)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OperatorModel.LOGIN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_edit, 1)
        for button in (self.add_button, self.active_button, self.reset_button, self.role_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the operators again, keeping the selected one selected."""
        chosen = self.selected()
        try:
            with self._db.read() as session:
                operators = list_operators(session, self._actor)
        except DeskError as error:
            show_error(self, error)
            return
        self.model.set_operators(operators)
        if chosen is not None:
            self.highlight_operator(chosen.login)
        self._selection_changed()

    def _changes_arrived(self, entities: set[str]) -> None:
        if ENTITY in entities:
            self.refresh()

    def selected(self) -> OperatorView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.operator(self.proxy.mapToSource(rows[0]).row())

    def highlight_operator(self, login: str) -> bool:
        row = self.model.row_of(login)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        op = self.selected()
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setEnabled(op is not None)
        enable = op is not None and not op.active
        self.active_button.setText(self.tr("&Enable") if enable else self.tr("&Disable"))

    # -- actions ----------------------------------------------------------------

    def _act(self, change: Callable[[Session], object]) -> bool:
        """One unit of work; a refusal is shown and the unit rolled back."""
        try:
            with self._db.unit() as session:
                change(session)
        except DeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    def add_operator(self) -> None:
        dialog = OperatorDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.operator_added.connect(self._operator_added)
        self._open(dialog)

    def _operator_added(self, view: OperatorView) -> None:
        self.refresh()
        self.highlight_operator(view.login)

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        actor, login, active = self._actor, op.login, not op.active
        self._act(lambda session: set_active(session, actor, login, active))

    def reset_password(self) -> None:
        op = self.selected()
        if op is None:
            return
        dialog = PasswordDialog(self._db, self._actor, for_operator=op, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self._open(dialog)

    def change_role(self) -> None:
        op = self.selected()
        if op is None:
            return
        roles = {role_label(role): role for role in Role}
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Change role"))
        dialog.setLabelText(
            self.tr("Role of {name} ({login}):").format(name=op.display_name, login=op.login)
        )
        dialog.setComboBoxItems(list(roles))
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(role_label(op.role))
        actor, login = self._actor, op.login

        def chosen(label: str) -> None:
            role = roles[label]
            if role != op.role:
                self._act(lambda session: change_role(session, actor, login, role))

        dialog.textValueSelected.connect(chosen)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

"""The operators table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from reception.core.security.operators import OperatorView

Index = QModelIndex | QPersistentModelIndex


class OperatorModel(QAbstractTableModel):
    """One row per operator, in the order given (the service sorts by sign-in name).

    Columns:
        LOGIN   sign-in name
        NAME    name shown
        ROLE    role, translated (context "Roles")
        ACTIVE  "Yes" / "No" (是 / 否)

    Roles:
        DisplayRole      the texts above
        ForegroundRole   disabled operators in the palette's placeholder colour
        OPERATOR_ROLE    the row's OperatorView (any column)
        SORT_ROLE        what the proxy sorts on: the text, active first in ACTIVE
    """

    LOGIN, NAME, ROLE, ACTIVE = range(4)
    OPERATOR_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OperatorView] = []

    def set_operators(self, operators: list[OperatorView]) -> None:
        self.beginResetModel()
        self._rows = list(operators)
        self.endResetModel()

    def operator(self, row: int) -> OperatorView:
        return self._rows[row]

    def row_of(self, login: str) -> int:
        """The row of a sign-in name, or -1."""
        return next((i for i, op in enumerate(self._rows) if op.login == login), -1)

    def logins(self) -> list[str]:
        return [op.login for op in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Sign-in name"), self.tr("Name"), self.tr("Role"), self.tr("Active"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        op = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(op, column)
        if role == self.OPERATOR_ROLE:
            return op
        if role == self.SORT_ROLE:
            if column == self.ACTIVE:
                return 0 if op.active else 1
            return self._text(op, column)
        if role == Qt.ItemDataRole.ForegroundRole and not op.active:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _text(self, op: OperatorView, column: int) -> str:
        if column == self.LOGIN:
            return op.login
        if column == self.NAME:
            return op.display_name
        if column == self.ROLE:
            return QCoreApplication.translate("Roles", op.role.label)
        if column == self.ACTIVE:
            return self.tr("Yes") if op.active else self.tr("No")
        return ""

"""The petitioners of the intake form: an editable table (name, ID number, phone, address,
representative), a delegate that reports typing as it happens (the repeat screening looks
while the clerk types), and the problems found shown on their cells."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reception.core.people import InvalidIdNumber, check_id_number
from reception.core.petitions.people import PetitionerForm
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.messages import error_text

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#f9d3d8")
FIELDS = ("name", "id_number", "phone", "address", "is_representative")
MAX_LENGTHS = {"name": 40, "id_number": 24, "phone": 24, "address": 200}


@dataclass(frozen=True)
class PetitionerRow:
    name: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    is_representative: bool = False

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.id_number.strip() or self.phone.strip()) and not (
            self.address.strip()
        )

    def form(self) -> PetitionerForm:
        return PetitionerForm(
            name=self.name,
            id_number=self.id_number,
            phone=self.phone,
            address=self.address,
            is_representative=self.is_representative,
        )


def _with_text(person: PetitionerRow, field: str, text: str) -> PetitionerRow:
    if field == "name":
        return replace(person, name=text)
    if field == "id_number":
        return replace(person, id_number=text)
    if field == "phone":
        return replace(person, phone=text)
    return replace(person, address=text)


class PetitionerRowsModel(QAbstractTableModel):
    """The petitioners typed into the intake form; always ends with one empty row to type
    the next person into.

    Columns:
        NAME, ID_NUMBER, PHONE, ADDRESS   editable texts
        REPRESENTATIVE                    a check box (required for a joint visit)

    Roles:
        DisplayRole / EditRole   the texts
        CheckStateRole           REPRESENTATIVE ticked or not
        BackgroundRole           light red on a cell with a problem
        ToolTipRole              the problem, in the shown language
        FontRole                 the REPRESENTATIVE title in bold while it is required

    Signals:
        person_edited(int row)   a name, ID number or phone of `row` was committed
    """

    NAME, ID_NUMBER, PHONE, ADDRESS, REPRESENTATIVE = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("PetitionerRowsModel", "Name"),
        QT_TRANSLATE_NOOP("PetitionerRowsModel", "ID number"),
        QT_TRANSLATE_NOOP("PetitionerRowsModel", "Phone"),
        QT_TRANSLATE_NOOP("PetitionerRowsModel", "Address"),
        QT_TRANSLATE_NOOP("PetitionerRowsModel", "Representative"),
    )

    person_edited = Signal(int)

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PetitionerRow] = [PetitionerRow()]
        self._problems: dict[tuple[int, int], str] = {}
        self._representatives_required = False
        self._today = today

    # -- Qt's model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(FIELDS):
            return None
        required = section == self.REPRESENTATIVE and self._representatives_required
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate("PetitionerRowsModel", self.TITLES[section])
            return f"{title} *" if required else title
        if role == Qt.ItemDataRole.FontRole and required:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.REPRESENTATIVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        person = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.REPRESENTATIVE:
                return None
            return str(getattr(person, FIELDS[column]))
        if role == Qt.ItemDataRole.CheckStateRole and column == self.REPRESENTATIVE:
            return Qt.CheckState.Checked if person.is_representative else Qt.CheckState.Unchecked
        problem = self._problems.get((row, column))
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = index.row(), index.column()
        person = self._rows[row]
        if column == self.REPRESENTATIVE and role == Qt.ItemDataRole.CheckStateRole:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            self._rows[row] = replace(person, is_representative=ticked)
        elif column != self.REPRESENTATIVE and role == Qt.ItemDataRole.EditRole:
            text = str(value or "")
            if text == getattr(person, FIELDS[column]):
                return True
            self._rows[row] = _with_text(person, FIELDS[column], text)
            self._problems.pop((row, column), None)
            if column == self.ID_NUMBER:
                self._check_id_number(row, text)
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
        self._keep_an_empty_row()
        if column in (self.NAME, self.ID_NUMBER, self.PHONE):
            self.person_edited.emit(row)
        return True

    # -- the rows -----------------------------------------------------------------------

    def person(self, row: int) -> PetitionerRow:
        return self._rows[row] if 0 <= row < len(self._rows) else PetitionerRow()

    def set_people(self, people: list[PetitionerRow]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self._problems.clear()
        self.endResetModel()
        self._keep_an_empty_row()

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._problems = {
            (r - 1 if r > row else r, c): text
            for (r, c), text in self._problems.items()
            if r != row
        }
        self.endRemoveRows()
        self._keep_an_empty_row()

    def _keep_an_empty_row(self) -> None:
        if not self._rows or not self._rows[-1].is_empty():
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(PetitionerRow())
            self.endInsertRows()

    def filled_rows(self) -> list[int]:
        """The rows the clerk typed something into, in order: the form's petitioners."""
        return [row for row, person in enumerate(self._rows) if not person.is_empty()]

    def forms(self) -> list[PetitionerForm]:
        return [self._rows[row].form() for row in self.filled_rows()]

    def set_representatives_required(self, required: bool) -> None:
        if required != self._representatives_required:
            self._representatives_required = required
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, self.REPRESENTATIVE, self.REPRESENTATIVE
            )

    # -- problems -----------------------------------------------------------------------

    def _check_id_number(self, row: int, text: str) -> None:
        """An ID number that cannot be right is marked as soon as it is committed."""
        if not text.strip():
            return
        try:
            check_id_number(text, today=self._today)
        except InvalidIdNumber as error:
            self._problems[(row, self.ID_NUMBER)] = error_text(error)

    def set_problem(self, row: int, field: str, text: str) -> None:
        column = FIELDS.index(field) if field in FIELDS else self.NAME
        self._problems[(row, column)] = text
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_problems(self) -> None:
        self._problems.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(FIELDS) - 1)
            )

    def problem(self, row: int, column: int) -> str:
        return self._problems.get((row, column), "")

    def problems(self) -> list[tuple[int, int, str]]:
        """(row, column, text) of every problem shown, in reading order."""
        return sorted((row, column, text) for (row, column), text in self._problems.items())


class TypingDelegate(QStyledItemDelegate):
    """Edits the texts in a line edit and reports every keystroke:
    `typed(row, column, text)`, before the text is committed to the model."""

    typed = Signal(int, int, str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        field = FIELDS[index.column()] if 0 <= index.column() < len(FIELDS) else ""
        editor.setMaxLength(MAX_LENGTHS.get(field, 200))
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self.typed.emit(row, column, text))
        return editor

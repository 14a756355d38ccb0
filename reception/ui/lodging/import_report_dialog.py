"""What came of importing a guest list: every problem of a refused file, by row and column
as Excel shows them, or the notes on a file that was imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.lodging.guest_import import Finding
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.messages import qt_translate
from reception.ui.models.rows_model import Index, RowsModel


class FindingModel(RowsModel[Finding]):
    """One row per problem or note, in the order given (by row, then column).

    Columns:
        ROW     the row number as Excel shows it
        COLUMN  the column's title as written in the file
        REASON  what is wrong, in the shown language

    Roles:
        DisplayRole        the texts above
        TextAlignmentRole  ROW centred
    """

    ROW, COLUMN, REASON = range(3)
    TITLES = (
        QT_TRANSLATE_NOOP("FindingModel", "Row"),
        QT_TRANSLATE_NOOP("FindingModel", "Column"),
        QT_TRANSLATE_NOOP("FindingModel", "Problem"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(finding.row)
            if column == self.COLUMN:
                return finding.column
            if column == self.REASON:
                return finding.reason(qt_translate)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ImportReportDialog(QDialog):
    """Not modal to the desk: the clerk can keep it open beside the spreadsheet while
    correcting it. Ctrl+C copies the list as text."""

    def __init__(
        self,
        file_name: str,
        findings: list[Finding],
        *,
        refused: bool,
        summary: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.refused = refused
        self.setWindowTitle(
            self.tr("Guest list refused") if refused else self.tr("Guest list imported")
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        if not summary:
            summary = (
                self.tr(
                    "Nothing was imported from {file}. Correct these problems in the file and "
                    "import it again:"
                ).format(file=file_name)
                if refused
                else self.tr("{file} was imported. Please look at these notes:").format(
                    file=file_name
                )
            )
        self.summary.setText(summary)
        if refused:
            self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self.model = FindingModel(self)
        self.model.set_rows(findings)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FindingModel.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self)
        copy.activated.connect(self.copy_to_clipboard)
        self.resize(720, 420)
        self.table.setFocus()

    def rows_shown(self) -> list[tuple[str, str, str]]:
        model = self.model
        return [
            tuple(str(model.index(row, column).data()) for column in range(3))  # type: ignore[misc]
            for row in range(model.rowCount())
        ]

    def as_text(self) -> str:
        titles = "\t".join(
            str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(3)
        )
        lines = ["\t".join(row) for row in self.rows_shown()]
        return "\n".join([self.summary.text(), titles, *lines])

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

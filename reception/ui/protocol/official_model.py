"""The officials in the one precedence order, and dragging a row to another place within
its rank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from reception.core.protocol.officials import OfficialView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.guest_model import rank_label
from reception.ui.models.rows_model import Index, RowsModel

MIME_TYPE = "application/x-reception-official"


class OfficialModel(RowsModel[OfficialView]):
    """One row per official, in the precedence order given by the service.

    Columns:
        NUMBER   the place in the whole precedence order, 1 first (empty when inactive)
        NAME     full name
        POST     post, 副县长
        UNIT     unit, 县人民政府
        RANK     rank level, translated (context "Ranks")

    Roles:
        DisplayRole      the texts above
        ToolTipRole      how to change the order
        ForegroundRole   officials no longer active in the placeholder colour
        OFFICIAL_ROLE    the row's official (any column)

    Drag and drop: a row may be dropped on another place within its own rank; the model
    changes nothing itself but emits `reorder_requested(official_id, new_order_in_rank)`,
    the 1-based place within the rank, for the page to call the service. A drop into
    another rank emits `drop_refused(official_id)`.
    """

    NUMBER, NAME, POST, UNIT, RANK = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("OfficialModel", "No."),
        QT_TRANSLATE_NOOP("OfficialModel", "Name"),
        QT_TRANSLATE_NOOP("OfficialModel", "Post"),
        QT_TRANSLATE_NOOP("OfficialModel", "Unit"),
        QT_TRANSLATE_NOOP("OfficialModel", "Rank"),
    )
    OFFICIAL_ROLE = Qt.ItemDataRole.UserRole + 1

    reorder_requested = Signal(int, int)
    drop_refused = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.movable = True

    def official(self, row: int) -> OfficialView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, official_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == official_id), -1)

    def names(self) -> list[str]:
        return [official.name for official in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        official = self.official(index.row()) if index.isValid() else None
        if official is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(official.number) if official.number else ""
            if column == self.NAME:
                return official.name
            if column == self.POST:
                return official.post
            if column == self.UNIT:
                return official.unit
            if column == self.RANK:
                return rank_label(official.rank)
            return None
        if role == self.OFFICIAL_ROLE:
            return official
        if role == Qt.ItemDataRole.ToolTipRole and self.movable:
            return self.tr(
                "Drag within the rank, or press Ctrl+Up / Ctrl+Down, to change the order"
            )
        if role == Qt.ItemDataRole.ForegroundRole and not official.active:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- the order within a rank ------------------------------------------------------------

    def rank_rows(self, row: int) -> list[int]:
        """The rows of the active officials of the row's rank, in their order."""
        rank = self.row_value(row).rank
        return [i for i, o in enumerate(self._rows) if o.rank == rank and o.active]

    def request_move(self, row: int, target_row: int) -> bool:
        """Ask to move the official of `row` to where `target_row` is; False (and
        `drop_refused`) when the target is in another rank."""
        official = self.official(row)
        if official is None or row == target_row:
            return False
        rows = self.rank_rows(row)
        if not official.active or target_row not in rows:
            self.drop_refused.emit(official.id)
            return False
        self.reorder_requested.emit(official.id, rows.index(target_row) + 1)
        return True

    # -- drag and drop ------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.movable:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = {index.row() for index in indexes if index.isValid()}
        if len(rows) == 1:
            data.setData(MIME_TYPE, QByteArray(str(rows.pop()).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.movable and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A drop on a row (parent valid) takes that row's place; between rows (`row`),
        the place before it. The rows themselves change only when the service has
        stored the order and the page reads it again."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        target = parent.row() if parent.isValid() else row
        if target < 0:
            target = self.rowCount() - 1
        elif not parent.isValid() and target > source:
            target -= 1  # between rows: the place before the row under the drop
        target = min(target, self.rowCount() - 1)
        self.request_move(source, target)
        return False  # nothing to remove afterwards: the page reads the new order

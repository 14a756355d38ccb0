"""The proposal of rooms for a delegation: the clerk reads it, changes a guest's room where
needed, gives a reason for any room above the standard, and confirms it in one go."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging.assign import (
    NOTE_ABOVE_STANDARD,
    Proposal,
    ProposalLine,
    confirm,
    propose,
)
from reception.core.lodging.models import Gender, RoomType
from reception.core.lodging.rooms import free_rooms
from reception.core.lodging.standards import LodgingSettings, load_lodging_settings
from reception.core.lodging.stays import ReasonRequired
from reception.core.lodging.views import RoomView
from reception.core.ranks import Rank
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.lodging.stay_texts import guest_needs_text
from reception.ui.messages import error_text, show_error
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.session import DeskSession

ROOM, NOTE, REASON, NEEDS = 3, 5, 6, 7
WARNING = QColor("#b00020")
NEEDS_COLOUR = QColor("#8a2b00")  # as the room chart's needs box


@dataclass(frozen=True)
class _Row:
    line: ProposalLine
    reason: str = ""


class ProposalModel(RowsModel[_Row]):
    """Columns: guest (★ for the head), rank, gender, room, room type, note, reason, and the
    guest's needs ("Halal meals; Allergies: peanuts"; context "GuestNeeds").
    The room and the reason are editable; a room above the guest's standard shows the
    note in red until a reason is given. UserRole of the room column: the room id."""

    TITLES = (
        QT_TRANSLATE_NOOP("ProposalModel", "Guest"),
        QT_TRANSLATE_NOOP("ProposalModel", "Rank"),
        QT_TRANSLATE_NOOP("ProposalModel", "Gender"),
        QT_TRANSLATE_NOOP("ProposalModel", "Room"),
        QT_TRANSLATE_NOOP("ProposalModel", "Room type"),
        QT_TRANSLATE_NOOP("ProposalModel", "Note"),
        QT_TRANSLATE_NOOP("ProposalModel", "Reason for the exception"),
        QT_TRANSLATE_NOOP("ProposalModel", "Needs"),
    )

    def __init__(self, settings: LodgingSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_value(index.row())
        line, column = row.line, index.column()
        if role == Qt.ItemDataRole.UserRole and column == ROOM:
            return line.room_id
        if role == Qt.ItemDataRole.ForegroundRole and column == NOTE and line.needs_reason:
            return QBrush(WARNING) if not row.reason.strip() else None
        if role == Qt.ItemDataRole.ForegroundRole and column == ROOM and line.room_id is None:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.ForegroundRole and column == NEEDS:
            return QBrush(NEEDS_COLOUR)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return ("★ " if line.is_head else "") + line.guest_name
        if column == 1:
            return QCoreApplication.translate("Ranks", Rank(line.rank).label)
        if column == 2:
            return QCoreApplication.translate("Guests", Gender(line.gender).label)
        if column == ROOM:
            if line.room_id is None:
                return QCoreApplication.translate("AssignDialog", "not placed")
            return (
                f"{line.building}-{line.room_number}" if line.building != "1" else line.room_number
            )
        if column == 4:
            return (
                QCoreApplication.translate("Rooms", RoomType(line.room_type).label)
                if line.room_type
                else ""
            )
        if column == NOTE:
            note = QCoreApplication.translate("Assignment", line.note) if line.note else ""
            return note.format(names=line.names)
        if column == REASON:
            return row.reason
        if column == NEEDS:
            return guest_needs_text(line.needs, "; ")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (ROOM, REASON):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if index.column() == REASON:
            self._rows[index.row()] = replace(row, reason=str(value))
        elif index.column() == ROOM:
            room: RoomView | None = value
            line = row.line
            if room is None:
                line = replace(
                    line,
                    room_id=None,
                    room_number="",
                    building="",
                    floor=None,
                    room_type="",
                    needs_reason=False,
                    note="",
                )
            else:
                above = not self.settings.eligible(line.rank, room.room_type)
                note = NOTE_ABOVE_STANDARD if above else ""
                line = replace(
                    line,
                    room_id=room.id,
                    room_number=room.number,
                    building=room.building,
                    floor=room.floor,
                    room_type=room.room_type,
                    needs_reason=above,
                    note=note,
                    names="",
                )
            self._rows[index.row()] = replace(row, line=line)
        else:
            return False
        left, right = self.index(index.row(), 0), self.index(index.row(), len(self.TITLES) - 1)
        self.dataChanged.emit(left, right)
        return True


class RoomChoice(QStyledItemDelegate):
    """Edits the room column with the rooms free for the delegation's dates."""

    def __init__(self, rooms: list[RoomView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rooms = rooms

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QComboBox(parent)
        box.addItem(QCoreApplication.translate("AssignDialog", "not placed"), None)
        for room in self.rooms:
            kind = QCoreApplication.translate("Rooms", RoomType(room.room_type).label)
            box.addItem(f"{room.building}-{room.number}  {kind}  ({room.beds})", room)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.UserRole)
        found = next(
            (
                i
                for i in range(editor.count())
                if isinstance(editor.itemData(i), RoomView) and editor.itemData(i).id == current
            ),
            0,
        )
        editor.setCurrentIndex(found)

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AssignDialog(QDialog):
    """Shows the proposal of `propose` for one delegation; Ctrl+Enter confirms it."""

    def __init__(
        self, session: DeskSession, delegation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.delegation_id = delegation_id
        self.booked = 0
        self.setWindowTitle(self.tr("Assign rooms"))
        self.resize(1040, 480)
        with session.db.read() as db_session:
            self.proposal: Proposal = propose(db_session, session.actor, delegation_id)
            settings = load_lodging_settings(db_session)
            rooms = [
                f.room
                for f in free_rooms(
                    db_session, session.actor, self.proposal.arrive, self.proposal.depart
                )
            ]
        self.model = ProposalModel(settings, self)
        self.model.set_rows(_Row(line) for line in self.proposal.lines)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROOM, RoomChoice(rooms, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Book these rooms"))
        ok.setEnabled(any(line.room_id for line in self.proposal.lines))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._summarise()
        self.model.dataChanged.connect(self._summarise)

    def _summarise(self) -> None:
        rows = self.model.rows()
        placed = sum(1 for r in rows if r.line.room_id is not None)
        self.summary.setText(
            self.tr(
                "{arrive} to {depart}: {placed} of {total} guests have a room. F2 or typing "
                "changes a room or a reason; Ctrl+Enter books them all."
            ).format(
                arrive=self.proposal.arrive.isoformat(),
                depart=self.proposal.depart.isoformat(),
                placed=placed,
                total=len(rows),
            )
        )
        if not rows:
            self.summary.setText(self.tr("Every guest of this delegation already has a room."))

    def confirm(self) -> None:
        rows = self.model.rows()
        placements = {r.line.guest_id: r.line.room_id for r in rows if r.line.room_id is not None}
        reasons = {r.line.guest_id: r.reason for r in rows if r.reason.strip()}
        try:
            with self.session.db.unit() as db_session:
                booked = confirm(
                    db_session, self.session.actor, self.delegation_id, placements, reasons
                )  # type: ignore[arg-type]
        except ReasonRequired as error:
            self.error.setText(error_text(error))
            missing = next(
                (i for i, r in enumerate(rows) if r.line.needs_reason and not r.reason.strip()),
                None,
            )
            if missing is not None:
                self.table.setCurrentIndex(self.model.index(missing, REASON))
                self.table.setFocus()
            return
        except DeskError as error:
            self.error.setText(error_text(error))
            show_error(self, error)
            return
        self.booked = len(booked)
        self.accept()

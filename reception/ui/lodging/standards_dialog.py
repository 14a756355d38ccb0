"""The administrator's reception standards (接待标准) and guesthouse settings: the least rank
for each room type, the least rank lodged alone, the arrival, check-out and breakfast times,
and the tasks every new delegation's checklist starts with. Saved in one unit of work; the
service checks every value and a refusal saves nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging.models import ROOM_TYPE_LABELS, RoomType
from reception.core.lodging.standards import (
    ChecklistDefault,
    LodgingSettings,
    load_lodging_settings,
    update_lodging_settings,
)
from reception.core.ranks import RANK_LABELS, Rank
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database
from reception.ui.messages import error_text
from reception.ui.models.rows_model import Index, RowsModel

TIME_FORMAT = "HH:mm"
MAX_HOURS = 24 * 30
ERROR_STYLE = "color: #b00020; font-weight: bold;"
EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable


class ChecklistDefaultsModel(RowsModel[ChecklistDefault]):
    """The default checklist tasks being edited, in the order a delegation gets them.

    Columns:
        TITLE   what is to be done (the office's own words)
        HOURS   hours before the delegation's arrival it is due (EditRole: int)

    Roles:
        DisplayRole, EditRole  the values above
    """

    TITLE, HOURS = range(2)
    TITLES: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ChecklistDefaultsModel", "Task"),
        QT_TRANSLATE_NOOP("ChecklistDefaultsModel", "Hours before arrival"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        item = self._rows[index.row()]
        if index.column() == self.TITLE:
            return item.title
        return item.hours_before if role == Qt.ItemDataRole.EditRole else str(item.hours_before)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        if index.column() == self.TITLE:
            item = replace(item, title=" ".join(str(value).split()))
        else:
            try:
                item = replace(item, hours_before=int(value))
            except (TypeError, ValueError):
                return False
        self._rows[index.row()] = item
        self.dataChanged.emit(index, index)
        return True

    def add(self, hours_before: int = 24) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ChecklistDefault("", hours_before))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


def rank_combo(parent: QWidget, chosen: str) -> QComboBox:
    """Every rank, highest first, by its Chinese name; the data is the rank's key."""
    combo = QComboBox(parent)
    for rank in Rank:
        combo.addItem(QCoreApplication.translate("Ranks", RANK_LABELS[rank]), rank.value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def _time(text: str) -> QTime:
    parsed = QTime.fromString(text, TIME_FORMAT)
    return parsed if parsed.isValid() else QTime(12, 0)


class StandardsDialog(QDialog):
    """Accepted once the settings are stored; `saved` is what the service stored. A refusal
    is shown in the dialog and nothing is stored.

    Keys: Ctrl+S saves, Ctrl+N (or Insert) adds a task, Delete removes the selected task."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.saved: LodgingSettings | None = None
        with db.read() as session:
            self._loaded = load_lodging_settings(session)
        loaded = self._loaded
        self.setWindowTitle(self.tr("Reception standards"))
        self.resize(640, 720)

        rooms = QGroupBox(self.tr("Least rank for each room type"), self)
        rooms_form = QFormLayout(rooms)
        note = QLabel(
            self.tr(
                "A guest of the rank chosen or above may have the room type within the "
                "standard; a room above a guest's standard needs a recorded reason."
            ),
            rooms,
        )
        note.setWordWrap(True)
        rooms_form.addRow(note)
        self.min_rank: dict[str, QComboBox] = {}
        for room_type in RoomType:
            combo = rank_combo(rooms, loaded.min_rank.get(room_type.value, Rank.OTHER.value))
            label = QCoreApplication.translate("Rooms", ROOM_TYPE_LABELS[room_type])
            rooms_form.addRow(self.tr("{room_type}:").format(room_type=label), combo)
            self.min_rank[room_type.value] = combo
        self.alone_from = rank_combo(rooms, loaded.alone_from)
        rooms_form.addRow(self.tr("A room to themselves from:"), self.alone_from)

        times = QGroupBox(self.tr("Times"), self)
        times_form = QFormLayout(times)
        self.arrival_time = QTimeEdit(_time(loaded.arrival_time), times)
        self.checkout_time = QTimeEdit(_time(loaded.checkout_time), times)
        for edit in (self.arrival_time, self.checkout_time):
            edit.setDisplayFormat(TIME_FORMAT)
        self.breakfast = QLineEdit(loaded.breakfast, times)
        self.breakfast.setMaxLength(40)
        self.breakfast.setPlaceholderText(self.tr("such as 07:00–09:00"))
        times_form.addRow(self.tr("Delegations &arrive at:"), self.arrival_time)
        times_form.addRow(self.tr("&Check-out by:"), self.checkout_time)
        times_form.addRow(self.tr("&Breakfast:"), self.breakfast)

        tasks = QGroupBox(self.tr("Checklist of every new delegation"), self)
        self.checklist = ChecklistDefaultsModel(self)
        self.checklist.set_rows(loaded.checklist)
        self.table = QTableView(tasks)
        self.table.setModel(self.checklist)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistDefaultsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ChecklistDefaultsModel.HOURS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_button = QPushButton(self.tr("A&dd task"), tasks)
        self.remove_button = QPushButton(self.tr("&Remove task"), tasks)
        native = QKeySequence.SequenceFormat.NativeText
        self.add_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(native))
        self.remove_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Delete).toString(native)
        )
        task_buttons = QHBoxLayout()
        task_buttons.addWidget(self.add_button)
        task_buttons.addWidget(self.remove_button)
        task_buttons.addStretch(1)
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.addWidget(self.table)
        tasks_layout.addLayout(task_buttons)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(rooms)
        layout.addWidget(times)
        layout.addWidget(tasks, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._shortcuts = [
            (QKeySequence(QKeySequence.StandardKey.Save), self.save, self),
            (QKeySequence(QKeySequence.StandardKey.New), self.add_task, self),
            (QKeySequence(Qt.Key.Key_Insert), self.add_task, self.table),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_task, self.table),
        ]
        for keys, slot, owner in self._shortcuts:
            shortcut = QShortcut(keys, owner)
            if owner is self.table:
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        if not actor.may(Permission.MANAGE_SETTINGS):
            self._read_only()

    def _read_only(self) -> None:
        for widget in (*self.min_rank.values(), self.alone_from, self.arrival_time):
            widget.setEnabled(False)
        for widget in (self.checkout_time, self.breakfast, self.add_button, self.remove_button):
            widget.setEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.error_label.setText(
            self.tr("Only the administrator can change the reception standards.")
        )

    # -- editing --------------------------------------------------------------------

    def add_task(self) -> None:
        if not self.add_button.isEnabled():
            return
        row = self.checklist.add()
        index = self.checklist.index(row, ChecklistDefaultsModel.TITLE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_task(self) -> None:
        if not self.remove_button.isEnabled():
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.checklist.remove(rows[0].row())

    def settings(self) -> LodgingSettings:
        """The settings as the dialog shows them now, unchecked."""
        return replace(
            self._loaded,
            min_rank={key: str(combo.currentData()) for key, combo in self.min_rank.items()},
            alone_from=str(self.alone_from.currentData()),
            arrival_time=self.arrival_time.time().toString(TIME_FORMAT),
            checkout_time=self.checkout_time.time().toString(TIME_FORMAT),
            breakfast=self.breakfast.text().strip(),
            checklist=tuple(self.checklist.rows()),
        )

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        # A cell still being edited holds the latest text: commit it before reading.
        self.table.setCurrentIndex(QModelIndex())
        try:
            with self._db.unit() as session:
                self.saved = update_lodging_settings(session, self._actor, self.settings())
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.accept()

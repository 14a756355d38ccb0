"""The administrator's working-day calendar, one year at a time: the public holidays and the
adjusted working days (调休) the petitions clocks count with. Years up to 2026 come from the
chinesecalendar package; the State Council announces each later year in the autumn and the
office enters it here. The dialog says where the shown year came from, and warns when this
year or the coming one is missing.

Saving replaces the year in one unit of work (calendar_edit.set_calendar_year), which moves
the deadlines of open cases; a refusal is shown under the lists and nothing is saved."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.calendar_edit import (
    FIRST_YEAR,
    LAST_YEAR,
    OFFICE_SOURCE,
    CalendarYearView,
    calendar_warning,
    calendar_year,
    parse_calendar_text,
    set_calendar_year,
)
from reception.core.petitions.cases import office_today
from reception.core.security.roles import Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.form_dialog import finish_form
from reception.ui.messages import error_text
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.leader_day_dialogs import day_text, from_qdate, to_qdate
from reception.ui.session import DeskSession

ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
WARNING_STYLE = (
    "QLabel { color: #5c4100; background: #ffe7a6; padding: 6px 8px; border-radius: 3px; }"
)
EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
Day = tuple[date, str]
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
NO_EDITING = QAbstractItemView.EditTrigger.NoEditTriggers


class CalendarDaysModel(RowsModel[Day]):
    """The days of one list being edited (holidays, or adjusted working days).

    Columns:
        DATE  "2027-01-01 Friday" (EditRole: QDate)
        NAME  the day's name, "元旦" (EditRole: the same text)

    Roles:
        DisplayRole, EditRole  the values above
    """

    DATE, NAME = range(2)
    TITLES = (
        QT_TRANSLATE_NOOP("CalendarDaysModel", "Date"),
        QT_TRANSLATE_NOOP("CalendarDaysModel", "Name"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        day, name = self._rows[index.row()]
        if index.column() == self.DATE:
            if role == Qt.ItemDataRole.EditRole:
                return to_qdate(day)
            return day_text(day) if role == Qt.ItemDataRole.DisplayRole else None
        return name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        day, name = self._rows[index.row()]
        if index.column() == self.DATE:
            if isinstance(value, date):
                day = value
            elif hasattr(value, "isValid") and value.isValid():
                day = from_qdate(value)
            else:
                return False
        else:
            name = " ".join(str(value).split())
        if (day, name) == self._rows[index.row()]:
            return False
        self._rows[index.row()] = (day, name)
        self.dataChanged.emit(index, index)
        return True

    def add(self, day: Day) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(day)
        self.endInsertRows()
        return row

    def merge(self, days: list[Day]) -> None:
        """Days read from text: a date already listed takes the new name."""
        for day, name in days:
            row = next((i for i, (d, _n) in enumerate(self._rows) if d == day), -1)
            if row < 0:
                self.add((day, name))
            else:
                self.setData(self.index(row, self.NAME), name)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class DateDelegate(QStyledItemDelegate):
    """Dates are edited as yyyy-MM-dd within the year shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != CalendarDaysModel.DATE:
            return super().createEditor(parent, option, index)
        editor = QDateEdit(parent)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setCalendarPopup(True)
        editor.setDateRange(to_qdate(date(self.year, 1, 1)), to_qdate(date(self.year, 12, 31)))
        return editor


class PasteDaysDialog(QDialog):
    """Days typed or pasted one per line, "2027-10-01..2027-10-07 国庆节"; emits
    `days_read(list[tuple[date, str]])` and closes, or shows what it could not read."""

    days_read = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 320)
        note = QLabel(
            self.tr(
                "One day or range per line, with its name: 2027-01-01 元旦, or "
                "2027-10-01..2027-10-07 国庆节."
            ),
            self,
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText("2027-01-01 元旦\n2027-10-01..2027-10-07 国庆节")
        form = QFormLayout()
        form.addRow(note)
        form.addRow(self.text)
        self.error_label, self.buttons = finish_form(self, form, self.tr("&Add days"), self.read)

    def read(self) -> None:
        try:
            days = parse_calendar_text(self.text.toPlainText())
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.days_read.emit(days)
        self.accept()


def _next_day(rows: list[Day], year: int, weekend: bool) -> Day:
    """The day after the last one listed (a Saturday or Sunday for a working day), with the
    last one's name; the year's first such day when the list is empty."""
    day, name = (rows[-1][0] + timedelta(days=1), rows[-1][1]) if rows else (date(year, 1, 1), "")
    while weekend and day.weekday() < 5:
        day += timedelta(days=1)
    return (day, name) if day.year == year else (date(year, 12, 31), name)


class DaysBox(QGroupBox):
    """One list with its buttons: add a day, remove the chosen day, add days from text."""

    def __init__(self, title: str, weekend: bool, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.weekend = weekend
        self.year = date.today().year
        self.model = CalendarDaysModel(self)
        self.delegate = DateDelegate(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CalendarDaysModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CalendarDaysModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("A&dd day"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.paste_button = QPushButton(self.tr("From &text…"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.paste_button.clicked.connect(self.paste)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.remove_day)
        self.paste_dialog: PasteDaysDialog | None = None

    def show_year(self, year: int, days: list[Day]) -> None:
        self.year = self.delegate.year = year
        self.model.set_rows(days)

    def days(self) -> list[Day]:
        self.table.setCurrentIndex(QModelIndex())  # a cell being edited gives its text first
        return sorted(self.model.rows())

    def add_day(self) -> None:
        if not self.add_button.isEnabled():
            return
        row = self.model.add(_next_day(self.model.rows(), self.year, self.weekend))
        index = self.model.index(row, CalendarDaysModel.DATE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def remove_day(self) -> None:
        if not self.remove_button.isEnabled():
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def paste(self) -> PasteDaysDialog | None:
        if not self.paste_button.isEnabled():
            return None
        dialog = PasteDaysDialog(self.title(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.days_read.connect(self.model.merge)
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def set_writable(self, writable: bool) -> None:
        for button in (self.add_button, self.remove_button, self.paste_button):
            button.setEnabled(writable)
        self.table.setEditTriggers(EDIT_TRIGGERS if writable else NO_EDITING)


class CalendarDialog(QDialog):
    """The year picker, where the year came from, its two lists, Save and Close.
    `saved(CalendarYearView)` after each year stored; the dialog stays open for the next.
    Keys: Ctrl+S saves."""

    saved = Signal(object)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._writable = session.actor.may(Permission.MANAGE_SETTINGS)
        self._dirty = False
        self.shown: CalendarYearView | None = None
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.resize(760, 620)
        with session.db.read() as s:
            today = office_today(s)
            self.missing = calendar_warning(s, today)

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self._show_warning()
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(self.missing[0] if self.missing else today.year)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Year:"), self)
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addWidget(self.source, 1)

        self.holidays = DaysBox(self.tr("Public holidays (days off)"), False, self)
        self.workdays = DaysBox(
            self.tr("Adjusted working days (调休: a Saturday or Sunday worked)"), True, self
        )
        lists = QHBoxLayout()
        lists.addWidget(self.holidays, 3)
        lists.addWidget(self.workdays, 2)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.undo_button = self.buttons.addButton(
            self.tr("&Undo changes"), QDialogButtonBox.ButtonRole.ResetRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(top)
        layout.addLayout(lists, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for box in (self.holidays, self.workdays):
            box.set_writable(self._writable)
            model = box.model
            model.dataChanged.connect(self._edited)
            model.rowsInserted.connect(self._edited)
            model.rowsRemoved.connect(self._edited)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(lambda: self.load(self.year.value()))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.year.valueChanged.connect(self._year_chosen)
        if not self._writable:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.load(self.year.value())

    # -- reading ----------------------------------------------------------------------------

    def load(self, year: int) -> None:
        """Show the year as stored, dropping unsaved changes."""
        session = self._session
        try:
            with session.db.read() as s:
                view = calendar_year(s, session.actor, year)
        except DeskError as error:
            self._say(error_text(error), error=True)
            for box in (self.holidays, self.workdays):
                box.show_year(year, [])
                box.set_writable(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self._dirty = False
            return
        self._show(view)
        if self._writable:
            self._say("")
        else:
            self._say(self.tr("Only the administrator can change the calendar."), error=True)

    def _show(self, view: CalendarYearView) -> None:
        self.shown = view
        for box in (self.holidays, self.workdays):
            box.set_writable(self._writable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self._writable)
        self.holidays.show_year(view.year, view.holidays)
        self.workdays.show_year(view.year, view.workdays)
        self._dirty = False
        self.undo_button.setEnabled(False)
        self.source.setText(self.source_text(view))

    def source_text(self, view: CalendarYearView) -> str:
        if view.source == OFFICE_SOURCE:
            return self.tr("{year} was entered by the office.").format(year=view.year)
        if view.source:
            return self.tr(
                "{year} comes from the chinesecalendar package (the State Council's announcement)."
            ).format(year=view.year)
        return self.tr(
            "{year} is not in the calendar yet: only Saturdays and Sundays count as days off."
        ).format(year=view.year)

    def _show_warning(self) -> None:
        self.warning.setVisible(bool(self.missing))
        self.warning.setText(
            self.tr(
                "The calendar has no holidays for {years} yet. Enter them once the State "
                "Council announces them (usually in the autumn); until then the deadlines "
                "count only Saturdays and Sundays as days off."
            ).format(years=self.tr(", ").join(str(y) for y in self.missing))
            if self.missing
            else ""
        )

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self.undo_button.setEnabled(True)

    def is_dirty(self) -> bool:
        return self._dirty

    def _year_chosen(self, year: int) -> None:
        shown = self.shown.year if self.shown is not None else year
        if self._dirty and year != shown:
            self.year.blockSignals(True)
            self.year.setValue(shown)
            self.year.blockSignals(False)
            self._say(
                self.tr("Save or undo the changes to {year} before choosing another year.").format(
                    year=shown
                ),
                error=True,
            )
            return
        self.load(year)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.error_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.error_label.setText(text)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        year = self.year.value()
        holidays, workdays = self.holidays.days(), self.workdays.days()
        session = self._session
        try:
            with session.db.unit() as s:
                view = set_calendar_year(s, session.actor, year, holidays, workdays)
        except DeskError as error:
            self._say(self.tr("Not saved: {reason}").format(reason=error_text(error)), error=True)
            return
        self._show(view)
        if year in self.missing:
            self.missing.remove(year)
            self._show_warning()
        self._say(
            self.tr(
                "{year} saved: {holidays} holidays and {workdays} adjusted working days. "
                "The deadlines of open cases follow the new calendar."
            ).format(year=year, holidays=len(view.holidays), workdays=len(view.workdays))
        )
        self.saved.emit(view)

"""The petitions office's monthly statistics: the figures of a month (received, accepted,
not accepted, replied, the on-time rate, overdue open cases, repeat and joint visits), the
cases by category, form and unit, a paragraph saying it in prose for the monthly report,
and "Save as Excel…". The figures are read, and the workbook written, off the GUI thread."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QDir, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.cases import office_today
from reception.core.petitions.statistics import MonthlyFigures, monthly_statistics
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.messages import error_text
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.petition_texts import form_text
from reception.ui.petitions.statistics_workbook import Sheet, write_workbook
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
FIGURE_STYLE = "font-size: 15pt; font-weight: bold;"
TOP_ITEMS = 3
FIGURES = (
    "received",
    "accepted",
    "not_accepted",
    "replied",
    "replied_on_time",
    "on_time_rate",
    "overdue_open",
    "repeat_visits",
    "joint_visits",
)
Count = tuple[str, int]


def percent_text(fraction: float | None) -> str:
    """ "92.5%", "100%", or "—" when there is nothing to divide."""
    if fraction is None:
        return "—"
    number = f"{fraction * 100:.1f}".rstrip("0").rstrip(".")
    return QCoreApplication.translate("StatisticsDialog", "{number}%").format(number=number)


def month_title(year: int, month: int) -> str:
    """ "2026-11" (2026年11月)."""
    return QCoreApplication.translate("StatisticsDialog", "{year}-{month:02d}").format(
        year=year, month=month
    )


class CountModel(RowsModel[Count]):
    """Cases counted by one key, most first; the subclass names the key's column.

    Columns:
        NAME   the category, form or unit ("(none given)" when empty)
        CASES  the number of cases received in the month
        SHARE  the share of the month's cases, "37.5%"

    Roles:
        DisplayRole        the texts above
        TextAlignmentRole  numbers to the right
        SORT_ROLE          numbers as numbers
    """

    NAME, CASES, SHARE = range(3)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def total(self) -> int:
        return sum(n for _name, n in self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, count = self._rows[index.row()]
        column = index.column()
        total = self.total()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SORT_ROLE:
            return name if column == self.NAME else count
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return name or QCoreApplication.translate("CountModel", "(none given)")
        if column == self.CASES:
            return str(count)
        return percent_text(count / total if total else None)


class CategoryCountModel(CountModel):
    __doc__ = CountModel.__doc__
    TITLES: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("CategoryCountModel", "Category"),
        QT_TRANSLATE_NOOP("CategoryCountModel", "Cases"),
        QT_TRANSLATE_NOOP("CategoryCountModel", "Share"),
    )


class FormCountModel(CountModel):
    __doc__ = CountModel.__doc__
    TITLES: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("FormCountModel", "How it came"),
        QT_TRANSLATE_NOOP("FormCountModel", "Cases"),
        QT_TRANSLATE_NOOP("FormCountModel", "Share"),
    )


class UnitCountModel(CountModel):
    __doc__ = CountModel.__doc__
    TITLES: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("UnitCountModel", "Unit concerned"),
        QT_TRANSLATE_NOOP("UnitCountModel", "Cases"),
        QT_TRANSLATE_NOOP("UnitCountModel", "Share"),
    )


def _then(first: str, following: str) -> str:
    """Two sentences one after the other (no space between them in Chinese)."""
    if not first:
        return following
    return QCoreApplication.translate("StatisticsDialog", "{first} {next}").format(
        first=first, next=following
    )


def _top(counts: list[Count], short: bool = False) -> str:
    """ "征地拆迁 (12), 拖欠工资 (8)": the first few with a name, most first."""
    named = [(name, n) for name, n in counts if name][:TOP_ITEMS]
    items = [
        QCoreApplication.translate("StatisticsDialog", "{name} ({count})").format(
            name=name.rsplit("/", 1)[-1] if short else name, count=n
        )
        for name, n in named
    ]
    return QCoreApplication.translate("StatisticsDialog", ", ").join(items)


def month_summary(figures: MonthlyFigures) -> str:
    """A paragraph for the monthly report, in the shown language (Chinese prose:
    "2026年11月共登记信访事项…件，受理…件…按期办结率…%。")."""

    f = figures
    month = month_title(f.year, f.month)
    if f.received or f.accepted or f.not_accepted:
        text = QCoreApplication.translate(
            "StatisticsDialog",
            "{month}: registered {received}, accepted {accepted}, not accepted {not_accepted}.",
        ).format(month=month, received=f.received, accepted=f.accepted, not_accepted=f.not_accepted)
    else:
        text = QCoreApplication.translate(
            "StatisticsDialog", "{month}: no matter registered or decided."
        ).format(month=month)
    if f.replied:
        text = _then(
            text,
            QCoreApplication.translate(
                "StatisticsDialog",
                "Replied: {replied}, {on_time} of them within the time limit (on-time "
                "rate {rate}).",
            ).format(
                replied=f.replied, on_time=f.replied_on_time, rate=percent_text(f.on_time_rate)
            ),
        )
    else:
        text = _then(
            text,
            QCoreApplication.translate(
                "StatisticsDialog", "No reply was given, so there is no on-time rate."
            ),
        )
    if f.overdue_open:
        text = _then(
            text,
            QCoreApplication.translate(
                "StatisticsDialog",
                "Open and past the deadline: {overdue}, to be hurried on.",
            ).format(overdue=f.overdue_open),
        )
    else:
        text = _then(
            text,
            QCoreApplication.translate("StatisticsDialog", "No open matter is past its deadline."),
        )
    if f.repeat_visits or f.joint_visits:
        text = _then(
            text,
            QCoreApplication.translate(
                "StatisticsDialog",
                "Repeat visits: {repeat}; joint visits: {joint}.",
            ).format(repeat=f.repeat_visits, joint=f.joint_visits),
        )
    categories = _top(f.by_category, short=True)
    if categories:
        text = _then(
            text,
            QCoreApplication.translate("StatisticsDialog", "Most often raised: {list}.").format(
                list=categories
            ),
        )
    units = _top(f.by_unit)
    if units:
        text = _then(
            text,
            QCoreApplication.translate("StatisticsDialog", "Units most concerned: {list}.").format(
                list=units
            ),
        )
    return text


class StatisticsDialog(QDialog):
    """The month picker (this month at first), the figures, the three tables and the
    paragraph. Signals: `loaded(MonthlyFigures)` once a month is shown, `saved(str)` with
    the workbook's path, `failed(str)` with the message shown."""

    loaded = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.figures: MonthlyFigures | None = None
        self._asked: tuple[int, int] | None = None
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Monthly statistics of petitions"))
        self.resize(820, 680)
        try:
            with session.db.read() as s:
                today = office_today(s)
        except DeskError:
            today = date.today()

        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month.setDisplayFormat(self.tr("yyyy-MM"))
        self.month.setDateRange(QDate(2000, 1, 1), QDate(today.year, today.month, 1))
        self.month.setCurrentSection(QDateEdit.Section.MonthSection)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month:"), self)
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        self.state_line = QLabel(self)
        top.addWidget(self.state_line, 1)

        self.figure_box = QGroupBox(self.tr("Figures"), self)
        grid = QGridLayout(self.figure_box)
        self.values: dict[str, QLabel] = {}
        for i, (key, text) in enumerate(self._figure_names().items()):
            name = QLabel(text, self.figure_box)
            value = QLabel("—", self.figure_box)
            value.setStyleSheet(FIGURE_STYLE)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, column = divmod(i, 3)
            grid.addWidget(name, row, column * 3)
            grid.addWidget(value, row, column * 3 + 1)
            self.values[key] = value
        for column in (1, 4, 7):
            grid.setColumnStretch(column, 1)
        for gap in (2, 5):
            grid.setColumnMinimumWidth(gap, 32)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_box = QGroupBox(self.tr("In words, for the monthly report"), self)
        QVBoxLayout(summary_box).addWidget(self.summary)

        self.by_category = CategoryCountModel(self)
        self.by_form = FormCountModel(self)
        self.by_unit = UnitCountModel(self)
        self.tabs = QTabWidget(self)
        for model, title in (
            (self.by_category, self.tr("By &category")),
            (self.by_form, self.tr("By &form")),
            (self.by_unit, self.tr("By &unit")),
        ):
            self.tabs.addTab(self._table(model), title)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.excel_button = self.buttons.addButton(
            self.tr("Save as &Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.excel_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figure_box)
        layout.addWidget(summary_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.excel_button.clicked.connect(self.ask_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(
            self.ask_file
        )
        self.month.dateChanged.connect(lambda d: self.load(d.year(), d.month()))
        self.load(today.year, today.month)

    def _figure_names(self) -> dict[str, str]:
        return {
            "received": self.tr("Received"),
            "accepted": self.tr("Accepted"),
            "not_accepted": self.tr("Not accepted"),
            "replied": self.tr("Replied"),
            "replied_on_time": self.tr("Replied on time"),
            "on_time_rate": self.tr("On-time rate"),
            "overdue_open": self.tr("Open and overdue"),
            "repeat_visits": self.tr("Repeat visits"),
            "joint_visits": self.tr("Joint visits"),
        }

    def _table(self, model: CountModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountModel.NAME, QHeaderView.ResizeMode.Stretch)
        return table

    # -- reading ----------------------------------------------------------------------------

    def load(self, year: int, month: int) -> None:
        """Read the month off the GUI thread; a later choice wins over an earlier one."""
        self._asked = (year, month)
        self.state_line.setText(self.tr("Counting…"))
        self.excel_button.setEnabled(False)
        db, actor = self._session.db, self._session.actor

        def work() -> MonthlyFigures:
            with db.read() as s:
                return monthly_statistics(s, actor, year, month)

        run_off_thread(
            work,
            succeeded=lambda figures: self._loaded(figures, (year, month)),
            failed=lambda error: self._not_loaded(error, (year, month)),
            parent=self,
        )

    def _loaded(self, figures: MonthlyFigures, asked: tuple[int, int]) -> None:
        if asked != self._asked:
            return
        self.figures = figures
        self.state_line.clear()
        for key, text in self.figure_values(figures).items():
            self.values[key].setText(text)
        self.summary.setText(month_summary(figures))
        self.by_category.set_rows(figures.by_category)
        self.by_form.set_rows([(form_text(form), n) for form, n in figures.by_form])
        self.by_unit.set_rows(figures.by_unit)
        self.excel_button.setEnabled(True)
        self.message.clear()
        self.loaded.emit(figures)

    def _not_loaded(self, error: DeskError, asked: tuple[int, int]) -> None:
        if asked != self._asked:
            return
        self.state_line.clear()
        self._say(error_text(error), error=True)

    def figure_values(self, figures: MonthlyFigures) -> dict[str, str]:
        values = {key: str(getattr(figures, key)) for key in FIGURES}
        values["on_time_rate"] = percent_text(figures.on_time_rate)
        return values

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        if error:
            self.failed.emit(text)

    # -- the workbook -----------------------------------------------------------------------

    def file_name(self) -> str:
        figures = self.figures
        assert figures is not None
        return self.tr("Petitions statistics {year}-{month:02d}.xlsx").format(
            year=figures.year, month=figures.month
        )

    def ask_file(self) -> QFileDialog | None:
        if self.figures is None or not self.excel_button.isEnabled():
            return None
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        dialog = QFileDialog(
            self,
            self.tr("Save the statistics as Excel"),
            str(QDir(folder).filePath(self.file_name())),
            self.tr("Excel workbook (*.xlsx)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_excel)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def sheets(self) -> list[Sheet]:
        """The workbook's sheets as the person sees the dialog: texts already translated,
        so the writing thread only writes."""
        figures = self.figures
        assert figures is not None
        names = self._figure_names()
        rate = figures.on_time_rate
        overview: list[list[object]] = [
            [self.tr("Petitions statistics for {month}").format(
                month=month_title(figures.year, figures.month))],
            [],
            [self.tr("Figure"), self.tr("Value")],
        ]  # fmt: skip
        for key in FIGURES:
            value: object = getattr(figures, key)
            if key == "on_time_rate":
                value = rate if rate is not None else "—"
            overview.append([names[key], value])
        overview += [[], [self.tr("In words")], [month_summary(figures)]]
        sheets = [Sheet(self.tr("Overview"), overview, header_row=3, percent_rows=(9,))]
        for model, title in (
            (self.by_category, self.tr("By category")),
            (self.by_form, self.tr("By form")),
            (self.by_unit, self.tr("By unit")),
        ):
            total = model.total()
            rows: list[list[object]] = [
                [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(3)]
            ]
            for row in range(model.rowCount()):
                name = model.data(model.index(row, CountModel.NAME))
                count = model.row_value(row)[1]
                rows.append([name, count, count / total if total else 0])
            rows.append([self.tr("Total"), total, 1 if total else 0])
            sheets.append(Sheet(title, rows, header_row=1, percent_column=3))
        return sheets

    def save_excel(self, path: str) -> None:
        """Write the shown month to `path` off the GUI thread."""
        if self.figures is None:
            return
        sheets = self.sheets()
        self._say(self.tr("Saving…"))

        def work() -> str:
            write_workbook(sheets, path)
            return path

        run_off_thread(work, succeeded=self._saved, failed=self._not_saved, parent=self)

    def _saved(self, path: str) -> None:
        self._say(self.tr("Saved as {path}.").format(path=path))
        self.saved.emit(path)

    def _not_saved(self, error: DeskError) -> None:
        self._say(error_text(error), error=True)

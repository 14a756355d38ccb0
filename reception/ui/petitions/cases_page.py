"""The petitions page: the deadlines view on the left (overdue and due-soon cases first,
coloured by urgency; filters by unit, officer, overdue, due within N days, closed too, and
a search by case number or a petitioner's name, pinyin or initials), the opened case on
the right (case_panel.py).

Keys: Ctrl+Shift+N new case (the 信访 menu) · Ctrl+F the search box · Enter on a row opens
it · F5 reads everything again (the main window calls `refresh`).

Other desks' changes arrive through `changes` (entity "petition_case"): the list is read
again, and the opened case only when it changed, since opening it is audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.deadlines import (
    list_cases,
    officers,
    page_key,
    units_in_use,
)
from reception.core.petitions.intake import RepeatVisit
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.views import CaseView
from reception.core.security.roles import Permission
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.db.base import utcnow
from reception.ui.list_exports import export_cases
from reception.ui.live import ChangeWatcher
from reception.ui.lodging.delegation_panel import table
from reception.ui.messages import show_error
from reception.ui.petitions.case_filters import CaseFilterBar
from reception.ui.petitions.case_model import CaseModel
from reception.ui.petitions.case_panel import CasePanel, version
from reception.ui.petitions.petition_texts import ERROR_STYLE, NOTE_STYLE, final_notice
from reception.ui.session import DeskSession

ENTITIES = frozenset(
    {"petition_case", "petitioner", "slot_booking", "setting", "work_calendar_year"}
)
PAGE_SIZE = 200
OPEN_DELAY_MS = 200  # arrowing through the list does not open (and audit) every case


class CasesPage(QWidget):
    """Signals:
    case_registered(object)   the CaseView of a matter registered through the intake form
    repeat_recorded(object)   the RepeatVisit recorded on an earlier matter
    """

    case_registered = Signal(object)
    repeat_recorded = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._writable = session.actor.may(Permission.HANDLE_PETITIONS)
        self.dialog: QDialog | None = None  # the last dialog opened here
        with session.db.read() as s:
            zone = load_settings(s).zone
            due_soon_days = load_petition_settings(s).due_soon_days
        self._today = today or (lambda: office_day(utcnow(), zone))
        self._more_after: tuple[object, ...] | None = None

        self.model = CaseModel(self)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_chosen)
        self.due_soon_days = due_soon_days  # the office's setting, as the dashboard counts
        self.filters = CaseFilterBar(due_soon_days, self)
        self.filters.filter_changed.connect(self.refresh_list)
        # the unit takes the spare width (elided); the names and marks keep a fixed room
        self.view = table(self.model, self, CaseModel.UNIT)
        header = self.view.horizontalHeader()
        for column, width in ((CaseModel.PETITIONERS, 120), (CaseModel.FLAGS, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_timer.start()
        )
        self.view.activated.connect(lambda _index: self._open_chosen())

        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.setToolTip(self.tr("Register a matter received (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(self._writable)
        self.more_button = QPushButton(self.tr("More…"), self)
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(NOTE_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.more_button)
        self.left = QWidget(self)
        left_layout = QVBoxLayout(self.left)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(bottom)
        self.export = export_cases(self, session, bottom)  # Ctrl+E: every case of the filter

        self.panel = CasePanel(session, self, today=self._today)
        self.panel.case_changed.connect(self._case_changed)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 580])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.filters.search.setFocus())
        self.addAction(find)
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self._read_choices()
        self.refresh_list()

    def today(self) -> date:
        return self._today()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: the choices, the list and the opened case read again."""
        self._read_choices()
        self.refresh_list()
        self.panel.reload()

    def _read_choices(self) -> None:
        actor = self._session.actor
        try:
            with self._session.db.read() as s:
                units, people = units_in_use(s, actor), officers(s, actor)
        except DeskError:
            return
        self.filters.set_units(units)
        self.filters.set_officers(people)

    def refresh_list(self) -> None:
        """Read the list again, keeping the chosen case chosen."""
        self.filters.timer.stop()
        chosen = self.panel.case.id if self.panel.case is not None else None
        try:
            with self._session.db.read() as s:
                cases = list_cases(
                    s,
                    self._session.actor,
                    self.filters.current(),
                    today=self.today(),
                    limit=PAGE_SIZE,
                )
        except DeskError as error:
            show_error(self, error)
            return
        self.model.set_cases(cases, self.today())
        self._paged(cases)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.selectRow(row)
            self.view.selectionModel().blockSignals(False)

    def show_deadlines(self, *, overdue: bool = False, due_within: int | None = None) -> None:
        """The list of the dashboard's figure: overdue cases, or those due within N days."""
        self.filters.show_deadlines(overdue=overdue, due_within=due_within)
        self.refresh_list()

    def show_day(self, kind: str, day: date) -> None:
        """The list of the overview's day figures: cases received on `day` (RECEIVED) or
        with a joint visit on it (JOINT)."""
        self.filters.show_day(kind, day)
        self.refresh_list()

    def load_more(self) -> None:
        if self._more_after is None:
            return
        try:
            with self._session.db.read() as s:
                cases = list_cases(
                    s,
                    self._session.actor,
                    self.filters.current(),
                    today=self.today(),
                    limit=PAGE_SIZE,
                    after=self._more_after,
                )
        except DeskError as error:
            show_error(self, error)
            return
        self.model.add_cases(cases)
        self._paged(cases)

    def _paged(self, cases: list[CaseView]) -> None:
        full = len(cases) >= PAGE_SIZE
        self._more_after = page_key(cases[-1]) if full else None
        self.more_button.setVisible(full)
        count = self.model.rowCount()
        text = self.tr("{count} cases").format(count=count)
        self.count_label.setText(text + ("+" if full else ""))

    def _changes_arrived(self, entities: set[str]) -> None:
        if not entities & ENTITIES:
            return
        if "setting" in entities or "petition_case" in entities:
            self._read_choices()
        self.refresh_list()
        shown = self.panel.case
        if shown is None:
            return
        row = self.model.row_of(shown.id)
        listed = self.model.case(row)
        if listed is not None and version(listed) != self.panel.shown_version():
            self.panel.reload()

    # -- choosing -----------------------------------------------------------------------

    def chosen_case(self) -> CaseView | None:
        return self.model.case(self.view.currentIndex().row())

    def _open_chosen(self) -> None:
        self._open_timer.stop()
        case = self.chosen_case()
        if case is None:
            return
        if self.panel.case is None or self.panel.case.id != case.id:
            self.panel.show_case(case.id)

    def select_case(self, case_id: int) -> bool:
        """Choose and open a case of the list; False when it is not listed."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self._open_chosen()
        return True

    def _case_changed(self, case: CaseView | None) -> None:
        if case is not None:
            self.model.replace_case(case)
        self.refresh_list()

    # -- intake -------------------------------------------------------------------------

    def new_case(self) -> None:
        """Ctrl+Shift+N: the intake form with repeat screening."""
        if not self._writable:
            return
        from reception.ui.petitions.intake_dialog import IntakeDialog

        try:
            dialog = IntakeDialog(self._session, self, today=self.today())
        except DeskError as error:
            show_error(self, error)
            return
        dialog.case_registered.connect(self._registered)
        dialog.repeat_recorded.connect(self._repeat_recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _show_saved(self, case: CaseView) -> None:
        self._read_choices()
        self.refresh_list()
        if not self.select_case(case.id):
            self.filters.show_all()
            self.refresh_list()
            self.select_case(case.id)

    def _registered(self, case: CaseView) -> None:
        self._show_saved(case)
        self.say(
            self.tr("{case} was registered. Decide on its acceptance by {day}.").format(
                case=case.case_no,
                day=case.next_due_on.isoformat() if case.next_due_on else "—",
            )
        )
        self.case_registered.emit(case)

    def _repeat_recorded(self, visit: RepeatVisit) -> None:
        self._show_saved(visit.case)
        text = self.tr("A repeat visit of {case} was recorded.").format(case=visit.case.case_no)
        if visit.final:
            notice = final_notice()
            self.say(f"{text} {notice}", error=True)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Final matter"),
                self.tr("{case}: {notice}").format(case=visit.case.case_no, notice=notice),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = box
            box.open()
        else:
            self.say(text)
        self.repeat_recorded.emit(visit)

    def say(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def status_text(self) -> str:
        return self.status_label.text() if not self.status_label.isHidden() else ""

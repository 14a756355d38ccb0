"""The petitions office (信访) in the desk: the cases and deadlines page, the leader
reception days, the 信访 menu (new case, monthly statistics), the administrator's
working-day calendar and petitions settings, and the warning when the calendar lacks a
year. `install_petitions(window)` adds what the operator's role may use; pages are built
when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from reception.core.errors import DeskError
from reception.core.security.roles import Permission
from reception.ui.messages import show_error
from reception.ui.petitions.petition_texts import WARNING_STYLE

if TYPE_CHECKING:
    from reception.ui.main_window import MainWindow
    from reception.ui.petitions.cases_page import CasesPage

CALENDAR_ENTITIES = frozenset({"work_calendar_year"})
NEW_CASE_KEYS = "Ctrl+Shift+N"


PETITION_FIGURES = frozenset(
    {"cases_new_today", "cases_due_soon", "cases_overdue", "joint_visits_today", "next_leader_day"}
)


class PetitionsArea:
    """What the petitions office adds to one main window; lives as long as the window.
    `dialog` is the last dialog it opened."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        actor = window.session.actor
        self.reads = actor.may(Permission.HANDLE_PETITIONS) or actor.may(Permission.READ_EVERYTHING)
        self.handles = actor.may(Permission.HANDLE_PETITIONS)
        self.manages = actor.may(Permission.MANAGE_SETTINGS)
        self.dialog: QDialog | None = None
        self.menu: QMenu | None = None
        self.new_case_action: QAction | None = None
        self.calendar_label: QLabel | None = None
        before = next((k for k in ("operators", "audit") if k in window.area_keys()), None)
        if self.reads:
            window.add_area(
                "petitions",
                QCoreApplication.translate("PetitionsArea", "Petitions"),
                self._cases,
                before=before,
            )
            window.add_area(
                "leader_days",
                QCoreApplication.translate("PetitionsArea", "Leader reception days"),
                self._leader_days,
                before=before,
            )
            self._add_menu()
        if self.manages:
            calendar = QAction(
                QCoreApplication.translate("PetitionsArea", "Working-day &calendar…"), window
            )
            calendar.triggered.connect(self.open_calendar)
            settings = QAction(
                QCoreApplication.translate("PetitionsArea", "&Petitions settings…"), window
            )
            settings.triggered.connect(self.open_settings)
            window.ui.menuSettings.addAction(calendar)
            window.ui.menuSettings.addAction(settings)
        if self.reads or self.manages:
            self.check_calendar()
            window.changes.changed.connect(self._changes_arrived)

    # -- pages --------------------------------------------------------------------------

    def open_figure(self, key: str) -> bool:
        """The list behind a dashboard figure of the petitions office."""
        if not self.reads or key not in PETITION_FIGURES:
            return False
        if key == "next_leader_day":
            return self.window.show_area("leader_days")
        from reception.ui.petitions.cases_page import CasesPage

        page = self.window.area("petitions")
        if not isinstance(page, CasesPage):
            return False
        self.window.show_area("petitions")
        if key in ("cases_new_today", "joint_visits_today"):
            from reception.ui.petitions.case_filters import JOINT, RECEIVED

            page.show_day(RECEIVED if key == "cases_new_today" else JOINT, page.today())
        elif key == "cases_overdue":
            page.show_deadlines(overdue=True)
        elif key == "cases_due_soon":
            page.show_deadlines(due_within=page.due_soon_days)
        return True

    def _cases(self) -> QWidget:
        from reception.ui.petitions.cases_page import CasesPage

        return CasesPage(self.window.session, self.window.changes)

    def _leader_days(self) -> QWidget:
        from reception.ui.petitions.leader_days_page import LeaderDaysPage

        return LeaderDaysPage(self.window.session, self.window.changes)

    def cases_page(self) -> CasesPage | None:
        from reception.ui.petitions.cases_page import CasesPage

        page = self.window.area("petitions")
        return page if isinstance(page, CasesPage) else None

    # -- the menu -----------------------------------------------------------------------

    def _add_menu(self) -> None:
        window = self.window
        menu = QMenu(QCoreApplication.translate("PetitionsArea", "Pe&titions"), window)
        window.menuBar().insertMenu(window.ui.menuSettings.menuAction(), menu)
        if self.handles:
            new_case = QAction(QCoreApplication.translate("PetitionsArea", "&New case…"), window)
            new_case.setShortcut(QKeySequence(NEW_CASE_KEYS))
            new_case.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            new_case.triggered.connect(self.new_case)
            menu.addAction(new_case)
            window.addAction(new_case)  # the keys work while the menu bar is closed
            self.new_case_action = new_case
        statistics = QAction(
            QCoreApplication.translate("PetitionsArea", "Monthly &statistics…"), window
        )
        statistics.triggered.connect(self.open_statistics)
        menu.addAction(statistics)
        self.menu = menu

    def new_case(self) -> None:
        """Ctrl+Shift+N anywhere in the desk: the petitions page, and its intake form."""
        if not self.handles or self.window.is_locked():
            return
        self.window.show_area("petitions")
        page = self.cases_page()
        if page is not None:
            page.new_case()
            self.dialog = page.dialog

    def _open(self, make: type, *, modal: bool = True) -> QDialog | None:
        try:
            dialog: QDialog = make(self.window.session, self.window)
        except DeskError as error:
            show_error(self.window, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def open_statistics(self) -> None:
        from reception.ui.petitions.statistics_dialog import StatisticsDialog

        self._open(StatisticsDialog, modal=False)

    def open_calendar(self) -> None:
        from reception.ui.petitions.calendar_dialog import CalendarDialog

        dialog = self._open(CalendarDialog)
        if dialog is not None:
            dialog.finished.connect(lambda _result: self.check_calendar())

    def open_settings(self) -> None:
        from reception.ui.petitions.petition_settings_dialog import PetitionSettingsDialog

        self._open(PetitionSettingsDialog)

    # -- the calendar's warning ---------------------------------------------------------

    def missing_years(self) -> list[int]:
        from reception.core.petitions.calendar_edit import calendar_warning

        try:
            with self.window.session.db.read() as s:
                return calendar_warning(s)
        except DeskError:
            return []

    def check_calendar(self) -> None:
        """Warn, in the status bar, while a year the clocks need is missing; the
        administrator's warning opens the calendar."""
        missing = self.missing_years()
        if not missing:
            if self.calendar_label is not None:
                self.calendar_label.hide()
            return
        years = "、".join(str(year) for year in missing)
        text = QCoreApplication.translate(
            "PetitionsArea",
            "The working-day calendar lacks {years}: its holidays are not counted in the "
            "deadlines.",
        ).format(years=years)
        label = self.calendar_label
        if label is None:
            label = QLabel(self.window.statusBar())
            label.setStyleSheet(WARNING_STYLE)
            label.setToolTip(
                QCoreApplication.translate(
                    "PetitionsArea",
                    "The State Council announces the coming year's holidays and adjusted "
                    "working days each autumn; the administrator enters them under Settings.",
                )
            )
            label.linkActivated.connect(lambda _link: self.open_calendar())
            self.window.statusBar().insertPermanentWidget(0, label)
            self.calendar_label = label
        if self.manages:
            link = QCoreApplication.translate("PetitionsArea", "Enter it…")
            label.setText(f'{text} <a href="calendar">{link}</a>')
        else:
            label.setText(text)
        label.show()

    def calendar_warning_text(self) -> str:
        label = self.calendar_label
        return label.text() if label is not None and not label.isHidden() else ""

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & CALENDAR_ENTITIES:
            self.check_calendar()


def install_petitions(window: MainWindow) -> PetitionsArea:
    return PetitionsArea(window)

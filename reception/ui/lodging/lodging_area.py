"""The guesthouse in the desk: the room chart, delegations and rooms pages, the proposal of
rooms, the day's lists and the reception standards. `install_lodging(window)` adds what the
operator's role may use; pages are built when first shown."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reception.core.errors import DeskError
from reception.core.security.roles import Permission
from reception.ui.messages import show_error

if TYPE_CHECKING:
    from reception.ui.main_window import MainWindow
    from reception.ui.protocol.seating_page import SeatingPage


class LodgingArea:
    """What lodging adds to one main window; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        actor = window.session.actor
        manages = actor.may(Permission.MANAGE_LODGING)
        before = next((k for k in ("operators", "audit") if k in window.area_keys()), None)
        if manages or actor.may(Permission.READ_EVERYTHING):
            window.add_area(
                "room_chart",
                QCoreApplication.translate("LodgingArea", "Room chart"),
                self._chart,
                before=before,
            )
            window.add_area(
                "delegations",
                QCoreApplication.translate("LodgingArea", "Delegations"),
                self._delegations,
                before=before,
            )
            window.add_area(
                "rooms",
                QCoreApplication.translate("LodgingArea", "Rooms"),
                self._rooms,
                before=before,
            )
            self._add_menu()
        if actor.may(Permission.MANAGE_SETTINGS):
            standards = QAction(
                QCoreApplication.translate("LodgingArea", "&Reception standards…"), window
            )
            standards.triggered.connect(self.open_standards)
            window.ui.menuSettings.addAction(standards)

    def _chart(self) -> QWidget:
        from reception.ui.lodging.chart_page import RoomChartPage

        return RoomChartPage(self.window.session, self.window.changes)

    def _delegations(self) -> QWidget:
        from reception.ui.lodging.delegations_page import DelegationsPage

        page = DelegationsPage(self.window.session, self.window.changes)
        page.auto_assign_requested.connect(self.assign_rooms)
        page.seating_chart_requested.connect(self.open_seating_chart)
        page.new_seating_requested.connect(self.new_seating_chart)
        return page

    def open_figure(self, key: str) -> bool:
        """The list behind a dashboard figure of the guesthouse: the room chart at today
        for rooms, arrivals and departures; the delegations for the rest."""
        if key in ("rooms_occupied", "arrivals_today", "departures_today"):
            from reception.ui.lodging.chart_page import RoomChartPage

            page = self.window.area("room_chart")
            if not isinstance(page, RoomChartPage):
                return False
            self.window.show_area("room_chart")
            page.go_today()
            return True
        if key == "delegations_in_house":
            from reception.ui.lodging.delegations_page import DelegationsPage

            delegations = self.window.area("delegations")
            if not isinstance(delegations, DelegationsPage):
                return False
            self.window.show_area("delegations")
            delegations.left.show_day(delegations.today())
            delegations.refresh()
            return True
        if key == "checklist_overdue":  # their overdue tasks are red in the list
            return self.window.show_area("delegations")
        return False

    def _seating_page(self) -> SeatingPage | None:
        """The seating page, shown; None when this operator has none."""
        from reception.ui.protocol.seating_page import SeatingPage

        page = self.window.area("seating")
        if not isinstance(page, SeatingPage):
            return None
        self.window.show_area("seating")
        return page

    def open_seating_chart(self, event_id: int) -> None:
        page = self._seating_page()
        if page is not None:
            page.refresh()
            page.select_event(event_id)

    def new_seating_chart(self, delegation_id: int) -> None:
        page = self._seating_page()
        if page is not None:
            page.new_event(delegation_id)

    def _rooms(self) -> QWidget:
        from reception.ui.lodging.rooms_page import RoomsPage

        return RoomsPage(self.window.session, self.window.changes)

    def _add_menu(self) -> None:
        window = self.window
        menu = QMenu(QCoreApplication.translate("LodgingArea", "&Lodging"), window)
        window.menuBar().insertMenu(window.ui.menuSettings.menuAction(), menu)
        lists = QAction(
            QCoreApplication.translate("LodgingArea", "Today's &arrivals and departures…"), window
        )
        lists.triggered.connect(self.print_day_lists)
        menu.addAction(lists)
        self.menu = menu

    def assign_rooms(self, delegation_id: int) -> None:
        from reception.ui.lodging.assign_dialog import AssignDialog

        try:
            dialog = AssignDialog(self.window.session, delegation_id, self.window)
        except DeskError as error:
            show_error(self.window, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "LodgingArea", "{count} guests were given rooms."
                ).format(count=dialog.booked),
                8000,
            )
        )
        dialog.open()

    def print_day_lists(self) -> None:
        from reception.ui.lodging.lodging_prints import print_day_lists

        job = print_day_lists(self.window, self.window.session, _office_today(self.window))
        if job is None:
            return
        status = self.window.statusBar()
        job.saved.connect(
            lambda path: status.showMessage(
                QCoreApplication.translate("LodgingArea", "Saved {path}.").format(path=path), 8000
            )
        )
        job.printed.connect(
            lambda pages: status.showMessage(
                QCoreApplication.translate("LodgingArea", "{pages} pages were printed.").format(
                    pages=pages
                ),
                8000,
            )
        )

    def open_standards(self) -> None:
        from reception.ui.lodging.standards_dialog import StandardsDialog

        session = self.window.session
        try:
            dialog = StandardsDialog(session.db, session.actor, self.window)
        except DeskError as error:
            show_error(self.window, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _office_today(window: MainWindow) -> date:
    from reception.core.visitors.clock import office_day
    from reception.db.base import utcnow

    return office_day(utcnow(), window.office.zone)


def install_lodging(window: MainWindow) -> LodgingArea:
    return LodgingArea(window)

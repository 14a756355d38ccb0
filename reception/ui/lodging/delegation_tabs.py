"""The panels of the chosen delegation, as the delegations page lays them out: the guest
list on top, where it has room for a whole delegation, and below it one tab each for the
checklist, the programme, meals and cars, and the seating charts. The checklist's tab says
how many tasks are open and turns red while one is overdue, so nothing hides behind a tab.
Ctrl+PgDown / Ctrl+PgUp go from tab to tab, as everywhere in Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from reception.ui.lodging.checklist_panel import ChecklistPanel
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.lodging.guests_panel import GuestsPanel
from reception.ui.lodging.plan_panel import PlanPanel
from reception.ui.lodging.programme_panel import ProgrammePanel
from reception.ui.lodging.seating_links_panel import SeatingLinksPanel

OVERDUE_COLOR = QColor("#b00020")


class DelegationTabs(QSplitter):
    """`panels` are every panel with a list (guests, checklist, programme, meals, cars,
    seating charts), in the order F2 and Delete look for the focus."""

    def __init__(self, host: DelegationsHost, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.guests = GuestsPanel(host, self)
        self.tabs = QTabWidget(self)
        self.checklist = ChecklistPanel(host, self.tabs)
        self.programme = ProgrammePanel(host, self.tabs)
        self.plan = PlanPanel(host, self.tabs)  # meals and cars of the reception plan
        self.seating = SeatingLinksPanel(host, self.tabs)
        for panel in (
            self.checklist,
            self.programme,
            self.plan.meals,
            self.plan.vehicles,
            self.seating,
        ):
            panel.setTitle("")  # the tab names it
            panel.setFlat(True)
        self.tabs.addTab(self.checklist, "")
        self.tabs.addTab(self.programme, QCoreApplication.translate("DelegationsPage", "Programme"))
        for panel, title in (
            (self.plan.meals, QCoreApplication.translate("PlanPanel", "Meals")),
            (self.plan.vehicles, QCoreApplication.translate("PlanPanel", "Cars")),
        ):
            self.tabs.setTabVisible(self.tabs.addTab(panel, title), self.plan.readable)
        self.tabs.addTab(
            self.seating, QCoreApplication.translate("DelegationsPage", "Seating charts")
        )
        self.addWidget(self.guests)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([3000, 2000])  # scaled to the height: the guest list gets the most
        self.setChildrenCollapsible(False)
        self.panels: tuple[DelegationPanel, ...] = (
            self.guests, self.checklist, self.programme, *self.plan.panels, self.seating
        )  # fmt: skip
        self.label_checklist()

    def label_checklist(self) -> None:
        """ "Checklist (2 open)", red while a task is overdue."""
        model = self.checklist.model
        items = [model.item(row) for row in range(model.rowCount())]
        open_tasks = sum(1 for item in items if item is not None and not item.done)
        overdue = sum(1 for row in range(model.rowCount()) if model.is_overdue(row))
        if open_tasks:
            text = QCoreApplication.translate("DelegationsPage", "Checklist ({open} open)").format(
                open=open_tasks
            )
        else:
            text = QCoreApplication.translate("DelegationsPage", "Checklist")
        index = self.tabs.indexOf(self.checklist)
        self.tabs.setTabText(index, text)
        bar = self.tabs.tabBar()
        bar.setTabTextColor(index, OVERDUE_COLOR if overdue else QColor())
        bar.setTabToolTip(
            index,
            QCoreApplication.translate("DelegationsPage", "Overdue tasks: {count}").format(
                count=overdue
            )
            if overdue
            else "",
        )

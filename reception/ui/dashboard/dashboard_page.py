"""The first page every operator opens (总览): the welcome line, then the figures of each
area the role may read (the director sees all): the queue with each series' waits, the
guesthouse tonight, the petitions' clocks; and the charts under them.

Every figure is a tile: Tab moves between them, a click, Enter or Space opens the list
behind it (the page emits `figure_opened(key)`; the main window hands it to the area).
The figures are read again, off the GUI thread, whenever any desk changes anything (the
change watcher polls every half second) and once a minute for the clock's own sake, so
a change anywhere shows here within a second."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.dashboard.access import Area, sees
from reception.core.dashboard.views import (
    Dashboard,
    LodgingFigures,
    PetitionFigures,
    QueueFigures,
)
from reception.core.errors import DeskError
from reception.core.security.roles import Actor
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.dashboard.dashboard_charts import DashboardCharts, Trends
from reception.ui.dashboard.figure_tile import FigureTile
from reception.ui.dashboard.series_model import SeriesModel
from reception.ui.home_page import HomePage
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text
from reception.ui.session import DeskSession
from reception.ui.worker import Job, run_off_thread

log = logging.getLogger(__name__)
SETTLE_MS = 150  # several changes in a burst are read once
CLOCK_MS = 60_000  # waits grow and days end without anyone changing anything
TILES_PER_ROW = 5
ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class Picture:
    """The figures and the charts' values of one moment, read in one unit of work."""

    dashboard: Dashboard
    trends: Trends


def read_picture(db: Database, actor: Actor, now: datetime) -> Picture:
    """Off the GUI thread: every figure and chart the actor's role may read. The figures'
    modules are imported here, on the worker, so that signing in does not wait for them."""
    from reception.core.dashboard.figures import read_dashboard
    from reception.core.dashboard.trends import (
        arrivals_by_hour,
        cases_by_category,
        occupancy_ahead,
        waits_by_hour,
    )

    with db.read() as s:
        dashboard = read_dashboard(s, actor, now)
        day = dashboard.day
        queue, lodging = sees(actor, Area.QUEUE), sees(actor, Area.LODGING)
        petitions = sees(actor, Area.PETITIONS)
        trends = Trends(
            arrivals=arrivals_by_hour(s, actor, day) if queue else None,
            waits=waits_by_hour(s, actor, day) if queue else None,
            occupancy=occupancy_ahead(s, actor, day) if lodging else None,
            categories=cases_by_category(s, actor, day.replace(day=1)) if petitions else None,
        )
    return Picture(dashboard, trends)


class Section(QGroupBox):
    """A titled row (or rows) of tiles."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        for column in range(TILES_PER_ROW):
            self.grid.setColumnStretch(column, 1)  # the same width in every section
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.grid)
        self.tiles: list[FigureTile] = []

    def tile(self, key: str, caption: str) -> FigureTile:
        tile = FigureTile(key, caption, self)
        position = len(self.tiles)
        self.grid.addWidget(tile, position // TILES_PER_ROW, position % TILES_PER_ROW)
        self.tiles.append(tile)
        return tile


class DashboardPage(QScrollArea):
    """Signals:
    figure_opened(str)   the key of the figure whose list the operator asked for:
                         visitors_today, onsite_now, waiting, rooms_occupied,
                         arrivals_today, departures_today, delegations_in_house,
                         checklist_overdue, cases_new_today, cases_due_soon,
                         cases_overdue, joint_visits_today, next_leader_day
    picture_shown()      the figures were read and shown (tests wait for it)
    """

    figure_opened = Signal(str)
    picture_shown = Signal()

    def __init__(
        self,
        session: DeskSession,
        home: HomePage,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self.picture: Picture | None = None
        self._job: Job | None = None
        self._again = False
        actor = session.actor
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 16)
        self.home = home
        home.compact()
        layout.addWidget(home)
        self.error_label = QLabel(body)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.tiles: dict[str, FigureTile] = {}
        self.queue = self._queue_section(body) if sees(actor, Area.QUEUE) else None
        self.lodging = self._lodging_section(body) if sees(actor, Area.LODGING) else None
        self.petitions = self._petitions_section(body) if sees(actor, Area.PETITIONS) else None
        for section in (self.queue, self.lodging, self.petitions):
            if section is not None:
                layout.addWidget(section)
                for tile in section.tiles:
                    self.tiles[tile.key] = tile
                    tile.opened.connect(self.figure_opened)
        self.charts = DashboardCharts(body)
        self.charts.setVisible(
            any(s is not None for s in (self.queue, self.lodging, self.petitions))
        )
        layout.addWidget(self.charts)
        layout.addStretch(1)
        self.setWidget(body)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_MS)
        self._tick.timeout.connect(self.refresh)
        if self.tiles:
            self._tick.start()
            if changes is not None:
                changes.changed.connect(lambda _entities: self._settle.start())

    # -- building -------------------------------------------------------------------

    def _queue_section(self, parent: QWidget) -> Section:
        section = Section(self.tr("Visitors"), parent)
        section.tile("visitors_today", self.tr("Visitors today"))
        section.tile("onsite_now", self.tr("On site now"))
        section.tile("waiting", self.tr("Waiting now"))
        self.series_model = SeriesModel(self)
        self.series_view = QTableView(section)
        self.series_view.setModel(self.series_model)
        self.series_view.verticalHeader().hide()
        self.series_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.series_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.series_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a series opens the queue, as the "waiting" figure does (a click, or Enter)
        self.series_view.clicked.connect(lambda _index: self.figure_opened.emit("waiting"))
        self.series_view.activated.connect(lambda _index: self.figure_opened.emit("waiting"))
        header = self.series_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SeriesModel.SERIES, QHeaderView.ResizeMode.Stretch)
        self.series_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.series_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        section.layout_.addWidget(self.series_view)
        return section

    def _lodging_section(self, parent: QWidget) -> Section:
        section = Section(self.tr("Guesthouse"), parent)
        section.tile("rooms_occupied", self.tr("Rooms taken tonight"))
        section.tile("arrivals_today", self.tr("Arriving today"))
        section.tile("departures_today", self.tr("Leaving today"))
        section.tile("delegations_in_house", self.tr("Delegations in house"))
        section.tile("checklist_overdue", self.tr("Overdue preparations"))
        return section

    def _petitions_section(self, parent: QWidget) -> Section:
        section = Section(self.tr("Petitions"), parent)
        section.tile("cases_new_today", self.tr("New cases today"))
        section.tile("cases_due_soon", self.tr("Due soon"))
        section.tile("cases_overdue", self.tr("Overdue"))
        section.tile("joint_visits_today", self.tr("Joint visits today"))
        section.tile("next_leader_day", self.tr("Next leader reception day"))
        return section

    # -- reading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.picture is None and self._job is None:
            self.refresh()

    def refresh(self) -> None:
        """Read every figure again off the GUI thread (F5, other desks, the clock)."""
        self.home.refresh()
        if not self.tiles:
            self.picture_shown.emit()
            return
        if self._job is not None and not self._job.done:
            self._again = True  # one more read once this one is in
            return
        db, actor, now = self._session.db, self._session.actor, self._clock()
        self._job = run_off_thread(
            lambda: read_picture(db, actor, now),
            succeeded=self.show_picture,
            failed=self._failed,
            parent=self,
        )
        self._job.finished.connect(self._read_done)

    def _read_done(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: DeskError) -> None:
        self.error_label.setText(
            self.tr("The figures could not be read: {error}").format(error=error_text(error))
        )
        self.error_label.show()

    def show_picture(self, picture: Picture) -> None:
        previous, self.picture = self.picture, picture
        self.error_label.hide()
        board = picture.dashboard
        if board.queue is not None:
            self._show_queue(board.queue)
        if board.lodging is not None:
            self._show_lodging(board.lodging)
        if board.petitions is not None:
            self._show_petitions(board.petitions, board.day)
        if previous is None or previous.trends != picture.trends:
            self.charts.show_trends(picture.trends)  # charts are rebuilt only when they moved
        self.picture_shown.emit()

    def _set(self, key: str, value: int | str, note: str = "", alert: bool = False) -> None:
        self.tiles[key].set_value(str(value), note, alert=alert)

    def _show_queue(self, queue: QueueFigures) -> None:
        expected = (
            self.tr("{count} appointments still expected").format(count=queue.expected_today)
            if queue.expected_today
            else ""
        )
        self._set("visitors_today", queue.visitors_today, expected)
        self._set(
            "onsite_now",
            queue.onsite_now,
            self.tr("{people} people in all").format(people=queue.onsite_people)
            if queue.onsite_people != queue.onsite_now
            else "",
        )
        longest = max((s.longest_wait_minutes or 0 for s in queue.series), default=0)
        self._set(
            "waiting",
            queue.waiting,
            self.tr("Longest wait {minutes} min").format(minutes=longest) if queue.waiting else "",
        )
        self.series_model.set_rows(queue.series)
        view = self.series_view  # every series shown, no scrolling inside the page
        rows = sum(view.rowHeight(row) for row in range(self.series_model.rowCount()))
        view.setFixedHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth())

    def _show_lodging(self, lodging: LodgingFigures) -> None:
        repairs = (
            self.tr("{rooms} under repair").format(rooms=lodging.rooms_out_of_order)
            if lodging.rooms_out_of_order
            else ""
        )
        self._set("rooms_occupied", f"{lodging.rooms_occupied}/{lodging.rooms_total}", repairs)
        self._set("arrivals_today", lodging.arrivals_today)
        self._set("departures_today", lodging.departures_today)
        self._set("delegations_in_house", lodging.delegations_in_house)
        self._set(
            "checklist_overdue", lodging.checklist_overdue, alert=lodging.checklist_overdue > 0
        )

    def _show_petitions(self, petitions: PetitionFigures, today: date) -> None:
        self._set("cases_new_today", petitions.new_today)
        self._set(
            "cases_due_soon",
            petitions.due_soon,
            self.tr("Within {days} days").format(days=petitions.due_soon_days),
        )
        self._set("cases_overdue", petitions.overdue, alert=petitions.overdue > 0)
        self._set(
            "joint_visits_today",
            petitions.joint_visits_today,
            alert=petitions.joint_visits_today > 0,
        )
        day = petitions.next_leader_day
        if day is None:
            self._set("next_leader_day", "–", self.tr("None planned"))
            return
        when = (
            self.tr("Today")
            if day == today
            else self.tr("{month}/{day}").format(month=day.month, day=day.day)
        )
        self._set(
            "next_leader_day",
            f"{petitions.next_leader_day_bookings}/{petitions.next_leader_day_slots}",
            self.tr("{when}: bookings of the slots").format(when=when),
        )

    def tile_texts(self) -> dict[str, str]:
        """Each tile as a person reads it (tests, screen readers)."""
        return {key: tile.text_as_read() for key, tile in self.tiles.items()}

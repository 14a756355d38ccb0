"""The display board's window: the office and a clock, the current call at each counter in
type large enough to read across the hall, the last calls, and the waiting per service.

It renders ticket labels, counter numbers and service names only, so a visitor's name can
never reach the hall's screen (DOMAIN.md 2). Every size follows the window: one layout
serves a 1280x720 test window and a television on the wall.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from reception.core.errors import DeskError
from reception.core.visitors.views import CounterCall, QueueStatus, SeriesStatus

log = logging.getLogger(__name__)

FAMILY = "Noto Sans CJK SC"
DESIGN_WIDTH, DESIGN_HEIGHT = 1280, 720  # pixel sizes below are for this size, then scaled
REFRESH_MS = 30_000  # waits grow even when nothing is written
CLOCK_MS = 1_000
FLASH_INTERVAL_MS = 450
FLASH_MS = 6_000
RECENT_ROWS = 8
MIN_CALL_ROWS = 3  # a lone call is large, yet not so large that it looks broken
TWO_COLUMNS_AFTER = 4  # counters calling at once before the calls take two columns
# registrations and check-ins change the waiting counts; counters change the calls
REFRESH_ON = frozenset({"ticket", "visit", "check_in", "setting"})
FETCH_ERRORS = (SQLAlchemyError, DeskError, OSError)

INK = "#07111f"
STYLE = f"""
#board {{ background: {INK}; }}
QLabel {{ color: #f2f5f8; background: transparent; }}
#header {{ background: #0c2340; border-bottom: 4px solid #d4a017; }}
#date, #notice, #panelTitle, #note, #estimate {{ color: #9fb7d4; }}
#panel {{ background: #0c192b; border: 1px solid #1c3354; border-radius: 12px; }}
#callRow {{ background: #13263f; border-radius: 10px; }}
#recentRow {{ border-bottom: 1px solid #1c3354; }}
#ticket {{ color: #ffd54a; }}
#arrow, #time, #idle {{ color: #6d8bb0; }}
#tile {{ background: #10223a; border: 1px solid #1c3354; border-radius: 10px; }}
#badge {{ background: #1f5fbf; color: #ffffff; border-radius: 8px; }}
#waiting {{ color: #7fe0a6; }}
"""
# The newest call: dark ink on amber, the colours of a hall display's "now" line.
HIGHLIGHT = f"#callRow {{ background: #ffc629; }} QLabel, #ticket, #arrow {{ color: {INK}; }}"


def board_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([FAMILY])  # named explicitly: a fallback may draw Japanese shapes
    font.setPixelSize(max(1, int(pixels)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
    font.setFeature(QFont.Tag("tnum"), 1)  # digits of one width keep the columns straight
    return font


def _advance(text: str, bold: bool) -> int:
    """The width of `text` at 100 pixels: a layout stretch in proportion to the text."""
    return max(1, int(QFontMetricsF(board_font(100, bold)).horizontalAdvance(text)))


class FitLabel(QLabel):
    """A one-line label whose type is `ratio` of its own height, smaller when the text would
    not fit its width. Its size comes from the layout's proportions, never from its text, so
    the type follows the window and a long name cannot push its neighbours."""

    def __init__(
        self, name: str, parent: QWidget, align: Qt.AlignmentFlag, ratio: float, bold: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.ratio = ratio
        self.bold = bold

    def setText(self, text: str) -> None:
        if text != self.text():  # the clock and the 30 s refresh mostly repeat themselves
            super().setText(text)
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        area = self.contentsRect()
        font = board_font(area.height() * self.ratio, self.bold)
        advance = QFontMetricsF(font).horizontalAdvance(self.text())
        if advance > area.width() > 0:
            font = board_font(font.pixelSize() * area.width() / advance * 0.97, self.bold)
        if font != self.font():
            self.setFont(font)


def says_its_number(name: str, number: int) -> bool:
    """'2号窗口' or 'Counter 2' adds nothing next to the number; '综合窗口' does."""
    return re.search(rf"(?<!\d){number}(?!\d)", name) is not None


LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter


class CallRow(QFrame):
    """One counter's current call: 'A023 → 2号窗口', with the counter's own name below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("callRow")
        self.ticket = FitLabel("ticket", self, RIGHT, 0.8, bold=True)
        self.arrow = FitLabel("arrow", self, CENTER, 0.5)
        self.arrow.setText("→")
        self.counter = FitLabel("counter", self, LEFT, 0.62, bold=True)
        self.note = FitLabel("note", self, LEFT, 0.8)
        where = QVBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.setSpacing(0)
        where.addWidget(self.counter, 3)
        where.addWidget(self.note, 1)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.ticket, 40)
        self.row.addWidget(self.arrow, 12)
        self.row.addLayout(where, 48)
        self.highlighted = False

    def show_call(self, ticket: str, counter: str, note: str) -> None:
        self.ticket.setText(ticket)
        self.counter.setText(counter)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setStyleSheet(HIGHLIGHT if on else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margin = int(self.height() * 0.08)
        self.row.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.row.setSpacing(margin)


class RecentRow(QFrame):
    """One of the last calls: ticket, counter, time of the call."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recentRow")
        self.ticket = FitLabel("ticket", self, LEFT, 0.62, bold=True)
        self.counter = FitLabel("counter", self, LEFT, 0.52)
        self.time = FitLabel("time", self, RIGHT, 0.44)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.ticket, 32)
        self.row.addWidget(self.counter, 42)
        self.row.addWidget(self.time, 26)

    def show_call(self, ticket: str, counter: str, time: str) -> None:
        self.ticket.setText(ticket)
        self.counter.setText(counter)
        self.time.setText(time)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margin = int(self.height() * 0.2)
        self.row.setContentsMargins(margin, 0, margin, 0)


class SeriesTile(QFrame):
    """One service's queue: its letter, its name, how many wait and for about how long."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.badge = FitLabel("badge", self, CENTER, 0.68, bold=True)
        # Fixed: a box layout would give an Ignored item its hint (0), not its fixed width.
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.service = FitLabel("service", self, LEFT, 0.78, bold=True)
        self.waiting = FitLabel("waiting", self, LEFT, 0.72, bold=True)
        self.estimate = FitLabel("estimate", self, RIGHT, 0.6)
        self.figures = QHBoxLayout()
        self.figures.setSpacing(0)
        self.figures.addWidget(self.waiting, 1)
        self.figures.addWidget(self.estimate, 1)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.service, 1)
        text.addLayout(self.figures, 1)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.badge)
        self.row.addLayout(text, 1)

    def show_series(self, series: str, service: str, waiting: str, estimate: str) -> None:
        self.badge.setText(series)
        self.service.setText(service)
        self.waiting.setText(waiting)
        self.estimate.setText(estimate)
        self.estimate.setVisible(bool(estimate))
        # Widths in proportion to the texts (and a gap), so both shrink alike when short of room.
        self.figures.setStretch(0, _advance(waiting + "  ", self.waiting.bold))
        self.figures.setStretch(1, _advance(estimate, self.estimate.bold))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margin = int(self.height() * 0.14)
        self.row.setContentsMargins(margin, margin, margin, margin)
        self.row.setSpacing(margin)
        self.badge.setFixedWidth(self.height() - 2 * margin)  # a square


class Panel(QFrame):
    """A framed area with a heading; its content goes into `column` below the heading."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.title = FitLabel("panelTitle", self, LEFT, 0.62, bold=True)
        self.title.setText(title)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.title, 1)


Row = TypeVar("Row", bound=QWidget)


class RowGrid(QWidget, Generic[Row]):
    """Equal rows, reused from one refresh to the next, placed by hand: fewer than
    `min_lines` rows keep the height they would have with `min_lines`; more than
    `two_columns_after` go into two columns, read down the left one first, so that eight
    counters are not eight thin lines."""

    def __init__(
        self,
        make: Callable[[QWidget], Row],
        min_lines: int,
        parent: QWidget,
        two_columns_after: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self.min_lines = min_lines
        self.two_columns_after = two_columns_after
        self.rows: list[Row] = []
        self.shown = 0

    def show_rows(self, count: int) -> list[Row]:
        while len(self.rows) < count:
            self.rows.append(self._make(self))
        for index, row in enumerate(self.rows):
            row.setVisible(index < count)
        self.shown = count
        self._arrange()
        return self.rows[:count]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        wide = self.two_columns_after is not None and self.shown > self.two_columns_after
        columns = 2 if wide else 1
        lines = max(self.min_lines, -(-self.shown // columns))
        gap = max(2, int(self.height() * 0.02))
        height = (self.height() - gap * (lines - 1)) / lines
        width = (self.width() - gap * (columns - 1)) / columns
        for index, row in enumerate(self.rows[: self.shown]):
            column, line = divmod(index, lines)
            x, y = column * (width + gap), line * (height + gap)
            row.setGeometry(int(x), int(y), int(x + width) - int(x), int(y + height) - int(y))


class BoardWindow(QWidget):
    """The hall's board. `fetch` reads the queue (`queue_status` in the app, a stub in
    tests); `changes` is a ChangeWatcher's `changed` signal. `call_announced(ticket,
    counter)` is emitted once for each new call or recall seen after the first refresh."""

    call_announced = Signal(str, int)

    def __init__(
        self,
        fetch: Callable[[], QueueStatus],
        changes: SignalInstance | None = None,
        *,
        office_name: str = "",
        flash_ms: int = FLASH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._seen: dict[int, tuple[str, datetime]] = {}
        self._started = False
        self._failing = False
        self._newest: CallRow | None = None
        self._flash_ticks = 0
        self._flash_total = max(1, flash_ms // FLASH_INTERVAL_MS)
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Queue board"))
        self.resize(DESIGN_WIDTH, DESIGN_HEIGHT)
        self._build()
        self.set_office_name(office_name)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()
        self._slow = QTimer(self)
        self._slow.setInterval(REFRESH_MS)
        self._slow.timeout.connect(self.refresh)
        self._slow.start()
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_INTERVAL_MS)
        self._flash.timeout.connect(self._blink)
        if changes is not None:
            changes.connect(self.on_changed)

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QFrame(self)
        self.header.setObjectName("header")
        self.office_label = FitLabel("office", self.header, LEFT, 0.5, bold=True)
        self.notice_label = FitLabel("notice", self.header, RIGHT, 0.3)
        self.clock_label = FitLabel("clock", self.header, RIGHT, 0.8, bold=True)
        self.date_label = FitLabel("date", self.header, RIGHT, 0.6)
        when = QVBoxLayout()
        when.setSpacing(0)
        when.addWidget(self.clock_label, 3)
        when.addWidget(self.date_label, 2)
        self.header_row = QHBoxLayout(self.header)
        self.header_row.addWidget(self.office_label, 62)
        self.header_row.addWidget(self.notice_label, 14)
        self.header_row.addLayout(when, 24)

        self.calls_panel = Panel(self.tr("Now calling"), self)
        self.calls = RowGrid(CallRow, MIN_CALL_ROWS, self.calls_panel, TWO_COLUMNS_AFTER)
        self.idle_label = FitLabel("idle", self.calls_panel, CENTER, 0.12)
        self.idle_label.setText(self.tr("Please wait for your number to be called"))
        self.calls_panel.column.addWidget(self.calls, 10)
        self.calls_panel.column.addWidget(self.idle_label, 10)
        self.calls.hide()

        self.recent_panel = Panel(self.tr("Recent calls"), self)
        self.recent = RowGrid(RecentRow, RECENT_ROWS, self.recent_panel)
        self.recent_panel.column.addWidget(self.recent, 10)

        self.body = QHBoxLayout()
        self.body.addWidget(self.calls_panel, 62)
        self.body.addWidget(self.recent_panel, 38)
        self.tiles: list[SeriesTile] = []
        self.footer = QHBoxLayout()
        self.page = QVBoxLayout()
        self.page.addLayout(self.body, 70)
        self.page.addLayout(self.footer, 17)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header, 13)
        root.addLayout(self.page, 87)

    # -- data ---------------------------------------------------------------------------
    def set_office_name(self, name: str) -> None:
        self.office_label.setText(name or self.tr("Service hall"))

    def on_changed(self, entities: set[str]) -> None:
        """A desk wrote something: read again when it concerns the queue or the settings."""
        if REFRESH_ON & set(entities):
            self.refresh()

    def refresh(self) -> None:
        try:
            status = self._fetch()
        except FETCH_ERRORS as error:
            if not self._failing:
                log.warning("The board cannot read the queue; still trying: %s", error)
            self._failing = True
            self.notice_label.setText(self.tr("Reconnecting…"))
            return
        if self._failing:
            log.info("The board reads the queue again")
            self._failing = False
            self.notice_label.clear()
        self.show_status(status)

    def show_status(self, status: QueueStatus) -> None:
        """Show `status`; announce the calls that are new since the last one shown."""
        fresh = self._new_calls(status.current)
        self._show_current(status.current)
        self._show_recent(status.recent[:RECENT_ROWS])
        self._show_series(status.series)
        for call in fresh:
            self.call_announced.emit(call.ticket, call.counter)
        if fresh:
            self._flash_ticks = self._flash_total
            self._flash.start()

    def _new_calls(self, current: list[CounterCall]) -> list[CounterCall]:
        """Counters whose (ticket, called_at) changed: a new call, or a recall. The calls
        already on the screen when the board starts were announced by then."""
        fresh = [c for c in current if self._seen.get(c.counter) != (c.ticket, c.called_at)]
        self._seen.update({c.counter: (c.ticket, c.called_at) for c in current})
        if not self._started:
            self._started = True
            return []
        return sorted(fresh, key=lambda c: c.called_at)

    def counter_text(self, number: int) -> str:
        return self.tr("Counter {number}").format(number=number)

    def _show_current(self, current: list[CounterCall]) -> None:
        rows = self.calls.show_rows(len(current))
        self.calls.setVisible(bool(current))
        self.idle_label.setVisible(not current)
        newest = max(current, key=lambda c: c.called_at, default=None)
        self._newest = None
        roomy = len(current) <= MIN_CALL_ROWS  # in small rows a second line is unreadable
        for row, call in zip(rows, current, strict=True):
            name = call.counter_name.strip()
            note = name if roomy and name and not says_its_number(name, call.counter) else ""
            row.show_call(call.ticket, self.counter_text(call.counter), note)
            row.set_highlighted(call is newest)
            if call is newest:
                self._newest = row

    def _show_recent(self, recent: list[CounterCall]) -> None:
        for row, call in zip(self.recent.show_rows(len(recent)), recent, strict=True):
            local = call.called_at.astimezone()  # the board's clock is local time too
            row.show_call(call.ticket, self.counter_text(call.counter), local.strftime("%H:%M"))

    def _show_series(self, series: list[SeriesStatus]) -> None:
        while len(self.tiles) < len(series):
            tile = SeriesTile(self)
            self.footer.addWidget(tile, 1)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            tile.setVisible(index < len(series))
        for tile, queue in zip(self.tiles, series, strict=False):
            if queue.waiting:
                waiting = self.tr("{count} waiting").format(count=queue.waiting)
            else:
                waiting = self.tr("No one waiting")
            estimate = ""
            if queue.waiting and queue.estimated_wait_minutes:
                minutes = queue.estimated_wait_minutes
                estimate = self.tr("about {minutes} min").format(minutes=minutes)
            tile.show_series(queue.series, queue.service, waiting, estimate)

    # -- time ---------------------------------------------------------------------------
    def _tick(self) -> None:
        self.clock_label.setText(QTime.currentTime().toString("HH:mm"))
        date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        if date != self.date_label.text():
            self.date_label.setText(date)

    @property
    def is_flashing(self) -> bool:
        return self._flash.isActive()

    def _blink(self) -> None:
        self._flash_ticks -= 1
        if self._newest is not None:
            # Ends lit: the newest call stays highlighted once the flashing stops.
            self._newest.set_highlighted(self._flash_ticks <= 0 or self._flash_ticks % 2 == 0)
        if self._flash_ticks <= 0:
            self._flash.stop()

    # -- sizes and keys -----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Margins and gaps follow the window; each label then fits its type to its place."""
        scale = min(self.width() / DESIGN_WIDTH, self.height() / DESIGN_HEIGHT)
        gap = max(4, int(16 * scale))
        self.header_row.setContentsMargins(gap * 2, gap // 2, gap * 2, gap // 2)
        self.page.setContentsMargins(gap, gap, gap, gap)
        for layout in (self.page, self.body, self.footer):
            layout.setSpacing(gap)
        for panel in (self.calls_panel, self.recent_panel):
            panel.column.setContentsMargins(gap, gap // 2, gap, gap)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            # No pointer on a full-screen board; back in a window it is needed again.
            if self.isFullScreen():
                self.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.unsetCursor()

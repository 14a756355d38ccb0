"""The room chart widget (房态图): rooms as rows, days as columns, stays as bars.

Painted by hand, and only what is visible: a guesthouse of 500 rooms is one widget, not
15,000 cells. The room column on the left and the day header on top stay in place while the
body scrolls. A column is a night: a bar covers the nights [arrive, depart), so a guest
leaving on the 5th and one arriving on the 5th sit side by side.

Rooms with several beds have a lane per bed. Bars are coloured by delegation (the same
colour on every desk and every day), filled when the guest is in, tinted when booked,
faded once departed; an orange mark says the guest has needs (halal, allergies…).

The widget changes nothing itself. Dragging a bar's body moves the stay (another room and/or
other days); dragging its right edge changes the departure. While dragging, the target is
drawn as a ghost, asked of `checker` (the page's dry run, `stays.check_booking`) once per
target: green when it can be done, red with the reason when not, before the drop. A drop, or
a key, emits `change_requested(ChartChange)`; the page calls the service.

Keys: arrows move the cell cursor (Up/Down go bed by bed), Home/End the first/last day,
Enter or a double-click emits `activated`, Ctrl+Left/Right moves the stay under the cursor
by a day, Shift+Right/Left (or + / -) extends/shortens it by a night, Ctrl+Up/Down moves it
to the previous/next room, PageUp/PageDown emit `month_requested(-1 / +1)`, Escape cancels
a drag.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from reception.core.lodging.chart import ChartBar, ChartRoom, RoomChart
from reception.core.lodging.models import StayState
from reception.ui.lodging.chart_change import (
    MOVABLE,
    ChartChange,
    ChartDrag,
    Checker,
    DropCheck,
    describe_target,
)
from reception.ui.lodging.room_chart_grid import (
    HEADER,
    LANE,
    MIN_DAY,
    ONE_DAY,
    PAD,
    ROOM_COLUMN,
    ChartGrid,
)
from reception.ui.lodging.room_chart_paint import ChartFonts, ChartPainter, ChartScene
from reception.ui.lodging.room_chart_texts import bar_tooltip, room_tooltip


class RoomChartView(QAbstractScrollArea):
    """Signals:
    cursor_moved()                   the cell cursor moved (read `cursor_cell`, `current_bar`)
    activated()                      Enter or a double-click on the cursor's cell
    change_requested(ChartChange)    a drop or a key asks to move/extend a stay
    month_requested(int)             PageUp (-1) / PageDown (+1)
    drag_feedback(str, bool)         what a drag would do, and whether it is refused;
                                     ("", False) when no drag is going on
    """

    cursor_moved = Signal()
    activated = Signal()
    change_requested = Signal(object)
    month_requested = Signal(int)
    drag_feedback = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: RoomChart | None = None
        self._grid = ChartGrid(self)
        self._row = 0
        self._column = 0
        self._lane = 0
        self._editable = True
        self._checker: Checker | None = None
        self._checked: dict[tuple[int, int, date, date], DropCheck] = {}
        self._drag: ChartDrag | None = None
        self._several_buildings = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(QCoreApplication.translate("RoomChartView", "Room chart"))
        self._fonts = ChartFonts.based_on(self.font())

    # -- data ------------------------------------------------------------------------------

    def set_chart(self, chart: RoomChart) -> None:
        """Show a new chart; the cursor keeps its room, day and bed when they are still shown."""
        kept = self.cursor_cell()
        self._chart = chart
        self._checked.clear()
        self._cancel_drag()
        self._several_buildings = len({r.room.building for r in chart.rooms}) > 1
        self._grid.set_chart(chart)
        self._grid.layout()
        if kept is not None and chart.room_row(kept[0]) >= 0 and chart.start <= kept[1]:
            self._place(chart.room_row(kept[0]), chart.column(kept[1]), kept[2] - 1, scroll=False)
        else:
            self._place(0, self._column, 0, scroll=False)
        self.viewport().update()

    def chart(self) -> RoomChart | None:
        return self._chart

    def set_checker(self, checker: Checker | None) -> None:
        self._checker = checker
        self._checked.clear()

    def set_editable(self, editable: bool) -> None:
        """A reader (who may not change stays) can look and move the cursor, not drag."""
        self._editable = editable
        self._cancel_drag()

    @staticmethod
    def row_height(chart_room: ChartRoom) -> int:
        return ChartGrid.row_height(chart_room)

    # -- the cursor ------------------------------------------------------------------------

    def cursor_cell(self) -> tuple[int, date, int] | None:
        """(room id, day, bed) under the cursor; None on an empty chart."""
        chart = self._chart
        if chart is None or not chart.rooms:
            return None
        return chart.rooms[self._row].room.id, chart.day(self._column), self._lane + 1

    def current_bar(self) -> ChartBar | None:
        """The stay under the cursor, if any."""
        cell = self.cursor_cell()
        if cell is None or self._chart is None:
            return None
        return self._chart.stay_at(cell[0], cell[1], cell[2])

    def set_cursor(self, room_id: int, day: date, bed: int = 1) -> bool:
        chart = self._chart
        if chart is None:
            return False
        row = chart.room_row(room_id)
        column = chart.column(day)
        if row < 0 or not 0 <= column < chart.days:
            return False
        self._place(row, column, bed - 1)
        return True

    def select_stay(self, stay_id: int) -> bool:
        """Put the cursor on a stay: on the same day if the stay covers it, else its first."""
        chart = self._chart
        bar = chart.bar(stay_id) if chart is not None else None
        if chart is None or bar is None:
            return False
        day = chart.day(self._column)
        if not bar.first_day <= day <= bar.last_night:
            day = bar.first_day
        return self.set_cursor(bar.room_id, day, bar.bed)

    def _place(self, row: int, column: int, lane: int, *, scroll: bool = True) -> None:
        chart = self._chart
        if chart is None or not chart.rooms:
            self._row = self._column = self._lane = 0
            return
        row = min(max(row, 0), len(chart.rooms) - 1)
        column = min(max(column, 0), chart.days - 1)
        lane = min(max(lane, 0), chart.rooms[row].room.beds - 1)
        moved = (row, column, lane) != (self._row, self._column, self._lane)
        self._row, self._column, self._lane = row, column, lane
        if scroll:
            self._ensure_visible(row, column)
        self.viewport().update()
        if moved:
            self.cursor_moved.emit()

    def _ensure_visible(self, row: int, column: int) -> None:
        if self.isVisible():  # else laid out for its real size when shown (showEvent)
            self._grid.ensure_visible(row, column)

    # -- geometry --------------------------------------------------------------------------

    # -- geometry --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._grid.layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grid.layout()
        if self._chart is not None and self._chart.rooms:
            self._ensure_visible(self._row, self._column)

    def sizeHint(self) -> QSize:
        return QSize(ROOM_COLUMN + 31 * MIN_DAY, HEADER + 12 * (2 * LANE + 2 * PAD))

    def cell_rect(self, room_id: int, day: date, bed: int = 1) -> QRect:
        """Where a cell is drawn now (viewport coordinates); scrolls it into view first."""
        chart = self._chart
        assert chart is not None
        row, column = chart.room_row(room_id), chart.column(day)
        self._ensure_visible(row, column)
        return self._grid.lane_rect(row, column, column, bed - 1).toAlignedRect()

    def bar_rect(self, stay_id: int) -> QRect:
        """Where a stay's bar is drawn now (viewport coordinates); scrolls it into view."""
        chart = self._chart
        assert chart is not None
        bar = chart.bar(stay_id)
        assert bar is not None
        row = chart.room_row(bar.room_id)
        first, last = chart.column(bar.first_day), chart.column(bar.last_night)
        self._ensure_visible(row, first)
        return self._grid.bar_shape(row, first, last, bar.bed - 1).toAlignedRect()

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene = ChartScene(
            self._row,
            self._column,
            self._lane,
            self.hasFocus(),
            self.current_bar(),
            self._drag,
            self._several_buildings,
        )
        size = self.viewport().size()
        ChartPainter(self._grid, self._fonts, self.palette(), size, scene).paint(painter)
        painter.end()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._chart is None or not self._chart.rooms:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        Key = Qt.Key
        if key == Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
        elif key in (Key.Key_Return, Key.Key_Enter) and plain:
            self.activated.emit()
        elif key == Key.Key_PageUp and plain:
            self.month_requested.emit(-1)
        elif key == Key.Key_PageDown and plain:
            self.month_requested.emit(1)
        elif ctrl and key in (Key.Key_Left, Key.Key_Right):
            self.shift_stay(-1 if key == Key.Key_Left else 1)
        elif ctrl and key in (Key.Key_Up, Key.Key_Down):
            self.move_stay_to_next_room(-1 if key == Key.Key_Up else 1)
        elif (shift and key in (Key.Key_Left, Key.Key_Right)) or key in (
            Key.Key_Plus,
            Key.Key_Minus,
            Key.Key_Equal,
        ):
            self.extend_stay(-1 if key in (Key.Key_Left, Key.Key_Minus) else 1)
        elif plain and key == Key.Key_Left:
            self._place(self._row, self._column - 1, self._lane)
        elif plain and key == Key.Key_Right:
            self._place(self._row, self._column + 1, self._lane)
        elif plain and key == Key.Key_Up:
            self._step_lane(-1)
        elif plain and key == Key.Key_Down:
            self._step_lane(1)
        elif plain and key == Key.Key_Home:
            self._place(self._row, 0, self._lane)
        elif plain and key == Key.Key_End:
            self._place(self._row, self._chart.days - 1, self._lane)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_lane(self, step: int) -> None:
        chart = self._chart
        assert chart is not None
        lane = self._lane + step
        row = self._row
        if lane < 0:
            if row == 0:
                return
            row -= 1
            lane = chart.rooms[row].room.beds - 1
        elif lane >= chart.rooms[row].room.beds:
            if row == len(chart.rooms) - 1:
                return
            row, lane = row + 1, 0
        self._place(row, self._column, lane)

    def _movable_bar(self) -> ChartBar | None:
        bar = self.current_bar()
        if not self._editable or bar is None or bar.state not in MOVABLE:
            return None
        return bar

    def shift_stay(self, days: int) -> None:
        """Ctrl+Left/Right: the stay under the cursor a day earlier or later."""
        bar = self._movable_bar()
        if bar is not None:
            step = timedelta(days=days)
            self.change_requested.emit(
                ChartChange(bar, bar.room_id, bar.arrive + step, bar.depart + step)
            )

    def extend_stay(self, nights: int) -> None:
        """Shift+Right/Left, + and -: one night more or less."""
        bar = self._movable_bar()
        if bar is not None:
            depart = bar.depart + timedelta(days=nights)
            self.change_requested.emit(
                ChartChange(bar, bar.room_id, bar.arrive, depart, kind="extend")
            )

    def move_stay_to_next_room(self, step: int) -> None:
        """Ctrl+Up/Down: the stay under the cursor into the previous/next room shown."""
        bar = self._movable_bar()
        chart = self._chart
        if bar is None or chart is None:
            return
        row = chart.room_row(bar.room_id) + step
        if 0 <= row < len(chart.rooms):
            room_id = chart.rooms[row].room.id
            self.change_requested.emit(ChartChange(bar, room_id, bar.arrive, bar.depart))

    # -- the mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        hit = self._grid.hit(pos)
        if hit is None:
            if self._chart is not None and self._chart.rooms and pos.x() < ROOM_COLUMN:
                self._place(self._grid.row_at(pos.y()), self._column, 0)
            return
        row, column, lane = hit
        found = self._grid.bar_at(pos)
        if found is not None:
            bar, on_edge = found
            self._place(row, column, bar.bed - 1, scroll=False)
            if self._editable and bar.state in MOVABLE:
                kind = "extend" if on_edge else "move"
                self._drag = ChartDrag(bar, kind, pos, column, lane=bar.bed - 1)
        else:
            self._place(row, column, lane, scroll=False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._hover(pos)
            return
        if not drag.started:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        self._grid.auto_scroll(pos)
        self._aim(pos)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        self.viewport().update()
        if not drag.started or drag.target is None or not drag.target.changed:
            self.drag_feedback.emit("", False)
            return
        check = drag.check
        if check is not None and not check.ok:
            self.drag_feedback.emit(
                QCoreApplication.translate("RoomChartView", "Not moved: {reason}").format(
                    reason=check.message
                ),
                True,
            )
            return
        self.drag_feedback.emit("", False)
        self.change_requested.emit(drag.target)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._grid.hit(
            event.position().toPoint()
        ):
            self.activated.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _hover(self, pos: QPoint) -> None:
        found = self._grid.bar_at(pos) if self._editable else None
        if found is None or found[0].state not in MOVABLE:
            self.viewport().unsetCursor()
        elif found[1]:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _aim(self, pos: QPoint) -> None:
        """Work out the target under the mouse, ask the checker once per target, show it."""
        drag = self._drag
        chart = self._chart
        assert drag is not None and chart is not None
        bar = drag.bar
        column = self._grid.column_at(pos.x())
        if drag.kind == "extend":
            depart = max(chart.day(column) + ONE_DAY, bar.arrive + ONE_DAY)
            target = ChartChange(bar, bar.room_id, bar.arrive, depart, kind="extend")
            lane = bar.bed - 1
        else:
            row = self._grid.row_at(pos.y())
            room = chart.rooms[row].room
            shift = timedelta(days=column - drag.press_column)
            if bar.state == StayState.IN_HOUSE.value:
                shift = timedelta(0)  # the guest is in: the arrival stays
            target = ChartChange(bar, room.id, bar.arrive + shift, bar.depart + shift)
            hit = self._grid.hit(pos)
            lane = hit[2] if hit is not None and hit[0] == row else 0
        drag.target, drag.lane = target, lane
        drag.check = self._check(target) if target.changed else None
        check = drag.check
        if check is None:
            self.drag_feedback.emit("", False)
            QToolTip.hideText()
        else:
            row = chart.room_row(target.room_id)
            number = chart.rooms[row].room.number if row >= 0 else "?"
            text = describe_target(target, check, number)
            self.drag_feedback.emit(text, not check.ok)
            QToolTip.showText(self.viewport().mapToGlobal(pos), text, self.viewport())
        self.viewport().update()

    def _check(self, target: ChartChange) -> DropCheck:
        key = (target.bar.stay_id, target.room_id, target.arrive, target.depart)
        found = self._checked.get(key)
        if found is None:
            found = self._checker(target) if self._checker is not None else DropCheck(True)
            self._checked[key] = found
        return found

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            QToolTip.hideText()
            self.drag_feedback.emit("", False)
            self.viewport().update()

    def drag_state(self) -> tuple[ChartChange, DropCheck | None] | None:
        """The target being dragged to and its check (for tests and the status line)."""
        drag = self._drag
        if drag is None or not drag.started or drag.target is None:
            return None
        return drag.target, drag.check

    # -- tooltips --------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._drag is None:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        chart = self._chart
        if chart is None or not chart.rooms:
            return ""
        if pos.x() < ROOM_COLUMN and pos.y() >= HEADER:
            return room_tooltip(chart.rooms[self._grid.row_at(pos.y())])
        found = self._grid.bar_at(pos)
        return bar_tooltip(found[0]) if found is not None else ""

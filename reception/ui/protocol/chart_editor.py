"""The seating chart on screen: the chart scene in a view that fits it, and dragging a name
onto another seat to swap the two. The view changes nothing itself: a drop emits
`swap_requested(seat_a, seat_b)` (SeatView ids) and the page asks the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from reception.core.protocol.events import ChartView
from reception.ui.protocol.chart_scene import ChartScene, SeatItem

GHOST = QColor("#1a5fb4")
MAX_ZOOM = 1.6  # a small chart is enlarged this much at most


class ChartEditor(QGraphicsView):
    """Signals:
    swap_requested(int, int)   a name was dropped on another seat: the two seats' ids
    """

    swap_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(QCoreApplication.translate("ChartEditor", "Seating chart"))
        self.chart_scene = ChartScene(None, self)
        self.setScene(self.chart_scene)
        self.editable = True
        self._pressed: SeatItem | None = None
        self._press_at = QPoint()
        self._ghost: QGraphicsSimpleTextItem | None = None
        self._target: SeatItem | None = None

    def set_chart(self, chart: ChartView | None) -> None:
        self._end_drag()
        old = self.chart_scene
        self.chart_scene = ChartScene(chart, self)
        self.setScene(self.chart_scene)
        old.deleteLater()
        self._fit()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._end_drag()

    def seat_items(self) -> list[SeatItem]:
        return self.chart_scene.seat_items()

    def item_named(self, name: str) -> SeatItem | None:
        return next((i for i in self.seat_items() if i.name() == name), None)

    def point_of(self, item: SeatItem) -> QPoint:
        """Where the seat is on the viewport (for the tests' mouse)."""
        return self.mapFromScene(item.scenePos())

    # -- fitting ------------------------------------------------------------------------------

    def _fit(self) -> None:
        """Show the whole chart: shrunk to fit, or enlarged up to MAX_ZOOM so that names read
        well across a wide desk screen."""
        rect = self.chart_scene.sceneRect()
        self.resetTransform()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        scale = min(MAX_ZOOM, view.width() / rect.width(), view.height() / rect.height())
        if scale > 0:
            self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- the drag -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.editable:
            self._pressed = self.chart_scene.seat_at(self.mapToScene(event.position().toPoint()))
            self._press_at = event.position().toPoint()
            if self._pressed is not None:
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pressed = self._pressed
        if pressed is None:
            super().mouseMoveEvent(event)
            return
        at = event.position().toPoint()
        if self._ghost is None:
            if (at - self._press_at).manhattanLength() < QApplication.startDragDistance():
                return
            ghost = QGraphicsSimpleTextItem(pressed.name())
            font = QFont(ghost.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            ghost.setFont(font)
            ghost.setBrush(GHOST)
            ghost.setZValue(10)
            self.chart_scene.addItem(ghost)
            self._ghost = ghost
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        scene_at = self.mapToScene(at)
        box = self._ghost.boundingRect()
        self._ghost.setPos(scene_at - QPointF(box.width() / 2, box.height() / 2))
        target = self.chart_scene.seat_at(scene_at)
        if target is pressed:
            target = None
        if target is not self._target:
            if self._target is not None:
                self._target.set_target(False)
            if target is not None:
                target.set_target(True)
            self._target = target
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._ghost is not None
        if pressed is None:
            super().mouseReleaseEvent(event)
            return
        target = self.chart_scene.seat_at(self.mapToScene(event.position().toPoint()))
        self._end_drag()
        event.accept()
        if (
            dragging
            and target is not None
            and target is not pressed
            and pressed.seat is not None
            and target.seat is not None
        ):
            self.swap_requested.emit(pressed.seat.id, target.seat.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._pressed is not None:
            self._end_drag()
            return
        super().keyPressEvent(event)

    def _end_drag(self) -> None:
        if self._ghost is not None:
            self.chart_scene.removeItem(self._ghost)
            self._ghost = None
        if self._target is not None:
            self._target.set_target(False)
            self._target = None
        self._pressed = None
        self.viewport().unsetCursor()

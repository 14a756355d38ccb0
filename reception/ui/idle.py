"""Detect that nobody has used the desk for a while (to lock the screen)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent

_ACTIVITY_TYPES = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emit ``idle_reached`` once after ``timeout_ms`` without user input.

    Install with ``QApplication.instance().installEventFilter(watcher)``; it
    only observes and never consumes events.  The countdown (re)starts at
    construction, on input, and on ``reset()``, ``resume()`` and
    ``set_timeout_ms()``.  After ``idle_reached`` it stays quiet until the
    next input or ``reset()``.  A timeout of 0 disables it.

    Input only stamps a QElapsedTimer instead of restarting the QTimer, since
    mouse moves arrive hundreds of times a second; the QTimer wakes up and
    re-arms for whatever is left.
    """

    idle_reached = Signal()

    def __init__(self, timeout_ms: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._paused = False
        self._since_activity = QElapsedTimer()
        self._since_activity.start()
        # Qt re-sends moves at an unchanged position when widgets change
        # under a still cursor; those must not keep the desk unlocked.
        self._last_mouse_pos: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self.set_timeout_ms(timeout_ms)

    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Set the idle timeout (0 disables) and restart the countdown."""
        if timeout_ms < 0:
            raise ValueError("timeout_ms must not be negative")
        self._timeout_ms = timeout_ms
        self._timer.stop()  # a shorter timeout must not wait for the old countdown
        self.reset()

    def is_paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Stop counting, e.g. while the lock dialog is shown."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Count again from now."""
        self._paused = False
        self.reset()

    def reset(self) -> None:
        """Treat now as user activity (no effect while paused or disabled)."""
        if self._paused or self._timeout_ms == 0:
            return
        self._since_activity.restart()
        if not self._timer.isActive():
            self._timer.start(self._timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent, /) -> bool:
        etype = event.type()
        if etype not in _ACTIVITY_TYPES:
            return False
        if etype == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            pos = event.globalPosition()
            if pos == self._last_mouse_pos:
                return False
            self._last_mouse_pos = pos
        self.reset()
        return False

    def _on_timeout(self) -> None:
        if self._paused or self._timeout_ms == 0:
            return
        remaining = self._timeout_ms - self._since_activity.elapsed()
        if remaining > 0:
            self._timer.start(remaining)
        else:
            self.idle_reached.emit()

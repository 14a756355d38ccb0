"""IdleWatcher: `idle_reached` once after the timeout, postponed by user input."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from reception.ui.idle import IdleWatcher

TIMEOUT_MS = 50
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def watcher(qapp: QApplication) -> Iterator[IdleWatcher]:
    idle = IdleWatcher()
    qapp.installEventFilter(idle)
    yield idle
    qapp.removeEventFilter(idle)
    idle.deleteLater()


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def key_press(target: QWidget, step: int) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, NONE, "a")
    QCoreApplication.sendEvent(target, event)


def mouse_press(target: QWidget, step: int) -> None:
    pos = QPointF(5, 5)
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(QEvent.Type.MouseButtonPress, pos, pos, left, left, NONE)
    QCoreApplication.sendEvent(target, event)


def mouse_move(target: QWidget, step: int) -> None:
    pos = QPointF(5 + step % 2, 5)  # a moving cursor
    no_button = Qt.MouseButton.NoButton
    event = QMouseEvent(QEvent.Type.MouseMove, pos, pos, no_button, no_button, NONE)
    QCoreApplication.sendEvent(target, event)


def still_mouse_move(target: QWidget, step: int) -> None:
    pos = QPointF(7, 7)
    no_button = Qt.MouseButton.NoButton
    event = QMouseEvent(QEvent.Type.MouseMove, pos, pos, no_button, no_button, NONE)
    QCoreApplication.sendEvent(target, event)


def wheel(target: QWidget, step: int) -> None:
    pos = QPointF(5, 5)
    event = QWheelEvent(
        pos,
        pos,
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        NONE,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.sendEvent(target, event)


Activity = Callable[[QWidget, int], None]


def pulse(target: QWidget, activity: Activity, interval_ms: int) -> tuple[QTimer, list[float]]:
    """Send `activity` every `interval_ms` until the timer is stopped."""
    times: list[float] = []
    timer = QTimer(target)
    timer.setInterval(interval_ms)

    def send() -> None:
        activity(target, len(times))
        times.append(time.monotonic())

    timer.timeout.connect(send)
    return timer, times


def test_emits_after_the_timeout(qtbot: QtBot, watcher: IdleWatcher) -> None:
    start = time.monotonic()
    with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
        watcher.set_timeout_ms(TIMEOUT_MS)
    assert time.monotonic() - start >= (TIMEOUT_MS - 2) / 1000


def test_emits_only_once_without_new_activity(qtbot: QtBot, watcher: IdleWatcher) -> None:
    with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
        watcher.set_timeout_ms(TIMEOUT_MS)
    with qtbot.assertNotEmitted(watcher.idle_reached, wait=4 * TIMEOUT_MS):
        pass


@pytest.mark.parametrize("activity", [key_press, mouse_press, mouse_move, wheel])
def test_activity_postpones_idle(
    qtbot: QtBot, watcher: IdleWatcher, widget: QWidget, activity: Activity
) -> None:
    emitted: list[tuple[float, int]] = []
    timer, times = pulse(widget, activity, interval_ms=10)
    watcher.idle_reached.connect(lambda: emitted.append((time.monotonic(), len(times))))

    def stop_after_enough() -> None:
        if len(times) >= 15:  # 150 ms of activity, three timeouts' worth
            timer.stop()

    timer.timeout.connect(stop_after_enough)
    watcher.set_timeout_ms(TIMEOUT_MS)
    timer.start()
    qtbot.waitUntil(lambda: bool(emitted), timeout=3000)

    idle_at, pulses_seen = emitted[0]
    assert pulses_seen == 15, "went idle while the user was still active"
    assert idle_at - times[-1] >= (TIMEOUT_MS - 2) / 1000


def test_moves_without_the_cursor_moving_are_not_activity(
    qtbot: QtBot, watcher: IdleWatcher, widget: QWidget
) -> None:
    # Qt re-sends moves at the same spot when widgets change under the cursor.
    timer, _ = pulse(widget, still_mouse_move, interval_ms=10)
    timer.start()
    try:
        with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
            watcher.set_timeout_ms(TIMEOUT_MS)
    finally:
        timer.stop()


def test_zero_timeout_disables(qtbot: QtBot, watcher: IdleWatcher) -> None:
    watcher.set_timeout_ms(TIMEOUT_MS)
    watcher.set_timeout_ms(0)
    with qtbot.assertNotEmitted(watcher.idle_reached, wait=4 * TIMEOUT_MS):
        pass


def test_pause_and_resume(qtbot: QtBot, watcher: IdleWatcher, widget: QWidget) -> None:
    watcher.set_timeout_ms(TIMEOUT_MS)
    watcher.pause()
    assert watcher.is_paused()
    with qtbot.assertNotEmitted(watcher.idle_reached, wait=4 * TIMEOUT_MS):
        key_press(widget, 0)  # input while the lock dialog is up re-arms nothing
    with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
        watcher.resume()


def test_reset_after_idle_counts_again(qtbot: QtBot, watcher: IdleWatcher) -> None:
    with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
        watcher.set_timeout_ms(TIMEOUT_MS)
    with qtbot.waitSignal(watcher.idle_reached, timeout=3000):
        watcher.reset()


def test_negative_timeout_is_rejected(watcher: IdleWatcher) -> None:
    with pytest.raises(ValueError):
        watcher.set_timeout_ms(-1)

"""Application-wide capture of keyboard-wedge barcode/QR scans."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ENTER_KEYS = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
_SHIFT_KEY = Qt.Key.Key_Shift.value

_KEY_TYPES = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
# Input that is not a held key but must not overtake the held keys.
_FLUSH_TYPES = frozenset(
    {QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}
)
_WATCHED_TYPES = _KEY_TYPES | _FLUSH_TYPES

# A swallowed key's release normally follows within milliseconds; a stale entry
# must not eat a later, human release of the same key.
_SWALLOW_RELEASE_S = 1.0


@dataclass(slots=True)
class _Held:
    target: QWidget
    event: QKeyEvent
    # A release whose press was delivered before the burst began.
    orphan_release: bool = False


class ScanCapture(QObject):
    """Recognise keyboard-wedge scanner bursts wherever the keyboard focus is.

    A USB barcode/QR scanner "types" its payload as keystrokes a few
    milliseconds apart and ends with Enter.  The keys cannot be told apart
    from a person's when they arrive, only afterwards, so every printable key
    press (and its release) is *held* while keys keep arriving less than
    ``max_gap_ms`` apart:

    * Enter after at least ``min_length`` fast characters: it was a scan.
      ``scanned`` is emitted and the held keys and the Enter are dropped, so
      the focused widget never sees the payload and no ``returnPressed`` or
      dialog default button fires.
    * Gap timer expires, Enter after a short burst, or any other input
      (modified or non-printable key, input-method commit, mouse press): it
      was a person.  The held events are re-delivered, in order, to the
      widgets they were addressed to, before that other input passes.

    A person's keystroke is therefore delayed by at most ``max_gap_ms`` and is
    never lost or reordered.  Re-delivered key presses are sent as ordinary
    (non-spontaneous) events, so Qt runs its shortcut matching for them again;
    that is why the capture may claim ``ShortcutOverride`` for printable keys:
    a single-letter shortcut fires on replay for a person, never for a scan.

    Install with ``QApplication.instance().installEventFilter(capture)``.
    The clock (seconds, monotonic) is injectable for tests; the timer only
    wakes the capture up, the clock decides whether the gap has elapsed.
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = 35,
        min_length: int = 6,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        if max_gap_ms <= 0:
            raise ValueError("max_gap_ms must be positive")
        if min_length < 1:
            raise ValueError("min_length must be at least 1")
        self._max_gap_ms = max_gap_ms
        self._min_length = min_length
        self._clock = clock
        self._enabled = True
        self._held: list[_Held] = []
        self._chars: list[str] = []
        self._last_press = 0.0
        # Held presses whose release has not been held yet, by key code.
        self._open_presses: dict[int, int] = {}
        # Releases still to come for keys consumed by a scan: key code -> time.
        self._swallow_release: dict[int, float] = {}
        # Events being re-delivered right now (a stack: delivery can nest).
        self._replaying: list[QKeyEvent] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def max_gap_ms(self) -> int:
        return self._max_gap_ms

    @property
    def min_length(self) -> int:
        return self._min_length

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turn capturing on or off; held keys are delivered before it stops."""
        if not enabled:
            self._flush()
            self._swallow_release.clear()
        self._enabled = enabled

    # -- event filter ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent, /) -> bool:
        etype = event.type()
        if etype not in _WATCHED_TYPES or not self._enabled:
            return False
        if self._replaying and any(event is ours for ours in self._replaying):
            return False
        if etype in _FLUSH_TYPES:
            self._flush()
            return False
        # Key events reach the QWindow first and then the focus widget; only
        # the widget sighting knows the receiver to re-deliver to.
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if etype == QEvent.Type.ShortcutOverride:
            return self._on_shortcut_override(event)
        if etype == QEvent.Type.KeyPress:
            return self._on_press(watched, event)
        return self._on_release(watched, event)

    def _on_shortcut_override(self, event: QKeyEvent) -> bool:
        if self._replaying:
            # Qt asks again for a key we re-deliver: let shortcuts match now.
            return False
        if _is_char(event) or (_is_enter(event) and self._scan_ready(self._clock())):
            # Claim the key so it arrives as a KeyPress we can hold or drop.
            event.accept()
            return True
        if not _is_shift(event):
            # A shortcut may fire now: the held keys were typed before it.
            self._flush()
        return False

    def _on_press(self, target: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        if _is_enter(event):
            if self._scan_ready(now):
                self._complete_scan(event.key(), now)
                return True
            self._flush()
            return False
        if _is_char(event):
            if self._held and self._gap_ms(now) >= self._max_gap_ms:
                self._flush()
            self._hold_press(target, event)
            self._chars.append(event.text())
            self._last_press = now
            self._timer.start(self._max_gap_ms)
            return True
        if _is_shift(event) and self._held:
            # Scanners press Shift for capitals: it must not end the burst.
            self._hold_press(target, event)
            return True
        self._flush()
        return False

    def _on_release(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if not event.isAutoRepeat() and key in self._swallow_release:
            since = self._clock() - self._swallow_release.pop(key)
            if since <= _SWALLOW_RELEASE_S:
                return True
        if not self._held:
            return False
        # Held behind the presses so the order is kept either way.
        open_count = self._open_presses.get(key, 0)
        if open_count:
            self._open_presses[key] = open_count - 1
        self._hold(target, event, orphan_release=not open_count)
        return True

    # -- burst bookkeeping ----------------------------------------------------

    def _gap_ms(self, now: float) -> float:
        return (now - self._last_press) * 1000.0

    def _payload(self) -> str:
        return "".join(self._chars).rstrip("\r\n")

    def _scan_ready(self, now: float) -> bool:
        return (
            bool(self._chars)
            and self._gap_ms(now) < self._max_gap_ms
            and len(self._payload()) >= self._min_length
        )

    def _hold(self, target: QWidget, event: QKeyEvent, *, orphan_release: bool = False) -> None:
        self._held.append(_Held(target, _copy_key_event(event), orphan_release))

    def _hold_press(self, target: QWidget, event: QKeyEvent) -> None:
        self._hold(target, event)
        self._open_presses[event.key()] = self._open_presses.get(event.key(), 0) + 1

    def _take_held(self) -> list[_Held]:
        self._timer.stop()
        held = self._held
        self._held = []
        self._chars = []
        self._open_presses = {}
        return held

    def _complete_scan(self, enter_key: int, now: float) -> None:
        payload = self._payload()
        open_presses = self._open_presses
        held = self._take_held()
        for key, count in open_presses.items():
            if count:
                self._swallow_release[key] = now
        self._swallow_release[enter_key] = now
        # Releases of keys pressed before the burst still belong to the widget.
        for item in held:
            if item.orphan_release:
                self._deliver(item)
        self.scanned.emit(payload)

    def _flush(self) -> None:
        # Take the list first: a re-delivered key may start a nested flush.
        for item in self._take_held():
            self._deliver(item)

    def _deliver(self, item: _Held) -> None:
        if not isValid(item.target):
            return
        self._replaying.append(item.event)
        try:
            QCoreApplication.sendEvent(item.target, item.event)
        finally:
            self._replaying.pop()

    def _on_timeout(self) -> None:
        if not self._held:
            return
        remaining = self._max_gap_ms - self._gap_ms(self._clock())
        if remaining <= 0:
            self._flush()
        else:
            # Woken early (or the clock is a test's): wait out the rest.
            self._timer.start(max(1, math.ceil(remaining)))


def _is_char(event: QKeyEvent) -> bool:
    text = event.text()
    return (
        bool(text)
        and text.isprintable()
        and not (event.modifiers() & _BLOCKING_MODIFIERS)
        and not event.isAutoRepeat()  # scanners never auto-repeat; held keys do
    )


def _is_enter(event: QKeyEvent) -> bool:
    return (
        event.key() in _ENTER_KEYS
        and not (event.modifiers() & _BLOCKING_MODIFIERS)
        and not event.isAutoRepeat()
    )


def _is_shift(event: QKeyEvent) -> bool:
    return event.key() == _SHIFT_KEY and not (event.modifiers() & _BLOCKING_MODIFIERS)


def _copy_key_event(event: QKeyEvent) -> QKeyEvent:
    # Rebuilt rather than copied: the source event belongs to its sender, and a
    # replay should be an ordinary application-sent (non-spontaneous) event,
    # which Qt runs through shortcut matching before delivering it.
    copy = QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
        event.device(),
    )
    copy.setTimestamp(event.timestamp())
    return copy

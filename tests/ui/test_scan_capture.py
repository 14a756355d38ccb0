"""ScanCapture: scanner bursts become `scanned`, a person's typing is never touched."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception.ui.scan_capture import ScanCapture

FAST_MS = 5
SLOW_MS = 150
PAYLOAD = "VIS-2024-000123"

printable_ascii = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, ms: float) -> None:
        self.now += ms / 1000.0


@dataclass
class Form:
    window: QWidget
    edit: QLineEdit
    returns: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.edit.clear()
        self.returns.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def capture(qapp: QApplication, clock: FakeClock) -> Iterator[ScanCapture]:
    cap = ScanCapture(clock=clock)
    qapp.installEventFilter(cap)
    yield cap
    qapp.removeEventFilter(cap)
    cap.deleteLater()


@pytest.fixture
def scans(capture: ScanCapture) -> list[str]:
    seen: list[str] = []
    capture.scanned.connect(seen.append)
    return seen


def show_focused(qtbot: QtBot, window: QWidget, focus: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(edit)
    result = Form(window, edit)
    edit.returnPressed.connect(lambda: result.returns.append(edit.text()))
    show_focused(qtbot, window, edit)
    return result


def type_fast(widget: QWidget, text: str, clock: FakeClock) -> None:
    for ch in text:
        clock.advance_ms(FAST_MS)
        QTest.keyClicks(widget, ch)


def press_enter(widget: QWidget, clock: FakeClock, after_ms: float = FAST_MS) -> None:
    clock.advance_ms(after_ms)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def let_flush(clock: FakeClock) -> None:
    """Make the gap long enough by the capture's clock; its timer then flushes."""
    clock.advance_ms(SLOW_MS)


def text_is(edit: QLineEdit, expected: str) -> Callable[[], bool]:
    return lambda: edit.text() == expected


def type_slowly_and_wait(qtbot: QtBot, edit: QLineEdit, text: str, clock: FakeClock) -> None:
    """Each key is released by the flush timer before the next one is typed."""
    start = edit.text()
    for i, ch in enumerate(text):
        QTest.keyClicks(edit, ch)
        let_flush(clock)
        qtbot.waitUntil(text_is(edit, start + text[: i + 1]), timeout=2000)


def test_fast_scan_is_captured_and_kept_out_of_the_line_edit(
    qtbot: QtBot, form: Form, clock: FakeClock, capture: ScanCapture, scans: list[str]
) -> None:
    with qtbot.waitSignal(capture.scanned, timeout=1000) as blocker:
        type_fast(form.edit, PAYLOAD, clock)
        press_enter(form.edit, clock)
    assert blocker.args == [PAYLOAD]
    assert scans == [PAYLOAD]
    assert form.edit.text() == ""
    assert form.returns == []
    # A later keystroke arrives alone: nothing of the scan was left to replay.
    let_flush(clock)
    type_slowly_and_wait(qtbot, form.edit, "x", clock)
    assert form.edit.text() == "x"
    assert scans == [PAYLOAD]


def test_scan_through_the_platform_window_path(
    qtbot: QtBot, form: Form, clock: FakeClock, scans: list[str]
) -> None:
    # Keys injected at the QWindow, as a real keyboard's are, reach the focus
    # widget only via QWidgetWindow: the capture must act on that delivery.
    window = form.window.windowHandle()
    assert window is not None
    keys = [Qt.Key.Key_S, Qt.Key.Key_C, Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_4, Qt.Key.Key_2]
    for key in keys:
        clock.advance_ms(FAST_MS)
        QTest.keyClick(window, key)
    clock.advance_ms(FAST_MS)
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert scans == ["scan42"]
    assert form.edit.text() == ""
    assert form.returns == []

    for key in keys:
        clock.advance_ms(SLOW_MS)
        QTest.keyClick(window, key)
    clock.advance_ms(SLOW_MS)
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert form.edit.text() == "scan42"
    assert form.returns == ["scan42"]
    assert scans == ["scan42"]


def test_scan_with_shift_for_capitals(
    form: Form, clock: FakeClock, capture: ScanCapture, scans: list[str]
) -> None:
    shift = Qt.KeyboardModifier.ShiftModifier
    for ch in "Ab1Cd2":
        clock.advance_ms(FAST_MS)
        if ch.isupper():
            QTest.keyPress(form.edit, Qt.Key.Key_Shift, shift)
            QTest.keyClicks(form.edit, ch, shift)
            QTest.keyRelease(form.edit, Qt.Key.Key_Shift)
        else:
            QTest.keyClicks(form.edit, ch)
    press_enter(form.edit, clock)
    assert scans == ["Ab1Cd2"]
    assert form.edit.text() == ""
    assert form.returns == []


def test_slow_typing_arrives_intact_and_is_not_a_scan(
    qtbot: QtBot, form: Form, clock: FakeClock, scans: list[str]
) -> None:
    type_slowly_and_wait(qtbot, form.edit, PAYLOAD, clock)
    press_enter(form.edit, clock, after_ms=SLOW_MS)
    assert form.edit.text() == PAYLOAD
    assert form.returns == [PAYLOAD]
    assert scans == []


def test_slow_keys_then_a_quick_enter_is_not_a_scan(
    form: Form, clock: FakeClock, scans: list[str]
) -> None:
    # No waiting between keys: only the clock says they were slow.
    for ch in PAYLOAD:
        clock.advance_ms(SLOW_MS)
        QTest.keyClicks(form.edit, ch)
    press_enter(form.edit, clock)
    assert form.edit.text() == PAYLOAD
    assert form.returns == [PAYLOAD]
    assert scans == []


def test_fast_burst_without_enter_is_redelivered(
    qtbot: QtBot, form: Form, clock: FakeClock, scans: list[str]
) -> None:
    type_fast(form.edit, "asdfghjk", clock)
    assert form.edit.text() == ""  # held while it could still become a scan
    let_flush(clock)
    qtbot.waitUntil(lambda: form.edit.text() == "asdfghjk", timeout=2000)
    press_enter(form.edit, clock)
    assert form.returns == ["asdfghjk"]
    assert scans == []


def test_enter_after_a_pause_ends_typing_not_a_scan(
    form: Form, clock: FakeClock, scans: list[str]
) -> None:
    type_fast(form.edit, PAYLOAD, clock)
    press_enter(form.edit, clock, after_ms=SLOW_MS)
    assert form.edit.text() == PAYLOAD
    assert form.returns == [PAYLOAD]
    assert scans == []


class KeyLog(QWidget):
    """Records every key event it receives, to check exact order."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.events: list[tuple[str, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.events.append(("press", event.text()))

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.events.append(("release", event.text()))


def test_key_rollover_is_redelivered_in_exact_order(
    qtbot: QtBot, clock: FakeClock, scans: list[str]
) -> None:
    log = KeyLog()
    show_focused(qtbot, log, log)
    log.events.clear()
    sequence = [("press", "a"), ("press", "s"), ("release", "a"), ("press", "d")]
    sequence += [("release", "s"), ("release", "d")]
    keys = {"a": Qt.Key.Key_A, "s": Qt.Key.Key_S, "d": Qt.Key.Key_D}
    for action, text in sequence:
        clock.advance_ms(FAST_MS)
        if action == "press":
            QTest.keyPress(log, keys[text])
        else:
            QTest.keyRelease(log, keys[text])
    assert log.events == []
    let_flush(clock)
    qtbot.waitUntil(lambda: len(log.events) == len(sequence), timeout=2000)
    assert log.events == sequence
    assert scans == []


def test_autorepeat_is_typing_even_when_fast(
    form: Form, clock: FakeClock, scans: list[str]
) -> None:
    for _ in range(10):
        clock.advance_ms(FAST_MS)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1", True)
            QCoreApplication.sendEvent(form.edit, event)
    press_enter(form.edit, clock)
    assert form.edit.text() == "1" * 10
    assert form.returns == ["1" * 10]
    assert scans == []


def test_short_fast_burst_with_enter_is_typing_including_the_enter(
    form: Form, clock: FakeClock, capture: ScanCapture, scans: list[str]
) -> None:
    short = "x" * (capture.min_length - 1)
    type_fast(form.edit, short, clock)
    press_enter(form.edit, clock)
    assert form.edit.text() == short
    assert form.returns == [short]
    assert scans == []


def test_ctrl_a_passes_through_after_the_held_keys(
    qtbot: QtBot, form: Form, clock: FakeClock, scans: list[str]
) -> None:
    type_fast(form.edit, "hello", clock)
    clock.advance_ms(FAST_MS)
    QTest.keyClick(form.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # The held "hello" went in first, then Ctrl+A selected all of it.
    assert form.edit.text() == "hello"
    assert form.edit.selectedText() == "hello"
    let_flush(clock)
    QTest.keyClicks(form.edit, "w")
    let_flush(clock)
    qtbot.waitUntil(lambda: form.edit.text() == "w", timeout=2000)
    assert scans == []


def test_shortcut_right_after_typing_sees_the_typed_text(
    form: Form, clock: FakeClock, scans: list[str]
) -> None:
    seen: list[str] = []
    save = QShortcut(QKeySequence("Ctrl+S"), form.window)
    save.activated.connect(lambda: seen.append(form.edit.text()))
    type_fast(form.edit, "abc", clock)
    clock.advance_ms(FAST_MS)
    QTest.keyClick(form.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["abc"]
    assert scans == []


def test_input_method_commit_passes_after_the_held_keys(
    form: Form, clock: FakeClock, scans: list[str]
) -> None:
    type_fast(form.edit, "ab", clock)
    event = QInputMethodEvent()
    event.setCommitString("签到")
    QCoreApplication.sendEvent(form.edit, event)
    assert form.edit.text() == "ab签到"
    assert scans == []


def test_scan_in_dialog_does_not_trigger_default_button(
    qtbot: QtBot, clock: FakeClock, scans: list[str]
) -> None:
    dialog = QDialog()
    edit = QLineEdit(dialog)
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(ok)
    show_focused(qtbot, dialog, edit)

    type_fast(edit, PAYLOAD, clock)
    press_enter(edit, clock)
    assert scans == [PAYLOAD]
    assert edit.text() == ""
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    # The same Enter from a person does press the default button.
    press_enter(edit, clock, after_ms=SLOW_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def button_dialog(qtbot: QtBot) -> tuple[QDialog, QPushButton, list[str]]:
    dialog = QDialog()
    button = QPushButton("Go", dialog)
    QVBoxLayout(dialog).addWidget(button)
    events: list[str] = []
    button.clicked.connect(lambda: events.append("clicked"))
    shortcut = QShortcut(QKeySequence("Q"), dialog)
    shortcut.activated.connect(lambda: events.append("shortcut Q"))
    show_focused(qtbot, dialog, button)
    return dialog, button, events


def test_scan_while_a_button_has_focus_still_emits(
    button_dialog: tuple[QDialog, QPushButton, list[str]],
    clock: FakeClock,
    scans: list[str],
) -> None:
    dialog, button, events = button_dialog
    type_fast(button, "q1w2e3r4", clock)
    press_enter(button, clock)
    assert scans == ["q1w2e3r4"]
    assert events == []  # neither the button's Enter nor the "Q" shortcut
    assert dialog.isVisible()


def test_single_letter_shortcut_still_fires_for_a_person(
    qtbot: QtBot,
    button_dialog: tuple[QDialog, QPushButton, list[str]],
    clock: FakeClock,
    scans: list[str],
) -> None:
    _, button, events = button_dialog
    QTest.keyClicks(button, "q")
    let_flush(clock)
    qtbot.waitUntil(lambda: events == ["shortcut Q"], timeout=2000)
    press_enter(button, clock, after_ms=SLOW_MS)
    assert events == ["shortcut Q", "clicked"]
    assert scans == []


def test_disabled_capture_lets_a_scan_through(
    form: Form, clock: FakeClock, capture: ScanCapture, scans: list[str]
) -> None:
    capture.set_enabled(False)
    type_fast(form.edit, PAYLOAD, clock)
    press_enter(form.edit, clock)
    assert form.edit.text() == PAYLOAD
    assert form.returns == [PAYLOAD]
    assert scans == []


def test_disabling_delivers_held_keys(form: Form, clock: FakeClock, capture: ScanCapture) -> None:
    type_fast(form.edit, "abc", clock)
    capture.set_enabled(False)
    assert form.edit.text() == "abc"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=printable_ascii.filter(lambda s: len(s) <= 24))
def test_slow_typing_of_any_printable_ascii_arrives_unchanged(
    qtbot: QtBot, form: Form, clock: FakeClock, scans: list[str], text: str
) -> None:
    form.reset()
    for ch in text:
        QTest.keyClicks(form.edit, ch)
        clock.advance_ms(SLOW_MS)  # the next key finds the gap too long
    qtbot.waitUntil(lambda: form.edit.text() == text, timeout=2000)
    press_enter(form.edit, clock, after_ms=SLOW_MS)
    assert form.returns == [text]
    assert scans == []


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=printable_ascii.filter(lambda s: len(s) <= 40))
def test_fast_burst_with_enter_is_a_scan_exactly_when_long_enough(
    form: Form, clock: FakeClock, capture: ScanCapture, scans: list[str], text: str
) -> None:
    form.reset()
    scans.clear()
    let_flush(clock)
    type_fast(form.edit, text, clock)
    press_enter(form.edit, clock)
    if len(text) >= capture.min_length:
        assert scans == [text]
        assert form.edit.text() == ""
        assert form.returns == []
    else:
        assert scans == []
        assert form.edit.text() == text
        assert form.returns == [text]

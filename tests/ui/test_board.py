"""The hall's display board: what a person in the hall sees and hears."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reception.core.security.roles import Actor, Role
from reception.core.visitors.views import CounterCall, QueueStatus, SeriesStatus
from reception.db.database import Database
from reception.ui.board.announcer import (
    CHIME_SECONDS,
    Announcer,
    chime_file,
    choose_voice,
    spoken_ticket,
    write_chime,
)
from reception.ui.board.board_window import FAMILY, FLASH_MS, BoardWindow
from reception.ui.board.run import board_screen, run_board

T0 = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
NAME = "张三丰"


def call(counter: int, ticket: str, minute: int = 0, name: str = "") -> CounterCall:
    return CounterCall(
        counter, name or f"{counter}号窗口", ticket, T0 + timedelta(minutes=minute), 0
    )


SERIES = [
    SeriesStatus("A", "综合业务", 12, 25, 5.0, 30),
    SeriesStatus("B", "信访接待", 0, 0, 12.0, 0),
]


def status(*current: CounterCall, recent: list[CounterCall] | None = None) -> QueueStatus:
    newest_first = sorted(current, key=lambda c: c.called_at, reverse=True)
    return QueueStatus("2026-11-25", list(SERIES), list(current), recent or newest_first)


class Feed:
    """What the board's fetch returns next; counts the reads."""

    def __init__(self, first: QueueStatus) -> None:
        self.status = first
        self.reads = 0
        self.error: Exception | None = None

    def __call__(self) -> QueueStatus:
        self.reads += 1
        if self.error is not None:
            raise self.error
        return self.status


class Changes(QObject):
    changed = Signal(object)


def texts(widget: QWidget) -> list[str]:
    """Every text a person can see on the window."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and label.text()
    ]


def make_board(qtbot: QtBot, feed: Feed, flash_ms: int = FLASH_MS) -> BoardWindow:
    board = BoardWindow(feed, office_name="市政府办公室", flash_ms=flash_ms)
    qtbot.addWidget(board)
    board.show()
    return board


@pytest.fixture
def feed() -> Feed:
    return Feed(status(call(1, "A021", 0), call(2, "A023", 3), call(3, "B005", 1)))


@pytest.fixture
def announced(feed: Feed, qtbot: QtBot) -> Iterator[tuple[BoardWindow, list[tuple[str, int]]]]:
    board = make_board(qtbot, feed)
    heard: list[tuple[str, int]] = []
    board.call_announced.connect(lambda ticket, counter: heard.append((ticket, counter)))
    board.refresh()
    yield board, heard


# -- what the board shows --------------------------------------------------------------
def test_the_board_shows_each_counters_call_and_the_waiting_per_service(
    qtbot: QtBot, feed: Feed
) -> None:
    board = make_board(qtbot, feed)
    board.refresh()
    rows = {row.ticket.text(): row.counter.text() for row in board.calls.rows if row.isVisible()}
    assert rows == {"A021": "Counter 1", "A023": "Counter 2", "B005": "Counter 3"}
    seen = texts(board)
    assert {"市政府办公室", "综合业务", "信访接待", "12 waiting", "about 30 min"} <= set(seen)
    assert "No one waiting" in seen
    recent = [row.ticket.text() for row in board.recent.rows if row.isVisible()]
    assert recent == ["A023", "B005", "A021"]  # newest first


def test_the_newest_call_is_highlighted_and_flashes_for_a_moment(qtbot: QtBot, feed: Feed) -> None:
    board = make_board(qtbot, feed, flash_ms=900)
    board.refresh()
    lit = [row.ticket.text() for row in board.calls.rows if row.highlighted]
    assert lit == ["A023"] and not board.is_flashing  # the first picture does not flash
    feed.status = status(call(1, "A024", 5), call(2, "A023", 3), call(3, "B005", 1))
    board.refresh()
    assert board.is_flashing
    qtbot.waitUntil(lambda: not board.is_flashing, timeout=3000)
    lit = [row.ticket.text() for row in board.calls.rows if row.highlighted]
    assert lit == ["A024"]  # it stops flashing and stays lit


def test_with_no_call_the_board_asks_people_to_wait(qtbot: QtBot) -> None:
    board = make_board(qtbot, Feed(status()))
    board.refresh()
    assert "Please wait for your number to be called" in texts(board)
    assert not any(row.isVisibleTo(board) for row in board.calls.rows)


@dataclass(frozen=True)
class NamedCall(CounterCall):
    """A call that carries a visitor's name, as a careless service might one day send."""

    name: str = NAME


def test_no_name_ever_reaches_the_hall(qtbot: QtBot) -> None:
    calls = [
        NamedCall(c.counter, c.counter_name, c.ticket, c.called_at, 0)
        for c in (call(1, "A021"), call(2, "A023", 2), call(3, "B005", 1, name="信访接待室"))
    ]
    board = make_board(qtbot, Feed(status(*calls)))
    board.refresh()
    seen = texts(board)
    assert not any(NAME in text for text in [*seen, board.windowTitle()])
    # Only the ticket, the counter and the service fields are rendered, nothing else.
    allowed = {
        "市政府办公室",
        board.clock_label.text(),
        board.date_label.text(),
        "Now calling",
        "Recent calls",
        "→",
        "A",
        "B",
        "综合业务",
        "信访接待",
        "12 waiting",
        "about 30 min",
        "No one waiting",
        "信访接待室",
    }
    allowed |= {c.ticket for c in calls} | {f"Counter {c.counter}" for c in calls}
    allowed |= {c.called_at.astimezone().strftime("%H:%M") for c in calls}
    assert set(seen) <= allowed


def test_a_failed_read_keeps_the_last_picture_and_says_so(qtbot: QtBot, feed: Feed) -> None:
    board = make_board(qtbot, feed)
    board.refresh()
    feed.error = OSError("network is down")
    board.refresh()
    assert "A023" in texts(board) and "Reconnecting…" in texts(board)
    feed.error = None
    board.refresh()
    assert "Reconnecting…" not in texts(board)


def test_the_board_reads_again_only_for_queue_and_setting_changes(qtbot: QtBot, feed: Feed) -> None:
    changes = Changes()
    board = BoardWindow(feed, changes.changed)
    qtbot.addWidget(board)
    changes.changed.emit({"operator"})
    assert feed.reads == 0
    changes.changed.emit({"ticket", "visit"})
    changes.changed.emit({"setting"})
    assert feed.reads == 2


# -- announcing ---------------------------------------------------------------------------
def test_the_calls_on_show_at_start_are_not_announced(
    announced: tuple[BoardWindow, list[tuple[str, int]]],
) -> None:
    board, heard = announced
    assert "A023" in texts(board)
    assert heard == []


def test_a_new_call_is_announced_once(
    qtbot: QtBot, feed: Feed, announced: tuple[BoardWindow, list[tuple[str, int]]]
) -> None:
    board, heard = announced
    feed.status = status(call(1, "A024", 5), call(2, "A023", 3), call(3, "B005", 1))
    with qtbot.waitSignal(board.call_announced) as blocker:
        board.refresh()
    assert blocker.args == ["A024", 1]
    board.refresh()  # nothing changed
    board.refresh()
    assert heard == [("A024", 1)]


def test_a_recall_is_announced_again(
    feed: Feed, announced: tuple[BoardWindow, list[tuple[str, int]]]
) -> None:
    board, heard = announced
    current = list(feed.status.current)
    current[1] = replace(
        current[1], called_at=current[1].called_at + timedelta(minutes=2), recalls=1
    )
    feed.status = status(*current)
    board.refresh()
    assert heard == [("A023", 2)]


def test_calls_at_two_counters_at_once_are_announced_oldest_first(
    feed: Feed, announced: tuple[BoardWindow, list[tuple[str, int]]]
) -> None:
    board, heard = announced
    feed.status = status(call(1, "A024", 6), call(2, "A023", 3), call(3, "B006", 5))
    board.refresh()
    assert heard == [("B006", 3), ("A024", 1)]


# -- the window ---------------------------------------------------------------------------
def test_f11_toggles_full_screen_and_escape_leaves_it(qtbot: QtBot, feed: Feed) -> None:
    board = make_board(qtbot, feed)
    qtbot.keyClick(board, Qt.Key.Key_F11)
    qtbot.waitUntil(board.isFullScreen)
    assert board.cursor().shape() == Qt.CursorShape.BlankCursor
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not board.isFullScreen())
    qtbot.keyClick(board, Qt.Key.Key_F11)
    qtbot.waitUntil(board.isFullScreen)
    qtbot.keyClick(board, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not board.isFullScreen())


def test_the_type_grows_with_the_window(qtbot: QtBot, feed: Feed) -> None:
    board = make_board(qtbot, feed)
    board.refresh()
    ticket = board.calls.rows[0].ticket
    board.resize(640, 360)
    qtbot.waitUntil(lambda: 0 < ticket.font().pixelSize() < 50)
    small = ticket.font().pixelSize()
    board.resize(1920, 1080)
    qtbot.waitUntil(lambda: ticket.font().pixelSize() > 2.5 * small)
    assert ticket.font().family() == FAMILY


def test_the_board_goes_on_the_hall_screen() -> None:
    assert board_screen(1, 0, None) == 0
    assert board_screen(2, 0, None) == 1  # the desk keeps its own screen
    assert board_screen(3, 1, None) == 0
    assert board_screen(3, 0, 2) == 2
    assert board_screen(2, 0, 7) == 1  # no such screen: the usual choice


# -- the announcer ------------------------------------------------------------------------
def test_tickets_are_read_digit_by_digit() -> None:
    assert spoken_ticket("A023", chinese=True) == "A 零二三"
    assert spoken_ticket("B105", chinese=False) == "B 1 0 5"


def test_the_sentence_names_the_ticket_and_the_counter(owner: QWidget) -> None:
    announcer = Announcer(owner, speech=False, locale=ENGLISH)
    assert announcer.sentence("A023", 2) == "Number A 0 2 3, please go to counter 2"


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """A parent that qtbot deletes while the application lives: a speech engine or sound
    left to the garbage collector after QApplication is gone crashes the interpreter."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _mock_engine() -> str:
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock text-to-speech engine is not installed")
    return "mock"


def _record(announcer: Announcer) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    announcer.announcement_started.connect(lambda text: events.append(("start", text)))
    announcer.announcement_finished.connect(lambda text: events.append(("end", text)))
    return events


def test_two_calls_at_once_are_read_one_after_the_other(qtbot: QtBot, owner: QWidget) -> None:
    announcer = Announcer(owner, engine=_mock_engine(), locale=ENGLISH)
    assert announcer.speaks
    events = _record(announcer)
    announcer.announce("A023", 2)
    announcer.announce("B005", 3)
    assert announcer.pending == 2
    qtbot.waitUntil(lambda: len(events) == 4, timeout=15_000)
    first, second = announcer.sentence("A023", 2), announcer.sentence("B005", 3)
    assert events == [("start", first), ("end", first), ("start", second), ("end", second)]


def test_a_voice_is_chosen_for_the_boards_language(owner: QWidget) -> None:
    speech = QTextToSpeech(_mock_engine(), owner)
    voices = speech.availableVoices()
    chosen = choose_voice(voices, ENGLISH)
    assert chosen is not None and chosen.locale().language() == QLocale.Language.English
    assert choose_voice(voices, CHINESE) is None
    # An English voice would read Chinese as noise: the Chinese board chimes instead.
    assert not Announcer(owner, engine="mock", locale=CHINESE).speaks


@pytest.fixture
def silent_wav(tmp_path: Path) -> Path:
    """A chime that makes no sound, so that a developer's speakers stay quiet."""
    path = tmp_path / "silence.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22_050)
        out.writeframes(b"\0\0" * 2205)
    return path


def test_without_a_voice_it_chimes_and_never_raises(
    qtbot: QtBot, owner: QWidget, silent_wav: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="reception.ui.board.announcer")
    announcer = Announcer(owner, engine="no-such-engine", chime=silent_wav, locale=ENGLISH)
    assert not announcer.speaks
    assert "chimes instead" in caplog.text
    events = _record(announcer)
    announcer.announce("A023", 2)
    announcer.announce("B005", 3)
    qtbot.waitUntil(lambda: len(events) == 4, timeout=10_000)
    assert [kind for kind, _ in events] == ["start", "end", "start", "end"]


def test_a_muted_announcer_stays_silent(owner: QWidget, silent_wav: Path) -> None:
    announcer = Announcer(owner, speech=False, chime=silent_wav)
    events = _record(announcer)
    announcer.muted = True
    announcer.announce("A023", 2)
    assert announcer.pending == 0 and events == []


def test_the_chime_is_a_short_soft_wav(tmp_path: Path, _home: Path) -> None:
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path), "rb") as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
    assert seconds == pytest.approx(CHIME_SECONDS, abs=0.01)
    assert path.stat().st_size < 60_000
    cached = chime_file()
    assert cached is not None and cached.is_relative_to(_home) and cached.is_file()


# -- the board's own process --------------------------------------------------------------
def test_run_board_shows_the_queue_and_announces_what_is_called_next(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    from reception.core.visitors import service

    clerk = staff[Role.RECEPTIONIST]

    def register_and_call(name: str, phone: str) -> None:
        now = datetime.now(UTC)
        with db.unit() as session:
            service.register(session, clerk, service.Registration(name, phone, "咨询"), now)
            service.call_next(session, clerk, 1, now)

    register_and_call("张三", "13812345678")
    heard: list[tuple[str, int]] = []
    seen: list[str] = []

    def in_the_hall() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        board = next(w for w in app.topLevelWidgets() if isinstance(w, BoardWindow))
        board.call_announced.connect(lambda ticket, counter: heard.append((ticket, counter)))
        try:
            qtbot.waitUntil(lambda: "A001" in texts(board), timeout=3000)
            register_and_call("李四", "13900001111")
            qtbot.waitUntil(lambda: "A002" in texts(board), timeout=5000)
            seen.extend(texts(board))
        finally:
            # Leave the loop without closing the last window: that would make Qt quit the
            # whole application, and later tests could no longer activate a window.
            app.exit(0)

    QTimer.singleShot(0, in_the_hall)
    assert run_board(db, "en", windowed=True, muted=True) == 0
    assert heard == [("A002", 1)]  # A001 was on show before the board started
    assert "张三" not in seen and "李四" not in seen

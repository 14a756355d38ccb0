"""Saying each call aloud in the hall: a voice when the system has one for the board's
language, else a two-tone chime. Calls wait their turn, so two at once are both heard in
full. Without a voice or a sound device (a server, the tests) it stays silent and logs why."""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
import wave
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from reception.config import data_dir

log = logging.getLogger(__name__)

CHINESE_DIGITS = "零一二三四五六七八九"
CHIME_NAME = "chime-1.wav"  # a new number with a new sound: a cached old one is not reused
SAMPLE_RATE = 22_050
CHIME_SECONDS = 0.65
# Ding-dong: E5 then C5, a falling major third, like a hall's public-address chime.
CHIME_TONES = ((659.25, 0.0), (523.25, 0.26))
CHIME_PEAK = 0.35  # of full scale: soft, the hall is quiet
SPEECH_LIMIT_MS = 15_000  # a voice that never reports the end does not hold up the queue
CHIME_LIMIT_MS = 1_500
PAUSE_MS = 400  # between two announcements, as a person would leave one


def spoken_ticket(ticket: str, chinese: bool) -> str:
    """'A023' read digit by digit, as tickets are called: 'A 零二三', or 'A 0 2 3' in
    English, never 'A twenty-three'."""
    letters = "".join(c for c in ticket if c not in "0123456789").strip()
    digits = [c for c in ticket if c in "0123456789"]
    spelled = "".join(CHINESE_DIGITS[int(d)] for d in digits) if chinese else " ".join(digits)
    return f"{letters} {spelled}".strip()


def choose_voice(voices: Iterable[QVoice], locale: QLocale) -> QVoice | None:
    """A voice for `locale` (same language and region first, then same language). A voice of
    another language would read Chinese as noise, so then none: the board chimes instead."""
    candidates = [v for v in voices if v.locale().language() == locale.language()]
    same_region = [v for v in candidates if v.locale().territory() == locale.territory()]
    chosen = same_region or candidates
    return chosen[0] if chosen else None


def write_chime(path: Path) -> Path:
    """Two soft sine tones with a bell's quick attack and slow decay, as 16-bit mono WAV."""
    frames = bytearray()
    count = int(SAMPLE_RATE * CHIME_SECONDS)
    for index in range(count):
        t = index / SAMPLE_RATE
        value = 0.0
        for frequency, start in CHIME_TONES:
            if t >= start:
                age = t - start
                envelope = min(1.0, age / 0.008) * math.exp(-age / 0.16)
                value += envelope * math.sin(2 * math.pi * frequency * age)
        fade = min(1.0, (count - index) / (SAMPLE_RATE * 0.03))  # no click at the end
        frames += struct.pack("<h", int(32767 * CHIME_PEAK * max(-1.0, min(1.0, value)) * fade))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    os.replace(partial, path)  # a second board starting at once never reads half a file
    return path


def chime_file() -> Path | None:
    """The chime in the data folder's cache (made on first use), else in the temp folder."""
    for folder in (data_dir() / "cache", Path(tempfile.gettempdir()) / "reception"):
        path = folder / CHIME_NAME
        try:
            return path if path.is_file() else write_chime(path)
        except OSError as error:
            log.warning("Cannot write the board's chime to %s: %s", path, error)
    return None


class Announcer(QObject):
    """`announce(ticket, counter)` queues "请 A023 号到 2 号窗口". `speech=False` or an
    `engine` name choose the voice ("mock" in tests); `chime` replaces the generated sound.
    `announcement_started` / `announcement_finished` carry the sentence."""

    announcement_started = Signal(str)
    announcement_finished = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        speech: bool = True,
        engine: str = "",
        chime: Path | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self._queue: deque[str] = deque()
        self._current: str | None = None
        self._muted = False
        self._chime_path = chime
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._finish)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._next)
        self._speech = self._open_voice(engine) if speech else None
        self._chime = None if self._speech is not None else self._open_chime()

    # -- what it can do ----------------------------------------------------------------
    @property
    def speaks(self) -> bool:
        """True with a voice for the board's language; False when it chimes."""
        return self._speech is not None

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, muted: bool) -> None:
        """Muting also drops what is waiting and cuts off what is sounding now."""
        self._muted = muted
        if muted:
            self._queue.clear()
            if self._speech is not None:
                self._speech.stop()
            if self._chime is not None:
                self._chime.stop()
            self._finish()

    @property
    def pending(self) -> int:
        """Announcements not finished yet, the one sounding now included."""
        return len(self._queue) + (self._current is not None)

    def sentence(self, ticket: str, counter: int) -> str:
        chinese = self._locale.language() == QLocale.Language.Chinese
        return self.tr("Number {ticket}, please go to counter {counter}").format(
            ticket=spoken_ticket(ticket, chinese), counter=counter
        )

    def announce(self, ticket: str, counter: int) -> None:
        if self._muted:
            log.debug("Muted: %s at counter %s not announced", ticket, counter)
            return
        self._queue.append(self.sentence(ticket, counter))
        self._next()

    # -- the queue ---------------------------------------------------------------------
    def _next(self) -> None:
        if self._current is not None or self._pause.isActive() or not self._queue:
            return
        text = self._current = self._queue.popleft()
        self.announcement_started.emit(text)
        if self._speech is not None:
            self._limit.start(SPEECH_LIMIT_MS)
            self._speech.say(text)
        elif self._chime is not None and self._chime.status() != QSoundEffect.Status.Error:
            self._limit.start(CHIME_LIMIT_MS)
            self._chime.play()
        else:
            self._limit.start(0)  # nothing can sound: finish on the next turn, in order

    def _finish(self) -> None:
        if self._current is None:
            return
        self._limit.stop()
        text, self._current = self._current, None
        self.announcement_finished.emit(text)
        self._pause.start()

    # -- the voice and the chime -------------------------------------------------------
    def _open_voice(self, engine: str) -> QTextToSpeech | None:
        speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if speech.state() == QTextToSpeech.State.Error:
            log.info(
                "No text-to-speech engine (%s): %s; the board chimes instead",
                speech.engine() or engine or "default",
                speech.errorString() or "not available",
            )
            speech.deleteLater()
            return None
        voice = choose_voice(speech.availableVoices(), self._locale)
        if voice is None:
            log.info(
                "The speech engine %s has no %s voice; the board chimes instead",
                speech.engine(),
                self._locale.name(),
            )
            speech.deleteLater()
            return None
        speech.setLocale(voice.locale())
        speech.setVoice(voice)
        speech.setRate(-0.1)  # a little slower than talk: a hall echoes
        speech.stateChanged.connect(self._speech_state)
        log.info("The board speaks with %s (%s)", voice.name(), speech.engine())
        return speech

    def _speech_state(self, state: QTextToSpeech.State) -> None:
        if self._current is None or self._speech is None:
            return
        if state == QTextToSpeech.State.Error:
            log.warning(
                "Speech failed (%s); the board chimes from now on", self._speech.errorString()
            )
            self._speech.deleteLater()
            self._speech = None
            self._chime = self._open_chime()
            self._finish()
        elif state == QTextToSpeech.State.Ready:
            self._finish()

    def _open_chime(self) -> QSoundEffect | None:
        path = self._chime_path or chime_file()
        if path is None:
            log.info("No chime file; calls are shown but not heard")
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.9)
        effect.playingChanged.connect(self._chime_playing)
        effect.statusChanged.connect(self._chime_status)
        return effect

    def _chime_playing(self) -> None:
        if self._chime is not None and not self._chime.isPlaying():
            self._finish()

    def _chime_status(self) -> None:
        if self._chime is not None and self._chime.status() == QSoundEffect.Status.Error:
            log.info("The chime cannot play here (no sound device?); calls are shown only")
            self._finish()

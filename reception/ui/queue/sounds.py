"""Short sounds for scan outcomes: a rising chime when a visitor is let in, a lower double
tone when a scan is refused. The WAV files are made at run time with the `wave` module (no
binary resources to ship); without an audio device, or when anything about audio fails, the
desk falls back to the system beep. Nothing here may raise: a sound is never worth a crash."""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # QtMultimedia loads audio back-ends: imported only when a sound plays
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)
RATE = 22_050
VOLUME = 0.45


class Cue(StrEnum):
    SUCCESS = "success"
    REFUSAL = "refusal"


# (frequency in Hz, duration in s) per note; a frequency of 0 is a pause.
NOTES: dict[Cue, tuple[tuple[float, float], ...]] = {
    Cue.SUCCESS: ((880.0, 0.09), (1318.5, 0.16)),  # A5 then E6: up, pleasant, short
    Cue.REFUSAL: ((330.0, 0.16), (0.0, 0.07), (330.0, 0.22)),  # E4 twice: low, insistent
}


def render_wav(path: Path, notes: tuple[tuple[float, float], ...]) -> None:
    """Write 16-bit mono PCM; each note fades in and out so it does not click."""
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.012))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * VOLUME * envelope * value))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def sound_folder() -> Path:
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache or tempfile.gettempdir()) / "reception-sounds"


def sound_file(cue: Cue, folder: Path | None = None) -> Path:
    """The cue's WAV file, made on first use."""
    place = folder or sound_folder()
    path = place / f"{cue.value}.wav"
    if not path.exists():
        place.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        render_wav(temporary, NOTES[cue])
        temporary.replace(path)  # another desk process may be writing the same file
    return path


def audio_output_available() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())
    except Exception:  # no multimedia back-end at all
        return False


class Sounds(QObject):
    """`play(Cue.SUCCESS)`; `enabled = False` silences the desk."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[Cue, QSoundEffect] = {}
        self._audio: bool | None = None  # decided on the first sound

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        try:
            if self._audio is None:
                self._audio = audio_output_available()
            effect = self._effect(cue) if self._audio else None
            if effect is None:
                QApplication.beep()
                return
            effect.stop()
            effect.play()  # plays once loaded if the file is still loading
        except Exception as error:  # audio must never take the desk down
            log.info("Cannot play the %s sound: %s", cue.value, error)
            self._audio = False
            QApplication.beep()

    def _effect(self, cue: Cue) -> QSoundEffect | None:
        if cue not in self._effects:
            from PySide6.QtMultimedia import QSoundEffect

            try:
                path = sound_file(cue)
            except OSError as error:
                log.info("Cannot write the %s sound: %s", cue.value, error)
                return None
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[cue] = effect
        return self._effects[cue]

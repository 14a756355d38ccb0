"""A progress bar for long commands, on standard error so it never mixes with --json."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total = label, max(total, 1)
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self._shown = -1

    def update(self, done: int) -> None:
        percent = min(100, done * 100 // self.total)
        if percent == self._shown or (not self.tty and percent % 10 and percent != 100):
            return
        self._shown = percent
        filled = percent * 30 // 100
        bar = "█" * filled + "·" * (30 - filled)
        elapsed = time.monotonic() - self.started
        line = f"{self.label} {bar} {percent:3d}% {done:,}/{self.total:,} {elapsed:5.1f}s"
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self.update(self.total)
        if self.tty:
            self.stream.write("\n")

"""Checks of command-line text that several commands share: numbers are read as
text and checked here, so that a mistake is told in one line like every other refused
input, and an output file is checked before any work is done."""

from __future__ import annotations

from pathlib import Path

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP


def whole_number(text: str, name: str) -> int:
    """`text` as a whole number; `name` is the argument it came from (N, --guests…)."""
    value = text.strip()
    if not value.isdigit() or not value.isascii():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} must be a whole number, not {value}."),
            name=name,
            value=text or "''",
        )
    return int(value)


def output_file(path: Path) -> Path:
    """The absolute path to write to: its folder exists and it is not a folder itself."""
    target = path.expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            folder=str(target.parent),
        )
    if target.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=str(target)
        )
    return target

"""Errors a person can read: an English source text (translated where shown) and its values.

Every error the desk or the command line shows comes from here, so no traceback reaches a
user. `exit_code` is what the command line returns for it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from reception.core.text import Phrase

CONTEXT = "Errors"


class DeskError(Exception):
    """A failure explained in the office's words. `text` is a translatable source string
    with `{name}` fields filled from `values` after translation."""

    exit_code: ClassVar[int] = 1
    context: ClassVar[str] = CONTEXT

    def __init__(self, text: str, /, **values: Any) -> None:
        super().__init__(text.format(**values) if values else text)
        self.text = text
        self.values = values

    def render(self, translate: Any = None) -> str:
        """The message in the shown language; `translate(context, source)` looks it up."""
        if translate is None:
            return self.text.format(**self.values)
        values = {
            key: translate(value.context, str(value)) if isinstance(value, Phrase) else value
            for key, value in self.values.items()
        }
        try:
            return str(translate(self.context, self.text)).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.values)


class InvalidInput(DeskError):
    """What a person typed, scanned or passed is wrong; nothing was changed."""

    exit_code = 2


class NotPermitted(DeskError):
    """The operator's role may not do this."""

    exit_code = 5


class NotFound(DeskError):
    exit_code = 6


class Conflict(DeskError):
    """The database refused the change because it would break an office rule."""

    exit_code = 4


class DatabaseUnusable(DeskError):
    """The database file or server cannot be used as it is; it was left untouched."""

    exit_code = 7


class AuthenticationFailed(DeskError):
    exit_code = 8

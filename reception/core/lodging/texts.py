"""Checks of the free texts on the lodging forms: one line (spaces collapsed) or notes
(line breaks kept), each with its most characters; the field is named in the message."""

from __future__ import annotations

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

FIELD_NOTES = QT_TRANSLATE_NOOP("Fields", "notes")


def one_line(value: str, most: int, field: str, required: bool = False) -> str:
    """One line: runs of spaces and line breaks become one space."""
    text = " ".join(str(value).split())
    if required and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the {field}."), field=Phrase("Fields", field)
        )
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=Phrase("Fields", field),
            most=most,
        )
    return text


def long_text(value: str, most: int, field: str) -> str:
    """Notes keep their line breaks; only the ends are trimmed."""
    text = str(value).strip()
    if len(text) > most:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} may have at most {most} characters."),
            field=Phrase("Fields", field),
            most=most,
        )
    return text

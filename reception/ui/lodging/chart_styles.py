"""The colours of the room chart page's words: a refusal, a done action, a note, and the
guest's needs (which must not be missed at check-in)."""

from __future__ import annotations

ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: #4d5b6a;"
NEEDS_STYLE = (
    "background: #fff3e0; color: #8a2b00; border: 2px solid #e65100; border-radius: 4px;"
    " padding: 6px; font-weight: bold;"
)

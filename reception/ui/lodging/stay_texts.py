"""How the room chart page words a stay: the guest's needs, a number of nights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reception.core.lodging.lists import need_lines
from reception.core.lodging.views import GuestNeeds, StayView
from reception.ui.messages import qt_translate


def guest_needs_text(needs: GuestNeeds, separator: str = "\n") -> str:
    """The guest's needs in the shown language, one per line (or joined by `separator`);
    empty when none."""
    return separator.join(need.text(qt_translate) for need in need_lines(needs))


def needs_text(stay: StayView) -> str:
    """The guest's needs, one per line, in the shown language; empty when none."""
    return guest_needs_text(stay.needs)


def nights_text(nights: int) -> str:
    return QCoreApplication.translate("RoomChartPage", "%n night(s)", "", nights)

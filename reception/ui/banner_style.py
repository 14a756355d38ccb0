"""What the desk's banners share (the scan banner, queue/scan_outcome.py, and the alert
banner, alerts/alert_banner.py): their colours and their type sizes."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

# (background, text): strong enough to read from a step away; amber takes dark text.
GREEN = ("#1e7b34", "#ffffff")
BLUE = ("#1d4f91", "#ffffff")
AMBER = ("#f0b323", "#1a1a1a")
RED = ("#b3261e", "#ffffff")


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, `factor` times its size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font

"""One figure of the dashboard: the number large, what it counts under it, a line of detail
below. It takes the focus with Tab; a click, Enter or Space opens the list behind it.
A figure that needs someone's attention (overdue cases, overdue tasks) turns red while it
is above zero."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

CALM_STYLE = (
    "FigureTile { background: #f5f7fa; border: 1px solid #d5dce5; border-radius: 6px; }"
    "FigureTile:focus { border: 2px solid #1f6fb2; }"
)
ALERT_STYLE = (
    "FigureTile { background: #fdecee; border: 1px solid #e4a1a9; border-radius: 6px; }"
    "FigureTile:focus { border: 2px solid #b00020; }"
)
ALERT_COLOR = "#b00020"
CALM_COLOR = "#1d2b3a"
NOTE_COLOR = "#4d5b6a"
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class FigureTile(QFrame):
    """Signals:
    opened(str)   the tile's key, when the clerk asks for the list behind the figure
    """

    opened = Signal(str)

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.alerting = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value_label = QLabel("–", self)
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.note_label = QLabel(self)
        self.note_label.setStyleSheet(f"color: {NOTE_COLOR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.value_label, self.caption_label, self.note_label):
            layout.addWidget(label)
        self.setAccessibleName(caption)
        self._paint(False)

    def set_value(self, value: str, note: str = "", *, alert: bool = False) -> None:
        self.value_label.setText(value)
        self.note_label.setText(note or " ")  # an empty line keeps the tiles one height
        self.setToolTip(f"{self.caption_label.text()}：{value}" + (f"\n{note}" if note else ""))
        self.setAccessibleDescription(f"{value} {note}".strip())
        self._paint(alert)

    def _paint(self, alert: bool) -> None:
        self.alerting = alert
        self.setStyleSheet(ALERT_STYLE if alert else CALM_STYLE)
        color = ALERT_COLOR if alert else CALM_COLOR
        self.value_label.setStyleSheet(f"color: {color};")

    def text_as_read(self) -> str:
        """ "3 今日新增" as a person reads the tile (for tests and screen readers)."""
        parts = [self.value_label.text(), self.caption_label.text()]
        if self.note_label.text().strip():
            parts.append(self.note_label.text())
        return " ".join(parts)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.opened.emit(self.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and not event.modifiers():
            self.opened.emit(self.key)
            return
        super().keyPressEvent(event)

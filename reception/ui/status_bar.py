"""The main window's status bar: operator and role, desk and counter, database, clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar

from reception.config import DeskConfig, describe
from reception.ui.session import DeskSession

CLOCK_INTERVAL_MS = 1000


def desk_text(desk: DeskConfig) -> str:
    name = desk.desk_name or QCoreApplication.translate("DeskStatus", "Unnamed desk")
    if desk.counter:
        return QCoreApplication.translate("DeskStatus", "{desk} · Counter {counter}").format(
            desk=name, counter=desk.counter
        )
    return name


class DeskStatus(QObject):
    """Permanent labels on the right of a QStatusBar (messages keep the left); the clock
    ticks each second."""

    def __init__(self, bar: QStatusBar, session: DeskSession) -> None:
        super().__init__(bar)
        operator = session.operator
        self.operator_label = QLabel(
            self.tr("{name} · {role}").format(
                name=operator.display_name,
                role=QCoreApplication.translate("Roles", operator.role.label),
            ),
            bar,
        )
        self.desk_label = QLabel(bar)
        self.database_label = QLabel(bar)
        self.clock_label = QLabel(bar)
        database = describe(session.db.url)
        self.database_label.setText(self.tr("Database: {name}").format(name=_short(database)))
        self.database_label.setToolTip(database)
        for label in (self.operator_label, self.desk_label, self.database_label, self.clock_label):
            label.setFrameShape(QFrame.Shape.NoFrame)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.show_desk(session.desk)
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def show_desk(self, desk: DeskConfig) -> None:
        self.desk_label.setText(desk_text(desk))

    def tick(self) -> None:
        self.clock_label.setText(QTime.currentTime().toString("HH:mm:ss"))

    def stop(self) -> None:
        self._timer.stop()


def _short(text: str, length: int = 48) -> str:
    """A long path keeps its end, which names the file."""
    return text if len(text) <= length else "…" + text[-(length - 1) :]

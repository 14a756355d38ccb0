"""The answer to a scan, shown at once: a large colour-coded banner with a sound.

Green: checked in. Blue: signed out. Amber: already checked in or already left (nothing
changed, but the slip is good). Red: expired, not for today, or not a slip of this office.
The banner hides itself after a few seconds, on Esc or on a click."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reception.core.visitors.views import ScanOutcome, ScanResult
from reception.ui.banner_style import AMBER, BLUE, GREEN, RED, scaled_font
from reception.ui.queue.scan_desk import ScanDesk
from reception.ui.queue.sounds import Cue, Sounds

SHOWN_MS = 5000
MARGIN = 10


class Tone(StrEnum):
    GREEN = "green"  # let in
    BLUE = "blue"  # signed out
    AMBER = "amber"  # a good slip, but nothing to do
    RED = "red"  # refused


# (background, text)
COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.GREEN: GREEN,
    Tone.BLUE: BLUE,
    Tone.AMBER: AMBER,
    Tone.RED: RED,
}
SYMBOLS: dict[Tone, str] = {Tone.GREEN: "✔", Tone.BLUE: "➜", Tone.AMBER: "!", Tone.RED: "✖"}
TONE_OF: dict[ScanResult, Tone] = {
    ScanResult.CHECKED_IN: Tone.GREEN,
    ScanResult.LEFT: Tone.BLUE,
    ScanResult.ALREADY_CHECKED_IN: Tone.AMBER,
    ScanResult.ALREADY_LEFT: Tone.AMBER,
    ScanResult.EXPIRED: Tone.RED,
    ScanResult.NOT_ARRIVED: Tone.AMBER,
    ScanResult.NOT_TODAY: Tone.RED,
    ScanResult.NOT_OURS: Tone.RED,
}


class ScanOutcomeView(QFrame):
    """`show_outcome(outcome)` shows a ScanOutcome; `show_problem(text)` a scan that could
    not be handled. With a ScanDesk it follows that desk's signals by itself, and for
    "already checked in" offers a button that signs the visitor out through it.

    As a child (`overlay=True`, the default) it floats over the top of its parent and
    follows the parent's width; with `above=widget` it floats at the bottom instead, just
    above that widget of the parent (so it covers no field being typed in). Without a
    parent it is a frameless window that does not take the keyboard focus.
    `overlay=False` leaves the placing to a layout.

    Signals: dismissed()  hidden by the clerk or the timer
    """

    dismissed = Signal()

    def __init__(
        self,
        scan_desk: ScanDesk | None = None,
        parent: QWidget | None = None,
        *,
        overlay: bool = True,
        shown_ms: int = SHOWN_MS,
        sounds: Sounds | None = None,
        zone: ZoneInfo | None = None,
        above: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanOutcome")
        self._scan_desk = scan_desk
        self._overlay = overlay and parent is not None
        self._shown_ms = shown_ms
        self._zone = zone
        self._above = above
        self._tone = Tone.GREEN
        self._outcome: ScanOutcome | None = None
        self.sounds = sounds if sounds is not None else Sounds(self)
        if parent is None:
            self.setWindowFlags(
                Qt.WindowType.Tool
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
                | Qt.WindowType.WindowDoesNotAcceptFocus
            )
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.symbol_label = QLabel(self)
        self.symbol_label.setFont(scaled_font(self, 3.2, bold=True))
        self.symbol_label.setFixedWidth(self.symbol_label.fontMetrics().horizontalAdvance("✔✔"))
        self.symbol_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled_font(self, 2.0, bold=True))
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel(self)
        self.detail_label.setFont(scaled_font(self, 1.35))
        self.detail_label.setWordWrap(True)
        self.leave_button = QPushButton(self.tr("Sign out (leave)"), self)
        self.leave_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clerk keeps typing
        self.leave_button.clicked.connect(self._leave)
        self.close_button = QPushButton("×", self)
        self.close_button.setFlat(True)
        self.close_button.setFont(scaled_font(self, 1.6, bold=True))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.dismiss)

        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(self.symbol_label)
        layout.addLayout(texts, 1)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the banner shows
        escape.activated.connect(self.dismiss)

        if scan_desk is not None:
            scan_desk.visitor_checked_in.connect(self.show_outcome)
            scan_desk.visitor_left.connect(self.show_outcome)
            scan_desk.scan_refused.connect(self.show_outcome)
            scan_desk.scan_failed.connect(self.show_problem)
        if self._overlay and parent is not None:
            parent.installEventFilter(self)
        self.hide()

    # -- what is shown ------------------------------------------------------------

    @property
    def tone(self) -> Tone:
        return self._tone

    @property
    def outcome(self) -> ScanOutcome | None:
        """The outcome shown last (None after show_problem)."""
        return self._outcome

    def title_text(self) -> str:
        return self.title_label.text()

    def detail_text(self) -> str:
        return self.detail_label.text()

    def _time(self, moment: datetime | None, with_day: bool = False) -> str:
        if moment is None:
            return "--:--"
        zone = self._zone or (self._scan_desk.zone if self._scan_desk else None)
        local = moment.astimezone(zone) if zone else moment
        return local.strftime("%Y-%m-%d %H:%M" if with_day else "%H:%M")

    def _who(self, outcome: ScanOutcome) -> list[str]:
        parts = [outcome.name] if outcome.name else []
        if outcome.ticket:
            parts.append(self.tr("Ticket {ticket}").format(ticket=outcome.ticket))
        if outcome.host:
            parts.append(self.tr("Visiting {host}").format(host=outcome.host))
        return parts

    def _texts(self, outcome: ScanOutcome) -> tuple[str, list[str]]:
        result, who = outcome.result, self._who(outcome)
        at = self._time(outcome.at)
        if result is ScanResult.CHECKED_IN:
            return self.tr("Checked in"), who
        if result is ScanResult.LEFT:
            return self.tr("Signed out at {time}").format(time=at), who
        if result is ScanResult.ALREADY_CHECKED_IN:
            return self.tr("Already checked in at {time}").format(time=at), who
        if result is ScanResult.ALREADY_LEFT:
            return self.tr("Already left at {time}").format(time=at), who
        if result is ScanResult.NOT_ARRIVED:
            return self.tr("Not checked in yet: nobody signed out"), who
        if result is ScanResult.EXPIRED:
            if outcome.expired_at is not None:
                # Slips expire at the end of their office day: name that day.
                last = self._time(outcome.expired_at - timedelta(seconds=1), with_day=True)
                who.append(self.tr("It was valid on {day}.").format(day=last.split(" ")[0]))
            return self.tr("This slip has expired"), who
        if result is ScanResult.NOT_TODAY:
            if outcome.appointment_at is not None:
                local = self._time(outcome.appointment_at, with_day=True)
                day, slot = local.split(" ")
                who.append(self.tr("It is for {day} at {time}.").format(day=day, time=slot))
            return self.tr("This slip is not for today"), who
        return self.tr("Not a slip of this office"), [
            self.tr("The code is not a valid slip, or it was altered. Nothing was recorded.")
        ]

    def show_outcome(self, outcome: ScanOutcome) -> None:
        title, details = self._texts(outcome)
        self._outcome = outcome
        offer_leave = (
            outcome.result is ScanResult.ALREADY_CHECKED_IN
            and outcome.visit_id is not None
            and self._scan_desk is not None
        )
        self._present(TONE_OF[outcome.result], title, "  ·  ".join(details), offer_leave)

    def show_problem(self, message: str) -> None:
        self._outcome = None
        self._present(Tone.RED, self.tr("The scan could not be handled"), message, False)

    def _present(self, tone: Tone, title: str, detail: str, offer_leave: bool) -> None:
        self._tone = tone
        background, text = COLOURS[tone]
        self.setStyleSheet(
            f"QFrame#scanOutcome {{ background: {background}; border-radius: 8px; }}"
            f" QFrame#scanOutcome QLabel {{ color: {text}; background: transparent; }}"
            f' QFrame#scanOutcome QPushButton[flat="true"] {{ color: {text}; border: none; }}'
        )
        self.symbol_label.setText(SYMBOLS[tone])
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.leave_button.setVisible(offer_leave)
        self._place()
        self.show()
        self.raise_()
        # A button on offer needs time to be reached.
        self._timer.start(self._shown_ms * (2 if offer_leave else 1))
        self.sounds.play(Cue.SUCCESS if tone in (Tone.GREEN, Tone.BLUE) else Cue.REFUSAL)

    # -- hiding, placing ------------------------------------------------------------

    def dismiss(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def _leave(self) -> None:
        outcome = self._outcome
        if self._scan_desk is None or outcome is None or outcome.visit_id is None:
            return
        self.leave_button.hide()
        self._scan_desk.leave(outcome.visit_id)  # its signal brings the blue answer here

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dismiss()
        event.accept()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._timer.stop()  # the clerk is reading it or reaching for the button
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.isVisible():
            self._timer.start(self._shown_ms)
        super().leaveEvent(event)

    def _place(self) -> None:
        parent = self.parentWidget()
        if self._overlay and parent is not None:
            width = max(200, parent.width() - 2 * MARGIN)
            layout = self.layout()
            height = -1
            if layout is not None and layout.hasHeightForWidth():
                height = layout.heightForWidth(width)
            height = max(height, self.sizeHint().height())
            top = MARGIN
            if self._above is not None:
                top = max(MARGIN, self._above.mapTo(parent, QPoint(0, 0)).y() - MARGIN - height)
            self.setGeometry(MARGIN, top, width, height)
        elif parent is None:
            self.adjustSize()
            screen = self.screen().availableGeometry()
            width = min(screen.width() - 2 * MARGIN, max(self.width(), 720))
            self.resize(width, self.height())
            self.move(screen.x() + (screen.width() - width) // 2, screen.y() + MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.parentWidget() and event.type() == QEvent.Type.Resize
        if resized and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)

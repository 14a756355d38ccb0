"""The alert banner across the top of the desk's content: the most urgent open alert, "N more"
when there are others, and three buttons: Open (the record it is about), Got it (acknowledge
it in the operator's name, asking nothing more) and All alerts (the list). Coloured by how
urgent it is, in the scan banner's colours; hidden while no alert is open.

Unlike the scan banner it stays until acknowledged, so it takes its own row in the layout
rather than floating over the page, and its buttons take the keyboard focus (Tab, Enter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reception.core.alerts.raised import Alert, Severity
from reception.ui.alerts.alert_model import alert_text
from reception.ui.banner_style import AMBER, BLUE, RED, scaled_font

# (background, text), as the scan banner: red now, amber a clock run out, blue a reminder.
COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.URGENT: RED,
    Severity.WARNING: AMBER,
    Severity.NOTICE: BLUE,
}


class AlertBanner(QFrame):
    """`show_alerts(alerts)` shows the first of the open alerts given (the most urgent), or
    hides the banner when there is none.

    Signals:
        open_requested(object)         the Alert whose record to open
        acknowledge_requested(object)  the Alert to acknowledge
        list_requested()               the list of every alert was asked for
    """

    open_requested = Signal(object)
    acknowledge_requested = Signal(object)
    list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._alert: Alert | None = None
        self._more = 0

        self.kind_label = QLabel(self)
        self.kind_label.setFont(scaled_font(self, 1.0, bold=True))
        self.text_label = QLabel(self)
        self.text_label.setFont(scaled_font(self, 1.15))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.more_label = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the record this alert is about"))
        self.open_button.clicked.connect(self._open)
        self.acknowledge_button = QPushButton(self.tr("&Got it"), self)
        self.acknowledge_button.setToolTip(
            self.tr("Acknowledge this alert in your name: it leaves every desk's banner")
        )
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.list_button = QPushButton(self.tr("All alerts…"), self)
        self.list_button.setToolTip(self.tr("Every current alert, and who acknowledged which (F9)"))
        self.list_button.clicked.connect(self.list_requested)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.kind_label)
        texts.addWidget(self.text_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(10)
        layout.addLayout(texts, 1)
        layout.addWidget(self.more_label)
        for button in (self.open_button, self.acknowledge_button, self.list_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.hide()

    # -- what is shown ----------------------------------------------------------------

    @property
    def alert(self) -> Alert | None:
        """The alert shown (None while hidden)."""
        return self._alert

    def text(self) -> str:
        return self.text_label.text()

    def more_text(self) -> str:
        return self.more_label.text() if self._more else ""

    def show_alerts(self, alerts: list[Alert]) -> None:
        shown = [alert for alert in alerts if not alert.acknowledged]
        if not shown:
            self._alert, self._more = None, 0
            self.hide()
            return
        alert = shown[0]
        self._alert, self._more = alert, len(shown) - 1
        background, text = COLOURS[alert.severity]
        self.setStyleSheet(
            f"QFrame#alertBanner {{ background: {background}; }}"
            f" QFrame#alertBanner QLabel {{ color: {text}; background: transparent; }}"
        )
        self.kind_label.setText(QCoreApplication.translate("Alerts", alert.kind_label))
        self.text_label.setText(alert_text(alert))
        self.more_label.setText(self.tr("%n more alert(s)", "", self._more))
        self.more_label.setVisible(self._more > 0)
        self.show()

    # -- the buttons ------------------------------------------------------------------

    def _open(self) -> None:
        if self._alert is not None:
            self.open_requested.emit(self._alert)

    def _acknowledge(self) -> None:
        if self._alert is not None:
            self.acknowledge_requested.emit(self._alert)

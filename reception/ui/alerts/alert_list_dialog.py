"""Every current alert in a small window: the open ones first by urgency, then those already
acknowledged, greyed, with who acknowledged them and when. Enter or Open opens the chosen
alert's record, Got it acknowledges it. Not modal: the clerk keeps working beside it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.alerts.raised import Alert
from reception.ui.alerts.alert_model import AlertModel


class AlertListDialog(QDialog):
    """Signals:
    open_requested(object)         the Alert whose record to open
    acknowledge_requested(object)  the Alert to acknowledge
    """

    open_requested = Signal(object)
    acknowledge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, zone: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alerts"))
        self.resize(760, 360)
        self.model = AlertModel(self, zone=zone)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AlertModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AlertModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            AlertModel.ACKNOWLEDGED, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.activated.connect(lambda _index: self._open())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._enable()
        )
        self.empty_label = QLabel(self.tr("No alert now."), self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.acknowledge_button = QPushButton(self.tr("&Got it"), self)
        for button in (self.open_button, self.acknowledge_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open)
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self._enable()

    def set_alerts(self, alerts: list[Alert]) -> None:
        """Show `alerts` (urgency order), the open ones before the acknowledged ones,
        keeping the chosen alert chosen while it is listed."""
        chosen = self.chosen()
        ordered = [a for a in alerts if not a.acknowledged] + [a for a in alerts if a.acknowledged]
        self.model.set_alerts(ordered)
        row = self.model.row_of(chosen.key) if chosen is not None else -1
        if row < 0 and ordered:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, AlertModel.TEXT))
        self.empty_label.setVisible(not ordered)
        self._enable()

    def chosen(self) -> Alert | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.alert(index.row()) if index.isValid() else None

    def choose(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, AlertModel.TEXT))
        return row >= 0

    def _enable(self) -> None:
        alert = self.chosen()
        self.open_button.setEnabled(alert is not None)
        self.acknowledge_button.setEnabled(alert is not None and not alert.acknowledged)

    def _open(self) -> None:
        alert = self.chosen()
        if alert is not None:
            self.open_requested.emit(alert)

    def _acknowledge(self) -> None:
        alert = self.chosen()
        if alert is not None and not alert.acknowledged:
            self.acknowledge_requested.emit(alert)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

"""The left side of the delegations page: the text filter, the optional date range, the
list of delegations (upcoming first) and how many there are. Emits `filter_changed` a
moment after the clerk stops typing or changes the dates. Texts keep the page's
translation context ("DelegationsPage")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.lodging.delegation_panel import table
from reception.ui.models.delegation_model import DelegationModel

FILTER_DELAY_MS = 250
NOTE_STYLE = "color: #4d5b6a;"


class DelegationList(QWidget):
    filter_changed = Signal()

    def __init__(
        self,
        model: DelegationModel,
        new_button: QToolButton,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.filter_changed)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate(
                "DelegationsPage",
                "Filter: name, unit, letter, or a guest's name, pinyin or initials",
            )
        )
        self.filter_edit.textChanged.connect(lambda _text: self.filter_timer.start())
        self.between = QCheckBox(QCoreApplication.translate("DelegationsPage", "&Between"), self)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, day in ((self.from_edit, today), (self.to_edit, today + timedelta(days=30))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate(day))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _day: self.filter_timer.start())
        self.between.toggled.connect(self._between_toggled)
        dates = QHBoxLayout()
        dates.addWidget(self.between)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.view = table(model, self, DelegationModel.NAME)
        # the unit shares the spare width with the name (both elided), so the guest count and
        # the checklist column, red when a task is overdue, stay in sight without scrolling
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DelegationModel.UNIT, QHeaderView.ResizeMode.Stretch)
        # the checklist's words would take the names' room: a fixed width, elided
        header.setSectionResizeMode(DelegationModel.CHECKLIST, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DelegationModel.CHECKLIST, 96)
        self.new_button = new_button
        new_button.setParent(self)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(NOTE_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addLayout(dates)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _between_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.filter_timer.start()

    def period(self) -> tuple[date | None, date | None]:
        """The days asked for, or (None, None) for any."""
        if not self.between.isChecked():
            return None, None
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def show_all(self) -> None:
        """No filter: every delegation."""
        self.filter_edit.clear()
        self.between.setChecked(False)

    def show_day(self, day: date) -> None:
        """The delegations in house on `day` (the overview's figure)."""
        self.filter_edit.clear()
        self.from_edit.setDate(qdate(day))
        self.to_edit.setDate(qdate(day))
        self.between.setChecked(True)

    def set_count(self, count: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("DelegationsPage", "{count} delegations").format(count=count)
        )

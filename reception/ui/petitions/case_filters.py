"""The filters over the deadlines view: a search box (case number, or a petitioner's name,
pinyin or initials), the unit, the officer, overdue only, due within N days, and closed
cases too. Emits `filter_changed` a moment after the clerk stops typing or changes one.
From the overview, a one-day filter (cases received that day, or with a joint visit that
day) shows as a line of its own with a button that clears it, so the clerk sees why the
list is short. Texts keep the cases page's translation context ("CasesPage")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.petitions.deadlines import CaseFilter

FILTER_DELAY_MS = 250
MAX_DUE_WITHIN = 365
RECEIVED, JOINT = "received", "joint"  # the one-day filters
FOCUS_STYLE = "color: #1f4e79; font-weight: bold;"


class CaseFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, due_soon_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.filter_changed)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "CasesPage", "Find: case number, or a petitioner's name, pinyin or initials"
            )
        )
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.unit = QComboBox(self)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(8)
        self.unit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.officer = QComboBox(self)
        self.officer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.officer.setMinimumContentsLength(5)
        self.set_units([])
        self.set_officers([])
        self.overdue = QCheckBox(QCoreApplication.translate("CasesPage", "&Overdue"), self)
        self.due_soon = QCheckBox(QCoreApplication.translate("CasesPage", "&Due within"), self)
        self.days = QSpinBox(self)
        self.days.setRange(0, MAX_DUE_WITHIN)
        self.days.setValue(due_soon_days)
        self.days.setSuffix(QCoreApplication.translate("CasesPage", " days"))
        self.days.setEnabled(False)
        self.closed_too = QCheckBox(QCoreApplication.translate("CasesPage", "&Closed too"), self)
        self.closed_too.setToolTip(
            QCoreApplication.translate(
                "CasesPage", "Show the cases not accepted, closed and final as well"
            )
        )
        self.due_soon.toggled.connect(self.days.setEnabled)
        for box in (self.overdue, self.due_soon, self.closed_too):
            box.toggled.connect(lambda _on: self.timer.start())
        self.days.valueChanged.connect(lambda _days: self.timer.start())
        for combo in (self.unit, self.officer):
            combo.currentIndexChanged.connect(lambda _index: self.timer.start())

        choices = QHBoxLayout()
        choices.addWidget(self.unit, 2)
        choices.addWidget(self.officer, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.overdue)
        ticks.addWidget(self.due_soon)
        ticks.addWidget(self.days)
        ticks.addWidget(self.closed_too)
        ticks.addStretch(1)
        self.focus: tuple[str, date] | None = None
        self.focus_label = QLabel(self)
        self.focus_label.setStyleSheet(FOCUS_STYLE)
        self.focus_clear = QPushButton(
            QCoreApplication.translate("CasesPage", "Show all cases"), self
        )
        self.focus_clear.clicked.connect(self._clear_focus)
        focus_row = QHBoxLayout()
        focus_row.addWidget(self.focus_label, 1)
        focus_row.addWidget(self.focus_clear)
        self._show_focus()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(choices)
        layout.addLayout(ticks)
        layout.addLayout(focus_row)

    def set_units(self, units: list[str]) -> None:
        chosen = self.unit.currentData() or ""
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(QCoreApplication.translate("CasesPage", "All units"), "")
        for unit in units:
            self.unit.addItem(unit, unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)

    def set_officers(self, officers: list[tuple[int, str]]) -> None:
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(QCoreApplication.translate("CasesPage", "All officers"), None)
        for officer_id, name in officers:
            self.officer.addItem(name, officer_id)
        index = self.officer.findData(chosen) if chosen is not None else 0
        self.officer.setCurrentIndex(max(0, index))
        self.officer.blockSignals(False)

    def current(self) -> CaseFilter:
        officer = self.officer.currentData()
        return CaseFilter(
            text=self.search.text(),
            unit=str(self.unit.currentData() or ""),
            officer_id=int(officer) if officer is not None else None,
            due_within=self.days.value() if self.due_soon.isChecked() else None,
            overdue=self.overdue.isChecked(),
            open_only=not self.closed_too.isChecked() and self.focus is None,
            received_on=self.focus[1] if self.focus and self.focus[0] == RECEIVED else None,
            joint_visit_on=self.focus[1] if self.focus and self.focus[0] == JOINT else None,
        )

    def show_day(self, kind: str, day: date) -> None:
        """Only the cases received on `day` (RECEIVED) or with a joint visit on it (JOINT),
        closed ones too; the other filters are cleared."""
        self.show_deadlines(overdue=False, due_within=None)
        self.focus = (kind, day)
        self._show_focus()

    def _show_focus(self) -> None:
        shown = self.focus is not None
        self.focus_label.setVisible(shown)
        self.focus_clear.setVisible(shown)
        if self.focus is None:
            return
        kind, day = self.focus
        text = (
            QCoreApplication.translate("CasesPage", "Only the cases received on {day}")
            if kind == RECEIVED
            else QCoreApplication.translate(
                "CasesPage", "Only the cases with a joint visit on {day}"
            )
        )
        self.focus_label.setText(text.format(day=day.isoformat()))

    def _clear_focus(self) -> None:
        self.focus = None
        self._show_focus()
        self.filter_changed.emit()

    def show_deadlines(self, *, overdue: bool, due_within: int | None) -> None:
        """Only the clock filters: overdue cases, or those due within `due_within` days
        (the dashboard's figures); the search, unit, officer and one-day filter are cleared."""
        self.focus = None
        self._show_focus()
        widgets = (self.search, self.unit, self.officer, self.overdue, self.due_soon, self.days)
        for widget in (*widgets, self.closed_too):
            widget.blockSignals(True)
        self.search.clear()
        self.unit.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.overdue.setChecked(overdue)
        self.due_soon.setChecked(due_within is not None)
        self.days.setEnabled(due_within is not None)
        if due_within is not None:
            self.days.setValue(due_within)
        self.closed_too.setChecked(False)
        for widget in (*widgets, self.closed_too):
            widget.blockSignals(False)
        self.timer.stop()

    def show_all(self) -> None:
        """No filter: every case, closed ones too."""
        self.focus = None
        self._show_focus()
        for widget in (self.search, self.unit, self.officer, self.overdue, self.due_soon):
            widget.blockSignals(True)
        self.search.clear()
        self.unit.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.due_soon.setChecked(False)
        self.days.setEnabled(False)
        for widget in (self.search, self.unit, self.officer, self.overdue, self.due_soon):
            widget.blockSignals(False)
        self.closed_too.setChecked(True)
        self.timer.stop()

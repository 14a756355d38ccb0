"""The administrator's alert rules (Settings ▸ Alert rules…): each rule switched on or off,
with its number beside it. The numbers' boxes take only what the rules accept
(rules.NUMBERS); whatever the service still refuses (a value from elsewhere, the operator's
role changed at another desk) is said on the red line, and nothing is saved."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from reception.core.alerts.rules import NUMBERS, AlertRules, load_alert_rules, update_alert_rules
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.session import DeskSession


class AlertRulesDialog(QDialog):
    """`rules` holds what was saved once the dialog is accepted."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Alert rules"))
        with session.db.read() as s:
            self.rules: AlertRules = load_alert_rules(s)
        rules = self.rules

        self.joint_visit = QCheckBox(self.tr("A &joint visit (five people or more) came"), self)
        self.case_due = QCheckBox(self.tr("A &case is due within"), self)
        self.case_due_days = self._number("case_due_days", self.tr(" days, or overdue"))
        self.arriving = QCheckBox(self.tr("A &delegation arrives within"), self)
        self.arriving_minutes = self._number(
            "arriving_minutes", self.tr(" minutes with its checklist unfinished")
        )
        self.long_wait = QCheckBox(self.tr("A visitor has &waited more than"), self)
        self.wait_minutes = self._number("wait_minutes", self.tr(" minutes"))
        self.final_again = QCheckBox(self.tr("A &final matter is presented again"), self)
        self.switches: dict[str, QCheckBox] = {
            "joint_visit": self.joint_visit,
            "case_due": self.case_due,
            "arriving": self.arriving,
            "long_wait": self.long_wait,
            "final_again": self.final_again,
        }
        self.numbers: dict[str, QSpinBox] = {
            "case_due_days": self.case_due_days,
            "arriving_minutes": self.arriving_minutes,
            "wait_minutes": self.wait_minutes,
        }
        values = asdict(rules)
        for name, box in self.switches.items():
            box.setChecked(bool(values[name]))
        for name, spin in self.numbers.items():
            spin.setValue(int(values[name]))

        form = QFormLayout()
        note = QLabel(
            self.tr(
                "Alerts show in every desk's banner to the roles that read their area, until "
                "someone acknowledges them."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.joint_visit)
        form.addRow(self._row(self.case_due, self.case_due_days))
        form.addRow(self._row(self.arriving, self.arriving_minutes))
        form.addRow(self._row(self.long_wait, self.wait_minutes))
        form.addRow(self.final_again)
        self.error_label, self.buttons = finish_form(self, form, self.tr("&Save"), self.save)
        for switch, name in (
            (self.case_due, "case_due_days"),
            (self.arriving, "arriving_minutes"),
            (self.long_wait, "wait_minutes"),
        ):
            spin = self.numbers[name]
            switch.toggled.connect(spin.setEnabled)
            spin.setEnabled(switch.isChecked())

    def _number(self, name: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        least, most = NUMBERS[name]
        spin.setRange(least, most)
        spin.setSuffix(suffix)
        return spin

    def _row(self, switch: QCheckBox, spin: QSpinBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(switch)
        row.addWidget(spin)
        row.addStretch(1)
        return row

    def changes(self) -> dict[str, object]:
        """The form's values, as update_alert_rules takes them."""
        values: dict[str, object] = {name: box.isChecked() for name, box in self.switches.items()}
        values.update({name: spin.value() for name, spin in self.numbers.items()})
        return values

    def save(self) -> None:
        changes = self.changes()

        def change(s: Session) -> AlertRules:
            return update_alert_rules(s, self._session.actor, **changes)

        saved = save_in_unit(self._session, self.error_label, change)
        if saved is not None:
            self.rules = saved
            self.accept()

"""Recording or editing a delegation: unit, purpose, the inviting letter (公函), liaison and
dates. Without the letter's reference the desk refuses it: no letter, no reception."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging.delegations import (
    DelegationForm,
    DelegationView,
    add_delegation,
    liaison_phone,
    update_delegation,
)
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.messages import error_text
from reception.ui.session import DeskSession

NOTE_STYLE = "color: #4d5b6a;"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DelegationDialog(QDialog):
    """Emits `delegation_saved(DelegationView)` and closes once the delegation is stored; a
    refusal is shown in the dialog, which stays open with what was typed.

    Editing: the liaison's phone on file is shown masked; the field stays empty and keeps it
    unless a new number is typed. "Show" reveals it (audited) so it can be corrected or
    cleared."""

    delegation_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._delegation = delegation
        self._revealed = False
        first = today or date.today()
        self.setWindowTitle(self.tr("Edit delegation") if delegation else self.tr("New delegation"))

        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(80)
        self.purpose = QLineEdit(self)
        self.purpose.setMaxLength(200)
        self.letter_ref = QLineEdit(self)
        self.letter_ref.setMaxLength(80)
        self.letter_ref.setPlaceholderText(self.tr("Required: no inviting letter, no reception"))
        self.liaison_name = QLineEdit(self)
        self.liaison_name.setMaxLength(40)
        self.liaison_phone = QLineEdit(self)
        self.liaison_phone.setMaxLength(20)
        self.show_phone = QPushButton(self.tr("Show"), self)
        self.show_phone.setToolTip(self.tr("Show the number on file; the viewing is recorded."))
        self.show_phone.clicked.connect(self.reveal_phone)
        self.arrive = QDateEdit(self)
        self.depart = QDateEdit(self)
        for edit in (self.arrive, self.depart):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.arrive.dateChanged.connect(self._arrival_changed)
        self.nights = QLabel(self)
        self.nights.setStyleSheet(NOTE_STYLE)
        self.depart.dateChanged.connect(self._show_nights)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        phone_row = QHBoxLayout()
        phone_row.addWidget(self.liaison_phone, 1)
        phone_row.addWidget(self.show_phone)
        dates = QHBoxLayout()
        dates.addWidget(self.arrive)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.depart)
        dates.addWidget(self.nights, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Name of the delegation:"), self.name)
        form.addRow(self.tr("Visiting &unit:"), self.unit)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("Inviting &letter (公函):"), self.letter_ref)
        form.addRow(self.tr("Liaison's na&me:"), self.liaison_name)
        phone_label = QLabel(self.tr("Liaison's p&hone:"), self)
        phone_label.setBuddy(self.liaison_phone)
        form.addRow(phone_label, phone_row)
        dates_label = QLabel(self.tr("&Dates:"), self)
        dates_label.setBuddy(self.arrive)
        form.addRow(dates_label, dates)
        form.addRow(self.tr("N&otes:"), self.notes)

        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if delegation else self.tr("Add"), self.save
        )
        self.resize(560, self.sizeHint().height())

        if delegation is None:
            self.arrive.setDate(qdate(first))
            self.depart.setDate(qdate(first + timedelta(days=1)))
            self.show_phone.hide()
        else:
            self._fill(delegation)
        self._show_nights()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, delegation: DelegationView) -> None:
        self.name.setText(delegation.name)
        self.unit.setText(delegation.unit)
        self.purpose.setText(delegation.purpose)
        self.letter_ref.setText(delegation.letter_ref)
        self.liaison_name.setText(delegation.liaison_name)
        if delegation.liaison_phone_masked:
            self.liaison_phone.setPlaceholderText(
                self.tr("On file: {phone}; type a number only to change it").format(
                    phone=delegation.liaison_phone_masked
                )
            )
        else:
            self.show_phone.hide()
        self.arrive.setDate(qdate(delegation.arrive))
        self.depart.setDate(qdate(delegation.depart))
        self.notes.setPlainText(delegation.notes)

    def _arrival_changed(self, value: QDate) -> None:
        if self.depart.date() < value:
            self.depart.setDate(value)
        self._show_nights()

    def _show_nights(self) -> None:
        nights = self.arrive.date().daysTo(self.depart.date())
        self.nights.setText(self.tr("{nights} nights").format(nights=nights) if nights >= 0 else "")

    def form(self) -> DelegationForm:
        return DelegationForm(
            name=self.name.text(),
            unit=self.unit.text(),
            purpose=self.purpose.text(),
            letter_ref=self.letter_ref.text(),
            liaison_name=self.liaison_name.text(),
            liaison_phone=self.liaison_phone.text(),
            arrive=pydate(self.arrive.date()),
            depart=pydate(self.depart.date()),
            notes=self.notes.toPlainText(),
        )

    def reveal_phone(self) -> None:
        """The full number into the field, to correct or clear it; audited."""
        if self._delegation is None:
            return
        try:
            with self._session.db.unit() as s:
                phone = liaison_phone(s, self._session.actor, self._delegation.id)
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self._revealed = True
        self.liaison_phone.setText(phone)
        self.show_phone.setEnabled(False)

    def save(self) -> None:
        form = self.form()
        actor, delegation, keep_phone = self._session.actor, self._delegation, not self._revealed
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_delegation(s, actor, form)
                if delegation is None
                else update_delegation(s, actor, delegation.id, form, keep_phone=keep_phone)
            ),
        )
        if view is None:
            return
        self.delegation_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

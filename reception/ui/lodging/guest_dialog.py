"""Adding or editing a guest of a delegation: name, gender, post, rank, head, needs and the
ID number. The ID number on file is never shown: only its masked form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from reception.core.lodging.guest_form import GuestForm
from reception.core.lodging.guests import GuestView, add_guest, update_guest
from reception.core.lodging.models import Gender
from reception.core.people import InvalidIdNumber, check_id_number
from reception.core.ranks import Rank
from reception.ui.form_dialog import ERROR_STYLE, finish_form, save_in_unit
from reception.ui.messages import error_text, qt_translate
from reception.ui.session import DeskSession

NOTE_STYLE = "color: #4d5b6a;"


class GuestDialog(QDialog):
    """Emits `guest_saved(GuestView)` and closes once the guest is stored; a refusal is
    shown in the dialog, which stays open.

    `delegation_id` None: a guest on their own, who cannot be a head. Editing: the ID number
    field stays empty and keeps the number on file unless a new one is typed or "Remove the
    ID number on file" is ticked."""

    guest_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation_id: int | None,
        guest: GuestView | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._delegation_id = delegation_id
        self._guest = guest
        self._today = today or date.today()
        self.setWindowTitle(self.tr("Edit guest") if guest else self.tr("Add guest"))

        self.name = QLineEdit(self)
        self.name.setMaxLength(40)
        self.gender = QComboBox(self)
        for gender in Gender:
            self.gender.addItem(QCoreApplication.translate("Guests", gender.label), gender.value)
        self.post = QLineEdit(self)
        self.post.setMaxLength(80)
        self.rank = QComboBox(self)
        for rank in Rank:
            self.rank.addItem(QCoreApplication.translate("Ranks", rank.label), rank.value)
        self.rank.setCurrentIndex(self.rank.findData(Rank.STAFF.value))
        self.is_head = QCheckBox(self.tr("&Head of the delegation"), self)
        self.is_head.setEnabled(delegation_id is not None)
        self.halal = QCheckBox(self.tr("Ha&lal"), self)
        self.vegetarian = QCheckBox(self.tr("&Vegetarian"), self)
        self.needs_accessible = QCheckBox(self.tr("&Accessible room"), self)
        self.allergies = QLineEdit(self)
        self.allergies.setMaxLength(200)
        self.allergies.setPlaceholderText(self.tr("Foods the guest must not be served"))
        self.mobility = QLineEdit(self)
        self.mobility.setMaxLength(200)
        self.mobility.setPlaceholderText(self.tr("Wheelchair, walking stick…"))
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(200)
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(24)
        self.id_hint = QLabel(self)
        self.id_hint.setWordWrap(True)
        self.id_hint.hide()
        self.id_number.editingFinished.connect(self._id_hint)
        self.id_number.textEdited.connect(lambda _text: self.id_hint.hide())
        self.remove_id = QCheckBox(self.tr("&Remove the ID number on file"), self)
        self.remove_id.hide()

        flags = QHBoxLayout()
        for box in (self.halal, self.vegetarian, self.needs_accessible):
            flags.addWidget(box)
        flags.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.tr("Ran&k:"), self.rank)
        form.addRow("", self.is_head)
        form.addRow(self.tr("Needs:"), flags)
        form.addRow(self.tr("All&ergies:"), self.allergies)
        form.addRow(self.tr("&Mobility:"), self.mobility)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("&ID number:"), self.id_number)
        form.addRow("", self.id_hint)
        form.addRow("", self.remove_id)

        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if guest else self.tr("Add"), self.save
        )
        self.resize(520, self.sizeHint().height())
        if guest is not None:
            self._fill(guest)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, guest: GuestView) -> None:
        self.name.setText(guest.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(guest.gender)))
        self.post.setText(guest.post)
        self.rank.setCurrentIndex(max(0, self.rank.findData(guest.rank)))
        self.is_head.setChecked(guest.is_head)
        needs = guest.needs
        self.halal.setChecked(needs.halal)
        self.vegetarian.setChecked(needs.vegetarian)
        self.needs_accessible.setChecked(needs.needs_accessible)
        self.allergies.setText(needs.allergies)
        self.mobility.setText(needs.mobility)
        self.notes.setText(guest.notes)
        if guest.id_number_masked:
            self.id_number.setPlaceholderText(
                self.tr("On file: {number}; type a number only to change it").format(
                    number=guest.id_number_masked
                )
            )
            self.remove_id.show()
            self.remove_id.toggled.connect(self.id_number.setDisabled)

    def _id_hint(self) -> None:
        text = self.id_number.text()
        if not text.strip():
            self.id_hint.hide()
            return
        try:
            checked = check_id_number(text, today=self._today)
        except InvalidIdNumber as error:
            self.id_hint.setStyleSheet(ERROR_STYLE)
            self.id_hint.setText(error_text(error))
            self.id_hint.show()
            return
        if checked.note:
            self.id_hint.setStyleSheet(NOTE_STYLE)
            self.id_hint.setText(qt_translate("People", checked.note))
            self.id_hint.show()
        else:
            self.id_hint.hide()
        index = self.gender.findData(checked.gender)
        if index >= 0 and self._guest is None:
            self.gender.setCurrentIndex(index)  # the number says it; the clerk may still change it

    def form(self) -> GuestForm:
        return GuestForm(
            name=self.name.text(),
            gender=str(self.gender.currentData()),
            post=self.post.text(),
            rank=str(self.rank.currentData()),
            is_head=self.is_head.isChecked(),
            halal=self.halal.isChecked(),
            vegetarian=self.vegetarian.isChecked(),
            allergies=self.allergies.text(),
            needs_accessible=self.needs_accessible.isChecked(),
            mobility=self.mobility.text(),
            notes=self.notes.text(),
            id_number="" if self.remove_id.isChecked() else self.id_number.text(),
        )

    def save(self) -> None:
        form = self.form()
        actor, guest, keep_id = self._session.actor, self._guest, not self.remove_id.isChecked()
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_guest(s, actor, self._delegation_id, form)
                if guest is None
                else update_guest(s, actor, guest.id, form, keep_id_number=keep_id)
            ),
        )
        if view is None:
            return
        self.guest_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

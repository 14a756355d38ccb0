"""Adding or editing an official: name, post, unit and rank. A new official, or one given
another rank, comes last within the rank; the order is then set by dragging."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from reception.core.protocol.officials import (
    OfficialForm,
    OfficialView,
    add_official,
    update_official,
)
from reception.core.ranks import Rank
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.session import DeskSession


class OfficialDialog(QDialog):
    """Emits `official_saved(OfficialView)` and closes once the official is stored; a
    refusal is shown in the dialog, which stays open."""

    official_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        official: OfficialView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._official = official
        self.setWindowTitle(self.tr("Edit official") if official else self.tr("Add official"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(40)
        self.post = QLineEdit(self)
        self.post.setMaxLength(80)
        self.post.setPlaceholderText(self.tr("County head, deputy secretary…"))
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(80)
        self.rank = QComboBox(self)
        for rank in Rank:
            self.rank.addItem(QCoreApplication.translate("Ranks", rank.label), rank.value)
        self.rank.setCurrentIndex(self.rank.findData(Rank.COUNTY_CHIEF.value))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("Ran&k:"), self.rank)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if official else self.tr("Add"), self.save
        )
        self.resize(460, self.sizeHint().height())
        if official is not None:
            self.name.setText(official.name)
            self.post.setText(official.post)
            self.unit.setText(official.unit)
            self.rank.setCurrentIndex(max(0, self.rank.findData(official.rank)))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> OfficialForm:
        return OfficialForm(
            name=self.name.text(),
            post=self.post.text(),
            unit=self.unit.text(),
            rank=str(self.rank.currentData()),
        )

    def save(self) -> None:
        form, actor, official = self.form(), self._session.actor, self._official
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                add_official(s, actor, form)
                if official is None
                else update_official(s, actor, official.id, form)
            ),
        )
        if view is None:
            return
        self.official_saved.emit(view)
        self.accept()

    def error_message(self) -> str:
        return self.error_label.text()

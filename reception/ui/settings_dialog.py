"""Settings: the office's (shared by every desk, the administrator's to change) and this
desk's own (name, counter number, language)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reception.config import DeskConfig
from reception.core.errors import DeskError
from reception.core.security.roles import Actor, Permission
from reception.core.settings import OfficeSettings, load_settings, update_settings
from reception.db.database import Database
from reception.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from reception.ui.messages import error_text

# Each language is offered in its own words, whatever the desk shows now.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Accepted once the changes are stored: office settings in one unit of work, then
    desk.json. A refusal is shown in the dialog and nothing is stored."""

    def __init__(
        self, db: Database, actor: Actor, desk: DeskConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._db = db
        self._actor = actor
        self._desk = desk
        with db.read() as session:
            self._office = load_settings(session)
        ui = self.ui
        ui.officeName.setText(self._office.office_name)
        ui.idleLockMinutes.setValue(self._office.idle_lock_minutes)
        may_change = actor.may(Permission.MANAGE_SETTINGS)
        ui.officeName.setEnabled(may_change)
        ui.idleLockMinutes.setEnabled(may_change)
        ui.officeNote.setVisible(not may_change)
        ui.deskName.setText(desk.desk_name)
        ui.counter.setValue(desk.counter)
        for code, name in LANGUAGE_NAMES:
            ui.language.addItem(name, code)
        ui.language.setCurrentIndex(max(0, ui.language.findData(desk.language)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def office(self) -> OfficeSettings:
        """The office settings as stored after the dialog."""
        return self._office

    def _office_changes(self) -> dict[str, Any]:
        if not self._actor.may(Permission.MANAGE_SETTINGS):
            return {}
        wanted = {
            "office_name": self.ui.officeName.text(),
            "idle_lock_minutes": self.ui.idleLockMinutes.value(),
        }
        return {key: value for key, value in wanted.items() if getattr(self._office, key) != value}

    def _save(self) -> None:
        changes = self._office_changes()
        try:
            if changes:
                with self._db.unit() as session:
                    self._office = update_settings(session, self._actor, **changes)
        except DeskError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        desk = self._desk
        desk.desk_name = " ".join(self.ui.deskName.text().split())
        desk.counter = self.ui.counter.value()
        desk.language = str(self.ui.language.currentData())
        try:
            desk.save()
        except OSError as error:
            self.ui.errorLabel.setText(
                self.tr("This desk's settings could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        self.accept()

"""Adding or editing a task of a delegation's checklist: its title and when it is due, in
the office's time zone (by default the evening before the arrival)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from reception.core.lodging import checklist
from reception.core.lodging.checklist import ChecklistView
from reception.core.lodging.delegations import DelegationView
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.lodging.activity_dialog import from_qdatetime, to_qdatetime
from reception.ui.session import DeskSession

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


class ChecklistItemDialog(QDialog):
    """A task for the checklist: its title and when it is due (office time). Emits
    `item_saved(ChecklistView)` and closes once stored; a refusal stays in the dialog."""

    item_saved = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        delegation: DelegationView,
        item: ChecklistView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
    ) -> None:
        super().__init__(parent)
        self._session, self._delegation, self._item, self._zone = session, delegation, item, zone
        self.setWindowTitle(self.tr("Edit task") if item else self.tr("Add a task"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(80)
        self.title.setPlaceholderText(self.tr("Flowers in the rooms, name cards…"))
        self.due_at = QDateTimeEdit(self)
        self.due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_at.setCalendarPopup(True)
        if item is None:
            due = datetime.combine(delegation.arrive - timedelta(days=1), time(17, 0), tzinfo=zone)
            self.due_at.setDateTime(to_qdatetime(due, zone))
        else:
            self.title.setText(item.title)
            self.due_at.setDateTime(to_qdatetime(item.due_at, zone))
        form = QFormLayout()
        form.addRow(self.tr("&Task:"), self.title)
        form.addRow(self.tr("&Due:"), self.due_at)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if item else self.tr("Add"), self.save
        )
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        due = from_qdatetime(self.due_at.dateTime(), self._zone)
        actor, item, title = self._session.actor, self._item, self.title.text()
        view = save_in_unit(
            self._session,
            self.error_label,
            lambda s: (
                checklist.add_item(s, actor, self._delegation.id, title, due)
                if item is None
                else checklist.update_item(s, actor, item.id, title, due)
            ),
        )
        if view is None:
            return
        self.item_saved.emit(view)
        self.accept()

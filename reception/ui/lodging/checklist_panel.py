"""The checklist of the chosen delegation on the delegations page: tasks by due time, the
overdue ones in red (while the delegation has not left), ticked with Space or the check box.

Keys (anywhere in the page): Ctrl+T add a task; in the list Space ticks the task, F2 or
Enter edits it, Delete removes it. Texts keep the page's translation context
("DelegationsPage")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from reception.core.lodging import checklist
from reception.core.lodging.checklist import ChecklistView
from reception.core.lodging.delegations import DelegationDetail
from reception.core.security.roles import Permission
from reception.ui.lodging.checklist_item_dialog import ChecklistItemDialog
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.models.checklist_model import ChecklistModel


class ChecklistPanel(DelegationPanel):
    def __init__(self, host: DelegationsHost, parent: QWidget | None = None) -> None:
        model = ChecklistModel()
        title = QCoreApplication.translate("DelegationsPage", "Checklist before arrival")
        super().__init__(title, host, model, ChecklistModel.TASK, parent)
        self.model = model
        model.setParent(self)
        self._writable = host.session.actor.may(Permission.MANAGE_LODGING)
        model.tick_requested.connect(self.tick)
        a = host.page_action
        self.add_action = a(
            QCoreApplication.translate("DelegationsPage", "Add &task…"), ("Ctrl+T",), self.add
        )
        self.tick_action = a(
            QCoreApplication.translate("DelegationsPage", "Done / not done"),
            (),
            self.tick_selected,
        )
        self.tick_action.setToolTip(
            QCoreApplication.translate("DelegationsPage", "Done / not done (Space in the list)")
        )
        self.remove_action = a(
            QCoreApplication.translate("DelegationsPage", "Remove task"), (), self.remove
        )
        self.view.activated.connect(lambda _index: self.edit())
        self.view.installEventFilter(self)
        self.lay_out([self.add_action, self.tick_action, self.remove_action])

    def selected(self) -> ChecklistView | None:
        return self.model.item(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        kept = self.selected()
        delegation = detail.delegation
        self.model.editable = self._writable and not delegation.cancelled
        self.model.set_items(
            detail.checklist, self.host.now(), self.host.zone, depart=delegation.depart
        )
        self.choose_again(self.model.row_of(kept.id) if kept is not None else -1)

    def update_actions(self, live: bool) -> None:
        self.add_action.setEnabled(live)
        chosen = live and self.selected() is not None
        self.tick_action.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    def add(self) -> None:
        host = self.host
        delegation = host.live_delegation()
        if delegation is None:
            return
        dialog = ChecklistItemDialog(host.session, delegation, None, self, zone=host.zone)
        dialog.item_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def edit(self) -> None:
        host = self.host
        delegation, item = host.live_delegation(), self.selected()
        if delegation is None or item is None:
            return
        dialog = ChecklistItemDialog(host.session, delegation, item, self, zone=host.zone)
        dialog.item_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def tick(self, item_id: int, done: bool) -> None:
        host = self.host
        if host.live_delegation() is None:
            return
        actor, now = host.session.actor, host.now()
        host.act(lambda s: checklist.tick(s, actor, item_id, done, now))
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)

    def tick_selected(self) -> None:
        """Space: the chosen task done, or open again."""
        item = self.selected()
        if item is not None:
            self.tick(item.id, not item.done)

    def remove(self) -> None:
        host, item = self.host, self.selected()
        if host.live_delegation() is None or item is None:
            return
        actor, item_id = host.session.actor, item.id

        def remove() -> None:
            host.act(lambda s: checklist.remove_item(s, actor, item_id))

        host.confirm(
            QCoreApplication.translate("DelegationsPage", "Remove the task “{title}”?").format(
                title=item.title
            ),
            QCoreApplication.translate("DelegationsPage", "Remove"),
            remove,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            self.tick_selected()
            return True
        return super().eventFilter(watched, event)

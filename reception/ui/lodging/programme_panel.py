"""The programme of the chosen delegation on the delegations page: what it does when and
where, with whom of the office and at what cost (for the reception list).

Keys (anywhere in the page): Ctrl+Shift+A add to the programme; in the list F2 or Enter
edits the line, Delete removes it. Texts keep the page's translation context
("DelegationsPage")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reception.core.lodging import programme
from reception.core.lodging.delegations import DelegationDetail
from reception.core.lodging.programme import ActivityView
from reception.ui.lodging.activity_dialog import ActivityDialog
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.models.activity_model import ActivityModel


class ProgrammePanel(DelegationPanel):
    def __init__(self, host: DelegationsHost, parent: QWidget | None = None) -> None:
        model = ActivityModel()
        title = QCoreApplication.translate("DelegationsPage", "Programme")
        super().__init__(title, host, model, ActivityModel.TITLE, parent)
        self.model = model
        model.setParent(self)
        self.line_actions(
            QCoreApplication.translate("DelegationsPage", "Add to the &programme…"),
            QCoreApplication.translate("DelegationsPage", "Edit line…"),
            QCoreApplication.translate("DelegationsPage", "Remove line"),
            ("Ctrl+Shift+A",),
        )

    def selected(self) -> ActivityView | None:
        return self.model.activity(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        kept = self.selected()
        self.model.set_activities(detail.activities, self.host.zone)
        self.choose_again(self.model.row_of(kept.id) if kept is not None else -1)

    def update_actions(self, live: bool) -> None:
        self.enable_lines(live)

    def add(self) -> None:
        host = self.host
        delegation = host.live_delegation()
        if delegation is None:
            return
        dialog = ActivityDialog(host.session, delegation, None, self, zone=host.zone)
        dialog.activity_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def edit(self) -> None:
        host = self.host
        delegation, activity = host.live_delegation(), self.selected()
        if delegation is None or activity is None:
            return
        dialog = ActivityDialog(host.session, delegation, activity, self, zone=host.zone)
        dialog.activity_saved.connect(lambda _view: host.refresh())
        host.open_dialog(dialog)

    def remove(self) -> None:
        host, activity = self.host, self.selected()
        if host.live_delegation() is None or activity is None:
            return
        actor, activity_id = host.session.actor, activity.id

        def remove() -> None:
            host.act(lambda s: programme.remove_activity(s, actor, activity_id))

        host.confirm(
            QCoreApplication.translate(
                "DelegationsPage", "Remove “{title}” from the programme?"
            ).format(title=activity.title),
            QCoreApplication.translate("DelegationsPage", "Remove"),
            remove,
        )

"""The guests of the chosen delegation on the delegations page: adding, editing, removing
them, choosing the head, and the guest list imported from Excel (read off the GUI thread,
imported whole or refused whole with a report) or its empty template saved.

Keys (anywhere in the page): Ctrl+G add a guest · Ctrl+H make the guest the head · Ctrl+I
import the guest list · Ctrl+Shift+I save the template; in the list F2 or Enter edits the
guest, Delete removes it. Texts keep the page's translation context ("DelegationsPage")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reception.core.errors import DeskError
from reception.core.lodging.delegations import DelegationDetail
from reception.core.lodging.guest_import import (
    GuestListRefused,
    ImportResult,
    import_guest_list,
    write_guest_list_template,
)
from reception.core.lodging.guests import GuestView, remove_guest, set_head
from reception.core.security.roles import Permission
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.lodging.guest_dialog import GuestDialog
from reception.ui.lodging.import_report_dialog import ImportReportDialog
from reception.ui.messages import error_text, show_error
from reception.ui.models.guest_model import GuestModel
from reception.ui.worker import run_off_thread

TEMPLATE_NAME = "客人名单模板.xlsx"


class GuestsPanel(DelegationPanel):
    """Signals:
    guests_imported(object)      the ImportResult of a guest list imported
    guest_list_refused(object)   the DeskError of a guest list refused (GuestListRefused
                                 when the file had problems)
    """

    guests_imported = Signal(object)
    guest_list_refused = Signal(object)

    def __init__(self, host: DelegationsHost, parent: QWidget | None = None) -> None:
        model = GuestModel()
        title = QCoreApplication.translate("DelegationsPage", "Guests")
        super().__init__(title, host, model, GuestModel.NEEDS, parent)
        self.model = model
        model.setParent(self)
        self._writable = host.session.actor.may(Permission.MANAGE_LODGING)
        self._folder = str(Path.home())
        a = host.page_action
        self.add_action = a(
            QCoreApplication.translate("DelegationsPage", "Add &guest…"), ("Ctrl+G",), self.add
        )
        self.edit_action = a(
            QCoreApplication.translate("DelegationsPage", "Edit guest…"), (), self.edit
        )
        self.edit_action.setToolTip(
            QCoreApplication.translate("DelegationsPage", "Edit guest (F2 or Enter in the list)")
        )
        self.remove_action = a(
            QCoreApplication.translate("DelegationsPage", "Remove guest"), (), self.remove
        )
        self.remove_action.setToolTip(
            QCoreApplication.translate("DelegationsPage", "Remove guest (Delete in the list)")
        )
        self.head_action = a(
            QCoreApplication.translate("DelegationsPage", "Make &head"),
            ("Ctrl+H",),
            self.make_head,
        )
        self.import_action = a(
            QCoreApplication.translate("DelegationsPage", "&Import from Excel…"),
            ("Ctrl+I",),
            self.import_guests,
        )
        self.template_action = a(
            QCoreApplication.translate("DelegationsPage", "Save &template…"),
            ("Ctrl+Shift+I",),
            self.write_template,
        )
        self.view.activated.connect(lambda _index: self.edit())
        self.lay_out(
            [
                self.add_action,
                self.edit_action,
                self.remove_action,
                self.head_action,
                self.import_action,
                self.template_action,
            ]
        )

    def selected(self) -> GuestView | None:
        return self.model.guest(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        kept = self.selected()
        self.model.set_rows(detail.guests)
        self.choose_again(self.model.row_of(kept.id) if kept is not None else -1)

    def update_actions(self, live: bool) -> None:
        self.add_action.setEnabled(live)
        self.import_action.setEnabled(live)
        chosen = live and self.selected() is not None
        for action in (self.edit_action, self.remove_action, self.head_action):
            action.setEnabled(chosen)
        self.template_action.setEnabled(self._writable)

    # -- one guest ------------------------------------------------------------------

    def add(self) -> None:
        host = self.host
        delegation = host.live_delegation()
        if delegation is None:
            return
        dialog = GuestDialog(host.session, delegation.id, None, self, today=host.today())
        dialog.guest_saved.connect(self._saved)
        host.open_dialog(dialog)

    def edit(self) -> None:
        host, guest = self.host, self.selected()
        if host.live_delegation() is None or guest is None:
            return
        dialog = GuestDialog(host.session, guest.delegation_id, guest, self, today=host.today())
        dialog.guest_saved.connect(self._saved)
        host.open_dialog(dialog)

    def _saved(self, view: GuestView) -> None:
        self.host.refresh()
        row = self.model.row_of(view.id)
        if row >= 0:
            self.view.selectRow(row)
        self.host.say(
            QCoreApplication.translate("DelegationsPage", "{name} saved.").format(name=view.name)
        )

    def remove(self) -> None:
        host, guest = self.host, self.selected()
        if host.live_delegation() is None or guest is None:
            return
        actor, guest_id = host.session.actor, guest.id
        done = QCoreApplication.translate("DelegationsPage", "{name} was removed.").format(
            name=guest.name
        )

        def remove() -> None:
            host.act(lambda s: remove_guest(s, actor, guest_id), done)

        host.confirm(
            QCoreApplication.translate(
                "DelegationsPage", "Remove {name} from the delegation's list?"
            ).format(name=guest.name),
            QCoreApplication.translate("DelegationsPage", "Remove"),
            remove,
        )

    def make_head(self) -> None:
        host, guest = self.host, self.selected()
        if host.live_delegation() is None or guest is None or guest.is_head:
            return
        actor, guest_id = host.session.actor, guest.id
        host.act(
            lambda s: set_head(s, actor, guest_id),
            QCoreApplication.translate(
                "DelegationsPage", "{name} is now the head of the delegation."
            ).format(name=guest.name),
        )

    # -- the guest list from Excel ------------------------------------------------------

    def import_guests(self, path: str | None = None) -> None:
        """Ctrl+I: choose an .xlsx file; it is read off the GUI thread, and imported whole
        or refused whole with a report of every problem."""
        host = self.host
        delegation = host.live_delegation()
        if delegation is None:
            return
        if path is None:
            dialog = QFileDialog(
                self,
                QCoreApplication.translate("DelegationsPage", "Import the guest list"),
                self._folder,
                QCoreApplication.translate("DelegationsPage", "Excel (*.xlsx)"),
            )
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.fileSelected.connect(self.import_guests)
            host.open_dialog(dialog)
            return
        self._folder = str(Path(path).parent)
        db, actor, delegation_id, today = (
            host.session.db,
            host.session.actor,
            delegation.id,
            host.today(),
        )
        file_name = Path(path).name

        def work() -> ImportResult:  # on a pool thread: values only
            with db.unit() as s:
                return import_guest_list(s, actor, delegation_id, path, today=today)

        host.say(
            QCoreApplication.translate("DelegationsPage", "Reading {file}…").format(file=file_name)
        )
        self.import_action.setEnabled(False)
        run_off_thread(
            work,
            succeeded=lambda result: self._imported(file_name, result),
            failed=lambda error: self._import_refused(file_name, error),
            parent=self,
        )

    def _imported(self, file_name: str, result: ImportResult) -> None:
        host = self.host
        host.refresh()
        host.say(
            QCoreApplication.translate(
                "DelegationsPage", "{count} guests imported from {file}."
            ).format(count=len(result.guests), file=file_name)
        )
        if result.notes:
            host.open_dialog(
                ImportReportDialog(file_name, result.notes, refused=False, parent=self)
            )
        self.guests_imported.emit(result)

    def _import_refused(self, file_name: str, error: DeskError) -> None:
        host = self.host
        host.actions_changed()
        host.say(error_text(error), error=True)
        if isinstance(error, GuestListRefused):
            report = ImportReportDialog(
                file_name, error.problems, refused=True, summary=error_text(error), parent=self
            )
            host.open_dialog(report)
        else:
            show_error(self, error)
        self.guest_list_refused.emit(error)

    def write_template(self, path: str | None = None) -> None:
        """Ctrl+Shift+I: an empty guest list with the headers the import reads."""
        if not self._writable:
            return
        if path is None:
            dialog = QFileDialog(
                self,
                QCoreApplication.translate("DelegationsPage", "Save the guest list template"),
                str(Path(self._folder) / TEMPLATE_NAME),
                QCoreApplication.translate("DelegationsPage", "Excel (*.xlsx)"),
            )
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("xlsx")
            dialog.fileSelected.connect(self.write_template)
            self.host.open_dialog(dialog)
            return
        try:
            saved = write_guest_list_template(path)
        except OSError as error:
            show_error(
                self,
                QCoreApplication.translate(
                    "DelegationsPage", "The template could not be saved: {reason}"
                ).format(reason=error.strerror or str(error)),
            )
            return
        self._folder = str(saved.parent)
        self.host.say(
            QCoreApplication.translate("DelegationsPage", "Template saved as {path}.").format(
                path=str(saved)
            )
        )

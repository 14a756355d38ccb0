"""Adding an operator: sign-in name, name shown, role and a first password typed twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reception.core.errors import DeskError
from reception.core.security.operators import OperatorView, add_operator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.forms.ui_operator_dialog import Ui_OperatorDialog
from reception.ui.messages import error_text
from reception.ui.worker import run_off_thread


def role_label(role: Role) -> str:
    """The role's name in the shown language."""
    return QCoreApplication.translate("Roles", role.label)


class OperatorDialog(QDialog):
    """Emits `operator_added(OperatorView)` and closes once the operator is stored; a
    refusal (name taken, weak password...) is shown in the dialog, which stays open."""

    operator_added = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        self._db = db
        self._actor = actor
        self._busy = False
        for role in Role:
            self.ui.role.addItem(role_label(role), role.value)
        self.ui.role.setCurrentIndex(self.ui.role.findData(Role.RECEPTIONIST.value))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._add)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.login.setFocus()

    def _add(self) -> None:
        if self._busy:
            return
        ui = self.ui
        password = ui.password.text()
        if password != ui.passwordAgain.text():
            ui.errorLabel.setText(
                self.tr("The two passwords differ. Type the same password twice.")
            )
            ui.passwordAgain.clear()
            ui.passwordAgain.setFocus()
            return
        db, actor = self._db, self._actor
        login, name = ui.login.text().strip(), ui.displayName.text().strip()
        role = Role(ui.role.currentData())

        def work() -> OperatorView:  # on a pool thread: values only, no widgets
            with db.unit() as session:
                return add_operator(session, actor, login, name or login, role, password)

        self._set_busy(True)
        run_off_thread(work, succeeded=self._added, failed=self._refused, parent=self)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.setText(self.tr("Saving…"))

    def _added(self, view: OperatorView) -> None:
        self._set_busy(False)
        self.ui.errorLabel.clear()
        self.operator_added.emit(view)
        self.accept()

    def _refused(self, error: DeskError) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error_text(error))

"""New passwords: an operator changes their own (current, new, new again), or an
administrator resets someone else's (new, new again)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reception.core.errors import DeskError
from reception.core.security.operators import (
    OperatorView,
    change_own_password,
    reset_password,
)
from reception.core.security.roles import Actor
from reception.db.database import Database
from reception.ui.forms.ui_password_dialog import Ui_PasswordDialog
from reception.ui.messages import error_text
from reception.ui.worker import run_off_thread


class PasswordDialog(QDialog):
    """Accepted once the new password is stored. Hashing is slow on purpose, so the change
    runs off the GUI thread while the dialog waits.

    `forced`: the operator must change the password before working (after a reset).
    `for_operator`: an administrator resets this operator's password; no current one asked.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        forced: bool = False,
        for_operator: OperatorView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self._db = db
        self._actor = actor
        self._target = for_operator
        self._busy = False
        if for_operator is not None:
            self.setWindowTitle(self.tr("Reset password"))
            self.ui.noticeLabel.setText(
                self.tr(
                    "New password for {name} ({login}). They choose their own at the next sign-in."
                ).format(name=for_operator.display_name, login=for_operator.login)
            )
            self.ui.formLayout.setRowVisible(self.ui.current, False)
            self.ui.newPassword.setFocus()
        elif forced:
            self.ui.noticeLabel.setText(
                self.tr("An administrator set your password. Choose your own to continue.")
            )
            self.ui.current.setFocus()
        else:
            self.ui.noticeLabel.hide()
            self.ui.current.setFocus()
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        if self._busy:
            return
        new = self.ui.newPassword.text()
        if new != self.ui.newPasswordAgain.text():
            self.ui.errorLabel.setText(
                self.tr("The two new passwords differ. Type the same password twice.")
            )
            self.ui.newPasswordAgain.clear()
            self.ui.newPasswordAgain.setFocus()
            return
        db, actor, target, current = self._db, self._actor, self._target, self.ui.current.text()

        def work() -> None:  # on a pool thread: values only, no widgets
            with db.unit() as session:
                if target is None:
                    change_own_password(session, actor, current, new)
                else:
                    reset_password(session, actor, target.login, new)

        self._set_busy(True)
        run_off_thread(work, succeeded=self._saved, failed=self._refused, parent=self)

    def reject(self) -> None:
        if not self._busy:  # the change is being saved: wait for its outcome
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.setText(self.tr("Saving…"))

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self.ui.errorLabel.clear()
        self.accept()

    def _refused(self, error: DeskError) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error_text(error))

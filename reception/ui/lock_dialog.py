"""The locked desk: who is signed in, their password to go on, or someone else signs in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from reception.core.security.operators import OperatorView
from reception.db.database import Database
from reception.ui.forms.ui_lock_dialog import Ui_LockDialog
from reception.ui.sign_in import try_sign_in


class LockDialog(QDialog):
    """Modal over the hidden main window. Emits `unlocked` after the signed-in operator's
    password was verified (through `authenticate`, so misses are counted and audited), or
    `someone_else_chosen`. Escape and the close button do not get past it."""

    unlocked = Signal()
    someone_else_chosen = Signal()

    def __init__(self, db: Database, operator: OperatorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self._db = db
        self._operator = operator
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        heading = QFont(self.ui.lockedLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.ui.lockedLabel.setFont(heading)
        self.ui.whoLabel.setText(
            self.tr("Signed in: {name} ({login})").format(
                name=operator.display_name, login=operator.login
            )
        )
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.switchButton.clicked.connect(self._someone_else)
        self.ui.password.setFocus()

    def _unlock(self) -> None:
        password = self.ui.password.text()
        if not password:
            self.ui.password.setFocus()
            return
        result = try_sign_in(
            self._db, self._operator.login, password, self.ui.errorLabel, self.ui.password
        )
        if result is None:
            return
        self.ui.password.clear()
        self.accept()
        self.unlocked.emit()

    def _someone_else(self) -> None:
        self.accept()
        self.someone_else_chosen.emit()

    def reject(self) -> None:
        """Escape and the window's close button do not unlock (QDialog's closeEvent asks
        reject and keeps the dialog open while it stays visible)."""

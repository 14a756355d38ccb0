"""The question asked when a swap would break the precedence order: the warning, and the
reason, without which the swap is not made. Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


class SwapDialog(QDialog):
    """Emits `reason_given(str)` when the clerk confirms the swap with a reason."""

    reason_given = Signal(str)

    def __init__(self, warning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This swap breaks the precedence order"))
        self.warning_label = QLabel(warning, self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("For example: the chief guest asked to sit by him"))
        question = QLabel(self.tr("Swap anyway? The &reason is kept with the chart:"), self)
        question.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.swap_button = self.buttons.addButton(
            self.tr("&Swap anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.swap_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.swap_button.setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            return
        self.accept()
        self.reason_given.emit(reason)

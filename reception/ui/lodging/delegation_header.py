"""The chosen delegation's header on the delegations page, as rich text: its name (and
"Cancelled"), unit, purpose, inviting letter, liaison (the phone masked until revealed),
dates and notes; and the question before cancelling it. Texts keep the page's translation
context ("DelegationsPage")."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from reception.core.lodging.delegations import DelegationView
from reception.ui.models.delegation_model import visit_dates


def header_html(delegation: DelegationView, phone: str | None = None) -> str:
    """`phone` is the liaison's full number once revealed; else the masked one shows."""
    e = html.escape
    title = f"<b style='font-size: 14pt'>{e(delegation.name)}</b>"
    if delegation.cancelled:
        cancelled = e(QCoreApplication.translate("DelegationsPage", "Cancelled"))
        title += f" <span style='color: #b00020'>{cancelled}</span>"
    shown = phone or delegation.liaison_phone_masked
    liaison = "，".join(part for part in (delegation.liaison_name, shown) if part) or "—"
    lines = [
        title,
        QCoreApplication.translate("DelegationsPage", "Unit: {unit}").format(
            unit=e(delegation.unit)
        ),
        QCoreApplication.translate("DelegationsPage", "Purpose: {purpose}").format(
            purpose=e(delegation.purpose or "—")
        ),
        QCoreApplication.translate("DelegationsPage", "Inviting letter: {letter}").format(
            letter=e(delegation.letter_ref)
        ),
        QCoreApplication.translate("DelegationsPage", "Liaison: {liaison}").format(
            liaison=e(liaison)
        ),
        QCoreApplication.translate("DelegationsPage", "Dates: {dates} ({nights} nights)").format(
            dates=e(visit_dates(delegation.arrive, delegation.depart)),
            nights=delegation.nights,
        ),
    ]
    if delegation.notes:
        notes = e(delegation.notes).replace("\n", "<br>")
        lines.append(
            QCoreApplication.translate("DelegationsPage", "Notes: {notes}").format(notes=notes)
        )
    return "<br>".join(lines)


class DelegationHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._revealed: tuple[int, str] | None = None

    def show_delegation(self, delegation: DelegationView) -> None:
        revealed = self._revealed
        phone = revealed[1] if revealed is not None and revealed[0] == delegation.id else None
        self.setText(header_html(delegation, phone))

    def reveal_phone(self, delegation: DelegationView, phone: str) -> None:
        self._revealed = (delegation.id, phone)
        self.show_delegation(delegation)

    def forget_phone(self) -> None:
        self._revealed = None

    def text_as_read(self) -> str:
        """The header as plain text, as the clerk reads it."""
        return self.text().replace("<br>", "\n")


def cancel_dialog(delegation: DelegationView, parent: QWidget) -> QInputDialog:
    """Asks before cancelling the delegation, with an optional reason."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("DelegationsPage", "Cancel delegation"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "DelegationsPage",
            "Cancel {name}? Its booked stays are cancelled too. Reason (optional):",
        ).format(name=delegation.name)
    )
    dialog.setOkButtonText(QCoreApplication.translate("DelegationsPage", "Cancel the delegation"))
    dialog.setCancelButtonText(QCoreApplication.translate("DelegationsPage", "Keep it"))
    return dialog

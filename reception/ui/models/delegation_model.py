"""The delegations list of the lodging area: upcoming first, as the service orders them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from reception.core.lodging.delegations import DelegationView
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel

OVERDUE_COLOUR = QColor("#b00020")


def visit_dates(arrive: date, depart: date, today: date | None = None) -> str:
    """ "2026-12-01 – 12-04"; the year is written again only when it changes."""
    end = depart.strftime("%m-%d") if depart.year == arrive.year else depart.isoformat()
    return f"{arrive.isoformat()} – {end}"


class DelegationModel(RowsModel[DelegationView]):
    """One row per delegation, in the order given.

    Columns:
        DATES      arrival – departure, "2026-12-01 – 12-04"
        NAME       the delegation's name
        UNIT       the visiting unit
        GUESTS     how many guests are listed
        CHECKLIST  "2 open, 1 overdue" / "2 open" (empty when no task is open); once the
                   delegation has left, its open tasks are no longer overdue: "2 open"

    Roles:
        DisplayRole       the texts above
        ToolTipRole       purpose and inviting letter
        ForegroundRole    cancelled and past delegations in the placeholder colour; the
                          CHECKLIST column in red when a task is overdue (not once the
                          delegation has left)
        FontRole          cancelled delegations struck through
        DELEGATION_ROLE   the row's DelegationView (any column)
    """

    DATES, NAME, UNIT, GUESTS, CHECKLIST = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("DelegationModel", "Dates"),
        QT_TRANSLATE_NOOP("DelegationModel", "Delegation"),
        QT_TRANSLATE_NOOP("DelegationModel", "Unit"),
        QT_TRANSLATE_NOOP("DelegationModel", "Guests"),
        QT_TRANSLATE_NOOP("DelegationModel", "Checklist"),
    )
    DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today: date | None = None

    def set_delegations(self, delegations: list[DelegationView], today: date) -> None:
        self._today = today
        self.set_rows(delegations)

    def delegation(self, row: int) -> DelegationView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, delegation_id: int) -> int:
        """The row of a delegation, or -1."""
        return next((i for i, d in enumerate(self._rows) if d.id == delegation_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        delegation = self.delegation(index.row()) if index.isValid() else None
        if delegation is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(delegation, column)
        if role == self.DELEGATION_ROLE:
            return delegation
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                delegation.purpose,
                self.tr("Letter: {letter}").format(letter=delegation.letter_ref),
            ]
            if delegation.cancelled:
                lines.insert(0, self.tr("Cancelled"))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (
                column == self.CHECKLIST
                and delegation.checklist_overdue
                and not delegation.cancelled
                and not self._past(delegation)
            ):
                return QBrush(OVERDUE_COLOUR)
            if delegation.cancelled or self._past(delegation):
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            return None
        if role == Qt.ItemDataRole.FontRole and delegation.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.GUESTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _past(self, delegation: DelegationView) -> bool:
        return self._today is not None and delegation.depart < self._today

    def _text(self, delegation: DelegationView, column: int) -> str:
        if column == self.DATES:
            return visit_dates(delegation.arrive, delegation.depart)
        if column == self.NAME:
            if delegation.cancelled:
                return self.tr("{name} (cancelled)").format(name=delegation.name)
            return delegation.name
        if column == self.UNIT:
            return delegation.unit
        if column == self.GUESTS:
            return str(delegation.guests)
        if column == self.CHECKLIST:
            return self.checklist_text(delegation)
        return ""

    def checklist_text(self, delegation: DelegationView) -> str:
        if delegation.checklist_overdue and not self._past(delegation):
            return self.tr("{open} open, {overdue} overdue").format(
                open=delegation.checklist_open, overdue=delegation.checklist_overdue
            )
        if delegation.checklist_open:
            return self.tr("{open} open").format(open=delegation.checklist_open)
        return ""

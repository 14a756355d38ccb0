"""The deadlines view's list of cases, in the order the service gives (due soon and overdue
first), coloured by urgency."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from reception.core.petitions.views import CaseView, Urgency
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.petition_texts import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_TEXT,
    DUE_TODAY_TEXT,
    FINAL_TEXT,
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    case_flags,
    days_left_text,
    due_kind_text,
    form_text,
    state_text,
    urgency_text,
)


class CaseModel(RowsModel[CaseView]):
    """One row per case, in the order given.

    Columns:
        DUE          the office's next deadline and the days left, "12-01 · 3 days left" /
                     "… · 2 days overdue" / "… · due today" (the year shown when it is not
                     this year's); empty when the office owes nothing now
        CASE_NO      "XF2026-000123"
        PETITIONERS  the names as the reader may see them (张*三 for roles without details)
        STATE        the state's name, "Accepted"
        UNIT         the unit it was assigned to, else the unit concerned
        OFFICER      the officer who registered it
        FLAGS        "Final · Joint visit · Repeat ×3 · Escalated · Extension asked"

    Roles:
        DisplayRole      the texts above
        ToolTipRole      DUE: what is due and the urgency; UNIT: the units in full; other
                         columns: received date, form, category
        BackgroundRole   overdue rows light red; due-soon rows amber
        ForegroundRole   overdue rows dark red; due-today rows red; the FLAGS column red for
                         a final case; closed cases (not accepted, closed, final) in the
                         placeholder grey, except their flags
        FontRole         DUE in bold when overdue or due today
        CASE_ROLE        the row's CaseView (any column)
        URGENCY_ROLE     the row's Urgency value, "overdue" (any column)
    """

    DUE, CASE_NO, PETITIONERS, STATE, UNIT, OFFICER, FLAGS = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("CaseModel", "Due"),
        QT_TRANSLATE_NOOP("CaseModel", "Case"),
        QT_TRANSLATE_NOOP("CaseModel", "Petitioners"),
        QT_TRANSLATE_NOOP("CaseModel", "State"),
        QT_TRANSLATE_NOOP("CaseModel", "Unit"),
        QT_TRANSLATE_NOOP("CaseModel", "Officer"),
        QT_TRANSLATE_NOOP("CaseModel", "Marks"),
    )
    CASE_ROLE = Qt.ItemDataRole.UserRole + 1
    URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_cases(self, cases: list[CaseView], today: date) -> None:
        self._today = today
        self.set_rows(cases)

    def add_cases(self, cases: list[CaseView]) -> None:
        """The next page of the same list, after the rows shown."""
        if not cases:
            return
        first = len(self._rows)
        self.beginInsertRows(self.index(0, 0).parent(), first, first + len(cases) - 1)
        self._rows.extend(cases)
        self.endInsertRows()

    def case(self, row: int) -> CaseView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, case_id: int) -> int:
        """The row of a case, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), -1)

    def replace_case(self, case: CaseView) -> None:
        """A case changed (a step was taken): its row shows the new view."""
        row = self.row_of(case.id)
        if row < 0:
            return
        self._rows[row] = case
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if role == self.CASE_ROLE:
            return case
        if role == self.URGENCY_ROLE:
            return case.urgency.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if case.urgency is Urgency.OVERDUE:
                return QBrush(OVERDUE_BACKGROUND)
            if case.urgency is Urgency.DUE_SOON:
                return QBrush(DUE_SOON_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(case, column)
        urgent = case.urgency in (Urgency.OVERDUE, Urgency.DUE_TODAY)
        if role == Qt.ItemDataRole.FontRole and column == self.DUE and urgent:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _foreground(self, case: CaseView, column: int) -> QBrush | None:
        if column == self.FLAGS and case.is_final:
            return QBrush(FINAL_TEXT)
        if case.urgency is Urgency.OVERDUE:
            return QBrush(OVERDUE_TEXT)
        if case.urgency is Urgency.DUE_TODAY:
            return QBrush(DUE_TODAY_TEXT)
        if case.urgency is Urgency.DUE_SOON:
            return QBrush(DUE_SOON_TEXT)
        if not case.state.is_open:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _text(self, case: CaseView, column: int) -> str:
        if column == self.DUE:
            if case.next_due_on is None:
                return ""
            due = case.next_due_on
            day = due.strftime("%m-%d") if due.year == self._today.year else due.isoformat()
            return f"{day} · {days_left_text(due, self._today)}"
        if column == self.CASE_NO:
            return case.case_no
        if column == self.PETITIONERS:
            return case.petitioners
        if column == self.STATE:
            return state_text(case.state)
        if column == self.UNIT:
            return case.assigned_unit or case.unit_concerned
        if column == self.OFFICER:
            return case.officer
        if column == self.FLAGS:
            return " · ".join(case_flags(case))
        return ""

    def _tooltip(self, case: CaseView, column: int) -> str:
        if column == self.DUE and case.next_due_on is not None and case.next_due_kind:
            return self.tr("{urgency}: {what} by {day}").format(
                urgency=urgency_text(case.urgency),
                what=due_kind_text(case.next_due_kind),
                day=case.next_due_on.isoformat(),
            )
        if column == self.UNIT:
            units = [case.assigned_unit, case.unit_concerned]
            return "\n".join(dict.fromkeys(unit for unit in units if unit))
        lines = [
            self.tr("Received {day} · {form}").format(
                day=case.received_on.isoformat(), form=form_text(case.form)
            ),
            case.category,
        ]
        if case.assigned_unit and case.unit_concerned and case.assigned_unit != case.unit_concerned:
            lines.append(self.tr("Unit concerned: {unit}").format(unit=case.unit_concerned))
        return "\n".join(line for line in lines if line)

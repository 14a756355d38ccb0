"""A counter's tickets: the waiting queue in call order, or the tickets it holds."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.clock import minutes_between
from reception.core.visitors.settings import PRIORITY_LABELS, PriorityClass
from reception.core.visitors.views import QueuedTicket
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


def priority_label(priority: str) -> str:
    """A priority class's name in the shown language; an unknown value as it is."""
    try:
        source = PRIORITY_LABELS[PriorityClass(priority)]
    except ValueError:
        return priority
    return QCoreApplication.translate("Priority", source)


class TicketModel(RowsModel[QueuedTicket]):
    """One row per ticket, in the order given (the service's call order).

    Columns:
        TICKET       "A023"
        NAME         the visitor's full name (the clerk's screen, never the board)
        PRIORITY     priority class, translated (context "Priority"); empty when ordinary
        WAITED       "12 min" since the ticket joined the queue, at the time of `set_tickets`
        HOST         host or department
        APPOINTMENT  the appointment slot, HH:MM in the office's time zone, or empty
        TRANSFERRED  "To this counter" when sent to one counter, "From A" when moved from
                     another series, else empty

    Roles:
        DisplayRole        the texts above
        ToolTipRole        the visit's purpose (any column)
        TextAlignmentRole  centred ticket and minutes
        TICKET_ROLE        the row's QueuedTicket (any column)
        SORT_ROLE          the row number for TICKET (call order), minutes for WAITED, else text
    """

    TICKET, NAME, PRIORITY, WAITED, HOST, APPOINTMENT, TRANSFERRED = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("TicketModel", "Ticket"),
        QT_TRANSLATE_NOOP("TicketModel", "Name"),
        QT_TRANSLATE_NOOP("TicketModel", "Priority"),
        QT_TRANSLATE_NOOP("TicketModel", "Waited"),
        QT_TRANSLATE_NOOP("TicketModel", "Host"),
        QT_TRANSLATE_NOOP("TicketModel", "Appointment"),
        QT_TRANSLATE_NOOP("TicketModel", "Transferred"),
    )
    COLUMNS = len(TITLES)
    TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None
        self._zone = OFFICE_ZONE

    def set_tickets(
        self, tickets: list[QueuedTicket], now: datetime, zone: ZoneInfo = OFFICE_ZONE
    ) -> None:
        self._now = now
        self._zone = zone
        self.set_rows(tickets)

    def ticket(self, row: int) -> QueuedTicket:
        return self.row_value(row)

    def tickets(self) -> list[QueuedTicket]:
        return self.rows()

    def labels(self) -> list[str]:
        return [t.ticket for t in self._rows]

    def row_of(self, label: str) -> int:
        """The row of a ticket label, or -1."""
        return next((i for i, t in enumerate(self._rows) if t.ticket == label), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ticket, column)
        if role == self.TICKET_ROLE:
            return ticket
        if role == Qt.ItemDataRole.ToolTipRole:
            return ticket.purpose or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TICKET, self.WAITED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.SORT_ROLE:
            if column == self.TICKET:
                return index.row()
            if column == self.WAITED:
                return self.waited_minutes(ticket)
            return self._text(ticket, column)
        return None

    def waited_minutes(self, ticket: QueuedTicket) -> int:
        if ticket.queued_at is None or self._now is None:
            return 0
        return minutes_between(ticket.queued_at, self._now)

    def _text(self, ticket: QueuedTicket, column: int) -> str:
        if column == self.TICKET:
            return ticket.ticket
        if column == self.NAME:
            return ticket.name
        if column == self.PRIORITY:
            return (
                "" if ticket.priority == PriorityClass.ORDINARY else priority_label(ticket.priority)
            )
        if column == self.WAITED:
            if ticket.queued_at is None:
                return ""
            return self.tr("{minutes} min").format(minutes=self.waited_minutes(ticket))
        if column == self.HOST:
            return ticket.host
        if column == self.APPOINTMENT:
            if ticket.appointment_at is None:
                return ""
            return ticket.appointment_at.astimezone(self._zone).strftime("%H:%M")
        if column == self.TRANSFERRED:
            return self.transfer_note(ticket)
        return ""

    def transfer_note(self, ticket: QueuedTicket) -> str:
        if ticket.for_counter is not None:
            return self.tr("To this counter")
        letter = ticket.ticket[:1]
        if letter and letter != ticket.series:
            return self.tr("From {series}").format(series=letter)
        return ""

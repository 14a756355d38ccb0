"""The audit log, newest first, paged by key."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reception.core.security.audit import AuditRow, page
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
DETAILS_LENGTH = 80

ACTIONS_CONTEXT = "AuditActions"
ACTION_LABELS: dict[str, str] = {
    "operator.add": QT_TRANSLATE_NOOP("AuditActions", "Operator added"),
    "operator.disable": QT_TRANSLATE_NOOP("AuditActions", "Operator disabled"),
    "operator.enable": QT_TRANSLATE_NOOP("AuditActions", "Operator enabled"),
    "operator.role": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "operator.password_reset": QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    "operator.password_change": QT_TRANSLATE_NOOP("AuditActions", "Password changed"),
    "operator.sign_in": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "operator.sign_in_failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "setting.change": QT_TRANSLATE_NOOP("AuditActions", "Setting changed"),
    "database.backup": QT_TRANSLATE_NOOP("AuditActions", "Database backed up"),
    "database.restore": QT_TRANSLATE_NOOP("AuditActions", "Database restored"),
    "demo.fill": QT_TRANSLATE_NOOP("AuditActions", "Demonstration data loaded"),
    "visit.register": QT_TRANSLATE_NOOP("AuditActions", "Visitor registered"),
    "visit.check_in": QT_TRANSLATE_NOOP("AuditActions", "Slip scanned: checked in"),
    "visit.leave": QT_TRANSLATE_NOOP("AuditActions", "Visitor left"),
    "visitor.view_phone": QT_TRANSLATE_NOOP("AuditActions", "Visitor's phone viewed"),
    "ticket.call": QT_TRANSLATE_NOOP("AuditActions", "Ticket called"),
    "ticket.call_given": QT_TRANSLATE_NOOP("AuditActions", "Ticket called out of turn"),
    "ticket.recall": QT_TRANSLATE_NOOP("AuditActions", "Ticket called again"),
    "ticket.serve": QT_TRANSLATE_NOOP("AuditActions", "Ticket served"),
    "ticket.no_show": QT_TRANSLATE_NOOP("AuditActions", "Ticket marked no-show"),
    "ticket.hold": QT_TRANSLATE_NOOP("AuditActions", "Ticket held"),
    "ticket.transfer": QT_TRANSLATE_NOOP("AuditActions", "Ticket transferred"),
    "room.add": QT_TRANSLATE_NOOP("AuditActions", "Room added"),
    "room.change": QT_TRANSLATE_NOOP("AuditActions", "Room changed"),
    "room.clean": QT_TRANSLATE_NOOP("AuditActions", "Room marked clean"),
    "room.dirty": QT_TRANSLATE_NOOP("AuditActions", "Room to be cleaned"),
    "room.out_of_order": QT_TRANSLATE_NOOP("AuditActions", "Room out of order"),
    "room.back_in_service": QT_TRANSLATE_NOOP("AuditActions", "Room back in service"),
    "stay.book": QT_TRANSLATE_NOOP("AuditActions", "Stay booked"),
    "stay.check_in": QT_TRANSLATE_NOOP("AuditActions", "Guest checked in"),
    "stay.check_out": QT_TRANSLATE_NOOP("AuditActions", "Guest checked out"),
    "stay.cancel": QT_TRANSLATE_NOOP("AuditActions", "Stay cancelled"),
    "stay.extend": QT_TRANSLATE_NOOP("AuditActions", "Stay's departure changed"),
    "stay.move": QT_TRANSLATE_NOOP("AuditActions", "Guest moved to another room"),
    "stay.reschedule": QT_TRANSLATE_NOOP("AuditActions", "Stay rescheduled"),
    "stay.bed": QT_TRANSLATE_NOOP("AuditActions", "Bed renumbered in a shared room"),
    "delegation.add": QT_TRANSLATE_NOOP("AuditActions", "Delegation recorded"),
    "delegation.change": QT_TRANSLATE_NOOP("AuditActions", "Delegation changed"),
    "delegation.cancel": QT_TRANSLATE_NOOP("AuditActions", "Delegation cancelled"),
    "delegation.view_phone": QT_TRANSLATE_NOOP("AuditActions", "Liaison's phone viewed"),
    "guest.add": QT_TRANSLATE_NOOP("AuditActions", "Guest added"),
    "guest.change": QT_TRANSLATE_NOOP("AuditActions", "Guest changed"),
    "guest.remove": QT_TRANSLATE_NOOP("AuditActions", "Guest removed"),
    "guest.head": QT_TRANSLATE_NOOP("AuditActions", "Head of delegation changed"),
    "checklist.add": QT_TRANSLATE_NOOP("AuditActions", "Checklist task added"),
    "checklist.change": QT_TRANSLATE_NOOP("AuditActions", "Checklist task changed"),
    "checklist.done": QT_TRANSLATE_NOOP("AuditActions", "Checklist task done"),
    "checklist.reopen": QT_TRANSLATE_NOOP("AuditActions", "Checklist task reopened"),
    "checklist.remove": QT_TRANSLATE_NOOP("AuditActions", "Checklist task removed"),
    "activity.add": QT_TRANSLATE_NOOP("AuditActions", "Programme item added"),
    "activity.change": QT_TRANSLATE_NOOP("AuditActions", "Programme item changed"),
    "activity.remove": QT_TRANSLATE_NOOP("AuditActions", "Programme item removed"),
    "export.xlsx": QT_TRANSLATE_NOOP("AuditActions", "List exported to Excel"),
    "delegation.liaison_phone.print": QT_TRANSLATE_NOOP(
        "AuditActions", "Liaison's phone printed on a room card"
    ),
}
ENTITIES_CONTEXT = "AuditEntities"
ENTITY_LABELS: dict[str, str] = {
    "operator": QT_TRANSLATE_NOOP("AuditEntities", "Operator"),
    "setting": QT_TRANSLATE_NOOP("AuditEntities", "Setting"),
    "database": QT_TRANSLATE_NOOP("AuditEntities", "Database"),
    "visit": QT_TRANSLATE_NOOP("AuditEntities", "Visit"),
    "visitor": QT_TRANSLATE_NOOP("AuditEntities", "Visitor"),
    "check_in": QT_TRANSLATE_NOOP("AuditEntities", "Check-in of visit"),
    "ticket": QT_TRANSLATE_NOOP("AuditEntities", "Ticket"),
    "room": QT_TRANSLATE_NOOP("AuditEntities", "Room"),
    "stay": QT_TRANSLATE_NOOP("AuditEntities", "Stay"),
    "delegation": QT_TRANSLATE_NOOP("AuditEntities", "Delegation"),
    "guest": QT_TRANSLATE_NOOP("AuditEntities", "Guest"),
    "checklist": QT_TRANSLATE_NOOP("AuditEntities", "Checklist task"),
    "activity": QT_TRANSLATE_NOOP("AuditEntities", "Programme item"),
    "list": QT_TRANSLATE_NOOP("AuditEntities", "List"),
}


def action_text(action: str) -> str:
    """A known action code in the shown language; an unknown one as it is."""
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate(ACTIONS_CONTEXT, source) if source else action


def record_text(entity: str, entity_id: str | None) -> str:
    source = ENTITY_LABELS.get(entity)
    name = QCoreApplication.translate(ENTITIES_CONTEXT, source) if source else entity
    return f"{name} {entity_id}" if entity_id else name


def local_time(at: datetime) -> str:
    """An instant (stored in UTC) in this computer's time zone."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def change_text(before: str | None, after: str | None) -> str:
    """'role: receptionist → director; active: true → false' — only what differs."""
    old, new = _load(before), _load(after)
    if old is None and new is None:
        return ""
    if isinstance(old, dict) or isinstance(new, dict):
        old_map = old if isinstance(old, dict) else {}
        new_map = new if isinstance(new, dict) else {}
        keys = sorted(set(old_map) | set(new_map))
        if old is None:
            return "; ".join(f"{key}: {_value(new_map.get(key))}" for key in keys)
        parts = [
            f"{key}: {_value(old_map.get(key))} → {_value(new_map.get(key))}"
            for key in keys
            if old_map.get(key) != new_map.get(key)
        ]
        return "; ".join(parts)
    return f"{_value(old)} → {_value(new)}"


def shorten(text: str, length: int = DETAILS_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def load_page(
    db: Database,
    actor: Actor,
    *,
    before_seq: int | None = None,
    text: str = "",
    limit: int = PAGE_SIZE,
) -> list[AuditRow]:
    """One page from the database in its own read unit; safe to run off the GUI thread."""
    with db.read() as session:
        return page(session, actor, before_seq=before_seq, limit=limit, text=text)


class AuditModel(QAbstractTableModel):
    """Audit rows, newest first. Holds no cursor: `fetchMore` reads the next `page_size`
    rows older than the last one shown (paging by key), `add_newer` puts new rows on top.

    Columns:
        TIME      local time, "YYYY-MM-DD HH:MM:SS"
        OPERATOR  the operator's sign-in name ("system" for set-up)
        ACTION    the action in words (context "AuditActions"); unknown codes as they are
        RECORD    what was changed: kind (context "AuditEntities") and id
        DETAILS   before → after, only the fields that differ, shortened

    Roles:
        DisplayRole   the texts above
        ToolTipRole   DETAILS in full, with the reason when one was given
        SEQ_ROLE      the row's sequence number in the audit chain
        ROW_ROLE      the AuditRow itself
    """

    TIME, OPERATOR, ACTION, RECORD, DETAILS = range(5)
    SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._rows: list[AuditRow] = []
        self._text = ""
        self._exhausted = True

    @property
    def search_text(self) -> str:
        return self._text

    def row(self, number: int) -> AuditRow:
        return self._rows[number]

    def newest_seq(self) -> int | None:
        return self._rows[0].seq if self._rows else None

    def set_rows(self, rows: list[AuditRow], text: str = "") -> None:
        """Show a first page read elsewhere (by a worker), for the search `text`."""
        self.beginResetModel()
        self._rows = list(rows)
        self._text = text
        self._exhausted = len(rows) < self._page_size
        self.endResetModel()

    def reload(self, text: str | None = None) -> None:
        """Read the first page again, for a new search `text` when given."""
        text = self._text if text is None else text
        self.set_rows(load_page(self._db, self._actor, text=text, limit=self._page_size), text)

    def add_newer(self) -> int:
        """Put rows newer than the top one on top; return how many came."""
        top = self.newest_seq()
        if top is None:
            self.reload()
            return len(self._rows)
        rows = load_page(self._db, self._actor, text=self._text, limit=self._page_size)
        newer = [row for row in rows if row.seq > top]
        if len(newer) == len(rows) and rows:
            self.reload()  # more came than a page: start again from the top
            return len(self._rows)
        if newer:
            self.beginInsertRows(QModelIndex(), 0, len(newer) - 1)
            self._rows[:0] = newer
            self.endInsertRows()
        return len(newer)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].seq if self._rows else None
        rows = load_page(
            self._db, self._actor, before_seq=before, text=self._text, limit=self._page_size
        )
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Operator"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Details"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            full = change_text(row.before, row.after)
            if row.reason:
                full = self.tr("{details}\nReason: {reason}").format(
                    details=full, reason=row.reason
                )
            return full or None
        if role == self.SEQ_ROLE:
            return row.seq
        if role == self.ROW_ROLE:
            return row
        return None

    def _text_of(self, row: AuditRow, column: int) -> str:
        if column == self.TIME:
            return local_time(row.at)
        if column == self.OPERATOR:
            return row.operator_login
        if column == self.ACTION:
            return action_text(row.action)
        if column == self.RECORD:
            return record_text(row.entity, row.entity_id)
        if column == self.DETAILS:
            return shorten(change_text(row.before, row.after))
        return ""

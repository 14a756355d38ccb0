"""The seating charts made for the chosen delegation (banquet, talks, photo, cars), on the
delegations page: Enter opens the chart on the seating page; "New seating chart…"
(Ctrl+Shift+S) starts one there with the delegation already chosen. Only operators who
manage protocol see that button; everyone who reads the page sees the list."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from reception.core.errors import DeskError
from reception.core.lodging.delegations import DelegationDetail
from reception.core.protocol.participants import EventView, list_events
from reception.core.security.roles import Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.lodging.delegation_panel import DelegationPanel, DelegationsHost
from reception.ui.messages import show_error
from reception.ui.models.rows_model import Index, RowsModel

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
PENDING_COLOR = QColor("#8a5a00")


class SeatingLinkModel(RowsModel[EventView]):
    """One row per seating chart of the delegation, by time (those without a time last).

    Columns:
        TIME      "12-02 18:30" in the office's time zone; empty without a time
        KIND      宴会, 主席台, 会谈, 乘车, 合影
        TITLE     the event's title
        PLACE     where
        PEOPLE    the number of participants
        STATE     "Seated" once computed, else "Not yet seated" (amber)

    Roles:
        DisplayRole        the texts above
        ForegroundRole     STATE amber while not yet seated
        TextAlignmentRole  PEOPLE right-aligned
        EVENT_ROLE         the row's EventView (any column)
    """

    TIME, KIND, TITLE, PLACE, PEOPLE, STATE = range(6)
    TITLES = (
        QT_TRANSLATE_NOOP("SeatingLinkModel", "Time"),
        QT_TRANSLATE_NOOP("SeatingLinkModel", "Kind"),
        QT_TRANSLATE_NOOP("SeatingLinkModel", "Title"),
        QT_TRANSLATE_NOOP("SeatingLinkModel", "Place"),
        QT_TRANSLATE_NOOP("SeatingLinkModel", "People"),
        QT_TRANSLATE_NOOP("SeatingLinkModel", "State"),
    )
    EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = OFFICE_ZONE

    def set_events(self, events: list[EventView], zone: ZoneInfo = OFFICE_ZONE) -> None:
        self._zone = zone
        self.set_rows(events)

    def event(self, row: int) -> EventView | None:  # type: ignore[override]
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, event_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == event_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == self.EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE and not event.computed:
            return QBrush(PENDING_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, event: EventView, column: int) -> str:
        if column == self.TIME:
            at = event.starts_at
            return at.astimezone(self._zone).strftime("%m-%d %H:%M") if at is not None else ""
        if column == self.KIND:
            return QCoreApplication.translate("Seating", event.kind.label)
        if column == self.TITLE:
            return event.title
        if column == self.PLACE:
            return event.place
        if column == self.PEOPLE:
            return str(event.participants)
        if column == self.STATE:
            if event.computed:
                return QCoreApplication.translate("SeatingLinkModel", "Seated")
            return QCoreApplication.translate("SeatingLinkModel", "Not yet seated")
        return ""


class SeatingLinksPanel(DelegationPanel):
    """Signals:
    chart_requested(int)        the seating event to open on the seating page
    new_chart_requested(int)    the delegation to start a seating chart for
    """

    chart_requested = Signal(int)
    new_chart_requested = Signal(int)

    def __init__(self, host: DelegationsHost, parent: QWidget | None = None) -> None:
        model = SeatingLinkModel()
        title = QCoreApplication.translate("DelegationsPage", "Seating charts")
        super().__init__(title, host, model, SeatingLinkModel.TITLE, parent)
        self.model = model
        model.setParent(self)
        self._manages = host.session.actor.may(Permission.MANAGE_PROTOCOL)
        self._delegation_id: int | None = None
        a = host.page_action
        self.open_action = a(
            QCoreApplication.translate("DelegationsPage", "Open seating chart"),
            (),
            self.open_chart,
            write=False,
        )
        self.new_action = a(
            QCoreApplication.translate("DelegationsPage", "New &seating chart…"),
            ("Ctrl+Shift+S",),
            self.new_chart,
            write=False,
        )
        self.new_action.setVisible(self._manages)
        self.view.activated.connect(lambda _index: self.open_chart())
        self.lay_out([self.open_action, self.new_action])

    def selected(self) -> EventView | None:
        return self.model.event(self.current_row())

    def show_detail(self, detail: DelegationDetail) -> None:
        kept = self.selected()
        # the director seats a delegation without managing lodging: not `live_delegation`
        live = not detail.delegation.cancelled
        self._delegation_id = detail.delegation.id if live else None
        host = self.host
        try:
            with host.session.db.read() as s:
                events = list_events(s, host.session.actor, delegation_id=detail.delegation.id)
        except DeskError as error:
            show_error(self, error)
            events = []
        self.model.set_events(events, host.zone)
        self.choose_again(self.model.row_of(kept.id) if kept is not None else -1)

    def update_actions(self, live: bool) -> None:
        self.open_action.setEnabled(self.selected() is not None)
        self.new_action.setEnabled(self._manages and self._delegation_id is not None)

    def open_chart(self) -> None:
        event = self.selected()
        if event is not None:
            self.chart_requested.emit(event.id)

    def new_chart(self) -> None:
        if self._manages and self._delegation_id is not None:
            self.new_chart_requested.emit(self._delegation_id)

    def edit(self) -> None:
        """F2 on the list opens the chart, where it is edited."""
        self.open_chart()

    def remove(self) -> None:
        """Charts are deleted on the seating page, where the clerk sees them."""

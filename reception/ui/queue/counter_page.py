"""A counter (窗口) at work: the ticket called now in large type, the keys that call, recall,
serve, hold, transfer and mark no-shows, and the counter's queue and held tickets.

Every action is one unit of work calling one service, then the page reads the queue again,
so what the clerk sees is what the database holds, also after another desk's change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from reception.core.errors import DeskError
from reception.core.security.roles import Permission
from reception.core.settings import load_settings
from reception.core.visitors import service
from reception.core.visitors.counters import CounterPanel
from reception.core.visitors.settings import QueueSettings, load_queue_settings
from reception.core.visitors.views import QueuedTicket, QueueStatus
from reception.db.base import utcnow
from reception.ui.forms.ui_counter_page import Ui_CounterPage
from reception.ui.list_exports import export_counter_queue
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text
from reception.ui.models.ticket_model import TicketModel, priority_label
from reception.ui.queue.transfer_dialog import TransferDialog
from reception.ui.session import DeskSession

REFRESH_ON = frozenset({"ticket", "visit", "check_in", "setting"})
WAIT_REFRESH_MS = 30_000  # waited minutes grow while nothing is written
UNDO_MS = 10_000
TICKET_PIXELS = 92
NAME_PIXELS = 28
ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
UNDO_STYLE = "color: #1b5e20; background: #fff4cc; padding: 4px;"

Action = Callable[[Session, int, datetime], QueuedTicket | None]


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class CounterPage(QWidget):
    """The counter chosen at this desk (saved in desk.json) and its work.

    Keys: F2 call next, F3 recall, F4 served, F6 hold, F7 no-show (once the ticket has had
    the set number of recalls), F8 transfer, Ctrl+G call a given ticket, Ctrl+Z undo the
    last "served" or "no-show" within ten seconds. Enter or a double-click on a held ticket
    calls it back.

    Refreshes after its own actions, when the ChangeWatcher reports a ticket, visit,
    check-in or setting, and every 30 seconds; a hidden page refreshes when shown again.

    Signals:
        counter_changed(int)  the clerk chose another counter (already saved to desk.json)
        ticket_called(str)    a ticket was called to this counter ("A023")
    """

    counter_changed = Signal(int)
    ticket_called = Signal(str)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        self._may_serve = session.actor.may(Permission.SERVE_VISITORS)
        self._settings = QueueSettings()
        self._panel: CounterPanel | None = None
        self._zone = ZoneInfo("Asia/Shanghai")
        self._counter = session.desk.counter
        self._stale = False
        self._undo_ticket = ""
        self.dialog: TransferDialog | None = None  # the open transfer dialog, if any

        self.waiting_model = TicketModel(self)
        self.held_model = TicketModel(self)
        # In call order, unsorted: the first row is the one F2 calls.
        self._setup_table(self.ui.waitingTable, self.waiting_model)
        self._setup_table(self.ui.heldTable, self.held_model)
        self.ui.heldTable.setMaximumHeight(190)

        self._style()
        self._connect()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._hide_undo)
        self._hide_undo()
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(WAIT_REFRESH_MS)
        self._wait_timer.timeout.connect(self._refresh_if_shown)
        self._wait_timer.start()
        self.ui.readOnlyNote.setVisible(not self._may_serve)
        self.export = export_counter_queue(self, session, self._say)  # Ctrl+E: the waiting queue
        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    # -- building -----------------------------------------------------------------

    def _setup_table(self, table: QTableView, model: TicketModel) -> None:
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TicketModel.HOST, QHeaderView.ResizeMode.Stretch)

    def _style(self) -> None:
        ui = self.ui
        self.setFont(_font(self.font(), 15))  # read at arm's length, all day
        base = self.font()
        ui.currentTicket.setFont(_font(base, TICKET_PIXELS, bold=True))
        self._name_font = _font(base, NAME_PIXELS, bold=True)
        self._hint_font = _font(base, 18)
        ui.currentName.setFont(self._name_font)
        # Room kept for what comes and goes, so that the buttons never move under the mouse.
        ui.currentTicket.setMinimumHeight(QFontMetrics(ui.currentTicket.font()).height())
        ui.currentName.setMinimumHeight(QFontMetrics(ui.currentName.font()).height())
        keep = ui.undoButton.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        ui.undoButton.setSizePolicy(keep)
        ui.statusLine.setFont(_font(base, 16))  # a style sheet comes next: set it explicitly
        ui.statusLine.setMinimumHeight(QFontMetrics(ui.statusLine.font()).height() + 8)
        ui.statusLine.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        caption = _font(base, 16)
        for label in (ui.currentCaption, ui.waitingTitle, ui.heldTitle):
            label.setFont(_font(base, 16, bold=True))
        ui.waitingSummary.setFont(caption)
        ui.counterLabel.setFont(caption)
        ui.counterChooser.setFont(caption)
        details = _font(base, 16)
        grid = ui.detailsGrid
        for position in range(grid.count()):
            item = grid.itemAt(position)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setFont(details)
                widget.setMinimumHeight(QFontMetrics(details).height())
        keys = (
            (ui.callNextButton, Qt.Key.Key_F2),
            (ui.recallButton, Qt.Key.Key_F3),
            (ui.servedButton, Qt.Key.Key_F4),
            (ui.holdButton, Qt.Key.Key_F6),
            (ui.noShowButton, Qt.Key.Key_F7),
            (ui.transferButton, Qt.Key.Key_F8),
        )
        button_font = _font(base, 17, bold=True)
        for button, key in keys:
            self._with_key(button, QKeySequence(key))
            button.setFont(button_font)
            button.setMinimumHeight(54)
        ui.callNextButton.setMinimumHeight(64)
        ui.callNextButton.setFont(_font(base, 22, bold=True))
        ui.callNextButton.setDefault(True)
        given_key = QKeySequence("Ctrl+G")
        ui.givenLabel.setToolTip(given_key.toString(QKeySequence.SequenceFormat.NativeText))
        ui.givenTicket.setToolTip(
            self.tr("Type a ticket number such as A023 and press Enter ({key})").format(
                key=given_key.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        undo_key = QKeySequence(QKeySequence.StandardKey.Undo)
        ui.undoButton.setText(
            self.tr("Undo ({key})").format(
                key=undo_key.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        ui.undoButton.setShortcut(undo_key)

    @staticmethod
    def _with_key(button: QPushButton, key: QKeySequence) -> None:
        """Show the key on the button itself, under its word: the clerk learns it there."""
        button.setText(f"{button.text()}\n{key.toString(QKeySequence.SequenceFormat.NativeText)}")
        button.setShortcut(key)  # after setText, which would put back the mnemonic

    def _connect(self) -> None:
        ui = self.ui
        ui.counterChooser.setPlaceholderText(self.tr("Choose this desk's counter"))
        ui.counterChooser.activated.connect(self._counter_chosen)
        ui.callNextButton.clicked.connect(self.call_next)
        ui.recallButton.clicked.connect(self.recall)
        ui.servedButton.clicked.connect(self.serve)
        ui.holdButton.clicked.connect(self.hold)
        ui.noShowButton.clicked.connect(self.no_show)
        ui.transferButton.clicked.connect(self.transfer)
        ui.callGivenButton.clicked.connect(self.call_given)
        ui.givenTicket.returnPressed.connect(self.call_given)
        ui.undoButton.clicked.connect(self.undo)
        ui.callBackButton.clicked.connect(self.call_back)
        ui.heldTable.activated.connect(lambda _index: self.call_back())
        ui.heldTable.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        given = QShortcut(QKeySequence("Ctrl+G"), self)
        given.activated.connect(self.focus_given_ticket)

    # -- reading ------------------------------------------------------------------

    @property
    def counter(self) -> int:
        """The counter this page calls for; 0 when none is chosen."""
        return self._counter

    @property
    def panel(self) -> CounterPanel | None:
        return self._panel

    def refresh(self) -> None:
        """Read the queue again: settings, this counter's panel, the waits."""
        self._stale = False
        now = utcnow()
        try:
            with self._db.read() as session:
                settings = load_queue_settings(session)
                zone = load_settings(session).zone
                status = service.queue_status(session, now)
                panel = None
                if self._may_serve and settings.counter(self._counter) is not None:
                    panel = service.counter_panel(session, self._actor, self._counter, now)
        except DeskError as error:
            self._say(error_text(error), error=True)
            return
        self._zone = zone
        if settings != self._settings or self.ui.counterChooser.count() == 0:
            self._settings = settings
            self._fill_chooser()
        self._panel = panel
        self._show_current(panel)
        self._show_queue(panel, now)
        self._show_summary(panel, status)
        self._enable()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _changes_arrived(self, entities: set[str]) -> None:
        if entities & REFRESH_ON:
            self._refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_chooser(self) -> None:
        chooser = self.ui.counterChooser
        chooser.blockSignals(True)
        chooser.clear()
        for counter in self._settings.counters:
            chooser.addItem(
                self.tr("{name} · {series}").format(
                    name=counter.name, series=", ".join(counter.series)
                ),
                counter.number,
            )
        chooser.setCurrentIndex(chooser.findData(self._counter))
        chooser.blockSignals(False)

    def _show_current(self, panel: CounterPanel | None) -> None:
        ui = self.ui
        current = panel.current if panel else None
        values = (
            ui.currentPurpose,
            ui.currentHost,
            ui.currentParty,
            ui.currentPriority,
            ui.currentCalled,
            ui.currentRecalls,
        )
        ui.currentName.setFont(self._name_font if current else self._hint_font)
        if current is None:
            ui.currentTicket.setText("—")
            if panel is None and self._may_serve:
                ui.currentName.setText(self.tr("Choose this desk's counter above."))
            elif panel is None:
                ui.currentName.setText("")
            else:
                ui.currentName.setText(self.tr("No ticket is called. Press F2 for the next."))
            for label in values:
                label.clear()
            return
        assert panel is not None
        ui.currentTicket.setText(current.ticket)
        ui.currentName.setText(current.name)
        ui.currentPurpose.setText(current.purpose)
        ui.currentHost.setText(current.host)
        ui.currentParty.setText(str(current.party_size))
        ui.currentPriority.setText(priority_label(current.priority))
        called = (
            current.called_at.astimezone(self._zone).strftime("%H:%M") if current.called_at else ""
        )
        ui.currentCalled.setText(called)
        ui.currentRecalls.setText(
            self.tr("{recalls} (no-show after {needed})").format(
                recalls=current.recalls, needed=panel.no_show_after_recalls
            )
        )

    def _show_queue(self, panel: CounterPanel | None, now: datetime) -> None:
        chosen = self.selected_held()
        self.waiting_model.set_tickets(panel.waiting if panel else [], now, self._zone)
        self.held_model.set_tickets(panel.held if panel else [], now, self._zone)
        self.ui.waitingTitle.setText(
            self.tr("Waiting for this counter ({count})").format(
                count=self.waiting_model.rowCount()
            )
        )
        self.ui.heldTitle.setText(
            self.tr("Held ({count})").format(count=self.held_model.rowCount())
        )
        row = self.held_model.row_of(chosen.ticket) if chosen else -1
        if row < 0 and self.held_model.rowCount():
            row = 0
        if row >= 0:
            self.ui.heldTable.selectRow(row)

    def _show_summary(self, panel: CounterPanel | None, status: QueueStatus) -> None:
        series = panel.series if panel else tuple(s.series for s in status.series)
        rows = [s for s in status.series if s.series in series]
        waiting = len(panel.waiting) if panel else sum(s.waiting for s in rows)
        minutes = max((s.estimated_wait_minutes for s in rows), default=0)
        if waiting == 0:
            text = self.tr("Nobody is waiting")
        else:
            text = self.tr("{count} waiting · about {minutes} min to wait").format(
                count=waiting, minutes=minutes
            )
        self.ui.waitingSummary.setText(text)

    def _enable(self) -> None:
        ui = self.ui
        panel = self._panel
        has_counter = panel is not None
        current = panel.current if panel else None
        ui.counterChooser.setEnabled(self._may_serve)
        ui.callNextButton.setEnabled(has_counter)
        for button in (ui.recallButton, ui.servedButton, ui.holdButton, ui.transferButton):
            button.setEnabled(current is not None)
        ui.givenTicket.setEnabled(has_counter)
        ui.callGivenButton.setEnabled(has_counter)
        ui.callBackButton.setEnabled(has_counter and self.selected_held() is not None)
        needed = panel.no_show_after_recalls if panel else 0
        if current is None:
            ui.noShowButton.setEnabled(False)
            ui.noShowButton.setToolTip(self.tr("No ticket is called now."))
        elif current.recalls < needed:
            ui.noShowButton.setEnabled(False)
            ui.noShowButton.setToolTip(
                self.tr("Recall {ticket} {count} more time(s) before marking a no-show.").format(
                    ticket=current.ticket, count=needed - current.recalls
                )
            )
        else:
            ui.noShowButton.setEnabled(True)
            ui.noShowButton.setToolTip(
                self.tr("Mark {ticket} as a no-show: the visitor did not come.").format(
                    ticket=current.ticket
                )
            )

    def selected_held(self) -> QueuedTicket | None:
        rows = self.ui.heldTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.held_model.rowCount():
            return None
        return self.held_model.ticket(rows[0].row())

    def current_ticket(self) -> QueuedTicket | None:
        return self._panel.current if self._panel else None

    # -- what the clerk sees of an action -----------------------------------------

    def status_text(self) -> str:
        return self.ui.statusLine.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLine.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.statusLine.setText(text)

    def _offer_undo(self, ticket: str, text: str) -> None:
        """Say what was done, with an Undo button beside it for a few seconds."""
        self._undo_ticket = ticket
        self.ui.statusLine.setStyleSheet(UNDO_STYLE)
        self.ui.statusLine.setText(text)
        self.ui.undoButton.show()
        self._undo_timer.start()

    def _hide_undo(self) -> None:
        self._undo_timer.stop()
        self._undo_ticket = ""
        self.ui.undoButton.hide()
        if self.ui.statusLine.styleSheet() == UNDO_STYLE:
            self.ui.statusLine.setStyleSheet(DONE_STYLE)

    def undo_offered(self) -> bool:
        return bool(self._undo_ticket)

    # -- actions -------------------------------------------------------------------

    def _run(self, action: Action) -> tuple[bool, QueuedTicket | None]:
        """One unit of work for this counter; a refusal is said in the status line."""
        if self._panel is None:
            self._say(self.tr("Choose this desk's counter first."), error=True)
            return False, None
        counter = self._counter
        try:
            with self._db.unit() as session:
                result = action(session, counter, utcnow())
        except DeskError as error:
            self.refresh()  # another desk may have changed the ticket meanwhile
            self._say(error_text(error), error=True)
            return False, None
        self.refresh()
        return True, result

    def call_next(self) -> None:
        self._hide_undo()
        actor = self._actor
        ok, ticket = self._run(lambda s, c, now: service.call_next(s, actor, c, now))
        if not ok:
            return
        if ticket is None:
            self._say(self.tr("Nobody is waiting for this counter."))
            return
        self._say(self.tr("Called {ticket}.").format(ticket=ticket.ticket))
        self.ticket_called.emit(ticket.ticket)

    def recall(self) -> None:
        self._hide_undo()
        actor = self._actor
        ok, ticket = self._run(lambda s, c, now: service.recall(s, actor, c, now))
        if ok and ticket is not None:
            self._say(
                self.tr("Called {ticket} again ({recalls}).").format(
                    ticket=ticket.ticket, recalls=ticket.recalls
                )
            )
            self.ticket_called.emit(ticket.ticket)

    def serve(self) -> None:
        self._hide_undo()
        actor = self._actor
        ok, ticket = self._run(lambda s, c, now: service.serve(s, actor, c, now))
        if ok and ticket is not None:
            text = self.tr("{ticket} served.").format(ticket=ticket.ticket)
            self._offer_undo(ticket.ticket, text)

    def no_show(self) -> None:
        self._hide_undo()
        actor = self._actor
        ok, ticket = self._run(lambda s, c, now: service.no_show(s, actor, c, now))
        if ok and ticket is not None:
            text = self.tr("{ticket} marked as a no-show.").format(ticket=ticket.ticket)
            self._offer_undo(ticket.ticket, text)

    def hold(self) -> None:
        self._hide_undo()
        actor = self._actor
        ok, ticket = self._run(lambda s, c, now: service.hold(s, actor, c, now))
        if ok and ticket is not None:
            self._say(
                self.tr("{ticket} is held; call it back from the held list.").format(
                    ticket=ticket.ticket
                )
            )

    def call_ticket(self, label: str) -> bool:
        """Call a given ticket (waiting, held, or a no-show who came back) to this counter."""
        self._hide_undo()
        actor, text = self._actor, label.strip()
        if not text:
            self._say(self.tr("Type the ticket number, such as A023."), error=True)
            return False
        ok, ticket = self._run(lambda s, c, now: service.call_ticket(s, actor, c, text, now))
        if ok and ticket is not None:
            self._say(self.tr("Called {ticket}.").format(ticket=ticket.ticket))
            self.ticket_called.emit(ticket.ticket)
        return ok

    def call_given(self) -> None:
        if self.call_ticket(self.ui.givenTicket.text()):
            self.ui.givenTicket.clear()

    def call_back(self) -> None:
        held = self.selected_held()
        if held is not None:
            self.call_ticket(held.ticket)

    def focus_given_ticket(self) -> None:
        self.ui.givenTicket.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.givenTicket.selectAll()

    def undo(self) -> None:
        ticket = self._undo_ticket
        if not ticket:
            return
        if self.call_ticket(ticket):
            self._say(self.tr("{ticket} is called back.").format(ticket=ticket))

    def transfer(self) -> None:
        current = self.current_ticket()
        if current is None:
            return
        self._hide_undo()
        dialog = TransferDialog(self._settings, current.ticket, self._counter, current.series, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._transfer_chosen(dialog))
        self.dialog = dialog
        dialog.open()

    def _transfer_chosen(self, dialog: TransferDialog) -> None:
        target = dialog.target
        actor = self._actor
        ok, ticket = self._run(
            lambda s, c, now: service.transfer(
                s, actor, c, now, to_series=target.series, to_counter=target.counter
            )
        )
        if not ok or ticket is None:
            return
        if target.series is not None:
            text = self.tr("{ticket} sent to service {series}.").format(
                ticket=ticket.ticket, series=target.series
            )
        else:
            text = self.tr("{ticket} sent to counter {number}.").format(
                ticket=ticket.ticket, number=target.counter
            )
        self._say(text)

    # -- the counter ---------------------------------------------------------------

    def _counter_chosen(self, index: int) -> None:
        number = self.ui.counterChooser.itemData(index)
        if not isinstance(number, int) or number == self._counter:
            return
        self.choose_counter(number)

    def choose_counter(self, number: int) -> None:
        """Work for another counter from now on; this desk remembers it."""
        self._hide_undo()
        self._counter = number
        desk = self._session.desk
        desk.counter = number
        self.ui.counterChooser.setCurrentIndex(self.ui.counterChooser.findData(number))
        self.refresh()
        try:
            desk.save()
        except OSError as error:
            self._say(
                self.tr("This desk's counter could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                ),
                error=True,
            )
        self.counter_changed.emit(number)

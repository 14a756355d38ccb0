"""What the clerk does to a stay on the room chart: check in (the guest's needs shown in
the confirmation), check out, cancel, one night more or less, a move by drag or key (a
dry run first, `check_change`), a move to a room chosen in a list, booking a free cell,
printing the room card.

Every change is one unit of work calling one service. A room above the guest's reception
standard needs a reason: the clerk is asked for it and the change is tried again; a refusal
is said in the status line and in a message. Its words are the room chart page's (context
"RoomChartPage"); `ChartHooks` is what it needs of the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reception.core.errors import DeskError
from reception.core.lodging import stays
from reception.core.lodging.models import StayState
from reception.core.lodging.stays import ReasonRequired
from reception.core.lodging.views import StayView
from reception.ui.lodging.book_dialog import BookDialog
from reception.ui.lodging.chart_change import ChartChange, DropCheck
from reception.ui.lodging.move_dialog import MoveDialog
from reception.ui.lodging.reason_dialog import ask_reason
from reception.ui.lodging.room_chart import RoomChartView
from reception.ui.lodging.stay_texts import needs_text, nights_text
from reception.ui.messages import error_text, show_error
from reception.ui.session import DeskSession


class Say(Protocol):
    def __call__(self, text: str, *, error: bool = False) -> None: ...


@dataclass(frozen=True)
class ChartHooks:
    """What the actions need of the page that holds them."""

    stay: Callable[[], StayView | None]  # the stay under the cursor
    today: Callable[[], date]  # the office's day
    refresh: Callable[[], None]  # read the chart again
    show_cell: Callable[[], None]  # show the cell under the cursor in the panel
    say: Say  # in the status line
    open: Callable[[QWidget], None]  # open a dialog or menu, and remember it
    remember: Callable[[QWidget], None]  # remember a dialog opened elsewhere


class StayActions:
    """The actions of one room chart page; `parent` is the page (dialogs' parent)."""

    def __init__(
        self,
        session: DeskSession,
        view: RoomChartView,
        parent: QWidget,
        hooks: ChartHooks,
        *,
        writable: bool,
    ) -> None:
        self._session = session
        self._view = view
        self._parent = parent
        self._hooks = hooks
        self._writable = writable

    def _apply(
        self,
        change: Callable[[Session, str], StayView],
        done: Callable[[StayView], str],
        reason: str = "",
    ) -> bool:
        """One unit of work. A room above the standard asks for the reason and tries again;
        a refusal is said in the status line and in a message."""
        try:
            with self._session.db.unit() as s:
                view = change(s, reason)
        except ReasonRequired as error:
            self._hooks.remember(
                ask_reason(self._parent, error, lambda text: self._apply(change, done, text))
            )
            return False
        except DeskError as error:
            self._hooks.refresh()
            self._hooks.say(error_text(error), error=True)
            self._hooks.remember(show_error(self._parent, error))
            return False
        self._hooks.refresh()
        self._view.select_stay(view.id)
        self._hooks.show_cell()
        self._hooks.say(done(view))
        return True

    def check_change(self, change: ChartChange) -> DropCheck:
        """The dry run of a drag or a key: what reschedule/extend would say, changing nothing."""
        bar = change.bar
        in_house = bar.state == StayState.IN_HOUSE.value
        if in_house and change.arrive != bar.arrive:
            return DropCheck(
                False,
                QCoreApplication.translate(
                    "RoomChartPage",
                    "The guest is already in: only the room and the departure can change.",
                ),
            )
        arrive = change.arrive
        if in_house and change.room_id != bar.room_id:
            arrive = max(bar.arrive, self._hooks.today())  # an in-house guest moves from today
        if change.depart <= arrive:
            return DropCheck(
                False,
                QCoreApplication.translate("RoomChartPage", "A stay needs at least one night."),
            )
        try:
            with self._session.db.read() as s:
                check = stays.check_booking(
                    s,
                    self._session.actor,
                    change.room_id,
                    bar.guest_id,
                    arrive,
                    change.depart,
                    exclude_stay_id=bar.stay_id,
                )
        except DeskError as error:
            return DropCheck(False, error_text(error))
        message = error_text(check.error) if check.error is not None else ""
        return DropCheck(check.ok, message, check.needs_reason, check.bed)

    def apply_change(self, change: ChartChange) -> bool:
        """A drop or a key: checked first, then rescheduled (or extended) in one unit."""
        if not self._writable or not change.changed:
            return False
        check = self.check_change(change)
        if not check.ok:
            self._hooks.say(
                QCoreApplication.translate("RoomChartPage", "Not changed: {reason}").format(
                    reason=check.message
                ),
                error=True,
            )
            return False
        actor, bar = self._session.actor, change.bar
        if change.kind == "extend":
            return self._apply(
                lambda s, _reason: stays.extend(s, actor, bar.stay_id, change.depart),
                lambda view: QCoreApplication.translate(
                    "RoomChartPage", "{guest} now leaves on {depart} ({nights})."
                ).format(
                    guest=view.guest_name,
                    depart=view.depart.isoformat(),
                    nights=nights_text(view.nights),
                ),
            )
        return self._apply(
            lambda s, reason: stays.reschedule(
                s, actor, bar.stay_id, change.room_id, change.arrive, change.depart, reason
            ),
            lambda view: QCoreApplication.translate(
                "RoomChartPage", "{guest}: room {room}, {arrive} to {depart}."
            ).format(
                guest=view.guest_name,
                room=view.room_number,
                arrive=view.arrive.isoformat(),
                depart=view.depart.isoformat(),
            ),
        )

    def _confirm(self, title: str, text: str, details: str, on_yes: Callable[[], object]) -> None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        yes = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.accepted.connect(on_yes)
        self._hooks.open(box)

    def check_in(self) -> None:
        stay = self._hooks.stay()
        if stay is None or stay.state != StayState.BOOKED.value or not self._writable:
            return
        needs = needs_text(stay)
        details = (
            QCoreApplication.translate("RoomChartPage", "Mind the guest's needs:\n{needs}").format(
                needs=needs
            )
            if needs
            else QCoreApplication.translate("RoomChartPage", "No special needs are on file.")
        )
        actor, stay_id, today = self._session.actor, stay.id, self._hooks.today()
        self._confirm(
            QCoreApplication.translate("RoomChartPage", "Check in"),
            QCoreApplication.translate(
                "RoomChartPage", "Check in {guest} to room {room}, bed {bed}?"
            ).format(guest=stay.guest_name, room=stay.room_number, bed=stay.bed),
            details,
            lambda: self._apply(
                lambda s, _reason: stays.check_in(s, actor, stay_id, today),
                lambda view: QCoreApplication.translate(
                    "RoomChartPage", "{guest} is checked in to room {room}."
                ).format(guest=view.guest_name, room=view.room_number),
            ),
        )

    def check_out(self) -> None:
        stay = self._hooks.stay()
        if stay is None or stay.state != StayState.IN_HOUSE.value or not self._writable:
            return
        details = QCoreApplication.translate("RoomChartPage", "The room is then to be cleaned.")
        if self._hooks.today() < stay.depart - timedelta(days=1):
            details = QCoreApplication.translate(
                "RoomChartPage", "Booked until {depart}: the nights from {today} are freed. {then}"
            ).format(
                depart=stay.depart.isoformat(), today=self._hooks.today().isoformat(), then=details
            )
        actor, stay_id, today = self._session.actor, stay.id, self._hooks.today()
        self._confirm(
            QCoreApplication.translate("RoomChartPage", "Check out"),
            QCoreApplication.translate(
                "RoomChartPage", "Check out {guest} from room {room}?"
            ).format(guest=stay.guest_name, room=stay.room_number),
            details,
            lambda: self._apply(
                lambda s, _reason: stays.check_out(s, actor, stay_id, today),
                lambda view: QCoreApplication.translate(
                    "RoomChartPage", "{guest} has checked out; room {room} is to be cleaned."
                ).format(guest=view.guest_name, room=view.room_number),
            ),
        )

    def cancel_stay(self) -> None:
        stay = self._hooks.stay()
        if stay is None or stay.state != StayState.BOOKED.value or not self._writable:
            return
        actor, stay_id = self._session.actor, stay.id
        self._confirm(
            QCoreApplication.translate("RoomChartPage", "Cancel the stay"),
            QCoreApplication.translate(
                "RoomChartPage", "Cancel the booking of {guest} in room {room} from {arrive}?"
            ).format(guest=stay.guest_name, room=stay.room_number, arrive=stay.arrive.isoformat()),
            QCoreApplication.translate("RoomChartPage", "The bed is freed for these nights."),
            lambda: self._apply(
                lambda s, _reason: stays.cancel_stay(s, actor, stay_id),
                lambda view: QCoreApplication.translate(
                    "RoomChartPage", "The booking of {guest} is cancelled."
                ).format(guest=view.guest_name),
            ),
        )

    def move_stay(self) -> None:
        stay = self._hooks.stay()
        if stay is None or not self._writable:
            return
        if stay.state not in (StayState.BOOKED.value, StayState.IN_HOUSE.value):
            return
        start = stay.arrive
        if stay.state == StayState.IN_HOUSE.value:
            start = max(stay.arrive, self._hooks.today())
        if start >= stay.depart:
            self._hooks.say(
                QCoreApplication.translate(
                    "RoomChartPage", "The stay ends today: there is nothing to move."
                ),
                error=True,
            )
            return
        try:
            dialog = MoveDialog(self._session, stay, start, self._parent)
        except DeskError as error:
            self._hooks.say(error_text(error), error=True)
            return
        actor, stay_id = self._session.actor, stay.id

        def chosen() -> None:
            room_id = dialog.room_id
            if room_id is None:
                return
            self._apply(
                lambda s, reason: stays.move(s, actor, stay_id, room_id, reason=reason),
                lambda view: QCoreApplication.translate(
                    "RoomChartPage", "{guest} moves to room {room}."
                ).format(guest=view.guest_name, room=view.room_number),
            )

        dialog.accepted.connect(chosen)
        self._hooks.open(dialog)

    def book_cell(self) -> None:
        cell = self._view.cursor_cell()
        chart = self._view.chart()
        if cell is None or chart is None or self._hooks.stay() is not None or not self._writable:
            return
        room = chart.rooms[chart.room_row(cell[0])].room
        try:
            dialog = BookDialog(self._session, room, cell[1], self._parent)
        except DeskError as error:
            self._hooks.say(error_text(error), error=True)
            return
        dialog.stay_booked.connect(self._booked)
        self._hooks.open(dialog)

    def print_room_card(self) -> None:
        """Ctrl+P: the room card of the stay under the cursor, printed or saved as a PDF."""
        stay = self._hooks.stay()
        if stay is None or stay.state not in (StayState.BOOKED.value, StayState.IN_HOUSE.value):
            return
        from reception.ui.lodging.lodging_prints import print_room_card

        job = print_room_card(self._parent, self._session, stay.id)
        if job is None:
            return
        self._hooks.remember(job.choice)
        job.saved.connect(
            lambda path: self._hooks.say(
                QCoreApplication.translate("LodgingArea", "Saved {path}.").format(path=path)
            )
        )
        job.printed.connect(
            lambda pages: self._hooks.say(
                QCoreApplication.translate("LodgingArea", "{pages} pages were printed.").format(
                    pages=pages
                )
            )
        )

    def _booked(self, view: StayView) -> None:
        self._hooks.refresh()
        self._view.select_stay(view.id)
        self._hooks.show_cell()
        self._hooks.say(
            QCoreApplication.translate(
                "RoomChartPage", "{guest} is booked in room {room} from {arrive} to {depart}."
            ).format(
                guest=view.guest_name,
                room=view.room_number,
                arrive=view.arrive.isoformat(),
                depart=view.depart.isoformat(),
            )
        )

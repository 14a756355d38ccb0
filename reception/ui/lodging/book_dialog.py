"""Booking a guest into a free cell of the room chart: a delegation expected around the
day, one of its guests still without a room for the nights, and the dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.lodging import stays
from reception.core.lodging.delegations import DelegationView, list_delegations, list_guests
from reception.core.lodging.stays import Booking, ReasonRequired
from reception.core.lodging.views import RoomView
from reception.ui.form_dialog import error_label
from reception.ui.lodging.chart_styles import NOTE_STYLE
from reception.ui.lodging.delegation_dialog import pydate, qdate
from reception.ui.lodging.reason_dialog import ask_reason
from reception.ui.lodging.room_chart_texts import short_date
from reception.ui.messages import error_text
from reception.ui.models.guest_model import GuestModel
from reception.ui.session import DeskSession

DELEGATIONS_BEFORE = 7  # the dialog offers delegations touching [day - 7, day + 30]
DELEGATIONS_AFTER = 30


class BookDialog(QDialog):
    """Book a guest into the chosen room: a delegation expected around the day, one of its
    guests without a room for the nights, the dates. Books on OK; a room above the guest's
    standard asks for the reason first. Emits `stay_booked(StayView)` and closes once
    booked; a refusal stays in the dialog."""

    stay_booked = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        room: RoomView,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._room = room
        self.reason_dialog: QInputDialog | None = None
        self.setWindowTitle(self.tr("Book room {number}").format(number=room.number))
        with session.db.read() as s:
            found = list_delegations(
                s,
                session.actor,
                day - timedelta(days=DELEGATIONS_BEFORE),
                day + timedelta(days=DELEGATIONS_AFTER),
            )
            tonight = stays.stays_between(s, session.actor, day, day + timedelta(days=1))
        self._delegations = [d for d in found if not d.cancelled]
        lodged: dict[int, int] = {}
        for stay in tonight:
            if stay.delegation_id is not None:
                lodged[stay.delegation_id] = lodged.get(stay.delegation_id, 0) + 1
        # offered first: a delegation in the house that night with a guest still without a bed
        first = next(
            (
                i
                for i, view in enumerate(self._delegations)
                if view.arrive <= day < view.depart and view.guests > lodged.get(view.id, 0)
            ),
            0,
        )
        self.delegation = QComboBox(self)
        for view in self._delegations:
            self.delegation.addItem(
                self.tr("{name} · {arrive}–{depart}").format(
                    name=view.name, arrive=short_date(view.arrive), depart=short_date(view.depart)
                ),
                view.id,
            )
        self.delegation.setCurrentIndex(first if self._delegations else -1)
        self.arrive = QDateEdit(self)
        self.depart = QDateEdit(self)
        for edit in (self.arrive, self.depart):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.arrive.setDate(qdate(day))
        self.depart.setDate(qdate(day + timedelta(days=1)))
        self.guests = GuestModel(self)
        self.guest_table = QTableView(self)
        self.guest_table.setModel(self.guests)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guest_table.verticalHeader().hide()
        self.guest_table.hideColumn(GuestModel.ID_NUMBER)
        header = self.guest_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GuestModel.NEEDS, QHeaderView.ResizeMode.Stretch)
        self.guest_table.activated.connect(lambda _index: self.book())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Delegation:"), self.delegation)
        form.addRow(self.tr("&Arrival:"), self.arrive)
        form.addRow(self.tr("De&parture:"), self.depart)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Book"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        guests_label = QLabel(self.tr("&Guest without a room for these nights:"), self)
        guests_label.setBuddy(self.guest_table)
        layout.addWidget(guests_label)
        layout.addWidget(self.guest_table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.delegation.currentIndexChanged.connect(lambda _i: self._delegation_chosen())
        self.arrive.dateChanged.connect(lambda _d: self._load_guests())
        self.depart.dateChanged.connect(lambda _d: self._load_guests())
        if not self._delegations:
            self.note.setText(self.tr("No delegation is expected around {day}.").format(day=day))
            ok.setEnabled(False)
        else:
            self._delegation_chosen()
        self.resize(640, 460)

    def _chosen_delegation(self) -> DelegationView | None:
        index = self.delegation.currentIndex()
        return self._delegations[index] if 0 <= index < len(self._delegations) else None

    def _delegation_chosen(self) -> None:
        view = self._chosen_delegation()
        if view is None:
            return
        arrive = pydate(self.arrive.date())
        if view.depart > arrive:
            self.depart.blockSignals(True)
            self.depart.setDate(qdate(view.depart))
            self.depart.blockSignals(False)
        self._load_guests()

    def _load_guests(self) -> None:
        view = self._chosen_delegation()
        if view is None:
            return
        arrive, depart = pydate(self.arrive.date()), pydate(self.depart.date())
        actor = self._session.actor
        try:
            with self._session.db.read() as s:
                guests = list_guests(s, actor, view.id)
                lodged = (
                    {
                        stay.guest_id
                        for stay in stays.stays_between(s, actor, arrive, depart)
                        if stay.delegation_id == view.id
                    }
                    if depart > arrive
                    else set()
                )
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        chosen = self.guest_id
        waiting = [g for g in guests if g.id not in lodged]
        self.guests.set_rows(waiting)
        row = self.guests.row_of(chosen) if chosen is not None else -1
        self.guest_table.selectRow(max(row, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(waiting))
        if guests and not waiting:
            self.note.setText(
                self.tr("Every guest of this delegation has a room for these nights.")
            )
        elif lodged:
            self.note.setText(
                self.tr("{count} guest(s) of this delegation already have a room.").format(
                    count=len(lodged)
                )
            )
        else:
            self.note.clear()

    @property
    def guest_id(self) -> int | None:
        index = self.guest_table.currentIndex()
        guest = self.guests.guest(index.row()) if index.isValid() else None
        return guest.id if guest is not None else None

    def choose_guest(self, guest_id: int) -> bool:
        row = self.guests.row_of(guest_id)
        if row < 0:
            return False
        self.guest_table.selectRow(row)
        return True

    def booking(self, reason: str = "") -> Booking | None:
        guest_id = self.guest_id
        if guest_id is None:
            return None
        return Booking(
            self._room.id, guest_id, pydate(self.arrive.date()), pydate(self.depart.date()), reason
        )

    def book(self, reason: str = "") -> None:
        booking = self.booking(reason)
        if booking is None:
            self.error_label.setText(self.tr("Choose the guest to book."))
            return
        actor = self._session.actor
        try:
            with self._session.db.unit() as s:
                view = stays.book(s, actor, booking)
        except ReasonRequired as error:
            self.error_label.clear()
            self.reason_dialog = ask_reason(self, error, self.book)
            return
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.stay_booked.emit(view)
        self.accept()

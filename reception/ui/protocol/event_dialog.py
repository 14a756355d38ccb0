"""A new seating event, or one edited: kind, title, time, place, convention, the podium's
rows or the banquet's tables, and the people, picked from the officials (the host side) and
a delegation's guests (the guest side), each list in the one precedence order. Saving
stores the event and its people and computes the chart, in one unit of work."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QWidget,
)

from reception.core.errors import DeskError, InvalidInput
from reception.core.lodging.delegations import list_delegations
from reception.core.protocol.events import (
    EventForm,
    EventView,
    add_participants,
    compute_chart,
    create_event,
    participants,
    remove_participant,
    update_event,
)
from reception.core.protocol.precedence import PersonKind, PersonView, precedence_order
from reception.core.protocol.seating import Convention, EventKind
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.form_dialog import finish_form, save_in_unit
from reception.ui.messages import error_text
from reception.ui.protocol.event_model import OFFICE_ZONE
from reception.ui.session import DeskSession

BAD_ROWS = QT_TRANSLATE_NOOP("Errors", "Write the rows as numbers of seats, front first: 7, 9")
BAD_TABLES = QT_TRANSLATE_NOOP(
    "Errors", "Write each table as guests:hosts, the main table first: 6:4, 5:5"
)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def parse_rows(text: str) -> tuple[int, ...]:
    """ "7, 9" → (7, 9); empty → () (one row for everybody)."""
    parts = [p for p in re.split(r"[,，、\s]+", text.strip()) if p]
    if not all(p.isdigit() and int(p) > 0 for p in parts):
        raise InvalidInput(BAD_ROWS)
    return tuple(int(p) for p in parts)


def parse_tables(text: str) -> tuple[tuple[int, int], ...]:
    """ "6:4, 5:5" → ((6, 4), (5, 5)); empty → () (one table for everybody)."""
    tables = []
    for part in (p for p in re.split(r"[,，、;；\s]+", text.strip()) if p):
        found = re.fullmatch(r"(\d+)[:：/](\d+)", part)
        if found is None:
            raise InvalidInput(BAD_TABLES)
        tables.append((int(found[1]), int(found[2])))
    return tuple(tables)


def _qdatetime(moment: datetime) -> QDateTime:
    """The wall-clock time of `moment`, to the minute, for a QDateTimeEdit."""
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


class PeopleList(QListView):
    """People to tick, in precedence order; a QStandardItemModel of checkable rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = QStandardItemModel(self)
        self.setModel(self.people)

    def set_people(self, people: list[PersonView], ticked: set[tuple[str, int]]) -> None:
        self.people.clear()
        for person in people:
            text = " · ".join(
                part
                for part in (
                    person.name,
                    person.post,
                    QCoreApplication.translate("Ranks", person.rank_label),
                )
                if part
            )
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(person, PERSON_ROLE)
            key = (str(person.kind), person.id)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            self.people.appendRow(item)

    def tick(self, name: str, on: bool = True) -> bool:
        for row in range(self.people.rowCount()):
            item = self.people.item(row)
            if item.data(PERSON_ROLE).name == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
        return False

    def ticked(self) -> list[PersonView]:
        items = (self.people.item(row) for row in range(self.people.rowCount()))
        return [i.data(PERSON_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]


class EventDialog(QDialog):
    """Emits `event_saved(int)` (the event's id) and closes once the event, its people and
    its chart are stored; a refusal is shown in the dialog, which stays open."""

    event_saved = Signal(int)

    def __init__(
        self,
        session: DeskSession,
        event: EventView | None = None,
        parent: QWidget | None = None,
        *,
        zone: ZoneInfo = OFFICE_ZONE,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._event = event
        self._zone = zone
        self.setWindowTitle(self.tr("Edit seating") if event else self.tr("New seating"))
        self.kind = QComboBox(self)
        for kind in EventKind:
            self.kind.addItem(QCoreApplication.translate("Seating", kind.label), kind.value)
        self.title = QLineEdit(self)
        self.title.setMaxLength(120)
        self.title.setPlaceholderText(self.tr("Work meeting on the river clean-up"))
        self.has_time = QCheckBox(self.tr("&At"), self)
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        moment = (now or datetime.now(UTC)).astimezone(zone)
        self.starts_at.setDateTime(_qdatetime(moment))
        self.starts_at.setEnabled(False)
        self.has_time.toggled.connect(self.starts_at.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.has_time)
        when.addWidget(self.starts_at, 1)
        self.place = QLineEdit(self)
        self.place.setMaxLength(80)
        self.convention = QComboBox(self)
        for convention in Convention:
            self.convention.addItem(
                QCoreApplication.translate("Seating", convention.label), convention.value
            )
        self.layout_edit = QLineEdit(self)
        self.layout_edit.setMaxLength(80)
        self.delegation = QComboBox(self)
        self.delegation.addItem(self.tr("No delegation"), None)
        self.officials = PeopleList(self)
        self.guests = PeopleList(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Time:"), when)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Convention:"), self.convention)
        form.addRow(self.tr("&Layout:"), self.layout_edit)
        form.addRow(self.tr("&Delegation:"), self.delegation)
        form.addRow(self.tr("&Officials:"), self.officials)
        form.addRow(self.tr("&Guests:"), self.guests)
        self.error_label, self.buttons = finish_form(
            self, form, self.tr("Save") if event else self.tr("Create chart"), self.save
        )
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.delegation.currentIndexChanged.connect(lambda _i: self._read_guests())
        self._ticked: set[tuple[str, int]] = set()
        self._read_lists()
        self._read_guests()
        if event is not None:
            self._fill(event)
        self._kind_changed()
        self.resize(620, 720)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- filling ------------------------------------------------------------------------------

    def _read_lists(self) -> None:
        actor = self._session.actor
        try:
            with self._session.db.read() as s:
                officials = precedence_order(s, actor, officials=True)
                delegations = [d for d in list_delegations(s, actor) if not d.cancelled]
                if self._event is not None:
                    for p in participants(s, actor, self._event.id):
                        self._ticked.add((str(p.person.kind), p.person.id))
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.officials.set_people(officials, self._ticked)
        for d in delegations:
            self.delegation.addItem(f"{d.name}（{d.arrive:%m-%d}）", d.id)

    def _read_guests(self) -> None:
        delegation_id = self.delegation.currentData()
        self.guests.setEnabled(delegation_id is not None)
        if delegation_id is None:
            self.guests.set_people([], set())
            return
        try:
            with self._session.db.read() as s:
                guests = precedence_order(
                    s, self._session.actor, officials=False, delegation_id=delegation_id
                )
        except DeskError as error:
            self.error_label.setText(error_text(error))
            return
        self.guests.set_people(guests, self._ticked)

    def _fill(self, event: EventView) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(event.kind))))
        self.title.setText(event.title)
        if event.starts_at is not None:
            local = event.starts_at.astimezone(self._zone)
            self.has_time.setChecked(True)
            self.starts_at.setDateTime(_qdatetime(local))
        self.place.setText(event.place)
        self.convention.setCurrentIndex(max(0, self.convention.findData(str(event.convention))))
        if event.tables:
            self.layout_edit.setText(", ".join(f"{g}:{h}" for g, h in event.tables))
        elif event.rows:
            self.layout_edit.setText(", ".join(str(n) for n in event.rows))
        if event.delegation_id is not None:
            self.delegation.setCurrentIndex(max(0, self.delegation.findData(event.delegation_id)))

    def _kind_changed(self) -> None:
        kind = EventKind(self.kind.currentData())
        uses_layout = kind in (EventKind.PODIUM, EventKind.PHOTO, EventKind.BANQUET)
        self.layout_edit.setEnabled(uses_layout)
        if kind is EventKind.BANQUET:
            hint = self.tr("Tables as guests:hosts, main table first: 6:4, 5:5 (empty: one table)")
        elif uses_layout:
            hint = self.tr("Seats per row, front row first: 7, 9 (empty: one row)")
        else:
            hint = ""
        self.layout_edit.setPlaceholderText(hint)
        self.layout_edit.setToolTip(hint)

    # -- saving -------------------------------------------------------------------------------

    def form(self) -> EventForm:
        kind = EventKind(self.kind.currentData())
        text = self.layout_edit.text() if self.layout_edit.isEnabled() else ""
        starts_at = None
        if self.has_time.isChecked():
            shown = self.starts_at.dateTime()
            day, clock = shown.date(), shown.time()
            local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
            starts_at = local.replace(tzinfo=self._zone).astimezone(UTC)
        return EventForm(
            kind=kind,
            title=self.title.text(),
            starts_at=starts_at,
            place=self.place.text(),
            convention=Convention(self.convention.currentData()),
            delegation_id=self.delegation.currentData(),
            rows=parse_rows(text) if kind is not EventKind.BANQUET else (),
            tables=parse_tables(text) if kind is EventKind.BANQUET else (),
        )

    def chosen(self) -> list[PersonView]:
        return self.officials.ticked() + self.guests.ticked()

    def save(self) -> None:
        # The form is read inside: a layout that does not parse is refused on the red line too.
        event_id = save_in_unit(
            self._session, self.error_label, lambda s: self._store(s, self.form())
        )
        if event_id is None:
            return
        self.accept()
        self.event_saved.emit(event_id)

    def _store(self, s: Session, form: EventForm) -> int:
        actor = self._session.actor
        chosen = {(str(p.kind), p.id) for p in self.chosen()}
        if self._event is None:
            event_id = create_event(s, actor, form).id
            present: set[tuple[str, int]] = set()
        else:
            event_id = update_event(s, actor, self._event.id, form).id
            present = set()
            for p in participants(s, actor, event_id):
                key = (str(p.person.kind), p.person.id)
                if key in chosen:
                    present.add(key)
                else:
                    remove_participant(s, actor, event_id, p.id)
        new = chosen - present
        add_participants(
            s,
            actor,
            event_id,
            official_ids=[i for k, i in sorted(new) if k == PersonKind.OFFICIAL],
            guest_ids=[i for k, i in sorted(new) if k == PersonKind.GUEST],
        )
        event = self._event
        if (
            event is None
            or not event.computed
            or bool(new)
            or len(present) != len(self._ticked)
            or (event.kind, event.convention, event.rows, event.tables)
            != (form.kind, form.convention, form.rows, form.tables)
        ):
            compute_chart(s, actor, event_id)
        return event_id

    def error_message(self) -> str:
        return self.error_label.text()

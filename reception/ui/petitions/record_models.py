"""The tables of an opened case: its petitioners, visits, conversations, attachments and
history. Each is a list of the core's views, in the order the record gives."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from reception.core.petitions.views import (
    AttachmentView,
    ConversationView,
    EventView,
    PetitionerView,
    VisitView,
)
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.petition_texts import event_text, form_text, mood_text, state_text

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
VIEW_ROLE = Qt.ItemDataRole.UserRole + 1


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class PetitionerModel(RowsModel[PetitionerView]):
    """The case's petitioners.

    Columns:
        NAME             the name
        ID_NUMBER        the ID number (in full only for roles that see details)
        PHONE            the phone
        ADDRESS          the address
        REPRESENTATIVE   "Representative" for a joint visit's representatives

    Roles: DisplayRole; VIEW_ROLE the row's PetitionerView.
    """

    NAME, ID_NUMBER, PHONE, ADDRESS, REPRESENTATIVE = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("PetitionerModel", "Name"),
        QT_TRANSLATE_NOOP("PetitionerModel", "ID number"),
        QT_TRANSLATE_NOOP("PetitionerModel", "Phone"),
        QT_TRANSLATE_NOOP("PetitionerModel", "Address"),
        QT_TRANSLATE_NOOP("PetitionerModel", "Representative"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        person = self.row_value(index.row())
        if role == VIEW_ROLE:
            return person
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NAME:
            return person.name
        if column == self.ID_NUMBER:
            return person.id_number
        if column == self.PHONE:
            return person.phone
        if column == self.ADDRESS:
            return person.address
        if column == self.REPRESENTATIVE:
            return self.tr("Representative") if person.is_representative else ""
        return None


class VisitModel(RowsModel[VisitView]):
    """The case's visits, the first one the registration.

    Columns:
        CAME       the day, "2026-11-25"
        FORM       how the person came, "Visit"
        PEOPLE     how many people came
        REPEAT     "Repeat visit" for the visits after the first
        PETITIONER who came
        RECORDED   the operator who recorded it

    Roles: DisplayRole; VIEW_ROLE the row's VisitView.
    """

    CAME, FORM, PEOPLE, REPEAT, PETITIONER, RECORDED = range(6)
    TITLES = (
        QT_TRANSLATE_NOOP("VisitModel", "Came on"),
        QT_TRANSLATE_NOOP("VisitModel", "Form"),
        QT_TRANSLATE_NOOP("VisitModel", "People"),
        QT_TRANSLATE_NOOP("VisitModel", "Repeat"),
        QT_TRANSLATE_NOOP("VisitModel", "Petitioner"),
        QT_TRANSLATE_NOOP("VisitModel", "Recorded by"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        visit = self.row_value(index.row())
        if role == VIEW_ROLE:
            return visit
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts = (
            visit.came_on.isoformat(),
            form_text(visit.form),
            str(visit.people_count),
            self.tr("Repeat visit") if visit.is_repeat else "",
            visit.petitioner,
            visit.recorded_by,
        )
        return texts[index.column()] if 0 <= index.column() < len(texts) else None


class ConversationModel(RowsModel[ConversationView]):
    """The conversations (接谈记录) held with the petitioners, newest last.

    Columns:
        AT        when, "2026-11-25 10:30" in the office's time
        BY        who received the person
        MOOD      the person's state, "Calm"
        SAID      what was said (one line; the tooltip has the whole record)
        NEXT      the next step agreed

    Roles:
        DisplayRole   the texts above
        ToolTipRole   said, demands, promises and next step in full
        VIEW_ROLE     the row's ConversationView
    """

    AT, BY, MOOD, SAID, NEXT = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("ConversationModel", "When"),
        QT_TRANSLATE_NOOP("ConversationModel", "Received by"),
        QT_TRANSLATE_NOOP("ConversationModel", "State"),
        QT_TRANSLATE_NOOP("ConversationModel", "What was said"),
        QT_TRANSLATE_NOOP("ConversationModel", "Next step"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        talk = self.row_value(index.row())
        if role == VIEW_ROLE:
            return talk
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(talk)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts = (
            talk.at.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M"),
            talk.received_by,
            mood_text(talk.mood),
            " ".join(talk.said.split()),
            talk.next_step,
        )
        return texts[index.column()] if 0 <= index.column() < len(texts) else None

    def full_text(self, talk: ConversationView) -> str:
        parts = [
            (self.tr("What was said"), talk.said),
            (self.tr("Demands"), talk.demands),
            (self.tr("Promises made"), talk.promises),
            (self.tr("Next step"), talk.next_step),
        ]
        return "\n".join(
            self.tr("{title}: {text}").format(title=title, text=text)
            for title, text in parts
            if text
        )


class AttachmentModel(RowsModel[AttachmentView]):
    """The files kept with the case.

    Columns:
        NAME    the file's name
        SIZE    "1.2 MB"
        ADDED   when and by whom, "2026-11-25 10:30 · 李明"

    Roles: DisplayRole; VIEW_ROLE the row's AttachmentView.
    """

    NAME, SIZE, ADDED = range(3)
    TITLES = (
        QT_TRANSLATE_NOOP("AttachmentModel", "File"),
        QT_TRANSLATE_NOOP("AttachmentModel", "Size"),
        QT_TRANSLATE_NOOP("AttachmentModel", "Added"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.row_value(index.row())
        if role == VIEW_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.media_type
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        added = item.added_at.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")
        texts = (item.filename, file_size(item.size), f"{added} · {item.added_by}")
        return texts[index.column()] if 0 <= index.column() < len(texts) else None


class EventModel(RowsModel[EventView]):
    """The case's history: every step and event, oldest first.

    Columns:
        DAY     the day it counts from, "2026-11-25"
        WHAT    the step or event, "Accepted"; with the states, "Registered → Accepted"
        WHO     the operator
        NOTE    the leader (for an escalation) and the note or reason

    Roles:
        DisplayRole  the texts above
        ToolTipRole  the time it was recorded
        VIEW_ROLE    the row's EventView
    """

    DAY, WHAT, WHO, NOTE = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("EventModel", "Day"),
        QT_TRANSLATE_NOOP("EventModel", "What"),
        QT_TRANSLATE_NOOP("EventModel", "By"),
        QT_TRANSLATE_NOOP("EventModel", "Note"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        event = self.row_value(index.row())
        if role == VIEW_ROLE:
            return event
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Recorded {time}").format(
                time=event.at.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DAY:
            return event.on_day.isoformat()
        if column == self.WHAT:
            what = event_text(event.kind)
            if event.from_state and event.to_state and event.from_state != event.to_state:
                return f"{what} ({state_text(event.from_state)} → {state_text(event.to_state)})"
            return what
        if column == self.WHO:
            return event.operator
        if column == self.NOTE:
            if event.leader:
                return self.tr("{leader}: {note}").format(leader=event.leader, note=event.note)
            return " ".join(event.note.split())
        return None

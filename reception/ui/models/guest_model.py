"""A delegation's guests: head first, then by rank, as the service orders them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from reception.core.lodging.guests import GuestView
from reception.core.lodging.models import Gender
from reception.core.lodging.views import GuestNeeds
from reception.core.ranks import Rank
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel


def gender_label(gender: str) -> str:
    try:
        return QCoreApplication.translate("Guests", Gender(gender).label)
    except ValueError:
        return gender


def rank_label(rank: str) -> str:
    try:
        return QCoreApplication.translate("Ranks", Rank(rank).label)
    except ValueError:
        return rank


def needs_words(needs: GuestNeeds) -> list[str]:
    """The guest's needs as short words: 清真 · 素食 · 过敏：花生 · 无障碍 · 轮椅."""
    words = []
    if needs.halal:
        words.append(QCoreApplication.translate("GuestModel", "Halal"))
    if needs.vegetarian:
        words.append(QCoreApplication.translate("GuestModel", "Vegetarian"))
    if needs.allergies:
        words.append(
            QCoreApplication.translate("GuestModel", "Allergic: {allergies}").format(
                allergies=needs.allergies
            )
        )
    if needs.needs_accessible:
        words.append(QCoreApplication.translate("GuestModel", "Accessible room"))
    if needs.mobility:
        words.append(needs.mobility)
    return words


class GuestModel(RowsModel[GuestView]):
    """One row per guest, in the order given.

    Columns:
        NAME       full name
        GENDER     Male / Female, translated (context "Guests")
        POST       post, 处长
        RANK       rank level, translated (context "Ranks")
        HEAD       "Head" for the head of the delegation, else empty
        NEEDS      short words joined by " · ": Halal · Vegetarian · Allergic: 花生 · …
        ID_NUMBER  the ID number masked to its last 4 characters, or empty

    Roles:
        DisplayRole   the texts above
        ToolTipRole   the guest's notes
        FontRole      the head's row in bold
        GUEST_ROLE    the row's GuestView (any column)
    """

    NAME, GENDER, POST, RANK, HEAD, NEEDS, ID_NUMBER = range(7)
    TITLES = (
        QT_TRANSLATE_NOOP("GuestModel", "Name"),
        QT_TRANSLATE_NOOP("GuestModel", "Gender"),
        QT_TRANSLATE_NOOP("GuestModel", "Post"),
        QT_TRANSLATE_NOOP("GuestModel", "Rank"),
        QT_TRANSLATE_NOOP("GuestModel", "Head"),
        QT_TRANSLATE_NOOP("GuestModel", "Needs"),
        QT_TRANSLATE_NOOP("GuestModel", "ID number"),
    )
    GUEST_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def guest(self, row: int) -> GuestView | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def row_of(self, guest_id: int) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == guest_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        guest = self.guest(index.row()) if index.isValid() else None
        if guest is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(guest, index.column())
        if role == self.GUEST_ROLE:
            return guest
        if role == Qt.ItemDataRole.ToolTipRole:
            return guest.notes or None
        if role == Qt.ItemDataRole.FontRole and guest.is_head:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, guest: GuestView, column: int) -> str:
        if column == self.NAME:
            return guest.name
        if column == self.GENDER:
            return gender_label(guest.gender)
        if column == self.POST:
            return guest.post
        if column == self.RANK:
            return rank_label(guest.rank)
        if column == self.HEAD:
            return self.tr("Head") if guest.is_head else ""
        if column == self.NEEDS:
            return " · ".join(needs_words(guest.needs))
        if column == self.ID_NUMBER:
            return guest.id_number_masked
        return ""

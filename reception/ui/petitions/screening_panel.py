"""Repeat screening (筛重) beside the intake form: as the clerk types a petitioner's ID
number, or name and phone, the person's earlier matters appear, newest first. A matter
closed after re-review is marked final, with the notice the desk must give. The clerk links
the visit to a listed matter, or records a new one with the form."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.screening import (
    BY_ID_NUMBER,
    BY_NAME,
    BY_NAME_PHONE,
    ScreenHit,
    screen,
)
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.petition_texts import (
    FINAL_STYLE,
    FINAL_TEXT,
    NOTE_STYLE,
    final_notice,
    state_text,
)
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

log = logging.getLogger(__name__)
NOT_SCREENED = QT_TRANSLATE_NOOP("Errors", "Earlier matters could not be looked up: {reason}")
SCREEN_DELAY_MS = 250
MIN_NAME_CHARS = 2  # one Chinese character finds half the town
MIN_ID_CHARS = 15  # the old 15-digit numbers; anything shorter cannot be a whole number


@dataclass(frozen=True)
class Person:
    """Who is screened for: what the clerk has typed so far."""

    id_number: str = ""
    name: str = ""
    phone: str = ""

    def is_enough(self) -> bool:
        """Enough to look: a whole ID number, a name and phone, or a name alone."""
        return (
            len(self.id_number.strip()) >= MIN_ID_CHARS or len(self.name.strip()) >= MIN_NAME_CHARS
        )


class ScreenHitModel(RowsModel[ScreenHit]):
    """Earlier matters of the person typed, newest first.

    Columns:
        CASE_NO    "XF2025-000012"
        RECEIVED   "2025-03-02"
        STATE      the state's name; "Final" for a final matter
        MATTER     category · unit concerned
        VISITS     how many visits
        MATCH      how it was found: "Same ID number", "Same name and phone", "Same name"

    Roles:
        DisplayRole      the texts above
        ForegroundRole   final matters in red
        ToolTipRole      the person matched and the last visit's day
        HIT_ROLE         the row's ScreenHit
    """

    CASE_NO, RECEIVED, STATE, MATTER, VISITS, MATCH = range(6)
    TITLES = (
        QT_TRANSLATE_NOOP("ScreenHitModel", "Case"),
        QT_TRANSLATE_NOOP("ScreenHitModel", "Received"),
        QT_TRANSLATE_NOOP("ScreenHitModel", "State"),
        QT_TRANSLATE_NOOP("ScreenHitModel", "Matter"),
        QT_TRANSLATE_NOOP("ScreenHitModel", "Visits"),
        QT_TRANSLATE_NOOP("ScreenHitModel", "Found by"),
    )
    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def hit(self, row: int) -> ScreenHit | None:
        return self.row_value(row) if 0 <= row < self.rowCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == self.HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ForegroundRole and hit.is_final:
            return QBrush(FINAL_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} · last visit {day}").format(
                name=hit.petitioner, day=hit.last_visit_on.isoformat()
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VISITS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.CASE_NO:
            return hit.case_no
        if column == self.RECEIVED:
            return hit.received_on.isoformat()
        if column == self.STATE:
            return state_text(hit.state)
        if column == self.MATTER:
            return " · ".join(part for part in (hit.category, hit.unit_concerned) if part)
        if column == self.VISITS:
            return str(hit.visit_count)
        if column == self.MATCH:
            return self.match_text(hit.matched_by)
        return None

    def match_text(self, matched_by: str) -> str:
        if matched_by == BY_ID_NUMBER:
            return self.tr("Same ID number")
        if matched_by == BY_NAME_PHONE:
            return self.tr("Same name and phone")
        if matched_by == BY_NAME:
            return self.tr("Same name")
        return matched_by


class ScreeningPanel(QGroupBox):
    """Signals:
    screened(object)        the list of ScreenHit now shown (after each look-up)
    repeat_chosen(object)   the ScreenHit the clerk links this visit to ("Link as a repeat
                            visit", or Enter / double-click on a row)
    """

    screened = Signal(object)
    repeat_chosen = Signal(object)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ScreeningPanel", "Earlier matters"), parent)
        self._session = session
        self._person = Person()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCREEN_DELAY_MS)
        self._timer.timeout.connect(self._look)
        self.busy = False  # a look-up is in flight

        self.model = ScreenHitModel(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.final_label = QLabel(self)
        self.final_label.setWordWrap(True)
        self.final_label.setStyleSheet(FINAL_STYLE)
        self.final_label.hide()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScreenHitModel.MATTER, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.view.activated.connect(lambda _index: self.choose())
        self.link_button = QPushButton(
            QCoreApplication.translate("ScreeningPanel", "&Link as a repeat visit"), self
        )
        self.link_button.setEnabled(False)
        self.link_button.setToolTip(
            QCoreApplication.translate(
                "ScreeningPanel",
                "The person came again about the chosen matter: record a repeat visit of it "
                "instead of a new matter.",
            )
        )
        self.link_button.clicked.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.final_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.link_button)
        self._say_waiting()

    # -- looking ------------------------------------------------------------------------

    def look_for(self, person: Person) -> None:
        """Look again a moment after the clerk stops typing."""
        if person == self._person and not self._timer.isActive():
            return
        self._person = person
        self._timer.start()

    def stop(self) -> None:
        """Forget what is being looked up: a late answer is not shown."""
        self._timer.stop()
        self._generation += 1
        self.busy = False

    def look_now(self) -> None:
        self._timer.stop()
        self._look()

    def _look(self) -> None:
        person = self._person
        self._generation += 1
        generation = self._generation
        if not person.is_enough():
            self.busy = False
            self._show(generation, person, [])
            return
        db, actor = self._session.db, self._session.actor

        def work() -> list[ScreenHit]:  # on a pool thread: values only
            try:
                with db.read() as s:
                    return screen(
                        s, actor, id_number=person.id_number, name=person.name, phone=person.phone
                    )
            except (SQLAlchemyError, OSError) as error:
                # Screening only advises: the form stays usable when the database hiccups.
                raise DeskError(NOT_SCREENED, reason=str(error)) from error

        self.busy = True
        run_off_thread(
            work,
            succeeded=lambda hits: self._show(generation, person, hits),
            failed=lambda error: self._failed(generation, error),
            parent=self,
        )

    def _failed(self, generation: int, error: DeskError) -> None:
        if generation != self._generation:
            return
        self.busy = False
        log.info("Screening did not run: %s", error)
        self.note_label.setText(
            QCoreApplication.translate("ScreeningPanel", "Earlier matters could not be looked up.")
        )

    def _show(self, generation: int, person: Person, hits: list[ScreenHit]) -> None:
        if generation != self._generation:
            return  # the clerk typed on meanwhile: an answer to an older question
        self.busy = False
        self.model.set_rows(hits)
        if not person.is_enough():
            self._say_waiting()
        elif not hits:
            self.note_label.setText(
                QCoreApplication.translate(
                    "ScreeningPanel", "No earlier matter of this person: a new matter."
                )
            )
        else:
            self.note_label.setText(
                QCoreApplication.translate(
                    "ScreeningPanel",
                    "{count} earlier matters. If the person came about one of them, choose it "
                    "and link the visit; otherwise record a new matter.",
                ).format(count=len(hits))
            )
        finals = [hit.case_no for hit in hits if hit.is_final]
        if finals:
            self.final_label.setText(
                QCoreApplication.translate("ScreeningPanel", "{cases}: {notice}").format(
                    cases="、".join(finals), notice=final_notice()
                )
            )
        self.final_label.setVisible(bool(finals))
        if hits:
            self.view.selectRow(0)
        self._chosen_changed()
        self.screened.emit(hits)

    def _say_waiting(self) -> None:
        self.note_label.setText(
            QCoreApplication.translate(
                "ScreeningPanel",
                "Type a petitioner's ID number, or name and phone: their earlier matters "
                "appear here.",
            )
        )

    # -- choosing -----------------------------------------------------------------------

    def chosen(self) -> ScreenHit | None:
        return self.model.hit(self.view.currentIndex().row())

    def _chosen_changed(self) -> None:
        hit = self.chosen()
        self.link_button.setEnabled(hit is not None)
        if hit is None:
            self.link_button.setText(
                QCoreApplication.translate("ScreeningPanel", "&Link as a repeat visit")
            )
        else:
            self.link_button.setText(
                QCoreApplication.translate(
                    "ScreeningPanel", "&Link as a repeat visit of {case}"
                ).format(case=hit.case_no)
            )

    def choose(self) -> None:
        hit = self.chosen()
        if hit is not None:
            self.repeat_chosen.emit(hit)

    def final_text(self) -> str:
        """The finality notice as shown ("" when hidden)."""
        return self.final_label.text() if not self.final_label.isHidden() else ""

    def case_numbers(self) -> list[str]:
        return [hit.case_no for hit in self.model.rows()]

"""Seeing other desks' changes: poll the audit chain's head, tell the views what changed.

Every change writes an audit row in its transaction, so the head's sequence number is a
change counter shared by all desks. Polling it is one indexed read; views connect to
`changed` and refresh only when the entities concern them (Anki's change broadcast).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QObject, QTimer, Signal

from reception.core.errors import DeskError
from reception.core.security.audit import entities_changed_since, head_seq
from reception.db.database import Database

log = logging.getLogger(__name__)
POLL_INTERVAL_MS = 500


class ChangeWatcher(QObject):
    """Emits `changed(set[str])` with the entities ("operator", "setting", ...) changed
    since the last poll, by this desk or any other. A database error is logged once and
    polling goes on; the first good poll afterwards is logged too."""

    changed = Signal(object)  # set[str]

    def __init__(
        self, db: Database, interval_ms: int = POLL_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._seen: int | None = None
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._seen = self._read_head()

    @property
    def seen_seq(self) -> int | None:
        """The change counter at the last successful poll (None before the first)."""
        return self._seen

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _read_head(self) -> int | None:
        try:
            with self._db.read() as session:
                seq = head_seq(session)
        except (SQLAlchemyError, DeskError, OSError) as error:
            self._failed(error)
            return None
        self._recovered()
        return seq

    def poll(self) -> None:
        """Check once; emit `changed` when the counter grew."""
        if self._seen is None:
            self._seen = self._read_head()
            return
        try:
            with self._db.read() as session:
                seq = head_seq(session)
                # A counter that went down means a restored backup: everything may differ.
                since = self._seen if seq >= self._seen else 0
                entities = entities_changed_since(session, since) if seq != self._seen else set()
        except (SQLAlchemyError, DeskError, OSError) as error:
            self._failed(error)
            return
        self._recovered()
        if seq == self._seen:
            return
        self._seen = seq
        if entities:
            self.changed.emit(entities)

    def _failed(self, error: BaseException) -> None:
        if not self._failing:
            log.warning("Cannot read the change counter; still trying: %s", error)
        self._failing = True

    def _recovered(self) -> None:
        if self._failing:
            log.info("The change counter can be read again")
        self._failing = False

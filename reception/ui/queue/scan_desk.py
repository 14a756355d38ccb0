"""Check-in by scan at the desk: one scanned payload, one unit of work, one outcome.

The main window's scanner capture, the registration page's scan field and the camera dialog
all end here, so a slip means the same thing however it was read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from types import ModuleType
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reception.core.errors import DeskError
from reception.core.settings import load_settings
from reception.core.visitors.views import ScanOutcome, ScanResult
from reception.db.base import utcnow
from reception.ui.messages import error_text
from reception.ui.session import DeskSession

log = logging.getLogger(__name__)


def _services() -> ModuleType:
    """The queue's services, imported at the first scan (or by the queue area's warm-up
    after start-up) rather than with the window."""
    from reception.core.visitors import service

    return service


class ScanDesk(QObject):
    """Turns scanned payloads into check-ins (or departures in departure mode).

    Signals (each carries the ScanOutcome):
        visitor_checked_in(object)   the slip was valid and the visitor is now checked in
        visitor_left(object)         a departure scan or the leave button signed them out
        scan_refused(object)         nothing changed: already in, already left, expired,
                                     not for today, or not a slip of this office
        scan_failed(str)             the scan could not be handled (the message to show);
                                     nothing changed
        departure_mode_changed(bool)
    """

    visitor_checked_in = Signal(object)
    visitor_left = Signal(object)
    scan_refused = Signal(object)
    scan_failed = Signal(str)
    departure_mode_changed = Signal(bool)

    def __init__(
        self,
        session: DeskSession,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._departure = False
        self._zone: ZoneInfo | None = None

    @property
    def departure_mode(self) -> bool:
        """True: a scan signs the visitor out instead of checking in."""
        return self._departure

    @departure_mode.setter
    def departure_mode(self, on: bool) -> None:
        if on != self._departure:
            self._departure = on
            self.departure_mode_changed.emit(on)

    def set_departure_mode(self, on: bool) -> None:
        """A slot for a toggle button."""
        self.departure_mode = on

    @property
    def zone(self) -> ZoneInfo:
        """The office's time zone, for showing the times of an outcome."""
        if self._zone is None:
            try:
                with self._session.db.read() as db_session:
                    self._zone = load_settings(db_session).zone
            except (DeskError, SQLAlchemyError):
                return ZoneInfo("Asia/Shanghai")  # shown times only; try again next time
        return self._zone

    def handle(self, payload: str) -> ScanOutcome | None:
        """Check in (or out) the visitor whose slip was scanned. None when the scan could
        not be handled at all; `scan_failed` then says why."""
        desk = self._session.desk.desk_name
        departure = self._departure
        return self._run(
            lambda db_session: _services().scan(
                db_session,
                self._session.actor,
                payload.strip(),
                self._clock(),
                desk=desk,
                departure=departure,
            )
        )

    def leave(self, visit_id: int) -> ScanOutcome | None:
        """Sign a checked-in visitor out without a second scan."""
        return self._run(
            lambda db_session: _services().leave(
                db_session, self._session.actor, visit_id, self._clock()
            )
        )

    def _run(self, work: Callable[..., ScanOutcome]) -> ScanOutcome | None:
        try:
            with self._session.db.unit() as db_session:
                outcome = work(db_session)
                if self._zone is None:
                    self._zone = load_settings(db_session).zone
        except DeskError as error:
            self.scan_failed.emit(error_text(error))
            return None
        except SQLAlchemyError as error:  # a busy or unreachable database: say so, go on
            log.warning("A scan could not be handled: %s", error)
            self.scan_failed.emit(
                QCoreApplication.translate(
                    "ScanDesk", "The database did not answer. Scan the slip again in a moment."
                )
            )
            return None
        if outcome.result is ScanResult.CHECKED_IN:
            self.visitor_checked_in.emit(outcome)
        elif outcome.result is ScanResult.LEFT:
            self.visitor_left.emit(outcome)
        else:
            self.scan_refused.emit(outcome)
        return outcome

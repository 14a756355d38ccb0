"""Precedence and seating in the desk: the officials page and the seating page.
`install_protocol(window)` adds what the operator's role may use; pages are built when
first shown. Lodging clerks and the director change them (MANAGE_PROTOCOL); the director
reads everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reception.core.security.roles import Permission

if TYPE_CHECKING:
    from reception.ui.main_window import MainWindow


class ProtocolArea:
    """What precedence and seating add to one main window; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        actor = window.session.actor
        self.manages = actor.may(Permission.MANAGE_PROTOCOL)
        self.reads = (
            self.manages
            or actor.may(Permission.READ_EVERYTHING)
            or actor.may(Permission.MANAGE_LODGING)
        )
        before = next((k for k in ("operators", "audit") if k in window.area_keys()), None)
        if self.reads:
            window.add_area(
                "officials",
                QCoreApplication.translate("ProtocolArea", "Officials"),
                self._officials,
                before=before,
            )
            window.add_area(
                "seating",
                QCoreApplication.translate("ProtocolArea", "Seating"),
                self._seating,
                before=before,
            )

    def _officials(self) -> QWidget:
        from reception.ui.protocol.officials_page import OfficialsPage

        return OfficialsPage(self.window.session, self.window.changes)

    def _seating(self) -> QWidget:
        from reception.ui.protocol.seating_page import SeatingPage

        return SeatingPage(self.window.session, self.window.changes)


def install_protocol(window: MainWindow) -> ProtocolArea:
    return ProtocolArea(window)

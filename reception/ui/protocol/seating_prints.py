"""The seating prints from the desk: the chart (as the room is, its viewpoint written on
it) and the name cards (桌签, one folded card per page, in precedence order). Each asks
whether to print or to save a PDF, then reads the chart and renders it off the GUI thread
(the lodging prints' LodgingPrint, reception.ui.worker).

    job = print_chart(parent, session, event_id)
    job.saved.connect(...)   # the PDF's path      job.printed.connect(...)  # pages printed
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reception.core.errors import DeskError
from reception.core.protocol.events import ChartView, chart_view, get_event
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.db.database import Database
from reception.printing.name_cards import NameCard, print_name_cards, write_name_cards_pdf
from reception.printing.seating_chart import print_seating_chart, write_seating_chart_pdf
from reception.ui.lodging.lodging_prints import LodgingPrint, PrintJob
from reception.ui.messages import show_error
from reception.ui.session import DeskSession

UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def _file_name(text: str) -> str:
    return UNSAFE_IN_NAMES.sub("-", text).strip("-") + ".pdf"


def _start(
    parent: QWidget, session: DeskSession, make: Callable[[], PrintJob]
) -> LodgingPrint | None:
    """Build the job (a quick read for its title) and offer the choice; None, after saying
    why, when the event cannot be read."""
    try:
        job = make()
    except DeskError as error:
        show_error(parent, error, QCoreApplication.translate("SeatingPrints", "Printing"))
        return None
    return LodgingPrint(parent, session, job).offer()


def _chart(db: Database, actor: Actor, event_id: int) -> ChartView:
    with db.read() as s:
        return chart_view(s, actor, event_id)


def name_cards(chart: ChartView) -> list[NameCard]:
    """One card per seated person, in the precedence order."""
    return [NameCard(seat.person.name, seat.person.post) for seat in chart.in_precedence_order()]


def _title(session: DeskSession, event_id: int) -> str:
    with session.db.read() as s:
        return get_event(s, session.actor, event_id).title


LARGE_CHART = 24  # more seats than this go on A3


def paper_for(chart: ChartView) -> str:
    """A4 landscape, or A3 for a large room."""
    return "a3" if len(chart.seats()) > LARGE_CHART else "a4"


def print_chart(parent: QWidget, session: DeskSession, event_id: int) -> LodgingPrint | None:
    """The seating chart, landscape: A4, or A3 for a large room; the office's name and
    the time of printing on it."""

    def make() -> PrintJob:
        with session.db.read() as s:
            title = get_event(s, session.actor, event_id).title
            settings = load_settings(s)
        office, zone = settings.office_name, settings.time_zone
        shown = QCoreApplication.translate("SeatingPrints", "Seating chart {event}").format(
            event=title
        )
        return PrintJob(
            shown,
            _file_name(shown),
            lambda db, actor: _chart(db, actor, event_id),
            lambda chart, path: write_seating_chart_pdf(
                chart, path, office, paper=paper_for(chart), zone=zone
            ),
            lambda printer, chart: print_seating_chart(
                printer, chart, office, paper=paper_for(chart), zone=zone
            ),
        )

    return _start(parent, session, make)


def print_cards(parent: QWidget, session: DeskSession, event_id: int) -> LodgingPrint | None:
    """The name cards of everybody seated, one folded card per page."""

    def make() -> PrintJob:
        event = _title(session, event_id)
        title = QCoreApplication.translate("SeatingPrints", "Name cards {event}").format(
            event=event
        )
        return PrintJob(
            title,
            _file_name(title),
            lambda db, actor: _chart(db, actor, event_id),
            lambda content, path: write_name_cards_pdf(name_cards(content), path, event),
            lambda printer, content: print_name_cards(printer, name_cards(content), event),
        )

    return _start(parent, session, make)

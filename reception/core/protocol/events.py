"""Seating events, their participants and their charts: the one module the desk and the
command line import (the rows in `participants`, the charts in `charts`)."""

from reception.core.protocol.charts import (
    BlockView,
    ChartView,
    SeatView,
    SwapCheck,
    chart_view,
    compute_chart,
    seats_for_print,
    swap_seats,
)
from reception.core.protocol.participants import (
    EventForm,
    EventView,
    ParticipantView,
    add_participant,
    add_participants,
    create_event,
    delete_event,
    get_event,
    list_events,
    participants,
    remove_participant,
    update_event,
)

__all__ = [
    "BlockView",
    "ChartView",
    "EventForm",
    "EventView",
    "ParticipantView",
    "SeatView",
    "SwapCheck",
    "add_participant",
    "add_participants",
    "chart_view",
    "compute_chart",
    "create_event",
    "delete_event",
    "get_event",
    "list_events",
    "participants",
    "remove_participant",
    "seats_for_print",
    "swap_seats",
    "update_event",
]

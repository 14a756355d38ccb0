"""The queue's services in one place, for the desk and the command line (DESIGN.md rule 3).
Each takes a session and the acting operator and never commits."""

from reception.core.visitors.checkin import leave, on_site, scan
from reception.core.visitors.counters import (
    CounterPanel,
    call_next,
    call_ticket,
    counter_panel,
    hold,
    no_show,
    recall,
    serve,
    transfer,
)
from reception.core.visitors.registration import (
    Registration,
    find_returning,
    register,
    visitor_phone,
)
from reception.core.visitors.settings import (
    PriorityClass,
    QueueSettings,
    load_queue_settings,
    update_queue_settings,
)
from reception.core.visitors.status import queue_status

__all__ = [
    "CounterPanel",
    "PriorityClass",
    "QueueSettings",
    "Registration",
    "call_next",
    "call_ticket",
    "counter_panel",
    "find_returning",
    "hold",
    "leave",
    "load_queue_settings",
    "no_show",
    "on_site",
    "queue_status",
    "recall",
    "register",
    "scan",
    "serve",
    "transfer",
    "update_queue_settings",
    "visitor_phone",
]

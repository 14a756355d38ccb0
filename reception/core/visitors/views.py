"""What the queue's services hand to the desk, the board, the CLI and the printers: plain,
frozen values with nothing lazy in them, so a worker thread or a printer can hold them after
the unit of work has closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ScanResult(StrEnum):
    """What a scanned payload meant. Only CHECKED_IN and LEFT change anything."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    LEFT = "left"  # a departure scan signed the visitor out
    ALREADY_LEFT = "already_left"
    EXPIRED = "expired"
    NOT_ARRIVED = "not_arrived"  # a departure scan of an appointment that never came in
    NOT_TODAY = "not_today"  # an appointment slip scanned on another day than its own
    NOT_OURS = "not_ours"  # not a slip of this office, altered, or unknown here

    @property
    def accepted(self) -> bool:
        return self in (ScanResult.CHECKED_IN, ScanResult.LEFT)


@dataclass(frozen=True)
class SlipContent:
    """Everything printed on a visitor slip. The name is already masked (DOMAIN.md 6);
    `token` is the only thing the QR code carries."""

    office_name: str
    ticket: str  # "A023"
    service: str  # "综合业务"
    masked_name: str  # "张*三"
    party_size: int
    host: str  # host or department
    issued_at: datetime  # aware; printed in the office's time zone
    people_ahead: int | None  # None for an appointment slip printed ahead of its day
    appointment_at: datetime | None  # aware; the slot, for an appointment
    token: str  # "RC1-…", ASCII
    time_zone: str = "Asia/Shanghai"


@dataclass(frozen=True)
class ScanOutcome:
    """The answer to one scan, shown large at the desk and as the CLI's exit code."""

    result: ScanResult
    visit_id: int | None = None
    name: str = ""  # full name: shown to the clerk, never on the board
    ticket: str = ""
    host: str = ""
    at: datetime | None = None  # when checked in (for ALREADY_*: the earlier time)
    appointment_at: datetime | None = None  # NOT_TODAY: the slip's own day and slot
    expired_at: datetime | None = None


@dataclass(frozen=True)
class Issued:
    """A registration's result: the visit, its ticket and the slip to print."""

    visit_id: int
    ticket: str
    token: str
    people_ahead: int
    estimated_wait_minutes: int
    slip: SlipContent


@dataclass(frozen=True)
class ReturningVisitor:
    """A visitor found while the clerk types a phone number, a name or pinyin initials."""

    visitor_id: int
    name: str
    masked_phone: str
    visits: int
    last_visit_at: datetime | None
    last_purpose: str
    last_host: str


@dataclass(frozen=True)
class QueuedTicket:
    """A ticket as the counter panel lists it (waiting, called or held)."""

    ticket_id: int
    visit_id: int
    ticket: str
    series: str  # the queue it waits in now (after a transfer, not its letter)
    state: str  # TicketState value
    priority: str  # PriorityClass value
    name: str
    purpose: str
    host: str
    party_size: int
    queued_at: datetime | None
    appointment_at: datetime | None
    counter: int | None
    called_at: datetime | None
    recalls: int
    for_counter: int | None  # transferred to one counter only


@dataclass(frozen=True)
class SeriesStatus:
    series: str
    service: str
    waiting: int
    longest_wait_minutes: int
    average_service_minutes: float
    estimated_wait_minutes: int


@dataclass(frozen=True)
class CounterCall:
    """A counter's current call: ticket numbers only, never names (DOMAIN.md 2)."""

    counter: int
    counter_name: str
    ticket: str
    called_at: datetime
    recalls: int


@dataclass(frozen=True)
class QueueStatus:
    """The queue at one moment, for the board, the desk and `reception queue status`."""

    day: str  # ISO date, office-local
    series: list[SeriesStatus] = field(default_factory=list)
    current: list[CounterCall] = field(default_factory=list)  # one per counter calling now
    recent: list[CounterCall] = field(default_factory=list)  # last calls, newest first


@dataclass(frozen=True)
class OnSiteVisitor:
    visit_id: int
    name: str
    masked_name: str
    party_size: int
    host: str
    purpose: str
    ticket: str
    arrived_at: datetime
    checked_in_at: datetime | None
    left_at: datetime | None = None  # set only in the list of everyone today

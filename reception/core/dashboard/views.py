"""What the dashboard hands to the desk, the command line and (later) the daily report:
plain frozen values, nothing lazy, no personal data (counts only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SeriesFigure:
    """One queue (by the series it waits in now: a transferred ticket counts where it went)."""

    series: str  # series code as the queue uses it
    name: str  # the service's name (office data, not UI text)
    waiting: int  # tickets waiting now
    longest_wait_minutes: int | None  # the longest current wait among those waiting; None: none
    average_wait_minutes: int | None  # queued -> first called, tickets first called today
    called_today: int  # the tickets that average is over


@dataclass(frozen=True)
class QueueFigures:
    visitors_today: int  # visits of this office day that have arrived (on site or left)
    onsite_now: int  # visits on site now: the on-site list's rows
    onsite_people: int  # people on site now: the on-site list's party sizes summed
    expected_today: int  # appointments of this office day not arrived (yet)
    waiting: int  # tickets waiting now, all series
    series: tuple[SeriesFigure, ...]


@dataclass(frozen=True)
class LodgingFigures:
    rooms_occupied: int  # active rooms with a live stay holding tonight (the room chart's bars)
    rooms_total: int  # active rooms (the room chart's rows)
    rooms_out_of_order: int  # active rooms under repair tonight
    arrivals_today: int  # the day's arrival list (room changes are neither)
    departures_today: int  # the day's departure list
    delegations_in_house: int  # not cancelled, visit covering today (arrive <= day <= depart)
    checklist_overdue: int  # open checklist tasks past due, of delegations not cancelled


@dataclass(frozen=True)
class PetitionFigures:
    new_today: int  # cases received this office day
    due_soon: int  # open cases due from today to today + due_soon_days (not overdue)
    due_soon_days: int  # the office's setting the desk's "due soon" filter uses
    overdue: int  # open cases past their deadline: the deadlines view's overdue filter
    joint_visits_today: int  # visits today of five people or more (集体访), as the statistics
    next_leader_day: date | None  # the next leader reception day from today, not cancelled
    next_leader_day_bookings: int  # live bookings on that day (all its leaders)
    next_leader_day_slots: int  # slots on that day


@dataclass(frozen=True)
class Dashboard:
    at: datetime  # UTC moment read
    day: date  # office day
    queue: QueueFigures | None  # None when the actor's role may not see the area
    lodging: LodgingFigures | None
    petitions: PetitionFigures | None


@dataclass(frozen=True)
class HourlyArrivals:
    """Arrivals per office hour (0-23) on `day`, and the mean of the same hour over
    `baseline_days` (the four same weekdays before it, each counted, also when empty)."""

    day: date
    hours: tuple[int, ...]
    today: tuple[int, ...]
    baseline: tuple[float, ...]
    baseline_days: tuple[date, ...]


@dataclass(frozen=True)
class OccupancyDay:
    day: date  # the night of this day
    occupied: int  # active rooms with a live stay holding the night
    total: int  # active rooms
    out_of_order: int  # active rooms under repair that night


@dataclass(frozen=True)
class CategoryCount:
    category: str  # "group/category" as the settings name it; "" when none was given
    count: int

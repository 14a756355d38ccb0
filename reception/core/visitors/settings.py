"""The queue's settings, shared by every desk: services and their series letters, counters
and the series they serve, priority classes and their bonus minutes (DOMAIN.md 2).

Stored as one JSON value under the office setting "queue"; the defaults below are what a new
office starts with. Names of services and counters are the office's own data, not UI text."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.security.roles import Actor, Permission
from reception.core.settings import OfficeSetting, write_setting
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

SETTING_KEY = "queue"
MAX_BONUS_MINUTES = 240


class PriorityClass(StrEnum):
    ORDINARY = "ordinary"
    APPOINTMENT = "appointment"
    ELDERLY = "elderly"
    DISABLED = "disabled"
    PREGNANT = "pregnant"
    SERVICEMAN = "serviceman"

    @property
    def label(self) -> str:
        """English source of the class's name; translate in context "Priority"."""
        return Phrase("Priority", PRIORITY_LABELS[self])


PRIORITY_LABELS: dict[PriorityClass, str] = {
    PriorityClass.ORDINARY: QT_TRANSLATE_NOOP("Priority", "Ordinary"),
    PriorityClass.APPOINTMENT: QT_TRANSLATE_NOOP("Priority", "Appointment"),
    PriorityClass.ELDERLY: QT_TRANSLATE_NOOP("Priority", "Elderly"),
    PriorityClass.DISABLED: QT_TRANSLATE_NOOP("Priority", "Disability"),
    PriorityClass.PREGNANT: QT_TRANSLATE_NOOP("Priority", "Pregnant"),
    PriorityClass.SERVICEMAN: QT_TRANSLATE_NOOP("Priority", "Serviceman"),
}


@dataclass(frozen=True)
class Service:
    series: str  # one capital letter, printed before the ticket's number
    name: str


@dataclass(frozen=True)
class Counter:
    number: int  # the window number the board announces
    name: str
    series: tuple[str, ...]  # the queues it calls from, in order of preference


def _default_bonus() -> dict[str, int]:
    return {
        PriorityClass.ORDINARY: 0,
        PriorityClass.APPOINTMENT: 10,  # counted from their slot, then this head start
        PriorityClass.ELDERLY: 15,
        PriorityClass.DISABLED: 15,
        PriorityClass.PREGNANT: 15,
        PriorityClass.SERVICEMAN: 20,
    }


@dataclass(frozen=True)
class QueueSettings:
    services: tuple[Service, ...] = (
        Service("A", "综合业务"),
        Service("B", "信访接待"),
        Service("C", "预约来访"),
    )
    counters: tuple[Counter, ...] = (
        Counter(1, "1号窗口", ("A", "C")),
        Counter(2, "2号窗口", ("A", "C")),
        Counter(3, "3号窗口", ("B",)),
    )
    bonus_minutes: dict[str, int] = field(default_factory=_default_bonus)
    appointment_series: str = "C"
    # An appointment holder who arrives later than this after the slot queues from arrival.
    appointment_grace_minutes: int = 15
    no_show_after_recalls: int = 2
    elderly_age: int = 60
    default_service_minutes: int = 5  # for wait estimates before the day has its own

    def service(self, series: str) -> Service | None:
        return next((s for s in self.services if s.series == series), None)

    def service_name(self, series: str) -> str:
        found = self.service(series)
        return found.name if found else series

    def counter(self, number: int) -> Counter | None:
        return next((c for c in self.counters if c.number == number), None)

    def bonus(self, priority: str) -> int:
        return int(self.bonus_minutes.get(priority, 0))

    def to_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["counters"] = [{**c, "series": list(c["series"])} for c in value["counters"]]
        return value


def _from_json(value: dict[str, Any]) -> QueueSettings:
    defaults = QueueSettings()
    services = tuple(Service(str(s["series"]), str(s["name"])) for s in value["services"])
    counters = tuple(
        Counter(int(c["number"]), str(c["name"]), tuple(str(x) for x in c["series"]))
        for c in value["counters"]
    )
    bonus = {
        **defaults.bonus_minutes,
        **{str(k): int(v) for k, v in value["bonus_minutes"].items()},
    }
    numbers = ("appointment_grace_minutes", "no_show_after_recalls", "elderly_age")
    return replace(
        defaults,
        services=services,
        counters=counters,
        bonus_minutes=bonus,
        appointment_series=str(value.get("appointment_series", defaults.appointment_series)),
        default_service_minutes=int(
            value.get("default_service_minutes", defaults.default_service_minutes)
        ),
        **{name: int(value.get(name, getattr(defaults, name))) for name in numbers},
    )


def load_queue_settings(session: Session) -> QueueSettings:
    row = session.get(OfficeSetting, SETTING_KEY)
    if row is None:
        return QueueSettings()
    try:
        return _from_json(json.loads(row.value))
    except (KeyError, TypeError, ValueError):
        return QueueSettings()  # a hand-edited value the desk cannot read: defaults, not a crash


def _invalid(text: str, **values: object) -> InvalidInput:
    return InvalidInput(text, **values)


def check_queue_settings(settings: QueueSettings) -> QueueSettings:
    """The settings with names trimmed, or a clear message naming what is wrong."""
    if not settings.services:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The queue needs at least one service."))
    services: list[Service] = []
    for service in settings.services:
        series = service.series.strip().upper()
        if len(series) != 1 or not "A" <= series <= "Z":
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "A series is one letter A to Z, not {series}."),
                series=service.series,
            )
        if any(s.series == series for s in services):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "The series {series} is used twice."), series=series
            )
        name = " ".join(service.name.split())
        if not 1 <= len(name) <= 20:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "The name of service {series} needs 1 to 20 characters."
                ),
                series=series,
            )
        services.append(Service(series, name))
    known = {s.series for s in services}
    counters: list[Counter] = []
    for counter in settings.counters:
        if not 1 <= counter.number <= 99 or any(c.number == counter.number for c in counters):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "Counter numbers are 1 to 99 and each is used once."),
            )
        series_list = tuple(s.strip().upper() for s in counter.series)
        unknown = [s for s in series_list if s not in known]
        if not series_list or unknown:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "Counter {number} must serve existing series."),
                number=counter.number,
            )
        name = " ".join(counter.name.split()) or f"{counter.number}号窗口"
        counters.append(Counter(counter.number, name[:20], series_list))
    if settings.appointment_series not in known:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The appointment series {series} is not a service."),
            series=settings.appointment_series,
        )
    for priority, minutes in settings.bonus_minutes.items():
        if priority not in PriorityClass.__members__.values() or not (
            0 <= minutes <= MAX_BONUS_MINUTES
        ):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "A priority bonus is between 0 and {most} minutes."),
                most=MAX_BONUS_MINUTES,
            )
    limits = {
        "appointment_grace_minutes": (0, 240),
        "no_show_after_recalls": (0, 9),
        "elderly_age": (50, 100),
        "default_service_minutes": (1, 120),
    }
    for name, (low, high) in limits.items():
        if not low <= getattr(settings, name) <= high:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "{setting} must be between {low} and {high}."),
                setting=name,
                low=low,
                high=high,
            )
    return replace(settings, services=tuple(services), counters=tuple(counters))


def update_queue_settings(session: Session, actor: Actor, settings: QueueSettings) -> QueueSettings:
    """Replace the queue's settings; only the administrator may."""
    from reception.core.security.operators import authorize

    authorize(session, actor, Permission.MANAGE_SETTINGS)
    checked = check_queue_settings(settings)
    write_setting(session, actor, SETTING_KEY, checked.to_json())
    return checked

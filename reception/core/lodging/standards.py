"""Reception standards (接待标准) and the guesthouse's other settings, shared by every desk.

Defaults follow DOMAIN.md section 5: standard rooms for everyone, an ordinary suite only from
provincial or ministerial rank (省部级, deputies included); the grand suite only for
national-level leaders. A room above a guest's standard needs a written, audited reason.
Stored as one JSON value under the office setting "lodging"."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.lodging.models import RoomType
from reception.core.ranks import Rank
from reception.core.security.roles import Actor, Permission
from reception.core.settings import OfficeSetting, write_setting
from reception.core.text import QT_TRANSLATE_NOOP

SETTING_KEY = "lodging"
MAX_STAY_NIGHTS = 180  # a longer stay is split; keeps the chart's date query bounded


def _default_min_rank() -> dict[str, str]:
    return {
        RoomType.STANDARD.value: Rank.OTHER.value,
        RoomType.SINGLE.value: Rank.OTHER.value,
        RoomType.ORDINARY_SUITE.value: Rank.PROVINCIAL_DEPUTY.value,
        RoomType.SUITE.value: Rank.NATIONAL_DEPUTY.value,
    }


@dataclass(frozen=True)
class ChecklistDefault:
    """A task every new delegation gets, due `hours_before` its arrival time."""

    title: str
    hours_before: int


def _default_checklist() -> tuple[ChecklistDefault, ...]:
    # The office's own words, stored as data like the queue's service names.
    return (
        ChecklistDefault("用车接站安排", 24),
        ChecklistDefault("用餐预订", 24),
        ChecklistDefault("房间准备就绪", 3),
        ChecklistDefault("欢迎资料放入房间", 2),
    )


@dataclass(frozen=True)
class LodgingSettings:
    min_rank: dict[str, str] = field(default_factory=_default_min_rank)
    alone_from: str = Rank.COUNTY_DEPUTY.value  # this rank and above get a room to themselves
    arrival_time: str = "14:00"  # when a delegation is expected on its arrival day
    checkout_time: str = "12:00"
    breakfast: str = "07:00–09:00"
    checklist: tuple[ChecklistDefault, ...] = field(default_factory=_default_checklist)

    def eligible(self, rank: str, room_type: str) -> bool:
        """Whether a guest of `rank` may have a room of `room_type` within the standard."""
        least = Rank(self.min_rank.get(room_type, Rank.NATIONAL_CHIEF.value))
        return Rank(rank).at_least(least)

    def lodges_alone(self, rank: str) -> bool:
        return Rank(rank).at_least(Rank(self.alone_from))

    def to_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["checklist"] = [asdict(item) for item in self.checklist]
        return value


def _from_json(value: dict[str, Any]) -> LodgingSettings:
    items = tuple(
        ChecklistDefault(str(i["title"]), int(i["hours_before"]))
        for i in value.pop("checklist", [])
    )
    known = {k: v for k, v in value.items() if k in LodgingSettings.__dataclass_fields__}
    settings = LodgingSettings(**known)
    return replace(settings, checklist=items) if items else settings


def load_lodging_settings(session: Session) -> LodgingSettings:
    row = session.get(OfficeSetting, SETTING_KEY)
    if row is None:
        return LodgingSettings()
    try:
        return check_lodging_settings(_from_json(json.loads(row.value)))
    except (KeyError, TypeError, ValueError, InvalidInput):
        return LodgingSettings()  # a hand-edited value the desk cannot read: defaults


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def check_lodging_settings(settings: LodgingSettings) -> LodgingSettings:
    for room_type in RoomType:
        rank = settings.min_rank.get(room_type.value)
        if rank not in Rank.__members__.values():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Choose the least rank for every room type.")
            )
    if settings.alone_from not in Rank.__members__.values():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the least rank lodged alone."))
    for value in (settings.arrival_time, settings.checkout_time):
        if not _TIME.fullmatch(value):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{time} is not a time of day such as 14:00."),
                time=value,
            )
    if len(settings.breakfast) > 40:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The breakfast times may have at most 40 characters.")
        )
    for item in settings.checklist:
        if not item.title.strip() or len(item.title) > 80:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A checklist task needs a title of 1 to 80 characters.")
            )
        if not 0 <= item.hours_before <= 24 * 30:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A checklist task is due 0 to 720 hours before the arrival."
                )
            )
    return settings


def update_lodging_settings(
    session: Session, actor: Actor, settings: LodgingSettings
) -> LodgingSettings:
    """Replace the reception standards; only the administrator may."""
    from reception.core.security.operators import authorize

    authorize(session, actor, Permission.MANAGE_SETTINGS)
    checked = check_lodging_settings(settings)
    write_setting(session, actor, SETTING_KEY, checked.to_json())
    return checked

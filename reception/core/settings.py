"""The office's settings kept in the database, shared by every desk: office name, idle lock,
and each area's own settings. A desk's own name and language live in its local config."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from reception.core.errors import InvalidInput
from reception.core.security.audit import record
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import Base


class OfficeSetting(Base):
    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = ""
    idle_lock_minutes: int = 10
    key_fingerprint: str = ""
    time_zone: str = "Asia/Shanghai"  # the office's day: ticket numbers, slips, reports

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


DEFAULTS = OfficeSettings()
EDITABLE = ("office_name", "idle_lock_minutes", "time_zone")
MAX_IDLE_LOCK_MINUTES = 240


def load_settings(session: Session) -> OfficeSettings:
    stored = {
        row.key: json.loads(row.value) for row in session.scalars(select(OfficeSetting)).all()
    }
    known = {k: v for k, v in stored.items() if k in OfficeSettings.__dataclass_fields__}
    return OfficeSettings(**known)


def _validate(key: str, value: Any) -> Any:
    if key == "office_name":
        name = " ".join(str(value).split())
        if not name or len(name) > 60:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The office name must have 1 to 60 characters.")
            )
        return name
    if key == "idle_lock_minutes":
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The idle lock must be whole minutes."))
        if not 0 <= value <= MAX_IDLE_LOCK_MINUTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The idle lock must be between 0 (never) and {most} minutes."
                ),
                most=MAX_IDLE_LOCK_MINUTES,
            )
        return value
    if key == "time_zone":
        zone = str(value).strip()
        if zone not in available_timezones():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{zone} is not a time zone such as Asia/Shanghai."),
                zone=zone,
            )
        return zone
    raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no setting named {key}."), key=key)


def write_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Store one setting without a permission check: for set-up and the services that own it."""
    row = session.get(OfficeSetting, key)
    before = json.loads(row.value) if row else None
    if before == value:
        return
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(OfficeSetting(key=key, value=text))
    else:
        row.value = text
    record(session, actor, "setting.change", "setting", key, {key: before}, {key: value})


def update_settings(session: Session, actor: Actor, **changes: Any) -> OfficeSettings:
    """Change office settings; only the administrator may. All values are checked before
    any is written."""
    from reception.core.security.operators import authorize

    authorize(session, actor, Permission.MANAGE_SETTINGS)
    checked = {key: _validate(key, value) for key, value in changes.items()}
    for key, value in checked.items():
        write_setting(session, actor, key, value)
    return load_settings(session)

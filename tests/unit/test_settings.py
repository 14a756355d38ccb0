"""Office settings (reception.core.settings): checked before anything is written, audited
with the values before and after, and changed by the administrator alone."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from reception.core.errors import InvalidInput, NotPermitted
from reception.core.security import audit
from reception.core.security.models import AuditEntry
from reception.core.security.roles import SYSTEM, Actor, Role
from reception.core.settings import (
    DEFAULTS,
    MAX_IDLE_LOCK_MINUTES,
    OfficeSetting,
    load_settings,
    update_settings,
)
from reception.db.database import Database


def snapshot(db: Database) -> tuple[dict[str, str], int]:
    with db.read() as session:
        stored = {row.key: row.value for row in session.scalars(select(OfficeSetting))}
        return stored, audit.head_seq(session)


def audit_rows_since(db: Database, seq: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq))
        )


def test_a_fresh_database_has_the_defaults_and_its_key_fingerprint(db: Database) -> None:
    with db.read() as session:
        settings = load_settings(session)
    assert settings.office_name == DEFAULTS.office_name == ""
    assert settings.idle_lock_minutes == DEFAULTS.idle_lock_minutes == 10
    assert settings.key_fingerprint == db.keys.fingerprint


def test_update_settings_stores_and_returns_the_new_values(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        returned = update_settings(
            session, admin, office_name="  示范市   人民政府办公室 ", idle_lock_minutes=0
        )
    assert returned.office_name == "示范市 人民政府办公室"  # spaces tidied
    assert returned.idle_lock_minutes == 0  # 0 means never
    with db.read() as session:
        assert load_settings(session) == returned
    stored, _ = snapshot(db)
    assert json.loads(stored["office_name"]) == "示范市 人民政府办公室"
    assert "示范市" in stored["office_name"]  # kept as text, not \\u escapes


@pytest.mark.parametrize(
    "changes",
    [
        {"office_name": ""},
        {"office_name": "   \t "},
        {"office_name": "办" * 61},
        {"idle_lock_minutes": -1},
        {"idle_lock_minutes": MAX_IDLE_LOCK_MINUTES + 1},
        {"idle_lock_minutes": 10**12},
        {"idle_lock_minutes": 2.5},
        {"idle_lock_minutes": "10"},
        {"idle_lock_minutes": True},
        {"idle_lock_minutes": None},
        {"no_such_setting": 1},
        {"key_fingerprint": "0123456789abcdef"},  # bound by the system, never by a person
        # A valid change beside a bad one: neither is written.
        {"office_name": "示范市信访局", "idle_lock_minutes": -5},
        {"idle_lock_minutes": 5, "colour": "red"},
    ],
    ids=lambda changes: ",".join(f"{k}={v!r}"[:30] for k, v in changes.items()),
)
def test_a_bad_change_is_refused_and_nothing_is_written(
    db: Database, admin: Actor, changes: dict[str, Any]
) -> None:
    before = snapshot(db)
    with pytest.raises(InvalidInput) as caught, db.unit() as session:
        update_settings(session, admin, **changes)
    assert caught.value.exit_code == 2
    assert caught.value.render()
    assert snapshot(db) == before


@pytest.mark.parametrize("minutes", [0, 1, MAX_IDLE_LOCK_MINUTES])
def test_the_idle_lock_limits_are_inclusive(db: Database, admin: Actor, minutes: int) -> None:
    with db.unit() as session:
        assert (
            update_settings(session, admin, idle_lock_minutes=minutes).idle_lock_minutes == minutes
        )


def test_a_sixty_character_office_name_is_accepted(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        assert update_settings(session, admin, office_name="办" * 60).office_name == "办" * 60


def test_each_change_is_audited_with_before_and_after(db: Database, admin: Actor) -> None:
    _, start = snapshot(db)
    with db.unit() as session:
        update_settings(session, admin, office_name="示范市信访局")
    with db.unit() as session:
        update_settings(session, admin, office_name="示范市接待办", idle_lock_minutes=15)
    rows = audit_rows_since(db, start)
    assert [(r.action, r.entity, r.entity_id, r.operator_login) for r in rows] == [
        ("setting.change", "setting", "office_name", "admin"),
        ("setting.change", "setting", "office_name", "admin"),
        ("setting.change", "setting", "idle_lock_minutes", "admin"),
    ]
    changes = [(json.loads(r.before or "null"), json.loads(r.after or "null")) for r in rows]
    assert changes == [
        ({"office_name": None}, {"office_name": "示范市信访局"}),
        ({"office_name": "示范市信访局"}, {"office_name": "示范市接待办"}),
        ({"idle_lock_minutes": None}, {"idle_lock_minutes": 15}),
    ]
    with db.read() as session:
        assert audit.verify(session).intact


def test_setting_the_same_value_again_writes_no_audit_row(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        update_settings(session, admin, office_name="示范市信访局")
    before = snapshot(db)
    with db.unit() as session:
        update_settings(session, admin, office_name=" 示范市信访局 ")  # the same once tidied
    assert snapshot(db) == before


def test_nothing_to_change_changes_nothing(db: Database, admin: Actor) -> None:
    before = snapshot(db)
    with db.unit() as session:
        assert update_settings(session, admin) == load_settings(session)
    assert snapshot(db) == before


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMINISTRATOR])
def test_only_the_administrator_may_change_settings(
    db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    before = snapshot(db)
    with pytest.raises(NotPermitted), db.unit() as session:
        update_settings(session, staff[role], office_name="示范市信访局")
    # The permission is checked before the values: a bad value is no way to probe.
    with pytest.raises(NotPermitted), db.unit() as session:
        update_settings(session, staff[role], office_name="")
    assert snapshot(db) == before


def test_the_system_may_not_change_settings_through_the_service(db: Database) -> None:
    before = snapshot(db)
    with pytest.raises(NotPermitted), db.unit() as session:
        update_settings(session, SYSTEM, office_name="示范市信访局")
    assert snapshot(db) == before


def test_unknown_stored_settings_are_ignored_when_loading(db: Database, admin: Actor) -> None:
    """A newer desk may store settings this one does not know: loading still works."""
    with db.unit() as session:
        session.add(OfficeSetting(key="visitors.series", value=json.dumps(["A", "B"])))
    with db.read() as session:
        assert load_settings(session).idle_lock_minutes == 10

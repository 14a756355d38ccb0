"""What the reports' tests share: the CLI on a demo database, a count read by hand-written
SQL, and the exceptions to the reception standards of the hand-built day and month."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from reception.core.reports.events import Listed, MealException, RoomException
from tests.unit.test_cli import ADMIN_PASSWORD
from tests.unit.test_cli_lodging import Desk


def demo_desk(
    db_url: URL,
    file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Desk:
    """A demo database (its operators sign in with DEMO_PASSWORD), the administrator acting;
    on SQLite in `file`."""
    for name in ("RECEPTION_NEW_PASSWORD", "RECEPTION_LANG"):
        monkeypatch.delenv(name, raising=False)
    if db_url.get_backend_name() == "sqlite":
        target = str(file)
    else:
        target = db_url.render_as_string(hide_password=False)
    cli = Desk(target, capsys, monkeypatch)
    cli.as_("admin", ADMIN_PASSWORD)
    assert cli("demo", "--scale", "400").code == 0
    return cli


def sql_count(session: Session, sql: str, **params: object) -> int:
    return int(session.execute(text(sql), params).scalar_one() or 0)


def room_exceptions() -> Listed[RoomException]:
    """One suite held above the standard."""
    return Listed((RoomException("1-301", "张*三", "ordinary_suite", "同级别房间已满。"),), 1)


def meal_exceptions(day: date) -> Listed[MealException]:
    """One lunch on `day` with more staff at the table than allowed, no reason given."""
    lunch = datetime(day.year, day.month, day.day, 4, 0, tzinfo=UTC)
    return Listed((MealException("某省考察团", lunch, "工作午餐", 9, 5, 3, ""),), 1)

"""`reception dashboard` (reception.commands.dashboard), called in-process like the other CLI
tests, with --lang en: on a demo database made by `reception demo`, as operators of each
role; on a SQLite file, and on PostgreSQL when configured."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, make_url

from reception.config import key_file
from reception.core.dashboard.figures import read_dashboard
from reception.core.security.keys import load_keys
from reception.core.security.operators import actor_for
from reception.db.database import open_database
from reception.demo.fill import DEMO_PASSWORD
from tests.unit.report_support import demo_desk
from tests.unit.test_cli import ADMIN_PASSWORD
from tests.unit.test_cli_lodging import Desk

FLAT = (
    "visitors_today",
    "onsite_now",
    "waiting",
    "rooms_occupied",
    "cases_due_soon",
    "cases_overdue",
)
AREAS = {"queue": ("visitors_today", "onsite_now", "waiting"), "lodging": ("rooms_occupied",)}


@pytest.fixture
def desk(
    db_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Desk:
    """A demo database (its operators sign in with DEMO_PASSWORD), the administrator acting."""
    return demo_desk(db_url, tmp_path / "dashboard.db", capsys, monkeypatch)


def _in_process(desk: Desk, login: str) -> dict[str, Any]:
    """The figures read by the core directly for `login`, for the day the CLI read."""
    url = make_url(desk.target if "://" in desk.target else f"sqlite:///{desk.target}")
    db = open_database(url, load_keys(key_file()), upgrade=False)
    try:
        with db.read() as session:
            board = read_dashboard(session, actor_for(session, login))
    finally:
        db.close()
    return {"day": board.day, "queue": board.queue, "lodging": board.lodging, "p": board.petitions}


def test_the_director_gets_every_area_and_the_flat_figures_repeat_them(desk: Desk) -> None:
    data = desk.as_("director10", DEMO_PASSWORD).json("dashboard")
    assert set(FLAT) <= set(data)
    assert {"at", "day", "queue", "lodging", "petitions"} <= set(data)
    for area, keys in AREAS.items():
        for key in keys:
            assert data[key] == data[area][key]
    assert data["cases_due_soon"] == data["petitions"]["due_soon"]
    assert data["cases_overdue"] == data["petitions"]["overdue"]
    assert [s["series"] for s in data["queue"]["series"]] == ["A", "B", "C"]
    assert data["visitors_today"] > 0
    assert data["rooms_occupied"] > 0
    direct = _in_process(desk, "director10")
    if date.fromisoformat(data["day"]) == direct["day"]:  # not read across midnight
        assert data["visitors_today"] == direct["queue"].visitors_today
        assert data["onsite_now"] == direct["queue"].onsite_now
        assert data["rooms_occupied"] == direct["lodging"].rooms_occupied
        assert data["cases_overdue"] == direct["p"].overdue
    assert datetime.fromisoformat(data["at"]).tzinfo is not None


@pytest.mark.parametrize(
    ("login", "areas"),
    [
        ("receptionist1", {"queue"}),
        ("lodging5", {"lodging"}),
        ("petitions7", {"petitions"}),
        ("admin", set()),
    ],
)
def test_an_area_the_role_may_not_read_is_null_with_its_flat_figures(
    desk: Desk, login: str, areas: set[str]
) -> None:
    password = ADMIN_PASSWORD if login == "admin" else DEMO_PASSWORD
    data = desk.as_(login, password).json("dashboard")
    assert {area for area in ("queue", "lodging", "petitions") if data[area] is not None} == areas
    flat_of = {
        "queue": ("visitors_today", "onsite_now", "waiting"),
        "lodging": ("rooms_occupied",),
        "petitions": ("cases_due_soon", "cases_overdue"),
    }
    for area, keys in flat_of.items():
        for key in keys:
            assert (data[key] is not None) == (area in areas), key


def test_the_text_block_names_each_area_the_role_reads(desk: Desk) -> None:
    director = desk.as_("director10", DEMO_PASSWORD)("dashboard")
    assert director.code == 0
    lines = director.out.splitlines()
    assert lines[0].startswith("Dashboard for ")
    assert any(line.startswith("Queue: ") for line in lines)
    assert any(line.startswith("  A 综合业务: ") for line in lines)
    assert any(line.startswith("Lodging: ") and "rooms occupied tonight" in line for line in lines)
    assert any(line.startswith("Petitions: ") for line in lines)
    clerk = desk.as_("lodging5", DEMO_PASSWORD)("dashboard")
    assert clerk.code == 0
    assert "Lodging: " in clerk.out
    assert "Queue: " not in clerk.out
    assert "Petitions: " not in clerk.out
    admin = desk.as_("admin", ADMIN_PASSWORD)("dashboard")
    assert admin.code == 0
    assert "Your role reads none of the dashboard's areas." in admin.out


def test_a_wrong_password_reads_nothing(desk: Desk) -> None:
    result = desk.as_("director10", "not-the-password")("dashboard", "--json")
    assert result.code != 0
    assert result.out == ""
    assert "Error: " in result.err

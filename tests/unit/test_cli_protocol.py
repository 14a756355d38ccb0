"""Precedence and seating from the command line (reception.commands.protocol), called
in-process with --lang en like tests/unit/test_cli_lodging.py; the PDFs are written by a
child process, so that no Qt is loaded here.

`podium` and `banquet` need no database and no operator. Exit codes: 0 done, 2 bad
arguments (one line on stderr), 5 not permitted, 6 not found."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from reception.cli import main
from reception.core.protocol.events import EventForm, add_participants, compute_chart, create_event
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.protocol.seating import EventKind, Side
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit.test_cli import PASSWORD, Result
from tests.unit.test_protocol_plan import at, make_visit

KEY = base64.b64encode(b"k" * 32).decode()  # the `keys` fixture's key


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    capsys.readouterr()
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as exit_:  # argparse leaves this way
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return Result(code, out, err)


# -- podium and banquet: no database, no operator ------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "rows"),
    [
        (["1"], ["1"]),
        (["2"], ["1 2"]),
        (["3"], ["3 1 2"]),
        (["7"], ["7 5 3 1 2 4 6"]),
        (["8"], ["7 5 3 1 2 4 6 8"]),
        (["7", "--convention", "international"], ["6 4 2 1 3 5 7"]),
        (["8", "--convention", "INTERNATIONAL"], ["8 6 4 2 1 3 5 7"]),
        (["7", "--rows", "3,4"], ["3 1 2", "6 4 5 7"]),
        (["5", "--rows", "3,3,3"], ["3 1 2", "4 5"]),
        (["4", "--rows", "2,2", "--convention", "international"], ["2 1", "4 3"]),
    ],
)
def test_podium_prints_the_numbers_from_the_audience(
    capsys: pytest.CaptureFixture[str], _home: Path, argv: list[str], rows: list[str]
) -> None:
    result = run(capsys, "protocol", "podium", *argv)
    assert result.code == 0, result.err
    assert result.out.splitlines() == rows
    assert not (_home / "reception.db").exists()  # no database was opened or made


def test_podium_json(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "protocol", "podium", "7", "--rows", "3,4", "--json")
    assert result.code == 0
    assert json.loads(result.out) == {
        "people": 7,
        "convention": "domestic",
        "viewpoint": "As seen from the audience, facing the podium",
        "rows": [[3, 1, 2], [6, 4, 5, 7]],
    }


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["podium", "x"], "N must be a whole number, not x"),
        (["podium", "-3"], "N must be a whole number, not -3"),
        (["podium", "0"], "at least one person"),
        (["podium", "501"], "from 0 to 500"),
        (["podium", "7", "--convention", "left"], "domestic or international, not left"),
        (["podium", "7", "--rows", "2,2"], "The rows hold 4 people, not 7"),
        (["podium", "7", "--rows", "3,x"], "--rows must be a whole number, not x"),
        (["podium", "7", "--rows", "0,7"], "seats in a row"),
        (["banquet", "8"], "the following arguments are required: HOSTS"),
        (["banquet", "8", "0"], "HOSTS is at least 1"),
        (["banquet", "eight", "2"], "GUESTS must be a whole number, not eight"),
        (["banquet", "3", "2.5"], "HOSTS must be a whole number, not 2.5"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    result = run(capsys, "protocol", *argv)
    assert result.code == 2
    assert result.out == ""
    last = result.err.strip().splitlines()[-1]
    assert last.startswith("Error: ") and words in last
    if argv[0] != "banquet" or len(argv) > 2:  # not argparse's own usage message
        assert result.one_line_error


def test_banquet_seats_clockwise_from_the_host(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "protocol", "banquet", "4", "2")
    assert result.code == 0
    lines = result.out.splitlines()
    # Host at place 1; guest 1 on the host's right (the last place), guest 2 on the left
    # (place 2); the deputy host opposite facing the host, guest 3 on the deputy's right
    # (place 3, on the host's left side of the table), guest 4 on the deputy's left.
    assert [line.split(maxsplit=1) for line in lines[:-1]] == [
        ["1", "Host"],
        ["2", "Guest 2"],
        ["3", "Guest 3"],
        ["4", "Deputy host"],
        ["5", "Guest 4"],
        ["6", "Guest 1"],
    ]
    assert lines[-1] == "2 accompanying for 4 guests (at most 3): within the limit."


def test_banquet_json_and_the_staff_limit(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(run(capsys, "protocol", "banquet", "12", "5", "--json").out)
    assert data["staff"] == {"guests": 12, "staff": 5, "limit": 4, "ok": False}
    assert data["viewpoint"] == "As seen from above, the door at the bottom"
    seats = data["seats"]
    assert [s["place"] for s in seats] == list(range(1, 18))
    assert seats[0] == {
        "place": 1, "side": "host", "order": 1, "role": "host", "role_number": 1, "label": "Host",
    }  # fmt: skip
    assert seats[-1]["label"] == "Guest 1" and seats[1]["label"] == "Guest 2"
    assert sorted(s["order"] for s in seats if s["side"] == "guest") == list(range(1, 13))
    assert sum(s["role"] == "staff" for s in seats) == 3
    text = run(capsys, "protocol", "banquet", "12", "5")
    assert text.code == 0
    assert text.out.splitlines()[-1] == "5 accompanying for 12 guests (at most 4): above the limit."
    assert run(capsys, "protocol", "banquet", "30", "10").out.endswith("within the limit.\n")


# -- charts, name cards and the plan: from the database -------------------------------------------


class Office:
    def __init__(self, target: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.target, self.capsys = target, capsys

    def __call__(self, *argv: str) -> Result:
        return run(self.capsys, "--db", self.target, *argv)

    def json(self, *argv: str) -> Any:
        result = self(*argv, "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def child(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """The command in a child process, with Qt drawing offscreen."""
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "reception", "--db", self.target, "--lang", "en", *argv]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def office(
    db: Database,
    db_url: URL,
    staff: dict[Role, Actor],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Office:
    """The test database, shared with the command line (same key), the lodging clerk acting."""
    monkeypatch.setenv("RECEPTION_KEY", KEY)
    monkeypatch.setenv("RECEPTION_OPERATOR", Role.LODGING_CLERK.value)
    monkeypatch.setenv("RECEPTION_PASSWORD", PASSWORD)
    return Office(db_url.render_as_string(hide_password=False), capsys)


def banquet_event(db: Database, clerk: Actor) -> tuple[int, int]:
    ids = make_visit(db, clerk)
    with db.unit() as s:
        chiefs = [
            add_official(s, clerk, OfficialForm(name, post, "市人民政府", rank)).id
            for name, post, rank in (
                ("陈国栋", "市委书记", "provincial_deputy"),
                ("刘明", "市长", "provincial_deputy"),
            )
        ]
    form = EventForm(EventKind.BANQUET, "欢迎晚宴", at(1, 18), "迎宾馆", delegation_id=ids["team"])
    with db.unit() as s:
        event = create_event(s, clerk, form)
        add_participants(s, clerk, event.id, official_ids=chiefs, side=Side.HOST)
        add_participants(s, clerk, event.id, guest_ids=[ids["王芳"], ids["李建国"]])
        compute_chart(s, clerk, event.id)
    return event.id, ids["team"]


def test_chart_json_and_text(office: Office, db: Database, staff: dict[Role, Actor]) -> None:
    event_id, _ = banquet_event(db, staff[Role.LODGING_CLERK])
    data = office.json("protocol", "chart", str(event_id))
    assert (data["kind"], data["title"], data["computed"], data["consistent"]) == (
        "banquet",
        "欢迎晚宴",
        True,
        True,
    )
    assert data["viewpoint"] == "As seen from above, the door at the bottom"
    [table] = data["blocks"]
    seated = {seat["label"]: seat["name"] for seat in table["seats"]}
    assert seated == {
        "Host": "陈国栋",
        "Deputy host": "刘明",
        "Guest 1": "王芳",
        "Guest 2": "李建国",
    }
    assert data["staff"] == {"guests": 2, "staff": 2, "limit": 3, "ok": True}
    text = office("protocol", "chart", str(event_id))
    assert text.code == 0
    assert "欢迎晚宴 (Banquet): As seen from above, the door at the bottom." in text.out
    assert "1-1   Host  陈国栋" in text.out
    assert text.out.splitlines()[-1] == "2 accompanying for 2 guests (at most 3): within the limit."


def test_chart_errors(
    office: Office, db: Database, staff: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = office("protocol", "chart", "999")
    assert missing.code == 6 and missing.one_line_error
    bad_folder = office("protocol", "chart", "1", "--pdf", "/no/such/folder/chart.pdf")
    assert bad_folder.code == 2 and "/no/such/folder" in bad_folder.err
    event_id, team = banquet_event(db, staff[Role.LODGING_CLERK])
    monkeypatch.setenv("RECEPTION_OPERATOR", Role.RECEPTIONIST.value)
    refused = office("protocol", "chart", str(event_id))
    assert refused.code == 5 and refused.one_line_error
    assert office("protocol", "plan", str(team)).code == 5


def test_plan_json_and_text(office: Office, db: Database, staff: dict[Role, Actor]) -> None:
    _, team = banquet_event(db, staff[Role.LODGING_CLERK])
    data = office.json("protocol", "plan", str(team))
    assert data["letter_ref"] == "发改函〔2026〕12号"
    assert [g["name"] for g in data["guests"]] == ["王芳", "李建国", "赵强"]
    assert data["meals"][0]["staff_limit"] == 3 and data["meals"][0]["over_limit"] is False
    assert [e["title"] for e in data["events"]] == ["欢迎晚宴", "欢迎晚宴"]
    assert data["warnings"] == ["Room 808 for 王芳 is above the standard. Reason: 腿伤"]
    text = office("protocol", "plan", str(team))
    assert text.code == 0
    assert text.out.splitlines() == [
        "省发改委考察组 (发改函〔2026〕12号): 3 guests, 1 programme lines, 1 meals, 1 vehicles, "
        "2 seating charts.",
        "Warning: Room 808 for 王芳 is above the standard. Reason: 腿伤",
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_chart_cards_and_plan_pdfs(
    office: Office, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    event_id, team = banquet_event(db, staff[Role.LODGING_CLERK])

    def text(path: Path) -> str:
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout

    chart = tmp_path / "chart.pdf"
    done = office.child("protocol", "chart", str(event_id), "--pdf", str(chart), "--paper", "a3")
    assert done.returncode == 0, done.stderr
    assert f"Seating chart written to {chart}." in done.stdout
    assert "As seen from above, the door at the bottom" in text(chart)
    assert "陈国栋" in text(chart)

    cards = tmp_path / "cards.pdf"
    done = office.child("protocol", "cards", str(event_id), "--pdf", str(cards))
    assert done.returncode == 0, done.stderr
    assert f"4 name cards written to {cards}." in done.stdout
    pages = text(cards).split("\f")
    assert "王" in pages[0] and "芳" in pages[0] and "陈国栋" in pages[2]

    plan = tmp_path / "plan.pdf"
    done = office.child("protocol", "plan", str(team), "--pdf", str(plan))
    assert done.returncode == 0, done.stderr
    assert "Reception plan" in text(plan) and "考察项目现场" in text(plan)


def test_meals_and_vehicles_from_the_command_line(
    office: Office, db: Database, staff: dict[Role, Actor]
) -> None:
    _, team = banquet_event(db, staff[Role.LODGING_CLERK])
    meal = ["protocol", "meal", str(team), "--at", "2026-12-02 12:00", "--guests", "3"]
    over = office(*meal, "--staff", "4", "--place", "食堂")
    assert over.code == 2 and over.one_line_error
    assert "4 accompanying staff for 3 guests is above the limit of 3" in over.err
    data = office.json(*meal, "--staff", "4", "--reason", "省领导陪同", "--cost", "320")
    assert (data["staff"], data["staff_limit"], data["over_limit"]) == (4, 3, True)
    assert data["starts_at"].startswith("2026-12-02 12:00:00+08")
    text = office(*meal, "--staff", "2", "--title", "工作餐")
    assert text.out == "Meal 3 added: 3 guests, 2 accompanying staff (at most 3).\n"
    for bad, words in (
        (["--at", "tomorrow"], "is not a time such as"),
        (["--at", "2027-01-05 12:00"], "within the delegation's visit"),
        (["--staff", "x"], "--staff must be a whole number"),
    ):
        argv = [*meal, "--staff", "1", *bad]
        result = office(*argv)
        assert result.code == 2 and result.one_line_error and words in result.err
    car = office.json("protocol", "vehicle", str(team), "--plate", "苏A·88888", "--seats", "6")
    assert (car["plate"], car["seats"], car["activity_id"]) == ("苏A·88888", 6, None)
    assert office("protocol", "vehicle", str(team), "--plate", "X", "--seats", "0").code == 2
    assert office("protocol", "vehicle", "999", "--plate", "苏A·1").code == 6
    plan = office.json("protocol", "plan", str(team))
    assert [m["staff"] for m in plan["meals"]] == [3, 4, 2]
    assert any("省领导陪同" in w for w in plan["warnings"])

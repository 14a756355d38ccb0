"""The guesthouse from the command line (reception.commands.lodging), called in-process like
tests/unit/test_cli_visitors.py does, with --lang en so that messages can be read; on a
SQLite file, and on PostgreSQL when configured.

Exit codes: 0 done, 2 bad arguments or input (a bad date, no inviting letter, a room above
the standard without --reason, a refused guest list), 4 conflict (the room is taken), 5 not
permitted, 6 not found."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from reception.cli import main
from tests.unit.test_cli import ADMIN_PASSWORD, PASSWORD, Cli, Result

ZONE = ZoneInfo("Asia/Shanghai")
ROOM_KEYS = {
    "id", "building", "floor", "number", "room_type", "beds", "accessible", "quiet_side",
    "near_lift", "rate_yuan", "housekeeping", "out_of_order_reason", "out_of_order_from",
    "out_of_order_to", "active", "notes",
}  # fmt: skip
STAY_KEYS = {
    "id", "room_id", "building", "room_number", "bed", "guest_id", "guest_name", "gender",
    "rank", "delegation_id", "delegation_name", "arrive", "depart", "state", "checked_in_at",
    "checked_out_at", "moved_from_id", "exception_reason", "needs", "nights",
}  # fmt: skip
DELEGATION_KEYS = {
    "id", "name", "unit", "purpose", "letter_ref", "liaison_name", "liaison_phone_masked",
    "arrive", "depart", "notes", "cancelled", "guests", "head_name", "checklist_overdue",
    "checklist_open",
}  # fmt: skip
GUEST_KEYS = {
    "id", "delegation_id", "name", "gender", "post", "rank", "is_head", "needs", "notes",
    "id_number_masked",
}  # fmt: skip


def office_today() -> date:
    return datetime.now(UTC).astimezone(ZONE).date()


def day(offset: int) -> str:
    return (office_today() + timedelta(days=offset)).isoformat()


class Desk(Cli):
    """The CLI on a database named by `target` (a file path or a PostgreSQL URL)."""

    def __init__(
        self, target: str, capsys: pytest.CaptureFixture[str], env: pytest.MonkeyPatch
    ) -> None:
        super().__init__(Path(target), capsys, env)
        self.target = target

    def __call__(self, *argv: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--db", self.target, "--lang", "en", *argv])
        except SystemExit as exit_:  # argparse leaves this way
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return Result(code, out, err)

    def json(self, *argv: str) -> Any:
        result = self(*argv, "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def count(self, table: str, where: str = "") -> int:
        url = self.target if "://" in self.target else f"sqlite:///{self.target}"
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                return int(
                    connection.execute(text(f"SELECT count(*) FROM {table} {where}")).scalar_one()
                )
        finally:
            engine.dispose()


@pytest.fixture
def desk(
    db_url: URL,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Desk:
    """An empty database with its administrator and a lodging clerk, the clerk acting."""
    for name in ("RECEPTION_NEW_PASSWORD", "RECEPTION_LANG"):
        monkeypatch.delenv(name, raising=False)
    if db_url.get_backend_name() == "sqlite":
        target = str(tmp_path / "lodging.db")  # a new file: the CLI migrates it
    else:
        target = db_url.render_as_string(hide_password=False)
    cli = Desk(target, capsys, monkeypatch)
    cli.as_("admin", ADMIN_PASSWORD)
    assert cli("user", "add", "admin").code == 0
    assert cli.new_password(PASSWORD)("user", "add", "clerk", "--role", "lodging_clerk").code == 0
    assert cli("user", "add", "rec", "--role", "receptionist").code == 0
    cli.as_("clerk", PASSWORD)
    return cli


def room(desk: Desk, number: str, *extra: str) -> dict[str, Any]:
    data: dict[str, Any] = desk.json("room", "add", "--number", number, *extra)
    return data


def delegation(desk: Desk, name: str = "省发改委考察组", arrive: int = 10, depart: int = 13) -> int:
    data = desk.json(
        "delegation", "add", "--name", name, "--letter", "发改函〔2026〕12号",
        "--arrive", day(arrive), "--depart", day(depart),
    )  # fmt: skip
    return int(data["id"])


def guest(desk: Desk, team: int, name: str, gender: str = "男", rank: str = "科员") -> int:
    data = desk.json(
        "guest", "add", "--delegation", str(team), "--name", name, "--gender", gender,
        "--rank", rank,
    )  # fmt: skip
    return int(data["id"])


def book(desk: Desk, number: str, name: str, start: int, end: int, *extra: str) -> Result:
    return desk("stay", "add", "--room", number, "--guest", name,
                "--from", day(start), "--to", day(end), *extra)  # fmt: skip


# -- rooms ------------------------------------------------------------------------------------


def test_room_add_and_list(desk: Desk) -> None:
    added = room(desk, "301", "--type", "standard", "--beds", "2", "--rate", "380", "--quiet")
    assert set(added) == ROOM_KEYS
    assert (added["number"], added["floor"], added["building"]) == ("301", 3, "1")
    assert added["quiet_side"] is True and added["rate_yuan"] == 380
    room(desk, "1205", "--type", "suite", "--beds", "1", "--building", "2", "--near-lift")
    room(desk, "B1", "--type", "single", "--beds", "1", "--floor", "1", "--accessible")
    listed = desk.json("room", "list")
    assert [(r["building"], r["number"]) for r in listed] == [
        ("1", "B1"),
        ("1", "301"),
        ("2", "1205"),
    ]
    assert [r["number"] for r in desk.json("room", "list", "--building", "2")] == ["1205"]
    assert [r["number"] for r in desk.json("room", "list", "--type", "single")] == ["B1"]
    assert [r["number"] for r in desk.json("room", "list", "--floor", "3")] == ["301"]
    plain = desk("room", "list")
    assert plain.code == 0 and "3 rooms." in plain.out and "1-301" in plain.out


@pytest.mark.parametrize(
    "argv",
    [
        ["--number", "301", "--type", "palace", "--beds", "2"],
        ["--number", "301", "--type", "standard", "--beds", "9"],
        ["--number", "301", "--type", "standard", "--beds", "two"],
        ["--number", "X", "--type", "standard", "--beds", "1"],  # no floor in "X"
        ["--number", "301", "--type", "standard", "--beds", "1", "--rate", "-5"],
    ],
)
def test_bad_rooms_are_refused_with_exit_2(desk: Desk, argv: list[str]) -> None:
    result = desk("room", "add", *argv)
    assert result.code == 2
    assert result.err.strip().splitlines()[-1].startswith("Error: ")
    assert desk.count("room") == 0


def test_a_second_room_of_the_same_number_is_a_conflict(desk: Desk) -> None:
    room(desk, "301", "--type", "standard", "--beds", "2")
    again = desk("room", "add", "--number", "301", "--type", "single", "--beds", "1")
    assert again.code == 4 and again.one_line_error and "301" in again.err
    assert desk.count("room") == 1


def test_a_receptionist_may_not_add_rooms(desk: Desk) -> None:
    desk.as_("rec", PASSWORD)
    result = desk("room", "add", "--number", "301", "--type", "standard", "--beds", "2")
    assert result.code == 5 and result.one_line_error
    assert desk.count("room") == 0


# -- delegations and guests -------------------------------------------------------------------


def test_delegation_add_json_and_text(desk: Desk) -> None:
    data = desk.json(
        "delegation", "add", "--name", "省发改委考察组", "--letter", "发改函〔2026〕12号",
        "--arrive", day(10), "--depart", day(13), "--unit", "某省发展和改革委员会",
        "--purpose", "考察", "--liaison", "王芳", "--liaison-phone", "13812345678",
    )  # fmt: skip
    assert set(data) == DELEGATION_KEYS
    assert data["letter_ref"] == "发改函〔2026〕12号" and data["arrive"] == day(10)
    assert data["liaison_phone_masked"] == "138****5678"
    assert data["checklist_open"] > 0  # the office's default tasks
    plain = desk(
        "delegation", "add", "--name", "市委组织部调研组", "--letter", "组函〔2026〕3号",
        "--arrive", day(1), "--depart", day(2),
    )  # fmt: skip
    assert plain.code == 0 and "Delegation 2 recorded" in plain.out
    units = desk.count("delegation", "WHERE unit = '市委组织部调研组'")
    assert units == 1  # the unit defaults to the name


@pytest.mark.parametrize("letter", [None, "", "   "])
def test_no_inviting_letter_no_reception(desk: Desk, letter: str | None) -> None:
    argv = ["delegation", "add", "--name", "考察组", "--arrive", day(1), "--depart", day(2)]
    if letter is not None:
        argv += ["--letter", letter]
    result = desk(*argv)
    assert result.code == 2 and result.one_line_error
    assert "inviting letter" in result.err
    assert desk.count("delegation") == 0


@pytest.mark.parametrize(
    ("arrive", "depart", "shown"),
    [
        ("2026-13-01", "2026-12-05", "--arrive 2026-13-01 is not a date such as 2026-12-01"),
        ("2026-12-01", "2026-02-30", "--depart 2026-02-30 is not a date such as 2026-12-01"),
        ("1/12/2026", "2026-12-05", "--arrive 1/12/2026 is not a date such as 2026-12-01"),
        ("20261201", "2026-12-05", "--arrive 20261201 is not a date such as 2026-12-01"),
    ],
)
def test_a_bad_date_is_named(desk: Desk, arrive: str, depart: str, shown: str) -> None:
    result = desk(
        "delegation", "add", "--name", "考察组", "--letter", "函〔2026〕1号",
        "--arrive", arrive, "--depart", depart,
    )  # fmt: skip
    assert result.code == 2 and result.one_line_error
    assert shown in result.err
    assert desk.count("delegation") == 0


def test_departure_before_arrival_is_refused(desk: Desk) -> None:
    result = desk(
        "delegation", "add", "--name", "考察组", "--letter", "函〔2026〕1号",
        "--arrive", day(5), "--depart", day(3),
    )  # fmt: skip
    assert result.code == 2 and result.one_line_error
    assert desk.count("delegation") == 0


def test_guest_add(desk: Desk) -> None:
    team = delegation(desk)
    data = desk.json(
        "guest", "add", "--delegation", str(team), "--name", "李娜", "--gender", "女",
        "--rank", "正处级", "--post", "处长", "--head",
    )  # fmt: skip
    assert set(data) == GUEST_KEYS
    assert (data["gender"], data["rank"], data["is_head"]) == ("female", "county_chief", True)
    other = desk.json(
        "guest", "add", "--delegation", str(team), "--name", "张伟", "--gender", "male",
        "--rank", "staff",
    )  # fmt: skip
    assert other["gender"] == "male" and other["is_head"] is False
    for argv, code in (
        (["--gender", "x", "--rank", "科员"], 2),
        (["--gender", "男", "--rank", "大官"], 2),
    ):
        result = desk("guest", "add", "--delegation", str(team), "--name", "赵六", *argv)
        assert result.code == code and result.one_line_error
    missing = desk("guest", "add", "--delegation", "99", "--name", "赵六", "--gender", "男",
                   "--rank", "科员")  # fmt: skip
    assert missing.code == 6 and missing.one_line_error
    assert desk.count("guest") == 2


# -- stays ------------------------------------------------------------------------------------


def test_a_taken_room_is_a_conflict_naming_the_stay(desk: Desk) -> None:
    room(desk, "301", "--type", "standard", "--beds", "1")
    team = delegation(desk)
    guest(desk, team, "张三")
    guest(desk, team, "李四")
    first = book(desk, "301", "张三", 10, 13, "--json")
    assert first.code == 0, first.err
    stay = json.loads(first.out)
    assert set(stay) == STAY_KEYS
    assert (stay["room_number"], stay["bed"], stay["state"], stay["nights"]) == (
        "301",
        1,
        "booked",
        3,
    )
    assert stay["guest_name"] == "张三" and stay["delegation_id"] == team

    taken = book(desk, "301", "李四", 12, 14)
    assert taken.code == 4 and taken.one_line_error
    assert f"stay {stay['id']}" in taken.err and "张三" in taken.err and "301" in taken.err
    assert desk.count("stay") == 1
    # the check-out day is free for the next guest
    after = book(desk, "301", "李四", 13, 15)
    assert after.code == 0, after.err
    assert "booked" in after.out and "301" in after.out


def test_a_room_above_the_standard_needs_a_reason(desk: Desk) -> None:
    room(desk, "1201", "--type", "ordinary_suite", "--beds", "1")
    team = delegation(desk)
    guest(desk, team, "王科员", rank="科员")
    refused = book(desk, "1201", "王科员", 10, 12)
    assert refused.code == 2 and refused.one_line_error
    assert "above the reception standard" in refused.err and "reason" in refused.err
    assert desk.count("stay") == 0
    given = book(desk, "1201", "王科员", 10, 12, "--reason", "标准间已满，经主任批准", "--json")
    assert given.code == 0, given.err
    assert json.loads(given.out)["exception_reason"] == "标准间已满，经主任批准"


def test_guests_are_found_by_name_within_the_delegation(desk: Desk) -> None:
    room(desk, "301", "--type", "standard", "--beds", "2")
    first_team = delegation(desk, "甲考察组")
    second_team = delegation(desk, "乙调研组")
    guest(desk, first_team, "张伟")
    guest(desk, second_team, "张伟")
    ambiguous = book(desk, "301", "张伟", 10, 12)
    assert ambiguous.code == 2 and ambiguous.one_line_error
    assert "--delegation" in ambiguous.err
    unknown = book(desk, "301", "无此人", 10, 12)
    assert unknown.code == 6 and unknown.one_line_error
    chosen = book(desk, "301", "张伟", 10, 12, "--delegation", str(second_team), "--json")
    assert chosen.code == 0, chosen.err
    assert json.loads(chosen.out)["delegation_id"] == second_team
    no_room = book(desk, "999", "张伟", 10, 12, "--delegation", str(first_team))
    assert no_room.code == 6 and no_room.one_line_error


def test_check_in_check_out_and_cancel(desk: Desk) -> None:
    room(desk, "301", "--type", "standard", "--beds", "1")
    room(desk, "302", "--type", "standard", "--beds", "1")
    team = delegation(desk, arrive=0, depart=3)
    guest(desk, team, "张三")
    guest(desk, team, "李四")
    today = json.loads(book(desk, "301", "张三", 0, 3, "--json").out)
    later = json.loads(book(desk, "302", "李四", 5, 7, "--json").out)

    checked_in = desk.json("stay", "checkin", str(today["id"]))
    assert set(checked_in) == STAY_KEYS
    assert checked_in["state"] == "in_house" and checked_in["checked_in_at"] is not None
    assert desk("stay", "checkin", str(today["id"])).code == 4
    too_early = desk("stay", "checkin", str(later["id"]))
    assert too_early.code == 4 and too_early.one_line_error

    checked_out = desk("stay", "checkout", str(today["id"]))
    assert checked_out.code == 0 and "checked out" in checked_out.out
    assert desk.count("stay", "WHERE state = 'departed'") == 1
    assert desk.count("room", "WHERE housekeeping = 'dirty'") == 1

    cancelled = desk.json("stay", "cancel", str(later["id"]))
    assert cancelled["state"] == "cancelled"
    again = desk("stay", "cancel", str(later["id"]))
    assert again.code == 4 and again.one_line_error
    missing = desk("stay", "checkin", "999")
    assert missing.code == 6 and missing.one_line_error
    assert desk("stay", "checkin", "abc").code == 2


def test_rooms_free(desk: Desk) -> None:
    room(desk, "301", "--type", "standard", "--beds", "2")
    room(desk, "302", "--type", "single", "--beds", "1")
    room(desk, "501", "--type", "standard", "--beds", "2", "--building", "2")
    team = delegation(desk)
    guest(desk, team, "张三")
    assert book(desk, "302", "张三", 10, 13).code == 0
    free = desk.json("rooms", "free", "--from", day(11), "--to", day(12))
    assert [(r["building"], r["number"], r["free_beds"]) for r in free] == [
        ("1", "301", 2),
        ("2", "501", 2),
    ]
    assert set(free[0]) == ROOM_KEYS | {"free_beds"}
    after = desk.json("rooms", "free", "--from", day(13), "--to", day(14), "--type", "single")
    assert [r["number"] for r in after] == ["302"]
    elsewhere = desk.json("rooms", "free", "--from", day(11), "--to", day(12), "--building", "2")
    assert [r["number"] for r in elsewhere] == ["501"]
    plain = desk("rooms", "free", "--from", day(11), "--to", day(12))
    assert plain.code == 0 and "2 rooms free" in plain.out
    backwards = desk("rooms", "free", "--from", day(12), "--to", day(11))
    assert backwards.code == 2 and backwards.one_line_error
    bad = desk("rooms", "free", "--from", "2026-12-32", "--to", day(11))
    assert bad.code == 2 and "2026-12-32 is not a date such as 2026-12-01" in bad.err


# -- lodging import ---------------------------------------------------------------------------


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "职务", "职级", "团长"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_lodging_import(desk: Desk, tmp_path: Path) -> None:
    team = delegation(desk)
    good = _workbook(
        tmp_path / "名单.xlsx",
        [["张伟", "男", "厅长", "正厅级", "是"], ["李娜", "女", "处长", "正处级", "否"]],
    )
    result = desk("lodging", "import", str(good), "--delegation", str(team), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert set(data) == {"delegation_id", "imported", "guests", "notes"}
    assert data["imported"] == 2 and [g["name"] for g in data["guests"]] == ["张伟", "李娜"]
    assert desk.count("guest") == 2


def test_a_refused_guest_list_names_every_problem_and_imports_nothing(
    desk: Desk, tmp_path: Path
) -> None:
    team = delegation(desk)
    bad = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["张伟", "男", "厅长", "正厅级", "是"],
            ["李娜", "未知", "处长", "正处级", "否"],
            ["王强", "男", "科员", "大官", "否"],
        ],
    )
    refused = desk("lodging", "import", str(bad), "--delegation", str(team))
    assert refused.code == 2
    lines = refused.err.strip().splitlines()
    assert lines[0].startswith("Error: ") and "Nothing was imported" in lines[0]
    assert lines[1].startswith("Row 3, column 性别: ")
    assert lines[2].startswith("Row 4, column 职级: ")
    assert len(lines) == 3
    assert desk.count("guest") == 0

    as_json = desk("lodging", "import", str(bad), "--delegation", str(team), "--json")
    assert as_json.code == 2
    data = json.loads(as_json.out)
    assert data["imported"] == 0
    assert [(p["row"], p["column"]) for p in data["problems"]] == [(3, "性别"), (4, "职级")]
    assert all(p["reason"] for p in data["problems"])
    not_excel = desk("lodging", "import", str(tmp_path / "list.csv"), "--delegation", str(team))
    assert not_excel.code == 2 and not_excel.one_line_error
    assert desk.count("guest") == 0

"""The petitions log from the command line (reception.commands.petitions), called in-process
like tests/unit/test_cli_lodging.py does, with --lang en so that messages can be read; on a
SQLite file, and on PostgreSQL when configured.

Exit codes: 0 done, 2 bad input (an ID number or phone refused, a bad date; nothing is
written), 4 a step the case cannot take, 5 not permitted, 6 no such case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
from sqlalchemy.engine import URL

from tests.unit.test_cli import ADMIN_PASSWORD, PASSWORD
from tests.unit.test_cli_lodging import Desk, office_today

ID_NUMBER = "110105194912310011"  # a valid number (check character 1)
OTHER_ID = "11010519491231002X"
PHONE = "13812345678"
ADD_KEYS = {
    "id", "case_no", "form", "received_on", "category", "unit_concerned", "state", "is_final",
    "is_joint", "people_count", "petitioners", "id_number_masked", "assigned_unit", "officer",
    "next_due_on", "next_due_kind", "urgency", "visit_count", "last_visit_on", "escalated",
    "extension_asked_days", "acceptance_due", "handling_due", "repeat_of", "repeat_of_final",
    "earlier",
}  # fmt: skip


@pytest.fixture
def desk(
    db_url: URL,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Desk:
    """An empty database with its administrator, a petitions officer, a director and a
    receptionist; the officer acting."""
    for name in ("RECEPTION_NEW_PASSWORD", "RECEPTION_LANG"):
        monkeypatch.delenv(name, raising=False)
    if db_url.get_backend_name() == "sqlite":
        target = str(tmp_path / "petitions.db")  # a new file: the CLI migrates it
    else:
        target = db_url.render_as_string(hide_password=False)
    cli = Desk(target, capsys, monkeypatch)
    cli.as_("admin", ADMIN_PASSWORD)
    assert cli("user", "add", "admin").code == 0
    cli.new_password(PASSWORD)
    assert (
        cli("user", "add", "officer", "--name", "王主任", "--role", "petitions_officer").code == 0
    )
    assert cli("user", "add", "boss", "--role", "director").code == 0
    assert cli("user", "add", "rec", "--role", "receptionist").code == 0
    cli.as_("officer", PASSWORD)
    return cli


def add(desk: Desk, *extra: str, name: str = "张三", summary: str = "反映小区电梯长期失修") -> Any:
    return desk.json("petition", "add", "--name", name, "--summary", summary, *extra)


def expected_acceptance_due(received: date) -> date:
    """The 15th day after receipt, moved to the next working day of the mainland calendar
    (chinesecalendar itself, not the desk's copy of it)."""
    day = received + timedelta(days=15)
    while not chinese_calendar.is_workday(day):
        day += timedelta(days=1)
    return day


def test_add_prints_the_number_the_deadlines_and_the_earlier_cases(desk: Desk) -> None:
    received = date(2026, 9, 25)  # day 15 is a holiday; 10 October a make-up working day
    first = add(
        desk, "--id-number", ID_NUMBER, "--phone", PHONE, "--received", received.isoformat(),
        "--form", "letter", "--category", "城乡建设/物业管理", "--unit", "城东区住房和城乡建设局",
        "--demands", "要求维修电梯", "--address", "城东区和平里3号",
    )  # fmt: skip
    assert set(first) == ADD_KEYS
    assert first["case_no"] == "XF2026-000001"
    assert first["acceptance_due"] == expected_acceptance_due(received).isoformat()
    assert first["acceptance_due"] == "2026-10-10" == first["next_due_on"]
    assert first["handling_due"] is None and first["state"] == "registered"
    assert first["repeat_of"] == [] and first["earlier"] == []
    assert (first["form"], first["category"]) == ("letter", "城乡建设/物业管理")
    assert first["id_number_masked"] == "*" * 14 + "0011"

    again = add(desk, "--id-number", ID_NUMBER, "--summary", "再次反映电梯问题")
    assert again["case_no"] == "XF2026-000002" and again["repeat_of"] == ["XF2026-000001"]
    assert again["earlier"][0]["matched_by"] == "id_number"
    by_phone = add(desk, "--phone", "138 1234 5678")  # no ID number: the name and phone
    assert by_phone["repeat_of"] == [again["case_no"], first["case_no"]]
    assert {e["matched_by"] for e in by_phone["earlier"]} == {"name_phone"}
    namesake = add(desk, "--id-number", OTHER_ID, name="张三丰")  # another person
    assert namesake["repeat_of"] == []
    assert desk.count("petition_case") == 4 and desk.count("petitioner") == 2


def test_add_in_words(desk: Desk) -> None:
    result = desk(
        "petition", "add", "--name", "李四", "--id-number", ID_NUMBER, "--summary", "反映拖欠工资",
        "--received", "2026-01-20",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Case XF2026-000001 registered: received 2026-01-20" in result.out
    assert "decide on acceptance by 2026-02-04" in result.out
    assert "No earlier case of this person." in result.out
    again = desk("petition", "add", "--name", "李四", "--id-number", ID_NUMBER, "--summary", "又来")
    assert again.code == 0 and "XF2026-000001" in again.out.split("person:")[1]


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["--id-number", "110105194912310012"], "--id-number"),  # wrong check character
        (["--id-number", "11010519491331001X"], "--id-number"),  # no 31st of a 13th month
        (["--id-number", "1101051949"], "--id-number"),
        (["--phone", "1381234"], "--phone"),
        (["--phone", "+1 202 555 0100"], "--phone"),
        (["--id-number", ID_NUMBER, "--phone", "12345"], "--phone"),
        (["--summary", "   "], "--summary"),
        (["--category", "不存在/的类别"], "--category"),
    ],
)
def test_a_refused_field_is_named_and_nothing_is_written(
    desk: Desk, argv: list[str], option: str
) -> None:
    result = desk("petition", "add", "--name", "张三", "--summary", "反映问题", *argv)
    assert result.code == 2 and result.one_line_error, result.err
    assert result.err.startswith("Error: Nothing was saved: ") and option + ": " in result.err
    for table in ("petition_case", "petitioner", "petition_visit", "petition_event"):
        assert desk.count(table) == 0


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["--received", "2026-13-01"], "--received 2026-13-01"),
        (["--received", (office_today() + timedelta(days=1)).isoformat()], "--received"),
        (["--people", "0"], "--people"),
        (["--form", "fax"], "--form"),
    ],
)
def test_bad_dates_and_counts_are_refused(desk: Desk, argv: list[str], shown: str) -> None:
    result = desk("petition", "add", "--name", "张三", "--summary", "反映问题", *argv)
    assert result.code == 2 and shown in result.err
    assert desk.count("petition_case") == 0


def test_a_joint_visit_names_its_representative(desk: Desk) -> None:
    data = add(desk, "--id-number", ID_NUMBER, "--people", "12")
    assert data["is_joint"] is True and data["people_count"] == 12
    assert desk.count("case_petitioner", "WHERE is_representative = true") == 1
    assert desk.count("petition_case", "WHERE is_joint = true") == 1


@pytest.mark.parametrize("login", ["rec", "boss"])
def test_only_the_petitions_officer_registers(desk: Desk, login: str) -> None:
    desk.as_(login, PASSWORD)
    result = desk("petition", "add", "--name", "张三", "--id-number", ID_NUMBER, "--summary", "x")
    assert result.code == 5 and result.one_line_error
    assert desk.count("petition_case") == 0 and desk.count("petitioner") == 0


def test_a_receptionist_may_not_read_the_log(desk: Desk) -> None:
    add(desk, "--id-number", ID_NUMBER)
    desk.as_("rec", PASSWORD)
    for argv in (["list"], ["list", "--overdue"], ["step", "XF2026-000001", "accept"]):
        result = desk("petition", *argv)
        assert result.code == 5 and result.one_line_error, argv
    assert desk.count("petition_case", "WHERE state = 'registered'") == 1


def test_list_by_deadline(desk: Desk) -> None:
    today = office_today()
    old = add(desk, "--received", (today - timedelta(days=40)).isoformat(), name="赵六")
    new = add(desk, "--received", today.isoformat(), name="钱七")
    done = add(desk, "--received", (today - timedelta(days=3)).isoformat(), name="孙八")
    assert (
        desk("petition", "step", done["case_no"], "refuse", "--reason", "不属于受理范围").code == 0
    )

    listed = desk.json("petition", "list")
    assert [c["case_no"] for c in listed] == [old["case_no"], new["case_no"]]  # overdue first
    assert listed[0]["urgency"] == "overdue" and listed[0]["petitioners"] == "赵六"
    assert [c["case_no"] for c in desk.json("petition", "list", "--overdue")] == [old["case_no"]]
    soon = desk.json("petition", "list", "--due-within", "30")
    assert [c["case_no"] for c in soon] == [old["case_no"], new["case_no"]]
    assert desk.json("petition", "list", "--due-within", "2")[0]["case_no"] == old["case_no"]
    everything = desk.json("petition", "list", "--all")
    assert {c["case_no"] for c in everything} == {old["case_no"], new["case_no"], done["case_no"]}
    assert [c["case_no"] for c in desk.json("petition", "list", "--text", "钱")] == [new["case_no"]]
    words = desk("petition", "list")
    assert words.code == 0 and "2 cases." in words.out and "overdue by" in words.out
    desk.as_("boss", PASSWORD)  # the director reads the log too
    assert len(desk.json("petition", "list")) == 2
    negative = desk("petition", "list", "--due-within", "-1")
    assert negative.code == 2 and negative.one_line_error


def test_steps_move_the_case_and_its_clocks(desk: Desk) -> None:
    today = office_today()
    case = add(
        desk, "--id-number", ID_NUMBER, "--received", (today - timedelta(days=5)).isoformat()
    )
    number = case["case_no"]
    accepted = desk.json(
        "petition", "step", number, "accept", "--on", (today - timedelta(days=2)).isoformat()
    )
    assert accepted["state"] == "accepted" and accepted["next_due_kind"] == "handling"
    assert accepted["handling_due"] == accepted["next_due_on"] is not None
    assert date.fromisoformat(accepted["handling_due"]) >= today - timedelta(days=2) + timedelta(60)
    closing = desk("petition", "step", number, "close")
    assert closing.code == 4 and closing.one_line_error and number in closing.err
    no_unit = desk("petition", "step", number, "assign")
    assert no_unit.code == 2 and no_unit.one_line_error
    assigned = desk("petition", "step", number, "assign", "--unit", "市人力资源和社会保障局")
    assert assigned.code == 0 and "now Assigned" in assigned.out
    missing = desk("petition", "step", "XF2026-999999", "accept")
    assert missing.code == 6 and missing.one_line_error
    unknown = desk("petition", "step", number, "extend")
    assert unknown.code == 2
    assert desk.count("petition_event", "WHERE to_state IS NOT NULL") == 3


def test_show_opens_the_full_record_and_is_audited(desk: Desk) -> None:
    case = add(desk, "--id-number", ID_NUMBER, "--phone", PHONE, "--demands", "要求维修")
    before = desk.count("audit_entry", "WHERE action = 'petition.open'")
    record = desk.json("petition", "show", case["case_no"])
    assert record["summary"] == "反映小区电梯长期失修" and record["demands"] == "要求维修"
    assert record["petitioners"][0]["id_number"] == ID_NUMBER
    assert record["petitioners"][0]["phone"] == PHONE
    assert desk.count("audit_entry", "WHERE action = 'petition.open'") == before + 1
    words = desk("petition", "show", case["case_no"])
    assert words.code == 0 and ID_NUMBER in words.out
    desk.as_("rec", PASSWORD)
    refused = desk("petition", "show", case["case_no"])
    assert refused.code == 5 and refused.one_line_error
    assert desk.count("audit_entry", "WHERE action = 'petition.open'") == before + 2

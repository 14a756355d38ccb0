"""The command line (reception.cli), called in-process.

Exit codes: 0 success, 1 a check failed, 2 bad arguments or input, 4 conflict, 5 not
permitted, 7 database unusable, 8 sign-in failed. Errors are one line on stderr, never a
traceback. Messages may be Chinese or English: only codes and shapes are asserted here.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from reception.cli import desk_arguments, main
from reception.config import database_url, key_file
from reception.core.security.keys import load_keys
from reception.core.security.operators import authenticate
from reception.core.security.roles import Role
from reception.db.database import open_database
from reception.demo.fill import DEMO_PASSWORD, STAFF_ROLES

ADMIN_PASSWORD = "admin-pass-1"
PASSWORD = "desk-pass-1"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def one_line_error(self) -> bool:
        text = self.err.strip()
        return bool(text) and "\n" not in text and "Traceback" not in self.err


class Cli:
    """Runs `reception --db FILE …` in this process as a given operator."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], env: pytest.MonkeyPatch):
        self.db, self.capsys, self.env = db, capsys, env

    def __call__(self, *argv: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *argv])
        except SystemExit as exit_:  # argparse leaves this way
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return Result(code, out, err)

    def as_(self, login: str, password: str) -> Cli:
        self.env.setenv("RECEPTION_OPERATOR", login)
        self.env.setenv("RECEPTION_PASSWORD", password)
        return self

    def new_password(self, password: str) -> Cli:
        self.env.setenv("RECEPTION_NEW_PASSWORD", password)
        return self


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    for name in ("RECEPTION_NEW_PASSWORD", "RECEPTION_LANG"):
        monkeypatch.delenv(name, raising=False)
    return Cli(tmp_path / "desk.db", capsys, monkeypatch)


@pytest.fixture
def office(cli: Cli) -> Cli:
    """A database with its administrator, and the administrator acting."""
    cli.as_("admin", ADMIN_PASSWORD)
    assert cli("user", "add", "admin").code == 0
    return cli


def users(cli: Cli) -> dict[str, dict[str, object]]:
    result = cli.as_("admin", ADMIN_PASSWORD)("user", "list", "--json")
    assert result.code == 0, result.err
    return {entry["login"]: entry for entry in json.loads(result.out)}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path: Path, *statements: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as raw:
        rows: list[tuple[object, ...]] = []
        for statement in statements:
            rows = raw.execute(statement).fetchall()
        raw.commit()
        return rows


def tamper_audit(path: Path, seq: int) -> None:
    sql(
        path,
        "DROP TRIGGER audit_entry_no_update",
        "DROP TRIGGER audit_entry_no_delete",
        f"UPDATE audit_entry SET operator_login = 'mallory' WHERE seq = {seq}",
    )


# -- user ----------------------------------------------------------------------------------


def test_the_first_user_added_is_the_administrator(cli: Cli) -> None:
    cli.as_("admin", ADMIN_PASSWORD)
    result = cli("user", "add", "admin", "--name", "管理员", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"id": 1, "login": "admin", "role": "administrator"}
    listed = users(cli)
    assert listed["admin"] == {
        "login": "admin",
        "name": "管理员",
        "role": "administrator",
        "active": True,
    }


@pytest.mark.parametrize("role", ["receptionist", "director"])
def test_the_first_user_cannot_be_anything_but_administrator(cli: Cli, role: str) -> None:
    cli.as_("admin", ADMIN_PASSWORD)
    result = cli("user", "add", "first", "--role", role)
    assert result.code == 2 and result.one_line_error
    assert sql(cli.db, "SELECT count(*) FROM operator") == [(0,)]


def test_the_first_user_needs_a_password(cli: Cli) -> None:
    cli.env.setenv("RECEPTION_OPERATOR", "admin")  # no RECEPTION_PASSWORD, no terminal
    result = cli("user", "add", "admin")
    assert result.code == 2 and result.one_line_error


def test_the_administrator_adds_operators(office: Cli) -> None:
    office.new_password(PASSWORD)
    result = office("user", "add", "wang.fang", "--name", "王芳", "--role", "director")
    assert result.code == 0, result.err
    assert office("user", "add", "li.si").code == 0  # receptionist by default
    listed = users(office)
    assert listed["wang.fang"]["role"] == "director"
    assert listed["li.si"]["role"] == "receptionist"
    again = office("user", "add", "li.si")
    assert again.code == 4 and again.one_line_error  # Conflict: the name is taken


def test_a_non_administrator_cannot_add_users(office: Cli) -> None:
    office.new_password(PASSWORD)
    assert office("user", "add", "clerk", "--role", "lodging_clerk").code == 0
    office.as_("clerk", PASSWORD)
    result = office("user", "add", "intruder", "--role", "administrator")
    assert result.code == 5
    assert result.one_line_error
    assert result.out == ""
    assert "intruder" not in users(office)


def test_user_list_json(office: Cli) -> None:
    office.new_password(PASSWORD)
    for login, role in (("b.one", "director"), ("a.two", "petitions_officer")):
        assert office("user", "add", login, "--role", role).code == 0
    result = office.as_("admin", ADMIN_PASSWORD)("user", "list", "--json")
    assert result.code == 0
    listed = json.loads(result.out)
    assert [entry["login"] for entry in listed] == ["a.two", "admin", "b.one"]
    assert {entry["role"] for entry in listed} == {"petitions_officer", "administrator", "director"}
    assert all(set(entry) == {"login", "name", "role", "active"} for entry in listed)
    plain = office("user", "list")
    assert plain.code == 0 and len(plain.out.strip().splitlines()) == 3


def test_disable_enable_and_passwd(office: Cli) -> None:
    office.new_password(PASSWORD)
    assert office("user", "add", "wang").code == 0
    assert office("user", "disable", "wang").code == 0
    assert users(office)["wang"]["active"] is False
    assert office.as_("wang", PASSWORD)("user", "list").code == 8  # disabled: no sign-in
    assert office.as_("admin", ADMIN_PASSWORD)("user", "enable", "wang").code == 0
    assert users(office)["wang"]["active"] is True
    # Signed in, but a receptionist may not list operators.
    assert office.as_("wang", PASSWORD)("user", "list").code == 5
    office.as_("admin", ADMIN_PASSWORD).new_password("fresh-pass-1")
    assert office("user", "passwd", "wang").code == 0
    assert office.as_("wang", PASSWORD)("user", "list").code == 8
    assert office.as_("wang", "fresh-pass-1")("user", "list").code == 5


def test_user_commands_report_refusals_in_one_line(office: Cli) -> None:
    self_disable = office("user", "disable", "admin")
    assert self_disable.code == 4 and self_disable.one_line_error
    unknown = office("user", "disable", "nobody")
    assert unknown.code == 6 and unknown.one_line_error
    weak = office.new_password("short")("user", "passwd", "admin")
    assert weak.code == 2 and weak.one_line_error


def test_a_wrong_password_exits_8_and_is_counted(office: Cli) -> None:
    result = office.as_("admin", "wrong-password")("user", "list")
    assert result.code == 8
    assert result.one_line_error
    assert result.out == ""
    rows = sql(office.db, "SELECT failed_logins FROM operator WHERE login = 'admin'")
    assert rows == [(1,)]
    actions = sql(office.db, "SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1")
    assert actions == [("operator.sign_in_failed",)]


def test_an_unknown_operator_exits_8(office: Cli) -> None:
    result = office.as_("nobody", ADMIN_PASSWORD)("user", "list")
    assert result.code == 8 and result.one_line_error


def test_no_operator_named_is_bad_input(office: Cli) -> None:
    office.env.delenv("RECEPTION_OPERATOR")
    result = office("user", "list")
    assert result.code == 2 and result.one_line_error
    assert office("--operator", "admin", "user", "list").code == 0


# -- arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["demo", "--scale", "0"],
        ["demo", "--scale", "-5"],
        ["demo", "--scale", "abc"],
        ["demo", "--scale", "99999999999"],
        ["user"],
        ["user", "add"],
        ["user", "add", "x", "--role", "janitor"],
        ["audit"],
        ["backup"],
        ["--lang", "fr", "check"],
    ],
    ids=" ".join,
)
def test_bad_arguments_exit_2(cli: Cli, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert result.err.strip()
    assert not cli.db.exists()  # refused before the database is touched


def test_a_bad_database_address_exits_2(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["--db", "mysql://somewhere/office", "check"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "\n" not in err.strip()


def test_an_unusable_database_exits_7(cli: Cli) -> None:
    cli.db.write_text("这不是数据库\n", encoding="utf-8")
    before = digest(cli.db)
    result = cli.as_("admin", ADMIN_PASSWORD)("user", "list")
    assert result.code == 7 and result.one_line_error
    assert digest(cli.db) == before


# -- check and audit verify ----------------------------------------------------------------


def test_check_passes_on_a_good_database(office: Cli) -> None:
    result = office("check")
    assert result.code == 0, result.out + result.err
    report = json.loads(office("check", "--json").out)
    assert report["ok"] is True
    assert report["integrity"] and report["schema_at_head"] and report["audit_chain"]


def test_check_fails_after_an_audit_row_was_tampered_with(office: Cli) -> None:
    tamper_audit(office.db, 2)
    assert office("check").code == 1
    result = office("check", "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["ok"] is False and report["audit_chain"] is False
    assert report["integrity"] is True
    assert len(report["notes"]) == 1


def test_audit_verify_names_the_first_broken_row(office: Cli) -> None:
    office.new_password(PASSWORD)
    for login in ("one", "two", "three"):
        assert office("user", "add", login).code == 0
    intact = office("audit", "verify", "--json")
    assert intact.code == 0
    rows = json.loads(intact.out)["rows"]
    assert rows >= 8
    assert office("audit", "verify").code == 0
    tamper_audit(office.db, 5)
    sql(office.db, "UPDATE audit_entry SET reason = 'covered up' WHERE seq = 7")
    broken = office("audit", "verify")
    assert broken.code == 1
    assert "5" in broken.out
    as_json = office("audit", "verify", "--json")
    assert as_json.code == 1
    report = json.loads(as_json.out)
    assert report["intact"] is False
    assert report["first_broken_row"] == 5
    assert "5" in report["problem"]


def test_check_notices_missing_append_only_triggers(office: Cli) -> None:
    sql(office.db, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete")
    assert office("check").code == 1


def test_check_notices_a_missing_double_booking_guard(office: Cli) -> None:
    assert office("check").code == 0
    sql(office.db, "DROP TRIGGER stay_no_double_booking_update")
    result = office("check", "--json")
    assert result.code == 1
    assert json.loads(result.out)["double_booking_guarded"] is False


def test_check_warns_when_the_calendar_lacks_the_coming_year(office: Cli) -> None:
    """The seeded calendar ends with 2026: from October 2026 on the coming year is missing.
    A warning, not a failure; entering the years silences it."""
    report = json.loads(office("check", "--json").out)
    assert report["ok"] is True
    missing = report["calendar_missing_years"]
    assert missing and min(missing) >= 2027
    for year in missing:
        sql(
            office.db,
            "INSERT INTO work_calendar_year (year, source, updated_at) "
            f"VALUES ({year}, 'office', '2026-11-25 00:00:00')",
        )
    assert json.loads(office("check", "--json").out)["calendar_missing_years"] == []


# -- backup and restore --------------------------------------------------------------------


def triggers(path: Path) -> list[tuple[object, ...]]:
    return sql(
        path,
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%' "
        "ORDER BY name",
    )


def test_backup_then_restore_round_trips(office: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "monday.db"
    copy.parent.mkdir()
    result = office("backup", str(copy))
    assert result.code == 0, result.err
    assert copy.exists() and not copy.with_name("monday.db.partial").exists()
    assert sql(copy, "PRAGMA integrity_check") == [("ok",)]
    # A change after the backup...
    assert office.new_password(PASSWORD)("user", "add", "bob").code == 0
    assert "bob" in users(office)
    # ...is gone after the restore.
    restored = office("restore", str(copy))
    assert restored.code == 0, restored.err
    assert "bob" not in users(office)
    assert set(users(office)) == {"admin"}
    # The database as it was before the restore is kept beside it.
    kept = sorted(office.db.parent.glob("desk.db.before-restore-*.bak"))
    assert len(kept) == 1
    assert ("bob",) in sql(kept[0], "SELECT login FROM operator")
    # The restored database is whole: chain intact, triggers in place, the restore audited.
    assert office("audit", "verify").code == 0
    assert office("check").code == 0
    assert triggers(office.db) == [("audit_entry_no_delete",), ("audit_entry_no_update",)]
    actions = [row[0] for row in sql(office.db, "SELECT action FROM audit_entry ORDER BY seq")]
    assert actions.count("database.backup") == actions.count("database.restore") == 1
    assert actions.index("database.backup") < actions.index("database.restore")
    assert "operator.add" not in actions[actions.index("database.backup") :]  # bob's is gone
    assert not list(office.db.parent.glob("*.restore-check*"))


def test_backup_refuses_to_overwrite_a_file(office: Cli, tmp_path: Path) -> None:
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"precious")
    result = office("backup", str(existing))
    assert result.code == 2 and result.one_line_error
    assert existing.read_bytes() == b"precious"


def test_backup_into_a_missing_folder_is_refused(office: Cli, tmp_path: Path) -> None:
    result = office("backup", str(tmp_path / "nowhere" / "copy.db"))
    assert result.code == 2 and result.one_line_error
    assert not (tmp_path / "nowhere").exists()


def test_backup_needs_the_administrator(office: Cli, tmp_path: Path) -> None:
    office.new_password(PASSWORD)
    assert office("user", "add", "dir", "--role", "director").code == 0
    result = office.as_("dir", PASSWORD)("backup", str(tmp_path / "copy.db"))
    assert result.code == 5 and result.one_line_error
    assert not (tmp_path / "copy.db").exists()


@pytest.fixture
def backed_up(office: Cli, tmp_path: Path) -> Iterator[tuple[Cli, Path]]:
    copy = tmp_path / "copy.db"
    assert office("backup", str(copy)).code == 0
    assert office.new_password(PASSWORD)("user", "add", "after.backup").code == 0
    yield office, copy


def _refused_restore(cli: Cli, backup: Path) -> None:
    before = digest(cli.db)
    result = cli("restore", str(backup))
    assert result.code != 0
    assert result.one_line_error
    assert digest(cli.db) == before
    assert not list(cli.db.parent.glob("desk.db.before-restore-*"))
    assert "after.backup" in users(cli)


def test_restore_refuses_a_text_file(backed_up: tuple[Cli, Path], tmp_path: Path) -> None:
    cli, _ = backed_up
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a backup\n", encoding="utf-8")
    _refused_restore(cli, text_file)


def test_restore_refuses_a_missing_file(backed_up: tuple[Cli, Path], tmp_path: Path) -> None:
    cli, _ = backed_up
    _refused_restore(cli, tmp_path / "no-such-backup.db")


def test_restore_refuses_a_damaged_file(backed_up: tuple[Cli, Path]) -> None:
    cli, copy = backed_up
    page = sql(copy, "SELECT rootpage FROM sqlite_master WHERE name = 'operator'")[0][0]
    data = bytearray(copy.read_bytes())
    start = (int(str(page)) - 1) * 4096
    data[start + 8 : start + 4096 - 8] = b"\xa5" * (4096 - 16)
    copy.write_bytes(bytes(data))
    with closing(sqlite3.connect(copy)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    _refused_restore(cli, copy)


def test_restore_refuses_a_database_of_another_program(
    backed_up: tuple[Cli, Path], tmp_path: Path
) -> None:
    cli, _ = backed_up
    other = tmp_path / "other.db"
    sql(other, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('hello')")
    _refused_restore(cli, other)


def test_restore_refuses_a_backup_with_a_broken_audit_chain(backed_up: tuple[Cli, Path]) -> None:
    cli, copy = backed_up
    tamper_audit(copy, 2)
    before = sql(cli.db, "SELECT login, role, active FROM operator ORDER BY login")
    result = cli("restore", str(copy))
    assert result.code == 7 and result.one_line_error
    assert sql(cli.db, "SELECT login, role, active FROM operator ORDER BY login") == before
    assert not list(cli.db.parent.glob("desk.db.before-restore-*"))
    assert cli("audit", "verify").code == 0


def test_a_refused_restore_of_a_broken_chain_leaves_the_live_file_byte_identical(
    backed_up: tuple[Cli, Path],
) -> None:
    cli, copy = backed_up
    tamper_audit(copy, 2)
    before = digest(cli.db)
    assert cli("restore", str(copy)).code == 7
    assert digest(cli.db) == before


def test_restore_never_leaves_the_audit_table_unprotected(backed_up: tuple[Cli, Path]) -> None:
    cli, copy = backed_up
    sql(copy, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete")
    cli("restore", str(copy))
    assert triggers(cli.db) == [("audit_entry_no_delete",), ("audit_entry_no_update",)]


def test_restore_needs_the_administrator(backed_up: tuple[Cli, Path]) -> None:
    cli, copy = backed_up
    before = sql(cli.db, "SELECT login FROM operator ORDER BY login")
    result = cli.as_("after.backup", PASSWORD)("restore", str(copy))
    assert result.code == 5 and result.one_line_error
    assert sql(cli.db, "SELECT login FROM operator ORDER BY login") == before


# -- demo ----------------------------------------------------------------------------------


def test_demo_creates_operators_who_can_sign_in(cli: Cli) -> None:
    cli.as_("admin", ADMIN_PASSWORD)
    result = cli("demo", "--scale", "100", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["scale"] == 100
    staff = {entry["login"]: entry["role"] for entry in summary["staff"]}
    assert len(staff) == len(STAFF_ROLES)
    assert sorted(staff.values()) == sorted(role.value for role in STAFF_ROLES)
    assert summary["staff_password"] == DEMO_PASSWORD
    db = open_database(database_url(str(cli.db)), load_keys(key_file()))
    try:
        for login, role in staff.items():
            with db.unit() as session:
                signed = authenticate(session, login, DEMO_PASSWORD)
            assert signed.error is None, login
            assert signed.actor is not None and signed.actor.role is Role(role)
        with db.unit() as session:
            assert authenticate(session, "admin", ADMIN_PASSWORD).actor is not None
    finally:
        db.close()
    # A second run adds no one twice, and the chain stays whole.
    again = cli("demo", "--scale", "100", "--json")
    assert again.code == 0, again.err
    assert json.loads(again.out)["staff"] == []
    assert cli("audit", "verify").code == 0


def test_demo_by_a_non_administrator_is_refused(office: Cli) -> None:
    office.new_password(PASSWORD)
    assert office("user", "add", "rec").code == 0
    result = office.as_("rec", PASSWORD)("demo", "--scale", "10")
    assert result.code == 5 and result.one_line_error
    assert set(users(office)) == {"admin", "rec"}


# -- which arguments open the desk ---------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["--db", "x.db"], "x.db"), (["--lang", "en", "--db=y.db"], "y.db")],
)
def test_no_command_opens_the_desk(argv: list[str], db: str | None) -> None:
    args = desk_arguments(argv)
    assert args is not None and args.db == db


@pytest.mark.parametrize(
    "argv",
    [["user", "list"], ["--help"], ["-h"], ["--version"], ["--lang", "fr"], ["--db"]],
    ids=" ".join,
)
def test_commands_help_and_mistakes_go_to_the_full_parser(argv: list[str]) -> None:
    assert desk_arguments(argv) is None

"""The visitor queue from the command line (reception.commands.visitors), called in-process
like tests/unit/test_cli.py does, with --lang en so that messages can be read.

Exit codes of `scan`: 0 checked in (or out), 3 refused (not ours, expired, not today),
4 already checked in (or out)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.unit.test_cli import ADMIN_PASSWORD, PASSWORD, Cli, Result, sql

ZONE = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """A database with its administrator and a receptionist, the receptionist acting."""
    for name in ("RECEPTION_NEW_PASSWORD", "RECEPTION_LANG"):
        monkeypatch.delenv(name, raising=False)
    cli = Cli(tmp_path / "desk.db", capsys, monkeypatch)
    cli.as_("admin", ADMIN_PASSWORD)
    assert cli("user", "add", "admin").code == 0
    assert cli.new_password(PASSWORD)("user", "add", "clerk").code == 0
    return cli.as_("clerk", PASSWORD)


def en(cli: Cli, *argv: str) -> Result:
    return cli("--lang", "en", *argv)


def add(cli: Cli, name: str = "张三", phone: str = "13812345678", *extra: str) -> dict[str, object]:
    result = en(
        cli,
        "visitor",
        "add",
        "--name",
        name,
        "--phone",
        phone,
        "--purpose",
        "咨询",
        *extra,
        "--json",
    )
    assert result.code == 0, result.err
    data: dict[str, object] = json.loads(result.out)
    return data


def rows(cli: Cli, table: str, where: str = "") -> int:
    found = sql(cli.db, f"SELECT count(*) FROM {table} {where}")
    return int(str(found[0][0]))


def changes(cli: Cli) -> tuple[int, int, int, int]:
    """What a refused command must leave alone (a sign-in's own audit row aside)."""
    return (
        rows(cli, "visit"),
        rows(cli, "check_in"),
        rows(cli, "ticket", "WHERE state <> 'waiting'"),
        rows(cli, "audit_entry", "WHERE action NOT LIKE 'operator.sign_in%'"),
    )


# -- visitor add and scan ------------------------------------------------------------------


def test_add_then_scan_then_scan_again_then_a_forged_slip(desk: Cli) -> None:
    issued = add(desk, "张三", "13812345678", "--department", "办公室")
    assert set(issued) == {
        "ticket", "token", "visit_id", "people_ahead", "estimated_wait_minutes",
        "appointment_at", "slip",
    }  # fmt: skip
    assert issued["ticket"] == "A001" and issued["people_ahead"] == 0
    token = str(issued["token"])
    assert token.startswith("RC1-") and token.isascii()

    first = en(desk, "scan", token)
    assert first.code == 0, first.err
    assert "张三" in first.out and "A001" in first.out and "办公室" in first.out

    again = en(desk, "scan", token)
    assert again.code == 4
    assert again.one_line_error and "already checked in at" in again.err
    hhmm = re.search(r"at (\d\d:\d\d)", again.err)
    assert hhmm is not None
    checked_at = sql(desk.db, "SELECT at FROM check_in")[0][0]
    local = datetime.fromisoformat(str(checked_at)).replace(tzinfo=ZoneInfo("UTC"))
    assert hhmm.group(1) == local.astimezone(ZONE).strftime("%H:%M")  # the office's clock

    before = changes(desk)
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    refused = en(desk, "scan", forged)
    assert refused.code == 3 and refused.one_line_error
    assert "forged" in refused.err
    assert en(desk, "scan", "hello world").code == 3
    assert changes(desk) == before


def test_scan_json_shapes(desk: Cli) -> None:
    token = str(add(desk)["token"])
    result = en(desk, "scan", token, "--json")
    assert result.code == 0
    checked = json.loads(result.out)
    assert set(checked) == {"result", "visit_id", "ticket", "name", "host", "at"}
    assert checked["result"] == "checked_in" and checked["ticket"] == "A001"
    assert checked["name"] == "张三" and checked["visit_id"] == 1
    assert datetime.fromisoformat(checked["at"]).utcoffset() == timedelta(hours=8)
    again = json.loads(en(desk, "scan", token, "--json").out)
    assert again["result"] == "already_checked_in" and again["at"] == checked["at"]
    foreign = en(desk, "scan", "RC1-" + "A" * 48, "--json")
    assert foreign.code == 3
    assert json.loads(foreign.out) == {
        "result": "not_ours", "visit_id": None, "ticket": None, "name": None, "host": None,
        "at": None,
    }  # fmt: skip


def test_leave_signs_out_once(desk: Cli) -> None:
    token = str(add(desk)["token"])
    assert en(desk, "scan", token).code == 0
    left = en(desk, "scan", token, "--leave", "--json")
    assert left.code == 0 and json.loads(left.out)["result"] == "left"
    again = en(desk, "scan", token, "--leave")
    assert again.code == 4 and "already left" in again.err
    assert json.loads(en(desk, "onsite", "--json").out) == []


def test_an_appointment_slip_is_refused_on_another_day(desk: Cli) -> None:
    later = (datetime.now(ZONE) + timedelta(days=2)).strftime("%Y-%m-%d")
    issued = add(desk, "赵六", "13900003333", "--appointment", f"{later} 10:00")
    assert issued["ticket"] == "C001" and issued["appointment_at"] == f"{later}T10:00:00+08:00"
    before = changes(desk)
    result = en(desk, "scan", str(issued["token"]))
    assert result.code == 3 and later in result.err and "another day" in result.err
    assert changes(desk) == before


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--party", "0"], "party size"),
        (["--party", "100"], "party size"),
        (["--phone", "123"], "--phone '123' is refused: this is not a valid mobile"),
        (["--appointment", "tomorrow"], "appointment time tomorrow"),
        (["--appointment", "2026-13-40 10:00"], "appointment time"),
        (["--id-number", "110101199001011235"], "check character of the ID number"),
        (["--name", " "], "--name ' ' is refused: the name is empty"),
        (["--slip", "/no/such/folder/slip.pdf"], "/no/such/folder"),
        (["--party", "many"], "--party"),
        (["--priority", "vip"], "--priority"),
        (["--slip-format", "a4"], "--slip-format"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_bad_arguments_exit_2_naming_the_problem_and_write_nothing(
    desk: Cli, argv: list[str], words: str
) -> None:
    add(desk)  # the database exists and has a visit
    before = changes(desk)
    audit = rows(desk, "audit_entry")
    base = {"--name": "王五", "--phone": "13900002222", "--purpose": "咨询"}
    for option, value in zip(argv[::2], argv[1::2], strict=True):
        base[option] = value
    flat = [part for pair in base.items() for part in pair]
    result = en(desk, "visitor", "add", *flat)
    assert result.code == 2
    assert words.lower() in result.err.lower(), result.err
    assert "Traceback" not in result.err
    assert changes(desk) == before
    assert rows(desk, "audit_entry") == audit  # refused before anyone signed in


def test_a_wrong_password_is_refused(desk: Cli) -> None:
    desk.as_("clerk", "not-the-password")
    result = en(desk, "scan", "RC1-" + "A" * 48)
    assert result.code == 8 and result.one_line_error


def test_an_administrator_may_not_register_visitors(desk: Cli) -> None:
    desk.as_("admin", ADMIN_PASSWORD)
    result = en(
        desk, "visitor", "add", "--name", "张三", "--phone", "13812345678", "--purpose", "x"
    )
    assert result.code == 5 and result.one_line_error
    assert rows(desk, "visit") == 0


# -- queue ---------------------------------------------------------------------------------


def test_queue_call_and_status(desk: Cli) -> None:
    add(desk, "甲一", "13900000001")
    add(desk, "乙二", "13900000002")
    add(desk, "丙三", "13900000003", "--series", "B")
    status = json.loads(en(desk, "queue", "status", "--json").out)
    assert {s["series"]: s["waiting"] for s in status["series"]} == {"A": 2, "B": 1, "C": 0}
    assert status["current"] == [] and status["day"] == datetime.now(ZONE).date().isoformat()
    first = en(desk, "queue", "call", "--counter", "1", "--json")
    assert first.code == 0
    called = json.loads(first.out)
    assert called["ticket"] == "A001" and called["counter"] == 1 and called["name"] == "甲一"
    assert called["state"] == "called"
    plain = en(desk, "queue", "call", "--counter", "3")
    assert plain.code == 0 and "B001" in plain.out and "丙三" in plain.out
    status = json.loads(en(desk, "queue", "status", "--json").out)
    assert [(c["counter"], c["ticket"]) for c in status["current"]] == [(1, "A001"), (3, "B001")]
    assert {s["series"]: s["waiting"] for s in status["series"]} == {"A": 1, "B": 0, "C": 0}
    text = en(desk, "queue", "status")
    assert text.code == 0 and "A001" in text.out and "1号窗口" in text.out
    # counter 1 calls the next: A001 is served, A002 called; then the queue is empty
    assert json.loads(en(desk, "queue", "call", "--counter", "1", "--json").out)["ticket"] == "A002"
    empty = en(desk, "queue", "call", "--counter", "1", "--json")
    assert empty.code == 0 and json.loads(empty.out) == {"ticket": None, "counter": 1}
    said = en(desk, "queue", "call", "--counter", "2")
    assert said.code == 0 and "Nobody is waiting" in said.out
    served = sql(desk.db, "SELECT number FROM ticket WHERE state = 'served' ORDER BY number")
    assert served == [(1,), (2,)]


def test_queue_status_needs_no_sign_in(desk: Cli) -> None:
    add(desk)
    desk.env.delenv("RECEPTION_OPERATOR")
    desk.env.delenv("RECEPTION_PASSWORD")
    result = en(desk, "queue", "status", "--json")
    assert result.code == 0
    assert "张三" not in result.out  # ticket numbers only, as on the board


def test_counter_actions(desk: Cli) -> None:
    add(desk, "甲一", "13900000001")
    add(desk, "乙二", "13900000002")
    given = en(desk, "queue", "call", "--counter", "2", "--ticket", "a002", "--json")
    assert given.code == 0 and json.loads(given.out)["ticket"] == "A002"
    assert en(desk, "queue", "noshow", "--counter", "2").code == 4  # needs its recalls first
    for recalls in (1, 2):
        again = en(desk, "queue", "recall", "--counter", "2", "--json")
        assert again.code == 0 and json.loads(again.out)["recalls"] == recalls
    gone = en(desk, "queue", "noshow", "--counter", "2", "--json")
    assert gone.code == 0 and json.loads(gone.out)["state"] == "no_show"
    assert en(desk, "queue", "call", "--counter", "1").code == 0
    held = en(desk, "queue", "hold", "--counter", "1", "--json")
    assert held.code == 0 and json.loads(held.out)["state"] == "held"
    assert en(desk, "queue", "served", "--counter", "1").code == 4  # nothing called now
    assert en(desk, "queue", "call", "--counter", "1", "--ticket", "A001").code == 0
    done = en(desk, "queue", "served", "--counter", "1")
    assert done.code == 0 and "A001" in done.out
    assert en(desk, "queue", "call", "--counter", "9").code == 2  # no such counter
    assert en(desk, "queue", "call", "--counter", "1", "--ticket", "Z999").code == 6
    assert en(desk, "queue", "call").code == 2  # --counter is required


# -- on site -------------------------------------------------------------------------------


def test_onsite_json(desk: Cli) -> None:
    assert json.loads(en(desk, "onsite", "--json").out) == []
    token = str(add(desk, "张三", "13812345678", "--department", "办公室", "--party", "3")["token"])
    add(desk, "李四", "13900001111")
    assert en(desk, "scan", token).code == 0
    here = json.loads(en(desk, "onsite", "--json").out)
    assert [v["name"] for v in here] == ["张三", "李四"]  # walk-ins are on site once registered
    first = here[0]
    assert set(first) == {
        "visit_id", "name", "ticket", "party_size", "host", "purpose", "arrived_at",
        "checked_in_at",
    }  # fmt: skip
    assert (first["ticket"], first["party_size"], first["host"]) == ("A001", 3, "办公室")
    assert first["checked_in_at"] is not None and here[1]["checked_in_at"] is None
    plain = en(desk, "onsite")
    assert plain.code == 0 and "张三" in plain.out and "4 people" in plain.out


# -- the slip as PDF, in another process: printing needs Qt, unit tests load none ----------


def _decode_pgm(path: Path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    data = path.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header is not None
    width, height = int(header[1]), int(header[2])
    pixels = data[header.end() :]
    assert len(pixels) == width * height

    class Gray:
        __array_interface__ = {  # noqa: RUF012  (zxing reads it as numpy would)
            "shape": (height, width),
            "typestr": "|u1",
            "data": pixels,
            "version": 3,
        }

    return [code.text for code in zxingcpp.read_barcodes(Gray())]


def test_visitor_add_writes_a_slip_whose_qr_code_is_the_token(desk: Cli, tmp_path: Path) -> None:
    try:
        import reception.printing.slips  # noqa: F401  (only whether it is there)
    except ImportError as missing:
        pytest.skip(f"the slip printer (reception.printing.slips) is not there yet: {missing}")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to render the slip")
    slip = tmp_path / "x.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, "-m", "reception", "--db", str(desk.db), "--lang", "en"]
    argv += ["visitor", "add", "--name", "张三", "--phone", "13812345678", "--purpose", "咨询"]
    argv += ["--slip", str(slip), "--slip-format", "a6", "--json"]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    token = json.loads(done.stdout)["token"]
    assert slip.read_bytes().startswith(b"%PDF")
    stem = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(slip),
            str(stem),
        ],
        check=True,
    )
    assert _decode_pgm(stem.with_suffix(".pgm")) == [token]


def test_onsite_pdf_writes_the_roll_call(desk: Cli, tmp_path: Path) -> None:
    try:
        import reception.printing.onsite_roll  # noqa: F401  (only whether it is there)
    except ImportError as missing:
        pytest.skip(f"the roll call (reception.printing.onsite_roll) is not there yet: {missing}")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the roll call")
    token = str(add(desk, "欧阳小明", "13812345678")["token"])
    assert en(desk, "scan", token).code == 0
    roll = tmp_path / "roll.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, "-m", "reception", "--db", str(desk.db), "onsite", "--pdf", str(roll)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "欧阳小明" in done.stdout
    text = subprocess.run(
        ["pdftotext", str(roll), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "A001" in text


# -- board ---------------------------------------------------------------------------------


def test_board_opens_without_signing_in(desk: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The board shows ticket numbers only. Its Qt window is replaced here: unit tests load
    no Qt (tests/ui covers the window)."""
    import types

    calls: list[dict[str, object]] = []

    def run_board(db: object, language: str, **options: object) -> int:
        calls.append({"db": db, "language": language, **options})
        return 0

    fake = types.ModuleType("reception.ui.board.run")
    fake.run_board = run_board  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reception.ui.board.run", fake)
    monkeypatch.delenv("RECEPTION_OPERATOR")
    monkeypatch.delenv("RECEPTION_PASSWORD")
    before = rows(desk, "audit_entry")
    assert desk("board", "--screen", "1", "--windowed").code == 0
    assert len(calls) == 1
    call = calls[0]
    assert call["language"] == "zh_CN" and call["screen_index"] == 1
    assert call["windowed"] is True and call["muted"] is False
    assert rows(desk, "audit_entry") == before  # nobody signed in
    assert desk("board", "--screen", "one").code == 2

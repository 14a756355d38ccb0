"""`reception report daily` (reception.commands.report), called in-process like the other CLI
tests, on a demo database made by `reception demo`: the text, --json, the refusals and
their exit codes, the audit row. The PDF and the Word file are looked at in
tests/ui/test_report_prints.py. SQLite, and PostgreSQL when configured."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from reception.demo.fill import DEMO_PASSWORD
from tests.unit.report_support import demo_desk
from tests.unit.test_cli import ADMIN_PASSWORD
from tests.unit.test_cli_lodging import Desk


@pytest.fixture
def desk(
    db_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Desk:
    return demo_desk(db_url, tmp_path / "report.db", capsys, monkeypatch)


def test_the_director_reads_every_area_and_the_text_matches_the_json(desk: Desk) -> None:
    audited = desk.count("audit_entry", "WHERE action = 'report.daily'")
    desk.as_("director10", DEMO_PASSWORD)
    data = desk.json("report", "daily")
    assert desk.count("audit_entry", "WHERE action = 'report.daily'") == audited + 1
    assert data["queue"] is not None
    assert data["lodging"] is not None
    assert data["petitions"] is not None
    assert data["so_far"] is True
    words = data["text"]
    assert words["title"] == "接待工作日报"
    assert len(words["paragraphs"]) == 3
    assert f"来访群众{data['queue']['visitors']}人次" in words["paragraphs"][0]
    result = desk("report", "daily", "--date", data["day"])
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "接待工作日报"
    assert lines[1] == words["date_line"]
    assert lines[2] == "　　" + words["paragraphs"][0]


def test_an_earlier_day_is_reported_whole(desk: Desk) -> None:
    desk.as_("director10", DEMO_PASSWORD)
    data = desk.json("report", "daily", "--date", "2026-01-05")
    assert data["day"] == "2026-01-05"
    assert data["so_far"] is False
    assert data["text"]["date_line"] == "2026年1月5日（星期一）"


@pytest.mark.parametrize(
    ("login", "areas"),
    [("receptionist1", {"queue"}), ("lodging5", {"lodging"}), ("petitions7", {"petitions"})],
)
def test_a_role_reads_only_its_areas(desk: Desk, login: str, areas: set[str]) -> None:
    desk.as_(login, DEMO_PASSWORD)
    data = desk.json("report", "daily")
    shown = {area for area in ("queue", "lodging", "petitions") if data[area] is not None}
    assert shown == areas
    assert len(data["text"]["paragraphs"]) == 1


def test_refusals_are_one_line_with_their_exit_codes(desk: Desk, tmp_path: Path) -> None:
    director = desk.as_("director10", DEMO_PASSWORD)
    bad = director("report", "daily", "--date", "2026-13-01")
    assert bad.code == 2
    assert "--date 2026-13-01" in bad.err
    assert len(bad.err.strip().splitlines()) == 1
    future = director("report", "daily", "--date", "2099-01-01")
    assert future.code == 2
    assert "2099-01-01" in future.err
    folder = director("report", "daily", "--pdf", str(tmp_path / "no" / "r.pdf"))
    assert folder.code == 2
    assert not (tmp_path / "no").exists()
    admin = desk.as_("admin", ADMIN_PASSWORD)("report", "daily")
    assert admin.code == 5
    assert admin.out == ""
    assert "none of the daily report's areas" in admin.err


# -- the monthly report ----------------------------------------------------------------------


def test_the_monthly_report_of_a_month_its_json_text_and_files(desk: Desk, tmp_path: Path) -> None:
    audited = desk.count("audit_entry", "WHERE action = 'report.monthly'")
    desk.as_("director10", DEMO_PASSWORD)
    data = desk.json("report", "monthly", "--month", "2026-10")
    assert desk.count("audit_entry", "WHERE action = 'report.monthly'") == audited + 1
    assert (data["year"], data["month"], data["so_far"]) == (2026, 10, False)
    words = data["text"]
    assert words["title"] == "接待工作月报"
    assert words["date_line"] == "2026年10月"
    assert len(words["paragraphs"]) == 3
    received = data["petitions"]["figures"]["received"]
    assert f"登记信访事项{received}件" in words["paragraphs"][2]
    pdf, word = tmp_path / "m.pdf", tmp_path / "m.docx"
    result = desk("report", "monthly", "--month", "2026-10", "--pdf", str(pdf), "--docx", str(word))
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[:2] == ["接待工作月报", "2026年10月"]
    assert lines[2] == "　　" + words["paragraphs"][0]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert word.stat().st_size > 0


def test_a_petitions_officer_reads_only_the_petitions_month(desk: Desk) -> None:
    desk.as_("petitions7", DEMO_PASSWORD)
    data = desk.json("report", "monthly", "--month", "2026-10")
    assert data["queue"] is None
    assert data["lodging"] is None
    assert data["petitions"] is not None
    assert len(data["text"]["paragraphs"]) == 1


def test_monthly_refusals_are_one_line_with_their_exit_codes(desk: Desk) -> None:
    director = desk.as_("director10", DEMO_PASSWORD)
    bad = director("report", "monthly", "--month", "2026-13")
    assert bad.code == 2
    assert "--month 2026-13" in bad.err
    assert len(bad.err.strip().splitlines()) == 1
    future = director("report", "monthly", "--month", "2099-01")
    assert future.code == 2
    assert "2099-01" in future.err
    admin = desk.as_("admin", ADMIN_PASSWORD)("report", "monthly", "--month", "2026-10")
    assert admin.code == 5
    assert "none of the monthly report's areas" in admin.err

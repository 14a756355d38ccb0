"""The Excel writer of the desk's lists: title, bold frozen headers, fitted widths, real
dates and numbers, the exported-by line, an atomic write; and the export's audit row."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from reception.core.errors import InvalidInput
from reception.core.exports import (
    EXPORT_ACTION,
    ShownWithSeconds,
    record_export,
    text_width,
    typed_cell,
    write_rows_xlsx,
)
from reception.core.security.audit import verify
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor
from reception.db.database import Database

HEADERS = ["姓名", "Ticket", "到达", "人数"]
NOTE = "导出人：王前台   导出时间：2026-05-12 10:30"


def _write(path: Path, rows: list[list[object]], note: str = NOTE) -> Path:
    return write_rows_xlsx(path, "现场人员", HEADERS, rows, note=note)  # type: ignore[arg-type]


def test_title_bold_frozen_header_and_rows(tmp_path: Path) -> None:
    path = _write(tmp_path / "list.xlsx", [["张三", "A001", "10:05", 2], ["李四", "A002", "", 1]])
    sheet = load_workbook(path).active
    assert sheet.title == "现场人员"
    assert sheet["A1"].value == "现场人员"
    assert [c.value for c in sheet[2]] == HEADERS
    assert all(c.font.bold for c in sheet[2])
    assert sheet.freeze_panes == "A3"
    assert [c.value for c in sheet[3]] == ["张三", "A001", "10:05", 2]
    assert sheet["C4"].value is None  # an empty text stays an empty cell
    assert sheet.auto_filter.ref == "A2:D4"


def test_the_last_line_says_who_exported_when(tmp_path: Path) -> None:
    path = _write(tmp_path / "list.xlsx", [["张三", "A001", "", 1]], note=NOTE + "\n筛选：oy")
    sheet = load_workbook(path).active
    assert sheet["A4"].value is None  # a blank row before the note
    assert sheet["A5"].value == NOTE
    assert sheet["A6"].value == "筛选：oy"
    assert sheet.max_row == 6


def test_columns_fit_their_text_with_cjk_counted_double(tmp_path: Path) -> None:
    rows = [["欧阳明华欧阳明华", "A001", "", 1], ["张三", "A0012345678901", "", 1]]
    sheet = load_workbook(_write(tmp_path / "w.xlsx", rows)).active
    assert sheet.column_dimensions["A"].width == 16 + 2  # eight wide characters
    assert sheet.column_dimensions["B"].width == 14 + 2
    assert sheet.column_dimensions["D"].width == 4 + 2  # the header 人数 is the widest
    assert text_width("财政局 A") == 8


def test_dates_and_numbers_are_real_values_in_office_time(tmp_path: Path) -> None:
    aware = datetime(2026, 5, 12, 2, 5, 30, tzinfo=UTC)  # 10:05:30 in Beijing
    rows = [[aware, date(2026, 5, 12), time(10, 5), Decimal("12.50")]]
    path = write_rows_xlsx(
        tmp_path / "d.xlsx", "t", HEADERS, rows, note="n", zone=ZoneInfo("Asia/Shanghai")
    )
    sheet = load_workbook(path).active
    assert sheet["A3"].value == datetime(2026, 5, 12, 10, 5, 30)
    assert sheet["A3"].is_date and sheet["A3"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert sheet["B3"].value == datetime(2026, 5, 12)  # Excel keeps a date as a datetime
    assert sheet["B3"].number_format == "yyyy-mm-dd"
    assert sheet["C3"].value == time(10, 5)
    assert sheet["D3"].value == 12.5
    assert sheet["D3"].number_format == "0.00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-05-12", date(2026, 5, 12)),
        ("2026-05-12 10:05:30", ShownWithSeconds(2026, 5, 12, 10, 5, 30)),
        ("2026-05-12 10:05:00", ShownWithSeconds(2026, 5, 12, 10, 5)),
        ("2026-05-12 10:05", datetime(2026, 5, 12, 10, 5)),
        ("10:05", time(10, 5)),
        ("3", 3),
        ("12.5", Decimal("12.5")),
        ("13800135678", "13800135678"),  # a phone number stays text
        ("110105198003141234", "110105198003141234"),  # an ID number too
        ("007", "007"),  # a leading zero is an identifier
        ("****1234", "****1234"),
        ("138****5678", "138****5678"),
        ("2026-13-45", "2026-13-45"),  # not a real date: as shown
        ("12-01 · 3 days left", "12-01 · 3 days left"),
        ("A023", "A023"),
    ],
)
def test_shown_texts_become_typed_values_only_when_plainly_so(text: str, value: object) -> None:
    assert typed_cell(text) == value
    assert type(typed_cell(text)) is type(value)


def test_a_time_shown_with_naught_seconds_keeps_them_in_excel(tmp_path: Path) -> None:
    rows = [[typed_cell("2026-11-25 10:16:00")], [typed_cell("2026-11-25 10:16")]]
    path = write_rows_xlsx(tmp_path / "t.xlsx", "审计日志", ["时间"], rows, note="")
    sheet = load_workbook(path).active
    assert sheet["A3"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert sheet["A4"].number_format == "yyyy-mm-dd hh:mm"


def test_a_failed_save_leaves_no_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    target = tmp_path / "list.xlsx"
    _write(target, [["旧", "A001", "", 1]])
    before = target.read_bytes()

    def broken_save(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(InvalidInput) as raised:
        _write(target, [["新", "A002", "", 1]])
    assert "No space left on device" in raised.value.values["reason"]
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "list.xlsx"
    with pytest.raises(InvalidInput) as raised:
        _write(target, [["张三", "A001", "", 1]])
    assert raised.value.values["path"] == str(target)
    assert not target.parent.exists()


def test_an_export_writes_one_audit_row_without_the_data(db: Database, admin: Actor) -> None:
    with db.unit() as s:
        record_export(s, admin, "onsite", 3, "搜索“oy”", "现场-2026-05-12.xlsx")
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == EXPORT_ACTION)).all()
        intact = verify(s).intact
    assert len(rows) == 1
    assert (rows[0].entity, rows[0].entity_id, rows[0].operator_login) == (
        "list",
        "onsite",
        "admin",
    )
    assert json.loads(rows[0].after or "{}") == {
        "list": "onsite",
        "rows": 3,
        "filter": "搜索“oy”",
        "file": "现场-2026-05-12.xlsx",
    }
    assert intact

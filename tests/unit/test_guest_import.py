"""Importing a delegation's guest list from Excel: all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from reception.core.errors import Conflict, InvalidInput, NotPermitted
from reception.core.lodging.delegations import (
    DelegationForm,
    add_delegation,
    cancel_delegation,
    delegation_detail,
)
from reception.core.lodging.guest_import import (
    GuestListRefused,
    import_guest_list,
    read_guest_list,
    write_guest_list_template,
)
from reception.core.lodging.models import Guest
from reception.core.people import id_number_check_char
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database

TODAY = date(2026, 11, 25)
HEADER = ["姓名", "性别", "职务", "职级", "团长（是/否）", "清真", "素食", "过敏",
          "无障碍/行动不便", "身份证号", "备注"]  # fmt: skip


def id_number(first17: str) -> str:
    return first17 + id_number_check_char(first17)


MAN_ID = id_number("11010519800314123")
WOMAN_ID = id_number("11010519850620124")
OTHER_MAN_ID = id_number("44030519700101101")


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def delegation_id(db: Database, clerk: Actor) -> int:
    form = DelegationForm(
        "江东省考察团", "江东省发展改革委", "考察", "江发改函〔2026〕12号", "", "",
        date(2026, 12, 1), date(2026, 12, 4),
    )  # fmt: skip
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def workbook(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header if header is not None else HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD_ROWS: list[list[object]] = [
    ["张伟", "男", "处长", "正处级", "是", "否", "", "花生", "", MAN_ID, "需要接站"],
    ["李娜", "女", "副处长", "县处级副职", "否", "是", "是", "无", "轮椅", WOMAN_ID, ""],
    [None] * 11,  # a blank row in the middle is skipped
    ["王强", "男性", "", "工作人员", "", "", "", "", "是", "", "司机"],
]


def _guests(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Guest)) or 0


def _audit(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _import(db: Database, clerk: Actor, delegation_id: int, path: Path):  # type: ignore[no-untyped-def]
    with db.unit() as s:
        return import_guest_list(s, clerk, delegation_id, path, today=TODAY)


def _refusal(db: Database, clerk: Actor, delegation_id: int, path: Path) -> GuestListRefused:
    before = (_guests(db), _audit(db))
    with pytest.raises(GuestListRefused) as caught:
        _import(db, clerk, delegation_id, path)
    assert (_guests(db), _audit(db)) == before  # nothing imported, nothing audited
    return caught.value


def test_a_good_list_is_imported_whole(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "名单.xlsx", GOOD_ROWS)
    result = _import(db, clerk, delegation_id, path)
    assert [g.name for g in result.guests] == ["张伟", "李娜", "王强"]
    assert result.notes == []
    with db.read() as s:
        detail = delegation_detail(s, clerk, delegation_id)
        reasons = list(s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "guest.add")))
    guests = {g.name: g for g in detail.guests}
    assert detail.delegation.head_name == "张伟"
    zhang, li, wang = guests["张伟"], guests["李娜"], guests["王强"]
    assert (zhang.gender, zhang.rank, zhang.is_head) == ("male", "county_chief", True)
    assert zhang.needs.allergies == "花生" and zhang.notes == "需要接站"
    assert zhang.id_number_masked == "*" * 14 + MAN_ID[-4:]
    assert (li.needs.halal, li.needs.vegetarian, li.needs.allergies) == (True, True, "")
    assert (li.needs.needs_accessible, li.needs.mobility) == (True, "轮椅")
    assert (wang.rank, wang.needs.needs_accessible, wang.id_number_masked) == ("other", True, "")
    assert reasons == ["名单.xlsx"] * 3
    if db.is_sqlite:
        assert db.path is not None
        files = [db.path, Path(f"{db.path}-wal")]
        content = b"".join(f.read_bytes() for f in files if f.exists())
        assert MAN_ID.encode() not in content and WOMAN_ID.encode() not in content


def test_synonyms_marks_and_unknown_columns(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    header = ["序号", "姓 名*", "性别", "职务级别", "是否带队", "车牌号", "证件号码"]
    book = Workbook()
    sheet = book.active
    sheet.append(["江东省考察团名单"])  # a title above the header
    sheet.append([])
    sheet.append(header)
    sheet.append([1, "张伟", "男", "正厅级", "√", "京A12345", MAN_ID])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = _import(db, clerk, delegation_id, path)
    assert [(g.name, g.rank, g.is_head) for g in result.guests] == [("张伟", "bureau_chief", True)]
    assert [(n.row, n.column) for n in result.notes] == [(3, "车牌号")]
    assert "does not know the column 车牌号" in result.notes[0].reason()


def test_a_bad_list_is_refused_whole_with_every_problem(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    wrong_check = MAN_ID[:-1] + ("0" if MAN_ID[-1] != "0" else "1")
    rows: list[list[object]] = [
        ["张伟", "男", "处长", "正处级", "是", "", "", "", "", MAN_ID, ""],  # fine
        ["", "女", "", "科员", "", "", "", "", "", "", ""],  # no name
        ["李娜", "未知", "", "大官", "", "也许", "", "", "", "", ""],
        ["王强", "男", "", "科员", "", "", "", "", "", wrong_check, ""],
        ["赵敏", "男", "", "科员", "", "", "", "", "", WOMAN_ID, ""],  # a woman's number
    ]
    path = workbook(tmp_path / "bad.xlsx", rows)
    refusal = _refusal(db, clerk, delegation_id, path)
    found = [(p.row, p.column) for p in refusal.problems]
    assert found == [
        (3, "姓名"),
        (4, "性别"),
        (4, "职级"),
        (4, "清真"),
        (5, "身份证号"),
        (6, "性别"),
    ]
    reasons = [p.reason() for p in refusal.problems]
    assert reasons[0] == "The name is empty"
    assert "write 男 or 女" in reasons[1]
    assert "大官 is not a rank level" in reasons[2]
    assert "Write 是 or 否" in reasons[3] and "也许" in reasons[3]
    assert reasons[4] == "The check character of the ID number is wrong"
    assert "gender differs" in reasons[5] and "Female" in reasons[5]
    assert "Problems found: 6" in str(refusal)
    assert isinstance(refusal, InvalidInput)


def test_duplicates_and_a_second_head_in_the_file(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["张伟", "男", "", "正处级", "是", "", "", "", "", MAN_ID, ""],
        ["张伟", "男", "", "正处级", "", "", "", "", "", MAN_ID, ""],
        ["刘洋", "男", "", "科员", "是", "", "", "", "", OTHER_MAN_ID, ""],
        ["司机", "男", "", "工作人员", "", "", "", "", "", "", ""],
        ["司机", "男", "", "工作人员", "", "", "", "", "", "", ""],
    ]
    path = workbook(tmp_path / "dup.xlsx", rows)
    refusal = _refusal(db, clerk, delegation_id, path)
    assert [(p.row, p.column, p.reason()) for p in refusal.problems] == [
        (3, "身份证号", "The same ID number as row 2."),
        (4, "团长（是/否）", "A delegation has one head: row 2 is the head already."),
        (6, "姓名", "The same name as row 5, without an ID number to tell them apart."),
    ]


def test_importing_the_same_list_twice_is_refused(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "名单.xlsx", GOOD_ROWS)
    _import(db, clerk, delegation_id, path)
    refusal = _refusal(db, clerk, delegation_id, path)
    assert [(p.row, p.column) for p in refusal.problems] == [
        (2, "身份证号"),
        (2, "团长（是/否）"),
        (3, "身份证号"),
        (5, "姓名"),
    ]
    assert refusal.problems[0].reason() == (
        "This ID number is already on the delegation's list, as 张伟."
    )
    assert "already has a head, 张伟" in refusal.problems[1].reason()


def test_an_id_number_excel_turned_into_a_number_is_refused(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["张伟", "男", "", "科员", "", "", "", "", "", float(MAN_ID), ""]]
    path = workbook(tmp_path / "number.xlsx", rows)
    refusal = _refusal(db, clerk, delegation_id, path)
    assert [(p.row, p.column) for p in refusal.problems] == [(2, "身份证号")]
    assert "format the column as text" in refusal.problems[0].reason()


def test_a_missing_required_column_is_named(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "short.xlsx", [["张伟", "处长"]], header=["姓名", "职务"])
    refusal = _refusal(db, clerk, delegation_id, path)
    assert [(p.row, p.column, p.reason()) for p in refusal.problems] == [
        (1, "性别", "The column 性别 is missing."),
        (1, "职级", "The column 职级 is missing."),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("guests.xls", b"\xd0\xcf\x11\xe0", r"is not an Excel workbook \(\.xlsx\)"),
        ("guests.csv", "姓名,性别\n张伟,男\n".encode(), r"is not an Excel workbook \(\.xlsx\)"),
        ("guests.xlsx", b"this is not a zip file", "cannot be opened as an Excel workbook"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_refused(
    db: Database,
    clerk: Actor,
    delegation_id: int,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message) as caught:
        _import(db, clerk, delegation_id, path)
    assert not isinstance(caught.value, GuestListRefused)
    assert name in str(caught.value)
    assert _guests(db) == 0


def test_a_workbook_without_header_or_guests_is_refused(tmp_path: Path) -> None:
    no_header = workbook(tmp_path / "plain.xlsx", [["张伟", "男"]], header=["名单", ""])
    with pytest.raises(InvalidInput, match="no header row with a 姓名 column"):
        read_guest_list(no_header, TODAY)
    empty = workbook(tmp_path / "empty.xlsx", [])
    with pytest.raises(InvalidInput, match="lists no guests"):
        read_guest_list(empty, TODAY)
    with pytest.raises(InvalidInput, match="There is no file"):
        read_guest_list(tmp_path / "missing.xlsx", TODAY)


def test_the_template_reads_back_and_its_example_is_not_imported(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    path = write_guest_list_template(tmp_path / "模板")
    assert path.suffix == ".xlsx"
    with pytest.raises(InvalidInput, match="lists no guests"):
        read_guest_list(path, TODAY)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]][:4] == ["姓名*", "性别*", "职务", "职级*"]
    assert sheet["J2"].number_format == "@"  # the ID number column is text
    assert book.worksheets[1].title == "填写说明"
    sheet.append(["李娜", "女", "科长", "正科级", "否", "", "是", "", "", WOMAN_ID, ""])
    book.save(path)
    result = _import(db, clerk, delegation_id, path)
    assert [(g.name, g.rank) for g in result.guests] == [("李娜", "section_chief")]


def test_only_lodging_clerks_import_and_not_into_a_cancelled_delegation(
    db: Database, staff: dict[Role, Actor], delegation_id: int, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "名单.xlsx", GOOD_ROWS)
    for role in (Role.RECEPTIONIST, Role.DIRECTOR):
        with pytest.raises(NotPermitted):
            _import(db, staff[role], delegation_id, path)
    clerk = staff[Role.LODGING_CLERK]
    with db.unit() as s:
        cancel_delegation(s, clerk, delegation_id)
    with pytest.raises(Conflict, match="cancelled"):
        _import(db, clerk, delegation_id, path)
    assert _guests(db) == 0


def test_an_unknown_district_is_a_note_not_a_refusal(
    db: Database, clerk: Actor, delegation_id: int, tmp_path: Path
) -> None:
    unknown = id_number("99010519800314123")  # no district 990105
    rows: list[list[object]] = [["张伟", "男", "", "科员", "", "", "", "", "", unknown, ""]]
    result = _import(db, clerk, delegation_id, workbook(tmp_path / "far.xlsx", rows))
    assert [g.name for g in result.guests] == ["张伟"]
    assert [(n.row, n.column, n.context) for n in result.notes] == [(2, "身份证号", "People")]
    assert "not in the list of known districts" in result.notes[0].reason()

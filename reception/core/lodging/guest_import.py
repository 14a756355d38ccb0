"""A delegation's guest list from an Excel workbook (.xlsx), as offices send them.

The first sheet with a header row holding a 姓名 column is read; the header is found in its
first rows, its titles may carry an asterisk or a bracketed hint ("团长（是/否）"), and a few
obvious synonyms are accepted. Unknown columns are ignored and named in the notes.

Every row is checked before anything is written: the name, the gender (男/女), the rank (as
reception.core.ranks.parse_rank reads it), the ID number (and that it agrees with the
gender), at most one head, no one twice in the file nor already on the delegation's list.
A file with any problem is refused whole: GuestListRefused lists each problem by the row
number Excel shows, the column's title and the reason, and nothing is imported.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import DeskError, InvalidInput
from reception.core.lodging.checklist import delegation_row
from reception.core.lodging.guest_form import CheckedGuest, GuestForm, check_guest_fields
from reception.core.lodging.guests import (
    DUPLICATE_ON_LIST,
    GuestView,
    guest_view,
    id_number_hash,
    insert_guest,
    office_today,
)
from reception.core.lodging.models import Guest
from reception.core.people import id_number_check_char
from reception.core.ranks import RANK_NAMES_ZH, Rank
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

MAX_GUESTS = 500
HEADER_SEARCH_ROWS = 10
SUFFIXES = (".xlsx", ".xlsm")

# Each column: the template's title first, then the synonyms an office may write.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "宾客姓名", "客人姓名", "人员姓名"),
    "gender": ("性别",),
    "post": ("职务", "职位", "职务职称", "单位职务", "单位及职务"),
    "rank": ("职级", "级别", "职务级别", "行政级别"),
    "head": ("团长（是/否）", "团长", "是否团长", "带队", "领队", "是否带队"),
    "halal": ("清真", "是否清真", "清真餐", "清真饮食"),
    "vegetarian": ("素食", "是否素食", "素食者", "素餐"),
    "allergies": ("过敏", "过敏史", "过敏情况", "食物过敏", "过敏原", "过敏食物"),
    "accessible": ("无障碍/行动不便", "无障碍", "行动不便", "无障碍需求", "无障碍/行动不便情况"),
    "id_number": ("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码", "身份证件号码"),
    "notes": ("备注", "说明", "其他", "其他需求"),
}
REQUIRED = ("name", "gender", "rank")
# Columns that carry nothing for the desk and are not worth a note.
QUIET_COLUMNS = frozenset({"序号", "编号", "no", "no.", "#"})
TEMPLATE_SHEET = "客人名单"
NOTES_SHEET = "填写说明"

YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "需要", "有", "○"})
NO = frozenset({"", "否", "n", "no", "false", "0", "×", "✗", "不需要", "无", "不是"})
NOTHING = frozenset({"无", "否", "没有", "/", "-", "—", "无过敏"})

_BRACKETS = re.compile(r"[(（][^)）]*[)）]")

# The form's field each checked column answers to.
_FIELD_COLUMN = {
    "name": "name",
    "gender": "gender",
    "post": "post",
    "rank": "rank",
    "allergies": "allergies",
    "mobility": "accessible",
    "notes": "notes",
    "id_number": "id_number",
}


# -- what the import reports -------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A problem or a note about one place of the file: the row number as Excel shows it,
    the column's title as written in the file, and the reason as a marked source string in
    `context` with its values."""

    row: int
    column: str
    source: str
    context: str = "Errors"
    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, row: int, column: str, error: DeskError) -> Finding:
        return cls(row, column, error.text, error.context, dict(error.values))

    def reason(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The reason in the shown language; `translate(context, source)` looks it up."""
        if translate is None:
            return self.source.format(**self.values)
        values = {
            key: translate(value.context, str(value)) if isinstance(value, Phrase) else value
            for key, value in self.values.items()
        }
        try:
            return str(translate(self.context, self.source)).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.source.format(**self.values)


class GuestListRefused(InvalidInput):
    """The file has problems; `problems` lists each (row, column, reason). Nothing was
    imported."""

    def __init__(self, file_name: str, problems: list[Finding]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported from {file}. Problems found: {count}; correct them and "
                "import the file again.",
            ),
            file=file_name,
            count=len(problems),
        )
        self.problems = problems


@dataclass(frozen=True)
class ParsedRow:
    row: int
    form: GuestForm = field(repr=False)
    checked: CheckedGuest | None = field(repr=False)


@dataclass(frozen=True)
class GuestList:
    """A file read and checked on its own (without the database)."""

    file_name: str
    header_row: int
    titles: dict[str, str]  # column key -> its title in the file
    rows: list[ParsedRow]
    problems: list[Finding]
    notes: list[Finding]


@dataclass(frozen=True)
class ImportResult:
    guests: list[GuestView]
    notes: list[Finding]


# -- reading the workbook ------------------------------------------------------------------------


def normalise_title(title: object) -> str:
    """A header title without spaces, asterisks (required marks) or bracketed hints."""
    text = "" if title is None else str(title)
    text = "".join(text.split()).replace("*", "").replace("＊", "")
    if _BRACKETS.sub("", text):
        text = _BRACKETS.sub("", text)
    return text.lower()


_KEYS: dict[str, str] = {
    normalise_title(title): key for key, titles in COLUMNS.items() for title in titles
}


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _file_error(text: str, file_name: str) -> InvalidInput:
    return InvalidInput(text, file=file_name)


UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} cannot be opened as an Excel workbook: it may be damaged, protected by a "
    "password or in another format.",
)


def _open(path: Path) -> Any:
    """The workbook, read-only; anything openpyxl cannot read is refused as unreadable."""
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
        try:
            return load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
            raise _file_error(UNREADABLE, path.name) from error
        except Exception as error:  # openpyxl's InvalidFileException, XML parse errors
            raise _file_error(UNREADABLE, path.name) from error


def _find_header(
    rows: Iterator[tuple[object, ...]],
) -> tuple[int, tuple[object, ...], Iterator[tuple[object, ...]]] | None:
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        if any(_KEYS.get(normalise_title(c)) == "name" for c in cells):
            return number, cells, rows
    return None


def _yes_no(text: str) -> bool | None:
    value = text.lower()
    if value in YES:
        return True
    if value in NO:
        return False
    return None


YES_NO = QT_TRANSLATE_NOOP("Errors", "Write 是 or 否 (or leave it empty for 否), not {value}.")


def read_guest_list(path: str | Path, today: date) -> GuestList:
    """Read and check a guest list without the database. File-level refusals (not a
    workbook, no header, no guest) raise InvalidInput; row problems are returned."""
    file = Path(path)
    name = file.name
    if file.suffix.lower() not in SUFFIXES:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not an Excel workbook (.xlsx): save it as .xlsx in Excel or WPS "
                "and import it again.",
            ),
            name,
        )
    if not file.is_file():
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "There is no file {file}."), name)
    book = _open(file)
    try:
        for sheet in book.worksheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # stale stored dimensions would cut rows off
            rows = sheet.iter_rows(min_row=1, values_only=True)
            found = _find_header(rows)
            if found is not None:
                header_row, header, rest = found
                return _read_rows(name, header_row, header, rest, today)
    except DeskError:
        raise
    except Exception as error:  # a sheet openpyxl cannot parse
        raise _file_error(UNREADABLE, name) from error
    finally:
        book.close()
    raise _file_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} has no header row with a 姓名 column in its first rows: start from the "
            "desk's template.",
        ),
        name,
    )


def _read_rows(
    file_name: str,
    header_row: int,
    header: tuple[object, ...],
    rows: Iterator[tuple[object, ...]],
    today: date,
) -> GuestList:
    problems: list[Finding] = []
    notes: list[Finding] = []
    positions: dict[str, int] = {}
    titles: dict[str, str] = {}
    for position, cell in enumerate(header):
        title = _cell_text(cell)
        if not title:
            continue
        key = _KEYS.get(normalise_title(title))
        if key is None:
            if normalise_title(title) not in QUIET_COLUMNS:
                notes.append(
                    Finding(
                        header_row,
                        title,
                        QT_TRANSLATE_NOOP(
                            "Errors", "The desk does not know the column {title}: it was ignored."
                        ),
                        values={"title": title},
                    )
                )
            continue
        if key in positions:
            problems.append(
                Finding(
                    header_row,
                    title,
                    QT_TRANSLATE_NOOP(
                        "Errors", "A second column for {first}: keep one and delete the other."
                    ),
                    values={"first": titles[key]},
                )
            )
            continue
        positions[key], titles[key] = position, title
    for key in REQUIRED:
        if key not in positions:
            problems.append(
                Finding(
                    header_row,
                    COLUMNS[key][0],
                    QT_TRANSLATE_NOOP("Errors", "The column {title} is missing."),
                    values={"title": COLUMNS[key][0]},
                )
            )
    if problems:
        return GuestList(file_name, header_row, titles, [], problems, notes)

    parsed: list[ParsedRow] = []
    for number, cells in enumerate(rows, start=header_row + 1):
        texts = {
            key: _cell_text(cells[i]) if i < len(cells) else "" for key, i in positions.items()
        }
        if not any(_cell_text(c) for c in cells):
            continue  # a blank row
        if len(parsed) >= MAX_GUESTS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} lists more than {most} guests: split it into several files."
                ),
                file=file_name,
                most=MAX_GUESTS,
            )
        raw_id = cells[positions["id_number"]] if "id_number" in positions else None
        if isinstance(raw_id, float) and raw_id >= 1e15:
            # Excel kept an 18-digit number as a floating point value and lost its end.
            problems.append(
                Finding(
                    number,
                    titles["id_number"],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Excel stored the ID number as a number and lost its last digits: "
                        "format the column as text and type the number again.",
                    ),
                )
            )
            texts["id_number"] = ""
        row, row_problems = _parse_row(number, texts, titles, today)
        problems.extend(row_problems)
        if row is not None:
            parsed.append(row)
            if row.checked is not None and row.checked.id_note:
                notes.append(
                    Finding(number, titles["id_number"], row.checked.id_note, context="People")
                )
    if not parsed and not problems:
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "{file} lists no guests."), file_name)
    problems.extend(_duplicates(parsed, titles))
    order = {title: position for position, title in enumerate(titles.values())}
    problems.sort(key=lambda p: (p.row, order.get(p.column, len(order))))
    return GuestList(file_name, header_row, titles, parsed, problems, notes)


def _parse_row(
    number: int, texts: dict[str, str], titles: dict[str, str], today: date
) -> tuple[ParsedRow | None, list[Finding]]:
    problems: list[Finding] = []
    flags: dict[str, bool] = {}
    for key in ("head", "halal", "vegetarian"):
        value = _yes_no(texts.get(key, ""))
        if value is None:
            problems.append(Finding(number, titles[key], YES_NO, values={"value": texts[key]}))
        flags[key] = bool(value)
    accessible_text = texts.get("accessible", "")
    accessible = _yes_no(accessible_text)
    mobility = "" if accessible is not None else accessible_text
    allergies = texts.get("allergies", "")
    if allergies in NOTHING:
        allergies = ""
    form = GuestForm(
        name=texts.get("name", ""),
        gender=texts.get("gender", ""),
        post=texts.get("post", ""),
        rank=texts.get("rank", ""),
        is_head=flags["head"],
        halal=flags["halal"],
        vegetarian=flags["vegetarian"],
        allergies=allergies,
        needs_accessible=bool(accessible) or bool(mobility),
        mobility=mobility,
        notes=texts.get("notes", ""),
        id_number=texts.get("id_number", ""),
    )
    checked, field_problems = check_guest_fields(form, today)
    for key, error in field_problems.items():
        problems.append(Finding.of(number, titles[_FIELD_COLUMN[key]], error))
    return ParsedRow(number, form, checked if not problems else None), problems


def _duplicates(rows: list[ParsedRow], titles: dict[str, str]) -> list[Finding]:
    problems: list[Finding] = []
    by_number: dict[str, int] = {}
    by_name: dict[str, int] = {}
    head: int | None = None
    for row in rows:
        checked = row.checked
        if checked is None:
            continue
        if checked.id_number:
            first = by_number.setdefault(checked.id_number, row.row)
            if first != row.row:
                problems.append(
                    Finding(
                        row.row,
                        titles["id_number"],
                        QT_TRANSLATE_NOOP("Errors", "The same ID number as row {row}."),
                        values={"row": first},
                    )
                )
        else:
            first = by_name.setdefault(checked.name, row.row)
            if first != row.row:
                problems.append(
                    Finding(
                        row.row,
                        titles["name"],
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The same name as row {row}, without an ID number to tell them apart.",
                        ),
                        values={"row": first},
                    )
                )
        if checked.is_head:
            if head is None:
                head = row.row
            else:
                problems.append(
                    Finding(
                        row.row,
                        titles["head"],
                        QT_TRANSLATE_NOOP(
                            "Errors", "A delegation has one head: row {row} is the head already."
                        ),
                        values={"row": head},
                    )
                )
    return problems


# -- importing -------------------------------------------------------------------------------


def _against_list(session: Session, delegation_id: int, guest_list: GuestList) -> list[Finding]:
    """Rows naming someone already on the delegation's list, or a second head."""
    problems: list[Finding] = []
    existing = session.execute(
        select(Guest.name, Guest.id_number_hash, Guest.is_head).where(
            Guest.delegation_id == delegation_id
        )
    ).all()
    hashes = {hashed: name for name, hashed, _head in existing if hashed}
    names_without_id = {name for name, hashed, _head in existing if not hashed}
    head = next((name for name, _hashed, is_head in existing if is_head), None)
    titles = guest_list.titles
    for row in guest_list.rows:
        checked = row.checked
        if checked is None:
            continue
        if checked.id_number:
            name = hashes.get(id_number_hash(session, checked.id_number))
            if name is not None:
                problems.append(
                    Finding(
                        row.row,
                        titles["id_number"],
                        DUPLICATE_ON_LIST,
                        values={"name": name},
                    )
                )
        elif checked.name in names_without_id:
            problems.append(
                Finding(
                    row.row,
                    titles["name"],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is already on the delegation's list, without an ID number to "
                        "tell them apart.",
                    ),
                    values={"name": checked.name},
                )
            )
        if checked.is_head and head is not None:
            problems.append(
                Finding(
                    row.row,
                    titles["head"],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The delegation already has a head, {name}: write 否 here, or change "
                        "the head at the desk after the import.",
                    ),
                    values={"name": head},
                )
            )
    return problems


def import_guest_list(
    session: Session,
    actor: Actor,
    delegation_id: int,
    path: str | Path,
    *,
    today: date | None = None,
) -> ImportResult:
    """Add every guest of the file to the delegation, or none: a file with any problem
    raises GuestListRefused before anything is written."""
    actor.require(Permission.MANAGE_LODGING)  # before the file is read: no lock held yet
    guest_list = read_guest_list(path, today or office_today(session))
    authorize(session, actor, Permission.MANAGE_LODGING)
    delegation = delegation_row(session, delegation_id, lock=True, live=True)
    problems = list(guest_list.problems)
    if not problems:
        problems = _against_list(session, delegation.id, guest_list)
    if problems:
        raise GuestListRefused(guest_list.file_name, problems)
    reason = guest_list.file_name
    guests = []
    for row in guest_list.rows:
        assert row.checked is not None
        guests.append(guest_view(insert_guest(session, actor, delegation.id, row.checked, reason)))
    return ImportResult(guests, guest_list.notes)


# -- the template ------------------------------------------------------------------------------


def _example_id_number() -> str:
    first17 = "11010519800314123"  # 北京市朝阳区, born 1980-03-14, a man
    return first17 + id_number_check_char(first17)


TEMPLATE_COLUMNS = (
    "name",
    "gender",
    "post",
    "rank",
    "head",
    "halal",
    "vegetarian",
    "allergies",
    "accessible",
    "id_number",
    "notes",
)
EXAMPLE = ("张伟", "男", "处长", "正处级", "是", "否", "否", "花生", "否", "", "需要接站")
EXPLANATIONS = {
    "name": "必填。",
    "gender": "必填：男 或 女。",
    "post": "如：处长、主任科员。",
    "rank": "必填：见下方“职级写法”，如 正厅级、县处级副职、科员、工作人员。",
    "head": "是 或 否；一个接待对象只有一位团长。",
    "halal": "是 或 否（空白为否）。",
    "vegetarian": "是 或 否（空白为否）。",
    "allergies": "写明过敏食物；没有可空白。",
    "accessible": "是 或 否；也可直接写情况，如“轮椅”。",
    "id_number": "18 位；本列已设为文本格式，请勿改为数字，否则后几位会丢失。",
    "notes": "其他需要前台知道的事项。",
}
TEMPLATE_ROWS = MAX_GUESTS + 1


def write_guest_list_template(path: str | Path) -> Path:
    """An empty guest list with the header row; the second sheet explains each column,
    shows one example row (not imported) and lists the rank names the desk reads."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = TEMPLATE_SHEET
    notes = book.create_sheet(NOTES_SHEET)

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    for column, key in enumerate(TEMPLATE_COLUMNS, start=1):
        title = COLUMNS[key][0] + ("*" if key in REQUIRED else "")
        cell = sheet.cell(row=1, column=column, value=title)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center")
        width = 22 if key in ("id_number", "allergies", "notes", "accessible") else 12
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    id_column = get_column_letter(TEMPLATE_COLUMNS.index("id_number") + 1)
    for row in range(2, TEMPLATE_ROWS + 1):
        sheet[f"{id_column}{row}"].number_format = "@"

    # The second sheet: what each column takes, an example, and the rank names.
    notes.column_dimensions["A"].width = 18
    notes.column_dimensions["B"].width = 60
    notes["A1"] = "列"
    notes["B1"] = "怎么填"
    notes["A1"].font = notes["B1"].font = bold
    for row, key in enumerate(TEMPLATE_COLUMNS, start=2):
        notes.cell(row=row, column=1, value=COLUMNS[key][0])
        notes.cell(row=row, column=2, value=EXPLANATIONS[key])
    example_row = len(TEMPLATE_COLUMNS) + 3
    notes.cell(row=example_row, column=1, value="示例（仅供参考，不会导入）").font = bold
    for column, key in enumerate(TEMPLATE_COLUMNS, start=1):
        notes.cell(row=example_row + 1, column=column, value=COLUMNS[key][0]).font = bold
    example = list(EXAMPLE)
    example[TEMPLATE_COLUMNS.index("id_number")] = _example_id_number()
    for column, value in enumerate(example, start=1):
        cell = notes.cell(row=example_row + 2, column=column, value=value)
        cell.number_format = "@"
    ranks_row = example_row + 4
    notes.cell(row=ranks_row, column=1, value="职级写法").font = bold
    rank_names = list(RANK_NAMES_ZH)
    for offset, rank_name in enumerate(rank_names, start=1):
        notes.cell(row=ranks_row + offset, column=1, value=rank_name)
        notes.cell(
            row=ranks_row + offset,
            column=2,
            value=_RANK_ZH.get(RANK_NAMES_ZH[rank_name], ""),
        )

    def validation(key: str, formula: str) -> None:
        letter = get_column_letter(TEMPLATE_COLUMNS.index(key) + 1)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True)
        rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
        sheet.add_data_validation(rule)

    validation("gender", '"男,女"')
    for key in ("head", "halal", "vegetarian"):
        validation(key, '"是,否"')
    first, last = ranks_row + 1, ranks_row + len(rank_names)
    validation("rank", f"'{NOTES_SHEET}'!$A${first}:$A${last}")
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


# The scale each written name stands for, in the office's words (second sheet).
_RANK_ZH: dict[Rank, str] = {
    Rank.NATIONAL_CHIEF: "国家级正职",
    Rank.NATIONAL_DEPUTY: "国家级副职",
    Rank.PROVINCIAL_CHIEF: "省部级正职",
    Rank.PROVINCIAL_DEPUTY: "省部级副职",
    Rank.BUREAU_CHIEF: "厅局级正职",
    Rank.BUREAU_DEPUTY: "厅局级副职",
    Rank.COUNTY_CHIEF: "县处级正职",
    Rank.COUNTY_DEPUTY: "县处级副职",
    Rank.SECTION_CHIEF: "乡科级正职",
    Rank.SECTION_DEPUTY: "乡科级副职",
    Rank.STAFF: "科员、办事员",
    Rank.OTHER: "司机、翻译等无职级人员",
}

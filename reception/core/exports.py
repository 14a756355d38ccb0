"""Any list of the desk as an Excel workbook (.xlsx): one sheet with a title row, a bold
header row frozen under it, the rows as the list showed them, and a last line saying who
exported it and when. Qt-free: the UI hands in every text already in the shown language.

The file is written next to its final name and renamed into place, so a crash or a full disk
leaves either the whole workbook or nothing. `record_export` writes the audit row that makes
the export traceable (PIPL: personal data leaving the desk); it holds no data of the list.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.security.audit import record
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP

EXPORT_ACTION = "export.xlsx"
EXPORT_ENTITY = "list"
OFFICE_ZONE = ZoneInfo("Asia/Shanghai")
# The same source as the statistics workbook's: one translation for both.
NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The workbook could not be saved as {path}: {reason}")
EXPORTED_BY = QT_TRANSLATE_NOOP("Exports", "Exported by: {operator}   Exported at: {time}")
FILTERED_BY = QT_TRANSLATE_NOOP("Exports", "Filter: {filter}")
MAX_TITLE = 31  # Excel's limit on a sheet's name
FORBIDDEN_IN_TITLES = str.maketrans({c: "-" for c in "[]:*?/\\"})
MIN_WIDTH, MAX_WIDTH = 6, 60
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATETIME_MINUTES_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"

Cell = str | int | float | Decimal | date | datetime | time | None

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?")
# Counts and places, never identifiers: no leading zero and at most 9 digits, so that phone
# and ID numbers (11 and 18 digits, or with leading zeros) stay text as Excel cannot hold them.
_TIME = re.compile(r"\d{2}:\d{2}")
_INTEGER = re.compile(r"-?(0|[1-9]\d{0,8})")
_DECIMAL = re.compile(r"-?(0|[1-9]\d{0,8})\.\d{1,4}")


class ShownWithSeconds(datetime):
    """A date and time the list showed with its seconds ("10:16:00"): Excel shows them
    too, even when they are naught."""


def typed_cell(text: str) -> Cell:
    """A shown text as the value Excel should hold: a date, a date and time, a time of day
    ("10:05"), a number, or the text itself. Anything not plainly one of these stays text,
    as the list showed it."""
    value = text.strip()
    if _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return text
    found = _DATETIME.fullmatch(value)
    if found:
        kind = ShownWithSeconds if found.group(1) else datetime
        try:
            return kind.fromisoformat(value)
        except ValueError:
            return text
    if _TIME.fullmatch(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            return text
    if _INTEGER.fullmatch(value):
        return int(value)
    if _DECIMAL.fullmatch(value):
        return Decimal(value)
    return text


def text_width(value: object) -> int:
    """Columns a value takes in Excel's default font: a CJK (wide) character counts two."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    text = str(value)
    longest = max(text.split("\n"), key=len) if text else ""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in longest)


def in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    """An instant as the office's wall clock, without a zone (Excel has none); a naive
    datetime is taken as already shown in local time."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone).replace(tzinfo=None)


def _number_format(value: Cell) -> str | None:
    if isinstance(value, datetime):
        seconds = isinstance(value, ShownWithSeconds) or value.second or value.microsecond
        return DATETIME_FORMAT if seconds else DATETIME_MINUTES_FORMAT
    if isinstance(value, date):
        return DATE_FORMAT
    if isinstance(value, time):
        return TIME_FORMAT
    if isinstance(value, Decimal):
        places = max(0, -int(value.as_tuple().exponent))
        return "0." + "0" * places if places else "0"
    return None


def write_rows_xlsx(
    path: str | Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    note: str,
    zone: ZoneInfo = OFFICE_ZONE,
) -> Path:
    """Write one sheet named after `title`: the title in row 1, `headers` in bold in row 2
    (frozen, with a filter), then `rows`, a blank row and `note` (one row per line: who
    exported it when, the filter). Aware datetimes are shown in `zone`. Raises
    InvalidInput (NOT_SAVED) when the file cannot be written; nothing is left behind."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = title.translate(FORBIDDEN_IN_TITLES)[:MAX_TITLE] or "Sheet1"
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    widths = [text_width(h) for h in headers]
    bold = Font(bold=True)
    for c, header in enumerate(headers, start=1):
        sheet.cell(row=2, column=c, value=header).font = bold
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            if isinstance(value, datetime):
                value = in_zone(value, zone)
            cell = sheet.cell(row=r, column=c, value=value)
            number_format = _number_format(value)
            if number_format is not None:
                cell.number_format = number_format
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], text_width(value))
            else:
                widths.append(text_width(value))
    last = 2 + len(rows)
    if headers:
        sheet.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{max(last, 2)}"
    for offset, line in enumerate(note.split("\n"), start=last + 2):
        sheet.cell(row=offset, column=1, value=line)
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A3"
    _save_atomically(book, target)
    return target


def _save_atomically(book: object, target: Path) -> None:
    """Save beside the target under a hidden name, then rename over it: a reader never
    sees half a workbook, and a failure removes the partial file."""
    partial: str | None = None
    try:
        handle, partial = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent
        )
        os.close(handle)
        book.save(partial)  # type: ignore[attr-defined]
        os.replace(partial, target)
        partial = None
    except OSError as problem:
        reason = problem.strerror or str(problem)
        raise InvalidInput(NOT_SAVED, path=str(target), reason=reason) from problem
    finally:
        if partial is not None:
            Path(partial).unlink(missing_ok=True)


def record_export(
    session: Session,
    actor: Actor,
    list_name: str,
    rows: int,
    filter_summary: str,
    file_name: str,
) -> None:
    """The audit row of an export: which list, how many rows, under which filter, to which
    file name. Never the rows themselves."""
    record(
        session,
        actor,
        EXPORT_ACTION,
        EXPORT_ENTITY,
        list_name,
        after={"list": list_name, "rows": rows, "filter": filter_summary, "file": file_name},
    )

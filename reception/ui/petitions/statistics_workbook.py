"""Writing the monthly statistics as an Excel workbook (openpyxl). Runs on a worker thread:
it gets the sheets with every text already in the shown language and touches no widget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP

NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The workbook could not be saved as {path}: {reason}")
MAX_TITLE = 31  # Excel's limit on a sheet's name
FORBIDDEN_IN_TITLES = str.maketrans({c: "-" for c in "[]:*?/\\"})
PERCENT = "0.0%"


@dataclass(frozen=True)
class Sheet:
    """One sheet: rows of cells from A1. `header_row` (1-based) is set in bold; the cells
    of `percent_column` below the header, and column B of `percent_rows`, show as "92.5%"."""

    title: str
    rows: Sequence[Sequence[object]]
    header_row: int = 1
    percent_column: int | None = None
    percent_rows: tuple[int, ...] = field(default_factory=tuple)


def _width(value: object) -> int:
    """Columns wide enough for their text; a CJK character takes two widths."""
    text = str(value) if value is not None else ""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def write_workbook(sheets: Sequence[Sheet], path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        page = book.create_sheet(sheet.title.translate(FORBIDDEN_IN_TITLES)[:MAX_TITLE])
        widths: dict[int, int] = {}
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = page.cell(row=r, column=c, value=value)
                if r == sheet.header_row:
                    cell.font = Font(bold=True)
                elif isinstance(value, float | int) and (
                    (c == sheet.percent_column and r > sheet.header_row)
                    or (c == 2 and r in sheet.percent_rows)
                ):
                    cell.number_format = PERCENT
                if len(row) == 1 and _width(value) > 60:  # a paragraph: wrapped over columns
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    page.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
                    page.row_dimensions[r].height = 15 * (_width(value) // 60 + 1)
                else:
                    widths[c] = max(widths.get(c, 0), _width(value))
        for c, width in widths.items():
            page.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 10), 60)
        page.freeze_panes = page.cell(row=sheet.header_row + 1, column=1)
    try:
        book.save(str(path))
    except OSError as problem:
        reason = problem.strerror or str(problem)
        raise InvalidInput(NOT_SAVED, path=str(path), reason=reason) from problem

"""`reception report daily [--date YYYY-MM-DD] [--pdf FILE] [--docx FILE] [--json]`: the
daily report (接待工作日报) of a day, today unless --date names an earlier one;
`reception report monthly [--month YYYY-MM] [...]`: the monthly report (接待工作月报) of a
month, the last whole month unless --month names another (this month: up to today). Both
for the areas the acting operator's role may read (reception.core.reports).

Without --json the report's title, date, paragraphs and notable events are printed (in
Chinese: the report is an official document); --pdf and --docx write it too. --json prints
the figures and the text. Generating a report is audited, so it is a writing unit.
Exit codes as everywhere: 2 a bad date or month, or one to come, 5 a role that reads
none of the report's areas."""

from __future__ import annotations

import re
from argparse import ArgumentParser, _SubParsersAction
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reception.commands.checks import output_file
from reception.commands.context import Context, HelpText
from reception.commands.dashboard import json_ready
from reception.commands.lodging import parse_day
from reception.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reception.core.reports.content import ReportContent


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help=tr("Reports of the office's work."))
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="REPORT")
    daily = kinds.add_parser(
        "daily", help=tr("The daily report (接待工作日报) of today or an earlier day.")
    )
    daily.add_argument("--date", metavar="YYYY-MM-DD", help=tr("the day reported (default today)"))
    _outputs(daily, tr)
    daily.set_defaults(handler=run_daily)
    monthly = kinds.add_parser(
        "monthly", help=tr("The monthly report (接待工作月报) of a month, the last one by default.")
    )
    monthly.add_argument(
        "--month", metavar="YYYY-MM", help=tr("the month reported (default the last month)")
    )
    _outputs(monthly, tr)
    monthly.set_defaults(handler=run_monthly)


def _outputs(parser: ArgumentParser, tr: HelpText) -> None:
    parser.add_argument("--pdf", type=Path, metavar="FILE", help=tr("write the report as a PDF"))
    parser.add_argument(
        "--docx", type=Path, metavar="FILE", help=tr("write the report as a Word file")
    )
    parser.add_argument("--json", action="store_true", help=tr("print the result as JSON"))


def parse_month(text: str, option: str = "--month") -> tuple[int, int]:
    """A month written YYYY-MM as (year, month), or a refusal naming what was typed."""
    from reception.core.errors import InvalidInput

    found = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if found is not None and 1 <= int(found[2]) <= 12:
        return int(found[1]), int(found[2])
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{option} {text} is not a month such as 2026-11."),
        option=option,
        text=text or "''",
    )


def run_daily(ctx: Context) -> int:
    from reception.core.reports.content import report_content
    from reception.core.reports.daily import daily_report
    from reception.core.visitors.clock import office_day
    from reception.db.base import utcnow

    args = ctx.args
    day = parse_day(args.date, "--date") if args.date else None
    pdf, docx = _files(ctx)
    actor = ctx.acting()
    with ctx.database().unit() as session:  # the report is audited: a write
        if day is None:
            from reception.core.settings import load_settings

            day = office_day(utcnow(), load_settings(session).zone)
        report = daily_report(session, actor, day)
    said = QT_TRANSLATE_NOOP("Cli", "Daily report written to {path}.")
    return _emit(ctx, asdict(report), report_content(report), pdf, docx, said)


def run_monthly(ctx: Context) -> int:
    from reception.core.reports.monthly import monthly_report
    from reception.core.reports.monthly_content import monthly_content
    from reception.core.reports.period import month_before
    from reception.core.settings import load_settings
    from reception.db.base import utcnow

    args = ctx.args
    chosen = parse_month(args.month) if args.month else None
    pdf, docx = _files(ctx)
    actor = ctx.acting()
    with ctx.database().unit() as session:  # the report is audited: a write
        if chosen is None:
            today = utcnow().astimezone(load_settings(session).zone).date()
            chosen = month_before(today.year, today.month)
        report = monthly_report(session, actor, *chosen)
    said = QT_TRANSLATE_NOOP("Cli", "Monthly report written to {path}.")
    data = asdict(report)
    data["petitions"] = _petitions_json(data["petitions"])
    return _emit(ctx, data, monthly_content(report), pdf, docx, said)


def _petitions_json(part: dict[str, Any] | None) -> dict[str, Any] | None:
    """The 月度统计's forms are enum members: their values, and the on-time rate kept."""
    if part is not None:
        figures = part["figures"]
        figures["by_form"] = [(str(form), n) for form, n in figures["by_form"]]
    return part


def _files(ctx: Context) -> tuple[Path | None, Path | None]:
    args = ctx.args
    pdf = None if args.pdf is None else output_file(args.pdf)
    docx = None if args.docx is None else output_file(args.docx)
    return pdf, docx


def _emit(
    ctx: Context,
    data: dict[str, Any],
    content: ReportContent,
    pdf: Path | None,
    docx: Path | None,
    said: str,
) -> int:
    """Write the files asked for, then print the report's words (or the figures as JSON)."""
    if pdf is not None or docx is not None:
        from reception.printing.gui import ensure_gui_application

        ensure_gui_application()  # fonts and pictures need a GUI application
    if pdf is not None:
        from reception.printing.daily_report import write_report_pdf

        write_report_pdf(content, pdf)
    if docx is not None:
        from reception.printing.report_docx import write_report_docx

        write_report_docx(content, docx)
    text = content.text
    if ctx.wants_json:
        data = json_ready(data)
        data["text"] = {
            "title": text.title,
            "date_line": text.date_line,
            "paragraphs": list(text.paragraphs),
            "events": list(text.events),
        }
        ctx.emit_json(data)
        return 0
    print(text.title, file=ctx.out)
    print(text.date_line, file=ctx.out)
    for paragraph in text.paragraphs:
        print("　　" + paragraph, file=ctx.out)
    for number, event in enumerate(text.events, start=1):
        print(f"{number}．{event}", file=ctx.out)
    for path in (pdf, docx):
        if path is not None:
            ctx.say(said, path=str(path))
    return 0

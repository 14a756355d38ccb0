"""`reception report daily [--date YYYY-MM-DD] [--pdf FILE] [--docx FILE] [--json]`: the
daily report (接待工作日报) of a day, today unless --date names an earlier one, for the
areas the acting operator's role may read (reception.core.reports).

Without --json the report's title, date, paragraphs and notable events are printed (in
Chinese: the report is an official document); --pdf and --docx write it too. --json prints
the figures and the text. Generating a report is audited, so it is a writing unit.
Exit codes as everywhere: 2 a bad date or a day to come, 5 a role that reads none of
the report's areas."""

from __future__ import annotations

from argparse import _SubParsersAction
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reception.commands.checks import output_file
from reception.commands.context import Context, HelpText
from reception.commands.lodging import parse_day
from reception.core.text import QT_TRANSLATE_NOOP


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help=tr("Reports of the office's work."))
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="REPORT")
    daily = kinds.add_parser(
        "daily", help=tr("The daily report (接待工作日报) of today or an earlier day.")
    )
    daily.add_argument("--date", metavar="YYYY-MM-DD", help=tr("the day reported (default today)"))
    daily.add_argument("--pdf", type=Path, metavar="FILE", help=tr("write the report as a PDF"))
    daily.add_argument(
        "--docx", type=Path, metavar="FILE", help=tr("write the report as a Word file")
    )
    daily.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    daily.set_defaults(handler=run_daily)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def run_daily(ctx: Context) -> int:
    from reception.core.reports.content import report_content
    from reception.core.reports.daily import daily_report
    from reception.core.visitors.clock import office_day
    from reception.db.base import utcnow

    args = ctx.args
    day = parse_day(args.date, "--date") if args.date else None
    pdf = None if args.pdf is None else output_file(args.pdf)
    docx = None if args.docx is None else output_file(args.docx)
    actor = ctx.acting()
    with ctx.database().unit() as session:  # the report is audited: a write
        if day is None:
            from reception.core.settings import load_settings

            day = office_day(utcnow(), load_settings(session).zone)
        report = daily_report(session, actor, day)
    content = report_content(report)
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
        data = _plain(asdict(report))
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
    if pdf is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Daily report written to {path}."), path=str(pdf))
    if docx is not None:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Daily report written to {path}."), path=str(docx))
    return 0

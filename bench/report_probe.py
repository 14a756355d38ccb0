"""Probe: the daily report (接待工作日报) and the monthly report (接待工作月报) as the
director generates them, on a demo database.

    python -m bench.report_probe DB SAMPLES        measure; prints one JSON line

Each sample generates the report of the demo's day through the desk's own code: the
figures (reports.daily.daily_report, which writes its audit row), the content, and the A4
PDF with its charts (printing.daily_report.write_report_pdf); the Word file is timed on
its own, for the record; then the monthly report of the month before the demo's day (its
figures, with a month of waits, room nights and the 月度统计, and its PDF). The baseline
is the dashboard's read of the same moment (dashboard.figures.read_dashboard): the
figures the report starts from, without the report's own reads, words and drawing.
Target: each report's PDF, figures included, p95 under 2 s.

The moment is the demo's own "now" (the latest visit registered), as the dashboard probe
reads it. The audit row of each sample is rolled back: the bench's database is not grown
by the bench. The director is taken from the operator table (not signed in).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.measure import judge_figures, probe_report

TARGET_MS = 2000.0
FIGURES = (
    # (key, label, baseline key or None, target for its p95 in ms or None)
    ("dashboard", "read_dashboard, same moment (baseline)", None, None),
    ("pdf", "daily report PDF: figures, words, charts", "dashboard", TARGET_MS),
    ("figures", "  its figures alone (audited)", "dashboard", None),
    ("draw", "  its PDF drawn from them", None, None),
    ("docx", "daily report Word file from the figures", None, None),
    ("monthly", "monthly report PDF (last whole month)", "dashboard", TARGET_MS),
    ("monthly_figures", "  its figures alone (audited)", "dashboard", None),
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def measure(path: Path, samples: int) -> None:
    from sqlalchemy.orm import Session

    from bench.dashboard_probe import _moment, _read_through
    from bench.lodging_probe import _open, _operator
    from reception.core.dashboard.figures import read_dashboard
    from reception.core.reports.content import report_content
    from reception.core.reports.daily import DailyReport, daily_report
    from reception.core.reports.monthly import MonthlyReport, monthly_report
    from reception.core.reports.monthly_content import monthly_content
    from reception.core.reports.period import month_before
    from reception.core.security.roles import Role
    from reception.core.settings import load_settings
    from reception.core.visitors.clock import office_day
    from reception.printing.daily_report import write_report_pdf
    from reception.printing.gui import ensure_gui_application
    from reception.printing.report_docx import write_report_docx

    ensure_gui_application()
    db = _open(path, upgrade=False)
    director = _operator(db, None, Role.DIRECTOR)
    now = _moment(db)
    with db.read() as session:
        day = office_day(now, load_settings(session).zone)
    _read_through(path)
    out = Path(tempfile.mkdtemp(prefix="report-probe-"))

    def figures() -> DailyReport:
        session = Session(db.engine, expire_on_commit=False)
        try:
            return daily_report(session, director, day, now=now)
        finally:
            session.rollback()  # the audit row is not kept
            session.close()

    month = month_before(day.year, day.month)

    def month_figures() -> MonthlyReport:
        session = Session(db.engine, expire_on_commit=False)
        try:
            return monthly_report(session, director, *month, now=now)
        finally:
            session.rollback()  # the audit row is not kept
            session.close()

    def dashboard() -> object:
        with db.read() as session:
            return read_dashboard(session, director, now)

    # A first pass for the imports, fonts, statement caches and the page cache.
    report = figures()
    pages = write_report_pdf(report_content(report), out / "daily.pdf")
    write_report_docx(report_content(report), out / "daily.docx")
    month_pages = write_report_pdf(monthly_content(month_figures()), out / "monthly.pdf")
    dashboard()
    gc.collect()
    gc.freeze()
    measured: dict[str, list[float]] = {key: [] for key, _, _, _ in FIGURES}
    try:
        for index in range(samples):
            for side in ("dashboard", "pdf") if index % 2 else ("pdf", "dashboard"):
                started = time.perf_counter()
                if side == "dashboard":
                    dashboard()
                    measured["dashboard"].append(_ms(time.perf_counter() - started))
                    continue
                report = figures()
                drawn = time.perf_counter()
                write_report_pdf(report_content(report), out / "daily.pdf")
                done = time.perf_counter()
                measured["pdf"].append(_ms(done - started))
                measured["figures"].append(_ms(drawn - started))
                measured["draw"].append(_ms(done - drawn))
            started = time.perf_counter()
            write_report_docx(report_content(report), out / "daily.docx")
            measured["docx"].append(_ms(time.perf_counter() - started))
            started = time.perf_counter()
            monthly = month_figures()
            drawn = time.perf_counter()
            write_report_pdf(monthly_content(monthly), out / "monthly.pdf")
            measured["monthly"].append(_ms(time.perf_counter() - started))
            measured["monthly_figures"].append(_ms(drawn - started))
    finally:
        db.close()
    notes = {
        "now": now.isoformat(),
        "day": day.isoformat(),
        "pages": pages,
        "month": f"{month[0]}-{month[1]:02d}",
        "month_pages": month_pages,
        "pdf_bytes": (out / "daily.pdf").stat().st_size,
        "areas": list(report.areas),
        "paragraphs": list(report_content(report).text.paragraphs),
        "pid": os.getpid(),
    }
    print(json.dumps({**measured, "notes": notes}, ensure_ascii=False), flush=True)


def main() -> None:
    measure(Path(sys.argv[1]), int(sys.argv[2]))


# -- the scenario, run by `python -m bench` --------------------------------------------------


def report_scenario(path: Path, env: dict[str, str], scale: int, samples: int, root: Path) -> bool:
    """Run the probe; print the table; True when the target holds."""
    report: dict[str, Any] = probe_report("bench.report_probe", path, samples, env, root)
    notes = report["notes"]
    print(
        f"\ndaily report, {samples} samples, database of scale {scale:,} "
        f"({path.stat().st_size / 1e6:.1f} MB), the day {notes['day']} at {notes['now']}: "
        f"{notes['pages']} pages, {notes['pdf_bytes'] / 1e3:.0f} kB; "
        f"monthly report of {notes['month']}: {notes['month_pages']} pages"
    )
    print(f"first paragraph: {notes['paragraphs'][0] if notes['paragraphs'] else '—'}")
    return judge_figures(report, FIGURES, ratio_head="p95 ×base")


if __name__ == "__main__":
    main()

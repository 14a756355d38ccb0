"""A report as the prints lay it out, Qt-free: the words (prose.py, monthly_prose.py),
then its tables as rows of text and its charts as series of numbers, numbered 表1, 图1 in
the order they appear. The PDF (printing/daily_report.py) and the Word file
(printing/report_docx.py) both render this one value, so they never disagree. The daily
report's content is composed here, the monthly report's in monthly_content.py.

Like the prose, captions and column titles are the office's Chinese text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from reception.core.reports.daily import DailyReport, LodgingDay, QueueDay
from reception.core.reports.prose import report_text
from reception.core.reports.words import ReportText, month_day, subject

SECTION_SUMMARY = "一、总体情况"
SECTION_EVENTS = "二、重要事项"
SECTION_TABLES = "三、统计图表"
FIRST_HOUR, LAST_HOUR = 8, 18  # office hours the hourly charts show at least


class ChartKind(StrEnum):
    BARS = "bars"  # a bar per label, with an optional reference line
    BARS_OF_TOTAL = "bars_of_total"  # bars against a total each (rooms of all rooms)


@dataclass(frozen=True)
class TableContent:
    caption: str  # 表1　各窗口办理情况
    headers: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the table's width, adding up to 1
    numeric: tuple[bool, ...]  # right-aligned columns
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None  # a bold closing row


@dataclass(frozen=True)
class ChartContent:
    caption: str  # 图1　来访人次分时分布
    kind: ChartKind
    labels: tuple[str, ...]
    values: tuple[float | None, ...]  # a bar each; None: no bar (no data)
    value_name: str  # the bars' legend: 今日
    unit: str  # the value axis: 人次, 分钟, 间
    reference: tuple[float, ...] | None = None  # a line across the bars (or each bar's total)
    reference_name: str = ""


@dataclass(frozen=True)
class ReportContent:
    office: str
    text: ReportText
    tables: tuple[TableContent, ...]
    charts: tuple[ChartContent, ...]

    @property
    def document_title(self) -> str:
        return f"{self.text.title}　{self.text.date_line}"


def _shown_hours(*series: tuple[float | None, ...]) -> range:
    """The office hours, widened to any hour with a value."""
    busy = [h for values in series for h, v in enumerate(values) if v]
    first = min([FIRST_HOUR, *busy])
    last = max([LAST_HOUR - 1, *busy])
    return range(first, last + 1)


def _queue_parts(queue: QueueDay) -> tuple[list[tuple[str, ...]], list[ChartContent]]:
    rows: list[tuple[str, ...]] = [
        (
            figure.name or figure.series,
            str(figure.called_today),
            "—" if figure.average_wait_minutes is None else str(figure.average_wait_minutes),
        )
        for figure in queue.series
    ]
    hours = _shown_hours(queue.arrivals.today, queue.arrivals.baseline, queue.waits_by_hour)
    labels = tuple(f"{h}时" for h in hours)
    charts = [
        ChartContent(
            "来访人次分时分布",
            ChartKind.BARS,
            labels,
            tuple(float(queue.arrivals.today[h]) for h in hours),
            "当日",
            "人次",
            tuple(queue.arrivals.baseline[h] for h in hours),
            "前四周同日平均",
        ),
        ChartContent(
            "窗口平均等候时间（按叫号时段）",
            ChartKind.BARS,
            labels,
            tuple(queue.waits_by_hour[h] for h in hours),
            "平均等候",
            "分钟",
        ),
    ]
    return rows, charts


def _lodging_chart(lodging: LodgingDay) -> ChartContent:
    nights = lodging.occupancy
    return ChartContent(
        f"未来{len(nights)}晚客房入住",
        ChartKind.BARS_OF_TOTAL,
        tuple(month_day(night.day) for night in nights),
        tuple(float(night.occupied) for night in nights),
        "入住",
        "间",
        tuple(float(night.total) for night in nights),
        "在用客房",
    )


def _delegation_rows(lodging: LodgingDay) -> tuple[tuple[str, ...], ...]:
    def dates(arrive: date, depart: date) -> str:
        return f"{month_day(arrive)}至{month_day(depart)}"

    return tuple(
        (line.name, line.unit, str(line.guests), dates(line.arrive, line.depart))
        for line in lodging.arriving
    )


def category_rows(counts: Iterable[tuple[str, int]]) -> tuple[tuple[str, ...], ...]:
    """(group, matter, cases) of each "group/category" counted."""
    rows = []
    for category, count in counts:
        group, _, name = category.rpartition("/")
        rows.append((group or "—", name or subject(category) or "未分类", str(count)))
    return tuple(rows)


def calls_table(rows: list[tuple[str, ...]], called: int, average: int | None) -> TableContent:
    """Each queue's calls and mean wait, with the whole's."""
    return TableContent(
        "各窗口叫号办理情况",
        headers=("业务", "叫号办理（人次）", "平均等候（分钟）"),
        widths=(0.5, 0.25, 0.25),
        numeric=(False, True, True),
        rows=tuple(rows),
        total=("合计", str(called), "—" if average is None else str(average)),
    )


class Numbered:
    """A report's tables and charts, numbered 表1, 图1 in the order they are added."""

    def __init__(self) -> None:
        self.tables: list[TableContent] = []
        self.charts: list[ChartContent] = []

    def table(self, content: TableContent) -> None:
        caption = f"表{len(self.tables) + 1}　{content.caption}"
        self.tables.append(replace(content, caption=caption))

    def chart(self, content: ChartContent) -> None:
        caption = f"图{len(self.charts) + 1}　{content.caption}"
        self.charts.append(replace(content, caption=caption))

    def content(self, office: str, text: ReportText) -> ReportContent:
        return ReportContent(office, text, tuple(self.tables), tuple(self.charts))


def report_content(report: DailyReport) -> ReportContent:
    numbered = Numbered()
    table, chart = numbered.table, numbered.chart
    if report.queue is not None:
        rows, queue_charts = _queue_parts(report.queue)
        table(calls_table(rows, report.queue.called, report.queue.average_wait_minutes))
        for content in queue_charts:
            chart(content)
    if report.lodging is not None:
        if report.lodging.arriving:
            people = sum(line.guests for line in report.lodging.arriving)
            table(
                TableContent(
                    "抵达接待团组",
                    headers=("团组", "派出单位", "人数", "接待期"),
                    widths=(0.34, 0.34, 0.1, 0.22),
                    numeric=(False, False, True, False),
                    rows=_delegation_rows(report.lodging),
                    total=("合计", f"{len(report.lodging.arriving)}个", str(people), ""),
                )
            )
        chart(_lodging_chart(report.lodging))
    if report.petitions is not None and report.petitions.by_category:
        table(
            TableContent(
                "新登记信访事项分类",
                headers=("类别", "事项", "件数"),
                widths=(0.35, 0.45, 0.2),
                numeric=(False, False, True),
                rows=category_rows((c.category, c.count) for c in report.petitions.by_category),
                total=("合计", "", str(report.petitions.received)),
            )
        )
    return numbered.content(report.office, report_text(report))

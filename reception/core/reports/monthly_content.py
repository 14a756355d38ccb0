"""The monthly report as the prints lay it out (reports.content's ReportContent, which the
daily report's PDF and Word renderers draw): the words (monthly_prose.py), a table of the
main figures against the month before and the year before, each queue's calls, the
petitions by category; charts of visitors and waits by day, the rooms' occupancy rate by
night, the petitions by form. Captions and column titles are the office's Chinese text."""

from __future__ import annotations

from reception.core.reports.content import (
    ChartContent,
    ChartKind,
    Numbered,
    ReportContent,
    TableContent,
    calls_table,
    category_rows,
)
from reception.core.reports.monthly import Compared, LodgingMonth, MonthlyReport, PetitionMonth
from reception.core.reports.monthly_prose import report_text
from reception.core.reports.words import FORM_ORDER, FORMS, percent, tenths

NO_DATA = "无数据"


def _count_change(now: int, before: int | None) -> str:
    """A table's short change: 增加5.2%, 减少3%, 持平, — (no data, or from none)."""
    if before is None or before == 0:
        return "持平" if before == 0 and now == 0 else "—"
    if now == before:
        return "持平"
    return f"{'增加' if now > before else '减少'}{percent(abs(now - before), before)}"


def _rate_change(now: tuple[int, int] | None, before: tuple[int, int] | None) -> str:
    if now is None or before is None or now[1] == 0 or before[1] == 0:
        return "—"
    gap = tenths(*now) - tenths(*before)
    if gap == 0:
        return "持平"
    points, tenth = divmod(abs(gap), 10)
    shown = f"{points}" if tenth == 0 else f"{points}.{tenth}"
    return f"{'提高' if gap > 0 else '降低'}{shown}个百分点"


def _value(value: int | None) -> str:
    return NO_DATA if value is None else str(value)


def _rate(pair: tuple[int, int] | None) -> str:
    return NO_DATA if pair is None or pair[1] == 0 else percent(*pair)


def _count_row(name: str, figure: Compared) -> tuple[str, ...]:
    return (
        name,
        str(figure.now),
        _value(figure.month_before),
        _count_change(figure.now, figure.month_before),
        _value(figure.year_before),
        _count_change(figure.now, figure.year_before),
    )


def _pair(part: int | None, whole: int | None) -> tuple[int, int] | None:
    return None if part is None or whole is None else (part, whole)


def _rate_row(
    name: str,
    now: tuple[int, int] | None,
    month_before: tuple[int, int] | None,
    year_before: tuple[int, int] | None,
) -> tuple[str, ...]:
    return (
        name,
        _rate(now),
        _rate(month_before),
        _rate_change(now, month_before),
        _rate(year_before),
        _rate_change(now, year_before),
    )


def _lodging_rows(lodging: LodgingMonth) -> list[tuple[str, ...]]:
    nights, rooms = lodging.room_nights, lodging.rooms_nights_total
    return [
        _rate_row(
            "客房平均入住率",
            (nights.now, rooms.now),
            _pair(nights.month_before, rooms.month_before),
            _pair(nights.year_before, rooms.year_before),
        ),
        _count_row("客房入住（间夜）", nights),
        _count_row("接待团组（个）", lodging.delegations),
        _count_row("团组人数（人）", lodging.guests),
    ]


def _petition_rows(petitions: PetitionMonth) -> list[tuple[str, ...]]:
    f = petitions.figures
    return [
        _count_row("登记信访事项（件）", petitions.received),
        _rate_row(
            "按期办结率",
            (f.replied_on_time, f.replied),
            petitions.on_time_before,
            petitions.on_time_year_before,
        ),
    ]


def _main_figures(report: MonthlyReport) -> TableContent:
    rows: list[tuple[str, ...]] = []
    if report.queue is not None:
        rows.append(_count_row("来访接待（人次）", report.queue.visitors))
    if report.lodging is not None:
        rows += _lodging_rows(report.lodging)
    if report.petitions is not None:
        rows += _petition_rows(report.petitions)
    return TableContent(
        "主要指标对比",
        headers=("指标", "本月", "上月", "环比", "上年同期", "同比"),
        widths=(0.24, 0.12, 0.12, 0.19, 0.14, 0.19),
        numeric=(False, True, True, False, True, False),
        rows=tuple(rows),
    )


def _day_labels(report: MonthlyReport) -> tuple[str, ...]:
    return tuple(str(day.day) for day in report.read.dates())


def _queue_charts(report: MonthlyReport) -> list[ChartContent]:
    queue = report.queue
    assert queue is not None
    labels = _day_labels(report)
    return [
        ChartContent(
            f"{report.month}月来访人次按日分布",
            ChartKind.BARS,
            labels,
            tuple(float(n) for n in queue.by_day),
            "来访人次",
            "人次",
        ),
        ChartContent(
            f"{report.month}月窗口平均等候时间（按日）",
            ChartKind.BARS,
            labels,
            queue.waits_by_day,
            "平均等候",
            "分钟",
        ),
    ]


def _occupancy_chart(report: MonthlyReport, lodging: LodgingMonth) -> ChartContent:
    rates = tuple(
        round(100 * night.occupied / night.total, 1) if night.total else None
        for night in lodging.nights
    )
    rooms = lodging.rooms_nights_total.now
    average = round(100 * lodging.room_nights.now / rooms, 1) if rooms else 0.0
    return ChartContent(
        f"{report.month}月客房入住率（按日）",
        ChartKind.BARS,
        _day_labels(report),
        rates,
        "入住率",
        "%",
        tuple(average for _ in rates),
        "月平均",
    )


def _forms_chart(petitions: PetitionMonth) -> ChartContent:
    counts = {str(form): n for form, n in petitions.figures.by_form}
    forms = [*FORM_ORDER, *(f for f in counts if f not in FORMS)]
    return ChartContent(
        "信访事项来源形式",
        ChartKind.BARS,
        tuple(FORMS.get(f, f) for f in forms),
        tuple(float(counts.get(f, 0)) for f in forms),
        "本月",
        "件",
    )


def monthly_content(report: MonthlyReport) -> ReportContent:
    numbered = Numbered()
    numbered.table(_main_figures(report))
    if report.queue is not None:
        queue = report.queue
        rows: list[tuple[str, ...]] = [
            (
                s.name or s.series,
                str(s.called),
                "—" if s.average_wait_minutes is None else str(s.average_wait_minutes),
            )
            for s in queue.series
        ]
        numbered.table(calls_table(rows, queue.called, queue.average_wait_minutes))
    petitions = report.petitions
    if petitions is not None and petitions.figures.by_category:
        numbered.table(
            TableContent(
                "信访事项分类",
                headers=("类别", "事项", "件数"),
                widths=(0.35, 0.45, 0.2),
                numeric=(False, False, True),
                rows=category_rows(petitions.figures.by_category),
                total=("合计", "", str(petitions.figures.received)),
            )
        )
    if report.queue is not None:
        for chart in _queue_charts(report):
            numbered.chart(chart)
    if report.lodging is not None and report.lodging.rooms_nights_total.now:
        numbered.chart(_occupancy_chart(report, report.lodging))
    if petitions is not None and petitions.figures.received:
        numbered.chart(_forms_chart(petitions))
    return numbered.content(report.office, report_text(report))

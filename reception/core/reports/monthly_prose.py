"""The monthly report's words (接待工作月报): a paragraph for each area the report holds,
each main figure against the month before (环比) and the same month a year before (同比),
then the month's notable events, composed from the figures (reports.monthly) alone.

The words are the daily report's (reports.words): Arabic figures, 增加 / 减少 a percentage,
a rate 提高 / 降低 so many percentage points, 持平, 上年同期无数据 for a month before the
office's records; never a negative rise. A month still running is told up to its day
(截至11月25日) and compared with the same days of the others."""

from __future__ import annotations

from reception.core.reports.events import DelegationLine, Listed, listed
from reception.core.reports.monthly import (
    Compared,
    LodgingMonth,
    MonthlyReport,
    PetitionMonth,
    QueueMonth,
)
from reception.core.reports.words import (
    MONTH_BEFORE,
    YEAR_BEFORE,
    ReportText,
    change,
    chinese_day,
    exceptions_sentence,
    forms_clause,
    minutes,
    minutes_change,
    month_day,
    overdue_events,
    percent,
    petition_events,
    rate_change,
    standards_events,
    subject,
    visits_sentence,
)

TITLE = "接待工作月报"
NOTHING_NOTABLE = "本月无需特别报告的事项。"
TOP_CATEGORIES = 3  # the matters named as raised most often


def date_line(report: MonthlyReport) -> str:
    line = f"{report.year}年{report.month}月"
    return f"{line}（截至{month_day(report.read.last)}）" if report.so_far else line


NEITHER = "上月和上年同期无数据"


def both_changes(figure: Compared, measure: str) -> str:
    """环比增加5.2%，同比减少3%: the figure against the month before and the year before."""
    if figure.month_before is None and figure.year_before is None:
        return NEITHER
    return (
        f"{change(figure.now, figure.month_before, measure, MONTH_BEFORE)}，"
        f"{change(figure.now, figure.year_before, measure, YEAR_BEFORE)}"
    )


def both_rates(
    now: tuple[int, int], month: tuple[int, int] | None, year: tuple[int, int] | None
) -> str:
    """较上月提高1.2个百分点，较上年同期降低0.5个百分点."""
    if (month is None or month[1] == 0) and (year is None or year[1] == 0):
        return NEITHER
    return f"{rate_change(now, month, MONTH_BEFORE)}，{rate_change(now, year, YEAR_BEFORE)}"


def _pair(part: int | None, whole: int | None) -> tuple[int, int] | None:
    return None if part is None or whole is None else (part, whole)


def queue_paragraph(queue: QueueMonth, report: MonthlyReport) -> str:
    visitors = queue.visitors
    if visitors.now == 0:
        text = "本月未接待来访群众"
        if visitors.month_before:
            text += f"，上月为{visitors.month_before}人次"
        return text + "。"
    text = f"本月共接待来访群众{visitors.now}人次，{both_changes(visitors, '人次')}。"
    busiest = queue.busiest_day
    if busiest is not None:
        day = report.read.dates()[busiest]
        average = (visitors.now + queue.open_days // 2) // queue.open_days
        text += (
            f"全月有来访{queue.open_days}天，日均{average}人次，"
            f"其中{month_day(day)}最多，为{queue.by_day[busiest]}人次。"
        )
    if queue.called and queue.average_wait_minutes is not None:
        text += f"窗口叫号办理{queue.called}人次，平均等候{minutes(queue.average_wait_minutes)}"
        before = queue.average_wait_before
        if before is not None:
            text += f"，{minutes_change(queue.average_wait_minutes, before, MONTH_BEFORE)}"
        if queue.longest_wait_minutes:
            text += f"，最长等候{minutes(queue.longest_wait_minutes)}"
        text += "。"
    if queue.not_arrived:
        text += f"预约来访中有{queue.not_arrived}人次未到。"
    return text


def lodging_paragraph(lodging: LodgingMonth) -> str:
    nights, rooms = lodging.room_nights, lodging.rooms_nights_total
    if rooms.now == 0:
        return "宾馆暂无在用客房。"
    if nights.now:
        rate = percent(nights.now, rooms.now)
        month = _pair(nights.month_before, rooms.month_before)
        year = _pair(nights.year_before, rooms.year_before)
        changes = both_rates((nights.now, rooms.now), month, year)
        text = f"本月宾馆客房平均入住率{rate}，{changes}，共入住{nights.now}间夜。"
    else:
        text = "本月宾馆无客房入住。"
    groups = lodging.delegations
    if groups.now:
        text += f"接待团组{groups.now}个、共{lodging.guests.now}人，{both_changes(groups, '个')}。"
    else:
        text += "本月未接待团组。"
    above = exceptions_sentence(lodging.room_exceptions.total, lodging.meal_exceptions.total)
    return text + (above or "未发生超出接待标准的情况。")


def petitions_paragraph(petitions: PetitionMonth, report: MonthlyReport) -> str:
    f = petitions.figures
    received = petitions.received
    if received.now:
        text = f"本月登记信访事项{received.now}件，{both_changes(received, '件')}"
        text += forms_clause(f.by_form) + "。"
        named = [(subject(name), n) for name, n in f.by_category if subject(name)]
        if named:
            top = "、".join(f"{name}（{n}件）" for name, n in named[:TOP_CATEGORIES])
            text += f"反映较多的问题是{top}。"
    else:
        text = "本月未登记新的信访事项"
        if received.month_before:
            text += f"，上月为{received.month_before}件"
        text += "。"
    decided = []
    if f.accepted:
        decided.append(f"受理{f.accepted}件")
    if f.not_accepted:
        decided.append(f"不予受理{f.not_accepted}件")
    if decided:
        text += "，".join(decided) + "。"
    if f.replied:
        now = (f.replied_on_time, f.replied)
        text += (
            f"办结答复{f.replied}件，其中按期办结{f.replied_on_time}件，"
            f"按期办结率{percent(*now)}，"
            f"{both_rates(now, petitions.on_time_before, petitions.on_time_year_before)}。"
        )
    else:
        text += "本月无办结答复的事项。"
    text += visits_sentence(
        petitions.visits, petitions.visit_people, f.repeat_visits, f.joint_visits
    )
    if petitions.escalations.total:
        text += f"报请领导协调处理{petitions.escalations.total}件。"
    when = "截至目前" if report.so_far else f"截至{month_day(petitions.overdue_day)}"
    if f.overdue_open:
        text += f"{when}，有逾期未办结事项{f.overdue_open}件，须督促承办单位尽快办结。"
    else:
        text += f"{when}，无逾期未办结事项。"
    return text


def _delegation_events(arriving: tuple[DelegationLine, ...]) -> list[str]:
    """The month's delegations, the largest first (ten of them, the rest counted)."""
    largest: Listed[DelegationLine] = listed(
        sorted(arriving, key=lambda line: (-line.guests, line.arrive, line.name))
    )
    events = [
        f"接待团组：{line.name}（{line.unit}）{line.guests}人，"
        f"{month_day(line.arrive)}至{month_day(line.depart)}。"
        for line in largest.items
    ]
    if largest.more > 0:
        rest = sum(line.guests for line in largest.items)
        people = sum(line.guests for line in arriving) - rest
        events.append(f"另有{largest.more}个接待团组、共{people}人，不再一一列出。")
    return events


def notable_events(report: MonthlyReport) -> tuple[str, ...]:
    """Joint visits, escalations, delegations received, exceptions to the reception
    standards with their reasons, cases overdue at the month's end: ten of a kind, dated,
    the rest counted; names masked."""
    events: list[str] = []
    petitions, lodging = report.petitions, report.lodging
    if petitions is not None:
        events += petition_events(petitions.joint_visits, petitions.escalations, dated=True)
    if lodging is not None:
        events += _delegation_events(lodging.arriving)
        events += standards_events(lodging.room_exceptions, lodging.meal_exceptions, report.zone)
    if petitions is not None:
        events += overdue_events(petitions.overdue_cases)
    return tuple(events) or (NOTHING_NOTABLE,)


def report_text(report: MonthlyReport) -> ReportText:
    """The report's title, month line, paragraphs and notable events. A running month's
    report says up to which day its figures run at the start of its first paragraph."""
    paragraphs = []
    if report.queue is not None:
        paragraphs.append(queue_paragraph(report.queue, report))
    if report.lodging is not None:
        paragraphs.append(lodging_paragraph(report.lodging))
    if report.petitions is not None:
        paragraphs.append(petitions_paragraph(report.petitions, report))
    if paragraphs and report.so_far:
        paragraphs[0] = f"截至{chinese_day(report.read.last)}，{paragraphs[0]}"
    return ReportText(
        title=TITLE,
        date_line=date_line(report),
        paragraphs=tuple(paragraphs),
        events=notable_events(report),
    )

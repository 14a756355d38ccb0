"""The daily report's words: a paragraph for each area the report holds, then its notable
events, composed from the figures (reception.core.reports.daily) alone; the words the
reports share are in words.py.

A report is an official document issued in Chinese whatever the desk's language, like the
notices' templates (core/petitions/documents.py): its sentences are the office's text, not
UI strings, and are written here in Chinese. Numbers are Arabic figures with no space
before their measure word (128人次), as official documents write them (GB/T 15835); a
change is 增加 / 减少 a percentage to one decimal place, or 持平, never a negative rise.
A day without activity in an area says so in one sentence; an area the role may not read
has no sentence at all."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from reception.core.reports.daily import (
    DailyReport,
    LodgingDay,
    PetitionDay,
    QueueDay,
)
from reception.core.reports.words import (
    ReportText,
    change,
    chinese_day,
    exceptions_sentence,
    forms_clause,
    minutes,
    overdue_events,
    percent,
    petition_events,
    standards_events,
    visits_sentence,
)

WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
TITLE = "接待工作日报"
NOTHING_NOTABLE = "{day}无需特别报告的事项。"


class _Words:
    """The day's words: 今日/今晚/目前 for today's report, 当日/当晚/截至当日 for an earlier
    day's."""

    def __init__(self, report: DailyReport) -> None:
        self.day = "今日" if report.so_far else "当日"
        self.night = "今晚" if report.so_far else "当晚"
        self.now = "目前" if report.so_far else "截至当日，"
        local = report.at.astimezone(ZoneInfo(report.zone))
        self.until = f"截至{local.hour}时{local.minute:02d}分，" if report.so_far else ""


def hour_span(hour: int) -> str:
    return f"{hour}时至{hour + 1}时"


def date_line(report: DailyReport) -> str:
    return f"{chinese_day(report.day)}（{WEEKDAYS[report.day.weekday()]}）"


def queue_paragraph(queue: QueueDay, words: _Words) -> str:
    if queue.visitors == 0:
        text = f"{words.day}未接待来访群众"
        if queue.visitors_last_week:
            text += f"，上周同日为{queue.visitors_last_week}人次"
        return text + "。"
    visitors = f"{words.day}共接待来访群众{queue.visitors}人次"
    text = f"{visitors}，{change(queue.visitors, queue.visitors_last_week, '人次')}。"
    if queue.called and queue.average_wait_minutes is not None:
        text += f"窗口叫号办理{queue.called}人次，平均等候{minutes(queue.average_wait_minutes)}"
        if queue.longest_wait_minutes:
            text += f"，最长等候{minutes(queue.longest_wait_minutes)}"
        text += "。"
    busiest = queue.busiest_hour
    if busiest is not None:
        most = queue.arrivals.today[busiest]
        text += f"来访高峰出现在{hour_span(busiest)}，接待{most}人次。"
    if queue.not_arrived:
        if words.day == "今日":
            text += f"另有{queue.not_arrived}人次预约尚未到达。"
        else:
            text += f"预约来访中有{queue.not_arrived}人次未到。"
    return text


def lodging_paragraph(lodging: LodgingDay, words: _Words) -> str:
    figures = lodging.figures
    if figures.rooms_total == 0:
        return "宾馆暂无在用客房。"
    rooms = f"在用客房{figures.rooms_total}间"
    if figures.rooms_out_of_order:
        rooms += f"，其中维修停用{figures.rooms_out_of_order}间"
    if figures.rooms_occupied:
        rate = percent(figures.rooms_occupied, figures.rooms_total)
        text = f"宾馆{words.night}入住客房{figures.rooms_occupied}间，入住率{rate}（{rooms}）。"
    else:
        text = f"宾馆{words.night}无客房入住（{rooms}）。"
    moves = []
    if figures.arrivals_today:
        moves.append(f"抵达{figures.arrivals_today}人")
    if figures.departures_today:
        moves.append(f"离店{figures.departures_today}人")
    if moves:
        text += f"{words.day}宾客{'、'.join(moves)}，"
    else:
        text += f"{words.day}无宾客抵离，"
    if figures.delegations_in_house:
        text += f"在住接待团组{figures.delegations_in_house}个"
        if lodging.arriving:
            text += f"，其中新抵达{len(lodging.arriving)}个"
        text += "。"
    else:
        text += "无在住接待团组。"
    text += exceptions_sentence(lodging.room_exceptions.total, lodging.meal_exceptions.total)
    if figures.checklist_overdue:
        text += f"尚有{figures.checklist_overdue}项接待准备任务逾期未完成。"
    return text


def petitions_paragraph(petitions: PetitionDay, words: _Words) -> str:
    if petitions.received:
        text = f"{words.day}登记信访事项{petitions.received}件，"
        text += change(petitions.received, petitions.received_last_week, "件")
        text += forms_clause(petitions.by_form) + "。"
    else:
        text = f"{words.day}未登记新的信访事项"
        if petitions.received_last_week:
            text += f"，上周同日为{petitions.received_last_week}件"
        text += "。"
    text += visits_sentence(
        petitions.visits,
        petitions.visit_people,
        petitions.repeat_visits,
        petitions.joint_visits.total,
    )
    done = []
    if petitions.accepted:
        done.append(f"受理{petitions.accepted}件")
    if petitions.replied:
        done.append(f"办结答复{petitions.replied}件")
    if petitions.escalations.total:
        done.append(f"报请领导协调处理{petitions.escalations.total}件")
    if done:
        text += "，".join(done) + "。"
    if petitions.overdue or petitions.due_soon:
        late = []
        if petitions.overdue:
            late.append(f"有逾期未办结事项{petitions.overdue}件")
        if petitions.due_soon:
            other = "另有" if petitions.overdue else "有"
            late.append(f"{other}{petitions.due_soon}件将于{petitions.due_soon_days}日内到期")
        text += f"{words.now}{'，'.join(late)}。"
    else:
        text += f"{words.now.rstrip('，')}无逾期未办结事项。"
    return text


def notable_events(report: DailyReport) -> tuple[str, ...]:
    """Joint visits, escalations, delegations arriving, exceptions to the reception
    standards with their reasons, overdue cases: one line each (ten of a kind, the rest
    counted), names masked."""
    events: list[str] = []
    petitions, lodging = report.petitions, report.lodging
    if petitions is not None:
        events += petition_events(petitions.joint_visits, petitions.escalations, dated=False)
    if lodging is not None:
        if lodging.arriving:
            people = sum(line.guests for line in lodging.arriving)
            events.append(f"接待团组：新抵达{len(lodging.arriving)}个、共{people}人，名单附后。")
        events += standards_events(lodging.room_exceptions, lodging.meal_exceptions, report.zone)
    if petitions is not None:
        events += overdue_events(petitions.overdue_cases)
    return tuple(events) or (NOTHING_NOTABLE.format(day="今日" if report.so_far else "当日"),)


def report_text(report: DailyReport) -> ReportText:
    """The report's title, date line, paragraphs and notable events. Today's report says
    up to when its figures run at the start of its first paragraph."""
    words = _Words(report)
    paragraphs = []
    if report.queue is not None:
        paragraphs.append(queue_paragraph(report.queue, words))
    if report.lodging is not None:
        paragraphs.append(lodging_paragraph(report.lodging, words))
    if report.petitions is not None:
        paragraphs.append(petitions_paragraph(report.petitions, words))
    if paragraphs and words.until:
        paragraphs[0] = words.until + paragraphs[0]
    return ReportText(
        title=TITLE,
        date_line=date_line(report),
        paragraphs=tuple(paragraphs),
        events=notable_events(report),
    )

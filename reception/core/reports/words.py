"""The words the reports share, Qt-free: dates, percentages and changes as official
documents write them, and the notable events' lines (reception.core.reports.events).

A report is an official document issued in Chinese whatever the desk's language, like the
notices' templates (core/petitions/documents.py): its sentences are the office's text, not
UI strings, and are written here in Chinese. Numbers are Arabic figures with no space
before their measure word (128人次), as official documents write them (GB/T 15835); a
change is 增加 / 减少 a percentage to one decimal place (a rate: 提高 / 降低 so many
percentage points), or 持平, never a negative rise."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reception.core.reports.events import (
    Escalation,
    JointVisit,
    Listed,
    MealException,
    OverdueCase,
    RoomException,
)

FORMS = {"visit": "来访", "letter": "来信", "phone": "来电", "online": "网上信访"}
FORM_ORDER = ("visit", "letter", "phone", "online")
ROOM_TYPES = {
    "standard": "标准间",
    "single": "单人间",
    "ordinary_suite": "普通套间",
    "suite": "高级套间",
}


@dataclass(frozen=True)
class ReportText:
    title: str
    date_line: str  # 2026年11月25日（星期三）, and the time for today's report
    paragraphs: tuple[str, ...]
    events: tuple[str, ...]  # one notable event a line; NOTHING_NOTABLE alone when none


def chinese_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def month_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as a percentage to one decimal place, rounded half up, without a
    trailing .0: 12.3%, 12%, 0.4%."""
    tenths = (part * 1000 + whole // 2) // whole
    whole_part, tenth = divmod(tenths, 10)
    return f"{whole_part}%" if tenth == 0 else f"{whole_part}.{tenth}%"


@dataclass(frozen=True)
class Basis:
    """What a figure is compared with: 上周同日 (较上周同日增加…), 上月 (环比增加…), 上年同期
    (同比增加…)."""

    name: str
    lead: str  # the words before 增加 / 减少


LAST_WEEK = Basis("上周同日", "较上周同日")
MONTH_BEFORE = Basis("上月", "环比")
YEAR_BEFORE = Basis("上年同期", "同比")


def change(now: int, before: int | None, measure: str, basis: Basis = LAST_WEEK) -> str:
    """The change against `basis`: 较上周同日增加12.3%, 环比减少5%, 与上月持平; a basis of 0
    is told as such (上月为0件), one without records as 上年同期无数据. A change too small
    for a tenth of a per cent is told in the measure (增加1人次); never a negative rise."""
    if before is None:
        return f"{basis.name}无数据"
    if before == 0:
        return f"{basis.name}为0{measure}" if now else f"与{basis.name}持平"
    if now == before:
        return f"与{basis.name}持平"
    word = "增加" if now > before else "减少"
    shown = percent(abs(now - before), before)
    if shown == "0%":
        return f"{basis.lead}{word}{abs(now - before)}{measure}"
    return f"{basis.lead}{word}{shown}"


def tenths(part: int, whole: int) -> int:
    """`part` of `whole` in tenths of a per cent, rounded half up, as percent() shows it."""
    return (part * 1000 + whole // 2) // whole


def rate_change(now: tuple[int, int], before: tuple[int, int] | None, basis: Basis) -> str:
    """A rate against the same rate of `basis`, in percentage points of the rates as shown:
    较上月提高1.2个百分点, 较上年同期降低0.5个百分点, 与上月持平; 上月无数据 when `before`
    is None or has no whole."""
    if before is None or before[1] == 0 or now[1] == 0:
        return f"{basis.name}无数据"
    gap = tenths(*now) - tenths(*before)
    if gap == 0:
        return f"与{basis.name}持平"
    points, tenth = divmod(abs(gap), 10)
    shown = f"{points}" if tenth == 0 else f"{points}.{tenth}"
    return f"较{basis.name}{'提高' if gap > 0 else '降低'}{shown}个百分点"


def minutes_change(now: int, before: int | None, basis: Basis) -> str:
    """A wait against `basis`: 较上月缩短2分钟, 较上年同期延长1分钟, 与上月持平."""
    if before is None:
        return f"{basis.name}无数据"
    if now == before:
        return f"与{basis.name}持平"
    return f"较{basis.name}{'延长' if now > before else '缩短'}{abs(now - before)}分钟"


def minutes(value: int) -> str:
    return "不足1分钟" if value < 1 else f"{value}分钟"


def forms_clause(by_form: Iterable[tuple[object, int]]) -> str:
    """，其中来访12件、来信3件: cases by form, in the forms' order (others after, as given);
    nothing when they are all of one form."""
    counts = {str(form): n for form, n in by_form}
    parts = [f"{FORMS[f]}{counts[f]}件" for f in FORM_ORDER if counts.get(f)]
    parts += [f"{f}{n}件" for f, n in counts.items() if f not in FORMS and n]
    return f"，其中{'、'.join(parts)}" if len(parts) > 1 else ""


def visits_sentence(visits: int, people: int, repeats: int, joint: int) -> str:
    """接待群众来访12批次30人次，其中重复访2批次、集体访1批次。; nothing without visits."""
    if not visits:
        return ""
    text = f"接待群众来访{visits}批次{people}人次"
    parts = []
    if repeats:
        parts.append(f"重复访{repeats}批次")
    if joint:
        parts.append(f"集体访{joint}批次")
    if parts:
        text += f"，其中{'、'.join(parts)}"
    return text + "。"


def exceptions_sentence(rooms: int, meals: int) -> str:
    """Rooms and meals above the reception standards, counted, pointing to the notable
    events; nothing when there are none."""
    above = []
    if rooms:
        above.append(f"超出接待标准安排客房{rooms}间")
    if meals:
        above.append(f"陪餐人数超过规定{meals}餐")
    return f"{'、'.join(above)}，详见重要事项。" if above else ""


def subject(category: str) -> str:
    """A category "group/category" named by its last part: 城乡建设/征地拆迁 -> 征地拆迁."""
    return category.rsplit("/", 1)[-1].strip()


def local_time(moment: datetime, zone: str) -> str:
    """9:05 in the office's time zone."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.hour}:{local.minute:02d}"


def local_day_time(moment: datetime, zone: str) -> str:
    """11月25日12:00 in the office's time zone."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{month_day(local.date())}{local.hour}:{local.minute:02d}"


def _on(day: date, dated: bool) -> str:
    return f"{month_day(day)}，" if dated else ""


def petition_events(
    joint: Listed[JointVisit], escalated: Listed[Escalation], *, dated: bool
) -> list[str]:
    """Joint visits and escalations, one line each, the rest counted; `dated`: each line
    starts with its day (a month's report)."""
    events: list[str] = []
    for visit in joint.items:
        line = f"集体访：{_on(visit.came_on, dated)}{visit.case_no}号事项，来访{visit.people}人"
        if visit.category:
            line += f"，反映{subject(visit.category)}问题"
        if visit.representatives:
            line += f"，代表{visit.representatives}"
        events.append(line + "。")
    if joint.more > 0:
        events.append(f"另有{joint.more}批次集体访，不再一一列出。")
    for up in escalated.items:
        about = f"（{subject(up.category)}）" if up.category else ""
        leader = up.leader or "领导"
        events.append(
            f"报请领导：{_on(up.on_day, dated)}{up.case_no}号事项{about}报请{leader}协调处理。"
        )
    if escalated.more > 0:
        events.append(f"另有{escalated.more}件事项报请领导协调处理，不再一一列出。")
    return events


def standards_events(
    rooms: Listed[RoomException], meals: Listed[MealException], zone: str
) -> list[str]:
    """Rooms and meals above the reception standards, with their reasons."""
    events: list[str] = []
    for room in rooms.items:
        kind = ROOM_TYPES.get(room.room_type, room.room_type)
        events.append(
            f"超标准安排客房：{room.room}房间（{room.guest}）为{kind}，"
            f"高于接待标准，理由：{room.reason.rstrip('。')}。"
        )
    if rooms.more > 0:
        events.append(f"另有{rooms.more}间客房高于接待标准安排，详见客房情况表。")
    for meal in meals.items:
        what = meal.title or "用餐"
        reason = f"理由：{meal.reason.rstrip('。')}" if meal.reason else "未记录理由"
        events.append(
            f"陪餐超标：{meal.delegation}{local_day_time(meal.starts_at, zone)}{what}，"
            f"宾客{meal.guests}人，陪餐{meal.staff}人（规定不超过{meal.limit}人），{reason}。"
        )
    if meals.more > 0:
        events.append(f"另有{meals.more}餐陪餐人数超过规定，不再一一列出。")
    return events


def overdue_events(overdue: Listed[OverdueCase]) -> list[str]:
    events = []
    for case in overdue.items:
        who = "，".join(part for part in (case.petitioners, case.unit) if part)
        events.append(
            f"逾期事项：{case.case_no}号事项（{who}），办理期限{month_day(case.due)}，"
            f"已逾期{case.days_over}日。"
        )
    if overdue.more > 0:
        events.append(f"另有{overdue.more}件事项逾期未办结，详见信访事项期限清单。")
    return events

"""Month arithmetic for the room chart: the first day of a month, a month later or earlier,
how many days a month has."""

from __future__ import annotations

import calendar
from datetime import date


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_length(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]

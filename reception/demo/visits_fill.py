"""Demo visits: `scale` visits of office life, written in the caller's unit of work.

- Past working days (chinesecalendar's holidays and make-up days; weekends outside its
  years), about 300-400 visits a day between 8:30 and 17:30 with a late-morning peak and a
  lunch dip; about 15% come by appointment.
- Returning visitors (about 30% of visits), mostly people who came recently.
- Each visit's ticket numbered per day and series in the order it was issued, then served
  at a counter by a small simulation of the day (so wait estimates have real service
  times), a few no-shows; most slips scanned at check-in; everyone left by the evening.
- Today: the same simulation stopped at `now`, so some tickets wait, some are called at
  counters, some visitors are on site; appointments for today and the next working days
  wait as "expected".
- `ticket_number` holds the last number used per day and series, so the next ticket issued
  at the desk continues the numbering.

Rows go in with SQLAlchemy Core executemany in large batches, primary keys given here so
the rows can refer to each other without a round trip. No audit rows: the caller writes one
for the whole fill. Phones and ID numbers are encrypted exactly as registration does.
"""

from __future__ import annotations

import secrets
from array import array
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import Date, DateTime, Table, column, func, insert, select, table
from sqlalchemy.orm import Session

from reception.core.people import name_search_keys
from reception.core.security.fields import FieldCipher
from reception.core.security.models import Operator
from reception.core.security.roles import Actor, Role
from reception.core.visitors.clock import day_end
from reception.core.visitors.models import (
    CheckIn,
    Ticket,
    TicketNumber,
    TicketState,
    Visit,
    VisitKind,
    Visitor,
)
from reception.core.visitors.numbers import LAST_NUMBER
from reception.core.visitors.order import order_key
from reception.core.visitors.registration import ID_NUMBER, PHONE
from reception.core.visitors.settings import PriorityClass, QueueSettings, load_queue_settings
from reception.demo.area_filler import AreaFiller
from reception.demo.people_gen import PeopleGenerator

Progress = Callable[[int, int], None]

BATCH: Final = 20_000  # visits per executemany round
RETURNING_SHARE: Final = 0.30
APPOINTMENT_SHARE: Final = 0.15
ID_NUMBER_SHARE: Final = 0.35
WALK_IN_NO_SHOW: Final = 0.02
APPOINTMENT_NO_ARRIVAL: Final = 0.05
SCANNED_SHARE: Final = 0.92  # walk-ins whose slip is scanned at the gate
DAYS_AHEAD: Final = 10  # working days that hold appointments ahead
MOST_AHEAD: Final = 300  # appointments ahead at most
BURST: Final = 8  # walk-ins in the last minutes before now, so today's queue is live
OPENS: Final = time(8, 30)
SLOT_SECONDS: Final = 15 * 60
# Relative arrivals per quarter hour from 8:30 to 17:30: a late-morning peak, a lunch dip,
# a smaller afternoon peak.
_SLOT_WEIGHTS: Final = (
    3, 4,            # 8:30
    6, 7, 8, 9,      # 9:00
    10, 10, 10, 9,   # 10:00
    8, 7, 5, 4,      # 11:00
    2, 2, 2, 2,      # 12:00
    2, 3, 3, 4,      # 13:00
    6, 7, 7, 7,      # 14:00
    6, 6, 5, 5,      # 15:00
    4, 4, 3, 3,      # 16:00
    2, 1,            # 17:00
)  # fmt: skip
_SLOT_CUMULATIVE: Final = tuple(accumulate(_SLOT_WEIGHTS))
_WEEKDAY_FACTOR: Final = (1.12, 1.0, 1.0, 0.98, 0.88, 0.6, 0.6)
_PRIORITY_WEIGHTS: Final = (
    (PriorityClass.ORDINARY, 880),
    (PriorityClass.ELDERLY, 70),
    (PriorityClass.DISABLED, 20),
    (PriorityClass.PREGNANT, 15),
    (PriorityClass.SERVICEMAN, 15),
)
_PRIORITY_CUMULATIVE: Final = tuple(accumulate(w for _, w in _PRIORITY_WEIGHTS))
_PURPOSES: Final[dict[str, tuple[str, ...]]] = {
    "general": (
        "咨询政策",
        "办理证明",
        "递交材料",
        "领取文件",
        "查询办理进度",
        "开具介绍信",
        "补正材料",
        "咨询社保事宜",
    ),
    "petition": (
        "反映拆迁补偿问题",
        "反映劳资纠纷",
        "咨询信访事项办理进度",
        "提交信访材料",
        "反映物业管理问题",
        "反映环境污染问题",
    ),
    "appointment": (
        "约见办公室负责同志",
        "参加座谈会",
        "商谈合作事宜",
        "递交项目材料",
        "汇报工作",
        "参加评审会",
    ),
}
_HOSTS: Final = ("办公室", "综合科", "信访科", "人事科", "财务科", "法制科", "督查室", "接待科")
_DESKS: Final = ("前台1", "前台2", "东门")
_EPOCH: Final = datetime(1970, 1, 1)
_MINUTE: Final = 60.0


@cache
def is_workday(day: date) -> bool:
    """A working day of the mainland calendar; weekdays outside chinesecalendar's years."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


@dataclass
class _Day:
    day: date
    start: int  # first visit index
    end: int  # one past the last
    today: bool = False
    ahead: bool = False


@dataclass
class VisitCounts:
    visitors: int = 0
    visits: int = 0
    tickets: int = 0
    check_ins: int = 0
    appointments_ahead: int = 0
    waiting_now: int = 0
    called_now: int = 0
    on_site_now: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Plan:
    """Who comes when, decided first in cheap arrays; rows are built from it day by day."""

    days: list[_Day] = field(default_factory=list)
    moments: array[float] = field(default_factory=lambda: array("d"))  # epoch s; slot if appt
    appointment: bytearray = field(default_factory=bytearray)
    visitor: array[int] = field(default_factory=lambda: array("q"))  # visitor index
    new: bytearray = field(default_factory=bytearray)  # 1: the visitor's first visit
    count: array[int] = field(default_factory=lambda: array("q"))  # visits per visitor
    last: array[int] = field(default_factory=lambda: array("q"))  # visitor's last visit


def _light(model: Any) -> Any:
    """The table without column types: values go to the driver as prepared here."""
    mapped: Table = model.__table__
    return table(mapped.name, *(column(c.name) for c in mapped.columns))


class _Values:
    """Dates and instants the way the dialect's own types would bind them (ISO text on
    SQLite, objects on PostgreSQL), prepared once per value instead of per bind."""

    def __init__(self, session: Session) -> None:
        dialect = session.get_bind().dialect
        self.sqlite = dialect.name == "sqlite"
        probe = datetime(2026, 1, 2, 3, 4, 5)
        instant = DateTime().dialect_impl(dialect).bind_processor(dialect)
        day = Date().dialect_impl(dialect).bind_processor(dialect)
        self.instant: Callable[[datetime], Any] = (
            _iso_instant
            if instant is not None and instant(probe) == _iso_instant(probe)
            else instant or _same
        )
        self.day: Callable[[date], Any] = (
            _iso_day if day is not None and day(probe.date()) == _iso_day(probe.date()) else day
        ) or _same

    def maybe(self, moment: datetime | None) -> Any:
        return None if moment is None else self.instant(moment)


def _iso_instant(moment: datetime) -> str:
    return moment.isoformat(" ", "microseconds")


def _iso_day(day: date) -> str:
    return day.isoformat()


def _same(value: Any) -> Any:
    return value


def _naive(epoch: float) -> datetime:
    return _EPOCH + timedelta(seconds=epoch)


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


class VisitFiller(AreaFiller):
    def __init__(
        self,
        session: Session,
        actor: Actor,
        people: PeopleGenerator,
        scale: int,
        now: datetime,
        progress: Progress,
        seed: int,
    ) -> None:
        super().__init__(session, actor, people, scale, now, seed, (7919, 17))
        self.progress = progress
        self.now_epoch = _epoch(self.now)
        self.settings: QueueSettings = load_queue_settings(session)
        self.cipher: FieldCipher = session.info["cipher"]
        self.values = _Values(session)
        self.counts = VisitCounts()
        self._keys: dict[str, tuple[str, str]] = {}
        self._series_setup()

    # -- settings --------------------------------------------------------------------------

    def _series_setup(self) -> None:
        settings = self.settings
        self.appointment_series = settings.appointment_series
        walk_in = [s.series for s in settings.services if s.series != self.appointment_series]
        if not walk_in:
            walk_in = [settings.services[0].series]
        weights = [3] + [1] * (len(walk_in) - 1)
        self.walk_in_series = walk_in
        self.walk_in_cumulative = tuple(accumulate(weights))
        # The counters that call each series, as the desk would: those listing it.
        self.counters_for = {
            s.series: [c.number for c in settings.counters if s.series in c.series]
            for s in settings.services
        }
        first = settings.services[0].series
        self.purposes = {
            s.series: _PURPOSES[
                "appointment"
                if s.series == self.appointment_series
                else ("general" if s.series == first else "petition")
            ]
            for s in settings.services
        }

    def _service_minutes(self, series: str) -> float:
        """Minutes at the counter: the first service quick, petitions longer."""
        if series == self.settings.services[0].series:
            return 1.0 + self.rng.expovariate(1 / 2.0)
        if series == self.appointment_series:
            return 1.5 + self.rng.expovariate(1 / 2.5)
        return 2.0 + self.rng.expovariate(1 / 4.0)

    # -- the plan ---------------------------------------------------------------------------

    def _day_open(self, day: date) -> float:
        return datetime.combine(day, OPENS, tzinfo=self.zone).timestamp()

    def _walk_in_moment(self, opens: float) -> float:
        slot = bisect(_SLOT_CUMULATIVE, self.random() * _SLOT_CUMULATIVE[-1])
        return opens + slot * SLOT_SECONDS + self.random() * SLOT_SECONDS

    def _slot(self, opens: float) -> float:
        """An appointment slot on the half hour, 9:00 to 17:00."""
        return opens + 30 * _MINUTE + int(self.random() * 17) * 30 * _MINUTE

    def _daily(self, day: date) -> int:
        return int((300 + self.random() * 101) * _WEEKDAY_FACTOR[day.weekday()])

    def _elapsed_share(self, opens: float) -> float:
        """How much of a day's arrivals have come by now."""
        if self.now_epoch <= opens:
            return 0.0
        done = (self.now_epoch - opens) / SLOT_SECONDS
        whole = int(done)
        if whole >= len(_SLOT_WEIGHTS):
            return 1.0
        mass = (_SLOT_CUMULATIVE[whole - 1] if whole else 0) + _SLOT_WEIGHTS[whole] * (done - whole)
        return mass / _SLOT_CUMULATIVE[-1]

    def _today_walk_ins(self, count: int, opens: float) -> list[float]:
        """Walk-ins of today up to now; the last few in a burst just before now."""
        now = self.now_epoch
        burst = min(BURST, count)
        start_of_day = datetime.combine(self.today, time(0), tzinfo=self.zone).timestamp()
        moments = [
            max(start_of_day, now - 12 * _MINUTE + self.random() * (12 * _MINUTE - 5))
            for _ in range(burst)
        ]
        for _ in range(count - burst):
            moment = now + 1
            if now > opens:
                for _try in range(50):
                    moment = self._walk_in_moment(opens)
                    if moment < now:
                        break
            if moment >= now:  # before opening, or hardly any of the day gone
                low = max(start_of_day, min(opens, now - 3600))
                moment = low + self.random() * (now - low)
            moments.append(moment)
        return moments

    def _plan(self) -> _Plan:
        plan = _Plan()
        remaining = self.scale
        ahead_total = min(self.scale // 50, MOST_AHEAD)
        remaining -= ahead_total
        opens = self._day_open(self.today)
        daily = self._daily(self.today)
        share = self._elapsed_share(opens)
        walk_ins_today = min(remaining, int(daily * (1 - APPOINTMENT_SHARE) * share) + BURST)
        remaining -= walk_ins_today
        appointments_today = min(remaining, int(daily * APPOINTMENT_SHARE))
        remaining -= appointments_today
        past: list[tuple[date, int]] = []
        day = self.today - timedelta(days=1)
        while remaining > 0:
            if is_workday(day):
                n = min(remaining, self._daily(day))
                past.append((day, n))
                remaining -= n
            day -= timedelta(days=1)
        past.reverse()

        def add(day: date, items: list[tuple[float, int]], **flags: bool) -> None:
            items.sort()
            start = len(plan.moments)
            for moment, appointment in items:
                plan.moments.append(moment)
                plan.appointment.append(appointment)
            plan.days.append(_Day(day, start, len(plan.moments), **flags))

        for day, n in past:
            opens = self._day_open(day)
            items = []
            for _ in range(n):
                if self.random() < APPOINTMENT_SHARE:
                    items.append((self._slot(opens), 1))
                else:
                    items.append((self._walk_in_moment(opens), 0))
            add(day, items)
        opens = self._day_open(self.today)
        today = [(m, 0) for m in self._today_walk_ins(walk_ins_today, opens)]
        today += [(self._slot(opens), 1) for _ in range(appointments_today)]
        add(self.today, today, today=True)
        ahead_days: list[date] = []
        day = self.today + timedelta(days=1)
        while len(ahead_days) < DAYS_AHEAD and ahead_total:
            if is_workday(day):
                ahead_days.append(day)
            day += timedelta(days=1)
        per_day: dict[date, list[tuple[float, int]]] = {d: [] for d in ahead_days}
        for _ in range(ahead_total):
            # Nearer days hold more appointments than later ones.
            day = ahead_days[int(len(ahead_days) * self.random() ** 1.5)]
            per_day[day].append((self._slot(self._day_open(day)), 1))
        for day in ahead_days:
            add(day, per_day[day], ahead=True)
        self._assign_visitors(plan)
        return plan

    def _assign_visitors(self, plan: _Plan) -> None:
        random = self.random
        visitors = 0
        for index in range(len(plan.moments)):
            if visitors and random() < RETURNING_SHARE:
                # Mostly people who came recently: regulars, and cases that need a second visit.
                who = visitors - 1 - int(visitors * random() ** 3)
                plan.new.append(0)
                plan.count[who] += 1
                plan.last[who] = index
            else:
                who = visitors
                visitors += 1
                plan.new.append(1)
                plan.count.append(1)
                plan.last.append(index)
            plan.visitor.append(who)

    # -- existing rows ------------------------------------------------------------------------

    def _start_ids(self) -> dict[str, int]:
        session = self.session
        return {
            name: int(session.scalar(select(func.coalesce(func.max(col), 0))) or 0) + 1
            for name, col in (
                ("visitor", Visitor.id),
                ("visit", Visit.id),
                ("ticket", Ticket.id),
                ("check_in", CheckIn.id),
            )
        }

    def _last_numbers(self, first_day: date) -> dict[tuple[date, str], int]:
        rows = self.session.execute(
            select(TicketNumber.day, TicketNumber.series, TicketNumber.last).where(
                TicketNumber.day >= first_day
            )
        ).all()
        return {(day, series): last for day, series, last in rows}

    def _busy_counters(self) -> set[int]:
        rows = self.session.scalars(
            select(Ticket.counter).where(
                Ticket.day == self.today, Ticket.state == TicketState.CALLED.value
            )
        ).all()
        return {c for c in rows if c is not None}

    def _clerks(self) -> list[int | None]:
        ids = self.session.scalars(
            select(Operator.id)
            .where(Operator.role == Role.RECEPTIONIST.value, Operator.active.is_(True))
            .order_by(Operator.id)
        ).all()
        return list(ids) or [self.actor.operator_id]

    # -- rows ----------------------------------------------------------------------------------

    def _search_keys(self, name: str) -> tuple[str, str]:
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_search_keys(name)
        return keys

    def _visitor_row(
        self, visitor_id: int, plan: _Plan, who: int, created: datetime
    ) -> dict[str, Any]:
        people, cipher, instant = self.people, self.cipher, self.values.instant
        name = people.name()
        mobile = people.mobile()
        pinyin, initials = self._search_keys(name)
        phone_blob, phone_hash = cipher.protect(mobile, PHONE)
        id_blob = id_hash = None
        if self.random() < ID_NUMBER_SHARE:
            id_blob, id_hash = cipher.protect(people.id_number(), ID_NUMBER)
        last = min(plan.moments[plan.last[who]], self.now_epoch)
        return {
            "id": visitor_id,
            "name": name,
            "name_pinyin": pinyin,
            "name_initials": initials,
            "phone_blob": phone_blob,
            "phone_hash": phone_hash,
            "phone_tail": mobile[-4:],
            "phone_masked": mobile[:3] + "****" + mobile[-4:],
            "id_number_blob": id_blob,
            "id_number_hash": id_hash,
            "visits": plan.count[who],
            "last_visit_at": instant(max(_naive(last), created)),
            "created_at": instant(created),
        }

    def _priority(self) -> str:
        index = bisect(_PRIORITY_CUMULATIVE, self.random() * _PRIORITY_CUMULATIVE[-1])
        return _PRIORITY_WEIGHTS[index][0].value

    def _walk_in_series(self) -> str:
        cumulative = self.walk_in_cumulative
        index = bisect(cumulative, self.random() * cumulative[-1])
        return self.walk_in_series[index]

    def _party(self) -> int:
        draw = self.random()
        return 1 if draw < 0.85 else 2 if draw < 0.95 else 3 + int(self.random() * 3)

    def run(self) -> VisitCounts:
        plan = self._plan()
        if not plan.days:
            return self.counts
        session = self.session
        sqlite = self.values.sqlite
        connection = session.connection()
        if sqlite:  # a large page cache for the bulk inserts into the indexes
            connection.exec_driver_sql("PRAGMA cache_size=-262144")
        else:
            connection.exec_driver_sql(
                "LOCK TABLE visitor, visit, ticket, check_in, ticket_number IN EXCLUSIVE MODE"
            )
        self.ids = self._start_ids()
        self.numbers = self._last_numbers(plan.days[0].day)
        self.clerks = self._clerks()
        self.visitor_ids: array[int] = array("q", bytes(8 * len(plan.count)))
        self.rows: dict[str, list[dict[str, Any]]] = {
            "visitor": [],
            "visit": [],
            "ticket": [],
            "check_in": [],
        }
        self.tables = {
            "visitor": _light(Visitor),
            "visit": _light(Visit),
            "ticket": _light(Ticket),
            "check_in": _light(CheckIn),
        }
        self.busy = self._busy_counters()
        touched: dict[tuple[date, str], int] = {}
        try:
            for day in plan.days:
                self._fill_day(plan, day, touched)
                if len(self.rows["visit"]) >= BATCH:
                    self._flush()
            self._flush()
            self._write_numbers(touched)
            if not sqlite:
                self._advance_sequences()
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA cache_size=-2000")
        return self.counts

    def _flush(self) -> None:
        connection = self.session.connection()
        for name in ("visitor", "visit", "ticket", "check_in"):  # referenced rows first
            rows = self.rows[name]
            if rows:
                connection.execute(insert(self.tables[name]), rows)
                rows.clear()
        self.progress(min(self.scale, self.counts.visits), self.scale)

    def _write_numbers(self, touched: dict[tuple[date, str], int]) -> None:
        if not touched:
            return
        from sqlalchemy.dialects import postgresql, sqlite

        dialect_insert: Any = sqlite.insert if self.values.sqlite else postgresql.insert
        statement = dialect_insert(TicketNumber)
        statement = statement.on_conflict_do_update(
            index_elements=[TicketNumber.day, TicketNumber.series],
            set_={"last": statement.excluded.last},
        )
        rows = [{"day": d, "series": s, "last": last} for (d, s), last in touched.items()]
        for start in range(0, len(rows), BATCH):
            self.session.execute(statement, rows[start : start + BATCH])

    def _advance_sequences(self) -> None:
        """Ids were given here: move PostgreSQL's sequences past them for the desks."""
        connection = self.session.connection()
        for name in ("visitor", "visit", "ticket", "check_in"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )

    # -- one day --------------------------------------------------------------------------

    def _fill_day(self, plan: _Plan, day: _Day, touched: dict[tuple[date, str], int]) -> None:
        random, rng, values = self.random, self.rng, self.values
        now = self.now_epoch
        expires = values.instant(day_end(day.day, self.zone).replace(tzinfo=None))
        day_value = values.day(day.day)
        visits: list[dict[str, Any]] = []
        # registration and arrival, per visit of the day
        for index in range(day.start, day.end):
            moment = plan.moments[index]
            if plan.appointment[index]:
                series = self.appointment_series
                priority = PriorityClass.APPOINTMENT.value
                slot: float | None = moment
                if day.ahead:
                    registered = now - random() * 5 * 86400
                else:
                    registered = min(moment - 3600 - random() * 6 * 86400, now - 60)
                arrival: float | None = moment + rng.gauss(-8, 10) * _MINUTE
                assert arrival is not None
                arrival = min(max(arrival, moment - 40 * _MINUTE), moment + 60 * _MINUTE)
                if day.ahead or random() < APPOINTMENT_NO_ARRIVAL or arrival > now:
                    arrival = None
                kind = VisitKind.APPOINTMENT.value
            else:
                series = self._walk_in_series()
                priority = self._priority()
                slot = None
                registered = arrival = moment
                kind = VisitKind.WALK_IN.value
            visits.append(
                {
                    "index": index,
                    "series": series,
                    "priority": priority,
                    "slot": slot,
                    "registered": registered,
                    "arrival": arrival,
                    "kind": kind,
                }
            )
        # numbers per series in the order the tickets were issued
        visits.sort(key=lambda v: (v["series"], v["registered"]))
        kept = []
        for visit in visits:
            numbering = (day.day, visit["series"])
            number = touched.get(numbering) or self.numbers.get(numbering, 0)
            number += 1
            if number > LAST_NUMBER:
                continue  # a day already full from an earlier demo run
            touched[numbering] = number
            visit["number"] = number
            kept.append(visit)
        self._simulate(kept, day)
        kept.sort(key=lambda v: v["index"])
        rows = self.rows
        instant, maybe = values.instant, values.maybe
        clerks = self.clerks
        for visit in kept:
            index = visit["index"]
            who = plan.visitor[index]
            registered_at = _naive(visit["registered"])
            if plan.new[index] or not self.visitor_ids[who]:
                visitor_id = self.ids["visitor"]
                self.ids["visitor"] += 1
                self.visitor_ids[who] = visitor_id
                rows["visitor"].append(self._visitor_row(visitor_id, plan, who, registered_at))
                self.counts.visitors += 1
            visit_id = self.ids["visit"]
            self.ids["visit"] += 1
            series = visit["series"]
            arrival = visit["arrival"]
            arrived_at = None if arrival is None else _naive(arrival)
            slot_at = None if visit["slot"] is None else _naive(visit["slot"])
            left = visit.get("left")
            clerk = clerks[int(random() * len(clerks))]
            rows["visit"].append(
                {
                    "id": visit_id,
                    "visitor_id": self.visitor_ids[who],
                    "kind": visit["kind"],
                    "day": day_value,
                    "purpose": self.pick(self.purposes.get(series, _PURPOSES["general"])),
                    "host": self.pick(_HOSTS) if random() < 0.6 or slot_at else "",
                    "party_size": self._party(),
                    "priority": visit["priority"],
                    "appointment_at": maybe(slot_at),
                    "registered_at": instant(registered_at),
                    "registered_by": clerk,
                    "arrived_at": maybe(arrived_at),
                    "left_at": None if left is None else instant(_naive(left)),
                    "token_id": secrets.token_hex(10),
                    "token_expires_at": expires,
                }
            )
            state = visit["state"]
            key = _naive(visit["key"]) if "key" in visit else None
            called = visit.get("called")
            served = visit.get("served")
            rows["ticket"].append(
                {
                    "id": self.ids["ticket"],
                    "visit_id": visit_id,
                    "day": day_value,
                    "series": series,
                    "number": visit["number"],
                    "queue_series": series,
                    "state": state,
                    "order_key": maybe(key),
                    "issued_at": instant(registered_at),
                    "queued_at": maybe(arrived_at if key is not None else None),
                    "first_called_at": None if called is None else instant(_naive(called)),
                    "called_at": None
                    if called is None
                    else instant(_naive(called + visit.get("recalls", 0) * _MINUTE)),
                    "served_at": None if served is None else instant(_naive(served)),
                    "counter": visit.get("counter"),
                    "for_counter": None,
                    "recalls": visit.get("recalls", 0),
                }
            )
            self.ids["ticket"] += 1
            self.counts.tickets += 1
            scanned = visit.get("scanned")
            if scanned is not None:
                rows["check_in"].append(
                    {
                        "id": self.ids["check_in"],
                        "visit_id": visit_id,
                        "at": instant(_naive(scanned)),
                        "operator_id": clerk,
                        "desk": self.pick(_DESKS),
                    }
                )
                self.ids["check_in"] += 1
                self.counts.check_ins += 1
            self.counts.visits += 1
            if day.ahead:
                self.counts.appointments_ahead += 1
            elif day.today:
                if state == TicketState.WAITING:
                    self.counts.waiting_now += 1
                elif state == TicketState.CALLED:
                    self.counts.called_now += 1
                if arrival is not None and left is None:
                    self.counts.on_site_now += 1

    def _simulate(self, visits: list[dict[str, Any]], day: _Day) -> None:
        """Serve the day's arrived tickets at the counters in queue order, one at a time per
        counter; on today, stop the clock at now."""
        now = self.now_epoch if day.today else float("inf")
        random = self.random
        for visit in visits:
            arrival = visit["arrival"]
            visit["state"] = (
                TicketState.EXPECTED.value if day.ahead or day.today else TicketState.NO_SHOW.value
            )
            if arrival is None:
                continue
            if visit["kind"] == VisitKind.APPOINTMENT.value:
                visit["scanned"] = arrival  # the scan is what queues an appointment
            elif random() < SCANNED_SHARE:
                scanned = arrival + (20 + random() * 160)
                if scanned <= now:
                    visit["scanned"] = scanned
        arrived = [v for v in visits if v["arrival"] is not None]
        settings = self.settings
        for visit in arrived:
            slot = visit["slot"]
            visit["key"] = _epoch(
                order_key(
                    _naive(visit["arrival"]).replace(tzinfo=UTC),
                    visit["priority"],
                    settings,
                    None if slot is None else _naive(slot).replace(tzinfo=UTC),
                )
            )
        arrived.sort(key=lambda v: v["key"])
        # A counter still calling a ticket of an earlier demo run today stays busy past now.
        free: dict[int, float] = dict.fromkeys(self.busy, now + 1) if day.today else {}
        for visit in arrived:
            counters = self.counters_for.get(visit["series"]) or []
            arrival = visit["arrival"]
            if not counters:  # no counter calls this series: it waits (today) or lapses
                visit["state"] = (
                    TicketState.WAITING.value if day.today else TicketState.NO_SHOW.value
                )
                visit["left"] = None if day.today else arrival + 30 * _MINUTE
                continue
            free_at, counter = min((free.get(c, 0.0), c) for c in counters)
            called = max(arrival + 15 + random() * 45, free_at + 10 + random() * 20)
            no_show = visit["kind"] == VisitKind.WALK_IN.value and random() < WALK_IN_NO_SHOW
            minutes = 2.0 if no_show else self._service_minutes(visit["series"])
            finished = called + minutes * _MINUTE
            free[counter] = finished
            if called > now:  # still waiting at now
                visit["state"] = TicketState.WAITING.value
                continue
            visit["called"], visit["counter"] = called, counter
            if finished > now:  # at the counter now
                visit["state"] = TicketState.CALLED.value
                continue
            if no_show:
                visit["state"] = TicketState.NO_SHOW.value
                visit["recalls"] = 2
                left = called + minutes * _MINUTE
            else:
                visit["state"] = TicketState.SERVED.value
                visit["served"] = finished
                stay = (20 + random() * 70) if visit["slot"] is not None else 2 + random() * 25
                left = finished + stay * _MINUTE
            if left <= now:
                visit["left"] = left

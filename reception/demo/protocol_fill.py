"""Demo precedence and seating (排名、座次) and reception plans (接待方案).

- Officials: the demo city's (示范市) leaders and bureau heads, 34 of them, each rank in
  the office's own order 1..k; their pinyin key as the officials service computes it.
- Seating events around the office's day: podium meetings (rows such as [7, 9]) in the past
  and coming days; for demo delegations arriving in the coming week a working dinner on two
  tables (the host side within the accompanying-staff limit); for delegations of the past
  and coming week a meeting-table talk, a car to a site and a group photo. More of each
  with the scale, gently, and capped.
- Seats: what the desk's "compute" gives, through the same pure planning (charts.plan_seats
  over the event's participants in their order), written as rows, not through the audited
  service.
- The delegations seated here get a short programme, their meals (one meal above the staff
  limit, with the reason the plan shows as a warning) and their cars.

Only when the office has no officials yet: a second run adds nothing here. A handful of
rows, added through the session in the caller's unit of work; no audit rows (the caller
writes one for the whole fill).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from math import isqrt
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.lodging.models import Activity, Delegation, Guest
from reception.core.people import Gender, check_name, pinyin_key
from reception.core.protocol.charts import planned_seats, seat_rows
from reception.core.protocol.models import (
    Official,
    PlanMeal,
    PlanVehicle,
    SeatingEvent,
    SeatingParticipant,
    SeatingSeat,
)
from reception.core.protocol.precedence import guest_key
from reception.core.protocol.seating import EventKind, SeatRole, Side, staff_limit
from reception.core.ranks import Rank
from reception.core.security.roles import Actor
from reception.demo.area_filler import AreaFiller
from reception.demo.people_gen import PeopleGenerator
from reception.demo.visits_fill import is_workday

CITY: Final = "示范市"
GOVERNMENT: Final = f"{CITY}人民政府"
OFFICE: Final = f"{CITY}人民政府办公室"
_B, _BD, _C, _CD, _S = (Rank.BUREAU_CHIEF, Rank.BUREAU_DEPUTY, Rank.COUNTY_CHIEF,
                        Rank.COUNTY_DEPUTY, Rank.SECTION_CHIEF)  # fmt: skip
_PARTY, _NPC, _CPPCC = f"中共{CITY}委员会", f"{CITY}人大常委会", f"政协{CITY}委员会"
_BUREAUX: Final = ("发展和改革委员会", "财政局", "教育局", "公安局", "自然资源和规划局",
                   "住房和城乡建设局", "交通运输局", "商务局", "文化广电和旅游局",
                   "卫生健康委员会", "生态环境局")  # fmt: skip
# (post, unit, rank), each rank in the office's order: a prefecture-level city, whose
# leaders are of bureau level (正厅级) and its bureau heads of county level (正处级).
OFFICIALS: Final = (
    ("市委书记", _PARTY, _B), ("市长", GOVERNMENT, _B),
    ("市人大常委会主任", _NPC, _B), ("市政协主席", _CPPCC, _B),
    ("市委副书记", _PARTY, _BD), ("常务副市长", GOVERNMENT, _BD),
    *((("副市长", GOVERNMENT, _BD),) * 4),
    ("市委秘书长", _PARTY, _BD), ("市人大常委会副主任", _NPC, _BD), ("市政协副主席", _CPPCC, _BD),
    ("市政府秘书长", GOVERNMENT, _C),
    *(("主任" if b.endswith("委员会") else "局长", f"{CITY}{b}", _C) for b in _BUREAUX),
    ("主任", OFFICE, _C),
    *((("市政府副秘书长", GOVERNMENT, _CD),) * 3), *((("副主任", OFFICE, _CD),) * 2),
    ("接待科科长", OFFICE, _S), ("秘书科科长", OFFICE, _S), ("综合科科长", OFFICE, _S),
)  # fmt: skip


def _posts(*posts: str) -> tuple[int, ...]:
    """Indexes into OFFICIALS of the officials with these posts (or bureaux' heads)."""
    return tuple(i for i, (post, unit, _) in enumerate(OFFICIALS) if post in posts or unit in posts)


(MAYOR,), (EXECUTIVE,) = _posts("市长"), _posts("常务副市长")
VICE_MAYORS: Final = _posts("副市长")
BUREAU_HEADS: Final = _posts(*(f"{CITY}{b}" for b in _BUREAUX))
DEPUTY_SECRETARIES: Final = _posts("市政府副秘书长")
HOST_STAFF: Final = _posts("市政府秘书长", "接待科科长", "秘书科科长")  # at a dinner, in this order

PODIUMS: Final = (  # (title, rows front first)
    ("全市经济工作会议", (7, 9)), ("全市安全生产工作会议", (5, 7)),
    ("全市优化营商环境大会", (9, 11)), ("全市重点项目建设推进会", (7, 9)),
    ("全市防汛抗旱工作会议", (5, 7)),
)  # fmt: skip
HALL: Final = f"{CITY}会议中心大礼堂"
MEETING_ROOM: Final = "市行政中心第三会议室"
DINING: Final = f"{CITY}宾馆餐厅"
GATE: Final = "市行政中心门前"
SITES: Final = (f"{CITY}高新技术产业开发区", f"{CITY}经济技术开发区", "市民服务中心",
                "城市规划展览馆", "滨江生态湿地公园", "现代农业示范园")  # fmt: skip
# (kind of car, passenger seats, up to this many guests)
CARS: Final = (("轿车", 4, 4), ("商务车", 6, 6), ("中型客车", 19, 19), ("大型客车", 45, 500))
PLATE_LETTERS: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
OVER_LIMIT_REASON: Final = "市领导陪同调研，相关部门负责人一并汇报工作，经办公室主任批准"
MAX_EXTRA: Final = 12  # more events of a kind than one, at the largest scales
BANQUET_GUESTS: Final = (6, 16)  # delegations seated at two tables


def extra_events(scale: int) -> int:
    """Events of a kind beyond the first: none at a few hundred, a dozen at 100,000+."""
    return min(MAX_EXTRA, isqrt(max(scale, 0)) // 25)


def two_tables(guests: int) -> list[tuple[int, int]]:
    """A working dinner's tables, (guests, host side) each: the host and deputy host at
    the main table, the host side as large as the staff limit allows (at most four)."""
    hosts = min(staff_limit(guests), 4)
    main = min(8, (guests * 2 + 2) // 3)
    if guests - main <= 0 or hosts < 3:
        return [(guests, min(hosts, 2))]
    return [(main, 2), (guests - main, hosts - 2)]


@dataclass
class ProtocolCounts:
    officials: int = 0
    seating_events: int = 0
    seating_participants: int = 0
    seating_seats: int = 0
    programme_lines: int = 0
    plan_meals: int = 0
    plan_vehicles: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(eq=False)  # one delegation, one team
class _Team:
    delegation: Delegation
    guests: list[Guest]  # in the precedence order
    hosts: tuple[Official, Official] | None = None  # the same at every event of the visit
    dinner_side: int = 0  # the host side at its working dinner, when it has one

    @property
    def head_rank(self) -> Rank:
        return Rank(self.guests[0].rank) if self.guests else Rank.OTHER


class ProtocolFiller(AreaFiller):
    def __init__(
        self,
        session: Session,
        actor: Actor,
        people: PeopleGenerator,
        scale: int,
        now: datetime,
        seed: int,
    ) -> None:
        super().__init__(session, actor, people, scale, now, seed, (7_919, 57))
        self.counts = ProtocolCounts()
        self.events: list[tuple[SeatingEvent, list[SeatingParticipant]]] = []

    # -- small helpers ---------------------------------------------------------------------

    def _at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """An office-local time of `day`, as the UTC instant stored."""
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)

    def _sample(self, items: Sequence[Any], count: int) -> list[Any]:
        """`count` of `items` (fewer if there are not so many), in their order."""
        if count >= len(items):
            return list(items)
        return [items[i] for i in sorted(self.rng.sample(range(len(items)), count))]

    def _official(self, indexes: Sequence[int]) -> Official:
        return self.officials[self.rng.choice(indexes)]

    def _plate(self) -> str:
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(4))
        return f"江A·{self.rng.choice('0123456789')}{letters}"

    # -- the fill ---------------------------------------------------------------------------

    def run(self) -> ProtocolCounts:
        session = self.session
        if session.get_bind().dialect.name == "postgresql":  # one demo run at a time adds them
            session.connection().exec_driver_sql("LOCK TABLE official IN EXCLUSIVE MODE")
        if session.scalar(select(func.count()).select_from(Official)):
            return self.counts  # an earlier run (or the office) made the order already
        self._officials()
        extra = extra_events(self.scale)
        coming = self._teams(self.today, self.today + timedelta(days=6))
        recent = self._teams(self.today - timedelta(days=7), self.today - timedelta(days=1))
        big = [t for t in coming if BANQUET_GUESTS[0] <= len(t.guests) <= BANQUET_GUESTS[1]]
        dinners = self._sample(big or coming, 1 + extra)
        first = dinners[:1] or (recent + coming)[:1]  # seated at every kind of event
        others = [t for t in recent + coming if t not in first]
        talks = first + self._sample(others, 1 + extra // 2)
        cars = first + self._sample(others, extra // 3)
        photos = first + self._sample(others, extra // 4)
        self._podiums(2 + min(extra // 3, len(PODIUMS) - 2))
        for team in dinners:
            self._dinner(team)
        for team in talks:
            self._talk(team)
        for team in cars:
            self._car(team)
        for team in photos:
            self._photo(team)
        self._seat()
        planned = {t.delegation.id: t for t in dinners + talks + cars + photos}
        teams = sorted(planned.values(), key=lambda t: (t.delegation.arrive, t.delegation.id))
        programmes = [self._programme(team) for team in teams]
        session.add_all([line for lines in programmes for line in lines])
        session.flush()  # the cars name the site visits
        for team, lines in zip(teams, programmes, strict=True):
            self._plan(team, lines[1], over_limit=team in first)
            self.counts.programme_lines += len(lines)
        session.flush()
        return self.counts

    def _officials(self) -> None:
        created = self.now - timedelta(days=30)
        orders: dict[Rank, int] = {}
        names: set[str] = set()
        self.officials: list[Official] = []
        for post, unit, rank in OFFICIALS:
            orders[rank] = orders.get(rank, 0) + 1
            name = ""
            while not name or name in names:  # two officials of one name would confuse
                gender: Gender = "male" if self.rng.random() < 0.85 else "female"
                name = check_name(self.people.name(gender))
            names.add(name)
            official = Official(name=name, post=post, unit=unit, rank=rank.value, active=True)
            official.name_pinyin = pinyin_key(name)  # as officials.add_official keys it
            official.order_in_rank, official.created_at = orders[rank], created
            self.officials.append(official)
        self.session.add_all(self.officials)
        self.session.flush()
        self.counts.officials = len(self.officials)

    def _teams(self, first: date, last: date) -> list[_Team]:
        """The live delegations arriving from `first` to `last`, with their guests."""
        delegations = self.session.scalars(
            select(Delegation)
            .where(Delegation.arrive.between(first, last), Delegation.cancelled.is_(False))
            .order_by(Delegation.arrive, Delegation.id)
        ).all()
        ids = [d.id for d in delegations]
        guests: dict[int, list[Guest]] = {i: [] for i in ids}
        if ids:
            for guest in self.session.scalars(select(Guest).where(Guest.delegation_id.in_(ids))):
                guests[int(guest.delegation_id or 0)].append(guest)
        return [
            _Team(d, sorted(guests[d.id], key=guest_key))
            for d in delegations
            if len(guests[d.id]) >= 2
        ]

    # -- seating events ---------------------------------------------------------------------

    def _event(
        self,
        kind: EventKind,
        title: str,
        starts_at: datetime,
        place: str,
        *,
        team: _Team | None = None,
        layout: dict[str, Any] | None = None,
        hosts: Sequence[tuple[Official, SeatRole | None]] = (),  # a role, or the precedence
        guests: Sequence[Guest] = (),
    ) -> None:
        """An event and its participants; the seats follow in `_seat`."""
        created = min(starts_at - timedelta(days=2 + self.rng.random() * 5), self.now)
        created -= timedelta(hours=1)
        event = SeatingEvent(
            kind=kind.value,
            title=title[:120],
            starts_at=starts_at,
            place=place,
            convention="domestic",
            delegation_id=team.delegation.id if team else None,
            layout=layout or {},
            notes="",
            created_at=created,
            computed_at=created + timedelta(minutes=10 + int(self.rng.random() * 40)),
        )
        people = [
            SeatingParticipant(
                official_id=official.id,
                side=Side.HOST.value,
                role=role.value if role else None,
            )
            for official, role in hosts
        ]
        people += [SeatingParticipant(guest_id=g.id, side=Side.GUEST.value) for g in guests]
        self.events.append((event, people))

    def _podiums(self, count: int) -> None:
        """Meetings of the city's leaders: the first in the coming days, then one back, one
        ahead, further each time, always on a working day."""
        for number, (title, rows) in enumerate(PODIUMS[:count]):
            step = 3 + 6 * (number // 2)
            day = self.today + timedelta(days=step if number % 2 == 0 else -step)
            while not is_workday(day):
                day += timedelta(days=1)
            seated = [(o, None) for o in self.officials[: sum(rows)]]
            starts = self._at(day, 9)
            self._event(
                EventKind.PODIUM, title, starts, HALL, layout={"rows": list(rows)}, hosts=seated
            )

    def _hosts(self, team: _Team) -> tuple[Official, Official]:
        """The host and the deputy host, as senior as the delegation's head calls for."""
        if team.hosts is None:
            head = team.head_rank
            if head.at_least(Rank.PROVINCIAL_DEPUTY):
                team.hosts = self.officials[MAYOR], self.officials[EXECUTIVE]
            elif head.at_least(Rank.BUREAU_DEPUTY):
                team.hosts = self._official(VICE_MAYORS), self._official(BUREAU_HEADS)
            else:
                team.hosts = self._official(BUREAU_HEADS), self._official(DEPUTY_SECRETARIES)
        return team.hosts

    def _dinner(self, team: _Team) -> None:
        """A working dinner on the arrival day: tables within the staff limit."""
        tables = two_tables(len(team.guests))
        host, deputy = self._hosts(team)
        side = [(host, SeatRole.HOST), (deputy, SeatRole.DEPUTY_HOST)]
        staff = [o for o in (self.officials[i] for i in HOST_STAFF) if o not in (host, deputy)]
        side += [(o, SeatRole.STAFF) for o in staff[: sum(h for _, h in tables) - 2]]
        team.dinner_side = len(side)
        self._event(
            EventKind.BANQUET,
            f"{team.delegation.name}工作晚餐",
            self._at(team.delegation.arrive, 18, 30),
            DINING,
            team=team,
            layout={"tables": [list(t) for t in tables]},
            hosts=side,
            guests=team.guests,
        )

    def _talk(self, team: _Team) -> None:
        """A talk across the meeting table in the afternoon of the arrival day."""
        host, _ = self._hosts(team)
        heads = self._sample([self.officials[i] for i in BUREAU_HEADS], 2 + len(team.guests) // 6)
        side = [(host, None)] + [(o, None) for o in heads if o is not host]
        title = f"与{team.delegation.name}工作座谈"
        starts = self._at(team.delegation.arrive, 15)
        guests = team.guests[:10]
        self._event(
            EventKind.MEETING, title, starts, MEETING_ROOM, team=team, hosts=side, guests=guests
        )

    def _car(self, team: _Team) -> None:
        """The head of the delegation and two hosts to a site, the morning after arrival."""
        host, deputy = self._hosts(team)
        title = f"{team.delegation.name}考察用车"
        starts = self._at(team.delegation.arrive + timedelta(days=1), 9)
        side = [(host, None), (deputy, None)]
        self._event(
            EventKind.CAR, title, starts, "宾馆一号楼门前", team=team, hosts=side,
            guests=team.guests[:1],
        )  # fmt: skip

    def _photo(self, team: _Team) -> None:
        """The delegation with its host and deputy host before the talk, nine in front."""
        host, deputy = self._hosts(team)
        side = [(host, None), (deputy, None)]
        total = len(team.guests) + len(side)
        rows = [min(total, 9)]
        while sum(rows) < total:
            rows.append(min(total - sum(rows), rows[-1] + 2))
        self._event(
            EventKind.PHOTO,
            f"{team.delegation.name}合影",
            self._at(team.delegation.arrive, 14, 50),
            GATE,
            team=team,
            layout={"rows": rows},
            hosts=side,
            guests=team.guests,
        )

    def _seat(self) -> None:
        """Store the events, then each chart as the desk computes it: the event's people in
        its order (participants_of), seated by the pure planning of charts.plan_seats."""
        session = self.session
        session.add_all([event for event, _ in self.events])
        session.flush()
        people: list[SeatingParticipant] = []
        for event, participants in self.events:
            for participant in participants:
                participant.event_id = event.id
            people += participants
        session.add_all(people)
        session.flush()
        seats: list[SeatingSeat] = []
        for event, _ in self.events:
            seats += seat_rows(event.id, planned_seats(session, event))
        session.add_all(seats)
        self.counts.seating_events = len(self.events)
        self.counts.seating_participants = len(people)
        self.counts.seating_seats = len(seats)

    # -- reception plans --------------------------------------------------------------------

    def _programme(self, team: _Team) -> list[Activity]:
        """A talk on the arrival afternoon and a visit to a site the next morning."""
        arrive, second = team.delegation.arrive, team.delegation.arrive + timedelta(days=1)
        host, _ = self._hosts(team)
        site = self.rng.choice(SITES)
        lines = [
            (self._at(arrive, 15), self._at(arrive, 17), MEETING_ROOM, "工作座谈会"),
            (self._at(second, 9), self._at(second, 11, 30), site, f"实地考察{site}"),
        ]
        return [
            Activity(
                delegation_id=team.delegation.id, starts_at=starts, ends_at=ends, place=place,
                title=title, accompanied_by=f"{host.post}{host.name}", cost_yuan=0,
            )
            for starts, ends, place, title in lines
        ]  # fmt: skip

    def _plan(self, team: _Team, visit: Activity, *, over_limit: bool) -> None:
        """The working meals and the cars of a seated delegation; `visit` its site visit."""
        delegation, guests = team.delegation, len(team.guests)
        limit = staff_limit(guests)
        second = delegation.arrive + timedelta(days=1)
        lunch_staff, reason = (limit + 2, OVER_LIMIT_REASON) if over_limit else (2, None)
        meals = [
            PlanMeal(starts_at=self._at(delegation.arrive, 18, 30), title="工作晚餐",
                     staff=team.dinner_side or 2, exception_reason=None),
            PlanMeal(starts_at=self._at(second, 12), title="工作午餐", staff=lunch_staff,
                     exception_reason=reason),
        ]  # fmt: skip
        for meal in meals:  # 80 to 100 yuan a head, as the office's standard allows
            meal.delegation_id, meal.place, meal.guests, meal.notes = (
                delegation.id,
                DINING,
                guests,
                "",
            )
            meal.cost_yuan = (80 + 10 * int(self.rng.random() * 3)) * (guests + meal.staff)
        kind, seats = next((k, n) for k, n, most in CARS if guests <= most)
        cars = [
            PlanVehicle(activity_id=None, seats=seats, notes=f"{kind}，全程保障"),
            PlanVehicle(activity_id=visit.id, seats=4, notes="轿车，考察专车"),
        ]
        for car in cars:
            car.delegation_id, car.plate, car.driver = (
                delegation.id,
                self._plate(),
                self.people.name("male"),
            )
        self.session.add_all([*meals, *cars])
        self.counts.plan_meals += len(meals)
        self.counts.plan_vehicles += len(cars)

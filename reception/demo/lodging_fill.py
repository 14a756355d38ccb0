"""Demo lodging: the guesthouse's rooms, and delegations with their guests and stays.

- Rooms: about 500 in three buildings (floors 2-12, 2-10 and 2-8), whatever the scale:
  mostly standard twin rooms, singles, ordinary suites on the upper floors, a few suites at
  the top of building 1; accessible rooms on the second floors, a few rooms out of order.
  Rooms a previous run made are kept; missing ones are added.
- Delegations arrive day by day (fewer on rest days) over a history that grows with the
  scale (two weeks at small scales, three years at 1,000,000: tens of thousands of stays)
  and over the next two months, booked more sparsely the further ahead. Each has an
  inviting letter's reference (公函), a unit, a purpose, a liaison, a head and members with
  ranks and posts; a few need halal or vegetarian meals or have allergies.
- Rooms follow the reception standards (standards.py): senior guests alone, suites only for
  the ranks that may have them (a few recorded exceptions), juniors two to a standard room,
  only with the same gender. A delegation keeps to one building while it has rooms there.
- Stays are planned room by room in arrival order: a room is taken by one delegation for
  its nights [arrive, depart) and is free again from the departure day, and the nights
  already held (by an earlier run's stays) or under repair are skipped. So no bed is ever
  held twice, and the database's own guard (triggers, exclusion constraints) agrees.
- States follow the office's clock: past stays departed, today's guests in house, ahead
  booked; cancelled delegations' stays cancelled. Rooms left today are to be cleaned.

Rows go in with Core executemany in batches, primary keys given here, like visits_fill.
No audit rows: the caller writes one for the whole fill. ID numbers and liaison phones are
encrypted as the services do.
"""

from __future__ import annotations

import heapq
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from reception.core.lodging.delegations import LIAISON_PHONE
from reception.core.lodging.guests import GUEST_ID_NUMBER
from reception.core.lodging.models import (
    ChecklistItem,
    Delegation,
    Guest,
    Housekeeping,
    Room,
    RoomType,
    Stay,
    StayState,
)
from reception.core.lodging.standards import LodgingSettings, load_lodging_settings
from reception.core.people import mask_id_number, mask_phone, name_search_keys
from reception.core.ranks import Rank
from reception.core.security.fields import FieldCipher
from reception.core.security.roles import Actor
from reception.demo.area_filler import AreaFiller
from reception.demo.area_filler import weighted as _weighted
from reception.demo.people_gen import PeopleGenerator
from reception.demo.visits_fill import _light, _Values, is_workday

BATCH: Final = 20_000  # stays per executemany round
FULL_HISTORY_DAYS: Final = 3 * 365  # at scale 1,000,000 and above
FULL_SCALE: Final = 1_000_000
LEAST_HISTORY_DAYS: Final = 14
AHEAD_DAYS: Final = 61  # bookings for about two months ahead
ARRIVALS_PER_WORKDAY: Final = 13.0  # delegations; about 30% of the rooms taken on average
REST_DAY_FACTOR: Final = 0.3
CANCELLED_SHARE: Final = 0.02
EARLY_DEPARTURE_SHARE: Final = 0.04
ID_NUMBER_SHARE: Final = 0.6
EXCEPTION_SHARE: Final = 0.03  # of bureau chiefs: an ordinary suite, with a recorded reason

# (building, lowest floor, highest floor, rooms per floor, rate of a standard room)
BUILDINGS: Final = (("1", 2, 12, 20, 380), ("2", 2, 10, 18, 320), ("3", 2, 8, 17, 260))
BEDS: Final = {
    RoomType.STANDARD: 2,
    RoomType.SINGLE: 1,
    RoomType.ORDINARY_SUITE: 1,
    RoomType.SUITE: 1,
}
RATE_FACTOR: Final = {
    RoomType.STANDARD: 1.0,
    RoomType.SINGLE: 0.95,
    RoomType.ORDINARY_SUITE: 1.8,
    RoomType.SUITE: 3.2,
}
REPAIRS: Final = ("卫生间漏水维修", "更换空调", "墙面翻新", "更换门锁")

_PROVINCES: Final = (
    "江苏", "浙江", "广东", "四川", "湖北", "山东", "河南", "安徽", "福建", "陕西",
    "云南", "贵州", "湖南", "江西", "河北", "辽宁", "吉林", "黑龙江", "甘肃", "广西",
)  # fmt: skip
_CITIES: Final = (
    "苏州", "宁波", "佛山", "绵阳", "宜昌", "潍坊", "洛阳", "芜湖", "泉州", "宝鸡",
    "曲靖", "遵义", "株洲", "赣州", "保定", "大连", "延边", "大庆", "天水", "柳州",
)  # fmt: skip
# (full name, short name, letter abbreviation), for a province's departments
_DEPARTMENTS: Final = (
    ("发展和改革委员会", "发改委", "发改"),
    ("财政厅", "财政厅", "财"),
    ("教育厅", "教育厅", "教"),
    ("科学技术厅", "科技厅", "科"),
    ("生态环境厅", "生态环境厅", "环"),
    ("自然资源厅", "自然资源厅", "自然资源"),
    ("住房和城乡建设厅", "住建厅", "建"),
    ("交通运输厅", "交通运输厅", "交"),
    ("水利厅", "水利厅", "水"),
    ("农业农村厅", "农业农村厅", "农"),
    ("商务厅", "商务厅", "商"),
    ("文化和旅游厅", "文旅厅", "文旅"),
    ("卫生健康委员会", "卫健委", "卫"),
    ("审计厅", "审计厅", "审"),
    ("统计局", "统计局", "统"),
    ("人民政府办公厅", "政府办公厅", "办"),
    ("人大常委会办公厅", "人大常委会", "人大"),
    ("政协办公厅", "政协", "政协"),
)
_NATIONAL: Final = (
    ("国家发展和改革委员会", "国家发改委", "发改"),
    ("国家统计局", "国家统计局", "国统"),
    ("水利部", "水利部", "水"),
    ("审计署", "审计署", "审"),
    ("农业农村部", "农业农村部", "农"),
    ("生态环境部", "生态环境部", "环"),
)
_CITY_UNITS: Final = (
    ("市人民政府", "市政府", "政"),
    ("市委组织部", "市委组织部", "组"),
    ("市发展和改革委员会", "市发改委", "发改"),
    ("市人大常委会", "市人大常委会", "人大"),
)
# (kind of group, purpose patterns)
_KINDS: Final = (
    ("考察组", ("考察{topic}工作", "考察学习{topic}经验")),
    ("调研组", ("调研{topic}工作", "开展{topic}专题调研")),
    ("检查组", ("检查{topic}工作",)),
    ("督导组", ("督导{topic}工作",)),
    ("学习交流团", ("学习交流{topic}经验",)),
    ("评估组", ("开展{topic}评估",)),
    ("工作组", ("对接{topic}事宜",)),
)
# What each kind of unit comes about, by its letter abbreviation.
_TOPICS: Final[dict[str, tuple[str, ...]]] = {
    "发改": ("重点项目建设", "营商环境", "区域协调发展"),
    "财": ("预算绩效管理", "财政资金使用"),
    "教": ("教育均衡发展", "职业教育"),
    "科": ("科技成果转化",),
    "环": ("生态环境保护", "污染防治"),
    "自然资源": ("国土空间规划", "耕地保护"),
    "建": ("城市更新", "老旧小区改造"),
    "交": ("农村公路建设", "综合交通枢纽建设"),
    "水": ("防汛抗旱", "河湖长制"),
    "农": ("高标准农田建设", "乡村振兴"),
    "商": ("外贸稳增长", "县域商业体系建设"),
    "文旅": ("文旅融合发展", "文物保护利用"),
    "卫": ("医疗卫生改革", "基层医疗卫生服务"),
    "审": ("审计整改", "专项资金审计"),
    "统": ("统计执法", "经济普查"),
    "国统": ("统计执法", "经济普查"),
    "办": ("政务服务", "数字政府建设"),
    "人大": ("地方立法", "人大代表工作"),
    "政协": ("民主监督", "提案办理"),
    "政": ("对口合作", "营商环境"),
    "组": ("干部教育培训", "基层党建"),
}
_GENERAL_TOPICS: Final = ("基层治理", "安全生产", "对口合作")
_POSTS: Final[dict[Rank, tuple[str, ...]]] = {
    Rank.NATIONAL_CHIEF: ("领导同志",),
    Rank.NATIONAL_DEPUTY: ("领导同志",),
    Rank.PROVINCIAL_CHIEF: ("部长", "省长", "主任"),
    Rank.PROVINCIAL_DEPUTY: ("副部长", "副省长", "副主任"),
    Rank.BUREAU_CHIEF: ("厅长", "局长", "主任", "司长"),
    Rank.BUREAU_DEPUTY: ("副厅长", "副局长", "副主任", "副司长", "一级巡视员"),
    Rank.COUNTY_CHIEF: ("处长", "县长", "一级调研员"),
    Rank.COUNTY_DEPUTY: ("副处长", "副县长", "三级调研员"),
    Rank.SECTION_CHIEF: ("科长", "一级主任科员"),
    Rank.SECTION_DEPUTY: ("副科长", "三级主任科员"),
    Rank.STAFF: ("科员", "工作人员"),
    Rank.OTHER: ("驾驶员", "随行人员", "翻译"),
}
_HEAD_RANKS: Final[dict[str, tuple[tuple[Rank, int], ...]]] = {
    "national": (
        (Rank.NATIONAL_DEPUTY, 1),
        (Rank.PROVINCIAL_CHIEF, 4),
        (Rank.PROVINCIAL_DEPUTY, 20),
        (Rank.BUREAU_CHIEF, 45),
        (Rank.BUREAU_DEPUTY, 30),
    ),
    "province": (
        (Rank.PROVINCIAL_CHIEF, 2),
        (Rank.PROVINCIAL_DEPUTY, 8),
        (Rank.BUREAU_CHIEF, 40),
        (Rank.BUREAU_DEPUTY, 35),
        (Rank.COUNTY_CHIEF, 15),
    ),
    "city": (
        (Rank.BUREAU_CHIEF, 15),
        (Rank.BUREAU_DEPUTY, 35),
        (Rank.COUNTY_CHIEF, 35),
        (Rank.COUNTY_DEPUTY, 15),
    ),
}
_MEMBER_RANKS: Final = (
    (Rank.BUREAU_DEPUTY, 4),
    (Rank.COUNTY_CHIEF, 14),
    (Rank.COUNTY_DEPUTY, 16),
    (Rank.SECTION_CHIEF, 22),
    (Rank.SECTION_DEPUTY, 16),
    (Rank.STAFF, 22),
)
# Delegation sizes and nights, with weights
_SIZES: Final = ((1, 8), (2, 10), (3, 12), (4, 13), (5, 12), (6, 10), (7, 8), (8, 7),
                 (10, 7), (12, 5), (15, 4), (20, 2), (30, 2))  # fmt: skip
_NIGHTS: Final = ((1, 15), (2, 34), (3, 25), (4, 10), (5, 7), (7, 5), (10, 3), (14, 1))
_ALLERGIES: Final = ("花生过敏", "海鲜过敏", "青霉素过敏", "芒果过敏")
_MOBILITY: Final = ("行动不便，需轮椅", "腿部受伤，需低楼层")
_EXCEPTION_REASONS: Final = (
    "同级别房间已满，经办公室主任批准安排套间",
    "因身体原因需较大空间，经分管领导同意",
)


def history_days(scale: int) -> int:
    """How far back the demo's stays go: three years at scale 1,000,000, less below."""
    share = min(scale, FULL_SCALE) / FULL_SCALE
    return max(LEAST_HISTORY_DAYS, int(FULL_HISTORY_DAYS * share))


@dataclass
class LodgingCounts:
    rooms: int = 0
    rooms_added: int = 0
    delegations: int = 0
    guests: int = 0
    stays: int = 0
    guests_in_house_now: int = 0
    stays_booked_ahead: int = 0
    checklist_items: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Room:
    id: int
    building: str
    room_type: str
    beds: int
    blocks: list[tuple[int, int]] = field(default_factory=list)  # nights held, as ordinals
    next_block: int = 0

    def blocked_until(self, arrive: int, depart: int) -> int | None:
        """The end of the first held span overlapping [arrive, depart), or None. Arrivals
        come in order, so spans ended before `arrive` are passed for good."""
        blocks = self.blocks
        while self.next_block < len(blocks) and blocks[self.next_block][1] <= arrive:
            self.next_block += 1
        if self.next_block < len(blocks) and blocks[self.next_block][0] < depart:
            return blocks[self.next_block][1]
        return None


class LodgingFiller(AreaFiller):
    def __init__(
        self,
        session: Session,
        actor: Actor,
        people: PeopleGenerator,
        scale: int,
        now: datetime,
        seed: int,
    ) -> None:
        super().__init__(session, actor, people, scale, now, seed, (104_729, 31))
        self.standards: LodgingSettings = load_lodging_settings(session)
        self.cipher: FieldCipher = session.info["cipher"]
        self.values = _Values(session)
        self.counts = LodgingCounts()
        self._keys: dict[str, tuple[str, str]] = {}
        self._letters: dict[tuple[str, int], int] = {}
        self._head_ranks = {k: _weighted(v) for k, v in _HEAD_RANKS.items()}
        self._member_ranks = _weighted(_MEMBER_RANKS)
        self._sizes = _weighted(_SIZES)
        self._nights = _weighted(_NIGHTS)
        hours, minutes = (int(p) for p in self.standards.arrival_time.split(":"))
        self.arrival_time = time(hours, minutes)

    # -- small helpers ---------------------------------------------------------------------

    def _utc(self, day: date, at: time, jitter_minutes: float = 0.0) -> datetime:
        """A local time of the office's day as a naive UTC instant, as the tables keep it."""
        local = datetime.combine(day, at, tzinfo=self.zone)
        moment = local.astimezone(UTC) + timedelta(minutes=jitter_minutes)
        return moment.replace(tzinfo=None)

    def _search_keys(self, name: str) -> tuple[str, str]:
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_search_keys(name)
        return keys

    # -- rooms ------------------------------------------------------------------------------

    def _room_plan(self) -> list[dict[str, Any]]:
        """The guesthouse's rooms, the same for every scale and seed."""
        plan = []
        for building, low, high, per_floor, rate in BUILDINGS:
            for floor in range(low, high + 1):
                for index in range(1, per_floor + 1):
                    room_type = RoomType.STANDARD
                    if building == "1" and floor == high and index <= 2:
                        room_type = RoomType.SUITE
                    elif (building == "1" and floor >= high - 2 and index <= 6) or (
                        building == "2" and floor == high and index <= 4
                    ):
                        room_type = RoomType.ORDINARY_SUITE
                    elif index % 5 == 0:
                        room_type = RoomType.SINGLE
                    plan.append(
                        {
                            "building": building,
                            "floor": floor,
                            "number": f"{floor}{index:02d}",
                            "room_type": room_type.value,
                            "beds": BEDS[room_type],
                            "accessible": floor == low and index in (1, 2),
                            "quiet_side": index % 2 == 0,
                            "near_lift": index in (1, 2, per_floor // 2, per_floor // 2 + 1),
                            "rate_yuan": int(round(rate * RATE_FACTOR[room_type], -1)),
                            "housekeeping": Housekeeping.CLEAN.value,
                            "out_of_order_reason": None,
                            "out_of_order_from": None,
                            "out_of_order_to": None,
                            "active": True,
                            "notes": "无障碍客房" if floor == low and index in (1, 2) else "",
                        }
                    )
        return plan

    def _fill_rooms(self) -> None:
        session, values = self.session, self.values
        existing = {(b, n) for b, n in session.execute(select(Room.building, Room.number))}
        next_id = self._next_id(Room)
        rows = []
        for row in self._room_plan():
            if (row["building"], row["number"]) in existing:
                continue
            rows.append({"id": next_id, **row})
            next_id += 1
        # A few rooms out of order around today, on a first fill only.
        if rows and not existing:
            for offset, reason in enumerate(REPAIRS[:3]):
                row = rows[37 + 113 * offset]
                row["out_of_order_reason"] = reason
                row["out_of_order_from"] = self.today - timedelta(days=2 + offset)
                row["out_of_order_to"] = self.today + timedelta(days=5 + 4 * offset)
        for row in rows:
            for key in ("out_of_order_from", "out_of_order_to"):
                if row[key] is not None:
                    row[key] = values.day(row[key])
        if rows:
            session.connection().execute(insert(_light(Room)), rows)
        self.counts.rooms_added = len(rows)

    def _load_rooms(self, first: date) -> None:
        """Active rooms, with the nights they cannot be given: stays already held (an
        earlier run's) and repairs. Each (building, type) has a heap of rooms by the first
        night they are free."""
        session = self.session
        rooms: list[_Room] = []
        by_id: dict[int, _Room] = {}
        rows = session.execute(
            select(
                Room.id,
                Room.building,
                Room.room_type,
                Room.beds,
                Room.out_of_order_reason,
                Room.out_of_order_from,
                Room.out_of_order_to,
            )
            .where(Room.active.is_(True))
            .order_by(Room.building, Room.floor, Room.number)
        ).all()
        for room_id, building, room_type, beds, reason, repair, back in rows:
            room = _Room(room_id, building, room_type, beds)
            if reason is not None and repair is not None:
                stop = back.toordinal() if back is not None else date.max.toordinal()
                room.blocks.append((repair.toordinal(), stop))
            rooms.append(room)
            by_id[room_id] = room
        held = session.execute(
            select(Stay.room_id, Stay.arrive, Stay.depart).where(
                Stay.state != StayState.CANCELLED.value, Stay.depart > first
            )
        ).all()
        for room_id, arrive, depart in held:
            if room_id in by_id:
                by_id[room_id].blocks.append((arrive.toordinal(), depart.toordinal()))
        for room in rooms:
            room.blocks.sort()
        self.rooms = rooms
        self.counts.rooms = len(rooms)
        self.buildings = sorted({r.building for r in rooms})
        self.building_weights = tuple(
            accumulate(sum(1 for r in rooms if r.building == b) for b in self.buildings)
        )
        self.heaps: dict[tuple[str, str], list[tuple[int, float, int]]] = {}
        start = first.toordinal()
        for index, room in enumerate(rooms):
            heap = self.heaps.setdefault((room.building, room.room_type), [])
            heap.append((start, self.random(), index))
        for heap in self.heaps.values():
            heapq.heapify(heap)

    def _take(
        self, types: Sequence[str], buildings: Sequence[str], arrive: int, depart: int
    ) -> _Room | None:
        """A room of the first type (and building) free for every night of [arrive,
        depart), taken out of its heap; the caller gives it back with its next free night."""
        for room_type in types:
            for building in buildings:
                heap = self.heaps.get((building, room_type))
                while heap and heap[0][0] <= arrive:
                    _, tie, index = heapq.heappop(heap)
                    room = self.rooms[index]
                    until = room.blocked_until(arrive, depart)
                    if until is not None:
                        heapq.heappush(heap, (until, tie, index))
                        continue
                    return room
        return None

    def _give_back(self, room: _Room, free_from: int) -> None:
        heap = self.heaps[(room.building, room.room_type)]
        heapq.heappush(heap, (free_from, self.random(), self._index[room.id]))

    # -- delegations ------------------------------------------------------------------------

    def _unit(self) -> tuple[str, str, str, str]:
        """(level, unit, short name, letter abbreviation)"""
        draw = self.random()
        if draw < 0.15:
            full, short, abbr = self.pick(_NATIONAL)
            return "national", full, short, abbr
        if draw < 0.75:
            province = self.pick(_PROVINCES)
            full, short, abbr = self.pick(_DEPARTMENTS)
            region = f"{province}壮族自治区" if province == "广西" else f"{province}省"
            return "province", f"{region}{full}", f"{region}{short}", abbr
        city = self.pick(_CITIES)
        full, short, abbr = self.pick(_CITY_UNITS)
        return "city", f"{city}{full}", f"{city}{short}", abbr

    def _letter(self, abbr: str, year: int) -> str:
        key = (abbr, year)
        number = self._letters.get(key, int(self.random() * 20)) + 1 + int(self.random() * 6)
        self._letters[key] = number
        return f"{abbr}函〔{year}〕{number}号"

    def _arrivals(self, first: date, last: date) -> list[date]:
        """Arrival days of the delegations, in order: fewer on rest days, and ahead of today
        fewer the further away (not booked yet)."""
        days: list[date] = []
        day = first
        while day <= last:
            rate = ARRIVALS_PER_WORKDAY * (1.0 if is_workday(day) else REST_DAY_FACTOR)
            ahead = (day - self.today).days
            if ahead > 0:
                rate *= max(0.08, 1.0 - ahead / 50)
            count = int(rate) + (1 if self.random() < rate - int(rate) else 0)
            count = max(0, count + int(self.rng.gauss(0, rate**0.5)))
            days.extend([day] * count)
            day += timedelta(days=1)
        return days

    def _guests(self, level: str, size: int) -> list[dict[str, Any]]:
        """The delegation's people, head first: rank, gender, post, needs."""
        people = []
        head_rank: Rank = self.draw(self._head_ranks[level])
        for position in range(size):
            if position == 0:
                rank = head_rank
            elif position == size - 1 and size >= 4 and self.random() < 0.5:
                rank = Rank.OTHER  # the driver
            else:
                rank = self._member_rank(head_rank)
            gender = "male" if self.random() < (0.8 if position == 0 else 0.62) else "female"
            needs: dict[str, Any] = {
                "halal": self.random() < 0.02,
                "vegetarian": self.random() < 0.03,
                "allergies": self.pick(_ALLERGIES) if self.random() < 0.02 else "",
                "needs_accessible": False,
                "mobility": "",
            }
            if self.random() < 0.006:
                needs["needs_accessible"] = True
                needs["mobility"] = self.pick(_MOBILITY)
            people.append(
                {
                    "is_head": position == 0,
                    "rank": rank,
                    "gender": gender,
                    "post": self.pick(_POSTS[rank]),
                    **needs,
                }
            )
        return people

    def _member_rank(self, head: Rank) -> Rank:
        """A member's rank: junior to the head."""
        for _ in range(8):
            rank: Rank = self.draw(self._member_ranks)
            if rank.level > head.level:
                return rank
        return Rank.STAFF

    def _room_types(self, rank: Rank) -> tuple[str, ...]:
        """The room types for a guest lodged alone, best first, within the standard."""
        eligible = [t for t in reversed(list(RoomType)) if self.standards.eligible(rank, t)]
        preferred = [t.value for t in eligible if t is not RoomType.STANDARD]
        if not rank.at_least(Rank.BUREAU_DEPUTY):  # county level: a standard room, alone
            preferred = [RoomType.STANDARD.value, RoomType.SINGLE.value]
        for t in (RoomType.SINGLE.value, RoomType.STANDARD.value):
            if t not in preferred:
                preferred.append(t)
        return tuple(preferred)

    # -- the fill ---------------------------------------------------------------------------

    def _next_id(self, model: Any) -> int:
        return int(self.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

    def run(self) -> LodgingCounts:
        session = self.session
        connection = session.connection()
        if not self.values.sqlite:
            connection.exec_driver_sql(
                "LOCK TABLE room, delegation, guest, stay, checklist_item IN EXCLUSIVE MODE"
            )
        first = self.today - timedelta(days=history_days(self.scale))
        last = self.today + timedelta(days=AHEAD_DAYS)
        self._fill_rooms()
        self._load_rooms(first)
        self._index = {room.id: index for index, room in enumerate(self.rooms)}
        if not self.rooms:
            return self.counts
        self.ids = {
            "delegation": self._next_id(Delegation),
            "guest": self._next_id(Guest),
            "stay": self._next_id(Stay),
            "checklist_item": self._next_id(ChecklistItem),
        }
        self.rows: dict[str, list[dict[str, Any]]] = {
            "delegation": [],
            "guest": [],
            "stay": [],
            "checklist_item": [],
        }
        self.tables = {
            "delegation": _light(Delegation),
            "guest": _light(Guest),
            "stay": _light(Stay),
            "checklist_item": _light(ChecklistItem),
        }
        self.left_today: set[int] = set()
        for arrive in self._arrivals(first, last):
            self._delegation(arrive)
            if len(self.rows["stay"]) >= BATCH:
                self._flush()
        self._flush()
        if self.left_today:
            session.execute(
                update(Room)
                .where(Room.id.in_(sorted(self.left_today)))
                .values(housekeeping=Housekeeping.DIRTY.value)
            )
        if not self.values.sqlite:
            self._advance_sequences()
        return self.counts

    def _flush(self) -> None:
        connection = self.session.connection()
        for name in ("delegation", "guest", "stay", "checklist_item"):  # referenced first
            rows = self.rows[name]
            if rows:
                connection.execute(insert(self.tables[name]), rows)
                rows.clear()

    def _advance_sequences(self) -> None:
        """Ids were given here: move PostgreSQL's sequences past them for the desks."""
        connection = self.session.connection()
        for name in ("room", "delegation", "guest", "stay", "checklist_item"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )

    def _delegation(self, arrive: date) -> None:
        random, values, people = self.random, self.values, self.people
        level, unit, short, abbr = self._unit()
        kind, purposes = self.pick(_KINDS)
        topic = self.pick(_TOPICS.get(abbr, _GENERAL_TOPICS))
        size: int = self.draw(self._sizes)
        nights: int = self.draw(self._nights)
        if size >= 20:
            kind, purposes = "培训班", ("参加{topic}专题培训",)
            nights = max(nights, 5)
        depart = arrive + timedelta(days=nights)
        cancelled = random() < CANCELLED_SHARE
        created = self._utc(
            arrive - timedelta(days=3 + int(random() * 25)), time(9), random() * 480
        )
        created = min(created, self.now_naive - timedelta(minutes=5))
        liaison_phone = people.mobile()
        phone_blob, _ = self.cipher.protect(liaison_phone, LIAISON_PHONE)
        delegation_id = self.ids["delegation"]
        self.ids["delegation"] += 1
        self.rows["delegation"].append(
            {
                "id": delegation_id,
                "name": f"{short}{kind}",
                "unit": unit,
                "purpose": self.pick(purposes).format(topic=topic),
                "letter_ref": self._letter(abbr, created.year),
                "liaison_name": people.name(),
                "liaison_phone_blob": phone_blob,
                "liaison_phone_masked": mask_phone(liaison_phone),
                "arrive": values.day(arrive),
                "depart": values.day(depart),
                "notes": "",
                "cancelled": cancelled,
                "created_at": values.instant(created),
            }
        )
        self.counts.delegations += 1
        guests = self._guests(level, size)
        for guest in guests:
            guest["id"] = self._guest_row(guest, delegation_id)
        self._lodge(guests, arrive, depart, cancelled, created)
        if arrive >= self.today - timedelta(days=2):
            self._checklist(delegation_id, arrive)

    def _guest_row(self, guest: dict[str, Any], delegation_id: int) -> int:
        people, cipher = self.people, self.cipher
        name = people.name(guest["gender"])
        pinyin, initials = self._search_keys(name)
        blob = digest = None
        masked = ""
        if self.random() < ID_NUMBER_SHARE:
            number = people.id_number((1960, 1998), gender=guest["gender"])
            blob, digest = cipher.protect(number, GUEST_ID_NUMBER)
            masked = mask_id_number(number)
        guest_id = self.ids["guest"]
        self.ids["guest"] += 1
        guest["name"] = name
        self.rows["guest"].append(
            {
                "id": guest_id,
                "delegation_id": delegation_id,
                "is_head": guest["is_head"],
                "name": name,
                "name_pinyin": pinyin,
                "name_initials": initials,
                "gender": guest["gender"],
                "post": guest["post"],
                "rank": guest["rank"].value,
                "halal": guest["halal"],
                "vegetarian": guest["vegetarian"],
                "allergies": guest["allergies"],
                "needs_accessible": guest["needs_accessible"],
                "mobility": guest["mobility"],
                "notes": "",
                "id_number_blob": blob,
                "id_number_hash": digest,
                "id_number_masked": masked,
            }
        )
        self.counts.guests += 1
        return guest_id

    def _lodge(
        self,
        guests: list[dict[str, Any]],
        arrive: date,
        depart: date,
        cancelled: bool,
        created: datetime,
    ) -> None:
        """Rooms for the delegation: seniors alone, juniors in pairs of one gender."""
        start, end = arrive.toordinal(), depart.toordinal()
        weights = self.building_weights
        home = self.buildings[bisect(weights, self.random() * weights[-1])]
        buildings = [home] + [b for b in self.buildings if b != home]
        alone = [g for g in guests if self.standards.lodges_alone(g["rank"])]
        sharing = [g for g in guests if not self.standards.lodges_alone(g["rank"])]
        groups: list[tuple[list[dict[str, Any]], tuple[str, ...]]] = []
        for guest in alone:
            rank: Rank = guest["rank"]
            types = self._room_types(rank)
            if rank == Rank.BUREAU_CHIEF and self.random() < EXCEPTION_SHARE:
                types = (RoomType.ORDINARY_SUITE.value, *types)
            groups.append(([guest], types))
        for gender in ("male", "female"):
            same = [g for g in sharing if g["gender"] == gender]
            for pair in range(0, len(same), 2):
                groups.append((same[pair : pair + 2], (RoomType.STANDARD.value,)))
        for members, types in groups:
            room = self._take(types, buildings, start, end)
            if room is None and len(members) > 1:  # no twin room left: singles, one each
                for member in members:
                    single = self._take((RoomType.SINGLE.value,), buildings, start, end)
                    if single is not None:
                        self._stays(single, [member], arrive, depart, cancelled, created)
                continue
            if room is None:
                continue  # the guesthouse is full: lodged elsewhere
            self._stays(room, members, arrive, depart, cancelled, created)

    def _stays(
        self,
        room: _Room,
        members: list[dict[str, Any]],
        arrive: date,
        depart: date,
        cancelled: bool,
        created: datetime,
    ) -> None:
        random, values, today = self.random, self.values, self.today
        # A cancelled booking holds nothing: the room is free again at once.
        gap = 1 if random() < 0.2 else 0  # now and then a night empty between guests
        self._give_back(room, arrive.toordinal() if cancelled else depart.toordinal() + gap)
        for bed, guest in enumerate(members[: room.beds], start=1):
            leaves = depart
            if depart - arrive > timedelta(days=1) and random() < EARLY_DEPARTURE_SHARE:
                leaves = depart - timedelta(days=1)
            checked_in = self._utc(arrive, self.arrival_time, self.rng.gauss(0, 90))
            checked_out = self._utc(leaves, time(8), random() * 240)
            if cancelled:
                state, checked_in_at, checked_out_at = StayState.CANCELLED, None, None
            elif arrive > today or (arrive == today and checked_in > self.now_naive):
                state, checked_in_at, checked_out_at = StayState.BOOKED, None, None
            elif leaves > today or (leaves == today and checked_out > self.now_naive):
                state, checked_in_at, checked_out_at = StayState.IN_HOUSE, checked_in, None
            else:
                state, checked_in_at, checked_out_at = StayState.DEPARTED, checked_in, checked_out
            if state is StayState.IN_HOUSE:
                self.counts.guests_in_house_now += 1
            elif state is StayState.BOOKED and arrive > today:
                self.counts.stays_booked_ahead += 1
            if state is StayState.DEPARTED and leaves == today:
                self.left_today.add(room.id)
            reason = None
            if not self.standards.eligible(guest["rank"], room.room_type):
                reason = self.pick(_EXCEPTION_REASONS)
            stay_id = self.ids["stay"]
            self.ids["stay"] += 1
            self.rows["stay"].append(
                {
                    "id": stay_id,
                    "room_id": room.id,
                    "guest_id": guest["id"],
                    "bed": bed,
                    "arrive": values.day(arrive),
                    "depart": values.day(leaves),
                    "state": state.value,
                    "checked_in_at": values.maybe(checked_in_at),
                    "checked_out_at": values.maybe(checked_out_at),
                    "moved_from_id": None,
                    "exception_reason": reason,
                    "created_at": values.instant(created + timedelta(minutes=random() * 120)),
                }
            )
            self.counts.stays += 1

    def _checklist(self, delegation_id: int, arrive: date) -> None:
        """The office's default tasks; those due before now are done, all but a few."""
        arrival = datetime.combine(arrive, self.arrival_time, tzinfo=self.zone).astimezone(UTC)
        for position, task in enumerate(self.standards.checklist):
            due = (arrival - timedelta(hours=task.hours_before)).replace(tzinfo=None)
            done = due < self.now_naive and self.random() < 0.9
            done_at = due - timedelta(minutes=30 + self.random() * 600) if done else None
            self.rows["checklist_item"].append(
                {
                    "id": self.ids["checklist_item"],
                    "delegation_id": delegation_id,
                    "title": task.title,
                    "due_at": self.values.instant(due),
                    "done_at": self.values.maybe(done_at),
                    "done_by": self.actor.login if done else None,
                    "position": position,
                }
            )
            self.ids["checklist_item"] += 1
            self.counts.checklist_items += 1

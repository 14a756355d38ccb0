"""Made-up but realistic people for demo data and benchmarks, reproducible from a seed.

Every ID number and mobile number passes reception.core.people's checks. The people are
invented: any match with a real person's number is chance.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from random import Random
from typing import Final

from reception.core.people import Gender, id_number_check_char

# Surnames with approximate shares per 10,000 people, rounded from the Ministry of Public
# Security's 2020 surname ranking (approximate: demo data needs the shape, not the figures),
# plus a few rarer ones whose reading needs the surname table, and compound surnames.
_SURNAME_WEIGHTS: Final[tuple[tuple[str, int], ...]] = (
    ("王", 717), ("李", 712), ("张", 685), ("刘", 541), ("陈", 450), ("杨", 312),
    ("黄", 227), ("赵", 219), ("吴", 206), ("周", 200), ("徐", 167), ("孙", 154),
    ("马", 146), ("胡", 138), ("朱", 137), ("郭", 135), ("何", 124), ("罗", 118),
    ("高", 116), ("林", 113), ("郑", 102), ("梁", 91), ("谢", 86), ("唐", 80),
    ("宋", 79), ("许", 76), ("邓", 74), ("冯", 70), ("韩", 70), ("曹", 69),
    ("曾", 67), ("彭", 66), ("肖", 63), ("蔡", 62), ("潘", 58), ("田", 57),
    ("董", 55), ("袁", 54), ("于", 53), ("余", 52), ("叶", 51), ("蒋", 51),
    ("杜", 50), ("苏", 49), ("魏", 48), ("程", 47), ("吕", 46), ("丁", 45),
    ("沈", 44), ("任", 43), ("姚", 42), ("卢", 41), ("傅", 40), ("钟", 40),
    ("姜", 39), ("崔", 38), ("谭", 37), ("廖", 36), ("范", 35), ("汪", 35),
    ("陆", 34), ("金", 33), ("石", 33), ("戴", 32), ("贾", 31), ("韦", 30),
    ("夏", 30), ("邱", 29), ("方", 29), ("侯", 28), ("邹", 28), ("熊", 27),
    ("孟", 27), ("秦", 26), ("白", 26), ("江", 25), ("阎", 24), ("薛", 24),
    ("尹", 23), ("段", 23), ("雷", 22), ("黎", 21), ("史", 21), ("龙", 21),
    ("陶", 20), ("贺", 20), ("顾", 19), ("毛", 19), ("郝", 18), ("龚", 18),
    ("邵", 17), ("万", 17), ("钱", 17), ("严", 16), ("覃", 15), ("武", 15),
    ("孔", 14), ("翟", 9), ("单", 6), ("解", 5), ("缪", 4), ("仇", 3),
    ("查", 3), ("冼", 2), ("朴", 2), ("乐", 2), ("燕", 2), ("区", 1),
    ("欧阳", 5), ("司马", 1), ("上官", 1), ("诸葛", 1), ("令狐", 1), ("尉迟", 1),
)  # fmt: skip
SURNAMES: Final = tuple(s for s, _ in _SURNAME_WEIGHTS)
_SURNAME_CUMULATIVE: Final = tuple(accumulate(w for _, w in _SURNAME_WEIGHTS))

# Common given-name characters. Names lean by gender, so each gender draws from its own
# list and a shared one.
_GIVEN_MALE: Final = (
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文博晨阳泽瑞"
)
_GIVEN_FEMALE: Final = "芳娜敏静丽艳娟霞燕玲桂英秀兰萍红梅莉婷雪琳颖倩欣怡悦佳慧洁琴云蓉"
_GIVEN_SHARED: Final = "小子晓一思嘉家雨安天海永春立新成德荣"
_GIVEN: Final[dict[Gender, tuple[str, str]]] = {
    "male": (_GIVEN_MALE + _GIVEN_SHARED, _GIVEN_MALE),
    "female": (_GIVEN_FEMALE + _GIVEN_SHARED, _GIVEN_FEMALE),
}
# Most given names born since the 1950s have two characters.
_ONE_CHARACTER_GIVEN_NAME: Final = 0.2

# Real district codes across the provinces, each still in use in stdnum's region data.
REGION_CODES: Final = (
    "110101", "110108", "120103", "130102", "131082", "140105", "150102", "152502",
    "210102", "220102", "230102", "230183", "310104", "310115", "320102", "320583",
    "330106", "330782", "340102", "350203", "360102", "360403", "370202", "370781",
    "410102", "411302", "420106", "421002", "430102", "440104", "440106", "440305",
    "441900", "450102", "460105", "500103", "510107", "520102", "522601", "530102",
    "540102", "610103", "620102", "622901", "630102", "640104", "650102",
)  # fmt: skip

# Mainland mobile prefixes that phonenumbers accepts as mobile for every 4th digit, with
# rough weights: the old 13x/15x/18x ranges hold most numbers.
_MOBILE_PREFIX_WEIGHTS: Final[tuple[tuple[str, int], ...]] = (
    *((str(p), 10) for p in range(130, 140)),
    ("145", 1), ("147", 2),
    *((str(p), 8) for p in (150, 151, 152, 153, 155, 156, 157, 158, 159)),
    ("166", 2), ("170", 1), ("171", 1), ("172", 1), ("173", 2), ("175", 1),
    ("176", 2), ("177", 2), ("178", 2),
    *((str(p), 8) for p in range(180, 190)),
    ("191", 2), ("193", 1), ("195", 1), ("196", 1), ("197", 1), ("198", 3), ("199", 3),
)  # fmt: skip
MOBILE_PREFIXES: Final = tuple(p for p, _ in _MOBILE_PREFIX_WEIGHTS)
_MOBILE_CUMULATIVE: Final = tuple(accumulate(w for _, w in _MOBILE_PREFIX_WEIGHTS))

DEFAULT_BIRTH_YEARS: Final = (1940, 2006)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    gender: Gender
    birth_date: date
    id_number: str
    mobile: str


class PeopleGenerator:
    """Seeded generator: the same seed gives the same people in the same order.

    Draws use `random()` with precomputed cumulative weights rather than `choices()` and
    `randrange()`, which are several times slower; a million people is a benchmark size.
    """

    def __init__(self, seed: int) -> None:
        self._rng = Random(seed)
        self._random = self._rng.random

    def _pick(self, items: str | tuple[str, ...]) -> str:
        return items[int(self._random() * len(items))]

    def gender(self) -> Gender:
        return "male" if self._random() < 0.5 else "female"

    def name(self, gender: Gender | None = None) -> str:
        """Surname by frequency, then a 1- or 2-character given name."""
        random = self._random
        surname = SURNAMES[bisect(_SURNAME_CUMULATIVE, random() * _SURNAME_CUMULATIVE[-1])]
        first, last = _GIVEN[gender or self.gender()]
        if random() < _ONE_CHARACTER_GIVEN_NAME:
            return surname + self._pick(last)
        return surname + self._pick(first) + self._pick(last)

    def birth_date(self, birth_year_range: tuple[int, int] = DEFAULT_BIRTH_YEARS) -> date:
        """Uniform over the years, both ends included."""
        start = date(birth_year_range[0], 1, 1).toordinal()
        end = date(birth_year_range[1], 12, 31).toordinal()
        return date.fromordinal(start + int(self._random() * (end - start + 1)))

    def id_number(
        self,
        birth_year_range: tuple[int, int] = DEFAULT_BIRTH_YEARS,
        *,
        gender: Gender | None = None,
        birth_date: date | None = None,
    ) -> str:
        """A valid 18-character number; the sequence digit's parity follows `gender`."""
        born = birth_date or self.birth_date(birth_year_range)
        sequence = int(self._random() * 500) * 2  # even: female
        if (gender or self.gender()) == "male":
            sequence += 1
        # Formatted by hand: strftime is slower and drops the zero padding of years < 1000.
        birth = f"{born.year:04d}{born.month:02d}{born.day:02d}"
        first17 = f"{self._pick(REGION_CODES)}{birth}{sequence:03d}"
        return first17 + id_number_check_char(first17)

    def mobile(self) -> str:
        prefix = MOBILE_PREFIXES[
            bisect(_MOBILE_CUMULATIVE, self._random() * _MOBILE_CUMULATIVE[-1])
        ]
        return f"{prefix}{int(self._random() * 100_000_000):08d}"

    def person(self, birth_year_range: tuple[int, int] = DEFAULT_BIRTH_YEARS) -> Person:
        gender = self.gender()
        born = self.birth_date(birth_year_range)
        return Person(
            name=self.name(gender),
            gender=gender,
            birth_date=born,
            id_number=self.id_number(gender=gender, birth_date=born),
            mobile=self.mobile(),
        )

    def people(
        self, count: int, birth_year_range: tuple[int, int] = DEFAULT_BIRTH_YEARS
    ) -> Iterator[Person]:
        for _ in range(count):
            yield self.person(birth_year_range)

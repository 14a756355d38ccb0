"""The demo people generator: reproducible, and everything it makes passes the checks."""

from __future__ import annotations

from collections import Counter
from datetime import date

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.core.people import (
    COMPOUND_SURNAMES,
    check_id_number,
    check_name,
    check_phone,
    id_number_check_char,
    is_mobile,
)
from reception.demo.people_gen import (
    MOBILE_PREFIXES,
    REGION_CODES,
    SURNAMES,
    PeopleGenerator,
)


def test_same_seed_same_people() -> None:
    first = list(PeopleGenerator(7).people(200))
    again = list(PeopleGenerator(7).people(200))
    other = list(PeopleGenerator(8).people(200))
    assert first == again
    assert first != other


def test_single_draws_are_reproducible() -> None:
    a, b = PeopleGenerator(3), PeopleGenerator(3)
    for _ in range(50):
        assert (a.name(), a.gender(), a.id_number(), a.mobile()) == (
            b.name(),
            b.gender(),
            b.id_number(),
            b.mobile(),
        )


@settings(max_examples=30)
@given(st.integers(min_value=0, max_value=2**64))
def test_output_passes_the_checks(seed: int) -> None:
    for person in PeopleGenerator(seed).people(50):
        result = check_id_number(person.id_number)
        assert result.number == person.id_number
        assert result.region_known
        assert result.gender == person.gender
        assert result.birth_date == person.birth_date
        assert date(1940, 1, 1) <= person.birth_date <= date(2006, 12, 31)
        assert check_phone(person.mobile) == person.mobile
        assert is_mobile(person.mobile)
        assert check_name(person.name) == person.name
        assert 2 <= len(person.name) <= 4


def test_many_people_are_valid() -> None:
    people = list(PeopleGenerator(2024).people(5000))
    for person in people:
        check_id_number(person.id_number)
        check_phone(person.mobile)
    assert len({p.id_number for p in people}) > 4990


def test_birth_year_range_is_respected() -> None:
    gen = PeopleGenerator(1)
    for _ in range(500):
        number = gen.id_number(birth_year_range=(1990, 1991))
        assert check_id_number(number).birth_date.year in (1990, 1991)


def test_id_number_follows_given_gender_and_date() -> None:
    gen = PeopleGenerator(5)
    born = date(1980, 2, 29)
    for gender in ("male", "female"):
        result = check_id_number(gen.id_number(gender=gender, birth_date=born))
        assert (result.gender, result.birth_date) == (gender, born)


@pytest.mark.parametrize("code", REGION_CODES)
def test_region_codes_are_real(code: str) -> None:
    first17 = code + "19800101001"
    checked = check_id_number(first17 + id_number_check_char(first17))
    assert checked.region_known
    assert checked.province is not None


def test_region_codes_cover_the_provinces() -> None:
    assert len(REGION_CODES) >= 40
    assert len({code[:2] for code in REGION_CODES}) >= 30


@pytest.mark.parametrize("prefix", MOBILE_PREFIXES)
def test_every_mobile_prefix_is_a_mobile_range(prefix: str) -> None:
    for fourth in range(10):
        parsed = phonenumbers.parse(f"{prefix}{fourth}1234567", "CN")
        assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE


def test_surnames_follow_frequency() -> None:
    assert len(SURNAMES) >= 60
    assert COMPOUND_SURNAMES & set(SURNAMES)
    gen = PeopleGenerator(11)
    counts = Counter(gen.name("male")[0] for _ in range(20_000))
    assert counts["王"] > counts["林"] > counts["孔"]
    assert counts.most_common(1)[0][0] in "王李张"


def test_given_names_have_one_or_two_characters() -> None:
    gen = PeopleGenerator(12)
    lengths = Counter(len(gen.name()) for _ in range(2000))
    assert set(lengths) <= {2, 3, 4}
    assert lengths[2] > 0 and lengths[3] > lengths[2]

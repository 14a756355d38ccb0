"""ID numbers, phones, name keys and masking (reception.core.people); DOMAIN.md section 6."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.cn import ric

from reception.core.errors import InvalidInput
from reception.core.people import (
    COMPOUND_SURNAMES,
    ID_BAD_CHARACTERS,
    ID_BIRTH_DATE_IN_FUTURE,
    ID_IMPOSSIBLE_BIRTH_DATE,
    ID_NOTE_UNKNOWN_DISTRICT,
    ID_REASONS,
    ID_WRONG_CHECK_CHARACTER,
    ID_WRONG_LENGTH,
    MIN_BIRTH_YEAR,
    NAME_CONTROL_CHARACTERS,
    NAME_EMPTY,
    NAME_TOO_LONG,
    PHONE_BAD_CHARACTERS,
    PHONE_EMPTY,
    PHONE_INVALID,
    PHONE_NEEDS_AREA_CODE,
    PHONE_NOT_MAINLAND,
    PHONE_NOT_PERSONAL,
    PHONE_REASONS,
    InvalidIdNumber,
    InvalidName,
    InvalidPhone,
    check_id_number,
    check_name,
    check_phone,
    id_number_check_char,
    initials_key,
    is_mobile,
    mask_id_number,
    mask_name,
    mask_phone,
    name_search_keys,
    normalise_name,
    pinyin_key,
)

TODAY = date(2025, 6, 1)
ID_CHARACTERS = "0123456789X"


def with_check(first17: str) -> str:
    return first17 + id_number_check_char(first17)


# --- ID numbers ---------------------------------------------------------------------------


def test_published_example_is_valid() -> None:
    result = check_id_number("11010519491231002X", today=TODAY)
    assert result.number == "11010519491231002X"
    assert result.birth_date == date(1949, 12, 31)
    assert result.gender == "female"  # 17th digit 2 is even
    assert result.region_code == "110105"
    assert result.region_known
    assert (result.province, result.district) == ("北京市", "朝阳区")
    assert result.note is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002X ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
    ],
)
def test_id_number_is_normalised(text: str, expected: str) -> None:
    assert check_id_number(text, today=TODAY).number == expected


def test_check_character_matches_stdnum_and_the_domain_formula() -> None:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    first17 = "11010519491231002"
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    assert id_number_check_char(first17) == "10X98765432"[total % 11] == "X"


@pytest.mark.parametrize(
    ("first17", "reason"),
    [
        ("1101051949123100", ID_WRONG_LENGTH),
        ("110105194912310021", ID_WRONG_LENGTH),
        ("1101051949123100A", ID_BAD_CHARACTERS),
        ("1101051949123100²", ID_BAD_CHARACTERS),
        ("1101051949123100_", ID_BAD_CHARACTERS),
    ],
)
def test_check_char_helper_refuses_bad_input(first17: str, reason: str) -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        id_number_check_char(first17)
    assert caught.value.reason == reason


def test_born_before_the_district_existed_is_accepted() -> None:
    # 南山区 (440305) got its name in 1990; the number is given at issue, not at birth.
    number = with_check("44030519800101001")
    assert not ric.is_valid(number)  # why stdnum's validate is not the final word
    result = check_id_number(number, today=TODAY)
    assert result.region_known
    assert result.district == "南山区"
    assert result.gender == "male"
    assert result.note is None


@pytest.mark.parametrize("region", ["999999", "000000", "119999"])
def test_unknown_district_is_accepted_with_a_note(region: str) -> None:
    result = check_id_number(with_check(region + "19800101002"), today=TODAY)
    assert not result.region_known
    assert result.district is None
    assert result.note == ID_NOTE_UNKNOWN_DISTRICT
    assert result.gender == "female"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", ID_WRONG_LENGTH),
        ("11010519491231002", ID_WRONG_LENGTH),
        ("11010519491231002XX", ID_WRONG_LENGTH),
        ("11010519491231002Y", ID_BAD_CHARACTERS),
        ("1101051949123100X2", ID_BAD_CHARACTERS),
        ("11010-519491231002", ID_BAD_CHARACTERS),
        ("110105194912310021", ID_WRONG_CHECK_CHARACTER),
        (with_check("11010519990230001"), ID_IMPOSSIBLE_BIRTH_DATE),  # 30 February
        (with_check("11010519991301001"), ID_IMPOSSIBLE_BIRTH_DATE),  # month 13
        (with_check("11010519990000001"), ID_IMPOSSIBLE_BIRTH_DATE),
        (with_check("11010500000101001"), ID_IMPOSSIBLE_BIRTH_DATE),  # year 0
        (with_check("11010517991231001"), ID_IMPOSSIBLE_BIRTH_DATE),  # before MIN_BIRTH_YEAR
        (with_check("11010520250602001"), ID_BIRTH_DATE_IN_FUTURE),  # TODAY + 1 day
    ],
)
def test_refusals(text: str, reason: str) -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        check_id_number(text, today=TODAY)
    assert caught.value.reason == reason
    assert caught.value.reason in ID_REASONS


def test_born_today_is_accepted() -> None:
    assert check_id_number(with_check("11010520250601001"), today=TODAY).birth_date == TODAY


def test_refusal_is_a_value_error_and_a_desk_error_without_the_number() -> None:
    with pytest.raises(ValueError, match="check character") as caught:
        check_id_number("110105194912310021")
    assert isinstance(caught.value, InvalidInput)
    assert caught.value.context == "People"
    assert "1101051949" not in str(caught.value)


def test_repr_does_not_show_the_number() -> None:
    assert "11010519491231002X" not in repr(check_id_number("11010519491231002X"))


def _real_birth_date(first17: str) -> bool:
    try:
        born = date(int(first17[6:10]), int(first17[10:12]), int(first17[12:14]))
    except ValueError:
        return False
    return born.year >= MIN_BIRTH_YEAR and born <= TODAY


digits17 = st.text(alphabet="0123456789", min_size=17, max_size=17)
# Random digits almost never form a date, so also draw the date part from real dates.
first17_with_real_dates = st.builds(
    lambda region, born, seq: f"{region}{born:%Y%m%d}{seq}",
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.dates(min_value=date(MIN_BIRTH_YEAR, 1, 1), max_value=TODAY),
    st.text(alphabet="0123456789", min_size=3, max_size=3),
)


@given(st.one_of(digits17, first17_with_real_dates))
def test_any_17_digits_with_their_check_char_are_accepted_iff_the_date_is_real(
    first17: str,
) -> None:
    number = with_check(first17)
    if _real_birth_date(first17):
        result = check_id_number(number, today=TODAY)
        assert result.number == number
        assert result.gender == ("male" if int(first17[16]) % 2 else "female")
        assert (result.note is None) == result.region_known
    else:
        with pytest.raises(InvalidIdNumber) as caught:
            check_id_number(number, today=TODAY)
        assert caught.value.reason in (ID_IMPOSSIBLE_BIRTH_DATE, ID_BIRTH_DATE_IN_FUTURE)


@given(first17_with_real_dates)
def test_every_single_character_substitution_is_refused(first17: str) -> None:
    number = with_check(first17)
    check_id_number(number, today=TODAY)
    for position, original in enumerate(number):
        for replacement in ID_CHARACTERS.replace(original, ""):
            changed = number[:position] + replacement + number[position + 1 :]
            with pytest.raises(InvalidIdNumber):
                check_id_number(changed, today=TODAY)


@given(first17_with_real_dates, st.integers(0, 16), st.integers(1, 9))
def test_any_digit_change_changes_the_check_character(
    first17: str, position: int, delta: int
) -> None:
    # Weights 2^(17-i) mod 11 are never 0 and 11 is prime: w * delta is never 0 mod 11,
    # so even a change that yields another real date or district fails the check.
    digit = (int(first17[position]) + delta) % 10
    changed = first17[:position] + str(digit) + first17[position + 1 :]
    assert id_number_check_char(changed) != id_number_check_char(first17)


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+86 138 1234 5678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("010-12345678", "010-12345678"),
        ("(010) 6512 3456", "010-65123456"),
        ("+86 10 6512 3456", "010-65123456"),
        ("075512345678", "0755-12345678"),
        ("0755 1234 5678", "0755-12345678"),
        ("0086 755 12345678", "0755-12345678"),
        ("021-66666666", "021-66666666"),
    ],
)
def test_phones_are_normalised(text: str, expected: str) -> None:
    assert check_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", PHONE_EMPTY),
        ("   ", PHONE_EMPTY),
        ("138l2345678", PHONE_BAD_CHARACTERS),  # a letter l, not a digit 1
        ("1381234567a", PHONE_BAD_CHARACTERS),
        ("138+12345678", PHONE_BAD_CHARACTERS),
        ("65123456", PHONE_NEEDS_AREA_CODE),
        ("6512345", PHONE_NEEDS_AREA_CODE),
        ("+852 9123 4567", PHONE_NOT_MAINLAND),
        ("+1 212 555 0100", PHONE_NOT_MAINLAND),
        ("400-810-8888", PHONE_NOT_PERSONAL),
        ("1381234567", PHONE_INVALID),  # 10 digits
        ("138123456789", PHONE_INVALID),  # 12 digits
        ("14012345678", PHONE_INVALID),  # no such mobile range
        ("95588", PHONE_INVALID),
        ("0", PHONE_INVALID),
    ],
)
def test_phone_refusals(text: str, reason: str) -> None:
    with pytest.raises(InvalidPhone) as caught:
        check_phone(text)
    assert caught.value.reason == reason
    assert caught.value.reason in PHONE_REASONS
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", True),
        ("+86 199 1234 5678", True),
        ("010-12345678", False),
        ("not a phone", False),
        ("", False),
    ],
)
def test_is_mobile(text: str, expected: bool) -> None:
    assert is_mobile(text) is expected


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@given(mobiles)
def test_mobile_normalisation_is_idempotent_and_masks_to_the_pattern(number: str) -> None:
    assume(is_mobile(number))
    assert check_phone(number) == number
    assert check_phone(f"+86 {number[:3]} {number[3:7]} {number[7:]}") == number
    assert re.fullmatch(r"1\d{2}\*{4}\d{4}", mask_phone(number))
    assert mask_phone(number) == number[:3] + "****" + number[7:]


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张三", "zhangsan", "zs"),
        ("单雄信", "shanxiongxin", "sxx"),
        ("曾国藩", "zengguofan", "zgf"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("令狐冲", "linghuchong", "lhc"),
        ("澹台灭明", "tantaimieming", "ttmm"),
        ("覃海", "qinhai", "qh"),
        ("翟志刚", "zhaizhigang", "zzg"),
        ("朴槿惠", "piaojinhui", "pjh"),
        ("区小明", "ouxiaoming", "oxm"),
        ("吕布", "lvbu", "lb"),
        ("买买提·艾力", "maimaitiaili", "mmtal"),
        ("买买提 • 艾力", "maimaitiaili", "mmtal"),
        ("张　三", "zhangsan", "zs"),
        ("Anna Li", "annali", "al"),
        ("ＡＢＣ王", "abcwang", "aw"),
        ("José 王", "josewang", "jw"),
        ("王2", "wang2", "w2"),
        ("", "", ""),
    ],
)
def test_search_keys(name: str, full: str, initials: str) -> None:
    assert pinyin_key(name) == full
    assert initials_key(name) == initials
    assert name_search_keys(name) == (full, initials)


def test_surname_table_applies_only_at_the_start() -> None:
    # 曾 in a given name keeps pypinyin's reading; as a surname it is zeng.
    assert pinyin_key("曾曾") == "zengceng"
    # A name of one character is not taken for a surname.
    assert pinyin_key("单") == "dan"
    assert {"欧阳", "司马", "诸葛", "上官", "西门", "皇甫", "慕容"} <= COMPOUND_SURNAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  张三  ", "张三"),
        ("Anna \t  Li", "Anna Li"),
        ("ＡＮＮＡ　ＬＩ", "ANNA LI"),
        ("买买提 · 艾力", "买买提·艾力"),
        ("买买提・艾力", "买买提·艾力"),
        ("张\n三", "张 三"),
    ],
)
def test_normalise_name(text: str, expected: str) -> None:
    assert normalise_name(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", NAME_EMPTY),
        (" \t ", NAME_EMPTY),
        ("张" * 41, NAME_TOO_LONG),
        ("张\x00三", NAME_CONTROL_CHARACTERS),
        ("张\u200b三", NAME_CONTROL_CHARACTERS),  # zero-width space
        ("张\u202e三", NAME_CONTROL_CHARACTERS),  # right-to-left override
    ],
)
def test_check_name_refusals(text: str, reason: str) -> None:
    with pytest.raises(InvalidName) as caught:
        check_name(text)
    assert caught.value.reason == reason


def test_check_name_accepts() -> None:
    assert check_name(" 欧阳 修 ") == "欧阳 修"
    assert check_name("张" * 40) == "张" * 40
    assert check_name("买买提·艾力") == "买买提·艾力"


# --- masking --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张小三", "张*三"),
        ("王", "王*"),
        ("欧阳小明", "欧**明"),
        ("买买提·艾力", "买****力"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_mask_id_number() -> None:
    assert mask_id_number("11010519491231002x") == "*" * 14 + "002X"
    assert mask_id_number("") == ""
    assert mask_id_number("1234") == "****"


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("010-12345678", "010-******78"),
        ("075512345678", "0755-******78"),
        ("", ""),
        ("12345", "*****"),
    ],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


name_text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), exclude_characters="*＊"
    ),
    min_size=1,
    max_size=40,
)


@given(name_text)
def test_mask_name_reveals_only_the_ends(name: str) -> None:
    text = normalise_name(name)
    assume(text)
    masked = mask_name(name)
    assert len(masked) == max(len(text), 2)
    assert masked[0] == text[0]
    revealed = [c for c in masked if c != "*"]
    assert len(revealed) == (2 if len(text) >= 3 else 1)
    if len(text) >= 3:
        assert masked[-1] == text[-1]
        assert masked[1:-1] == "*" * (len(text) - 2)


@given(first17_with_real_dates)
def test_mask_id_number_shows_only_the_last_four(first17: str) -> None:
    number = with_check(first17)
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked == "*" * 14 + number[-4:]


@given(st.text(alphabet="0123456789Xx ", max_size=30))
def test_mask_id_number_never_shows_more_than_four(text: str) -> None:
    masked = mask_id_number(text)
    assert len(masked) == len("".join(text.split()))
    assert sum(c != "*" for c in masked) <= 4

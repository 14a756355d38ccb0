"""People's names, resident ID numbers and phone numbers: checks, search keys and masking.

Rules from DOMAIN.md section 6. Error texts are English source strings marked for the
"People" translation context; they never contain the number or name that was refused,
because exception messages end up in logs and those values are sensitive (PIPL art. 28).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

import phonenumbers
from stdnum import numdb
from stdnum.cn import ric

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP

CONTEXT: Final = "People"

Gender = Literal["male", "female"]

# --- refusal reasons and notes (marked for translation; a UI translates `reason`) ---------

ID_WRONG_LENGTH: Final = QT_TRANSLATE_NOOP("People", "An ID number has 18 characters")
ID_BAD_CHARACTERS: Final = QT_TRANSLATE_NOOP(
    "People", "An ID number has 17 digits followed by a digit or X"
)
ID_IMPOSSIBLE_BIRTH_DATE: Final = QT_TRANSLATE_NOOP(
    "People", "The birth date in the ID number does not exist"
)
ID_BIRTH_DATE_IN_FUTURE: Final = QT_TRANSLATE_NOOP(
    "People", "The birth date in the ID number is in the future"
)
ID_WRONG_CHECK_CHARACTER: Final = QT_TRANSLATE_NOOP(
    "People", "The check character of the ID number is wrong"
)
ID_REASONS: Final = frozenset(
    {
        ID_WRONG_LENGTH,
        ID_BAD_CHARACTERS,
        ID_IMPOSSIBLE_BIRTH_DATE,
        ID_BIRTH_DATE_IN_FUTURE,
        ID_WRONG_CHECK_CHARACTER,
    }
)
ID_NOTE_UNKNOWN_DISTRICT: Final = QT_TRANSLATE_NOOP(
    "People",
    "The district code of the ID number is not in the list of known districts; "
    "the number is accepted, but please compare it with the card",
)

PHONE_EMPTY: Final = QT_TRANSLATE_NOOP("People", "No phone number was given")
PHONE_BAD_CHARACTERS: Final = QT_TRANSLATE_NOOP(
    "People", "A phone number may contain only digits, spaces, dashes, brackets and a leading +"
)
PHONE_NEEDS_AREA_CODE: Final = QT_TRANSLATE_NOOP(
    "People", "A landline number needs its area code, such as 010 or 0755"
)
PHONE_NOT_MAINLAND: Final = QT_TRANSLATE_NOOP(
    "People", "Only mainland China phone numbers (+86) are accepted"
)
PHONE_NOT_PERSONAL: Final = QT_TRANSLATE_NOOP(
    "People", "Service numbers such as 400 or 800 numbers are not accepted"
)
PHONE_INVALID: Final = QT_TRANSLATE_NOOP("People", "This is not a valid mobile or landline number")
PHONE_REASONS: Final = frozenset(
    {
        PHONE_EMPTY,
        PHONE_BAD_CHARACTERS,
        PHONE_NEEDS_AREA_CODE,
        PHONE_NOT_MAINLAND,
        PHONE_NOT_PERSONAL,
        PHONE_INVALID,
    }
)

NAME_EMPTY: Final = QT_TRANSLATE_NOOP("People", "The name is empty")
NAME_TOO_LONG: Final = QT_TRANSLATE_NOOP("People", "A name has at most 40 characters")
NAME_CONTROL_CHARACTERS: Final = QT_TRANSLATE_NOOP(
    "People", "The name contains invisible control characters"
)
NAME_REASONS: Final = frozenset({NAME_EMPTY, NAME_TOO_LONG, NAME_CONTROL_CHARACTERS})

NAME_MAX_LENGTH: Final = 40


class _PeopleError(InvalidInput, ValueError):
    """Refused input. A ValueError for callers that only know the standard library, and an
    InvalidInput so the desk and the command line show it like every other error."""

    context = CONTEXT

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class InvalidIdNumber(_PeopleError):
    """`reason` is one of ID_REASONS."""


class InvalidPhone(_PeopleError):
    """`reason` is one of PHONE_REASONS."""


class InvalidName(_PeopleError):
    """`reason` is one of NAME_REASONS."""


# --- width and whitespace ---------------------------------------------------------------------

# IMEs in full-width mode type ０-９, Ａ-Ｚ and the ideographic space; fold them so "１３８…"
# and "ｘ" are the same input as "138…" and "x". Only this block: NFKC would also rewrite
# compatibility ideographs and symbols inside names.
_FULL_WIDTH: Final = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# People type the separator of transliterated names (买买提·艾力) with whatever dot is at hand.
_NAME_DOTS: Final = "\u2022\u2027\u2219\u22c5\u30fb\uff65"
_DOT: Final = "\u00b7"
_TO_DOT: Final = {ord(c): _DOT for c in _NAME_DOTS}


def _fold_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


# --- resident ID numbers (GB 11643-1999) ------------------------------------------------------

# The calendar alone cannot refuse "0198" as a year; nobody born before 1800 holds a card.
MIN_BIRTH_YEAR: Final = 1800

_ASCII_DIGITS: Final = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class IdNumberCheck:
    """An accepted ID number and what it says. `note` is set (a marked source string) when
    the number is accepted but deserves a second look."""

    number: str = field(repr=False)  # kept out of repr so it does not leak into logs
    birth_date: date
    gender: Gender
    region_code: str
    region_known: bool
    province: str | None
    district: str | None
    note: str | None


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts "²" and Arabic-Indic digits, which int() would then parse.
    return bool(text) and set(text) <= _ASCII_DIGITS


def id_number_check_char(first17: str) -> str:
    """The GB 11643 check character ("0"-"9" or "X") for the first 17 digits."""
    if len(first17) != 17:
        raise InvalidIdNumber(ID_WRONG_LENGTH)
    if not _is_ascii_digits(first17):
        raise InvalidIdNumber(ID_BAD_CHARACTERS)
    return _check_char(first17)


def _check_char(first17: str) -> str:
    # stdnum's calc_check_digit reads a full number and ignores its last character.
    return str(ric.calc_check_digit(first17 + "0"))


def normalise_id_number(text: str) -> str:
    """Without whitespace, full-width characters folded, and x upper-cased."""
    return "".join(_fold_width(text).split()).upper()


def _region(code: str) -> tuple[str | None, str | None]:
    """Province and district names for a 6-digit code, None where stdnum does not know them.

    stdnum's data lists each district with the years its code was in use. The years are not
    used: a number is given when the card is issued, not at birth, so a district created
    after the birth year is normal (DOMAIN.md section 6). The name shown is the latest one.
    """
    info: dict[str, str] = {}
    for _part, props in numdb.get("cn/loc").info(code):
        info.update(props)
    district = info.get("county")
    if district is not None:
        district = district.split(",")[-1]
        if district.startswith("["):
            district = district.split("]", 1)[1]
    return info.get("province"), district


def check_id_number(text: str, *, today: date | None = None) -> IdNumberCheck:
    """Check a resident ID number; refuse only what cannot be a real number.

    Refused (InvalidIdNumber.reason): wrong length, bad characters, a birth date that is not
    a calendar date (or before MIN_BIRTH_YEAR), a birth date after `today`, or a wrong check
    character. An unknown district is accepted with a note.
    """
    number = normalise_id_number(text)
    if len(number) != 18:
        raise InvalidIdNumber(ID_WRONG_LENGTH)
    if not _is_ascii_digits(number[:17]) or number[17] not in "0123456789X":
        raise InvalidIdNumber(ID_BAD_CHARACTERS)
    # The date before the check character: when both are wrong, naming the date tells the
    # clerk where to look.
    try:
        birth_date = ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent is a ValueError
        raise InvalidIdNumber(ID_IMPOSSIBLE_BIRTH_DATE) from None
    if birth_date.year < MIN_BIRTH_YEAR:
        raise InvalidIdNumber(ID_IMPOSSIBLE_BIRTH_DATE)
    if birth_date > (today or date.today()):
        raise InvalidIdNumber(ID_BIRTH_DATE_IN_FUTURE)
    if number[17] != _check_char(number[:17]):
        raise InvalidIdNumber(ID_WRONG_CHECK_CHARACTER)
    region_code = number[:6]
    province, district = _region(region_code)
    known = district is not None
    return IdNumberCheck(
        number=number,
        birth_date=birth_date,
        gender="male" if int(number[16]) % 2 else "female",
        region_code=region_code,
        region_known=known,
        province=province,
        district=district,
        note=None if known else ID_NOTE_UNKNOWN_DISTRICT,
    )


# --- phone numbers ------------------------------------------------------------------------------

# Normalised forms, one per kind, so that equal numbers compare and hash equal:
#   mobile    11 digits, no prefix or separator:   13812345678
#   landline  trunk 0, area code, "-", subscriber: 010-12345678, 0755-12345678
_PHONE_CHARS: Final = re.compile(r"\+?[0-9\s()\-]+")
_PERSONAL_TYPES: Final = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
)


def check_phone(text: str) -> str:
    """A mainland mobile or landline number in its normalised form (see above).

    Accepts +86 / 0086 / 86 prefixes, spaces, dashes, brackets and full-width digits.
    """
    raw = _fold_width(text).strip()
    if not raw:
        raise InvalidPhone(PHONE_EMPTY)
    # Checked before phonenumbers sees it: it would read letters as a keypad ("ABC" = 222).
    if not _PHONE_CHARS.fullmatch(raw):
        raise InvalidPhone(PHONE_BAD_CHARACTERS)
    digits = re.sub(r"\D", "", raw)
    # 7 or 8 digits without a trunk 0 is a local landline number typed without its area code.
    if not raw.startswith("+") and not digits.startswith("0") and 7 <= len(digits) <= 8:
        raise InvalidPhone(PHONE_NEEDS_AREA_CODE)
    try:
        parsed = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException:
        raise InvalidPhone(PHONE_INVALID) from None
    if parsed.country_code != 86:
        raise InvalidPhone(PHONE_NOT_MAINLAND)
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhone(PHONE_INVALID)
    kind = phonenumbers.number_type(parsed)
    if kind not in _PERSONAL_TYPES:
        raise InvalidPhone(PHONE_NOT_PERSONAL)
    national = str(parsed.national_number)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return national
    area = phonenumbers.length_of_geographical_area_code(parsed)
    if area == 0:  # not seen in CN metadata; refuse rather than guess the split
        raise InvalidPhone(PHONE_INVALID)
    return f"0{national[:area]}-{national[area:]}"


def is_mobile(number: str) -> bool:
    """Whether `number`, in any form check_phone accepts, is a mainland mobile number."""
    try:
        return not check_phone(number).startswith("0")
    except InvalidPhone:
        return False


# --- names ------------------------------------------------------------------------------------


def normalise_name(text: str) -> str:
    """Trimmed, inner whitespace collapsed to one space, full-width Latin folded, and the
    dot of transliterated names unified to "·" without spaces around it."""
    folded = _fold_width(text).translate(_TO_DOT)
    collapsed = " ".join(folded.split())
    return collapsed.replace(" " + _DOT, _DOT).replace(_DOT + " ", _DOT)


# Cc: C0/C1 controls; Cf: invisible format characters such as zero-width spaces and bidi
# overrides, which make two names look equal or reorder a printed slip; Cs: lone surrogates.
# Unassigned code points (Cn) are allowed: a newer CJK extension may not be in this
# Python's Unicode tables yet, and refusing a real name is worse.
_CONTROL_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs"})


def check_name(text: str) -> str:
    """The normalised name; refuses empty names, names over 40 characters and names with
    control characters (tabs and line breaks are whitespace and collapse to a space)."""
    name = normalise_name(text)
    if not name:
        raise InvalidName(NAME_EMPTY)
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidName(NAME_TOO_LONG)
    if any(unicodedata.category(c) in _CONTROL_CATEGORIES for c in name):
        raise InvalidName(NAME_CONTROL_CHARACTERS)
    return name


# Surnames whose reading differs from the character's everyday one, and compound surnames,
# with their syllables. pypinyin reads 曾国藩 as "ceng guo fan" and 单雄信 as "dan ...".
# Some characters have two surname readings in real use (覃 qin/tan, 乐 yue/le, 盖 ge/gai,
# 蔚 yu/wei, 翟 zhai/di); the commoner one is listed.
SURNAME_READINGS: Final[dict[str, tuple[str, ...]]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "仇": ("qiu",),
    "解": ("xie",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "盖": ("ge",),
    "覃": ("qin",),
    "乐": ("yue",),
    "缪": ("miao",),
    "种": ("chong",),
    "翟": ("zhai",),
    "召": ("shao",),
    "秘": ("bi",),
    "员": ("yun",),
    "繁": ("po",),
    "折": ("she",),
    "黑": ("he",),
    "便": ("pian",),
    "句": ("gou",),
    "冼": ("xian",),
    "燕": ("yan",),
    "蔚": ("yu",),
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "令狐": ("ling", "hu"),
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "皇甫": ("huang", "fu"),
    "东方": ("dong", "fang"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "夏侯": ("xia", "hou"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "西门": ("xi", "men"),
}
COMPOUND_SURNAMES: Final = frozenset(s for s in SURNAME_READINGS if len(s) == 2)

_WORD: Final = re.compile(r"[^\W_]+")


def _surname(name: str) -> str:
    """The listed surname the name starts with, compound first, or "". A name that is only
    the surname is not split: nothing says it is a surname rather than a one-character name."""
    for size in (2, 1):
        head = name[:size]
        if len(name) > size and head in SURNAME_READINGS:
            return head
    return ""


def _ascii_fold(text: str) -> str:
    # "José" is found by "jose"; the combining marks carry nothing a desk searches by.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _words(name: str) -> list[str]:
    """One lower-case word per Chinese syllable or Latin/digit run; separators dropped."""
    name = normalise_name(name)
    surname = _surname(name)
    chunks: list[str] = list(SURNAME_READINGS[surname]) if surname else []
    # Style.NORMAL: no tones; ü as "v" (吕 lv), which is how it is typed on a keyboard.
    # Non-Chinese runs come back unchanged and are split into words below. pypinyin is
    # imported here: loading its phrase dictionary costs a tenth of a second at start-up.
    from pypinyin import Style, lazy_pinyin

    chunks += lazy_pinyin(name[len(surname) :], style=Style.NORMAL, errors="default")
    return [word for chunk in chunks for word in _WORD.findall(_ascii_fold(chunk))]


def name_search_keys(name: str) -> tuple[str, str]:
    """(pinyin_key, initials_key) of a name, computed once."""
    words = _words(name)
    return "".join(words), "".join(word[0] for word in words)


def pinyin_key(name: str) -> str:
    """Full pinyin without tones or spaces, lower-case: 张三 -> "zhangsan"."""
    return name_search_keys(name)[0]


def initials_key(name: str) -> str:
    """First letter of each syllable or Latin word, lower-case: 张三 -> "zs"."""
    return name_search_keys(name)[1]


# --- masking for printed slips ------------------------------------------------------------------


def mask_name(name: str) -> str:
    """张三 -> 张*, 张小三 -> 张*三, 欧阳小明 -> 欧**明, 王 -> 王*."""
    text = normalise_name(name)
    if len(text) <= 2:
        return text[:1] + "*" if text else ""
    return text[0] + "*" * (len(text) - 2) + text[-1]


def mask_id_number(number: str) -> str:
    """Only the last 4 characters shown; the length is kept (18 for an ID number). Input
    shorter than 15 characters is not an ID number and is masked whole."""
    text = normalise_id_number(number)
    if len(text) < 15:
        return "*" * len(text)
    return "*" * (len(text) - 4) + text[-4:]


def mask_phone(number: str) -> str:
    """Mobile 138****5678; landline area code and last 2 digits: 0755-******78.

    The number is normalised first. Anything check_phone refuses is masked whole, one *
    per character, since it is unclear which part would be safe to show.
    """
    text = number.strip()
    if not text:
        return ""
    try:
        normalised = check_phone(text)
    except InvalidPhone:
        return "*" * len(text)
    if not normalised.startswith("0"):
        return normalised[:3] + "****" + normalised[-4:]
    area, subscriber = normalised.split("-")
    return f"{area}-{'*' * (len(subscriber) - 2)}{subscriber[-2:]}"

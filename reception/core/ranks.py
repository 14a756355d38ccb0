"""Rank levels of officials (职务级别), highest first. One scale serves lodging standards,
precedence and seating: a lower `level` number outranks a higher one."""

from __future__ import annotations

from enum import StrEnum

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP, Phrase


class Rank(StrEnum):
    NATIONAL_CHIEF = "national_chief"
    NATIONAL_DEPUTY = "national_deputy"
    PROVINCIAL_CHIEF = "provincial_chief"
    PROVINCIAL_DEPUTY = "provincial_deputy"
    BUREAU_CHIEF = "bureau_chief"
    BUREAU_DEPUTY = "bureau_deputy"
    COUNTY_CHIEF = "county_chief"
    COUNTY_DEPUTY = "county_deputy"
    SECTION_CHIEF = "section_chief"
    SECTION_DEPUTY = "section_deputy"
    STAFF = "staff"
    OTHER = "other"  # drivers, interpreters, people without an official rank

    @property
    def level(self) -> int:
        """1 for the highest rank; a smaller number is senior."""
        return _ORDER.index(self) + 1

    @property
    def label(self) -> str:
        """English source of the rank's name; translate in context "Ranks"."""
        return Phrase("Ranks", RANK_LABELS[self])

    def at_least(self, other: Rank) -> bool:
        """Whether this rank is `other` or senior to it."""
        return self.level <= other.level


_ORDER = list(Rank)

RANK_LABELS: dict[Rank, str] = {
    Rank.NATIONAL_CHIEF: QT_TRANSLATE_NOOP("Ranks", "National level, chief"),
    Rank.NATIONAL_DEPUTY: QT_TRANSLATE_NOOP("Ranks", "National level, deputy"),
    Rank.PROVINCIAL_CHIEF: QT_TRANSLATE_NOOP("Ranks", "Provincial or ministerial, chief"),
    Rank.PROVINCIAL_DEPUTY: QT_TRANSLATE_NOOP("Ranks", "Provincial or ministerial, deputy"),
    Rank.BUREAU_CHIEF: QT_TRANSLATE_NOOP("Ranks", "Bureau level, chief"),
    Rank.BUREAU_DEPUTY: QT_TRANSLATE_NOOP("Ranks", "Bureau level, deputy"),
    Rank.COUNTY_CHIEF: QT_TRANSLATE_NOOP("Ranks", "County or division level, chief"),
    Rank.COUNTY_DEPUTY: QT_TRANSLATE_NOOP("Ranks", "County or division level, deputy"),
    Rank.SECTION_CHIEF: QT_TRANSLATE_NOOP("Ranks", "Section level, chief"),
    Rank.SECTION_DEPUTY: QT_TRANSLATE_NOOP("Ranks", "Section level, deputy"),
    Rank.STAFF: QT_TRANSLATE_NOOP("Ranks", "Staff member"),
    Rank.OTHER: QT_TRANSLATE_NOOP("Ranks", "Other staff"),
}

# The Chinese names an office writes in a guest list (Excel import), beside the keys.
RANK_NAMES_ZH: dict[str, Rank] = {
    "国家级正职": Rank.NATIONAL_CHIEF,
    "国家级副职": Rank.NATIONAL_DEPUTY,
    "省部级正职": Rank.PROVINCIAL_CHIEF,
    "正省部级": Rank.PROVINCIAL_CHIEF,
    "部级": Rank.PROVINCIAL_CHIEF,
    "省部级副职": Rank.PROVINCIAL_DEPUTY,
    "副省部级": Rank.PROVINCIAL_DEPUTY,
    "副部级": Rank.PROVINCIAL_DEPUTY,
    "厅局级正职": Rank.BUREAU_CHIEF,
    "正厅级": Rank.BUREAU_CHIEF,
    "司局级": Rank.BUREAU_CHIEF,
    "厅局级副职": Rank.BUREAU_DEPUTY,
    "副厅级": Rank.BUREAU_DEPUTY,
    "县处级正职": Rank.COUNTY_CHIEF,
    "正处级": Rank.COUNTY_CHIEF,
    "县处级副职": Rank.COUNTY_DEPUTY,
    "副处级": Rank.COUNTY_DEPUTY,
    "乡科级正职": Rank.SECTION_CHIEF,
    "正科级": Rank.SECTION_CHIEF,
    "乡科级副职": Rank.SECTION_DEPUTY,
    "副科级": Rank.SECTION_DEPUTY,
    "科员": Rank.STAFF,
    "办事员": Rank.STAFF,
    "其他": Rank.OTHER,
    "工作人员": Rank.OTHER,
}


def parse_rank(text: str) -> Rank:
    """A rank from its key ("bureau_chief") or an office's Chinese name ("正厅级")."""
    value = "".join(str(text).split())
    if value in Rank.__members__.values():
        return Rank(value)
    if value in RANK_NAMES_ZH:
        return RANK_NAMES_ZH[value]
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{rank} is not a rank level such as 正厅级 or 县处级副职."),
        rank=value or "''",
    )

"""The petitions office's settings, kept in office_setting under "petitions": the category
taxonomy, the texts of the notices, and how many days ahead a deadline counts as due soon."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from reception.core.settings import OfficeSetting

SETTING_KEY = "petitions"

# The taxonomy of matters, as "group/category". Office data in Chinese (the statistics are
# reported in these words), edited by the administrator.
DEFAULT_CATEGORIES: tuple[str, ...] = (
    "城乡建设/征地拆迁",
    "城乡建设/住房保障",
    "城乡建设/物业管理",
    "劳动社保/拖欠工资",
    "劳动社保/社会保险",
    "农村农业/土地承包",
    "农村农业/惠农补贴",
    "政法/涉法涉诉",
    "政法/治安管理",
    "卫生健康/医疗纠纷",
    "教育/入学就学",
    "生态环境/环境污染",
    "市场监管/消费维权",
    "交通运输/道路交通",
    "纪检监察/违纪违法",
    "其他/其他",
)

DUE_SOON_DAYS = 5


@dataclass(frozen=True)
class PetitionSettings:
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    due_soon_days: int = DUE_SOON_DAYS
    templates: dict[str, str] = field(default_factory=dict)  # kind → text; empty: default


def load_petition_settings(session: Session) -> PetitionSettings:
    row = session.get(OfficeSetting, SETTING_KEY)
    if row is None:
        return PetitionSettings()
    stored = json.loads(row.value)
    return PetitionSettings(
        categories=tuple(stored.get("categories") or DEFAULT_CATEGORIES),
        due_soon_days=int(stored.get("due_soon_days", DUE_SOON_DAYS)),
        templates=dict(stored.get("templates") or {}),
    )


def settings_value(settings: PetitionSettings) -> dict[str, object]:
    """The JSON value stored for `settings`."""
    value = asdict(settings)
    value["categories"] = list(settings.categories)
    return value

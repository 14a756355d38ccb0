"""The administrator's edit of the petitions settings: the category taxonomy, how many days
ahead a deadline counts as due soon, and the texts of the notices."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from reception.core.errors import InvalidInput
from reception.core.petitions.documents import DEFAULT_TEMPLATES, DocumentKind, check_template
from reception.core.petitions.settings import (
    SETTING_KEY,
    PetitionSettings,
    load_petition_settings,
    settings_value,
)
from reception.core.security.operators import authorize
from reception.core.security.roles import Actor, Permission
from reception.core.settings import write_setting
from reception.core.text import QT_TRANSLATE_NOOP

MAX_CATEGORY = 80  # petition_case.category
MAX_CATEGORIES = 200
MAX_DUE_SOON_DAYS = 60


def _categories(values: Sequence[str]) -> tuple[str, ...]:
    found: list[str] = []
    for value in values:
        text = "/".join(part.strip() for part in " ".join(value.split()).split("/"))
        if not text:
            continue
        if len(text) > MAX_CATEGORY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A category may have at most {most} characters."),
                most=MAX_CATEGORY,
            )
        if text in found:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The category {category} is listed twice."),
                category=text,
            )
        found.append(text)
    if not found or len(found) > MAX_CATEGORIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "List 1 to {most} categories."), most=MAX_CATEGORIES
        )
    return tuple(found)


def _templates(stored: Mapping[str, str], values: Mapping[str, str]) -> dict[str, str]:
    """The office's own texts after the change; an empty text or the default one goes back
    to the default (is not stored)."""
    kept = {k: v for k, v in stored.items() if k in DocumentKind.__members__.values()}
    for key, text in values.items():
        try:
            kind = DocumentKind(key)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no notice named {kind}."), kind=key
            ) from None
        checked = check_template(text) if text.strip() else ""
        if checked and checked != DEFAULT_TEMPLATES[kind]:
            kept[kind.value] = checked
        else:
            kept.pop(kind.value, None)
    return kept


def update_petition_settings(
    session: Session,
    actor: Actor,
    *,
    categories: Sequence[str] | None = None,
    due_soon_days: int | None = None,
    templates: Mapping[str, str] | None = None,
) -> PetitionSettings:
    """Change what is given; only the administrator may. `templates` maps a DocumentKind
    value to its text: an empty text goes back to the default; kinds not given keep theirs."""
    authorize(session, actor, Permission.MANAGE_SETTINGS)
    settings = load_petition_settings(session)
    if categories is not None:
        settings = replace(settings, categories=_categories(categories))
    if due_soon_days is not None:
        if isinstance(due_soon_days, bool) or not 0 <= due_soon_days <= MAX_DUE_SOON_DAYS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Due soon is 0 to {most} days ahead."),
                most=MAX_DUE_SOON_DAYS,
            )
        settings = replace(settings, due_soon_days=due_soon_days)
    if templates is not None:
        settings = replace(settings, templates=_templates(settings.templates, templates))
    write_setting(session, actor, SETTING_KEY, settings_value(settings))
    return settings

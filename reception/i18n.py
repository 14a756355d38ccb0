"""Translations without Qt, for the command line: read the same .ts catalogue the desk's
QTranslator uses (compiled to .qm there), so both speak the same words."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from reception.core.errors import DeskError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
DEFAULT_LANGUAGE = "zh_CN"
LANG_ENV = "RECEPTION_LANG"


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS / f"reception_{language}.ts"


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = catalogue_path(language)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            # Chinese has one plural form: a numerus message keeps it in its numerusform
            text = node.findtext("numerusform") if message.get("numerus") == "yes" else node.text
            if text and text.strip():
                table[(name, source)] = text
    return table


class Translator:
    """`translator(context, source)` gives the text in the chosen language."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language or os.environ.get(LANG_ENV) or DEFAULT_LANGUAGE

    def __call__(self, context: str, source: str) -> str:
        if self.language == "en":
            return source
        return _catalogue(self.language).get((context, source), source)

    translate = __call__

    def error(self, error: DeskError) -> str:
        return error.render(self)

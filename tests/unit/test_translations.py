"""Simplified Chinese is the default language: every string must be translated, and the
committed catalogue and compiled .qm must match the sources."""

from __future__ import annotations

import re

from reception.i18n import Translator
from tools import build_translations

# A field by its name: a translation may drop a format spec ({month:02d} → {month}月).
PLACEHOLDER = re.compile(r"\{([a-z_]*)(?::[^{}]*)?\}")


def test_catalogue_and_qm_are_current() -> None:
    assert build_translations.check() == []


def test_every_simplified_chinese_translation_is_finished() -> None:
    missing = build_translations.unfinished(build_translations.catalogue("zh_CN"))
    assert missing == [], f"{len(missing)} strings lack a translation, e.g. {missing[:5]}"


def test_translations_keep_every_placeholder() -> None:
    """A translation that drops or misspells {name} would show the wrong text or fail."""
    import xml.etree.ElementTree as ET

    root = ET.parse(build_translations.catalogue("zh_CN")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_the_command_line_speaks_chinese_by_default() -> None:
    tr = Translator()
    assert tr.language == "zh_CN"
    assert tr("Roles", "Administrator") == "管理员"
    assert Translator("en")("Roles", "Administrator") == "Administrator"

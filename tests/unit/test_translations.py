"""Simplified Chinese is the default language: every string must be translated, and the
committed catalogue and compiled .qm must match the sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

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
        node = message.find("translation")
        if node is None:
            continue
        # a plural message keeps its one Chinese form in a numerusform
        numerus = message.get("numerus") == "yes"
        translation = (node.findtext("numerusform") if numerus else node.text) or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_the_command_line_speaks_chinese_by_default() -> None:
    tr = Translator()
    assert tr.language == "zh_CN"
    assert tr("Roles", "Administrator") == "管理员"
    assert Translator("en")("Roles", "Administrator") == "Administrator"


def test_a_plural_message_is_filled_in_its_one_chinese_form(tmp_path: Path) -> None:
    """Chinese has one plural form: `--apply` puts the text in the message's numerusform,
    which lupdate reads back (a bare text beside it would stop lupdate)."""
    catalogue = tmp_path / "reception_zh_CN.ts"
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">'
        "<context><name>AlertBanner</name>"
        '<message numerus="yes"><source>%n more alert(s)</source>'
        '<translation type="unfinished"><numerusform /></translation></message>'
        "</context></TS>",
        "utf-8",
    )
    mapping = tmp_path / "more.json"
    mapping.write_text('{"AlertBanner": {"%n more alert(s)": "还有 %n 条提醒"}}', "utf-8")
    assert build_translations.apply(catalogue, mapping) == 1
    node = ET.parse(catalogue).getroot().find("context/message/translation")
    assert node is not None
    assert node.get("type") is None
    assert [form.text for form in node.iter("numerusform")] == ["还有 %n 条提醒"]
    assert not (node.text or "").strip()

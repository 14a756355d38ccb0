"""Translations without Qt (reception.i18n) and errors rendered in the shown language
(reception.core.errors.DeskError.render)."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception import i18n
from reception.core.errors import DeskError, InvalidInput, NotPermitted
from reception.core.security.roles import SYSTEM, Actor, Permission, Role
from reception.core.text import QT_TRANSLATE_NOOP, Phrase
from reception.i18n import Translator

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Your role may not {action}.</source>
        <translation>您的角色无权{action}。</translation>
    </message>
    <message>
        <source>There is no operator {login}.</source>
        <translation>没有操作员 {login}。</translation>
    </message>
    <message>
        <source>A password must have {least} to {most} characters.</source>
        <translation>密码须为 {fewest} 到 {most} 个字符。</translation>
    </message>
    <message>
        <source>Half done.</source>
        <translation type="unfinished">做了一半。</translation>
    </message>
    <message>
        <source>Gone.</source>
        <translation type="obsolete">已废弃。</translation>
    </message>
    <message>
        <source>Left empty.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A tiny zh_CN catalogue in place of the real one."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "reception_zh_CN.ts").write_text(CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    i18n._catalogue.cache_clear()
    yield folder
    i18n._catalogue.cache_clear()


def test_english_is_the_source(catalogue: Path) -> None:
    english = Translator("en")
    assert english("Errors", "Your role may not {action}.") == "Your role may not {action}."
    assert english.translate("Permissions", "manage operators") == "manage operators"


def test_a_known_string_is_translated_in_its_context_only(catalogue: Path) -> None:
    chinese = Translator("zh_CN")
    assert chinese("Permissions", "manage operators") == "管理操作员"
    assert chinese("Errors", "manage operators") == "manage operators"  # another context
    assert chinese("Roles", Role.DIRECTOR.label) == "主任"


def test_an_unknown_string_falls_back_to_the_source(catalogue: Path) -> None:
    chinese = Translator("zh_CN")
    assert chinese("Errors", "Something nobody translated.") == "Something nobody translated."
    assert chinese("NoSuchContext", "manage operators") == "manage operators"


@pytest.mark.parametrize("source", ["Half done.", "Gone.", "Left empty."])
def test_unfinished_obsolete_and_empty_translations_are_not_used(
    catalogue: Path, source: str
) -> None:
    assert Translator("zh_CN")("Errors", source) == source


def test_a_language_without_a_catalogue_falls_back_to_the_source(catalogue: Path) -> None:
    assert Translator("fr")("Permissions", "manage operators") == "manage operators"


def test_the_language_comes_from_reception_lang_else_chinese(
    catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RECEPTION_LANG", raising=False)
    assert Translator().language == "zh_CN"
    assert Translator()("Permissions", "manage operators") == "管理操作员"
    monkeypatch.setenv("RECEPTION_LANG", "en")
    assert Translator().language == "en"
    assert Translator("zh_CN").language == "zh_CN"  # an explicit choice wins


def _refusal() -> NotPermitted:
    receptionist = Actor(7, "wang", Role.RECEPTIONIST)
    with pytest.raises(NotPermitted) as caught:
        receptionist.require(Permission.MANAGE_OPERATORS)
    return caught.value


def test_a_refusal_renders_the_permission_in_the_target_language(catalogue: Path) -> None:
    error = _refusal()
    assert isinstance(error.values["action"], Phrase)
    assert error.render(Translator("zh_CN")) == "您的角色无权管理操作员。"
    assert Translator("zh_CN").error(error) == "您的角色无权管理操作员。"
    assert error.render(Translator("en")) == "Your role may not manage operators."
    assert error.render() == "Your role may not manage operators."
    assert str(error) == "Your role may not manage operators."


def test_an_untranslated_phrase_is_embedded_in_english(catalogue: Path) -> None:
    with pytest.raises(NotPermitted) as caught:
        SYSTEM.require(Permission.READ_AUDIT)
    assert caught.value.render(Translator("zh_CN")) == "您的角色无权read the audit log。"


def test_plain_values_are_not_translated(catalogue: Path) -> None:
    """Only Phrase values are looked up: a person's name that happens to be a source string
    stays as it is."""
    error = DeskError(
        QT_TRANSLATE_NOOP("Errors", "There is no operator {login}."), login="Director"
    )
    assert error.render(Translator("zh_CN")) == "没有操作员 Director。"


def test_a_translation_with_wrong_fields_falls_back_to_english(catalogue: Path) -> None:
    error = InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "A password must have {least} to {most} characters."),
        least=8,
        most=128,
    )
    assert error.render(Translator("zh_CN")) == "A password must have 8 to 128 characters."


def test_an_error_without_values_renders_its_text(catalogue: Path) -> None:
    error = DeskError("Left empty.")
    assert error.render(Translator("zh_CN")) == "Left empty."
    assert error.exit_code == 1


# -- the real catalogue --------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<malformed>"}


def test_every_finished_translation_keeps_the_fields_of_its_source() -> None:
    """`ctx.say` formats the translated text with the source's values: a translation that
    drops, renames or adds a `{field}` would raise KeyError at the user."""
    catalogues = sorted(i18n.TRANSLATIONS.glob("reception_*.ts"))
    if not catalogues:
        pytest.skip("no translation catalogue yet")
    broken = []
    for path in catalogues:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type"):
                    continue
                numerus = message.get("numerus") == "yes"
                text = node.findtext("numerusform") if numerus else node.text
                if not text:
                    continue
                source = message.findtext("source") or ""
                if _fields(source) != _fields(text):
                    broken.append((path.name, name, source, text))
    assert broken == []


def test_the_real_catalogue_loads_and_translates_a_refusal() -> None:
    i18n._catalogue.cache_clear()
    try:
        if not i18n.catalogue_path("zh_CN").exists():
            pytest.skip("no zh_CN catalogue yet")
        table = i18n._catalogue("zh_CN")
        assert table, "the zh_CN catalogue has no finished translation"
        rendered = _refusal().render(Translator("zh_CN"))
        assert rendered  # in whatever words the catalogue has
        assert not re.search(r"\{\w+\}", rendered), "a field was left unfilled"
    finally:
        i18n._catalogue.cache_clear()

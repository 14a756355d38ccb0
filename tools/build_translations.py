"""Refresh the translation catalogue from the sources and compile it for Qt.

    python -m tools.build_translations            # lupdate, then lrelease
    python -m tools.build_translations --check    # exit 1 if the catalogue or .qm is stale
    python -m tools.build_translations --apply F  # fill translations from a JSON file
    python -m tools.build_translations --unfinished   # list what still needs a translation

The .ts file is the one source of truth for Simplified Chinese: the desk loads the compiled
.qm, the command line reads the .ts itself (reception.i18n).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
BIN = Path(sys.executable).parent


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"reception_{language}.ts"


def sources() -> list[str]:
    files = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "reception").rglob("*.py")
        if "forms" not in p.relative_to(ROOT / "reception").parts
    )
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    return files


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def unfinished(path: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not (node.text or ""):
                missing.append((name, message.findtext("source") or ""))
    return missing


def apply(path: Path, mapping_file: Path) -> int:
    """Fill translations from {"context": {"source": "translation"}}; returns how many."""
    mapping: dict[str, dict[str, str]] = json.loads(mapping_file.read_text("utf-8"))
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if source in table and node is not None:
                if message.get("numerus") == "yes":
                    # Chinese has one plural form: the text goes in its one numerusform
                    for child in list(node):
                        node.remove(child)
                    node.text = None
                    ET.SubElement(node, "numerusform").text = table[source]
                else:
                    node.text = table[source]
                node.attrib.pop("type", None)
                filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled  # build() then lets lupdate rewrite it in its own layout


def build() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(catalogue(language), language)
        lrelease(catalogue(language), catalogue(language).with_suffix(".qm"))


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            committed = catalogue(language)
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            fresh = Path(folder) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh, language)
            if fresh.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.name} is stale: run make i18n")
            qm = Path(folder) / committed.with_suffix(".qm").name
            lrelease(committed, qm)
            shipped = committed.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.name} is stale: run make i18n")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--apply", type=Path)
    parser.add_argument("--unfinished", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are current")
        return 1 if problems else 0
    if args.unfinished:
        for language in LANGUAGES:
            missing = unfinished(catalogue(language))
            grouped: dict[str, dict[str, str]] = {}
            for context, source in missing:
                grouped.setdefault(context, {})[source] = ""
            print(json.dumps(grouped, ensure_ascii=False, indent=1))
        return 0
    if args.apply:
        build()  # first take in the newest source strings, then fill them
        for language in LANGUAGES:
            print(f"{apply(catalogue(language), args.apply)} translations filled")
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

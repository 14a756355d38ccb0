"""Rule 1 of DESIGN.md: reception/core and reception/db import nothing from Qt.

Two checks: every module's source is parsed and its imports are read (a Qt import inside a
function counts too), and every module is imported in a fresh interpreter, after which
PySide6 must not have been loaded by anything they import.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import reception

PACKAGE_ROOT = Path(reception.__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent
QT_FREE = ("core", "db")
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
# Alembic's environment runs migrations when imported, so it is parsed but not imported.
NOT_IMPORTABLE = {"reception.db.migrations.env"}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for area in QT_FREE:
        for path in sorted((PACKAGE_ROOT / area).rglob("*.py")):
            parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found.append((name, path))
    return found


def _qt_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every Qt module the source imports: import statements, and importlib/__import__
    calls with a literal name."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        found += [name for name in names if name.split(".")[0] in QT_PACKAGES]
    return found


def test_the_walk_finds_the_core_and_db_modules() -> None:
    names = {name for name, _ in _modules()}
    assert {
        "reception.core.errors",
        "reception.core.settings",
        "reception.core.security.audit",
        "reception.core.security.operators",
        "reception.db.database",
        "reception.db.engine",
        "reception.db.migrate",
        "reception.db.migrations.env",
    } <= names
    assert any(name.startswith("reception.db.migrations.versions.") for name in names)


def test_the_import_reader_sees_every_way_of_importing_qt() -> None:
    source = """
import os
import PySide6
import PySide6.QtCore as core
from PySide6.QtWidgets import QWidget
import shiboken6
def later():
    from PySide6 import QtGui
    importlib.import_module("PySide6.QtSql")
    __import__("shiboken6")
from .PySide6 import nothing
import PySide6_not_qt
"""
    assert _qt_imports(source) == [
        "PySide6",
        "PySide6.QtCore",
        "PySide6.QtWidgets",
        "shiboken6",
        "PySide6",
        "PySide6.QtSql",
        "shiboken6",
    ]


def test_no_core_or_db_module_imports_qt() -> None:
    offenders = {}
    for name, path in _modules():
        if found := _qt_imports(path.read_text(encoding="utf-8"), str(path)):
            offenders[name] = found
    assert offenders == {}


def test_importing_every_core_and_db_module_loads_no_qt() -> None:
    names = [name for name, _ in _modules() if name not in NOT_IMPORTABLE]
    script = "\n".join(
        [
            "import importlib, json, sys",
            f"names = {names!r}",
            "for name in names:",
            "    importlib.import_module(name)",
            f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_PACKAGES)!r})",
            "print(json.dumps({'imported': len(names), 'qt': qt}))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"imported": len(names), "qt": []}

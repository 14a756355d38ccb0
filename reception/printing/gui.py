"""What every renderer needs from Qt: a GUI application (fonts need one), translation, and a
guard against PySide6's lost references to None."""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

Translate = Callable[[str, str], str]
P = ParamSpec("P")
R = TypeVar("R")

_app: QGuiApplication | None = None  # kept alive for the process: Qt needs one application


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication/QApplication, or a new QGuiApplication. Without a display
    (the command line on a server) Qt is told to draw offscreen, unless it was told otherwise."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("A QCoreApplication is running; printing needs a QGuiApplication")
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1] or ["reception"])
    return _app


def _incref_none() -> Callable[[None], None]:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    return incref


def keeps_none_alive(function: Callable[P, R]) -> Callable[P, R]:
    """PySide6 6.12.0 (abi3 wheel) drops one reference to None on every call of a method that
    returns nothing. On CPython 3.12+ None is immortal and nothing happens; on 3.11 a few
    thousand calls (one page of the roll call) bring None to zero and the interpreter aborts
    with "deallocating None". Give back what was lost while `function` drew. A reference
    another thread took meanwhile may be given back too: an extra one is harmless."""
    if sys.version_info >= (3, 12):
        return function
    incref = _incref_none()

    @functools.wraps(function)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        before = sys.getrefcount(None)
        try:
            return function(*args, **kwargs)
        finally:
            for _ in range(before - sys.getrefcount(None) + 8):
                if sys.getrefcount(None) >= before:
                    break
                incref(None)

    return guarded

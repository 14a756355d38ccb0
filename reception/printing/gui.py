"""What every renderer needs from Qt: a GUI application (fonts need one) and translation."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

Translate = Callable[[str, str], str]

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

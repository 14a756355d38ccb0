"""The pinned Qt binding must not leak references to None.

PySide6 6.12.0 on CPython 3.11 took one reference from None at every call of a method that
returns nothing; a desk that runs all day (a clock label set every second) then aborted with
"none_dealloc". 6.11.3 does not: this test keeps a regression from coming back unnoticed."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100

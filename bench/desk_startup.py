"""Probe: the desk from process start to a shown, signed-in main window, opened the way
`reception` opens it (`reception.cli.main`: the sign-in dialog from Qt alone, the data layer
loaded and the database opened and checked off the GUI thread meanwhile, Argon2id, the main
window). Only the person is simulated, through the dialog's own widgets.

    python -m bench.desk_startup DATABASE LOGIN given|typed

given  the password is filled in and Enter pressed as soon as the dialog shows: the serial
       start-to-window time, with no typing for the loading to hide behind;
typed  Enter is pressed once the dialog has its database (a person takes longer than that
       to type a password): "enter_ms" is Enter to the shown window.

Prints {"mark": "dialog", ...} when the sign-in dialog is shown, then {"ready": true, ...}
when the main window is; the desk then quits as if the operator chose Quit.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

from bench.measure import peak_rss_mb
from reception import cli
from reception.ui.app import _application
from reception.ui.login_dialog import LoginDialog

GIVE_UP_MS = 60_000  # a desk stuck on a message box would otherwise keep `make bench` waiting


def report(**values: Any) -> None:
    print(json.dumps({**values, "peak_rss_mb": peak_rss_mb()}), flush=True)


class Operator(QObject):
    """Acts as the person would once the dialog, then the window, has come up.

    Told by the application's focusWindowChanged, not by an event filter: a filter would run
    Python for every event and wait for the GIL each time the loading thread holds it,
    slowing the desk it measures."""

    def __init__(self, login: str, password: str, typed: bool) -> None:
        super().__init__()
        self.login, self.password, self.typed = login, password, typed
        self.dialog: LoginDialog | None = None
        self.window: QMainWindow | None = None
        self.entered = 0.0

    def focus_moved(self) -> None:
        # Reported from the event loop, once the show has been processed, as the baseline
        # reports after processEvents().
        active = QApplication.activeWindow()
        if isinstance(active, LoginDialog) and self.dialog is None:
            self.dialog = active
            QTimer.singleShot(0, self.dialog_shown)
        elif isinstance(active, QMainWindow) and self.window is None:
            self.window = active
            QTimer.singleShot(0, self.window_shown)

    def dialog_shown(self) -> None:
        assert self.dialog is not None
        report(mark="dialog")
        if not self.typed or self.dialog.is_ready():
            self.enter()
        else:
            self.dialog.ready.connect(lambda: QTimer.singleShot(0, self.enter))

    def enter(self) -> None:
        assert self.dialog is not None
        self.dialog.ui.operatorCombo.setCurrentText(self.login)
        self.dialog.ui.password.setText(self.password)
        self.entered = time.perf_counter()
        self.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    def window_shown(self) -> None:
        assert self.window is not None
        enter_ms = (time.perf_counter() - self.entered) * 1000
        report(ready=True, enter_ms=enter_ms if self.typed else None)
        self.window.close()


def main() -> int:
    path, login, mode = sys.argv[1:4]
    app = _application()  # the one run_desk then takes up
    operator = Operator(login, os.environ["RECEPTION_PASSWORD"], typed=mode == "typed")
    app.focusWindowChanged.connect(operator.focus_moved)
    QTimer.singleShot(GIVE_UP_MS, lambda: os._exit(3))
    return cli.main(["--db", path, "--lang", "zh_CN"])


if __name__ == "__main__":
    raise SystemExit(main())

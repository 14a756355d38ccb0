"""Probe: the desk from process start to a shown, signed-in main window.

It takes the path `reception` takes (application, font, translations, database opened and
checked, sign-in with Argon2id, main window shown), with the password given instead of typed.
"""

from __future__ import annotations

import json
import os
import sys

from bench.measure import peak_rss_mb
from reception.config import DeskConfig, database_url
from reception.core.security.operators import authenticate
from reception.ui.app import _application, _open, desk_environment
from reception.ui.idle import IdleWatcher
from reception.ui.main_window import MainWindow
from reception.ui.scan_capture import ScanCapture
from reception.ui.session import DeskSession


def main() -> None:
    url, login = database_url(sys.argv[1]), sys.argv[2]
    password = os.environ["RECEPTION_PASSWORD"]
    app = _application()
    with desk_environment(app, "zh_CN"):
        db = _open(url)
        with db.unit() as session:
            result = authenticate(session, login, password)
        assert result.actor is not None and result.operator is not None, result.error
        desk = DeskSession(db, result.actor, result.operator, DeskConfig.load(), "zh_CN")
        window = MainWindow(desk, idle=IdleWatcher(), scans=ScanCapture())
        window.show()
        app.processEvents()
        print(json.dumps({"ready": True, "peak_rss_mb": peak_rss_mb()}), flush=True)
        window.close()
        db.close()


if __name__ == "__main__":
    main()

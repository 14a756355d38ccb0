"""Baseline: a bare PySide6 QMainWindow, shown."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QMainWindow

from bench.measure import peak_rss_mb


def main() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(json.dumps({"ready": True, "peak_rss_mb": peak_rss_mb()}), flush=True)


if __name__ == "__main__":
    main()

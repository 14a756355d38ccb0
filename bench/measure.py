"""Timing helpers: run a probe in a fresh process and read what it reports."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time from spawning the process to the probe's "ready" line
    peak_rss_mb: float


def spawn(module: str, *args: str, env: dict[str, str] | None = None) -> Run:
    """Start `python -m module args`; it prints one JSON line with "ready" and "peak_rss_mb"
    once its window is shown, then exits."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    ready = time.perf_counter() - started
    _, errors = process.communicate(timeout=120)
    if process.returncode != 0 or not line:
        raise RuntimeError(f"{module} failed: {errors.strip()[-2000:]}")
    report = json.loads(line)
    return Run(ready, float(report["peak_rss_mb"]))


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_rss_mb for r in runs))


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

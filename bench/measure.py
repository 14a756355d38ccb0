"""Timing helpers: run a probe in a fresh process and read what it reports."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time from spawning the process to the probe's "ready" line
    peak_rss_mb: float
    marks: dict[str, float] = field(default_factory=dict)  # spawn to each earlier "mark" line
    report: dict[str, Any] = field(default_factory=dict)  # the "ready" line itself


def spawn(module: str, *args: str, env: dict[str, str] | None = None) -> Run:
    """Start `python -m module args`; it prints one JSON line per moment it reports, each
    read (and timed) as it comes: {"mark": name} lines first, then one with "ready" and
    "peak_rss_mb" once its window is shown, then it exits."""
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
    marks: dict[str, float] = {}
    report: dict[str, Any] = {}
    seen: dict[str, Any] = {}
    while line := process.stdout.readline():
        arrived = time.perf_counter() - started
        report = json.loads(line)
        if report.get("ready"):
            ready = arrived
            break
        marks[str(report["mark"])] = arrived
        seen.update({f"{report['mark']}_{k}": v for k, v in report.items() if k != "mark"})
    _, errors = process.communicate(timeout=120)
    if process.returncode != 0 or not report.get("ready"):
        raise RuntimeError(f"{module} failed: {errors.strip()[-2000:]}")
    return Run(ready, float(report["peak_rss_mb"]), marks, {**seen, **report})


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_rss_mb for r in runs))


def median_mark(runs: list[Run], mark: str) -> Run:
    """The runs' median time to `mark`, as a Run (with the highest peak seen at it)."""
    return Run(
        statistics.median(r.marks[mark] for r in runs),
        max(float(r.report.get(f"{mark}_peak_rss_mb", 0.0)) for r in runs),
    )


def median_value(runs: list[Run], key: str) -> float:
    return statistics.median(float(r.report[key]) for r in runs)


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_probe(module: str, args: list[str], env: dict[str, str], root: Path) -> str:
    """Run a probe module in its own process; its last line of output (a JSON report)."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=root,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def copy_to_fill(path: Path, out: Path, name: str, scale: int, what: str) -> Path | None:
    """Where a copy of an older demo database gets an area's demo data added: None when
    that copy was made already (it is reused), else the fresh copy to fill."""
    copy = out / f"{name}-{scale}.db"
    if copy.exists() and (out / f"{name}-{scale}.made-on").exists():
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    print(
        f"the demo database of scale {scale:,} predates {what}: adding it to a copy, {copy} …",
        flush=True,
    )
    shutil.copyfile(path, copy)
    return copy


def mark_filled(out: Path, name: str, scale: int) -> Path:
    (out / f"{name}-{scale}.made-on").write_text(date.today().isoformat() + "\n", "utf-8")
    return out / f"{name}-{scale}.db"


def probe_report(module: str, path: Path, samples: int, env: dict[str, str], root: Path) -> Any:
    """Run a probe's measuring pass on `path`; its JSON report, parsed."""
    return json.loads(run_probe(module, [str(path), str(samples)], env, root))


def spread(samples: list[float]) -> tuple[float, float]:
    """The samples' median and 95th percentile."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), cuts[94]


def judge_figures(
    report: dict[str, Any],
    figures: tuple[tuple[str, str, str | None, float | None], ...],
    *,
    ratio_head: str = "p95 ×raw",
    target_width: int = 14,
) -> bool:
    """Print a row per figure (key, label, baseline key, p95 target in ms) under a header:
    p50, p95, p95 against its baseline's and the verdict; True when every target holds.
    A baseline must come before the figures measured against it."""
    print(
        f"{'figure':<46} {'p50 ms':>8} {'p95 ms':>8} {ratio_head:>9}  "
        f"{'target':<{target_width}} verdict"
    )
    passed = True
    p95s: dict[str, float] = {}
    for key, label, base, goal in figures:
        p50, p95 = spread(report[key])
        p95s[key] = p95
        ratio = f"{p95 / p95s[base]:8.1f}×" if base else f"{'':9}"
        verdict, wanted = "", ""
        if goal is not None:
            wanted = f"p95 < {goal:g} ms"
            ok = p95 < goal
            passed &= ok
            verdict = "PASS" if ok else "FAIL"
        print(f"{label:<46} {p50:8.2f} {p95:8.2f} {ratio}  {wanted:<{target_width}} {verdict}")
    return passed

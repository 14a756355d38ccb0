"""`make bench`: the desk's figures as ratios to baselines measured in the same run.

    python -m bench [--scale N] [--runs K] [--samples S]
                    [--only startup|queue|lodging|petitions|dashboard|report]

The database comes from `reception demo --scale N` (made once per scale, kept in bench/out;
delete the folder to make it again). Two scenarios:

- start-up: the desk from process start to its sign-in dialog and to its signed-in main
  window, and from Enter to that window, against a bare PySide6 window (K runs each);
- queue: scan to checked-in with the desk's view refreshed, ticket issue and the slip PDF,
  against one bare SQLite commit on the same file system (S samples each), on a working
  copy of the demo database so that reruns start from the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.measure import ROOT, Run, median_mark, median_run, median_value, spawn

OUT = ROOT / "bench" / "out"
OPERATOR, PASSWORD = "bench", "bench-pass-1"
TARGET_STARTUP_RATIO = 2.5
LABEL = 36


def demo_database(scale: int) -> tuple[Path, dict[str, str]]:
    home = OUT / f"home-{scale}"
    path = home / "reception.db"
    made = home / "made-on"  # written last: a run stopped half-way is made again
    env = {
        "RECEPTION_HOME": str(home),
        "RECEPTION_OPERATOR": OPERATOR,
        "RECEPTION_PASSWORD": PASSWORD,
    }
    if not (path.exists() and made.exists()):
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        print(f"making the demo database (scale {scale:,}) in {path} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "reception", "--db", str(path), "demo", "--scale", str(scale)],
            cwd=ROOT,
            env={**os.environ, **env},
            check=True,
            stdout=subprocess.DEVNULL,
        )
        made.write_text(date.today().isoformat() + "\n", encoding="utf-8")
    return path, env


def line(name: str, run: Run, base: Run, target: float | None = None) -> str:
    ratio = run.seconds / base.seconds
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  OVER {target}×")
    return (
        f"{name:<{LABEL}} {run.seconds * 1000:8.0f} ms  {ratio:5.2f}× baseline"
        f"  peak {run.peak_rss_mb:6.1f} MB{verdict}"
    )


@dataclass(frozen=True)
class Spread:
    p50: float  # milliseconds
    p95: float

    @classmethod
    def of(cls, samples: list[float]) -> Spread:
        cuts = statistics.quantiles(samples, n=100, method="inclusive")
        return cls(statistics.median(samples), cuts[94])


# (figure, label, target for its p95 in ms or None)
QUEUE_FIGURES = (
    ("baseline_commit", "bare SQLite commit, WAL+FULL (baseline)", None),
    ("scan", "scan: verified, checked in, committed", None),
    ("refresh", "desk view refresh (status + on site)", None),
    ("scan_refreshed", "scan to checked-in, view refreshed", 20.0),
    ("issue", "ticket issue (register in a unit)", None),
    ("slip_80mm", "slip PDF, 80 mm roll", 30.0),
    ("slip_a6", "slip PDF, A6", 30.0),
)


def queue_scenario(path: Path, env: dict[str, str], scale: int, samples: int) -> bool:
    """Run the queue probe on a working copy; print the table; True when every target holds."""
    work = OUT / f"work-{scale}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, work)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bench.queue_probe", str(work), str(samples)],
            cwd=ROOT,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"bench.queue_probe failed: {done.stderr.strip()[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    made = (path.parent / "made-on").read_text(encoding="utf-8").strip()
    print(
        f"\nqueue, {samples} samples, database of scale {scale:,} "
        f"({path.stat().st_size / 1e6:.1f} MB, made on {made}; "
        f"{report['notes']['office_day_on_site']} visits on site)"
    )
    base = Spread.of(report["baseline_commit"])
    print(
        f"{'figure':<40} {'p50 ms':>8} {'p95 ms':>8} {'p50 ×base':>10} {'p95 ×base':>10}"
        f"  {'target':<13} verdict"
    )
    passed = True
    for key, label, target in QUEUE_FIGURES:
        spread = Spread.of(report[key])
        verdict, goal = "", ""
        if target is not None:
            goal = f"p95 < {target:g} ms"
            ok = spread.p95 < target
            passed &= ok
            verdict = "PASS" if ok else "FAIL"
        print(
            f"{label:<40} {spread.p50:8.2f} {spread.p95:8.2f} {spread.p50 / base.p50:9.1f}×"
            f" {spread.p95 / base.p95:9.1f}×  {goal:<13} {verdict}"
        )
    return passed


def startup_scenario(path: Path, env: dict[str, str], scale: int, runs: int) -> None:
    env = {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare, given, typed = [], [], []
    for _ in range(runs):  # interleaved, so load on the machine hits all alike
        bare.append(spawn("bench.bare_window", env=env))
        given.append(spawn("bench.desk_startup", str(path), OPERATOR, "given", env=env))
        typed.append(spawn("bench.desk_startup", str(path), OPERATOR, "typed", env=env))
    base = median_run(bare)
    print(
        f"start-up, median of {runs} runs, database of scale {scale:,} "
        f"({path.stat().st_size / 1e6:.1f} MB)"
    )
    print(line("bare PySide6 QMainWindow (baseline)", base, base))
    print(line("desk: start → sign-in dialog shown", median_mark(given + typed, "dialog"), base))
    print(
        line("desk: start → signed in, window shown", median_run(given), base, TARGET_STARTUP_RATIO)
    )
    enter = median_value(typed, "enter_ms")
    print(f"{'desk: Enter → main window shown':<{LABEL}} {enter:8.0f} ms")
    print(
        "  signed in: password given, Enter pressed as soon as the dialog shows (nothing to\n"
        "  hide the loading behind); Enter: pressed once the database is open, as after typing"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs")
    parser.add_argument(
        "--samples", type=int, default=200, help="queue samples (at most 900: ticket numbers)"
    )
    parser.add_argument(
        "--only", choices=("startup", "queue", "lodging", "petitions", "dashboard", "report")
    )
    args = parser.parse_args()
    if not 20 <= args.samples <= 900:
        parser.error("--samples must be between 20 and 900")
    path, env = demo_database(args.scale)
    if args.only in (None, "startup"):
        startup_scenario(path, env, args.scale, args.runs)
    if args.only in (None, "queue"):
        passed = queue_scenario(path, env, args.scale, args.samples)
        print("queue targets: all PASS" if passed else "queue targets: some FAIL (see above)")
    if args.only in (None, "lodging"):
        from bench.lodging_probe import lodging_scenario

        passed = lodging_scenario(path, env, args.scale, args.samples, OUT, ROOT)
        print("lodging targets: all PASS" if passed else "lodging targets: some FAIL (see above)")
    if args.only in (None, "petitions"):
        from bench.petitions_probe import petitions_scenario

        passed = petitions_scenario(path, env, args.scale, args.samples, OUT, ROOT)
        print(
            "petitions targets: all PASS" if passed else "petitions targets: some FAIL (see above)"
        )
    if args.only in (None, "dashboard"):
        from bench.dashboard_probe import dashboard_scenario

        passed = dashboard_scenario(path, env, args.scale, args.samples, OUT, ROOT)
        print(
            "dashboard targets: all PASS" if passed else "dashboard targets: some FAIL (see above)"
        )
    if args.only in (None, "report"):
        from bench.report_probe import report_scenario

        # A report takes about a second: 30 samples give its p95.
        passed = report_scenario(path, env, args.scale, min(args.samples, 30), ROOT)
        print("report targets: all PASS" if passed else "report targets: some FAIL (see above)")
    return 0  # figures to read, not a test: a missed target is printed, not an error


if __name__ == "__main__":
    raise SystemExit(main())

"""`make bench`: the desk's figures as ratios to baselines measured in the same run.

    python -m bench [--scale N] [--runs K]

The database comes from `reception demo --scale N` (made once per scale, kept in bench/out).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bench.measure import ROOT, Run, median_run, spawn

OUT = ROOT / "bench" / "out"
OPERATOR, PASSWORD = "bench", "bench-pass-1"
TARGET_STARTUP_RATIO = 2.5


def demo_database(scale: int) -> tuple[Path, dict[str, str]]:
    home = OUT / f"home-{scale}"
    path = home / "reception.db"
    env = {
        "RECEPTION_HOME": str(home),
        "RECEPTION_OPERATOR": OPERATOR,
        "RECEPTION_PASSWORD": PASSWORD,
    }
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        print(f"making the demo database (scale {scale:,}) in {path} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "reception", "--db", str(path), "demo", "--scale", str(scale)],
            cwd=ROOT,
            env={**os.environ, **env},
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path, env


def line(name: str, run: Run, base: Run, target: float | None = None) -> str:
    ratio = run.seconds / base.seconds
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  OVER {target}×")
    return (
        f"{name:<34} {run.seconds * 1000:8.0f} ms  {ratio:5.2f}× baseline"
        f"  peak {run.peak_rss_mb:6.1f} MB{verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path, env = demo_database(args.scale)
    env = {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare, desk = [], []
    for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
        bare.append(spawn("bench.bare_window", env=env))
        desk.append(spawn("bench.desk_startup", str(path), OPERATOR, env=env))
    base = median_run(bare)
    print(
        f"start-up, median of {args.runs} runs, database of scale {args.scale:,} "
        f"({path.stat().st_size / 1e6:.1f} MB)"
    )
    print(line("bare PySide6 QMainWindow (baseline)", base, base))
    print(line("desk: signed in, main window shown", median_run(desk), base, TARGET_STARTUP_RATIO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

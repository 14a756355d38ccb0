"""The generated forms in reception/ui/forms are what ui/*.ui compile to (`make ui`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.build_forms", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

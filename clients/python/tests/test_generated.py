"""The committed stubs under src/kith are what the protos produce today."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GENERATE = Path(__file__).resolve().parent.parent / "generate.sh"


def test_generated_code_is_up_to_date() -> None:
    done = subprocess.run(
        [str(GENERATE), "--check"],
        env={**os.environ, "KITH_PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"{done.stderr}\nrun `make clients` and commit src/kith"

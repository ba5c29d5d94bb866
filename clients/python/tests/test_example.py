"""examples/basic.py runs against the server, twice (sign-up, then sign-in)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import unique_email

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "basic.py"


def run_example(url: str, email: str) -> list[str]:
    env = {**os.environ, "KITH_EMAIL": email, "KITH_PASSWORD": "example password"}
    done = subprocess.run([sys.executable, str(EXAMPLE), url], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_basic_example(kith_url: str) -> None:
    email = unique_email("example")
    first = run_example(kith_url, email)
    assert first[0].startswith(f"signed in as {email} (")
    assert first[1] == "uploaded: 4 received, 4 inserted, 0 unchanged, 0 rejected"
    assert first[2].endswith(": 95 min screen time, 42 unlocks")
    assert first[3] == "INVALID_ARGUMENT INVALID_ARGUMENT: device.name, device.platform, device.device_type, device.personality"

    second = run_example(kith_url, email)
    assert second[0] == first[0], "the second run signs in to the same account"
    assert second[1] == "uploaded: 4 received, 0 inserted, 4 unchanged, 0 rejected"
    assert second[2] == first[2]

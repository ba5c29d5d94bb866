"""The stubs are typed: mypy --strict accepts the helper and the example, and
catches a wrong request or response type on a service stub."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent

WRONG = '''
from kith.devices.v1 import devices_pb2
from kith.identity.v1 import identity_pb2
from kith_client import connect

kith = connect("http://127.0.0.1:50051")
device: devices_pb2.Device = kith.users.GetMe(identity_pb2.GetMeRequest()).user
kith.devices.CreateDevice(identity_pb2.GetMeRequest())
kith.usage.NoSuchMethod
'''


def mypy(tmp_path: Path, *paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(PACKAGE / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"), *paths],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy")


def test_helper_example_and_tests_type_check(cache: Path) -> None:
    done = mypy(cache, "src/kith_client", "examples/basic.py", "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_wrong_types_on_stubs_are_errors(cache: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG)
    done = mypy(cache, str(wrong))
    assert done.returncode == 1, done.stdout + done.stderr
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, done.stdout
    assert 'type "User", variable has type "Device"' in errors[0]
    assert '"GetMeRequest"; expected "CreateDeviceRequest"' in errors[1]
    assert '"NoSuchMethod"' in errors[2]

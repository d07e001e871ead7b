"""Run mypy --strict (the repo's config) over typing_check.py: pytest guards the typing contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TYPING_CHECK = Path(__file__).with_name("typing_check.py")


def test_typing_contract_holds_under_mypy_strict() -> None:
    env = {**os.environ, "MYPY_FORCE_COLOR": "0", "NO_COLOR": "1"}
    env.pop("MYPYPATH", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--no-error-summary",
            "--hide-error-context",
            "--show-error-codes",
            str(TYPING_CHECK.relative_to(ROOT)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output, output


def test_typing_check_uses_strict_mode() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "strict = true" in config
    source = TYPING_CHECK.read_text(encoding="utf-8")
    assert "assert_type(event, Event)" in source
    assert 'event_idd="x")  # type: ignore[call-arg]' in source

"""The spec is a valid OpenAPI 3.1 document that passes Spectral with no warnings."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.specdoc import ROOT, SPEC_PATH

SPECTRAL = ROOT / "mock" / "node_modules" / ".bin" / "spectral"


def test_spec_validates_as_openapi_3_1() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    assert document["openapi"] == "3.1.0"
    validate(document)


def _spectral(document: Path, ruleset: Path = ROOT / ".spectral.yaml") -> list[dict[str, Any]]:
    """Run Spectral with the project ruleset; return its errors and warnings."""
    if not SPECTRAL.exists():
        pytest.fail("Spectral is missing: run `make setup` (npm ci in mock/)")
    assert shutil.which("node"), "Node.js is required for Spectral"
    result = subprocess.run(
        [
            str(SPECTRAL),
            "lint",
            str(document),
            "--ruleset",
            str(ruleset),
            "--format=json",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    # Spectral exits 0 when it found no error, 1 when it did, and 2 (or more) when it could not
    # lint at all (a broken ruleset, an unreadable file): then its stdout proves nothing.
    assert result.returncode in (0, 1), f"Spectral failed ({result.returncode}): {result.stderr}"
    findings: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    errors = [f for f in findings if f["severity"] == 0]
    assert (result.returncode == 1) == bool(errors), (
        f"Spectral's exit code {result.returncode} contradicts its {len(errors)} errors"
    )
    return [f for f in findings if f["severity"] <= 1]  # 0 = error, 1 = warning


def test_spectral_reports_no_errors_and_no_warnings() -> None:
    problems = [
        f"{f['code']} {'.'.join(map(str, f['path']))}: {f['message']}" for f in _spectral(SPEC_PATH)
    ]
    assert not problems, "\n".join(problems[:50])


def test_spectral_project_rules_are_active(tmp_path: Path) -> None:
    """A property without a description must fail the project ruleset (guards the rule itself)."""
    broken = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    broken["components"]["schemas"]["Error"]["properties"]["message"].pop("description")
    target = tmp_path / "broken.yaml"
    target.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    assert "luma-property-description" in {f["code"] for f in _spectral(target)}


def test_spectral_that_cannot_lint_fails_the_test(tmp_path: Path) -> None:
    """A run that never linted (here: a ruleset that does not parse) must not pass as clean."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("extends: [[[\n")
    with pytest.raises(AssertionError, match="Spectral failed"):
        _spectral(SPEC_PATH, ruleset=broken)

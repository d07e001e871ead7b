"""``generated/build.py check`` catches drift, and generation is reproducible.

The scratch tests run a copy of ``spec/`` and ``generated/`` in ``tmp_path``: ``build.py`` finds its
files relative to itself, so the copy regenerates and checks itself without touching the repo.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROBE = "drift-probe-7f3a"


def _build(root: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "generated" / "build.py"), command],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A copy of the repo's spec/ and generated/ (without bytecode) laid out like the repo."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    shutil.copytree(ROOT / "spec", tmp_path / "spec", ignore=ignore)
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=ignore)
    return tmp_path


def _edit_spec(root: Path) -> list[str]:
    """Change the scratch spec; return the modules (below luma_api/) the change must reach.

    One edit lands in a docstring (an operation summary), the other adds a model field.
    """
    spec_path = root / "spec" / "luma.openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operation = spec["paths"]["/v1/events/get"]["get"]
    assert operation["summary"], "the probe replaces an existing summary"
    operation["summary"] = f"Get an event ({PROBE})"
    properties = spec["components"]["schemas"]["Webhook"]["properties"]
    assert "drift_probe" not in properties
    properties["drift_probe"] = {"type": "string", "description": f"Probe {PROBE}."}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), "utf-8")
    return ["api/events/get_event.py", "models/webhook.py"]


def test_committed_package_matches_the_spec() -> None:
    done = _build(ROOT, "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "matches the spec" in done.stdout


def test_check_fails_on_drift_until_regenerated(scratch: Path) -> None:
    changed_modules = _edit_spec(scratch)
    package = scratch / "generated" / "luma_api"
    (package / "models" / "left_over.py").write_text("X = 1\n", encoding="utf-8")

    stale = _build(scratch, "check")
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "out of date with the spec" in stale.stdout
    for module in changed_modules:
        assert f"+++ regenerated/{module}" in stale.stdout, module
    added = [line for line in stale.stdout.splitlines() if line.startswith("+")]
    assert any(f"Get an event ({PROBE})" in line for line in added), stale.stdout
    assert any("drift_probe" in line for line in added), stale.stdout
    assert "+++ regenerated/../MANIFEST.json" in stale.stdout  # the spec hash moved
    assert "stale file in generated/luma_api: models/left_over.py" in stale.stdout

    generated = _build(scratch, "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    for module in changed_modules:
        assert PROBE in (package / module).read_text(encoding="utf-8"), module
    assert not (package / "models" / "left_over.py").exists(), "generate must start from scratch"

    fresh = _build(scratch, "check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "matches the spec" in fresh.stdout


def test_two_generate_runs_give_byte_identical_trees(scratch: Path) -> None:
    generated_dir = scratch / "generated"
    first = _build(scratch, "generate")
    assert first.returncode == 0, first.stdout + first.stderr
    first_tree = _hashes(generated_dir)
    second = _build(scratch, "generate")
    assert second.returncode == 0, second.stdout + second.stderr
    assert _hashes(generated_dir) == first_tree
    assert len([name for name in first_tree if name.startswith("luma_api/api/")]) > 66
    assert "MANIFEST.json" in first_tree
    assert not [name for name in first_tree if ".ruff_cache" in name]

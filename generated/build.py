"""Regenerate ``generated/luma_api`` from the spec, or check that the committed copy is current.

    python generated/build.py generate   # rebuild generated/luma_api from spec/luma.openapi.yaml
    python generated/build.py check      # rebuild in a temp dir; fail with a diff on any change

Generation runs on a *codegen view* of the spec that keeps only 2xx responses, so every generated
function returns its success model alone; the overlay turns every other status into an exception.
The output is built from scratch each time (the generator's ``--overwrite`` keeps stale files),
so two runs give byte-identical trees.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "luma.openapi.yaml"
HERE = ROOT / "generated"
PACKAGE = HERE / "luma_api"
MANIFEST = HERE / "MANIFEST.json"
GENERATOR_VERSION = "0.29.1"
SPEC_COPY_NAME = "openapi.yaml"


def codegen_view(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the spec whose operations declare only their 2xx responses."""
    view: dict[str, Any] = json.loads(json.dumps(spec))
    for path_item in view.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                operation["responses"] = {
                    status: response
                    for status, response in operation["responses"].items()
                    if str(status).startswith("2")
                }
    return view


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed_generator_version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")


def build(out_dir: Path) -> None:
    """Generate the package into ``out_dir/luma_api`` and its manifest into ``out_dir``."""
    installed = _installed_generator_version()
    if installed != GENERATOR_VERSION:
        sys.exit(f"openapi-python-client {GENERATOR_VERSION} is required, found {installed}")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        view_path = Path(scratch) / "codegen-view.yaml"
        view_path.write_text(yaml.safe_dump(codegen_view(spec), sort_keys=False), "utf-8")
        target = out_dir / "luma_api"
        shutil.rmtree(target, ignore_errors=True)
        bin_dir = Path(sys.executable).parent
        cli = bin_dir / "openapi-python-client"
        env_path = f"{bin_dir}:{Path('/usr/bin')}:{Path('/bin')}"
        subprocess.run(
            [
                str(cli),
                "generate",
                "--path",
                str(view_path),
                "--config",
                str(HERE / "config.yaml"),
                "--custom-template-path",
                str(HERE / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--fail-on-warning",
            ],
            check=True,
            env={"PATH": env_path, "PYTHONDONTWRITEBYTECODE": "1"},
            stdout=subprocess.DEVNULL,
        )
    (target / "py.typed").write_text("", encoding="utf-8")
    shutil.copyfile(SPEC, target / SPEC_COPY_NAME)
    manifest = {
        "generator": f"openapi-python-client {GENERATOR_VERSION}",
        "spec": "spec/luma.openapi.yaml",
        "spec_sha256": _sha256(SPEC),
        "config_sha256": _sha256(HERE / "config.yaml"),
    }
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check() -> int:
    """Regenerate into a temp dir and compare with the committed package; 1 on drift."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh_root = Path(scratch)
        build(fresh_root)
        fresh = _tree(fresh_root / "luma_api")
        fresh["../MANIFEST.json"] = (fresh_root / "MANIFEST.json").read_bytes()
    committed = _tree(PACKAGE)
    if MANIFEST.exists():
        committed["../MANIFEST.json"] = MANIFEST.read_bytes()
    problems: list[str] = []
    for name in sorted(set(fresh) | set(committed)):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None:
            problems.append(f"missing from generated/luma_api: {name}")
        elif new is None:
            problems.append(f"stale file in generated/luma_api: {name}")
        else:
            diff = difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(),
                new.decode("utf-8", "replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    if problems:
        print("generated/luma_api is out of date with the spec. Run `make generate`.\n")
        print("\n".join(problems[:40]))
        if len(problems) > 40:
            print(f"... and {len(problems) - 40} more differing files")
        return 1
    print(f"generated/luma_api matches the spec ({len(fresh) - 1} files).")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["generate"]:
        build(HERE)
        print(f"generated {PACKAGE.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
        return 0
    if argv[1:] == ["check"]:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

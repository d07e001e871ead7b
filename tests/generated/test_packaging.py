"""The wheel ships both packages with their type markers and installs into a clean venv.

One wheel is built per module (``pip wheel`` fetches hatchling as the build backend) and shared by
the tests; installing it into a fresh venv pulls the runtime dependencies from the index.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Building fetches hatchling and installing fetches the runtime dependencies: both need a
#: package index. Deselect offline with ``-m "not needs_index"``.
pytestmark = pytest.mark.needs_index


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT, cwd=out)
    (built,) = out.glob("luma_client-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_ships_both_packages_with_type_markers(wheel_names: set[str]) -> None:
    for name in (
        "luma_api/__init__.py",
        "luma_api/py.typed",
        "luma_api/openapi.yaml",
        "luma_api/client.py",
        "luma_api/models/__init__.py",
        "luma_api/models/event.py",
        "luma_api/api/events/get_event.py",
        "luma_client/__init__.py",
        "luma_client/py.typed",
    ):
        assert name in wheel_names, name


def test_wheel_ships_every_generated_module(wheel_names: set[str]) -> None:
    package = ROOT / "generated" / "luma_api"
    expected = {
        f"luma_api/{path.relative_to(package).as_posix()}"
        for path in package.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert expected - wheel_names == set()
    assert len([n for n in wheel_names if n.startswith("luma_api/models/")]) == len(
        list((package / "models").glob("*.py"))
    )


def test_wheel_leaves_out_tests_spec_and_tooling(wheel_names: set[str]) -> None:
    top_level = {name.split("/", 1)[0] for name in wheel_names}
    assert top_level == {"luma_api", "luma_client", "luma_client-0.1.0.dist-info"}
    unwanted = [
        name
        for name in wheel_names
        if "__pycache__" in name
        or "/_parts/" in name
        or name.startswith(("tests/", "spec/", "generated/"))
        or name.endswith((".pyc", "build.py", "MANIFEST.json", "config.yaml", ".jinja"))
    ]
    assert unwanted == []


def test_wheel_installs_into_a_clean_venv_and_imports(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    done = _run(
        python,
        "-c",
        "import luma_api, luma_client, luma_api.models as m; "
        "from luma_api.api.events import get_event; "
        "import importlib.resources as r; "
        "print(luma_api.__file__); print(luma_client.__file__); print(m.Event.__name__); "
        "print(r.files('luma_api').joinpath('py.typed').is_file())",
        cwd=tmp_path,
    )
    api_file, client_file, model, typed = done.stdout.split()
    site_packages = venv.resolve()
    assert Path(api_file).resolve().is_relative_to(site_packages), api_file
    assert Path(client_file).resolve().is_relative_to(site_packages), client_file
    assert model == "Event"
    assert typed == "True"

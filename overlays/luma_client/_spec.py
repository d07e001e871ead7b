"""Where the OpenAPI document this package was generated from lives once installed.

The curated spec ships inside the wheel as ``luma_api/openapi.yaml`` so that a downstream
project can serve it with a mock server or validate traffic against it without a clone of
this repository.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import pathlib
import threading

from ._exceptions import LumaError

__all__ = ["spec_path"]

_PACKAGE = "luma_api"
_RESOURCE = "openapi.yaml"

_lock = threading.Lock()
_extracted: pathlib.Path | None = None


def spec_path() -> pathlib.Path:
    """Return the filesystem path of the OpenAPI document shipped with this package.

    The file is ``luma_api/openapi.yaml`` inside the installed distribution: the same
    document the client was generated from, the mock serves and the contract tests check.
    When the package is imported from somewhere without real files (a zip archive), the
    document is extracted once to a temporary file that lives until the interpreter exits.

    Raises:
        LumaError: the installation does not contain the document.
    """
    global _extracted
    try:
        resource = importlib.resources.files(_PACKAGE).joinpath(_RESOURCE)
    except ModuleNotFoundError as exc:
        raise LumaError(
            f"the {_PACKAGE!r} package is not installed, so its {_RESOURCE} is not available; "
            "reinstall luma-client"
        ) from exc
    if not resource.is_file():
        raise LumaError(
            f"{_PACKAGE}/{_RESOURCE} is missing from the installed luma-client package; "
            "reinstall it (or run `make generate` in a source checkout)"
        )
    if isinstance(resource, pathlib.Path):
        return resource
    with _lock:
        if _extracted is None:  # only for zip imports: extract once, delete at exit
            stack = contextlib.ExitStack()
            _extracted = stack.enter_context(importlib.resources.as_file(resource))
            atexit.register(stack.close)
        return _extracted

"""The OpenAPI document, read once per process, and the operations it declares.

Everything the fake knows about Luma's routes, parameters and shapes comes from here, so a
change to the spec changes the fake without code changes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import pathlib
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Any

import yaml

from luma_client import spec_path

__all__ = ["Operation", "Spec", "load_spec"]

JSON = dict[str, Any]
_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    """One operation: where it lives, what it takes, what it answers."""

    operation_id: str
    method: str  # upper case
    path: str
    legacy_paths: tuple[str, ...]
    parameters: tuple[JSON, ...]  # resolved query parameter objects
    body_schema: JSON | None
    responses: dict[int, JSON] = field(repr=False)  # status -> resolved response object

    def response_schema(self, status: int) -> JSON | None:
        media = self.responses.get(status, {}).get("content", {}).get("application/json")
        return None if media is None else media.get("schema")

    def examples(self, status: int) -> dict[str, Any]:
        """Named examples of the JSON answer for ``status``, in the spec's order."""
        media = self.responses.get(status, {}).get("content", {}).get("application/json", {})
        named = {name: ex.get("value") for name, ex in media.get("examples", {}).items()}
        if not named and "example" in media:
            named["example"] = media["example"]
        return named


class Spec:
    """The parsed document plus its operations by id."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self.components: JSON = document.get("components", {})
        self.operations: dict[str, Operation] = {}
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                op = item.get(method)
                if op is None:
                    continue
                params = tuple(
                    self.resolve(p)
                    for p in (*item.get("parameters", ()), *op.get("parameters", ()))
                )
                body = op.get("requestBody")
                body_schema = None
                if body is not None:
                    media = self.resolve(body).get("content", {}).get("application/json", {})
                    body_schema = media.get("schema")
                responses = {
                    int(code): self.resolve(resp)
                    for code, resp in op.get("responses", {}).items()
                    if code.isdigit()
                }
                self.operations[op["operationId"]] = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    legacy_paths=tuple(op.get("x-legacy-paths", ())),
                    parameters=tuple(p for p in params if p.get("in") == "query"),
                    body_schema=body_schema,
                    responses=responses,
                )

    def resolve(self, node: JSON) -> JSON:
        """Follow local ``$ref`` pointers until a real node is reached."""
        seen = 0
        while "$ref" in node and seen < 32:
            node = self.pointer(node["$ref"])
            seen += 1
        return node

    def pointer(self, ref: str) -> JSON:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, got {ref!r}")
        target: Any = self.document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        if not isinstance(target, dict):
            raise ValueError(f"{ref!r} does not point to an object")
        return target


@functools.cache
def load_spec(path: str | None = None) -> Spec:
    """Parse the spec shipped with luma-client (or ``path``) once per process.

    Parsing the YAML takes a few hundred milliseconds, most of a server's start-up, so the
    parsed document is also kept in a cache file (``marshal`` format, named after the
    spec's SHA-256 and the Python version) under ``$LUMA_FAKE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/luma-client`` or ``~/.cache/luma-client``; reading it takes a few
    milliseconds. ``LUMA_FAKE_CACHE=0`` turns the cache off; a cache that cannot be read or
    written is ignored.
    """
    file = pathlib.Path(path) if path is not None else spec_path()
    raw = file.read_bytes()
    cache = _cache_file(raw)
    document = _read_cache(cache)
    if document is None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(raw, Loader=loader)  # a safe loader: plain data only
        if not isinstance(document, dict):
            raise ValueError(f"{file} is not an OpenAPI document")
        _write_cache(cache, document)
    return Spec(document)


def _cache_file(raw: bytes) -> pathlib.Path | None:
    if os.environ.get("LUMA_FAKE_CACHE", "1") == "0":
        return None
    directory = os.environ.get("LUMA_FAKE_CACHE_DIR")
    if directory:
        base = pathlib.Path(directory)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (pathlib.Path(xdg) if xdg else pathlib.Path.home() / ".cache") / "luma-client"
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return base / f"spec-{digest}-{sys.implementation.cache_tag}.marshal"


def _read_cache(cache: pathlib.Path | None) -> JSON | None:
    if cache is None:
        return None
    try:
        document = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return document if isinstance(document, dict) and "paths" in document else None


def _write_cache(cache: pathlib.Path | None, document: JSON) -> None:
    if cache is None:
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as temporary:
            temporary.write(marshal.dumps(document))
        os.replace(temporary.name, cache)  # atomic: readers see all of it or nothing
    except (OSError, ValueError):
        with contextlib.suppress(OSError, NameError):
            os.unlink(temporary.name)

"""The OpenAPI document, read once per process, and the operations it declares.

Everything the fake knows about Luma's routes, parameters and shapes comes from here, so a
change to the spec changes the fake without code changes.
"""

from __future__ import annotations

import functools
import pathlib
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
    """Parse the spec shipped with luma-client (or ``path``) once per process."""
    file = pathlib.Path(path) if path is not None else spec_path()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with file.open("rb") as stream:
        document = yaml.load(stream, Loader=loader)  # a safe loader: plain data only
    if not isinstance(document, dict):
        raise ValueError(f"{file} is not an OpenAPI document")
    return Spec(document)

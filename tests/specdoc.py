"""The curated spec as test data: one loader and one list of operations for every test suite."""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "luma.openapi.yaml"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with the fields tests keep asking for."""

    path: str
    method: str
    operation_id: str
    tag: str
    raw: dict[str, Any]

    @property
    def success_status(self) -> str:
        return str(next(s for s in self.raw["responses"] if str(s).startswith("2")))


@functools.cache
def load_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def operations() -> list[Operation]:
    spec = load_spec()
    return [
        Operation(path, method, op["operationId"], (op.get("tags") or [""])[0], op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (one level at a time) to the object it names."""
    spec = load_spec()
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operation(operation_id: str) -> Operation:
    """The spec's operation with this ``operationId``."""
    return next(op for op in operations() if op.operation_id == operation_id)


def example(operation_id: str, *, request: bool = False, name: str | None = None) -> Any:
    """A fresh copy of an operation's example: its success response's (or, with ``request``,
    its request body's) first example, or the one called ``name``."""
    op = operation(operation_id)
    node = op.raw["requestBody"] if request else op.raw["responses"][op.success_status]
    examples = resolve(node)["content"]["application/json"]["examples"]
    chosen = examples[name] if name is not None else next(iter(examples.values()))
    return copy.deepcopy(chosen["value"])

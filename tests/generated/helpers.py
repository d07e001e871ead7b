"""Spec-driven lookups shared by the tests of the generated package ``luma_api``."""

from __future__ import annotations

import datetime
import functools
import importlib
import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

import luma_api.models
from tests import specdoc
from tests.specdoc import Operation, load_spec, operations, resolve

JSON = "application/json"
ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def build_script() -> ModuleType:
    """``generated/build.py`` loaded as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("luma_build", ROOT / "generated" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def resource_name(path: str) -> str:
    """The dotted facade name of an operation path (``events.guests.list``)."""
    chain, method = build_script().resource_names([path])[path]
    return ".".join([*chain, method])


def operation_module(op: Operation) -> ModuleType:
    """The generated module of one spec operation: ``luma_api.api.<tag>.<operation_id>``."""
    return importlib.import_module(f"luma_api.api.{op.tag}.{op.operation_id}")


def model_class(ref: str) -> Any:
    """The generated model class for ``#/components/schemas/<Name>``, found via luma_api.models."""
    prefix = "#/components/schemas/"
    assert ref.startswith(prefix), ref
    return getattr(luma_api.models, ref.removeprefix(prefix))


def body_ref(op: Operation, example: Any) -> str:
    """The schema a request-body example belongs to (picking the variant of a oneOf body)."""
    schema_node = op.raw["requestBody"]["content"][JSON]["schema"]
    schema = resolve(schema_node)
    if "oneOf" in schema:
        discriminator = schema["discriminator"]
        mapped: str = discriminator["mapping"][example[discriminator["propertyName"]]]
        return mapped
    ref: str = schema_node["$ref"]
    return ref


@dataclass(frozen=True)
class Example:
    """One named example of a media type in the spec."""

    id: str
    op: Operation | None
    schema_ref: str
    value: Any


def response_examples() -> list[Example]:
    found = []
    for op in operations():
        for status, response in op.raw["responses"].items():
            if not str(status).startswith("2"):
                continue
            media = response["content"][JSON]
            for name, example in media["examples"].items():
                found.append(
                    Example(
                        f"{op.operation_id}-{status}-{name}",
                        op,
                        media["schema"]["$ref"],
                        example["value"],
                    )
                )
    return found


def request_examples() -> list[Example]:
    found = []
    for op in operations():
        if "requestBody" not in op.raw:
            continue
        for name, example in op.raw["requestBody"]["content"][JSON]["examples"].items():
            value = example["value"]
            found.append(Example(f"{op.operation_id}-{name}", op, body_ref(op, value), value))
    return found


def webhook_examples() -> list[Example]:
    found = []
    for hook_type, hook in load_spec()["webhooks"].items():
        media = hook["post"]["requestBody"]["content"][JSON]
        for name, example in media["examples"].items():
            found.append(
                Example(f"{hook_type}-{name}", None, media["schema"]["$ref"], example["value"])
            )
    return found


def models_in(obj: Any, where: str = "$") -> Iterator[tuple[str, Any]]:
    """(path, model) for every model in a decoded model tree, through lists and fields."""
    if isinstance(obj, list):
        for index, item in enumerate(obj):
            yield from models_in(item, f"{where}[{index}]")
    elif attrs.has(type(obj)):
        yield where, obj
        for field in attrs.fields(type(obj)):
            if field.init:  # additional_properties is the one field __init__ does not take
                yield from models_in(getattr(obj, field.name), f"{where}.{field.name}")


def first_response_example(operation_id: str) -> Any:
    return specdoc.example(operation_id)


def first_request_example(operation_id: str) -> Any:
    return specdoc.example(operation_id, request=True)


def _as_instant(value: Any) -> Any:
    """A date-time string as a datetime, so ``Z`` and ``+00:00`` spellings compare equal."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def json_differences(expected: Any, actual: Any, where: str = "$") -> list[str]:
    """Where ``actual`` (a model's ``to_dict()``) departs from ``expected`` (a spec example).

    Objects must have the same keys at every level; scalars must be equal, except that
    date-times are compared as instants because the model re-serialises them with isoformat().
    """
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        found = [f"{where}.{key}: missing" for key in expected if key not in actual]
        found += [f"{where}.{key}: unexpected" for key in actual if key not in expected]
        for key in expected.keys() & actual.keys():
            found += json_differences(expected[key], actual[key], f"{where}.{key}")
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: expected {expected!r}, got {actual!r}"]
        return [
            difference
            for index, (left, right) in enumerate(zip(expected, actual, strict=True))
            for difference in json_differences(left, right, f"{where}[{index}]")
        ]
    numbers = (int, float)
    same_kind = type(expected) is type(actual) or (
        isinstance(expected, numbers)
        and isinstance(actual, numbers)
        and not isinstance(expected, bool)
        and not isinstance(actual, bool)
    )
    if not same_kind or _as_instant(expected) != _as_instant(actual):
        return [f"{where}: expected {expected!r}, got {actual!r}"]
    return []


def query_sample(name: str, schema: dict[str, Any]) -> tuple[Any, Any]:
    """A Python argument for a query parameter and the value _get_kwargs should put in params."""
    if "$ref" in schema:
        enum = resolve(schema)["enum"]
        return enum[-1], enum[-1]
    kind = schema["type"]
    if kind == "array":
        item, wire = query_sample(name, schema["items"])
        return [item], [wire]
    if kind == "string" and schema.get("format") == "date-time":
        when = datetime.datetime(2025, 7, 8, 17, 30, tzinfo=datetime.UTC)
        return when, "2025-07-08T17:30:00+00:00"
    if kind == "string":
        return f"{name}-sample", f"{name}-sample"
    if kind == "integer":
        return 7, 7
    if kind == "boolean":
        return True, True
    raise AssertionError(f"no sample for parameter {name}: {schema}")

"""``luma_api.resources``: the naming rule, and one method per spec operation with its signature.

The resource tree is walked through a recording invoker, so these tests see exactly what a user
reaches by attribute access, in all four twins (sync, async, raw, async raw).
"""

from __future__ import annotations

import builtins
import datetime
import functools
import importlib
import importlib.util
import inspect
import pkgutil
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest

import luma_api.models
from luma_api import resources
from luma_api.types import Unset
from tests.generated.helpers import JSON, build_script, operation_module, resource_name
from tests.specdoc import Operation, operations, resolve

OPERATIONS = operations()
BUILD = build_script()
_name = resource_name


# -- the naming rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/v1/events/guests/list", "events.guests.list"),
        ("/v1/calendars/contact-tags/apply", "calendars.contact_tags.apply"),
        ("/v2/webhooks/get", "webhooks.get"),
        ("/v1/users/get-self", "users.get_self"),
        ("/v2/organizations/calendars/create", "organizations.calendars.create"),
        ("/v1/events/cancel/request", "events.request_cancellation"),
        ("/v1/calendars/contacts/import", "calendars.contacts.import_"),
    ],
)
def test_names_follow_the_path(path: str, name: str) -> None:
    assert _name(path) == name


def test_a_path_in_two_versions_is_a_spec_error() -> None:
    with pytest.raises(ValueError, match=r"/v1/webhooks/get and /v2/webhooks/get .*webhooks\.get"):
        BUILD.resource_names(["/v1/webhooks/get", "/v2/webhooks/get"])


def test_a_path_with_two_verbs_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"both luma\.events\.get"):
        BUILD.resource_names(["/v1/events/get", "/v1/events/get"])


def test_a_method_that_is_also_a_resource_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"luma\.events\.cancel is both a resource and"):
        BUILD.resource_names(["/v1/events/cancel", "/v1/events/cancel/later"])


@pytest.mark.parametrize("path", ["/events/get", "/v1/get", "/v1/events/get.json"])
def test_paths_outside_the_rule_are_refused(path: str) -> None:
    with pytest.raises(ValueError, match=r"v<N>|cannot be a Python name"):
        BUILD.resource_names([path])


@pytest.mark.parametrize("wire", ["from", "two words", "_private", "9lives", "self"])
def test_wire_names_that_cannot_be_keyword_arguments_are_refused(wire: str) -> None:
    with pytest.raises(ValueError, match="cannot be a keyword argument"):
        BUILD._argument(None, wire)


def test_the_spec_obeys_the_rule() -> None:
    names = BUILD.resource_names([op.path for op in OPERATIONS])
    assert len(set(names.values())) == len(OPERATIONS)


# -- the generated tree ------------------------------------------------------------------------


class Recorder:
    """An invoker that records which generated function a method hands over, and with what."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, dict[str, Any]]] = []

    def _record(self, kind: str, operation: Any, arguments: dict[str, Any]) -> str:
        self.calls.append((kind, operation, arguments))
        return kind

    def call(self, operation: Any, arguments: dict[str, Any]) -> str:
        return self._record("call", operation, arguments)

    def paginate(self, operation: Any, arguments: dict[str, Any]) -> str:
        return self._record("paginate", operation, arguments)

    def raw(self, operation: Any, arguments: dict[str, Any]) -> str:
        return self._record("raw", operation, arguments)


ROOTS = {
    "sync": resources.LumaResources,
    "async": resources.AsyncLumaResources,
    "raw": resources.RawLumaResources,
    "async raw": resources.AsyncRawLumaResources,
}


def _methods(node: object, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted name, bound method) for every method reachable from ``node``."""
    for name, member in vars(type(node)).items():
        if name.startswith("_"):
            continue
        if isinstance(member, property | type(resources.LumaResources.events)):
            yield from _methods(getattr(node, name), f"{prefix}{name}.")
        elif inspect.isfunction(member):
            yield f"{prefix}{name}", getattr(node, name)


def _tree(twin: str) -> dict[str, Any]:
    found = list(_methods(ROOTS[twin](Recorder())))
    names = [name for name, _ in found]
    assert len(names) == len(set(names)), "a method is reachable twice"
    return dict(found)


TREES = {twin: _tree(twin) for twin in ROOTS}


def _by_id(op: Operation) -> str:
    return op.operation_id


@pytest.mark.parametrize("twin", ROOTS)
def test_every_operation_is_reachable_exactly_once(twin: str) -> None:
    expected = {_name(op.path) for op in OPERATIONS}
    assert set(TREES[twin]) == expected
    assert len(TREES[twin]) == len(OPERATIONS)


@functools.cache
def _namespace() -> dict[str, Any]:
    """Every name a generated annotation uses: models, their literal aliases, ``Unset``."""
    names: dict[str, Any] = {}
    for info in pkgutil.iter_modules(luma_api.models.__path__):
        names.update(vars(importlib.import_module(f"luma_api.models.{info.name}")))
    return {
        **names,
        "datetime": datetime,
        "builtins": builtins,
        "Unset": Unset,
        "None": None,
    }


def _annotation(value: Any) -> Any:
    return eval(value, _namespace()) if isinstance(value, str) else value


def _parameters(signature: inspect.Signature) -> dict[str, tuple[Any, Any, Any]]:
    return {
        name: (p.kind, _annotation(p.annotation), p.default)
        for name, p in signature.parameters.items()
    }


def _expected_parameters(op: Operation) -> dict[str, tuple[Any, Any, Any]]:
    """The generated function's keyword arguments, minus ``client``, body fields flattened."""
    module = operation_module(op)
    generated = _parameters(inspect.signature(module.sync_detailed))
    del generated["client"]
    body = generated.get("body")
    if body is not None and not isinstance(body[1], types.UnionType):  # a union stays body=
        del generated["body"]
        fields = _parameters(inspect.signature(body[1].__init__))
        del fields["self"]
        generated.update(fields)
    schema_names = [param["name"] for param in map(resolve, op.raw.get("parameters", []))]
    if op.raw.get("requestBody") is not None:
        schema = resolve(op.raw["requestBody"]["content"][JSON]["schema"])
        schema_names += list(schema.get("properties", {}))
    renamed = {}
    for name, value in generated.items():
        wire = next((w for w in schema_names if name in {w, f"{w}_", f"{w}_query"}), name)
        renamed[wire] = value
    return renamed


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_signature_is_the_generated_one_with_wire_names(op: Operation) -> None:
    expected = _expected_parameters(op)
    for twin, tree in TREES.items():
        actual = _parameters(inspect.signature(tree[_name(op.path)]))
        assert {name: kind for name, (kind, _, _) in actual.items()} == dict.fromkeys(
            expected, inspect.Parameter.KEYWORD_ONLY
        ), twin
        assert {n: (a, d) for n, (_, a, d) in actual.items()} == {
            n: (a, d) for n, (_, a, d) in expected.items()
        }, twin


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_docstring_has_summary_route_and_legacy_paths(op: Operation) -> None:
    method = TREES["sync"][_name(op.path)]
    doc = inspect.getdoc(method) or ""
    assert doc.startswith(op.raw["summary"])
    assert f"``{op.method.upper()} {op.path}``" in doc
    for legacy in op.raw.get("x-legacy-paths", []):
        assert f"``{legacy}``" in doc
    first_words = " ".join(op.raw["description"].split()[:6])
    assert first_words in " ".join(doc.split())


@pytest.mark.parametrize("op", OPERATIONS, ids=_by_id)
def test_methods_hand_the_generated_functions_to_the_invoker(op: Operation) -> None:
    recorder = Recorder()
    paged = "pagination_cursor" in {p["name"] for p in map(resolve, op.raw.get("parameters", []))}
    kinds = {"sync": "paginate" if paged else "call", "raw": "raw"}
    module = operation_module(op)
    for twin, kind in kinds.items():
        node: Any = ROOTS[twin](recorder)
        for part in _name(op.path).split("."):
            node = getattr(node, part)
        required = {
            name: object()
            for name, (_, _, default) in _parameters(inspect.signature(node)).items()
            if default is inspect.Parameter.empty and name != "body"
        }
        if op.raw.get("requestBody") and "body" in inspect.signature(node).parameters:
            required["body"] = object()
        assert node(**required) == kind
        recorded_kind, operation, _ = recorder.calls[-1]
        assert recorded_kind == kind
        assert operation is module.sync_detailed


def test_building_the_tree_imports_no_operation_module() -> None:
    code = (
        "import sys\n"
        "from luma_api.resources import LumaResources\n"
        "root = LumaResources(object())\n"
        "root.events.guests; root.calendars.contact_tags\n"
        "print(sorted(m for m in sys.modules if m.startswith('luma_api.api')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"

"""The response-mutation suite: each example of the spec, one field of one object changed at a time.

From every success-response example and every webhook example, at every depth, each field is
mutated in each way the spec rules out: a required field removed, a non-nullable field set to
null, a value of a JSON type the field does not declare, and, for enum fields, an unknown
string. Then, in default mode, ``call()`` (and ``paginate()`` for entries of list operations) and
``parse_webhook()`` return the model, every untouched field keeps its value, and exactly one
``ResponseDriftWarning`` names the mutated field (none for an unknown enum string: response enums
are open). In strict mode, ``APIResponseValidationError`` names the field.

Everything is derived from the spec, so new schemas and examples are covered without edits here.
Run with ``-s`` to see how many mutations ran.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import attrs
import pytest

from luma_client import APIResponseValidationError, call, paginate, parse_webhook
from luma_client._webhooks import WEBHOOK_TYPES
from tests.generated.helpers import Example, response_examples, webhook_examples
from tests.integration.test_every_operation import arguments
from tests.overlay.helpers import Server, client_for, drift_warnings
from tests.specdoc import resolve

UNKNOWN_ENUM = "drift-unknown-value"
# One value of each JSON type; a field gets the first one its schema does not allow.
WRONG_VALUES: list[tuple[str, Any]] = [
    ("integer", 424242),
    ("string", "drift-value"),
    ("boolean", True),
    ("array", ["drift"]),
    ("object", {"drift": 1}),
]


@dataclass(frozen=True)
class Mutation:
    path: str  # where the mutated field sits, as the decoder names it: entries[0].hosts[1].name
    kind: str  # remove, null, wrong type, unknown enum
    body: Any  # the whole mutated body

    @property
    def warns(self) -> bool:
        return self.kind != "unknown enum"


# -- reading the spec ---------------------------------------------------------------------------


def _json_types(node: dict[str, Any]) -> set[str] | None:
    """The JSON types a value of ``node`` may have; None when any value fits."""
    node = resolve(node)
    if "allOf" in node:
        return {"object"}
    members = node.get("anyOf") or node.get("oneOf")
    if members:
        found: set[str] = set()
        for member in members:
            types = _json_types(member)
            if types is None:
                return None
            found |= types
        return found
    declared = node.get("type")
    if declared is None:
        if "const" in node:
            return {_type_of(node["const"])}
        if "enum" in node:
            return {_type_of(value) for value in node["enum"]}
        return {"object"} if "properties" in node else None
    types = {declared} if isinstance(declared, str) else set(declared)
    if "number" in types:
        types.add("integer")
    return types


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "integer", float: "number", str: "string"}.get(
        type(value), "object"
    )


def _is_enum(node: dict[str, Any]) -> bool:
    node = resolve(node)
    if len(node.get("enum", ())) > 1:
        return True
    return any(_is_enum(member) for member in [*node.get("anyOf", []), *node.get("oneOf", [])])


def _object_schema(node: dict[str, Any], value: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema ``value`` is an instance of: properties and required, allOf merged."""
    node = resolve(node)
    if "allOf" in node:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in node["allOf"]:
            merged = _object_schema(part, value) or {}
            properties |= merged.get("properties", {})
            required += merged.get("required", [])
        return {"properties": properties, "required": required}
    members = node.get("anyOf") or node.get("oneOf")
    if members:
        objects = [m for m in members if "object" in (_json_types(m) or set())]
        discriminator = node.get("discriminator")
        if discriminator:
            chosen = discriminator["mapping"][value[discriminator["propertyName"]]]
            return _object_schema({"$ref": chosen}, value)
        for member in objects:
            schema = _object_schema(member, value)
            consts = {
                key: resolve(prop)["const"]
                for key, prop in (schema or {}).get("properties", {}).items()
                if "const" in resolve(prop)
            }
            matches = all(value.get(k) == v for k, v in consts.items())
            if schema and matches and (consts or set(schema.get("required", [])) <= set(value)):
                return schema
        return None
    if "properties" in node:
        return node
    return None


def _items(node: dict[str, Any]) -> dict[str, Any] | None:
    node = resolve(node)
    if "items" in node:
        items: dict[str, Any] = node["items"]
        return items
    for member in [*node.get("anyOf", []), *node.get("oneOf", [])]:
        found = _items(member)
        if found is not None:
            return found
    return None


# -- mutating an example ------------------------------------------------------------------------


def _here(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _sites(
    node: dict[str, Any], value: Any, path: str, skip: frozenset[str]
) -> Iterator[tuple[str, list[str | int], str, Any]]:
    """(path, location, kind, new value) for every mutation of every field under ``value``;
    the new value is ``None`` for a removal."""
    if isinstance(value, list):
        items = _items(node)
        if items is not None:
            for index, item in enumerate(value):
                for where, location, kind, new in _sites(items, item, _here(path, index), skip):
                    yield where, [index, *location], kind, new
        return
    if not isinstance(value, dict):
        return
    schema = _object_schema(node, value)
    if schema is None:
        return
    required = set(schema.get("required", []))
    for key, prop in schema.get("properties", {}).items():
        if key not in value:
            continue
        here = _here(path, key)
        current = value[key]
        if not path and key in skip:  # only what it holds is mutated
            for where, location, kind, new in _sites(prop, current, here, skip):
                yield where, [key, *location], kind, new
            continue
        types = _json_types(prop)
        if key in required:
            yield here, [key], "remove", None
        if types is not None and "null" not in types and current is not None:
            yield here, [key], "null", None
        if types is not None:
            wrong = next(v for name, v in WRONG_VALUES if name not in types)
            yield here, [key], "wrong type", wrong
        if _is_enum(prop) and isinstance(current, str):
            yield here, [key], "unknown enum", UNKNOWN_ENUM
        for where, location, kind, new in _sites(prop, current, here, skip):
            yield where, [key, *location], kind, new


def mutations(schema_ref: str, value: Any, skip: frozenset[str] = frozenset()) -> list[Mutation]:
    found = []
    for path, location, kind, new in _sites({"$ref": schema_ref}, value, "", skip):
        body = copy.deepcopy(value)
        holder = body
        for step in location[:-1]:
            holder = holder[step]
        if kind == "remove":
            del holder[location[-1]]
        else:
            holder[location[-1]] = new
        found.append(Mutation(path, kind, body))
    return found


# -- comparing decoded models -------------------------------------------------------------------


def _values(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) for every leaf of a decoded model tree, paths named by JSON keys."""
    if isinstance(obj, list):
        for index, item in enumerate(obj):
            yield from _values(item, _here(path, index))
    elif attrs.has(type(obj)):
        table = sys.modules[type(obj).__module__].FIELDS
        for attribute, key, _, _ in table:
            yield from _values(getattr(obj, attribute), _here(path, key))
    else:
        yield path, obj


ABSENT = object()


def _touched(path: str, mutated: str) -> bool:
    return path == mutated or path.startswith((mutated + ".", mutated + "["))


def changed_elsewhere(original: Any, decoded: Any, mutated: str) -> list[str]:
    """Paths outside the mutated field whose decoded values differ from the original's."""
    before = dict(_values(original))
    after = dict(_values(decoded))
    return sorted(
        path
        for path in before.keys() | after.keys()
        if not _touched(path, mutated)
        and before.get(path, "<absent>") != after.get(path, "<absent>")
    )


# -- the cases ----------------------------------------------------------------------------------


def _is_list_page(example: Example) -> bool:
    return isinstance(example.value, dict) and {"entries", "has_more"} <= example.value.keys()


RESPONSES = [e for e in response_examples() if isinstance(e.value, dict)]
WEBHOOKS = webhook_examples()
#: The envelope of a webhook picks the model (``type``) and holds the data: not drift.
WEBHOOK_ENVELOPE = frozenset({"type", "data"})


def _response_mutations(example: Example) -> list[Mutation]:
    return mutations(example.schema_ref, example.value)


def _webhook_mutations(example: Example) -> list[Mutation]:
    return mutations(example.schema_ref, example.value, WEBHOOK_ENVELOPE)


def _check(
    mutation: Mutation, decode: Callable[[], Any], original: Any, failures: list[str]
) -> None:
    with drift_warnings() as warned:
        decoded = decode()
    named = [m for m in warned if f" at {mutation.path}: " in m]
    if mutation.warns and (len(warned) != 1 or len(named) != 1):
        failures.append(f"{mutation.kind} {mutation.path}: warnings {warned}")
    if not mutation.warns and warned:
        failures.append(f"{mutation.kind} {mutation.path}: unexpected warnings {warned}")
    elsewhere = changed_elsewhere(original, decoded, mutation.path)
    if elsewhere:
        failures.append(f"{mutation.kind} {mutation.path}: untouched fields changed {elsewhere}")


def _check_strict(mutation: Mutation, decode: Callable[[], Any], failures: list[str]) -> None:
    if not mutation.warns:
        decode()  # an unknown enum string is no error either
        return
    try:
        decode()
    except APIResponseValidationError as exc:
        if f"{mutation.path} (" not in str(exc):
            failures.append(f"strict {mutation.kind} {mutation.path}: not named in {exc}")
    else:
        failures.append(f"strict {mutation.kind} {mutation.path}: no error")


def _operation(example: Example) -> Callable[..., Any]:
    assert example.op is not None
    module = importlib.import_module(f"luma_api.api.{example.op.tag}.{example.op.operation_id}")
    function: Callable[..., Any] = module.sync_detailed
    return function


@pytest.mark.parametrize("example", RESPONSES, ids=[e.id for e in RESPONSES])
def test_call_decodes_every_mutation_of_a_response_example(example: Example) -> None:
    assert example.op is not None
    operation = _operation(example)
    kwargs = arguments(example.op)
    original = call(
        operation, client=client_for(Server(json_body=example.value), strict=True), **kwargs
    )
    failures: list[str] = []
    for mutation in _response_mutations(example):
        server = Server(json_body=mutation.body)
        tolerant, strict = client_for(server), client_for(server, strict=True)
        _check(mutation, partial(call, operation, client=tolerant, **kwargs), original, failures)
        _check_strict(mutation, partial(call, operation, client=strict, **kwargs), failures)
    assert failures == []


def _all_entries(operation: Callable[..., Any], client: Any, kwargs: dict[str, Any]) -> list[Any]:
    return list(paginate(operation, client=client, **kwargs))


LIST_PAGES = [e for e in RESPONSES if _is_list_page(e) and e.value["entries"]]


@pytest.mark.parametrize("example", LIST_PAGES, ids=[e.id for e in LIST_PAGES])
def test_paginate_yields_every_entry_of_every_mutated_page(example: Example) -> None:
    assert example.op is not None
    operation = _operation(example)
    kwargs = {k: v for k, v in arguments(example.op).items() if not k.startswith("pagination")}
    last_page = {**example.value, "has_more": False}
    expected = list(
        paginate(operation, client=client_for(Server(json_body=last_page), strict=True), **kwargs)
    )
    failures: list[str] = []
    entry_mutations = [
        m for m in mutations(example.schema_ref, last_page) if m.path.startswith("entries[")
    ]
    assert entry_mutations
    for mutation in entry_mutations:
        server = Server(json_body=mutation.body)
        with drift_warnings() as warned:
            entries = list(paginate(operation, client=client_for(server), **kwargs))
        if len(entries) != len(expected):
            failures.append(f"{mutation.path}: {len(entries)} entries, not {len(expected)}")
        if mutation.warns != (len(warned) == 1) or len(warned) > 1:
            failures.append(f"{mutation.kind} {mutation.path}: warnings {warned}")
        index = int(mutation.path.removeprefix("entries[").split("]")[0])
        others = [e for i, e in enumerate(entries) if i != index]
        if others != [e for i, e in enumerate(expected) if i != index]:
            failures.append(f"{mutation.path}: another entry changed")
        strict = client_for(server, strict=True)
        _check_strict(mutation, partial(_all_entries, operation, strict, kwargs), failures)
    assert failures == []


@pytest.mark.parametrize("example", WEBHOOKS, ids=[e.id for e in WEBHOOKS])
def test_parse_webhook_decodes_every_mutation_of_a_webhook_example(example: Example) -> None:
    original = parse_webhook(example.value, strict=True)
    assert type(original).__name__ == WEBHOOK_TYPES[example.value["type"]]
    failures: list[str] = []
    for mutation in _webhook_mutations(example):
        body = json.dumps(mutation.body).encode()
        _check(mutation, partial(parse_webhook, body), original, failures)
        _check_strict(mutation, partial(parse_webhook, body, strict=True), failures)
    assert failures == []


def test_the_suite_runs_many_mutations_of_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    responses = [m for e in RESPONSES for m in _response_mutations(e)]
    pages = [
        m
        for e in LIST_PAGES
        for m in mutations(e.schema_ref, {**e.value, "has_more": False})
        if m.path.startswith("entries[")
    ]
    hooks = [m for e in WEBHOOKS for m in _webhook_mutations(e)]
    kinds = {m.kind for m in responses + hooks}
    assert kinds == {"remove", "null", "wrong type", "unknown enum"}
    assert len(RESPONSES) >= 66 and len(WEBHOOKS) >= 9
    total = len(responses) + len(pages) + len(hooks)
    assert total > 1000
    with capsys.disabled():
        print(
            f"\nresponse-mutation suite: {total} mutations, each decoded in default and strict "
            f"mode ({len(responses)} through call() from {len(RESPONSES)} response examples, "
            f"{len(pages)} through paginate() from {len(LIST_PAGES)} list pages, {len(hooks)} "
            f"through parse_webhook() from {len(WEBHOOKS)} webhook examples)"
        )

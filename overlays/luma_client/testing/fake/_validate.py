"""Request (and, on demand, response) validation against the spec, compiled once per process.

Query strings arrive as text: each declared parameter is first coerced to the type its schema
names (integers, numbers, booleans, repeated values for arrays), then the whole set is checked
as one JSON object, so one message can name every problem. Bodies are checked as they are.
Validators are built lazily, one per operation, and cached for the life of the process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import jsonschema_rs

from ._openapi import JSON, Operation, load_spec

__all__ = ["InvalidRequest", "check_response", "coerce_query", "validate_body", "validate_query"]

_MAX_PROBLEMS = 5
_MAX_MESSAGE = 300


class InvalidRequest(Exception):
    """The request does not satisfy the spec; ``str()`` names what is wrong."""


def _compile(schema: JSON) -> jsonschema_rs.Validator:
    root = dict(schema)
    root["components"] = load_spec().components  # local $refs resolve against the spec
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


@functools.cache
def _query_validator(operation_id: str) -> tuple[jsonschema_rs.Validator, dict[str, str]]:
    op = load_spec().operations[operation_id]
    properties = {p["name"]: p.get("schema", {}) for p in op.parameters}
    required = [p["name"] for p in op.parameters if p.get("required")]
    schema: JSON = {"type": "object", "properties": properties, "required": required}
    kinds = {name: _kind(sub) for name, sub in properties.items()}
    return _compile(schema), kinds


@functools.cache
def _body_validator(operation_id: str) -> jsonschema_rs.Validator | None:
    op = load_spec().operations[operation_id]
    return None if op.body_schema is None else _compile(op.body_schema)


@functools.cache
def _response_validator(operation_id: str, status: int) -> jsonschema_rs.Validator | None:
    schema = load_spec().operations[operation_id].response_schema(status)
    return None if schema is None else _compile(schema)


def _kind(schema: JSON) -> str:
    """The scalar type a query parameter's text becomes: array:<item>, integer, ... or string."""
    spec = load_spec()
    schema = spec.resolve(schema)
    types = schema.get("type")
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), "string")
    if types is None:
        for alt in schema.get("anyOf") or schema.get("oneOf") or ():
            kind = _kind(alt)
            if kind not in ("string", "null"):
                return kind
        return "string"
    if types == "array":
        return "array:" + _kind(schema.get("items", {}))
    return str(types)


def _coerce(kind: str, text: str) -> Any:
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text  # left as text: the validator names the parameter and the type
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def coerce_query(operation: Operation, query: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Declared parameters typed as the spec says; undeclared ones are ignored, as Luma does."""
    _, kinds = _query_validator(operation.operation_id)
    params: dict[str, Any] = {}
    for name, text in query:
        kind = kinds.get(name)
        if kind is None:
            continue
        if kind.startswith("array:"):
            params.setdefault(name, []).append(_coerce(kind[6:], text))
        else:
            params[name] = _coerce(kind, text)
    return params


def validate_query(operation: Operation, params: dict[str, Any]) -> None:
    validator, _ = _query_validator(operation.operation_id)
    _raise_if_invalid(validator, params, "query parameter")


def validate_body(operation: Operation, body: Any) -> None:
    validator = _body_validator(operation.operation_id)
    if validator is not None:
        _raise_if_invalid(validator, body, "body field")


def check_response(operation_id: str, status: int, body: Any) -> list[str]:
    """Problems of an answer against the spec's schema for that operation and status."""
    op = load_spec().operations[operation_id]
    if status not in op.responses:
        return [f"status {status} is not declared for {operation_id}"]
    validator = _response_validator(operation_id, status)
    if validator is None:
        return []
    return [_describe(e, "field") for e in validator.iter_errors(body)]


def _raise_if_invalid(validator: jsonschema_rs.Validator, instance: Any, what: str) -> None:
    if validator.is_valid(instance):
        return
    problems = [_describe(e, what) for e in validator.iter_errors(instance)]
    shown = "; ".join(problems[:_MAX_PROBLEMS])
    if len(problems) > _MAX_PROBLEMS:
        shown += f"; and {len(problems) - _MAX_PROBLEMS} more"
    raise InvalidRequest(f"Invalid request: {shown}")


def _describe(error: jsonschema_rs.ValidationError, what: str) -> str:
    where = _path(error.instance_path)
    message = error.message
    if len(message) > _MAX_MESSAGE:
        message = message[:_MAX_MESSAGE] + "…"
    if not where:
        return f"{'query' if what == 'query parameter' else 'body'}: {message}"
    return f"{what} {where!r}: {message}"


def _path(parts: Sequence[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text

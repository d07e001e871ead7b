"""Decode a JSON body into its generated model: strictly and fast, or else field by field.

The generated ``from_dict`` is the fast path: it refuses any object that does not fit. Only
then does :func:`decode` rebuild the object from the model module's ``FIELDS`` table (attribute,
JSON key, required, shape), keeping every value that fits:

- a required field that is missing, or a value that is null, of the wrong JSON type or unusable
  (an unparseable date-time, a const that differs) becomes ``None``; the raw value, if there was
  one, is kept in ``additional_properties``;
- a nested object that does not fit is rebuilt the same way, so its good fields survive;
- a list keeps every entry that can be built, and drops (and reports) only entries that are not
  objects at all;
- a union member whose consts match the value (``platform: luma``) is decoded as that member
  and never retried as another one; without such a match, the member with fewest problems wins.

Each problem is returned as a ``Drift``; the caller warns or raises.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Mapping
from typing import Any

from ._drift import BAD_VALUE, MISSING, NULL, WRONG_TYPE, Drift

__all__ = ["DECODE_ERRORS", "decode"]

# What the generated from_dict raises on an object that does not fit its model.
DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)

_Table = tuple[tuple[str, str, bool, Any], ...]
_tables: dict[type, _Table] = {}


def decode(model: type[Any], data: object) -> tuple[Any, list[Drift]]:
    """``model`` built from ``data``, and what did not fit (empty on the fast path).

    The model is ``None`` when ``data`` is not a JSON object at all: nothing can be built.
    """
    try:
        return model.from_dict(data), []
    except DECODE_ERRORS:
        pass  # left here, so the refused body is not kept as any later error's __context__
    drifts: list[Drift] = []
    if not isinstance(data, Mapping):
        drifts.append(Drift(model.__name__, "", "the body", WRONG_TYPE))
        return None, drifts
    return _build(model, data, "", drifts), drifts


def _table(model: type[Any]) -> _Table:
    try:
        return _tables[model]
    except KeyError:
        table: _Table = sys.modules[model.__module__].FIELDS
        _tables[model] = table
        return table


def _build(model: type[Any], data: Mapping[str, Any], path: str, drifts: list[Drift]) -> Any:
    """``model`` from a JSON object that ``from_dict`` refused, keeping what fits."""
    from luma_api.types import UNSET

    table = _table(model)
    keys = {key for _, key, _, _ in table}
    kept = {key: value for key, value in data.items() if key not in keys}
    arguments: dict[str, Any] = {}
    for attribute, key, required, shape in table:
        where = f"{path}.{key}" if path else key
        if key not in data:
            if required:
                drifts.append(Drift(model.__name__, key, where, MISSING))
            arguments[attribute] = None if required else UNSET
            continue
        raw = data[key]
        value, problem = _fit(shape, raw, where, (model.__name__, key), drifts)
        if problem is not None:
            drifts.append(Drift(model.__name__, key, where, problem))
            if raw is not None:
                kept[key] = raw
        arguments[attribute] = value
    instance = model(**arguments)
    instance.additional_properties = kept
    return instance


def _fit(
    shape: Any, raw: Any, path: str, owner: tuple[str, str], drifts: list[Drift]
) -> tuple[Any, str | None]:
    """``raw`` decoded as ``shape``, or ``(None, problem)`` when it cannot be used.

    Problems inside nested objects and list entries are appended to ``drifts``; the returned
    problem is about ``raw`` itself.
    """
    if shape is object:
        return raw, None
    if raw is None:
        return None, None if _takes_null(shape) else NULL
    if shape is None:
        return None, WRONG_TYPE
    if isinstance(shape, type):
        return _fit_type(shape, raw, path, drifts)
    tag = shape[0]
    if tag == "list":
        return _fit_list(shape[1], raw, path, owner, drifts)
    if tag == "union":
        return _fit_union(shape[1], raw, path, owner, drifts)
    if tag in ("const", "enum"):
        allowed = (shape[1],) if tag == "const" else shape[1]
        if raw in allowed and type(raw) is type(allowed[0]):
            return raw, None
        return None, BAD_VALUE if type(raw) is type(allowed[0]) else WRONG_TYPE
    raise AssertionError(f"unknown shape {shape!r}")  # pragma: no cover - generator contract


def _takes_null(shape: Any) -> bool:
    return (
        shape is None
        or shape is object
        or (isinstance(shape, tuple) and shape[0] == "union" and any(map(_takes_null, shape[1])))
    )


def _fit_type(shape: type, raw: Any, path: str, drifts: list[Drift]) -> tuple[Any, str | None]:
    kind = type(raw)
    if shape in (str, int, bool):
        return (raw, None) if kind is shape else (None, WRONG_TYPE)
    if shape is float:
        return (raw, None) if kind is float or kind is int else (None, WRONG_TYPE)
    if shape is datetime.datetime or shape is datetime.date:
        if kind is not str:
            return None, WRONG_TYPE
        try:
            return shape.fromisoformat(raw), None
        except ValueError:
            return None, BAD_VALUE
    if kind is not dict:  # a model
        return None, WRONG_TYPE
    try:
        return shape.from_dict(raw), None  # type: ignore[attr-defined]
    except DECODE_ERRORS:
        pass
    return _build(shape, raw, path, drifts), None


def _fit_list(
    item: Any, raw: Any, path: str, owner: tuple[str, str], drifts: list[Drift]
) -> tuple[Any, str | None]:
    if type(raw) is not list:
        return None, WRONG_TYPE
    entries = []
    for index, entry in enumerate(raw):
        where = f"{path}[{index}]"
        value, problem = _fit(item, entry, where, owner, drifts)
        if problem is None:
            entries.append(value)
        else:  # the list goes on without it
            drifts.append(Drift(owner[0], owner[1], where, problem))
    return entries, None


def _fit_union(
    members: tuple[Any, ...], raw: Any, path: str, owner: tuple[str, str], drifts: list[Drift]
) -> tuple[Any, str | None]:
    """The member ``raw`` fits best: its discriminator's, else a clean fit, else the least drift."""
    if type(raw) is dict:
        chosen = [m for m in members if _is_model(m) and _consts_match(m, raw)]
        if len(chosen) == 1:  # picked by its discriminator: decoded as that member only
            return _fit(chosen[0], raw, path, owner, drifts)
    best: tuple[Any, list[Drift]] | None = None
    problems = []
    for member in members:
        trial: list[Drift] = []
        value, problem = _fit(member, raw, path, owner, trial)
        if problem is not None:
            problems.append(problem)
        elif not trial:
            return value, None
        elif best is None or _score(value, trial) < _score(*best):
            best = (value, trial)
    if best is None:
        return None, BAD_VALUE if BAD_VALUE in problems else WRONG_TYPE
    drifts.extend(best[1])
    return best[0], None


def _score(value: Any, drifts: list[Drift]) -> tuple[int, int]:
    """Fewer drifts first; on a tie, the member that leaves fewer keys unknown."""
    return len(drifts), len(getattr(value, "additional_properties", ()))


def _is_model(shape: Any) -> bool:
    return isinstance(shape, type) and hasattr(shape, "from_dict")


def _consts_match(model: type[Any], raw: Mapping[str, Any]) -> bool:
    consts = [
        (key, shape[1])
        for _, key, _, shape in _table(model)
        if isinstance(shape, tuple) and shape[0] == "const"
    ]
    return bool(consts) and all(raw.get(key) == value for key, value in consts)

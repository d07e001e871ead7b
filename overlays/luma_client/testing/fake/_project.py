"""Response shaping: a stored record becomes exactly the shape an operation answers.

Handlers may return whole stored records; the projector for an operation's 200 schema keeps only
the properties that schema declares, recursively through ``$ref``, ``allOf``, ``oneOf`` and
``anyOf``. A list entry therefore loses what the list shape does not carry, and a change to
the spec changes the answers without touching a handler. Projectors are built once per
process and schema.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ._openapi import JSON, load_spec

__all__ = ["projector_for"]

Projector = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@functools.cache
def projector_for(operation_id: str, status: int = 200) -> Projector:
    """The shaping function for ``operation_id``'s answer with ``status``."""
    schema = load_spec().operations[operation_id].response_schema(status)
    if schema is None:
        return _identity
    return _Builder().build(schema)


class _Builder:
    """Turns a schema into a projector; named schemas are built once, recursion allowed."""

    def __init__(self) -> None:
        self._spec = load_spec()
        self._named: dict[str, Projector] = {}

    def build(self, schema: JSON) -> Projector:
        ref = schema.get("$ref")
        if ref is not None:
            return self._by_ref(ref)
        if "allOf" in schema:
            return self._object(self._merged(schema))
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives:
            return self._choice(schema, alternatives)
        types = schema.get("type")
        if types == "object" or (isinstance(types, list) and "object" in types):
            return self._object(schema)
        if types == "array" or (isinstance(types, list) and "array" in types):
            item = self.build(schema.get("items", {}))
            if item is _identity:
                return _identity

            def project_list(value: Any) -> Any:
                if not isinstance(value, list):
                    return value
                out = None
                for index, entry in enumerate(value):
                    shaped = item(entry)
                    if shaped is not entry:
                        if out is None:
                            out = list(value)
                        out[index] = shaped
                return value if out is None else out

            return project_list
        if "properties" in schema:
            return self._object(schema)
        return _identity

    def _by_ref(self, ref: str) -> Projector:
        done = self._named.get(ref)
        if done is not None:
            return done
        cell: list[Projector] = []
        self._named[ref] = lambda value: cell[0](value)  # placeholder while recursing
        built = self.build(self._spec.pointer(ref))
        cell.append(built)
        self._named[ref] = built
        return built

    def _merged(self, schema: JSON) -> JSON:
        """allOf flattened into one object schema (properties united, first definition wins)."""
        properties: JSON = {}
        extra_open = False
        for part in (schema, *schema.get("allOf", ())):
            part = self._spec.resolve(part)
            if "allOf" in part and part is not schema:
                part = self._merged(part)
            for name, sub in part.get("properties", {}).items():
                properties.setdefault(name, sub)
            if part.get("additionalProperties") not in (None, False):
                extra_open = True
        merged: JSON = {"type": "object", "properties": properties}
        if extra_open:
            merged["additionalProperties"] = True
        return merged

    def _object(self, schema: JSON) -> Projector:
        declared = schema.get("properties")
        if not declared:
            return _identity  # a free-form object: nothing to shape
        if schema.get("additionalProperties") not in (None, False):
            return _identity
        known = frozenset(declared)
        nested: list[tuple[str, Projector]] = []
        for name, sub in declared.items():
            built = self.build(sub)
            if built is not _identity:
                nested.append((name, built))

        def project(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            if known.issuperset(value):  # nothing undeclared: reuse what needs no change
                out = None
                for name, sub in nested:
                    item = value.get(name)
                    if item is not None:
                        shaped = sub(item)
                        if shaped is not item:
                            if out is None:
                                out = dict(value)
                            out[name] = shaped
                return value if out is None else out
            out = dict(value)  # copying and dropping the few extras beats rebuilding
            for name in value.keys() - known:
                del out[name]
            for name, sub in nested:
                item = out.get(name)
                if item is not None:
                    out[name] = sub(item)
            return out

        return project

    def _choice(self, schema: JSON, alternatives: list[JSON]) -> Projector:
        discriminator = schema.get("discriminator")
        if discriminator:
            prop = discriminator["propertyName"]
            mapping = {
                key: self._by_ref(ref) for key, ref in discriminator.get("mapping", {}).items()
            }
            fallback = self._choice({}, alternatives)

            def by_tag(value: Any) -> Any:
                if isinstance(value, dict):
                    chosen = mapping.get(value.get(prop))
                    if chosen is not None:
                        return chosen(value)
                return fallback(value)

            return by_tag

        options = [(self._matcher(alt), self.build(alt)) for alt in alternatives]
        if all(p is _identity for _, p in options):
            return _identity
        shaped = [
            alt for alt, (_, p) in zip(alternatives, options, strict=True) if p is not _identity
        ]
        if len(shaped) == 1:
            # The common case: one alternative (an object, or a list) needs shaping and the
            # others are of other JSON types (null, a string …), so the type alone decides.
            only = next(p for _, p in options if p is not _identity)
            kinds = [self._kind(alt) for alt in alternatives]
            kind = self._kind(shaped[0])
            if "mixed" not in kinds and kinds.count(kind) == 1:
                if kind == "object":
                    return lambda value: only(value) if isinstance(value, dict) else value
                if kind == "array":
                    return lambda value: only(value) if isinstance(value, list) else value

        def first_match(value: Any) -> Any:
            for matches, project in options:
                if matches(value):
                    return project(value)
            return value

        return first_match

    def _kind(self, schema: JSON) -> str:
        """``object``, ``array`` or ``other``: the JSON type an alternative stands for."""
        schema = self._resolve_all(schema)
        types = schema.get("type")
        wanted = set(types) if isinstance(types, list) else ({types} if types else set())
        if "object" in wanted or "properties" in schema:
            return "object"
        if "array" in wanted:
            return "array"
        if not wanted and ("oneOf" in schema or "anyOf" in schema):
            return "mixed"
        return "other"

    def _matcher(self, schema: JSON) -> Callable[[Any], bool]:
        """A cheap test of whether ``value`` is meant to be of this alternative."""
        schema = self._resolve_all(schema)
        types = schema.get("type")
        wanted = set(types) if isinstance(types, list) else ({types} if types else set())
        required = tuple(schema.get("required", ()))
        consts = {
            name: sub["const"]
            for name, sub in schema.get("properties", {}).items()
            if isinstance(sub, dict) and "const" in sub
        }

        def matches(value: Any) -> bool:
            kind = _json_type(value)
            if wanted and kind not in wanted and not (kind == "integer" and "number" in wanted):
                return False
            if isinstance(value, dict):
                if any(name not in value for name in required):
                    return False
                return all(value.get(name) == const for name, const in consts.items())
            return True

        return matches

    def _resolve_all(self, schema: JSON) -> JSON:
        schema = self._spec.resolve(schema)
        if "allOf" not in schema:
            return schema
        out: JSON = {"type": "object", "properties": {}, "required": []}
        for part in (schema, *schema.get("allOf", ())):
            part = self._resolve_all(part) if part is not schema else part
            out["properties"].update(part.get("properties", {}))
            out["required"].extend(part.get("required", ()))
        return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"

"""Response shaping in C: msgspec types built from the spec, for the hot path.

``_project`` shapes answers in Python, one object at a time. For an operation whose 200
schema msgspec can express (objects, arrays, scalars, nullable, untagged unions and unions
with a discriminator), this
module builds ``msgspec.Struct`` types instead: converting a stored record to them keeps
exactly the declared properties (absent ones stay absent, ``null`` stays ``null``) at
C speed, and encoding follows. Anything msgspec cannot express (a recursive schema, a union
of objects without a discriminator), or a record of unexpected types, falls back to
``_project``.
"""

from __future__ import annotations

import functools
import keyword
import operator
from typing import Any

import msgspec
from msgspec import UNSET, UnsetType

from ._openapi import JSON, load_spec

__all__ = ["fast_type_for"]


class _Unsupported(Exception):
    """The schema has a construct msgspec cannot express."""


@functools.cache
def fast_type_for(operation_id: str, status: int = 200) -> Any | None:
    """The msgspec type for ``operation_id``'s answer, or ``None`` to shape in Python."""
    schema = load_spec().operations[operation_id].response_schema(status)
    if schema is None:
        return None
    try:
        built = _TypeBuilder().build(schema)
        msgspec.json.Decoder(built)  # msgspec checks the type here (e.g. its unions)
    except (_Unsupported, TypeError):
        return None
    return built


class _TypeBuilder:
    def __init__(self) -> None:
        self._spec = load_spec()
        self._named: dict[str, Any] = {}
        self._building: set[str] = set()
        self._count = 0

    def build(self, schema: JSON) -> Any:
        ref = schema.get("$ref")
        if ref is not None:
            return self._by_ref(ref)
        if "not" in schema:
            raise _Unsupported
        if "discriminator" in schema:
            return self._tagged(schema)
        if "allOf" in schema:
            return self._struct(self._merged(schema), "AllOf")
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives:
            return self._union([self.build(alt) for alt in alternatives])
        types = schema.get("type")
        if isinstance(types, list):
            return self._union([self._typed(t, schema) for t in types])
        if types is not None:
            return self._typed(types, schema)
        if "properties" in schema:
            return self._struct(schema, "Object")
        if "const" in schema or "enum" in schema:
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            return self._union([_scalar_type(v) for v in values])
        return Any

    def _by_ref(self, ref: str) -> Any:
        if ref in self._named:
            return self._named[ref]
        if ref in self._building:
            raise _Unsupported  # recursive
        self._building.add(ref)
        built = self.build(self._spec.pointer(ref))
        self._building.discard(ref)
        self._named[ref] = built
        return built

    def _typed(self, kind: str, schema: JSON) -> Any:
        if kind == "object":
            return self._struct(schema, "Object") if schema.get("properties") else Any
        if kind == "array":
            return list[self.build(schema.get("items", {}))]  # type: ignore[misc]
        simple = {"string": str, "integer": int, "boolean": bool, "null": None}
        if kind == "number":
            return int | float
        if kind not in simple:
            raise _Unsupported
        return simple[kind]

    def _merged(self, schema: JSON) -> JSON:
        properties: JSON = {}
        for part in (schema, *schema.get("allOf", ())):
            resolved = self._spec.resolve(part)
            if "allOf" in resolved and resolved is not schema:
                resolved = self._merged(resolved)
            if resolved.get("oneOf") or resolved.get("anyOf") or resolved.get("discriminator"):
                raise _Unsupported
            for name, sub in resolved.get("properties", {}).items():
                properties.setdefault(name, sub)
            if resolved.get("additionalProperties") not in (None, False):
                raise _Unsupported
        return {"type": "object", "properties": properties}

    def _tagged(self, schema: JSON) -> Any:
        """A discriminated union: one msgspec struct per alternative, tagged by the property."""
        prop = schema["discriminator"]["propertyName"]
        tags = {ref: tag for tag, ref in schema["discriminator"].get("mapping", {}).items()}
        members = []
        for alternative in schema.get("oneOf") or schema.get("anyOf") or ():
            ref = alternative.get("$ref")
            if ref is None or ref not in tags:
                raise _Unsupported
            resolved = self._spec.resolve(alternative)
            merged = self._merged(resolved) if "allOf" in resolved else resolved
            if not merged.get("properties"):
                raise _Unsupported
            members.append(self._struct(merged, "Tagged", tag_field=prop, tag=tags[ref]))
        return self._union(members)

    def _struct(
        self, schema: JSON, hint: str, *, tag_field: str | None = None, tag: str | None = None
    ) -> Any:
        if schema.get("additionalProperties") not in (None, False):
            return Any
        fields: list[tuple[str, Any, Any]] = []
        rename: dict[str, str] = {}
        for index, (name, sub) in enumerate(schema.get("properties", {}).items()):
            if name == tag_field:
                continue  # carried by the tag
            python_name = name
            if not name.isidentifier() or keyword.iskeyword(name):
                python_name = f"field_{index}"
                rename[python_name] = name
            fields.append((python_name, self.build(sub) | UnsetType, UNSET))
        self._count += 1
        if tag_field is None:
            return msgspec.defstruct(
                f"{hint}{self._count}", fields, kw_only=True, rename=rename or None
            )
        return msgspec.defstruct(
            f"{hint}{self._count}",
            fields,
            kw_only=True,
            rename=rename or None,
            tag_field=tag_field,
            tag=tag,
        )

    @staticmethod
    def _union(members: list[Any]) -> Any:
        if any(member is Any for member in members):
            return Any
        unique: list[Any] = []
        for member in members:
            if member not in unique:
                unique.append(member)
        return functools.reduce(operator.or_, unique)


def _scalar_type(value: Any) -> Any:
    if value is None:
        return None
    return type(value)

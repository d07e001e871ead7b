"""Decision 3: enums in responses are open, enums in requests are strict.

A value Luma adds later must never make a response unparseable, so every enum reachable from a
2xx response or a webhook payload must sit in ``anyOf: [{$ref: Enum}, {type: string}]``.
Request bodies and parameters refer to the enum schemas directly.
"""

from __future__ import annotations

from typing import Any

from tests.specdoc import load_spec

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]


def _is_enum(name: str) -> bool:
    return "enum" in SCHEMAS[name]


def _accepts_any_string(member: dict[str, Any]) -> bool:
    kind = member.get("type")
    return (kind == "string" or kind == ["string"]) and not {"enum", "const", "$ref"} & set(member)


def _closed_enums(node: Any, where: str, seen: set[str], is_open: bool = False) -> list[str]:
    """Places below ``node`` where a response would reject an unknown enum value."""
    found: list[str] = []
    if isinstance(node, list):
        for item in node:
            found += _closed_enums(item, where, seen, is_open)
        return found
    if not isinstance(node, dict):
        return found
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        if _is_enum(name):
            if not is_open:
                found.append(f"{where} -> {name}")
        elif name not in seen:
            seen.add(name)
            found += _closed_enums(SCHEMAS[name], name, seen)
        return found
    if "enum" in node and not is_open:
        found.append(f"{where} (inline enum {node['enum']})")
    for key in ("allOf", "oneOf"):
        found += _closed_enums(node.get(key, []), where, seen)
    members = node.get("anyOf", [])
    open_union = any(_accepts_any_string(m) for m in members)
    found += _closed_enums(members, where, seen, open_union)
    for name, prop in (node.get("properties") or {}).items():
        found += _closed_enums(prop, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            found += _closed_enums(node[key], f"{where}[]", seen)
    return found


def _response_schemas() -> list[tuple[str, Any]]:
    spec = load_spec()
    roots = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            media = op["responses"]["200"]["content"]["application/json"]
            roots.append((f"{method.upper()} {path}", media["schema"]))
    for name, hook in spec["webhooks"].items():
        roots.append(
            (
                f"webhook {name}",
                hook["post"]["requestBody"]["content"]["application/json"]["schema"],
            )
        )
    return roots


def test_every_enum_in_a_response_accepts_unknown_values() -> None:
    seen: set[str] = set()
    closed = [
        c for where, schema in _response_schemas() for c in _closed_enums(schema, where, seen)
    ]
    assert not closed, "\n".join(closed)


def test_the_check_notices_a_closed_enum() -> None:
    """Guards the test above against vacuity."""
    assert _closed_enums(
        {"properties": {"v": {"$ref": "#/components/schemas/Visibility"}}}, "X", set()
    )
    assert not _closed_enums(
        {
            "properties": {
                "v": {"anyOf": [{"$ref": "#/components/schemas/Visibility"}, {"type": "string"}]}
            }
        },
        "X",
        set(),
    )


def test_request_enums_stay_strict() -> None:
    """Request bodies refer to enum schemas directly, so bad values fail before sending."""
    body = SCHEMAS["CreateEventRequest"]
    flat = str(body)
    assert "'$ref': '#/components/schemas/Visibility'" in flat or "EventInputFields" in flat
    fields = SCHEMAS.get("EventInputFields", body)
    visibility = fields["properties"]["visibility"]
    assert visibility == {**visibility, "$ref": "#/components/schemas/Visibility"}

"""parse_webhook(): every documented webhook example parses; every malformed delivery is refused."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pytest

import luma_api.models
from luma_client import APIResponseValidationError, LumaError, WebhookParseError, parse_webhook
from luma_client._webhooks import WEBHOOK_TYPES
from tests.overlay.helpers import drift_warnings
from tests.specdoc import load_spec, resolve


def _webhooks() -> dict[str, Any]:
    webhooks: dict[str, Any] = load_spec()["webhooks"]
    return webhooks


def _examples() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for kind, item in _webhooks().items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        for name, example in content["examples"].items():
            found.append((kind, name, example["value"]))
    return found


EXAMPLES = _examples()
EXAMPLE_IDS = [f"{kind}:{name}" for kind, name, _ in EXAMPLES]


def _required(schema: dict[str, Any], data: Mapping[str, Any]) -> set[str]:
    """The required properties of ``schema`` for this ``data`` (allOf merged, oneOf chosen)."""
    schema = resolve(schema)
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        required |= _required(part, data)
    if "oneOf" in schema:
        discriminator = schema["discriminator"]
        target = discriminator["mapping"][data[discriminator["propertyName"]]]
        required |= _required({"$ref": target}, data)
    return required


def _data_required_fields() -> list[tuple[str, str, dict[str, Any], str]]:
    cases = []
    for kind, name, value in EXAMPLES:
        schema = _webhooks()[kind]["post"]["requestBody"]["content"]["application/json"]["schema"]
        data_schema = resolve(schema)["properties"]["data"]
        for field in sorted(_required(data_schema, value["data"])):
            cases.append((kind, name, value, field))
    return cases


REQUIRED_CASES = _data_required_fields()


def test_every_webhook_type_has_examples() -> None:
    kinds = {kind for kind, _, _ in EXAMPLES}
    assert kinds == set(_webhooks())
    assert len(EXAMPLES) >= len(kinds)


def test_webhook_types_match_the_spec() -> None:
    assert set(WEBHOOK_TYPES) == set(_webhooks())
    for kind, class_name in WEBHOOK_TYPES.items():
        schema = _webhooks()[kind]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert schema["$ref"].rsplit("/", 1)[-1] == class_name
        assert isinstance(getattr(luma_api.models, class_name), type)


@pytest.mark.parametrize(("kind", "name", "value"), EXAMPLES, ids=EXAMPLE_IDS)
def test_examples_parse_from_bytes_str_and_dict(
    kind: str, name: str, value: dict[str, Any]
) -> None:
    cls = getattr(luma_api.models, WEBHOOK_TYPES[kind])
    text = json.dumps(value)
    pristine = copy.deepcopy(value)
    inputs: list[bytes | bytearray | str | Mapping[str, Any]] = [
        text.encode("utf-8"),
        bytearray(text.encode("utf-8")),
        text,
        json.dumps(value, indent=2, ensure_ascii=True),
        value,
        MappingProxyType(value),
    ]
    parsed = [parse_webhook(body) for body in inputs]
    for result in parsed:
        assert type(result) is cls
        assert result.type_ == kind
        assert result.to_dict() == parsed[0].to_dict()
    assert value == pristine  # the caller's dict is not consumed or changed
    assert parsed[0].to_dict()["type"] == kind
    assert parsed[0].to_dict()["data"]["id"] == value["data"]["id"]


@pytest.mark.parametrize(("kind", "name", "value"), EXAMPLES, ids=EXAMPLE_IDS)
def test_examples_parse_with_a_non_ascii_body(kind: str, name: str, value: dict[str, Any]) -> None:
    changed = copy.deepcopy(value)
    changed["data"]["id"] = value["data"]["id"] + "-é✓"
    result = parse_webhook(json.dumps(changed, ensure_ascii=False).encode("utf-8"))
    assert result.to_dict()["data"]["id"].endswith("-é✓")


# -- refusals ---------------------------------------------------------------------------------


def _some_example() -> dict[str, Any]:
    return copy.deepcopy(EXAMPLES[0][2])


def test_unknown_type_names_it_and_lists_known_ones() -> None:
    body = _some_example()
    body["type"] = "event.exploded"
    with pytest.raises(WebhookParseError) as info:
        parse_webhook(body)
    message = str(info.value)
    assert "event.exploded" in message
    for kind in WEBHOOK_TYPES:
        assert kind in message


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"id": "evt-1"}},
        {"type": None, "data": {}},
        {"type": 5, "data": {}},
        {"type": ["event.created"], "data": {}},
        {},
    ],
    ids=["missing", "null", "number", "list", "empty-object"],
)
def test_missing_or_non_string_type(body: dict[str, Any]) -> None:
    with pytest.raises(WebhookParseError, match="type"):
        parse_webhook(body)
    with pytest.raises(WebhookParseError, match="type"):
        parse_webhook(json.dumps(body))


@pytest.mark.parametrize("data", [None, "x", [1], 3], ids=["null", "string", "list", "number"])
def test_data_not_an_object(data: object) -> None:
    body = _some_example()
    body["data"] = data
    with pytest.raises(WebhookParseError, match="data"):
        parse_webhook(json.dumps(body))


def test_missing_data() -> None:
    body = _some_example()
    del body["data"]
    with pytest.raises(WebhookParseError, match="data"):
        parse_webhook(body)


@pytest.mark.parametrize(
    "body",
    [b"[]", b"[1, 2]", b"null", b"42", b'"event.created"', b"true", "[]"],
)
def test_non_object_json(body: bytes | str) -> None:
    with pytest.raises(WebhookParseError, match="object"):
        parse_webhook(body)


@pytest.mark.parametrize(
    "body",
    [b"{", b'{"type": "event.created",', b"not json", b"{'type': 'x'}", '{"type": }', b"\x00"],
)
def test_invalid_json(body: bytes | str) -> None:
    with pytest.raises(WebhookParseError, match="JSON"):
        parse_webhook(body)


@pytest.mark.parametrize("body", [b"", "", b"   ", "\n\t ", bytearray()])
def test_empty_body(body: bytes | bytearray | str) -> None:
    with pytest.raises(WebhookParseError, match="empty"):
        parse_webhook(body)


@pytest.mark.parametrize("body", [b"\xff\xfe{}", b'{"type": "event.created\xc3"}', b"\x80"])
def test_non_utf8_bytes(body: bytes) -> None:
    with pytest.raises(WebhookParseError, match="UTF-8"):
        parse_webhook(body)


@pytest.mark.parametrize("body", [123, None, ["type"], 1.5])
def test_unsupported_body_type(body: object) -> None:
    with pytest.raises(WebhookParseError):
        parse_webhook(body)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "name", "value", "field"),
    REQUIRED_CASES,
    ids=[f"{kind}:{name}:{field}" for kind, name, _, field in REQUIRED_CASES],
)
def test_data_missing_a_required_field(
    kind: str, name: str, value: dict[str, Any], field: str
) -> None:
    body = copy.deepcopy(value)
    del body["data"][field]
    with pytest.raises(APIResponseValidationError) as info:
        parse_webhook(json.dumps(body).encode(), strict=True)
    assert kind in str(info.value)
    assert f"data.{field} " in str(info.value)  # oneOf payloads too: picked by their consts
    with drift_warnings() as warned:
        parsed = parse_webhook(json.dumps(body).encode())
    assert type(parsed).__name__ == WEBHOOK_TYPES[kind]
    assert len(warned) == 1
    assert f"at data.{field}: a required field is missing" in warned[0]
    assert warned[0].startswith(f"webhook {kind!r}: ")


def test_required_cases_cover_every_type() -> None:
    assert {kind for kind, _, _, _ in REQUIRED_CASES} == set(WEBHOOK_TYPES)


@pytest.mark.parametrize(("kind", "name", "value"), EXAMPLES, ids=EXAMPLE_IDS)
def test_data_with_a_bad_datetime(kind: str, name: str, value: dict[str, Any]) -> None:
    body = copy.deepcopy(value)
    data = body["data"]
    holder = data if "created_at" in data or "start_at" in data else data["event"]
    field = "start_at" if "start_at" in holder else "created_at"
    holder[field] = "yesterday-ish"
    with pytest.raises(APIResponseValidationError, match=kind):
        parse_webhook(body, strict=True)
    with drift_warnings() as warned:
        parsed = parse_webhook(body)
    assert len(warned) == 1
    assert field in warned[0]
    assert "yesterday" not in warned[0]
    assert type(parsed).__name__ == WEBHOOK_TYPES[kind]


def test_webhook_parse_error_is_a_luma_error_and_a_value_error() -> None:
    assert issubclass(WebhookParseError, LumaError)
    assert issubclass(WebhookParseError, ValueError)
    with pytest.raises(ValueError):
        parse_webhook(b"{")
    with pytest.raises(LumaError):
        parse_webhook(b"{")


def test_errors_have_no_chained_decoder_exception() -> None:
    with pytest.raises(WebhookParseError) as info:
        parse_webhook(b"{")
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__

"""The spec covers the current API, named by one rule, with every response a client meets."""

from __future__ import annotations

import re

import pytest

from tests.specdoc import Operation, load_spec, operations, resolve

EXPECTED_OPERATION_COUNT = 66  # the current surface: the plural paths, one operation each
EXPECTED_WEBHOOKS = {
    "event.created",
    "event.updated",
    "event.canceled",
    "guest.registered",
    "guest.updated",
    "ticket.registered",
    "calendar.person.subscribed",
    "calendar.event.added",
    "calendar.event.submitted",
}
SHARED_ERRORS = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "422": "UnprocessableEntity",
    "429": "TooManyRequests",
    "500": "InternalServerError",
}
VERBS = {
    "get",
    "list",
    "lookup",
    "create",
    "add",
    "update",
    "delete",
    "remove",
    "apply",
    "unapply",
    "approve",
    "reject",
    "import",
    "block",
    "restore",
    "send",
    "request",
    "cancel",
    "transfer",
}
PAGINATED = {
    "list_calendar_events",
    "list_organization_events",
    "list_event_guests",
    "list_contacts",
    "list_event_coupons",
    "list_calendar_coupons",
    "list_membership_tiers",
    "list_webhooks",
    "list_organization_calendars",
}
SNAKE = re.compile(r"^[a-z]+(_[a-z]+)*$")
OPS = operations()


def _ids(ops: list[Operation]) -> list[str]:
    return [op.operation_id for op in ops]


def test_operation_count_matches_the_reference_list() -> None:
    assert len(OPS) == EXPECTED_OPERATION_COUNT


def test_operation_ids_are_unique() -> None:
    ids = _ids(OPS)
    assert len(ids) == len(set(ids))


def test_all_nine_webhook_payloads_are_described() -> None:
    assert set(load_spec()["webhooks"]) == EXPECTED_WEBHOOKS


def test_paths_are_current_versioned_plural_routes() -> None:
    for op in OPS:
        assert re.match(r"^/v[12]/[a-z-]+s/", op.path), op.path
        assert op.method in {"get", "post"}, "Luma uses GET for reads and POST for writes"


@pytest.mark.parametrize("op", OPS, ids=_ids(OPS))
def test_operation_follows_the_naming_rule(op: Operation) -> None:
    assert SNAKE.match(op.operation_id)
    assert op.operation_id.split("_")[0] in VERBS
    assert op.raw["tags"] == [op.tag] and SNAKE.match(op.tag)
    assert op.tag in {t["name"] for t in load_spec()["tags"]}


@pytest.mark.parametrize("op", OPS, ids=_ids(OPS))
def test_operation_is_documented(op: Operation) -> None:
    assert op.raw.get("summary") and op.raw.get("description")
    legacy = op.raw.get("x-legacy-paths")
    assert isinstance(legacy, list)
    assert all(isinstance(p, str) and p.startswith("/v") and p != op.path for p in legacy)


@pytest.mark.parametrize("op", OPS, ids=_ids(OPS))
def test_operation_declares_success_and_every_shared_error(op: Operation) -> None:
    responses = op.raw["responses"]
    success = [s for s in responses if str(s).startswith("2")]
    assert success == ["200"]
    assert resolve(responses["200"])["content"]["application/json"]["schema"]
    for status, name in SHARED_ERRORS.items():
        assert responses[status] == {"$ref": f"#/components/responses/{name}"}


def test_shared_errors_use_one_error_schema_and_429_declares_rate_limit_headers() -> None:
    components = load_spec()["components"]
    for name in SHARED_ERRORS.values():
        media = components["responses"][name]["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/Error"}
    headers = components["responses"]["TooManyRequests"]["headers"]
    assert {
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
    } <= set(headers)
    assert set(components["schemas"]["Error"]["properties"]) == {"message", "code"}


def test_post_operations_take_a_required_json_body() -> None:
    for op in OPS:
        if op.method == "post":
            body = op.raw["requestBody"]
            assert body["required"] is True and "application/json" in body["content"]


def test_paginated_operations_use_the_shared_parameters_and_envelope() -> None:
    paginated = [
        op
        for op in OPS
        if {"$ref": "#/components/parameters/PaginationCursor"} in op.raw.get("parameters", [])
    ]
    assert {op.operation_id for op in paginated} == PAGINATED  # the cursor-paged lists
    for op in paginated:
        assert {"$ref": "#/components/parameters/PaginationLimit"} in op.raw["parameters"]
        schema = resolve(op.raw["responses"]["200"]["content"]["application/json"]["schema"])
        assert {"$ref": "#/components/schemas/PageInfo"} in schema["allOf"], op.operation_id


def test_security_is_the_api_key_header_with_optional_calendar_header() -> None:
    spec = load_spec()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["apiKeyAuth"] == {
        **schemes["apiKeyAuth"],
        "type": "apiKey",
        "in": "header",
        "name": "x-luma-api-key",
    }
    assert schemes["calendarIdHeader"]["name"] == "x-luma-calendar-id"
    assert {"apiKeyAuth": []} in spec["security"]


def test_required_string_parameters_cannot_be_empty() -> None:
    """Prism (like Luma) treats ``?event_id=`` as missing, so the spec must say an empty value
    is invalid; otherwise contract tests send it as valid and the mock rejects it."""
    for op in OPS:
        for raw in op.raw.get("parameters", []):
            parameter = resolve(raw)
            schema = resolve(parameter["schema"])
            if parameter.get("required") and schema.get("type") == "string":
                assert schema.get("minLength", 0) >= 1, (op.operation_id, parameter["name"])

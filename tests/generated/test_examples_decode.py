"""Every example in the spec decodes through the generated code and encodes back unchanged.

Response examples go through the operation module's own ``_parse_response`` (the code path a real
call takes), webhook examples through the payload model named by the webhook's schema, and request
examples through the body model. ``to_dict()`` must give back the example: the same keys at every
level and the same scalar values, date-times compared as instants.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from luma_api.client import Client
from tests.generated.helpers import (
    Example,
    json_differences,
    model_class,
    models_in,
    operation_module,
    request_examples,
    response_examples,
    webhook_examples,
)
from tests.specdoc import load_spec, operations

RESPONSES = response_examples()
WEBHOOKS = webhook_examples()
REQUESTS = request_examples()


def _ids(examples: list[Example]) -> list[str]:
    return [example.id for example in examples]


def _unknown_fields(obj: Any) -> list[str]:
    """Keys that landed in ``additional_properties`` anywhere in a decoded model tree."""
    return [
        f"{where}.{key}" for where, model in models_in(obj) for key in model.additional_properties
    ]


def test_every_operation_and_webhook_has_examples_to_decode() -> None:
    """The parametrized tests below cover every operation, request body and webhook."""
    ops = operations()
    assert {e.op.operation_id for e in RESPONSES if e.op} == {op.operation_id for op in ops}
    with_body = {op.operation_id for op in ops if "requestBody" in op.raw}
    assert {e.op.operation_id for e in REQUESTS if e.op} == with_body
    hooks = load_spec()["webhooks"]
    assert len(hooks) >= 9
    assert {e.id.split("-")[0] for e in WEBHOOKS} == set(hooks)


def test_json_differences_notices_changes() -> None:
    """Guards the comparisons below against vacuity."""
    example = {"a": 1, "at": "2025-07-08T17:00:00.000Z", "n": {"b": [{"c": "x"}]}}
    assert json_differences(example, {**example, "at": "2025-07-08T17:00:00+00:00"}) == []
    assert json_differences(example, {**example, "a": 2})
    assert json_differences(example, {**example, "a": "1"})
    assert json_differences(example, {**example, "at": "2025-07-08T18:00:00+00:00"})
    assert json_differences(example, {**example, "n": {"b": [{"c": "x", "d": 1}]}})
    assert json_differences(example, {**example, "n": {"b": [{}]}})
    assert json_differences(example, {"a": 1, "at": example["at"]})


@pytest.mark.parametrize("example", RESPONSES, ids=_ids(RESPONSES))
def test_response_example_decodes_through_parse_response(example: Example) -> None:
    assert example.op is not None
    module = operation_module(example.op)
    client = Client(base_url="https://api.invalid", raise_on_unexpected_status=True)
    status = int(example.op.success_status)
    parsed = module._parse_response(
        client=client, response=httpx.Response(status, json=example.value)
    )
    assert type(parsed) is model_class(example.schema_ref)
    assert _unknown_fields(parsed) == [], "example keys the model does not declare"
    assert json_differences(example.value, parsed.to_dict()) == []


@pytest.mark.parametrize("example", WEBHOOKS, ids=_ids(WEBHOOKS))
def test_webhook_example_decodes_into_its_payload_model(example: Example) -> None:
    model = model_class(example.schema_ref)
    payload = model.from_dict(example.value)
    assert type(payload) is model
    assert _unknown_fields(payload) == [], "example keys the model does not declare"
    assert json_differences(example.value, payload.to_dict()) == []


@pytest.mark.parametrize("example", REQUESTS, ids=_ids(REQUESTS))
def test_request_example_round_trips_through_its_body_model(example: Example) -> None:
    model = model_class(example.schema_ref)
    body = model.from_dict(example.value)
    assert type(body) is model
    assert _unknown_fields(body) == [], "example keys the model does not declare"
    assert json_differences(example.value, body.to_dict()) == []

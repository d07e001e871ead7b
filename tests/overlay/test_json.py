"""The overlay's JSON decoder: msgspec's speed, ``json.loads``'s results and errors."""

from __future__ import annotations

import decimal
import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luma_api.api.events import get_event
from luma_api.models.event import Event
from luma_client import APIResponseValidationError, call, connect
from luma_client._json import JSONResponse, loads, use_fast_json
from tests.specdoc import example, operations

KEY = "secret-test-key-json"

# Documents msgspec refuses but json.loads accepts: the fallback must give the stdlib's answer.
STDLIB_ONLY = [
    b"NaN",
    b"[Infinity, -Infinity]",
    b'{"amount": 1e999}',
    b"\xef\xbb\xbf{}",  # UTF-8 byte order mark
    '"\\ud800"',  # a lone surrogate escape
    "[1, 2]".encode("utf-16"),
]
INVALID = [b"", b"{", b"[1,]", b"01", b'{"a": 1} trailing', b'"raw\ncontrol"', b"\xff"]


def canonical(value: Any) -> str:
    """A comparable form that also treats NaN as equal to itself."""
    return json.dumps(value, sort_keys=True, ensure_ascii=True)


@pytest.mark.parametrize("document", STDLIB_ONLY)
def test_what_msgspec_refuses_decodes_as_the_stdlib_does(document: bytes | str) -> None:
    assert canonical(loads(document)) == canonical(json.loads(document))


def test_nan_really_decodes() -> None:
    assert math.isnan(loads(b"NaN"))


@pytest.mark.parametrize("document", INVALID)
def test_invalid_json_raises_the_stdlib_error(document: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(document)
    with pytest.raises(ValueError) as got:
        loads(document)
    assert type(got.value) is type(expected.value)
    assert str(got.value) == str(expected.value)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans())
def test_any_document_decodes_to_what_json_loads_gives(value: Any, ascii_only: bool) -> None:
    document = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    decoded = loads(document)
    assert decoded == json.loads(document)
    assert canonical(decoded) == canonical(value)


def test_every_spec_response_example_decodes_identically() -> None:
    bodies = [json.dumps(example(op.operation_id)).encode() for op in operations()]
    assert len(bodies) == 66
    for body in bodies:
        assert loads(body) == json.loads(body)


def test_json_response_uses_the_stdlib_for_stdlib_options() -> None:
    response = JSONResponse(200, content=b'{"price": 1.10}')
    assert response.json() == {"price": 1.10}
    assert response.json(parse_float=decimal.Decimal) == {"price": decimal.Decimal("1.10")}


def test_use_fast_json_upgrades_a_plain_response_only() -> None:
    plain = httpx.Response(200, content=b"[1]")
    assert type(use_fast_json(plain)) is JSONResponse
    assert plain.json() == [1]

    class Custom(httpx.Response):
        pass

    custom = Custom(200, content=b"[1]")
    assert type(use_fast_json(custom)) is Custom


def test_connect_decodes_success_bodies_with_the_fast_decoder() -> None:
    seen: list[type[httpx.Response]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=example("get_event"))

    def remember(response: httpx.Response) -> None:
        seen.append(type(response))

    client = connect(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=None)
    client.get_httpx_client().event_hooks["response"] = [remember]
    event = call(get_event.sync_detailed, client=client, event_id="evt-1")
    assert isinstance(event, Event)
    assert event == Event.from_dict(example("get_event"))
    assert seen == [JSONResponse]


def test_a_body_the_stdlib_also_rejects_is_a_validation_error() -> None:
    client = connect(
        api_key=KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=b"{nope")),
        rate_limit=None,
    )
    with pytest.raises(APIResponseValidationError, match="JSONDecodeError"):
        call(get_event.sync_detailed, client=client, event_id="evt-1")

"""The overlay's JSON decoder: msgspec's speed, ``json.loads``'s results and errors."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import luma_client._json
from luma_api.api.events import get_event
from luma_api.models.event import Event
from luma_client import APIResponseValidationError, call, connect
from luma_client._json import loads
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


def test_call_decodes_success_bodies_with_the_fast_decoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[bytes | str] = []

    def counting_loads(content: bytes | str) -> Any:
        decoded.append(content)
        return loads(content)

    monkeypatch.setattr(luma_client._json, "loads", counting_loads)
    body = json.dumps(example("get_event")).encode()
    client = connect(
        api_key=KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
        rate_limit=None,
    )
    event = call(get_event.sync_detailed, client=client, event_id="evt-1")
    assert isinstance(event, Event)
    assert event == Event.from_dict(example("get_event"))
    assert decoded == [body]


def test_a_body_the_stdlib_also_rejects_is_a_validation_error() -> None:
    client = connect(
        api_key=KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=b"{nope")),
        rate_limit=None,
    )
    with pytest.raises(APIResponseValidationError, match="JSONDecodeError"):
        call(get_event.sync_detailed, client=client, event_id="evt-1")

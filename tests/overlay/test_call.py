"""call()/acall(): the typed success model or a typed error, never a raw KeyError."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from luma_api import Client
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import list_event_guests
from luma_api.models import CreateEventRequest, CreateEventResponse, Event, ListEventGuestsResponse
from luma_client import (
    APIResponseValidationError,
    LumaError,
    NotFoundError,
    acall,
    call,
)
from tests.overlay.helpers import KEY, Server, client_for, no_secret
from tests.specdoc import example

EVENT_ID = "evt-7AfHSGOBmoz4iLO"


def success_example(operation_id: str) -> dict[str, Any]:
    value: dict[str, Any] = example(operation_id)
    return value


def request_example(operation_id: str, name: str) -> dict[str, Any]:
    value: dict[str, Any] = example(operation_id, request=True, name=name)
    return value


EVENT = success_example("get_event")


# -- success ----------------------------------------------------------------------------------


def test_call_returns_the_typed_model() -> None:
    server = Server(json_body=EVENT)
    client = client_for(server)
    event = call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    assert isinstance(event, Event)
    assert event.id == EVENT["id"]
    assert event.name == EVENT["name"]
    assert event.start_at.isoformat().startswith("2025-07-08T17:00:00")
    (request,) = server.requests
    assert request.url.path == "/v1/events/get"
    assert request.url.params["event_id"] == EVENT_ID


@pytest.mark.anyio
async def test_acall_returns_the_typed_model() -> None:
    server = Server(json_body=EVENT)
    client = client_for(server)
    event = await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert isinstance(event, Event)
    assert event.id == EVENT["id"]
    assert len(server.requests) == 1


def test_call_posts_the_body_and_returns_the_model() -> None:
    server = Server(json_body={"id": EVENT_ID})
    client = client_for(server)
    body = CreateEventRequest.from_dict(request_example("create_event", "minimal"))
    created = call(create_event.sync_detailed, client=client, body=body)
    assert isinstance(created, CreateEventResponse)
    assert created.id == EVENT_ID
    (request,) = server.requests
    assert request.method == "POST"
    assert json.loads(request.content) == request_example("create_event", "minimal")


@pytest.mark.anyio
async def test_acall_list_operation() -> None:
    page = success_example("list_event_guests")
    client = client_for(Server(json_body=page))
    result = await acall(list_event_guests.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert isinstance(result, ListEventGuestsResponse)
    assert [guest.id for guest in result.entries] == [entry["id"] for entry in page["entries"]]


def test_call_passes_typed_errors_through() -> None:
    client = client_for(Server(404, json_body={"message": "Event not found"}))
    with pytest.raises(NotFoundError, match="Event not found"):
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)


# -- 2xx bodies that do not fit the model ----------------------------------------------------


def _without(field: str) -> bytes:
    event = copy.deepcopy(EVENT)
    del event[field]
    return json.dumps(event).encode()


def _with(field: str, value: object) -> bytes:
    event = copy.deepcopy(EVENT)
    event[field] = value
    return json.dumps(event).encode()


BAD_BODIES: dict[str, bytes] = {
    "invalid-json": b"{not json",
    "truncated-json": json.dumps(EVENT).encode()[:-40],
    "html": b"<html><body>OK</body></html>",
    "empty": b"",
    "json-null": b"null",
    "json-array": b"[]",
    "json-string": b'"evt-1"',
    "empty-object": b"{}",
    "missing-id": _without("id"),
    "missing-start_at": _without("start_at"),
    "missing-name": _without("name"),
    "bad-datetime": _with("start_at", "next tuesday"),
    "datetime-wrong-type": _with("start_at", 12),
    "list-wrong-type": _with("hosts", "Alex Chen"),
    "list-item-wrong-type": _with("hosts", [1, 2]),
}


@pytest.mark.parametrize("content", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_2xx_body_is_a_validation_error(content: bytes) -> None:
    client = client_for(Server(200, content=content))
    with pytest.raises(APIResponseValidationError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    exc = info.value
    assert isinstance(exc, LumaError)
    assert not isinstance(exc, KeyError | json.JSONDecodeError)
    assert "get_event" in str(exc)
    assert "200" in str(exc)
    assert exc.__cause__ is None
    no_secret(exc)


@pytest.mark.anyio
@pytest.mark.parametrize("content", BAD_BODIES.values(), ids=BAD_BODIES.keys())
async def test_bad_2xx_body_is_a_validation_error_async(content: bytes) -> None:
    client = client_for(Server(200, content=content))
    with pytest.raises(APIResponseValidationError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert "200" in str(info.value)
    no_secret(info.value)


def test_missing_field_is_named_in_the_message() -> None:
    client = client_for(Server(200, content=_without("start_at")))
    with pytest.raises(APIResponseValidationError, match="start_at"):
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)


@pytest.mark.parametrize(
    "content",
    [
        _with("start_at", KEY),  # fromisoformat quotes the value in its error message
        _with("start_at", f"x{KEY}x"),
        _with("id", KEY)[:-10],
        json.dumps({"key": KEY}).encode(),
        f'{{"echo": "{KEY}", '.encode(),
    ],
    ids=["datetime-is-key", "datetime-contains-key", "truncated", "missing-fields", "invalid"],
)
def test_validation_error_never_contains_the_key(content: bytes) -> None:
    assert KEY.encode() in content
    client = client_for(Server(200, content=content))
    with pytest.raises(APIResponseValidationError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    no_secret(info.value)
    assert KEY not in info.value.message
    assert KEY not in info.value.body


@pytest.mark.anyio
async def test_async_validation_error_never_contains_the_key() -> None:
    client = client_for(Server(200, content=_with("start_at", KEY)))
    with pytest.raises(APIResponseValidationError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert "[REDACTED]" in info.value.message
    no_secret(info.value)


@pytest.mark.parametrize("status", [201, 202, 204])
def test_undocumented_2xx_status_is_a_validation_error(status: int) -> None:
    client = client_for(Server(status, json_body=EVENT))
    with pytest.raises(APIResponseValidationError, match=str(status)):
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)


# -- errors in the caller's input are not the server's fault ----------------------------------


def test_input_error_while_building_request_is_not_a_validation_error() -> None:
    server = Server(json_body={"id": EVENT_ID})
    client = client_for(server)
    with pytest.raises(AttributeError) as info:
        call(create_event.sync_detailed, client=client, body=object())  # type: ignore[arg-type]
    assert not isinstance(info.value, LumaError)
    assert server.requests == []


@pytest.mark.anyio
async def test_async_input_error_while_building_request_is_not_a_validation_error() -> None:
    server = Server(json_body={"id": EVENT_ID})
    client = client_for(server)
    with pytest.raises(AttributeError):
        await acall(create_event.asyncio_detailed, client=client, body=object())  # type: ignore[arg-type]
    assert server.requests == []


def test_input_error_after_a_successful_call_is_still_the_callers() -> None:
    """A 200 recorded by an earlier call (or raw request) must not relabel a later input error."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/events/get":
            return httpx.Response(200, json=EVENT)
        return httpx.Response(200, json={"id": EVENT_ID})

    client = client_for(handler)
    assert isinstance(call(get_event.sync_detailed, client=client, event_id=EVENT_ID), Event)
    get_event.sync_detailed(client=client, event_id=EVENT_ID)  # raw: records a 200 outside call()
    with pytest.raises(AttributeError):
        call(create_event.sync_detailed, client=client, body=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        call(get_event.sync_detailed, client=client, event_idd=EVENT_ID)  # type: ignore[call-arg]


def test_wrong_keyword_is_a_type_error_before_any_request() -> None:
    server = Server(json_body=EVENT)
    client = client_for(server)
    with pytest.raises(TypeError):
        call(get_event.sync_detailed, client=client, event_idd=EVENT_ID)  # type: ignore[call-arg]
    assert server.requests == []


def test_operation_bug_without_a_response_is_not_relabelled() -> None:
    def broken_operation(*, client: Client) -> Any:
        raise KeyError("bug in the caller's own wrapper")

    client = client_for(Server(json_body=EVENT))
    with pytest.raises(KeyError):
        call(broken_operation, client=client)


def test_call_does_not_catch_unrelated_errors_after_a_response() -> None:
    """Only decode errors are relabelled: a RuntimeError from the operation passes unchanged."""

    def operation(*, client: Client) -> Any:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
        raise RuntimeError("unrelated")

    client = client_for(Server(json_body=EVENT))
    with pytest.raises(RuntimeError, match="unrelated"):
        call(operation, client=client)

"""The request journal: what the fake saw, with the API key redacted."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import luma_client
from luma_api.api.events import get_event
from luma_client.testing import FakeLuma
from tests.testing.fake.plane import EVENT, create_event, http

pytestmark = pytest.mark.anyio

SECRET_KEY = "sk-journal-secret-0123456789"


def test_every_request_is_recorded() -> None:
    fake = FakeLuma(api_key=SECRET_KEY)
    with http(fake) as client:
        event_id = create_event(client)
        client.get("/v1/events/get", params={"event_id": event_id})
        client.get("/v1/events/get", params={"event_id": "evt-Missing0000000"})
        client.post("/v1/events/create", content=b"not json")
        client.get("/v1/no/such/route")
    entries = list(fake.requests)
    assert [e.operation for e in entries] == [
        "create_event",
        "get_event",
        "get_event",
        "create_event",
        None,
    ]
    assert [e.status for e in entries] == [200, 200, 404, 400, 404]
    created, read = entries[0], entries[1]
    assert (created.method, created.path, created.body) == ("POST", "/v1/events/create", EVENT)
    assert (read.method, read.path, read.query) == (
        "GET",
        "/v1/events/get",
        (("event_id", event_id),),
    )
    assert read.params == {"event_id": event_id}
    assert entries[3].body == "not json"
    assert created.time == dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)  # the fake clock's time
    assert read.time > created.time


def test_the_api_key_never_appears() -> None:
    fake = FakeLuma(api_key=SECRET_KEY)
    with http(fake) as client:
        create_event(client)
    entry = fake.requests[0]
    assert entry.headers["x-luma-api-key"] == "[REDACTED]"
    shown = repr(list(fake.requests)) + json.dumps(fake.requests.to_json()) + repr(fake.requests)
    assert SECRET_KEY not in shown


def test_filters() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        event_id = create_event(client)
        for _ in range(2):
            client.get("/v1/events/get", params={"event_id": event_id})
        client.get("/v1/users/get-self")
    assert len(fake.requests.filter(operation="get_event")) == 2
    assert len(fake.requests.filter(method="post")) == 1
    assert len(fake.requests.filter(status=200)) == 4
    assert fake.requests.filter(path="/v1/users/get-self")[0].operation == "get_self"
    assert fake.requests.operations == ["create_event", "get_event", "get_event", "get_self"]
    assert fake.requests[-1] == fake.requests.filter(operation="get_self")[0]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_requests_of_the_typed_client_are_recorded(asynchronous: bool) -> None:
    fake = FakeLuma()
    with http(fake) as raw:
        event_id = create_event(raw)
    client = fake.client()
    if asynchronous:
        await luma_client.acall(get_event.asyncio_detailed, client=client, event_id=event_id)
    else:
        luma_client.call(get_event.sync_detailed, client=client, event_id=event_id)
    assert fake.requests.operations == ["create_event", "get_event"]
    assert fake.requests[1].headers["x-luma-api-key"] == "[REDACTED]"


def test_the_control_plane_is_not_recorded_and_reset_empties_the_journal() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        client.get("/v1/users/get-self")
        client.get("/_fake/requests")
        assert len(fake.requests) == 1
        fake.reset()
        assert len(fake.requests) == 0


def test_the_journal_is_read_only_from_outside() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        client.get("/v1/users/get-self")
    assert not hasattr(fake.requests, "__setitem__")
    assert len(fake.requests[0:1]) == 1

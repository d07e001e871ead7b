"""Scripted faults and latency on Fake Luma, in-process and over a real socket."""

from __future__ import annotations

import httpx
import pytest

import luma_client
from luma_api.api.events import get_event
from luma_client.testing import FakeLuma
from luma_client.testing.fake._control import InjectedReset
from luma_client.testing.fake._core import Request
from tests.testing.fake.plane import EVENT, create_event, http

pytestmark = pytest.mark.anyio


def statuses(client: httpx.Client, count: int, event_id: str) -> list[int]:
    return [
        client.get("/v1/events/get", params={"event_id": event_id}).status_code
        for _ in range(count)
    ]


def test_a_status_for_a_number_of_times() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        event_id = create_event(client)
        fake.faults.add(operation="get_event", status=503, times=2)
        first = client.get("/v1/events/get", params={"event_id": event_id})
        assert first.status_code == 503
        assert "503" in first.json()["message"]
        assert statuses(client, 3, event_id) == [503, 200, 200]
    assert len(fake.faults) == 0  # spent rules are dropped


def test_a_status_with_a_body_changes_nothing() -> None:
    fake = FakeLuma()
    fake.faults.add(operation="create_event", status=502, body={"error": "bad gateway"})
    with http(fake) as client:
        answer = client.post("/v1/events/create", json=EVENT)
        assert answer.status_code == 502
        assert answer.json() == {"error": "bad gateway"}
        assert client.get("/v1/users/get-self").status_code == 200  # other operations: normal
    assert fake.state.table(fake.calendar_id, "events") == {}


def test_rules_match_parameters() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        spoiled, fine = create_event(client), create_event(client)
        fake.faults.add(operation="get_event", status=503, params={"event_id": spoiled})
        assert statuses(client, 2, fine) == [200, 200]
        assert statuses(client, 2, spoiled) == [503, 503]


def test_every_nth_request() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        event_id = create_event(client)
        fake.faults.add(operation="get_event", status=504, every=3)
        assert statuses(client, 6, event_id) == [200, 200, 504, 200, 200, 504]


def test_a_seeded_probability_repeats() -> None:
    patterns = []
    for _ in range(2):
        fake = FakeLuma()
        with http(fake) as client:
            event_id = create_event(client)
            fake.faults.add(operation="get_event", status=503, probability=0.3, seed=7)
            patterns.append(statuses(client, 60, event_id))
    assert patterns[0] == patterns[1]
    assert 5 <= patterns[0].count(503) <= 35


def test_a_rule_without_an_operation_matches_every_operation() -> None:
    fake = FakeLuma()
    fake.faults.add(status=503, times=2)
    with http(fake) as client:
        assert client.get("/v1/users/get-self").status_code == 503
        assert client.post("/v1/events/create", json=EVENT).status_code == 503
        assert client.get("/v1/users/get-self").status_code == 200


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_the_clients_retries_get_through_a_503_burst(asynchronous: bool) -> None:
    fake = FakeLuma()
    with http(fake) as raw:
        event_id = create_event(raw)
    fake.faults.add(operation="get_event", status=503, times=2)
    client = fake.client()
    if asynchronous:
        event = await luma_client.acall(
            get_event.asyncio_detailed, client=client, event_id=event_id
        )
    else:
        event = luma_client.call(get_event.sync_detailed, client=client, event_id=event_id)
    assert event.id == event_id
    gets = fake.requests.filter(operation="get_event")
    assert [entry.status for entry in gets] == [503, 503, 200]  # the GET was retried twice
    assert len(fake.requests.filter(operation="create_event")) == 1


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_delay_past_the_read_timeout_is_a_read_timeout(asynchronous: bool) -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", delay=30)
    headers = {"x-luma-api-key": fake.api_key}
    timeout = httpx.Timeout(0.05)
    with pytest.raises(httpx.ReadTimeout):
        if asynchronous:
            async with httpx.AsyncClient(transport=fake.transport(), timeout=timeout) as client:
                await client.get("http://luma.fake/v1/users/get-self", headers=headers)
        else:
            with httpx.Client(transport=fake.transport(), timeout=timeout) as sync_client:
                sync_client.get("http://luma.fake/v1/users/get-self", headers=headers)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_short_delay_still_answers(asynchronous: bool) -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", delay=0.01)
    headers = {"x-luma-api-key": fake.api_key}
    if asynchronous:
        async with httpx.AsyncClient(transport=fake.transport()) as client:
            answer = await client.get("http://luma.fake/v1/users/get-self", headers=headers)
    else:
        with httpx.Client(transport=fake.transport()) as sync_client:
            answer = sync_client.get("http://luma.fake/v1/users/get-self", headers=headers)
    assert answer.status_code == 200
    assert fake.requests[0].fault == "rule 1, delay 0.01s"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_reset_is_a_read_error_in_process(asynchronous: bool) -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", reset=True, times=1)
    headers = {"x-luma-api-key": fake.api_key}
    with pytest.raises(httpx.ReadError):
        if asynchronous:
            async with httpx.AsyncClient(transport=fake.transport()) as client:
                await client.get("http://luma.fake/v1/users/get-self", headers=headers)
        else:
            with httpx.Client(transport=fake.transport()) as sync_client:
                sync_client.get("http://luma.fake/v1/users/get-self", headers=headers)
    assert fake.requests[0].fault is not None and "reset" in fake.requests[0].fault


def test_the_sans_io_entry_raises_on_a_reset() -> None:
    fake = FakeLuma()
    fake.faults.add(reset=True)
    with pytest.raises(InjectedReset):
        fake.handle(Request("GET", "/v1/users/get-self", headers={"x-luma-api-key": "test-key"}))


def test_a_reset_over_http_cuts_the_connection() -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", reset=True, times=1)
    with fake.serve() as base_url:
        headers = {"x-luma-api-key": fake.api_key}
        with httpx.Client(base_url=base_url, headers=headers) as client:
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                client.get("/v1/users/get-self")
            assert client.get("/v1/users/get-self").status_code == 200


def test_a_delay_over_http() -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", delay=1, times=1)
    with fake.serve() as base_url:
        headers = {"x-luma-api-key": fake.api_key}
        with (
            httpx.Client(base_url=base_url, headers=headers, timeout=0.2) as client,
            pytest.raises(httpx.ReadTimeout),
        ):
            client.get("/v1/users/get-self")


def test_truncated_and_invalid_json() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        event_id = create_event(client)
        whole = client.get("/v1/events/get", params={"event_id": event_id}).content
        fake.faults.add(operation="get_event", malformed="truncated", times=1)
        cut = client.get("/v1/events/get", params={"event_id": event_id})
        assert cut.status_code == 200
        assert cut.content == whole[: len(whole) // 2]
        with pytest.raises(ValueError):
            cut.json()
        fake.faults.add(operation="get_event", malformed="invalid", status=502, times=1)
        invalid = client.get("/v1/events/get", params={"event_id": event_id})
        assert invalid.status_code == 502
        assert invalid.headers["content-type"] == "application/json"
        assert invalid.content.startswith(b"<html>")


def test_the_client_reports_invalid_json() -> None:
    fake = FakeLuma()
    fake.faults.add(operation="get_self", malformed="invalid")
    client = fake.client(max_retries=0)
    from luma_api.api.users import get_self

    with pytest.raises(luma_client.LumaError):
        luma_client.call(get_self.sync_detailed, client=client)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"status": 99}, "status"),
        ({}, "at least one"),
        ({"reset": True, "status": 503}, "reset"),
        ({"status": 503, "times": 0}, "times"),
        ({"status": 503, "every": True}, "every"),
        ({"status": 503, "probability": 1.5}, "probability"),
        ({"delay": -1}, "delay"),
        ({"malformed": "half"}, "malformed"),
    ],
)
def test_bad_rules_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FakeLuma().faults.add(**options)  # type: ignore[arg-type]


def test_rules_can_be_listed_removed_and_cleared() -> None:
    fake = FakeLuma()
    first = fake.faults.add(operation="get_self", status=503)
    fake.faults.add(operation="get_event", delay=1)
    assert [rule.operation for rule in fake.faults] == ["get_self", "get_event"]
    fake.faults.remove(first)
    assert [rule.operation for rule in fake.faults] == ["get_event"]
    fake.faults.clear()
    assert len(fake.faults) == 0

"""The control plane under /_fake/: the same controls over HTTP, in-process and over a socket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest

from luma_client.testing import FakeLuma
from tests.testing.fake.plane import create_event, http


@pytest.fixture(params=["in-process", "server"])
def admin(request: pytest.FixtureRequest) -> Iterator[tuple[FakeLuma, httpx.Client]]:
    fake = FakeLuma()
    if request.param == "in-process":
        with http(fake) as client:
            yield fake, client
    else:
        with (
            fake.serve() as base_url,
            httpx.Client(base_url=base_url, headers={"x-luma-api-key": fake.api_key}) as client,
        ):
            yield fake, client


def test_reset(admin: tuple[FakeLuma, httpx.Client]) -> None:
    _fake, client = admin
    create_event(client)
    answer = client.post("/_fake/reset")
    assert answer.status_code == 200
    assert answer.json() == {"reset": True}
    assert client.get("/v1/calendars/events/list").json()["entries"] == []


def test_populate_and_load(admin: tuple[FakeLuma, httpx.Client]) -> None:
    _fake, client = admin
    made = client.post("/_fake/populate", json={"events": 2, "guests_per_event": 3}).json()
    assert len(made["event_ids"]) == 2
    guests = client.get("/v1/events/guests/list", params={"event_id": made["event_ids"][0]})
    assert len(guests.json()["entries"]) == 3
    talk = {"key": "talk", "name": "Loaded talk", "start_at": "2026-06-01T18:00:00Z"}
    fixtures = {"events": [{**talk, "timezone": "Europe/Berlin"}]}
    loaded = client.post("/_fake/load", json=fixtures)
    assert loaded.status_code == 200, loaded.text
    event_id = loaded.json()["events"]["talk"]
    got = client.get("/v1/events/get", params={"event_id": event_id}).json()
    assert got["name"] == "Loaded talk"
    refused = client.post("/_fake/populate", json={"events": -1})
    assert refused.status_code == 400
    assert "events" in refused.json()["message"]


def test_requests(admin: tuple[FakeLuma, httpx.Client]) -> None:
    fake, client = admin
    event_id = create_event(client)
    client.get("/v1/events/get", params={"event_id": event_id})
    everything = client.get("/_fake/requests").json()["requests"]
    assert [r["operation"] for r in everything] == ["create_event", "get_event"]
    assert everything[1]["query"] == [["event_id", event_id]]
    assert everything[0]["headers"]["x-luma-api-key"] == "[REDACTED]"
    assert fake.api_key not in client.get("/_fake/requests").text
    only = client.get("/_fake/requests", params={"operation": "get_event"}).json()["requests"]
    assert [r["status"] for r in only] == [200]
    assert client.delete("/_fake/requests").status_code == 200
    assert client.get("/_fake/requests").json()["requests"] == []


def test_faults(admin: tuple[FakeLuma, httpx.Client]) -> None:
    _fake, client = admin
    added = client.post("/_fake/faults", json={"operation": "get_self", "status": 503, "times": 1})
    assert added.status_code == 200
    assert added.json()["operation"] == "get_self"
    assert [f["status"] for f in client.get("/_fake/faults").json()["faults"]] == [503]
    assert client.get("/v1/users/get-self").status_code == 503
    assert client.get("/v1/users/get-self").status_code == 200
    client.post("/_fake/faults", json={"status": 502})
    assert client.delete("/_fake/faults").status_code == 200
    assert client.get("/_fake/faults").json()["faults"] == []
    bad = client.post("/_fake/faults", json={"operation": "get_self", "stauts": 503})
    assert bad.status_code == 400
    assert "stauts" in bad.json()["message"]
    assert client.post("/_fake/faults", json={"status": 42}).status_code == 400


def test_clock_advance(admin: tuple[FakeLuma, httpx.Client]) -> None:
    fake, client = admin
    answer = client.post("/_fake/clock/advance", json={"seconds": 3600})
    assert answer.status_code == 200
    assert answer.json()["now"] == "2026-01-05T10:00:00.000Z"
    create_event(client)
    assert fake.requests[-1].time == dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
    assert client.post("/_fake/clock/advance", json={"seconds": "soon"}).status_code == 400


def test_webhook_deliveries(admin: tuple[FakeLuma, httpx.Client]) -> None:
    _fake, client = admin
    client.post(
        "/v2/webhooks/create",
        json={"url": "https://hooks.example.com/luma", "event_types": ["event.created"]},
    )
    create_event(client)
    deliveries = client.get("/_fake/webhooks/deliveries").json()["deliveries"]
    assert [d["type"] for d in deliveries] == ["event.created"]
    assert deliveries[0]["url"] == "https://hooks.example.com/luma"
    assert deliveries[0]["attempts"] == []  # not a loopback address: never sent
    assert '"type":"event.created"' in deliveries[0]["body"]


def test_unknown_routes_and_methods(admin: tuple[FakeLuma, httpx.Client]) -> None:
    _, client = admin
    unknown = client.get("/_fake/nothing")
    assert unknown.status_code == 404
    assert "/_fake/reset" in unknown.json()["message"]
    assert client.get("/_fake/reset").status_code == 405
    assert client.post("/_fake/load", content=b"[1]").status_code == 400


def test_a_plain_callable_clock_advances_by_an_offset() -> None:
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    fake = FakeLuma(clock=lambda: moment)
    with http(fake) as client:
        answer = client.post("/_fake/clock/advance", json={"seconds": 90})
    assert answer.status_code == 200
    assert fake.clock() == moment + dt.timedelta(seconds=90)
    fake.clock.advance(10)
    assert fake.clock() == moment + dt.timedelta(seconds=100)

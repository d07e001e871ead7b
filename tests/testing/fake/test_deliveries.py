"""Webhook deliveries of Fake Luma: signed, spec-valid, verified by the receiver kit."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest

import luma_client
from luma_api.api.events import create_event as create_event_op
from luma_api.models import CreateEventRequest
from luma_client.testing import FakeLuma
from luma_client.testing.fake import SteppingClock
from luma_client.testing.fake._deliveries import Delivery
from tests.testing.fake.driver import _payload_validator
from tests.testing.fake.plane import EVENT, create_event, http

pytestmark = pytest.mark.anyio


def add_webhook(client: httpx.Client, url: str, *types: str) -> dict[str, Any]:
    answer = client.post("/v2/webhooks/create", json={"url": url, "event_types": list(types)})
    assert answer.status_code == 200, answer.text
    webhook: dict[str, Any] = answer.json()
    return webhook


def secret_of(fake: FakeLuma, webhook_id: str) -> str:
    return str(fake.state.table(fake.calendar_id, "webhooks")[webhook_id]["secret"])


def check_against_the_spec(delivery: Delivery) -> None:
    payload = json.loads(delivery.body)
    problems = [e.message for e in _payload_validator(delivery.type).iter_errors(payload)]
    assert not problems, f"{delivery.type} delivery against the spec: {problems[:3]}"


def fake_now(delivery: Delivery) -> dt.datetime:
    return delivery.time


def test_deliveries_follow_the_subscriptions() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        everything = add_webhook(client, "https://hooks.example.com/all", "*")
        created_only = add_webhook(client, "https://hooks.example.com/new", "event.created")
        event_id = create_event(client)
        client.post("/v1/events/update", json={"event_id": event_id, "name": "Renamed"})
    kinds = [(d.webhook_id, d.type) for d in fake.deliveries]
    assert kinds == [
        (everything["id"], "event.created"),
        (created_only["id"], "event.created"),
        (everything["id"], "event.updated"),
    ]
    for delivery in fake.deliveries:
        check_against_the_spec(delivery)
        assert delivery.url.startswith("https://hooks.example.com/")
        assert delivery.attempts == []  # in-process: collected, never sent


def test_deliveries_verify_and_parse_with_the_receiver_kit() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        webhook = add_webhook(client, "https://hooks.example.com/all", "*")
        event_id = create_event(client, name="Verified")
        client.post(
            "/v1/events/guests/add",
            json={"event_id": event_id, "guests": [{"email": "grace@example.com"}]},
        )
        client.post("/v1/calendars/contacts/import", json={"contacts": [{"email": "a@b.example"}]})
    secret = secret_of(fake, webhook["id"])
    kinds = [d.type for d in fake.deliveries]
    assert kinds[:1] == ["event.created"]
    assert {"guest.registered", "ticket.registered", "calendar.person.subscribed"} <= set(kinds)
    for delivery in fake.deliveries:
        check_against_the_spec(delivery)
        parsed = luma_client.verify_webhook(
            delivery.body, delivery.headers, secret, now=fake_now(delivery)
        )
        assert parsed.type_ == delivery.type
    created = luma_client.verify_webhook(
        fake.deliveries[0].body, fake.deliveries[0].headers, secret, now=fake.deliveries[0].time
    )
    assert created.data.name == "Verified"  # type: ignore[union-attr]
    assert created.data.id == event_id


def test_tampered_wrong_secret_and_old_deliveries_are_refused() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        webhook = add_webhook(client, "https://hooks.example.com/all", "event.created")
        create_event(client)
    delivery = fake.deliveries[0]
    secret = secret_of(fake, webhook["id"])
    now = delivery.time
    tampered = delivery.body.replace(b"Meetup", b"Meetuq")
    with pytest.raises(luma_client.WebhookVerificationError):
        luma_client.verify_webhook(tampered, delivery.headers, secret, now=now)
    other = "whsec_" + "A" * 32
    with pytest.raises(luma_client.WebhookVerificationError) as caught:
        luma_client.verify_webhook(delivery.body, delivery.headers, other, now=now)
    assert secret not in str(caught.value)
    later = now + dt.timedelta(minutes=10)
    with pytest.raises(luma_client.WebhookVerificationError):
        luma_client.verify_webhook(delivery.body, delivery.headers, secret, now=later)


def test_signed_at_the_fake_clocks_time() -> None:
    fake = FakeLuma(clock=SteppingClock(dt.datetime(2026, 2, 1, tzinfo=dt.UTC)))
    with http(fake) as client:
        add_webhook(client, "https://hooks.example.com/all", "*")
        create_event(client)
    stamp = int(fake.deliveries[0].headers["webhook-timestamp"])
    assert dt.datetime(2026, 2, 1, tzinfo=dt.UTC).timestamp() <= stamp
    assert stamp <= dt.datetime(2026, 2, 1, 0, 1, tzinfo=dt.UTC).timestamp()


def test_paused_webhooks_other_calendars_and_refused_requests_get_nothing() -> None:
    fake = FakeLuma()
    other_key = fake.add_calendar(name="Other")
    with http(fake) as client, http(fake, other_key) as other:
        paused = add_webhook(client, "https://hooks.example.com/paused", "*")
        client.post("/v2/webhooks/update", json={"id": paused["id"], "status": "paused"})
        add_webhook(other, "https://hooks.example.com/other", "*")
        create_event(client)
        client.post("/v1/events/create", json={"name": "no start"})  # refused: no change
    assert list(fake.deliveries) == []


def test_a_listener_gets_every_delivery_and_reset_forgets_them() -> None:
    fake = FakeLuma()
    heard: list[Delivery] = []
    fake.deliveries.add_listener(heard.append)
    with http(fake) as client:
        add_webhook(client, "https://hooks.example.com/all", "*")
        create_event(client)
    assert heard == list(fake.deliveries)
    assert len(heard) == 1
    fake.reset()
    assert len(fake.deliveries) == 0


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_deliveries_from_the_typed_client(asynchronous: bool) -> None:
    fake = FakeLuma()
    with http(fake) as raw:
        add_webhook(raw, "https://hooks.example.com/all", "event.created")
    client = fake.client()
    body = CreateEventRequest.from_dict(EVENT)
    if asynchronous:
        await luma_client.acall(create_event_op.asyncio_detailed, client=client, body=body)
    else:
        luma_client.call(create_event_op.sync_detailed, client=client, body=body)
    assert [d.type for d in fake.deliveries] == ["event.created"]


class _Receiver(BaseHTTPRequestHandler):
    """Answers 500 to the first delivery, then 204; keeps what it received."""

    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []
    answers: ClassVar[list[int]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        type(self).received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        status = type(self).answers.pop(0) if type(self).answers else 204
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[_Receiver]]]:
    handler = type("Receiver", (_Receiver,), {"received": [], "answers": [500]})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/luma", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_server_mode_posts_to_a_loopback_receiver_with_retries(
    receiver: tuple[str, type[_Receiver]],
) -> None:
    url, handler = receiver
    fake = FakeLuma()
    with (
        fake.serve() as base_url,
        httpx.Client(base_url=base_url, headers={"x-luma-api-key": fake.api_key}) as client,
    ):
        webhook = add_webhook(client, url, "event.created")
        add_webhook(client, "https://hooks.example.com/elsewhere", "event.created")
        create_event(client, name="Over the wire")
        fake.deliveries.wait()
    sent, elsewhere = fake.deliveries
    assert sent.attempts == [500, 204]  # retried after the 500
    assert elsewhere.attempts == []  # not a loopback address: never sent
    assert len(handler.received) == 2
    secret = secret_of(fake, webhook["id"])
    for headers, body in handler.received:
        assert body == sent.body
        assert headers["webhook-id"] == sent.headers["webhook-id"]  # the same id on a retry
        event = luma_client.verify_webhook(body, headers, secret, now=sent.time)
        assert event.data.name == "Over the wire"  # type: ignore[union-attr]


def test_guest_status_and_cancellation_are_delivered() -> None:
    fake = FakeLuma()
    with http(fake) as client:
        webhook = add_webhook(client, "https://hooks.example.com/all", "*")
        event_id = create_event(client)
        client.post(
            "/v1/events/guests/add",
            json={"event_id": event_id, "guests": [{"email": "g@example.com"}]},
        )
        guests = client.get("/v1/events/guests/list", params={"event_id": event_id}).json()
        guest_id = guests["entries"][0]["id"]
        changed = client.post(
            "/v1/events/guests/update-status",
            json={"event_id": event_id, "guest_id": guest_id, "status": "declined"},
        )
        assert changed.status_code == 200, changed.text
        token = client.post("/v1/events/cancel/request", json={"event_id": event_id}).json()
        cancelled = client.post(
            "/v1/events/cancel",
            json={"event_id": event_id, "cancellation_token": token["cancellation_token"]},
        )
        assert cancelled.status_code == 200, cancelled.text
    kinds = [d.type for d in fake.deliveries]
    assert kinds.index("guest.updated") < kinds.index("event.canceled")
    secret = secret_of(fake, webhook["id"])
    for delivery in fake.deliveries.filter(type="guest.updated") + fake.deliveries.filter(
        type="event.canceled"
    ):
        check_against_the_spec(delivery)
        parsed = luma_client.verify_webhook(
            delivery.body, delivery.headers, secret, now=delivery.time
        )
        assert parsed.type_ == delivery.type
    updated = json.loads(fake.deliveries.filter(type="guest.updated")[-1].body)
    assert updated["data"]["approval_status"] == "declined"


def test_a_registration_fires_the_three_types_luma_fires() -> None:
    """guest.registered and guest.updated once per guest, ticket.registered once per ticket."""
    fake = FakeLuma()
    with http(fake) as client:
        add_webhook(client, "https://hooks.example.com/all", "*")
        event_id = create_event(client)
        answer = client.post(
            "/v1/events/guests/add",
            json={"event_id": event_id, "guests": [{"email": "a@example.org"}]},
        )
        assert answer.status_code == 200, answer.text
    kinds = [d.type for d in fake.deliveries if d.type != "event.created"]
    assert kinds == ["guest.registered", "guest.updated", "ticket.registered"]
    for delivery in fake.deliveries:
        check_against_the_spec(delivery)

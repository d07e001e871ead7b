"""Webhook endpoints on Fake Luma: create, get, list, update, delete, as Luma answers them."""

from __future__ import annotations

import base64

import pytest

import luma_api
import luma_client
from luma_api.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from luma_api.models import CreateWebhookRequest, DeleteWebhookRequest, UpdateWebhookRequest
from luma_client.testing import FakeLuma
from tests.testing.fake.driver import Driver

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> Driver:
    return Driver(luma_fake, luma_fake_client, asynchronous=request.param == "async")


async def _create(api: Driver, url: str, *types: str) -> str:
    body = CreateWebhookRequest.from_dict({"url": url, "event_types": list(types)})
    webhook = await api.call(create_webhook, body=body)
    return str(webhook.id)


async def test_webhook_lifecycle(api: Driver) -> None:
    body = {
        "url": "https://hooks.example.com/luma",
        "event_types": ["guest.registered", "guest.updated", "guest.registered"],
    }
    created = await api.call(create_webhook, body=CreateWebhookRequest.from_dict(body))
    assert created.url == "https://hooks.example.com/luma"
    assert created.event_types == ["guest.registered", "guest.updated"]  # each type once
    assert created.status == "active"
    assert created.secret.startswith("whsec_")
    assert len(base64.b64decode(created.secret.removeprefix("whsec_"), validate=True)) == 24

    fetched = await api.call(get_webhook, id=created.id)
    assert fetched.to_dict() == created.to_dict()
    listed = await api.all(list_webhooks)
    assert [w.to_dict() for w in listed] == [created.to_dict()]

    paused = await api.call(
        update_webhook, body=UpdateWebhookRequest.from_dict({"id": created.id, "status": "paused"})
    )
    assert paused.status == "paused"
    assert paused.event_types == created.event_types  # fields not sent stay
    retyped = await api.call(
        update_webhook,
        body=UpdateWebhookRequest.from_dict({"id": created.id, "event_types": ["*"]}),
    )
    assert retyped.event_types == ["*"]
    fetched = await api.call(get_webhook, id=created.id)
    assert (fetched.status, fetched.event_types) == ("paused", ["*"])
    assert (fetched.secret, fetched.url, fetched.created_at) == (
        created.secret,
        created.url,
        created.created_at,
    )

    await api.call(delete_webhook, body=DeleteWebhookRequest(id=created.id))
    with pytest.raises(luma_client.NotFoundError):
        await api.call(get_webhook, id=created.id)
    assert await api.all(list_webhooks) == []


async def test_webhooks_page_in_creation_order_with_distinct_secrets(api: Driver) -> None:
    ids = [await _create(api, f"https://hooks.example.com/{n}", "*") for n in range(7)]
    listed = await api.all(list_webhooks, pagination_limit=3)
    assert [w.id for w in listed] == ids
    assert len({w.secret for w in listed}) == 7
    assert len(set(ids)) == 7


async def test_unknown_webhook_is_404_everywhere(api: Driver) -> None:
    kept = await _create(api, "https://hooks.example.com/kept", "event.created")
    with pytest.raises(luma_client.NotFoundError, match="Webhook nope not found"):
        await api.call(get_webhook, id="nope")
    with pytest.raises(luma_client.NotFoundError):
        await api.call(
            update_webhook, body=UpdateWebhookRequest.from_dict({"id": "nope", "status": "paused"})
        )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(delete_webhook, body=DeleteWebhookRequest(id="nope"))
    (webhook,) = await api.all(list_webhooks)
    assert (webhook.id, webhook.status) == (kept, "active")


@pytest.mark.parametrize(
    ("path", "body", "named"),
    [
        ("/v2/webhooks/create", {"url": "ftp://example.com/x", "event_types": ["*"]}, "url"),
        ("/v2/webhooks/create", {"url": "https://example.com/x", "event_types": []}, "event_types"),
        ("/v2/webhooks/create", {"url": "https://example.com/x", "event_types": ["nope"]}, "nope"),
        ("/v2/webhooks/create", {"event_types": ["*"]}, "url"),
        ("/v2/webhooks/update", {"id": "{id}", "status": "sleeping"}, "status"),
        ("/v2/webhooks/update", {"id": "{id}", "event_types": []}, "event_types"),
    ],
)
async def test_invalid_requests_are_400_and_change_nothing(
    api: Driver, path: str, body: dict[str, object], named: str
) -> None:
    kept = await _create(api, "https://hooks.example.com/kept", "guest.updated")
    before = [w.to_dict() for w in await api.all(list_webhooks)]
    if body.get("id") == "{id}":
        body = {**body, "id": kept}
    answer = await api.raw("POST", path, json=body)
    assert answer.status_code == 400
    assert named in answer.json()["message"]
    assert [w.to_dict() for w in await api.all(list_webhooks)] == before


def test_ids_and_secrets_follow_the_seed() -> None:
    def first_webhook(seed: int) -> dict[str, object]:
        fake = FakeLuma(seed=seed, check_responses=True)
        body = CreateWebhookRequest.from_dict(
            {"url": "https://example.com/h", "event_types": ["*"]}
        )
        created = luma_client.call(create_webhook.sync_detailed, client=fake.client(), body=body)
        return created.to_dict()

    assert first_webhook(0) == first_webhook(0)
    other = first_webhook(1)
    assert (other["id"], other["secret"]) != (first_webhook(0)["id"], first_webhook(0)["secret"])

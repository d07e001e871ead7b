"""Webhook endpoints of a calendar: create, read, change, delete.

Each webhook gets a signing secret in the Standard Webhooks form: ``whsec_`` and a base64 key
(32 letters and digits, which decode to 24 bytes), drawn from the fake's seeded stream so the
same seed gives the same secrets. Luma pings a new endpoint and refuses it when the ping fails;
the fake does not ping, so any http(s) URL is accepted.

Where Luma's behaviour is not documented, the fake chooses: a new webhook is ``active``;
``event_types`` keep the order sent, each once, and may not become empty on update (400);
the same URL may be registered twice; a secret never changes; a deleted webhook is gone
(404).
"""

from __future__ import annotations

from ._base import Call, Record, bad_request, handles, not_found
from ._people import unprefixed_id

WEBHOOKS = "webhooks"
SECRET_PREFIX = "whsec_"
SECRET_LENGTH = 32  # a multiple of 4, so the key is valid base64 as it stands


def new_secret(call: Call) -> str:
    """A signing secret for a new webhook."""
    return SECRET_PREFIX + call.state.ids.token(SECRET_LENGTH)


def _event_types(values: list[str]) -> list[str]:
    """The subscribed types in the order given, each once; at least one."""
    if not values:
        raise bad_request("event_types must name at least one event type")
    return list(dict.fromkeys(str(value) for value in values))


def _webhook(call: Call) -> Record:
    webhook = call.table(WEBHOOKS).get(call.params["id"])
    if webhook is None:
        raise not_found("Webhook", call.params["id"])
    return webhook


@handles("list_webhooks")
def list_webhooks(call: Call) -> Record:
    return call.page(list(call.table(WEBHOOKS).values()))


@handles("get_webhook")
def get_webhook(call: Call) -> Record:
    return _webhook(call)


@handles("create_webhook")
def create_webhook(call: Call) -> Record:
    event_types = _event_types(call.params["event_types"])
    webhook_id = unprefixed_id(call)
    webhook = {
        "id": webhook_id,
        "url": call.params["url"],
        "event_types": event_types,
        "status": "active",
        "secret": new_secret(call),
        "created_at": call.now_iso,
    }
    call.table(WEBHOOKS)[webhook_id] = webhook
    return webhook


@handles("update_webhook")
def update_webhook(call: Call) -> Record:
    webhook = _webhook(call)
    changes: Record = {}
    if "event_types" in call.params:
        changes["event_types"] = _event_types(call.params["event_types"])
    if "status" in call.params:
        changes["status"] = str(call.params["status"])
    webhook.update(changes)
    return webhook


@handles("delete_webhook")
def delete_webhook(call: Call) -> Record:
    del call.table(WEBHOOKS)[_webhook(call)["id"]]
    return {}

"""Parse a webhook delivery into the typed payload model its ``type`` names.

Luma POSTs ``{"type": "...", "data": {...}}`` to registered endpoints. Parsing proves nothing
about who sent a body: receivers call ``verify_webhook`` (in ``_signing``), which checks the
delivery's signature headers first and then parses with this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from . import _json
from ._exceptions import WebhookParseError

if TYPE_CHECKING:
    from luma_api.models import (
        WebhookPayloadCalendarEventAdded,
        WebhookPayloadCalendarEventSubmitted,
        WebhookPayloadCalendarPersonSubscribed,
        WebhookPayloadEventCanceled,
        WebhookPayloadEventCreated,
        WebhookPayloadEventUpdated,
        WebhookPayloadGuestRegistered,
        WebhookPayloadGuestUpdated,
        WebhookPayloadTicketRegistered,
    )

__all__ = ["WEBHOOK_TYPES", "WebhookEvent", "parse_webhook"]

WebhookEvent: TypeAlias = (
    "WebhookPayloadEventCreated | WebhookPayloadEventUpdated | WebhookPayloadEventCanceled"
    " | WebhookPayloadGuestRegistered | WebhookPayloadGuestUpdated"
    " | WebhookPayloadTicketRegistered | WebhookPayloadCalendarPersonSubscribed"
    " | WebhookPayloadCalendarEventAdded | WebhookPayloadCalendarEventSubmitted"
)

# Payload type -> generated model class name (tests check this against the spec's `webhooks`).
WEBHOOK_TYPES: Mapping[str, str] = {
    "event.created": "WebhookPayloadEventCreated",
    "event.updated": "WebhookPayloadEventUpdated",
    "event.canceled": "WebhookPayloadEventCanceled",
    "guest.registered": "WebhookPayloadGuestRegistered",
    "guest.updated": "WebhookPayloadGuestUpdated",
    "ticket.registered": "WebhookPayloadTicketRegistered",
    "calendar.person.subscribed": "WebhookPayloadCalendarPersonSubscribed",
    "calendar.event.added": "WebhookPayloadCalendarEventAdded",
    "calendar.event.submitted": "WebhookPayloadCalendarEventSubmitted",
}


def _as_mapping(body: bytes | bytearray | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        return body
    if isinstance(body, bytes | bytearray):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookParseError(f"webhook body is not UTF-8 text ({exc.reason})") from None
    if not isinstance(body, str):
        raise WebhookParseError(
            f"webhook body must be bytes, str or a mapping, not {type(body).__name__}"
        )
    if not body.strip():
        raise WebhookParseError("webhook body is empty")
    try:
        decoded = _json.loads(body)
    except json.JSONDecodeError as exc:
        raise WebhookParseError(
            f"webhook body is not valid JSON ({exc.msg} at {exc.pos})"
        ) from None
    if not isinstance(decoded, Mapping):
        kind = type(decoded).__name__
        raise WebhookParseError(f"webhook body must be a JSON object, not {kind}")
    return decoded


def parse_webhook(body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookEvent:
    """Return the typed payload for a webhook request body (raw bytes, text or decoded JSON).

    Raises ``WebhookParseError`` naming the problem: not JSON, no ``type``, a type this
    client does not know, or data that does not fit the type's model.
    """
    payload = _as_mapping(body)
    kind = payload.get("type")
    if not isinstance(kind, str):
        raise WebhookParseError('webhook body has no string "type" field')
    class_name = WEBHOOK_TYPES.get(kind)
    if class_name is None:
        known = ", ".join(sorted(WEBHOOK_TYPES))
        raise WebhookParseError(f"unknown webhook type {kind!r}; known types: {known}")
    if not isinstance(payload.get("data"), Mapping):
        raise WebhookParseError(f'webhook {kind!r} has no "data" object')
    from luma_api import models

    model: Any = getattr(models, class_name)
    try:
        parsed: WebhookEvent = model.from_dict(payload)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise WebhookParseError(f"webhook {kind!r} does not match its model: {detail}") from None
    return parsed

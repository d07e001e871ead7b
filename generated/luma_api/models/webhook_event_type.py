from typing import Literal

WebhookEventType = Literal[
    "*",
    "calendar.event.added",
    "calendar.event.submitted",
    "calendar.person.subscribed",
    "event.canceled",
    "event.created",
    "event.updated",
    "guest.registered",
    "guest.updated",
    "ticket.registered",
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "*",
    "calendar.event.added",
    "calendar.event.submitted",
    "calendar.person.subscribed",
    "event.canceled",
    "event.created",
    "event.updated",
    "guest.registered",
    "guest.updated",
    "ticket.registered",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}")

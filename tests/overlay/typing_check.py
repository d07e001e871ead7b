"""The static typing contract of luma_client, checked by mypy --strict (see test_typing.py).

Nothing here runs: the calls sit inside functions that are never called. ``assert_type`` pins the
types mypy must infer, and each ``# type: ignore[code]`` marks a call that MUST be a type error;
strict mode's ``warn_unused_ignores`` fails the check if one of them ever stops being an error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime
from typing import assert_type

import luma_client
from luma_api import Client
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import list_event_guests
from luma_api.models import (
    CreateEventRequest,
    CreateEventResponse,
    Event,
    Guest,
    ListEventGuestsResponse,
)
from luma_client import AsyncPaginator, Paginator, WebhookEvent


def _typing_examples(c: Client) -> None:
    assert_type(luma_client.connect(), luma_client.ConnectedClient)
    connected: Client = luma_client.connect("key-1234", rate_limit=luma_client.RateLimit(500, 60))
    assert_type(connected, Client)  # usable wherever the generated client is expected
    assert_type(
        luma_client.connect().with_headers({"Prefer": "code=404"}), luma_client.ConnectedClient
    )

    event = luma_client.call(get_event.sync_detailed, client=c, event_id="x")
    assert_type(event, Event)
    assert_type(event.id, str)

    created = luma_client.call(
        create_event.sync_detailed,
        client=c,
        body=CreateEventRequest(name="n", start_at=datetime.now(UTC), timezone="UTC"),
    )
    assert_type(created, CreateEventResponse)

    guests = luma_client.paginate(
        list_event_guests.sync_detailed,
        client=c,
        event_id="x",
        approval_status="approved",
        pagination_limit=50,
    )
    assert_type(guests, Paginator[Guest])
    for guest in guests:
        assert_type(guest, Guest)
    assert_type(iter(guests), Iterator[Guest])
    assert_type(guests.cursor, str | None)
    assert_type(guests.finished, bool)
    for page in guests.pages():
        assert_type(page.entries, Sequence[Guest])
        assert_type(page.has_more, bool)

    parsed = luma_client.parse_webhook(b"{}")
    assert_type(parsed, WebhookEvent)
    assert_type(luma_client.parse_webhook("{}"), WebhookEvent)
    assert_type(luma_client.parse_webhook({"type": "event.created"}), WebhookEvent)


async def _async_typing_examples(c: Client) -> None:
    event = await luma_client.acall(get_event.asyncio_detailed, client=c, event_id="x")
    assert_type(event, Event)

    guests = luma_client.apaginate(list_event_guests.asyncio_detailed, client=c, event_id="x")
    assert_type(guests, AsyncPaginator[Guest])
    async for guest in guests:
        assert_type(guest, Guest)
    assert_type(guests.__aiter__(), AsyncIterator[Guest])
    async for page in guests.pages():
        assert_type(page.entries, Sequence[Guest])


def _page_model_is_a_page(page: ListEventGuestsResponse) -> None:
    assert_type(page.entries, list[Guest])


def _negative_examples(c: Client) -> None:
    """Each of these must stay a type error (strict mode rejects an unused ignore)."""
    luma_client.call(get_event.sync_detailed, client=c, event_idd="x")  # type: ignore[call-arg]
    luma_client.call(get_event.sync_detailed, client=c)  # type: ignore[call-arg]
    luma_client.call(get_event.sync_detailed, client=c, event_id=1)  # type: ignore[arg-type]
    luma_client.call(get_event.asyncio_detailed, client=c, event_id="x")  # type: ignore[arg-type]
    luma_client.paginate(
        list_event_guests.sync_detailed,
        client=c,
        event_id="x",
        pagination_limitt=5,  # type: ignore[call-arg]
    )
    luma_client.paginate(
        list_event_guests.sync_detailed,
        client=c,
        event_id="x",
        approval_status="going",  # type: ignore[arg-type]
    )
    luma_client.paginate(get_event.sync_detailed, client=c, event_id="x")  # type: ignore[arg-type]
    luma_client.paginate(list_event_guests.asyncio_detailed, client=c, event_id="x")  # type: ignore[arg-type]
    luma_client.parse_webhook(123)  # type: ignore[arg-type]
    CreateEventRequest(name="n", start_at="2025-01-01T00:00:00Z", timezone="UTC")  # type: ignore[arg-type]
    wrong: Event = luma_client.call(  # type: ignore[assignment]
        create_event.sync_detailed, client=c, body=CreateEventRequest.from_dict({})
    )
    del wrong


async def _async_negative_examples(c: Client) -> None:
    await luma_client.acall(get_event.asyncio_detailed, client=c, event_idd="x")  # type: ignore[call-arg]
    await luma_client.acall(get_event.sync_detailed, client=c, event_id="x")  # type: ignore[arg-type]
    luma_client.apaginate(list_event_guests.sync_detailed, client=c, event_id="x")  # type: ignore[arg-type]

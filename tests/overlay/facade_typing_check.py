"""The static typing contract of ``Luma``/``AsyncLuma``, checked by mypy --strict (test_facade).

Nothing here runs. ``assert_type`` pins what mypy must infer; each ``# type: ignore[code]`` marks
a call that MUST be a type error (strict mode's ``warn_unused_ignores`` fails the check if one
of them ever stops being an error).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, assert_type

import httpx

from luma_api.models import (
    AddCalendarEventLumaRequest,
    AddCalendarEventResponse,
    CreateEventResponse,
    Event,
    Guest,
    ListEventGuestsResponse,
    User,
)
from luma_client import AsyncLuma, AsyncPaginator, Luma, Paginator, RawResponse


def _sync_examples(luma: Luma) -> None:
    assert_type(Luma(), Luma)
    assert_type(Luma("key", rate_limit=None, max_retries=0, timeout=5), Luma)
    event = luma.events.get(event_id="evt-1")
    assert_type(event, Event)
    assert_type(event.id, str)
    created = luma.events.create(name="n", start_at=datetime.now(UTC), timezone="UTC")
    assert_type(created, CreateEventResponse)
    assert_type(luma.users.get_self(), User)
    submission = AddCalendarEventLumaRequest(platform="luma", event_id="evt-1")
    added = luma.calendars.events.add(body=submission)
    assert_type(added, AddCalendarEventResponse)

    guests = luma.events.guests.list(event_id="evt-1", approval_status="approved")
    assert_type(guests, Paginator[Guest])
    assert_type(iter(guests), Iterator[Guest])
    assert_type(guests.cursor, str | None)

    assert_type(luma.with_options(timeout=5, max_retries=0), Luma)
    raw = luma.with_raw_response.events.get(event_id="evt-1")
    assert_type(raw, RawResponse[Event])
    assert_type(raw.parse(), Event)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    page = luma.with_raw_response.events.guests.list(event_id="evt-1")
    assert_type(page.parse(), ListEventGuestsResponse)

    assert_type(luma.get("/v1/new", params={"a": 1}), Any)
    assert_type(luma.post("/v1/new", json={"a": 1}), Any)
    luma.rotate_key("new-key")
    with Luma() as inside:
        assert_type(inside, Luma)
    luma.close()


async def _async_examples(aluma: AsyncLuma) -> None:
    assert_type(await aluma.events.get(event_id="evt-1"), Event)
    guests = aluma.events.guests.list(event_id="evt-1")
    assert_type(guests, AsyncPaginator[Guest])
    assert_type(guests.__aiter__(), AsyncIterator[Guest])
    raw = await aluma.with_raw_response.events.get(event_id="evt-1")
    assert_type(raw, RawResponse[Event])
    assert_type(aluma.with_options(max_retries=0), AsyncLuma)
    assert_type(await aluma.get("/v1/new"), Any)
    async with AsyncLuma() as inside:
        assert_type(inside, AsyncLuma)
    await aluma.close()


def _negative_examples(luma: Luma) -> None:
    """Each of these must stay a type error."""
    luma.events.get(event_idd="x")  # type: ignore[call-arg]
    luma.events.get()  # type: ignore[call-arg]
    luma.events.get("evt-1")  # type: ignore[call-arg]
    luma.events.get(event_id=1)  # type: ignore[arg-type]
    luma.events.guests.list(event_id="x", approval_status="going")  # type: ignore[arg-type]
    luma.calendars.events.lookup(url_query="https://lu.ma/x")  # type: ignore[call-arg]
    luma.events.create(name="n", start_at="2025-01-01", timezone="UTC")  # type: ignore[arg-type]
    luma.events.cancell(event_id="x")  # type: ignore[attr-defined]
    luma.with_options(timeout="5")  # type: ignore[arg-type]
    wrong: Event = luma.events.create(  # type: ignore[assignment]
        name="n", start_at=datetime.now(UTC), timezone="UTC"
    )
    del wrong
    not_a_list: list[Guest] = luma.events.guests.list(event_id="x")  # type: ignore[assignment]
    del not_a_list


async def _async_negative_examples(aluma: AsyncLuma) -> None:
    event: Event = aluma.events.get(event_id="x")  # type: ignore[assignment]
    del event
    for _ in aluma.events.guests.list(event_id="x"):  # type: ignore[attr-defined]
        pass

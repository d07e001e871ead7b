"""Pagination over Fake Luma's store: every item once, opaque signed cursors, a server maximum."""

from __future__ import annotations

from typing import Any

import pytest

import luma_client
from luma_api.api.events import create_event
from luma_api.api.guests import add_event_guests, list_event_guests
from luma_api.models import AddEventGuestsRequest, CreateEventRequest
from luma_client.testing import FakeLuma
from luma_client.testing.fake.handlers import MAX_PAGE_SIZE

pytestmark = pytest.mark.anyio

GUESTS = 1000


def make_event(fake: FakeLuma, client: Any, guests: int) -> str:
    body = {"name": "Big night", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
    event_id = str(
        luma_client.call(
            create_event.sync_detailed, client=client, body=CreateEventRequest.from_dict(body)
        ).id
    )
    emails = [{"email": f"guest{n:04d}@example.com"} for n in range(guests)]
    for start in range(0, guests, 250):
        add = {"event_id": event_id, "guests": emails[start : start + 250]}
        luma_client.call(
            add_event_guests.sync_detailed, client=client, body=AddEventGuestsRequest.from_dict(add)
        )
    return event_id


@pytest.fixture
def big() -> tuple[FakeLuma, Any, str]:
    fake = FakeLuma(check_responses=True)
    client = fake.client()
    return fake, client, make_event(fake, client, GUESTS)


def test_a_thousand_guests_in_pages_of_fifty_sync(big: tuple[FakeLuma, Any, str]) -> None:
    _, client, event_id = big
    pager = luma_client.paginate(
        list_event_guests.sync_detailed, client=client, event_id=event_id, pagination_limit=50
    )
    pages = list(pager.pages())
    assert [len(p.entries) for p in pages] == [50] * 20
    emails = [g.user_email for p in pages for g in p.entries]
    # Documented order: the order guests were added in, each exactly once.
    assert emails == [f"guest{n:04d}@example.com" for n in range(GUESTS)]
    assert all(p.has_more for p in pages[:-1]) and pages[-1].has_more is False
    assert not isinstance(pages[-1].next_cursor, str)
    assert all(isinstance(p.next_cursor, str) for p in pages[:-1])


async def test_a_thousand_guests_in_pages_of_fifty_async(big: tuple[FakeLuma, Any, str]) -> None:
    _, client, event_id = big
    pager = luma_client.apaginate(
        list_event_guests.asyncio_detailed, client=client, event_id=event_id, pagination_limit=50
    )
    ids = [g.id async for g in pager]
    assert len(ids) == GUESTS == len(set(ids))
    table = big[0].state.table(big[0].calendar_id, "guests")
    assert ids == list(table)


def raw_page(fake: FakeLuma, **params: Any) -> tuple[int, dict[str, Any]]:
    import httpx

    with httpx.Client(transport=fake.transport(), base_url="http://luma.fake") as http:
        answer = http.get(
            "/v1/events/guests/list", params=params, headers={"x-luma-api-key": fake.api_key}
        )
    return answer.status_code, answer.json()


def test_limits_are_capped_and_the_last_page_has_no_cursor() -> None:
    fake = FakeLuma(check_responses=True)
    event_id = make_event(fake, fake.client(), 120)
    status, page = raw_page(fake, event_id=event_id, pagination_limit=500)
    assert status == 200 and len(page["entries"]) == MAX_PAGE_SIZE and page["has_more"] is True
    status, last = raw_page(
        fake, event_id=event_id, pagination_limit=500, pagination_cursor=page["next_cursor"]
    )
    assert len(last["entries"]) == 20 and last["has_more"] is False and "next_cursor" not in last
    status, default = raw_page(fake, event_id=event_id)
    assert len(default["entries"]) == 50


def test_stale_foreign_and_altered_cursors_are_400() -> None:
    fake = FakeLuma(check_responses=True)
    client = fake.client()
    first = make_event(fake, client, 10)
    second = make_event(fake, client, 10)
    _, page = raw_page(fake, event_id=first, pagination_limit=3)
    cursor = page["next_cursor"]

    status, answer = raw_page(fake, event_id=second, pagination_limit=3, pagination_cursor=cursor)
    assert status == 400 and "pagination_cursor" in answer["message"]
    altered = cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")
    status, _ = raw_page(fake, event_id=first, pagination_cursor=altered)
    assert status == 400
    status, _ = raw_page(fake, event_id=first, pagination_cursor="not-a-cursor!")
    assert status == 400
    status, resumed = raw_page(fake, event_id=first, pagination_limit=3, pagination_cursor=cursor)
    assert status == 200 and len(resumed["entries"]) == 3

    fake.reset()
    again = make_event(fake, fake.client(), 10)
    assert again == first  # same seed, same requests: same ids ...
    status, _ = raw_page(fake, event_id=again, pagination_limit=3, pagination_cursor=cursor)
    assert status == 400  # ... but cursors from before the reset are stale


def test_removing_a_served_guest_skips_nobody() -> None:
    fake = FakeLuma(check_responses=True)
    event_id = make_event(fake, fake.client(), 10)
    _, page = raw_page(fake, event_id=event_id, pagination_limit=4)
    table = fake.state.table(fake.calendar_id, "guests")
    del table[page["entries"][0]["id"]]  # an entry already served disappears
    _, rest = raw_page(
        fake, event_id=event_id, pagination_limit=10, pagination_cursor=page["next_cursor"]
    )
    served = [g["user_email"] for g in page["entries"] + rest["entries"]]
    assert served == [f"guest{n:04d}@example.com" for n in range(10)]

"""Exactly once: paging 5,000 guests through a server that fails about one request in ten.

The server pages with opaque cursors and injects a deterministic fault on every 10th request
(proxy errors, resets, a closed connection, a timeout). Every guest must come out exactly once
and in order; a server that repeats a cursor must stop the listing with ``PaginationError``;
and a listing stopped midway must resume from ``Paginator.cursor`` without losing anything.
"""

from __future__ import annotations

import base64
import functools
import json
from collections import Counter
from collections.abc import Sequence

import pytest

from luma_api import Client
from luma_api.api.guests import list_event_guests
from luma_api.models import Guest
from luma_client import APIConnectionError, PaginationError, Paginator, apaginate, paginate
from tests.reliability.conftest import Connect, busy_connections
from tests.reliability.data import LIST_GUESTS, event_id, guest, guest_id
from tests.reliability.faulty_server import (
    STATS,
    Behaviour,
    Close,
    FaultyServer,
    Received,
    Reply,
    Reset,
    ResetMidBody,
    Slow,
    html_error,
    json_reply,
)

TOTAL = 5_000
PAGE = 100
ALL_IDS = [guest_id(index) for index in range(TOTAL)]

#: Faults a listing must ride through with max_retries=2 (one per 10 requests, in turn).
TRANSIENT: list[Behaviour] = [
    html_error(503),
    Reset(),
    Close(),
    html_error(502),
    Slow(1.0, Reply(200, b"{}")),
]
#: The same mix with connections reset halfway through a page body.
WITH_MID_BODY_RESETS: list[Behaviour] = [
    ResetMidBody(sent=b'{"has_more": true, "entries": [{"id": "gst-0000'),
    html_error(504),
    Reset(),
    ResetMidBody(),
    html_error(520),
]


def encode_cursor(offset: int) -> str:
    return "cur_" + base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def decode_cursor(cursor: str) -> int:
    offset: int = json.loads(base64.urlsafe_b64decode(cursor.removeprefix("cur_")))["o"]
    return offset


class GuestListing:
    """``GET /v1/events/guests/list`` over ``total`` guests, failing every ``every``-th request.

    Checks on every request that the caller's filters and page size came along.
    """

    def __init__(self, total: int, faults: Sequence[Behaviour] = (), every: int = 10) -> None:
        self.total = total
        self.faults = list(faults)
        self.every = every
        self.injected = 0
        self.pages_served = 0
        self.problems: list[str] = []

    def __call__(self, request: Received, index: int) -> Behaviour:
        if request.param("event_id") != event_id():
            self.problems.append(f"request {index}: event_id filter lost: {request.target}")
        if request.param("approval_status") != "approved":
            self.problems.append(f"request {index}: approval_status lost: {request.target}")
        if self.faults and (index + 1) % self.every == 0:
            self.injected += 1
            return self.faults[(index // self.every) % len(self.faults)]
        limit = int(request.param("pagination_limit") or 50)
        cursor = request.param("pagination_cursor")
        offset = 0 if cursor is None else decode_cursor(cursor)
        end = min(offset + limit, self.total)
        self.pages_served += 1
        return Reply(200, page_body(offset, end, self.total))


def listing(client: Client, cursor: str | None = None) -> Paginator[Guest]:
    if cursor is None:
        return paginate(
            list_event_guests.sync_detailed,
            client=client,
            event_id=event_id(),
            approval_status="approved",
            pagination_limit=PAGE,
        )
    return paginate(
        list_event_guests.sync_detailed,
        client=client,
        event_id=event_id(),
        approval_status="approved",
        pagination_limit=PAGE,
        pagination_cursor=cursor,
    )


@functools.cache
def page_body(offset: int, end: int, total: int) -> bytes:
    """One page of the guest list, built once per run (building 5,000 guests costs ~0.6 s)."""
    has_more = end < total
    page = {
        "entries": [guest(i) for i in range(offset, end)],
        "has_more": has_more,
        "next_cursor": encode_cursor(end) if has_more else None,
    }
    return json.dumps(page).encode()


def duplicates(ids: Sequence[str]) -> int:
    return sum(count - 1 for count in Counter(ids).values())


@pytest.mark.parametrize(
    "faults",
    [
        pytest.param(TRANSIENT, id="proxy-errors-resets-timeouts"),
        pytest.param(WITH_MID_BODY_RESETS, id="with-mid-body-resets"),
    ],
)
def test_every_guest_exactly_once_in_order_despite_faults(
    faults: list[Behaviour], server: FaultyServer, connect: Connect
) -> None:
    guests = GuestListing(TOTAL, faults, every=10)
    server.handle("GET", LIST_GUESTS, guests)
    client = connect(server, max_retries=2)
    name = "with mid-body resets" if faults is WITH_MID_BODY_RESETS else "proxy errors/resets"

    ids: list[str] = []
    error: Exception | None = None
    try:
        ids.extend(g.id for g in listing(client))
    except APIConnectionError as exc:
        error = exc
    finally:
        requests = server.count("GET", LIST_GUESTS)
        dups = duplicates(ids)
        STATS.duplicates += dups
        STATS.notes.append(
            f"exactly-once[{name}]: {len(ids)}/{TOTAL} guests, "
            f"{requests} requests, {guests.injected} faults injected "
            f"({guests.injected / max(requests, 1):.0%}), {dups} duplicates, "
            f"{len(set(ALL_IDS) - set(ids))} missing"
            + ("" if error is None else f", aborted by {type(error).__name__}")
        )

    assert error is None, f"the listing was aborted after {len(ids)} guests: {error}"
    assert dups == 0
    assert ids == ALL_IDS
    assert guests.pages_served == TOTAL // PAGE
    assert guests.injected >= 5 and requests == guests.pages_served + guests.injected
    assert guests.problems == []
    assert busy_connections(client) == 0


@pytest.mark.anyio
async def test_async_every_guest_exactly_once_in_order_despite_faults(
    server: FaultyServer, connect: Connect
) -> None:
    guests = GuestListing(TOTAL, TRANSIENT, every=10)
    server.handle("GET", LIST_GUESTS, guests)
    client = connect(server, max_retries=2)
    try:
        ids = [
            g.id
            async for g in apaginate(
                list_event_guests.asyncio_detailed,
                client=client,
                event_id=event_id(),
                approval_status="approved",
                pagination_limit=PAGE,
            )
        ]
        assert duplicates(ids) == 0
        assert ids == ALL_IDS
        assert guests.injected >= 5
        assert guests.problems == []
        assert busy_connections(client, use_async=True) == 0
    finally:
        await client.get_async_httpx_client().aclose()


# -- a server that repeats cursors ---------------------------------------------------------------


class LoopingListing:
    """Pages of ``PAGE`` guests whose ``next_cursor`` follows ``cursors`` and then loops."""

    def __init__(self, cursors: Sequence[str]) -> None:
        self.cursors = list(cursors)

    def __call__(self, request: Received, index: int) -> Behaviour:
        start = index * PAGE
        return json_reply(
            200,
            {
                "entries": [guest(i) for i in range(start, start + PAGE)],
                "has_more": True,
                "next_cursor": self.cursors[index % len(self.cursors)],
            },
        )


@pytest.mark.parametrize(
    ("cursors", "pages_before_error"),
    [
        pytest.param(["cur_same"], 2, id="same-cursor-again"),
        pytest.param(["cur_a", "cur_b"], 3, id="cycle-of-two"),
    ],
)
def test_a_repeated_cursor_raises_instead_of_looping(
    cursors: list[str], pages_before_error: int, server: FaultyServer, connect: Connect
) -> None:
    server.handle("GET", LIST_GUESTS, LoopingListing(cursors))
    client = connect(server)

    ids: list[str] = []
    with pytest.raises(PaginationError, match="repeated the cursor"):
        ids.extend(g.id for g in listing(client))

    assert server.count("GET", LIST_GUESTS) == pages_before_error
    assert ids == ALL_IDS[: pages_before_error * PAGE], "good pages are delivered first"


def test_a_repeated_cursor_raises_with_pages_too(server: FaultyServer, connect: Connect) -> None:
    server.handle("GET", LIST_GUESTS, LoopingListing(["cur_same"]))
    client = connect(server)

    pages = 0
    with pytest.raises(PaginationError):
        for _ in listing(client).pages():
            pages += 1
            assert pages < 10, "looping"
    assert pages == 2
    assert server.count("GET", LIST_GUESTS) == 2


def test_has_more_without_a_cursor_raises(server: FaultyServer, connect: Connect) -> None:
    page = {"entries": [guest(0)], "has_more": True, "next_cursor": None}
    server.script("GET", LIST_GUESTS, json_reply(200, page))
    client = connect(server)

    with pytest.raises(PaginationError):
        list(listing(client))
    assert server.count("GET", LIST_GUESTS) == 1


# -- stopping and resuming -----------------------------------------------------------------------


@pytest.mark.parametrize("k", [1, 23, TOTAL // PAGE - 1])
def test_resume_after_k_whole_pages(k: int, server: FaultyServer, connect: Connect) -> None:
    guests = GuestListing(TOTAL, TRANSIENT[:2], every=25)
    server.handle("GET", LIST_GUESTS, guests)
    client = connect(server, max_retries=2)

    first = listing(client)
    ids: list[str] = []
    for number, page in enumerate(first.pages(), start=1):
        ids.extend(g.id for g in page.entries)
        if number == k:
            break
    assert not first.finished
    assert first.cursor is not None
    assert decode_cursor(first.cursor) == k * PAGE

    second = listing(client, first.cursor)
    ids.extend(g.id for g in second)

    assert duplicates(ids) == 0
    assert ids == ALL_IDS
    assert second.finished and second.cursor is None
    assert guests.pages_served == TOTAL // PAGE, "no page fetched twice"
    assert guests.problems == []


@pytest.mark.parametrize(
    "stop_after",
    [
        pytest.param(0, id="first-item"),
        pytest.param(1234, id="mid-page"),
        pytest.param(1299, id="last-item-of-a-page"),
    ],
)
def test_resume_after_stopping_mid_page(
    stop_after: int, server: FaultyServer, connect: Connect
) -> None:
    guests = GuestListing(TOTAL, TRANSIENT[:2], every=25)
    server.handle("GET", LIST_GUESTS, guests)
    client = connect(server, max_retries=2)

    first = listing(client)
    delivered: list[str] = []
    for g in first:
        delivered.append(g.id)
        if len(delivered) == stop_after + 1:
            break
    assert delivered == ALL_IDS[: stop_after + 1]
    assert not first.finished

    resumed = [g.id for g in listing(client, first.cursor)]

    # Nothing is lost. Stopping inside a page resumes at that page's start, so the part of it
    # already handed out comes again (and only that part); stopping after a page's last item
    # resumes at the next page.
    handed_out = stop_after + 1
    page_start = handed_out if handed_out % PAGE == 0 else stop_after - stop_after % PAGE
    assert resumed == ALL_IDS[page_start:]
    assert set(delivered) | set(resumed) == set(ALL_IDS)
    assert len(set(delivered) & set(resumed)) == handed_out - page_start

"""paginate()/apaginate() against a fake cursor-paginated guest list."""

from __future__ import annotations

import copy
import gc
from typing import Any

import httpx
import pytest

from luma_api.api.guests import list_event_guests
from luma_api.models import Guest, ListEventGuestsResponse
from luma_client import (
    AsyncPaginator,
    ConfigurationError,
    InternalServerError,
    PaginationError,
    Paginator,
    apaginate,
    connect,
    paginate,
)
from tests.overlay.helpers import KEY, client_for
from tests.specdoc import operations

EVENT_ID = "evt-7AfHSGOBmoz4iLO"
DEFAULT_LIMIT = 50


def _guest_template() -> dict[str, Any]:
    op = next(op for op in operations() if op.operation_id == "list_event_guests")
    examples = op.raw["responses"]["200"]["content"]["application/json"]["examples"]
    entry: dict[str, Any] = next(iter(examples.values()))["value"]["entries"][0]
    return copy.deepcopy(entry)


GUEST = _guest_template()


def guest_id(index: int) -> str:
    return f"gst-{index:06d}"


def ids(n: int, start: int = 0) -> list[str]:
    return [guest_id(i) for i in range(start, n)]


class GuestServer:
    """A Luma-like guest list of ``n`` guests; the cursor is the offset as a string.

    Misbehaviours for the error cases: ``repeat_at`` (page index whose next_cursor repeats an
    earlier cursor), ``no_cursor_at`` (has_more without next_cursor), ``empty_tail`` (the last
    full page says has_more and the next page is empty), ``lie_has_more_false_at``.
    """

    def __init__(
        self,
        n: int,
        *,
        repeat_at: int | None = None,
        repeat_cursor: str | None = None,
        no_cursor_at: int | None = None,
        empty_cursor_value: str | None = None,
        empty_tail: bool = False,
        empty_page_with_more_at: int | None = None,
        stop_at: int | None = None,
        fail_at: int | None = None,
    ) -> None:
        self.n = n
        self.repeat_at = repeat_at
        self.repeat_cursor = repeat_cursor
        self.no_cursor_at = no_cursor_at
        self.empty_cursor_value = empty_cursor_value
        self.empty_tail = empty_tail
        self.empty_page_with_more_at = empty_page_with_more_at
        self.stop_at = stop_at
        self.fail_at = fail_at
        self.requests: list[httpx.Request] = []

    @property
    def count(self) -> int:
        return len(self.requests)

    @property
    def cursors(self) -> list[str | None]:
        return [r.url.params.get("pagination_cursor") for r in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page_index = len(self.requests)
        self.requests.append(request)
        if page_index == self.fail_at:
            return httpx.Response(500, json={"message": "boom"})
        params = request.url.params
        assert params["event_id"] == EVENT_ID
        offset = int(params.get("pagination_cursor", "0"))
        limit = int(params.get("pagination_limit", str(DEFAULT_LIMIT)))
        stop = min(self.n, offset + limit)
        entries = [dict(GUEST, id=guest_id(i)) for i in range(offset, stop)]
        if page_index == self.empty_page_with_more_at:
            entries = []
        has_more = stop < self.n or (self.empty_tail and bool(entries))
        body: dict[str, Any] = {"entries": entries, "has_more": has_more}
        if has_more:
            body["next_cursor"] = str(offset + limit)
        if page_index == self.repeat_at:
            body["next_cursor"] = self.repeat_cursor
        if page_index == self.no_cursor_at:
            if self.empty_cursor_value is None:
                body.pop("next_cursor", None)
            else:
                body["next_cursor"] = self.empty_cursor_value
        if page_index == self.stop_at:
            body["has_more"] = False
        return httpx.Response(200, json=body)


def guests(server: GuestServer, **kwargs: Any) -> Paginator[Guest]:
    return paginate(
        list_event_guests.sync_detailed, client=client_for(server), event_id=EVENT_ID, **kwargs
    )


def aguests(server: GuestServer, **kwargs: Any) -> AsyncPaginator[Guest]:
    return apaginate(
        list_event_guests.asyncio_detailed, client=client_for(server), event_id=EVENT_ID, **kwargs
    )


def pages_needed(n: int, limit: int) -> int:
    return max(1, -(-n // limit))


# -- every item exactly once --------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "limit"),
    [(0, 50), (1, 50), (49, 50), (50, 50), (51, 50), (100, 50), (150, 50), (1234, 50), (7, 1)],
)
def test_every_item_exactly_once_in_order(n: int, limit: int) -> None:
    server = GuestServer(n)
    items = list(guests(server, pagination_limit=limit))
    assert all(isinstance(item, Guest) for item in items)
    assert [item.id for item in items] == ids(n)
    assert server.count == pages_needed(n, limit)
    expected_cursors = [None] + [str(limit * k) for k in range(1, pages_needed(n, limit))]
    assert server.cursors == expected_cursors


def test_default_page_size_is_the_servers() -> None:
    server = GuestServer(120)
    assert [item.id for item in guests(server)] == ids(120)
    assert all("pagination_limit" not in r.url.params for r in server.requests)
    assert server.count == 3


def test_filters_and_limit_are_sent_on_every_page() -> None:
    server = GuestServer(230)
    items = list(
        guests(
            server,
            approval_status="approved",
            sort_column="name",
            sort_direction="desc",
            pagination_limit=25,
        )
    )
    assert len(items) == 230
    assert server.count == 10
    for request in server.requests:
        params = request.url.params
        assert params["event_id"] == EVENT_ID
        assert params["approval_status"] == "approved"
        assert params["sort_column"] == "name"
        assert params["sort_direction"] == "desc"
        assert params["pagination_limit"] == "25"
        assert request.headers["x-luma-api-key"] == KEY


def test_start_cursor_is_honoured() -> None:
    server = GuestServer(130)
    items = list(guests(server, pagination_cursor="100", pagination_limit=20))
    assert [item.id for item in items] == ids(130, start=100)
    assert server.cursors == ["100", "120"]


def test_stops_when_has_more_is_false() -> None:
    server = GuestServer(500, stop_at=1)
    items = list(guests(server, pagination_limit=50))
    assert [item.id for item in items] == ids(100)
    assert server.count == 2


def test_stops_on_an_empty_page_even_if_has_more() -> None:
    server = GuestServer(500, empty_page_with_more_at=2)
    items = list(guests(server, pagination_limit=50))
    assert [item.id for item in items] == ids(100)
    assert server.count == 3


def test_stops_on_an_empty_tail_page() -> None:
    server = GuestServer(100, empty_tail=True)
    items = list(guests(server, pagination_limit=50))
    assert [item.id for item in items] == ids(100)
    assert server.count == 3


# -- servers that break paging ------------------------------------------------------------


@pytest.mark.parametrize(
    ("repeat_at", "repeat_cursor", "delivered_pages"),
    [(1, "10", 2), (2, "10", 3), (3, "20", 4)],
    ids=["same-cursor-again", "back-to-an-earlier-cursor", "cycle"],
)
def test_repeated_cursor_raises_after_delivering_the_good_page(
    repeat_at: int, repeat_cursor: str, delivered_pages: int
) -> None:
    server = GuestServer(1000, repeat_at=repeat_at, repeat_cursor=repeat_cursor)
    seen: list[str] = []
    with pytest.raises(PaginationError, match="repeated the cursor") as info:
        for item in guests(server, pagination_limit=10):
            seen.append(item.id)
    assert seen == ids(10 * delivered_pages)
    assert server.count == delivered_pages
    assert repeat_cursor in str(info.value)


def test_repeating_the_start_cursor_raises() -> None:
    server = GuestServer(1000, repeat_at=0, repeat_cursor="30")
    seen = []
    with pytest.raises(PaginationError):
        for item in guests(server, pagination_limit=10, pagination_cursor="30"):
            seen.append(item.id)
    assert seen == ids(40, start=30)
    assert server.count == 1


@pytest.mark.parametrize("value", [None, ""], ids=["absent", "empty-string"])
def test_has_more_without_next_cursor_raises(value: str | None) -> None:
    server = GuestServer(1000, no_cursor_at=1, empty_cursor_value=value)
    seen: list[str] = []
    with pytest.raises(PaginationError, match="next_cursor"):
        for item in guests(server, pagination_limit=10):
            seen.append(item.id)
    assert seen == ids(20)
    assert server.count == 2


def test_has_more_with_null_next_cursor_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"entries": [dict(GUEST)], "has_more": True, "next_cursor": None}
        )

    client = connect(
        KEY, base_url="https://api.test", rate_limit=None, transport=httpx.MockTransport(handler)
    )
    paginator = paginate(list_event_guests.sync_detailed, client=client, event_id=EVENT_ID)
    seen: list[Guest] = []
    with pytest.raises(PaginationError):
        seen.extend(paginator)
    assert len(seen) == 1


def test_server_error_mid_listing_is_typed_and_keeps_delivered_items() -> None:
    server = GuestServer(100, fail_at=2)
    paginator = guests(server, pagination_limit=10)
    seen: list[str] = []
    with pytest.raises(InternalServerError):
        for item in paginator:
            seen.append(item.id)
    assert seen == ids(20)
    assert paginator.cursor == "20"
    resumed = [item.id for item in guests(GuestServer(100), pagination_cursor=paginator.cursor)]
    assert seen + resumed == ids(100)


# -- pages() and the resume cursor --------------------------------------------------------


def test_pages_yields_page_objects() -> None:
    server = GuestServer(120)
    pages = list(guests(server, pagination_limit=50).pages())
    assert all(isinstance(page, ListEventGuestsResponse) for page in pages)
    assert [len(page.entries) for page in pages] == [50, 50, 20]
    assert [page.has_more for page in pages] == [True, True, False]
    assert [entry.id for page in pages for entry in page.entries] == ids(120)


def test_pages_of_an_empty_listing() -> None:
    server = GuestServer(0)
    paginator = guests(server)
    pages = list(paginator.pages())
    assert len(pages) == 1
    assert list(pages[0].entries) == []
    assert paginator.finished
    assert paginator.cursor is None


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_cursor_after_whole_pages_resumes_at_the_next_page(k: int) -> None:
    n, limit = 230, 50
    server = GuestServer(n)
    paginator = guests(server, pagination_limit=limit)
    consumed: list[str] = []
    for index, page in enumerate(paginator.pages()):
        consumed.extend(entry.id for entry in page.entries)
        if index + 1 == k:
            break
    assert paginator.cursor == str(k * limit)
    assert not paginator.finished
    resume_server = GuestServer(n)
    rest = [
        item.id
        for item in guests(
            resume_server, pagination_limit=limit, pagination_cursor=paginator.cursor
        )
    ]
    assert consumed + rest == ids(n)
    assert resume_server.cursors[0] == str(k * limit)


def test_cursor_after_whole_pages_of_items_resumes_without_duplicates() -> None:
    server = GuestServer(130)
    paginator = guests(server, pagination_limit=20)
    consumed: list[str] = []
    for item in paginator:
        consumed.append(item.id)
        if len(consumed) == 40:
            break
    assert paginator.cursor == "40"
    rest = [
        item.id for item in guests(GuestServer(130), pagination_limit=20, pagination_cursor="40")
    ]
    assert consumed + rest == ids(130)


@pytest.mark.parametrize("stop_after", [1, 25, 49, 51, 75, 99, 101])
def test_mid_page_stop_resumes_from_the_current_page(stop_after: int) -> None:
    n, limit = 130, 50
    paginator = guests(GuestServer(n), pagination_limit=limit)
    consumed: list[str] = []
    for item in paginator:
        consumed.append(item.id)
        if len(consumed) == stop_after:
            break
    page_start = (stop_after - 1) // limit * limit
    expected_cursor = None if page_start == 0 else str(page_start)
    assert paginator.cursor == expected_cursor
    assert not paginator.finished
    rest = [
        item.id
        for item in guests(
            GuestServer(n), pagination_limit=limit, pagination_cursor=paginator.cursor
        )
    ]
    assert rest == ids(n, start=page_start)
    assert set(consumed) | set(rest) == set(ids(n))  # nothing lost


def test_finished_and_cursor_through_a_listing() -> None:
    paginator = guests(GuestServer(60), pagination_limit=50)
    assert not paginator.finished
    assert paginator.cursor is None
    seen = 0
    for _ in paginator:
        seen += 1
        assert not paginator.finished or seen == 60
    assert seen == 60
    assert paginator.finished
    assert paginator.cursor is None


def test_finished_after_pages() -> None:
    paginator = guests(GuestServer(60), pagination_limit=50)
    pages = paginator.pages()
    next(pages)
    assert not paginator.finished
    assert paginator.cursor == "50"
    next(pages)
    assert paginator.finished
    assert paginator.cursor is None
    with pytest.raises(StopIteration):
        next(pages)


# Regression: `finished` was computed as "done and resume is None", but on the FIRST page (no
# start cursor) resume is None both mid-page and when all is done, so stopping mid-way through
# a single-page listing reported finished=True although entries were never handed out.
def test_not_finished_when_stopping_mid_way_through_a_single_page() -> None:
    paginator = guests(GuestServer(3), pagination_limit=50)
    iterator = iter(paginator)
    first = next(iterator)
    assert first.id == guest_id(0)
    assert paginator.cursor is None  # resuming restarts the only page: nothing lost
    assert paginator.finished is False  # two guests have not been handed out yet


# Regression: handed_out() used to be called per entry only, so when the final page is EMPTY (a
# server that says has_more=true on the last full page, or an empty listing started from a
# cursor) the end of the listing was never recorded: after the iterator was exhausted,
# finished stayed False and cursor pointed at the empty page.
def test_finished_after_exhausting_a_listing_whose_last_page_is_empty() -> None:
    paginator = guests(GuestServer(100, empty_tail=True), pagination_limit=50)
    assert len(list(paginator)) == 100
    assert paginator.finished is True
    assert paginator.cursor is None


def test_finished_after_exhausting_an_empty_listing_from_a_start_cursor() -> None:
    paginator = guests(GuestServer(100), pagination_limit=50, pagination_cursor="100")
    assert list(paginator) == []
    assert paginator.finished is True
    assert paginator.cursor is None


# -- argument checks and single use -------------------------------------------------------


@pytest.mark.parametrize("limit", [0, -5])
def test_bad_limit_raises_before_any_request(limit: int) -> None:
    server = GuestServer(10)
    with pytest.raises(ValueError, match="pagination_limit"):
        guests(server, pagination_limit=limit)
    assert server.count == 0


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [0, -5])
async def test_bad_limit_raises_before_any_request_async(limit: int) -> None:
    server = GuestServer(10)
    with pytest.raises(ValueError, match="pagination_limit"):
        aguests(server, pagination_limit=limit)
    assert server.count == 0


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"pagination_limit": "50"}, ConfigurationError),
        ({"pagination_limit": 2.5}, ConfigurationError),
        ({"pagination_limit": True}, ConfigurationError),
        ({"pagination_cursor": 100}, ConfigurationError),
    ],
)
def test_wrongly_typed_paging_arguments(kwargs: dict[str, Any], error: type[Exception]) -> None:
    server = GuestServer(10)
    with pytest.raises(error):
        guests(server, **kwargs)
    assert server.count == 0


def test_positional_arguments_are_refused() -> None:
    operation: Any = list_event_guests.sync_detailed
    with pytest.raises(TypeError, match="keyword"):
        paginate(operation, "positional")


def test_no_request_until_iteration() -> None:
    server = GuestServer(10)
    paginator = guests(server)
    assert server.count == 0
    assert list(paginator)
    assert server.count == 1


def test_iterating_twice_raises() -> None:
    server = GuestServer(30)
    paginator = guests(server, pagination_limit=10)
    assert len(list(paginator)) == 30
    with pytest.raises(RuntimeError, match="once"):
        list(paginator)
    assert server.count == 3


def test_pages_after_iteration_raises() -> None:
    paginator = guests(GuestServer(30), pagination_limit=10)
    next(iter(paginator))
    with pytest.raises(RuntimeError):
        list(paginator.pages())


# -- one page in memory -------------------------------------------------------------------


def alive(cls: type) -> int:
    """How many instances of ``cls`` are still in memory (after a full collection)."""
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) is cls)


def test_pages_holds_one_page_at_a_time() -> None:
    """The real generated function, unwrapped: what users get."""
    client = client_for(GuestServer(500))
    paginator = paginate(
        list_event_guests.sync_detailed, client=client, event_id=EVENT_ID, pagination_limit=50
    )
    pages, guests = alive(ListEventGuestsResponse), alive(Guest)  # other tests' leftovers
    count = 0
    for page in paginator.pages():
        assert alive(ListEventGuestsResponse) == pages + 1
        assert alive(Guest) == guests + len(page.entries) == guests + 50
        count += len(page.entries)
    assert count == 500


def test_iteration_holds_one_page_at_a_time() -> None:
    client = client_for(GuestServer(500))
    paginator = paginate(
        list_event_guests.sync_detailed, client=client, event_id=EVENT_ID, pagination_limit=50
    )
    pages, guests = alive(ListEventGuestsResponse), alive(Guest)  # other tests' leftovers
    seen = 0
    for index, item in enumerate(paginator):
        seen += 1
        if index % 50 == 0:
            del item
            assert alive(ListEventGuestsResponse) == pages + 1
            assert alive(Guest) == guests + 50
    assert seen == 500


# -- async --------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("n", "limit"), [(0, 50), (1, 50), (100, 50), (1234, 50)])
async def test_async_every_item_exactly_once(n: int, limit: int) -> None:
    server = GuestServer(n)
    items = [item async for item in aguests(server, pagination_limit=limit)]
    assert all(isinstance(item, Guest) for item in items)
    assert [item.id for item in items] == ids(n)
    assert server.count == pages_needed(n, limit)


@pytest.mark.anyio
async def test_async_filters_kept_on_every_page() -> None:
    server = GuestServer(95)
    items = [
        item
        async for item in aguests(
            server, approval_status="waitlist", sort_column="registered_at", pagination_limit=10
        )
    ]
    assert len(items) == 95
    assert server.count == 10
    for request in server.requests:
        assert request.url.params["approval_status"] == "waitlist"
        assert request.url.params["sort_column"] == "registered_at"
        assert request.url.params["pagination_limit"] == "10"


@pytest.mark.anyio
async def test_async_start_cursor_and_pages() -> None:
    server = GuestServer(75)
    paginator = aguests(server, pagination_limit=20, pagination_cursor="20")
    pages = [page async for page in paginator.pages()]
    assert [len(page.entries) for page in pages] == [20, 20, 15]
    assert server.cursors == ["20", "40", "60"]
    assert paginator.finished
    assert paginator.cursor is None


@pytest.mark.anyio
async def test_async_repeated_cursor_raises_after_the_good_page() -> None:
    server = GuestServer(1000, repeat_at=1, repeat_cursor="10")
    seen: list[str] = []
    with pytest.raises(PaginationError):
        async for item in aguests(server, pagination_limit=10):
            seen.append(item.id)
    assert seen == ids(20)
    assert server.count == 2


@pytest.mark.anyio
async def test_async_empty_page_stops() -> None:
    server = GuestServer(500, empty_page_with_more_at=1)
    items = [item async for item in aguests(server, pagination_limit=50)]
    assert len(items) == 50
    assert server.count == 2


@pytest.mark.anyio
async def test_async_cursor_resume_and_single_use() -> None:
    paginator = aguests(GuestServer(130), pagination_limit=50)
    consumed: list[str] = []
    async for page in paginator.pages():
        consumed.extend(entry.id for entry in page.entries)
        break
    assert paginator.cursor == "50"
    rest = [
        item.id
        async for item in aguests(GuestServer(130), pagination_limit=50, pagination_cursor="50")
    ]
    assert consumed + rest == ids(130)
    with pytest.raises(RuntimeError):
        async for _ in paginator:
            pass


@pytest.mark.anyio
async def test_async_finished_after_exhausting_a_listing_whose_last_page_is_empty() -> None:
    # Same regression as the sync test above, in AsyncPaginator.__aiter__.
    paginator = aguests(GuestServer(100, empty_tail=True), pagination_limit=50)
    assert len([item async for item in paginator]) == 100
    assert paginator.finished is True
    assert paginator.cursor is None

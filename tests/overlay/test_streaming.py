"""Streamed pages: paginate() decodes each entry only when it is reached, with call()'s errors."""

from __future__ import annotations

import functools
import gc
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from luma_api import Client
from luma_api.api.events import get_event
from luma_api.api.guests import list_event_guests
from luma_api.models import Guest
from luma_client import APIResponseValidationError, apaginate, call, paginate
from luma_client._streaming import plan_for
from tests.generated.helpers import model_class, operation_module
from tests.overlay.helpers import KEY, Handler, Server, no_secret
from tests.overlay.helpers import client_for as overlay
from tests.reliability.data import guest, guest_id
from tests.specdoc import Operation, example, operations, resolve

EVENT_ID = "evt-7AfHSGOBmoz4iLO"
GUEST: dict[str, Any] = guest(0)


def _property_names(schema: dict[str, Any]) -> set[str]:
    """Every property a schema declares, through ``allOf``."""
    schema = resolve(schema)
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _property_names(part)
    return names


def _pages(op: Operation) -> bool:
    response = op.raw["responses"].get("200")
    return response is not None and "has_more" in _property_names(
        response["content"]["application/json"]["schema"]
    )


PAGED = [op for op in operations() if _pages(op)]


def _required_arguments(op: Operation) -> dict[str, str]:
    parameters = [resolve(p) for p in op.raw.get("parameters", [])]
    return {p["name"]: "id-1" for p in parameters if p.get("required")}


class Pages:
    """Serves ``pages`` in order (the cursor is the page's index) and records every request."""

    def __init__(self, *pages: list[dict[str, Any]]) -> None:
        self.pages = pages
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = int(request.url.params.get("pagination_cursor", "0"))
        body: dict[str, Any] = {
            "entries": self.pages[index],
            "has_more": index + 1 < len(self.pages),
        }
        if body["has_more"]:
            body["next_cursor"] = str(index + 1)
        return httpx.Response(200, json=body)


def plain(handler: Handler) -> Client:
    return Client(
        base_url="https://api.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def live_guests() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) is Guest)


# -- which operations stream ------------------------------------------------------------------


def test_every_paging_operation_streams_in_both_twins() -> None:
    assert len(PAGED) >= 9
    for op in PAGED:
        module = operation_module(op)
        page_model = model_class(
            op.raw["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        )
        sync_plan = plan_for(module.sync_detailed, asynchronous=False)
        async_plan = plan_for(module.asyncio_detailed, asynchronous=True)
        assert sync_plan is not None and async_plan is not None, op.operation_id
        assert sync_plan.page_model is page_model and async_plan.page_model is page_model
        assert plan_for(module.sync_detailed, asynchronous=True) is None
        assert plan_for(module.asyncio_detailed, asynchronous=False) is None


def _wrapped(**kwargs: Any) -> Any:
    return list_event_guests.sync_detailed(**kwargs)


def sync_detailed(**kwargs: Any) -> Any:
    """Has the generated function's name, not its module."""
    return list_event_guests.sync_detailed(**kwargs)


@pytest.mark.parametrize(
    ("operation", "asynchronous"),
    [
        pytest.param(_wrapped, False, id="a wrapper"),
        pytest.param(functools.partial(list_event_guests.sync_detailed), False, id="a partial"),
        pytest.param(sync_detailed, False, id="same name, another module"),
        pytest.param(list_event_guests.asyncio_detailed, False, id="async twin for sync"),
        pytest.param(list_event_guests.sync_detailed, True, id="sync twin for async"),
        pytest.param(get_event.sync_detailed, False, id="not a list"),
    ],
)
def test_anything_else_is_left_to_call(
    operation: Callable[..., object], asynchronous: bool
) -> None:
    assert plan_for(operation, asynchronous=asynchronous) is None


def test_a_wrapper_still_paginates_through_call() -> None:
    server = Pages([guest(0), guest(1)], [guest(2)])
    items = list(paginate(_wrapped, client=overlay(server), event_id=EVENT_ID))
    assert [item.id for item in items] == [guest_id(0), guest_id(1), guest_id(2)]


# -- the same entries as whole pages ----------------------------------------------------------


@pytest.mark.parametrize("op", PAGED, ids=lambda op: op.operation_id)
def test_streamed_entries_equal_whole_pages(op: Operation) -> None:
    module = operation_module(op)
    client = overlay(Server(json_body=example(op.operation_id)))
    arguments = _required_arguments(op)
    streamed = list(paginate(module.sync_detailed, client=client, **arguments))
    whole = [
        e
        for page in paginate(module.sync_detailed, client=client, **arguments).pages()
        for e in page.entries
    ]
    assert streamed and streamed == whole
    assert type(streamed[0]).__name__ != "dict"


@pytest.mark.anyio
@pytest.mark.parametrize("op", PAGED, ids=lambda op: op.operation_id)
async def test_async_streamed_entries_equal_whole_pages(op: Operation) -> None:
    module = operation_module(op)
    client = overlay(Server(json_body=example(op.operation_id)))
    arguments = _required_arguments(op)
    streamed = [e async for e in apaginate(module.asyncio_detailed, client=client, **arguments)]
    whole = [
        e
        async for page in apaginate(module.asyncio_detailed, client=client, **arguments).pages()
        for e in page.entries
    ]
    assert streamed and streamed == whole


def test_unknown_fields_of_entries_are_kept() -> None:
    server = Pages([dict(guest(0), future_field={"a": 1})])
    (item,) = paginate(list_event_guests.sync_detailed, client=overlay(server), event_id=EVENT_ID)
    assert item.additional_properties == {"future_field": {"a": 1}}


# -- one entry at a time ----------------------------------------------------------------------


def test_entries_are_built_as_they_are_reached_and_not_kept() -> None:
    server = Pages([guest(i) for i in range(50)], [guest(i) for i in range(50, 60)])
    paginator = paginate(list_event_guests.sync_detailed, client=overlay(server), event_id=EVENT_ID)
    before = live_guests()
    handed_out: list[weakref.ref[Guest]] = []
    for index, item in enumerate(paginator):
        handed_out.append(weakref.ref(item))
        if index in (0, 25, 55):
            assert live_guests() - before == 1  # only the entry in hand exists
        del item
    assert len(handed_out) == 60
    assert all(ref() is None for ref in handed_out)


def test_whole_pages_are_still_decoded_at_once() -> None:
    server = Pages([guest(i) for i in range(50)])
    paginator = paginate(list_event_guests.sync_detailed, client=overlay(server), event_id=EVENT_ID)
    before = live_guests()
    for page in paginator.pages():
        assert live_guests() - before == 50
        del page


# -- a bad entry ------------------------------------------------------------------------------


def _broken(index: int) -> dict[str, Any]:
    entry = guest(index)
    del entry["user_email"]
    entry["echo"] = f"key was {KEY}"
    return entry


@pytest.mark.parametrize("bad", [0, 1, 2], ids=["first", "middle", "last"])
def test_a_bad_entry_raises_after_the_good_ones_and_the_page_comes_again(bad: int) -> None:
    second = [guest(3), guest(4), guest(5)]
    second[bad] = _broken(4)
    server = Pages([guest(0), guest(1), guest(2)], second, [guest(6)])
    paginator = paginate(list_event_guests.sync_detailed, client=overlay(server), event_id=EVENT_ID)
    received: list[str] = []
    with pytest.raises(APIResponseValidationError) as caught:
        for item in paginator:
            received.append(item.id)
    assert received == [guest_id(0), guest_id(1), guest_id(2)] + [e["id"] for e in second[:bad]]
    error = caught.value
    assert error.status_code == 200
    assert "list_event_guests" in str(error) and "an entry: KeyError: 'user_email'" in str(error)
    assert f'"{guest_id(4)}"' in error.body and "[REDACTED]" in error.body
    no_secret(error)
    assert error.__context__ is None
    assert paginator.cursor == "1" and not paginator.finished

    server.pages = ([], [guest(3), guest(4), guest(5)], [guest(6)])  # the server mends it
    resumed = paginate(
        list_event_guests.sync_detailed,
        client=overlay(server),
        event_id=EVENT_ID,
        pagination_cursor=paginator.cursor,
    )
    assert [item.id for item in resumed] == [guest_id(3), guest_id(4), guest_id(5), guest_id(6)]


@pytest.mark.anyio
async def test_async_bad_entry_raises_after_the_good_ones() -> None:
    server = Pages([guest(0), _broken(1), guest(2)])
    paginator = apaginate(
        list_event_guests.asyncio_detailed, client=overlay(server), event_id=EVENT_ID
    )
    received = []
    with pytest.raises(APIResponseValidationError, match="user_email"):
        async for item in paginator:
            received.append(item.id)
    assert received == [guest_id(0)]
    assert paginator.cursor is None and not paginator.finished


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        pytest.param(
            {"entries": {"a": 1}, "has_more": False}, "entries is a dict", id="entries not a list"
        ),
        pytest.param({"has_more": False}, "KeyError: 'entries'", id="no entries"),
        pytest.param({"entries": [GUEST]}, "KeyError: 'has_more'", id="no has_more"),
        pytest.param([GUEST], "TypeError", id="a list"),
        pytest.param(b'{"entries": [', "JSONDecodeError", id="truncated JSON"),
    ],
)
def test_a_bad_envelope_raises_before_any_entry(body: object, reason: str) -> None:
    server = Server(content=body) if isinstance(body, bytes) else Server(json_body=body)
    received = []
    with pytest.raises(APIResponseValidationError) as caught:
        for item in paginate(
            list_event_guests.sync_detailed, client=overlay(server), event_id=EVENT_ID
        ):
            received.append(item)
    assert received == []
    assert reason in str(caught.value) and caught.value.status_code == 200


# -- without the overlay's transports, and bad arguments ---------------------------------------


def test_a_plain_client_streams_too() -> None:
    server = Pages([guest(0), guest(1)], [guest(2)])
    items = list(paginate(list_event_guests.sync_detailed, client=plain(server), event_id=EVENT_ID))
    assert [item.id for item in items] == [guest_id(0), guest_id(1), guest_id(2)]


def test_a_plain_client_reports_a_bad_entry_as_call_does() -> None:
    server = Pages([_broken(0)])
    with pytest.raises(KeyError, match="user_email"):
        call(list_event_guests.sync_detailed, client=plain(server), event_id=EVENT_ID)
    with pytest.raises(KeyError, match="user_email"):
        list(paginate(list_event_guests.sync_detailed, client=plain(server), event_id=EVENT_ID))


def test_a_plain_client_reports_another_status_as_call_does() -> None:
    handler = Server(404, json_body={"message": "gone"})
    with pytest.raises(APIResponseValidationError) as from_call:
        call(list_event_guests.sync_detailed, client=plain(handler), event_id=EVENT_ID)
    with pytest.raises(APIResponseValidationError) as from_paginate:
        list(paginate(list_event_guests.sync_detailed, client=plain(handler), event_id=EVENT_ID))
    assert str(from_paginate.value) == str(from_call.value)
    assert "documents no success model" in str(from_paginate.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(
            {"event_id": EVENT_ID, "bogus": 1},
            "sync_detailed() got an unexpected keyword argument 'bogus'",
            id="unknown",
        ),
        pytest.param(
            {}, "sync_detailed() missing 1 required keyword-only argument: 'event_id'", id="missing"
        ),
    ],
)
def test_bad_arguments_raise_the_operations_own_error_before_any_request(
    kwargs: dict[str, Any], message: str
) -> None:
    server = Pages([guest(0)])
    with pytest.raises(TypeError) as caught:
        list(paginate(list_event_guests.sync_detailed, client=overlay(server), **kwargs))
    assert message in str(caught.value)
    assert server.requests == []


def test_no_client_raises_the_operations_own_error() -> None:
    with pytest.raises(
        TypeError, match="sync_detailed\\(\\) missing 1 required keyword-only argument: 'client'"
    ):
        list(paginate(list_event_guests.sync_detailed, event_id=EVENT_ID))  # type: ignore[call-arg]

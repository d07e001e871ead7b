"""Figures 7-9: what the resource-style ``Luma`` client costs over what it is built on.

7. ``luma.events.get`` vs ``luma_client.call(get_event.sync_detailed)`` over loopback.
8. Iterating 10,000 guests through ``luma.events.guests.list`` vs a raw httpx loop.
9. Building ``Luma()`` vs ``connect()`` (each closed again, so no pool piles up).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

import luma_client
from luma_api.api.events import get_event
from luma_client import Luma

from . import _common, _payloads, _server, paginate

GET_KEY = "facade_get"
PAGINATE_KEY = "facade_paginate"
INIT_KEY = "facade_init"
GET_TARGET = 1.03
PAGINATE_TARGET = 1.2
INIT_TARGET = 1.2
_HEADERS = {"x-luma-api-key": _payloads.API_KEY, "accept": "application/json"}

CALL = "`luma_client.call(get_event.sync_detailed)` on `connect(...)` (baseline)"
FACADE_GET = "`luma.events.get(event_id=...)` on `Luma(...)`"
RAW_LOOP = paginate.BASELINE
PAGINATE = "diagnostic: `luma_client.paginate(list_event_guests.sync_detailed, ...)`"
FACADE_LIST = "`for guest in luma.events.guests.list(event_id=..., pagination_limit=100)`"
CONNECT = "`connect(api_key, base_url=...)` then `.get_httpx_client().close()` (baseline)"
FACADE_INIT = "`Luma(api_key, base_url=...)` then `.close()`"


def _figure(
    key: str, title: str, what: str, rows: list[_common.Row], target: float
) -> _common.Figure:
    judged = next(row for row in rows if row.target)
    assert judged.ratio is not None and judged.met is not None
    return _common.Figure(
        key=key,
        title=title,
        what=what,
        rows=rows,
        target=f"<= {target:g}x",
        met=judged.met,
        headline=f"{judged.ratio:.2f}x",
    )


def run_get() -> _common.Figure:
    with _server.serve() as base_url:
        client = luma_client.connect(_payloads.API_KEY, base_url=base_url, rate_limit=None)
        luma = Luma(_payloads.API_KEY, base_url=base_url, rate_limit=None)
        try:
            contenders: dict[str, Callable[[], object]] = {
                CALL: lambda: luma_client.call(
                    get_event.sync_detailed, client=client, event_id=_payloads.EVENT_ID
                ),
                FACADE_GET: lambda: luma.events.get(event_id=_payloads.EVENT_ID),
            }
            for fetch in contenders.values():
                assert getattr(fetch(), "id", None) == _payloads.EVENT_ID
            stats = _common.interleaved(contenders, rounds=25, inner=120)
        finally:
            client.get_httpx_client().close()
            luma.close()
    rows = [
        _common.time_row(CALL, stats[CALL]),
        _common.time_row(FACADE_GET, stats[FACADE_GET], stats[CALL], GET_TARGET),
    ]
    return _figure(
        GET_KEY,
        "7. `luma.events.get` vs `call(get_event.sync_detailed)`",
        "Figure 1's request (the example event from a loopback keep-alive server), once through "
        "the resource-style client and once through `call()` on `connect()`. Time per request.",
        rows,
        GET_TARGET,
    )


def _facade_iterate(luma: Luma) -> int:
    count = 0
    for _guest in luma.events.guests.list(
        event_id=_payloads.EVENT_ID, pagination_limit=paginate.PAGE
    ):
        count += 1
    return count


def run_paginate() -> _common.Figure:
    with _server.serve(guests=paginate.GUESTS) as base_url:
        raw = httpx.Client(base_url=base_url, headers=_HEADERS, timeout=30)
        client = luma_client.connect(_payloads.API_KEY, base_url=base_url, rate_limit=None)
        luma = Luma(_payloads.API_KEY, base_url=base_url, rate_limit=None)
        try:
            contenders: dict[str, Callable[[], int]] = {
                RAW_LOOP: lambda: paginate.raw_iterate(raw),
                PAGINATE: lambda: paginate.overlay_iterate(client),
                FACADE_LIST: lambda: _facade_iterate(luma),
            }
            for iterate in contenders.values():
                assert iterate() == paginate.GUESTS
            stats = _common.interleaved(contenders, rounds=10, inner=1, warmup=0)
        finally:
            raw.close()
            client.get_httpx_client().close()
            luma.close()
    baseline = stats[RAW_LOOP]
    rows = [
        _common.time_row(RAW_LOOP, baseline),
        _common.time_row(PAGINATE, stats[PAGINATE], baseline),
        _common.time_row(FACADE_LIST, stats[FACADE_LIST], baseline, PAGINATE_TARGET),
    ]
    return _figure(
        PAGINATE_KEY,
        "8. 10,000 guests through `luma.events.guests.list`",
        "Figure 4's listing (10,000 guests in pages of 100 over loopback), iterated through the "
        "resource-style client, against the hand-written raw httpx loop. Time per listing.",
        rows,
        PAGINATE_TARGET,
    )


def _connect_and_close() -> None:
    client = luma_client.connect(_payloads.API_KEY, base_url="http://127.0.0.1:9")
    client.get_httpx_client().close()


def _luma_and_close() -> None:
    Luma(_payloads.API_KEY, base_url="http://127.0.0.1:9").close()


def run_init() -> _common.Figure:
    contenders = {CONNECT: _connect_and_close, FACADE_INIT: _luma_and_close}
    stats = _common.interleaved(contenders, rounds=15, inner=10)
    rows = [
        _common.time_row(CONNECT, stats[CONNECT]),
        _common.time_row(FACADE_INIT, stats[FACADE_INIT], stats[CONNECT], INIT_TARGET),
    ]
    return _figure(
        INIT_KEY,
        "9. Building `Luma()` vs `connect()`",
        "A client built with the defaults (TLS context, transports, retry and rate-limit layers, "
        "auth) and closed unused; nothing is sent. Time per client.",
        rows,
        INIT_TARGET,
    )

"""The in-process way in: one object that is both a sync and an async httpx transport.

Like ``httpx.MockTransport``, it answers from memory: no socket, no thread, no event-loop
work beyond reading the request body. A fault's delay sleeps (an async sleep for the async
client) and becomes ``httpx.ReadTimeout`` when it outlasts the read timeout; a reset is
``httpx.ReadError``, as a cut connection is for a real client.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from ._core import Outcome, Request, query_pairs

__all__ = ["FakeTransport", "core_request"]


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each httpx request to ``outcome_of`` (the control layer) and returns its answer."""

    def __init__(self, outcome_of: Callable[[Request], Outcome]) -> None:
        self._outcome_of = outcome_of

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._outcome_of(core_request(request, request.read()))
        wait, timed_out = _wait_of(outcome, request)
        if wait:
            time.sleep(wait)
        return _finish(outcome, request, timed_out)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._outcome_of(core_request(request, await request.aread()))
        wait, timed_out = _wait_of(outcome, request)
        if wait:
            import anyio  # an httpx dependency; works under asyncio and trio

            await anyio.sleep(wait)
        return _finish(outcome, request, timed_out)


def core_request(request: httpx.Request, body: bytes) -> Request:
    """The core's view of an httpx request: a plain dict of lower-case headers, built in one
    pass (each lookup on ``httpx.Headers`` re-encodes the name and scans every header)."""
    url = request.url
    query = url.query
    return Request(
        method=request.method,
        path=url.path,
        query=query_pairs(query.decode("ascii")) if query else (),
        headers={
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in request.headers.raw
        },
        body=body,
    )


def _wait_of(outcome: Outcome, request: httpx.Request) -> tuple[float, bool]:
    timeout = (request.extensions.get("timeout") or {}).get("read")
    if outcome.delay and timeout is not None and outcome.delay >= timeout:
        return float(timeout), True
    return outcome.delay, False


def _finish(outcome: Outcome, request: httpx.Request, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise httpx.ReadTimeout("Fake Luma answered later than the read timeout", request=request)
    if outcome.reset:
        raise httpx.ReadError("connection reset by Fake Luma (a fault rule)", request=request)
    answer = outcome.response
    return httpx.Response(
        answer.status, headers=list(answer.headers), content=answer.body, request=request
    )

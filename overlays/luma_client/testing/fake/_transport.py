"""The in-process way in: one object that is both a sync and an async httpx transport.

Like ``httpx.MockTransport``, it answers from memory: no socket, no thread, no event-loop
work beyond reading the request body.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl

import httpx

from ._core import Request, Response

__all__ = ["FakeTransport"]


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each httpx request to ``handle`` (the fake's core) and returns its answer."""

    def __init__(self, handle: Callable[[Request], Response]) -> None:
        self._handle = handle

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        return self._respond(request, body)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return self._respond(request, body)

    def _respond(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        query = url.query
        answer = self._handle(
            Request(
                method=request.method,
                path=url.path,
                query=parse_qsl(query.decode("ascii"), keep_blank_values=True) if query else (),
                headers=dict(request.headers.multi_items()),  # lower-case names, one pass
                body=body,
            )
        )
        return httpx.Response(
            answer.status, headers=list(answer.headers), content=answer.body, request=request
        )

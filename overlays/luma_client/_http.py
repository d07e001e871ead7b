"""The httpx clients ``connect()`` builds: typed errors leave them with a clean traceback.

A typed error is raised deep in the transport stack. On its way up it would collect every
frame it passes: httpx's, whose locals hold the ``httpx.Request`` (with the key header) and the
auth object, and ours, which hold the unredacted response. Error reporters (Sentry, rich,
``pytest --showlocals``, ``TracebackException(capture_locals=True)``) print such locals. So
these clients catch every ``LumaError`` at their edge and raise it again from a frame that
holds nothing but the error, with a traceback that starts there.

The async client also remembers the event loop it first ran on: its pooled connections belong
to that loop, and using them from another loop fails deep inside httpcore with a bare
``RuntimeError: Event loop is closed``. A clear ``LumaError`` says so instead.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator
from typing import Any

import httpx

from ._exceptions import LumaError

__all__ = ["LumaAsyncHTTPClient", "LumaHTTPClient"]


def _clean(error: LumaError) -> LumaError:
    """``error`` without the frames it has passed through (the caller's frames are added back)."""
    return error.with_traceback(None)


class LumaHTTPClient(httpx.Client):
    """An ``httpx.Client`` whose typed errors carry no transport frames."""

    def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(*args, **kwargs)
        except LumaError as exc:
            failure = exc
        del self, args, kwargs  # this frame stays in the traceback: keep nothing in it
        raise _clean(failure)

    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            return super().request(*args, **kwargs)
        except LumaError as exc:
            failure = exc
        del self, args, kwargs
        raise _clean(failure)


class LumaAsyncHTTPClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose typed errors carry no transport frames, bound to one loop.

    Its connections belong to the event loop that opened them. When that loop shuts down
    (the end of ``asyncio.run``, or any ``asyncio.Runner``) they are closed while it still
    runs, so nothing leaks and a later loop may use the client afresh. Using it from a second
    loop while the first still holds connections raises a clear ``LumaError``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._guard: AsyncGenerator[None, None] | None = None
        self._closed_unused = False

    def holds_connections(self) -> bool:
        """True while an event loop that is still alive may hold connections of this client."""
        return self._loop is not None and self._loop() is not None

    def close_unused(self) -> None:
        """Close a client that holds no connection, without an event loop (from sync code)."""
        if self.holds_connections():
            raise LumaError(
                "close() cannot close async connections while their event loop may still use "
                "them; in async code use `await client.aclose()` or `async with`"
            )
        self._closed_unused = True

    @property
    def is_closed(self) -> bool:
        return self._closed_unused or super().is_closed

    async def _bind_loop(self) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            return  # another async library (trio): it has no loop objects to compare
        bound = None if self._loop is None else self._loop()
        if bound is running:
            return
        if bound is not None:
            raise LumaError(
                "this client's async connections belong to another event loop, which is "
                f"{'closed' if bound.is_closed() else 'still running'}; use one client per "
                "event loop (create it inside the loop, e.g. in `async with connect() as "
                "client:`), or close it with `await client.aclose()` on its own loop first"
            )
        self._loop = weakref.ref(running)
        self._guard = self._release_when_the_loop_ends()
        await anext(self._guard)  # asyncio now finalizes it when the loop shuts down

    async def _release_when_the_loop_ends(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if not self.is_closed:
                await self._transport.aclose()  # the pool opens new connections on next use
            self._loop = None

    async def aclose(self) -> None:
        await super().aclose()
        self._loop = None

    async def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            if self._closed_unused:
                raise LumaError("this client has been closed; connect() a new one")
            await self._bind_loop()
            return await super().send(*args, **kwargs)
        except LumaError as exc:
            failure = exc
        del self, args, kwargs
        raise _clean(failure)

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            return await super().request(*args, **kwargs)
        except LumaError as exc:
            failure = exc
        del self, args, kwargs
        raise _clean(failure)

"""The shape shared by the overlay's transports: one layer over another transport.

The inner transport may be sync, async or both (``httpx.MockTransport`` is both); each layer
uses the half a request needs and says clearly when it is missing.
"""

from __future__ import annotations

import httpx

__all__ = ["WrappingTransport"]


class WrappingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Holds the inner transport, hands out its sync or async half, and closes it."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def _sync_inner(self) -> httpx.BaseTransport:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise TypeError(
                f"{self._inner!r} is not a sync transport; use it with httpx.AsyncClient"
            )
        return self._inner

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError(f"{self._inner!r} is not an async transport; use it with httpx.Client")
        return self._inner

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()

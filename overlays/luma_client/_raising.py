"""The outermost transport: every failure leaves the client as a typed ``LumaError``.

Sitting at the top of the transport stack (above retries and rate limiting) means that even
the raw generated functions raise typed exceptions, that the generated code never sees a
non-2xx response (it would crash on statuses such as 520 that ``http.HTTPStatus`` lacks), and
that the API key is redacted from anything the exception keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, redact, status_error
from ._transport import WrappingTransport

__all__ = ["RaisingTransport"]


def _transport_error(exc: httpx.TransportError, secrets: Iterable[str]) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})")
    detail = redact(str(exc), secrets)
    return APIConnectionError(f"could not reach the server ({type(exc).__name__}: {detail})")


def _is_success(status_code: int) -> bool:
    return 200 <= status_code < 300


class RaisingTransport(WrappingTransport):
    """Wrap a sync and/or async transport; raise typed errors instead of returning failures."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        secrets: Callable[[], Iterable[str]],
    ) -> None:
        super().__init__(inner)
        self._secrets = secrets

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        try:
            response = inner.handle_request(request)
            try:
                response.read()  # JSON API: read here so a broken body is a typed error too
            finally:
                response.close()
        except httpx.TransportError as exc:
            failure = _transport_error(exc, self._secrets())
        else:
            return self._settle(response)
        raise failure  # outside the handler: the unredacted original is not kept as __context__

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        try:
            response = await inner.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            failure = _transport_error(exc, self._secrets())
        else:
            return self._settle(response)
        raise failure

    def _settle(self, response: httpx.Response) -> httpx.Response:
        secrets = tuple(self._secrets())
        if not _is_success(response.status_code):
            raise status_error(response, secrets=secrets)
        return response

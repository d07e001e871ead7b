"""``ConnectedClient``: the ``luma_api.Client`` that ``connect()`` returns, and how it is built.

It owns its lifecycle. ``close()``/``aclose()`` and both ``with`` forms close the sync and the
async connection pool; ``rotate_key`` and ``calendar_id`` change who the client is;
``with_headers``/``with_cookies``/``with_timeout`` return an independent copy that keeps the
whole stack (the generated versions would drop it and change the original). Kept apart from
``connect()`` so that ``import luma_client`` does not import the generated package.
"""

from __future__ import annotations

import ssl
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

import httpx

from luma_api import Client

from ._auth import LumaAuth
from ._drift import mark_strict
from ._exceptions import ConfigurationError
from ._http import LumaAsyncHTTPClient, LumaHTTPClient
from ._raising import RaisingTransport
from ._ratelimit import RateLimiter, RateLimitTransport
from ._retry import RetryTransport
from ._settings import check_headers, resolve_timeout
from ._version import __version__

if TYPE_CHECKING:
    from typing import Self

__all__ = ["ConnectedClient", "Setup", "build"]

USER_AGENT: Final = (
    f"luma-client/{__version__} (python/{sys.version_info.major}.{sys.version_info.minor}; "
    f"httpx/{httpx.__version__})"
)

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


@dataclass(frozen=True)
class Setup:
    """Everything a client is built from, so that a copy can be built the same way."""

    url: str
    auth: LumaAuth
    timeout: httpx.Timeout
    limiter: RateLimiter | None
    max_retries: int
    transport: Transport | None
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)
    strict_responses: bool = False


class ConnectedClient(Client):
    """The ``luma_api.Client`` that ``connect()`` returns; annotate with this type.

    Pass it to any generated function, ``call`` or ``paginate``. Close it when done:
    ``with connect() as client:``, ``async with connect() as client:``, ``client.close()``
    or ``await client.aclose()`` each close both connection pools. ``close()`` cannot close
    connections an event loop still holds: in async code use ``aclose()``/``async with``.
    """

    __slots__ = ("_setup",)

    _setup: Setup

    # -- lifecycle ------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync and async connection pools; the client cannot be used afterwards."""
        self.get_httpx_client().close()
        async_client = self._async_http()
        if not async_client.is_closed:
            async_client.close_unused()

    async def aclose(self) -> None:
        """Close both connection pools from async code."""
        self.get_httpx_client().close()
        await self._async_http().aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()

    # -- identity -------------------------------------------------------------------------

    def rotate_key(self, api_key: str) -> None:
        """Send ``api_key`` on every later request, from every thread, task and copy.

        The old key stays redacted from errors and logs, for answers still in flight.
        """
        self._setup.auth.rotate(api_key)

    @property
    def calendar_id(self) -> str | None:
        """The calendar organization-key requests act on (``x-luma-calendar-id``), or None."""
        return self._setup.auth.calendar_id

    @calendar_id.setter
    def calendar_id(self, calendar_id: str | None) -> None:
        self._setup.auth.calendar_id = calendar_id

    # -- copies ---------------------------------------------------------------------------

    def with_headers(self, headers: dict[str, str]) -> ConnectedClient:
        """A new client that also sends ``headers``; this one is unchanged.

        The copy has its own connection pools (close it too) and shares the key, the
        calendar id and the rate limiter with this client.
        """
        extra = check_headers(headers)
        return build(replace(self._setup, headers={**self._setup.headers, **extra}))

    def with_cookies(self, cookies: dict[str, str]) -> ConnectedClient:
        """A new client that also sends ``cookies``; see ``with_headers``."""
        if not isinstance(cookies, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in cookies.items()
        ):
            raise ConfigurationError("cookies must be a mapping of str to str")
        return build(replace(self._setup, cookies={**self._setup.cookies, **cookies}))

    def with_timeout(self, timeout: httpx.Timeout) -> ConnectedClient:
        """A new client with another timeout; see ``with_headers``."""
        return build(replace(self._setup, timeout=resolve_timeout(timeout)))

    def _async_http(self) -> LumaAsyncHTTPClient:
        client = self.get_async_httpx_client()
        assert isinstance(client, LumaAsyncHTTPClient)
        return client

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._setup.url!r}, calendar_id={self.calendar_id!r})"
        )


def network_pools(url: str) -> tuple[httpx.HTTPTransport, httpx.AsyncHTTPTransport]:
    """httpx's sync and async connection pools for ``url``: one SSL context for both (each
    costs ~15 ms to build), and none at all for plain http (a local mock)."""
    verify: ssl.SSLContext | bool = (
        httpx.create_ssl_context() if httpx.URL(url).scheme == "https" else False
    )
    return httpx.HTTPTransport(verify=verify), httpx.AsyncHTTPTransport(verify=verify)


def build(setup: Setup) -> ConnectedClient:
    """A client whose httpx clients are built from ``setup``, each with its own pool."""
    if setup.transport is not None:
        sync_inner: Transport = setup.transport
        async_inner: Transport = setup.transport
    else:
        sync_inner, async_inner = network_pools(setup.url)

    def stack(inner: Transport) -> RaisingTransport:
        paced = inner if setup.limiter is None else RateLimitTransport(inner, setup.limiter)
        retried = RetryTransport(paced, max_retries=setup.max_retries)
        return RaisingTransport(retried, secrets=lambda: setup.auth.secrets)

    headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **setup.headers}
    options: dict[str, Any] = {
        "base_url": setup.url,
        "auth": setup.auth,
        "headers": headers,
        "cookies": dict(setup.cookies),
        "timeout": setup.timeout,
    }
    sync_client = LumaHTTPClient(transport=stack(sync_inner), **options)
    async_client = LumaAsyncHTTPClient(transport=stack(async_inner), **options)
    client = ConnectedClient(
        base_url=setup.url,
        timeout=setup.timeout,
        headers={"User-Agent": USER_AGENT, **setup.headers},
        cookies=dict(setup.cookies),
    )
    client._setup = setup
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    if setup.strict_responses:
        mark_strict(sync_client, async_client)
    return client

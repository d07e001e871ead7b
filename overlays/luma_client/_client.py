"""``connect()``: the one place a ready-to-use client is built, and the client it returns.

The generated ``luma_api.Client`` ignores the spec's security scheme, has no timeout by default
and builds its httpx clients itself. ``connect`` builds them instead, once, with everything
the overlay adds, and hands them over. The transport stack, outermost first:

    RaisingTransport   non-2xx and transport failures -> typed LumaError, key redacted
    RetryTransport     GETs on 429/5xx/network errors, POSTs only when provably unsent
    RateLimitTransport client-side sliding window shared by every thread and task
    <transport>        the caller's (e.g. httpx.MockTransport) or httpx's own

so raw generated functions, ``call`` and ``paginate`` all get the same behaviour.

``connect`` returns a ``ConnectedClient``: a ``luma_api.Client`` (so every generated function
accepts it) that also owns its lifecycle. ``close()``/``aclose()`` and both ``with`` forms close
the sync and the async connection pool; ``rotate_key`` and ``calendar_id`` change who the client
is; ``with_headers``/``with_cookies``/``with_timeout`` return an independent copy that keeps
the whole stack (the generated versions would drop it and change the original).
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._auth import LumaAuth
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_LIMIT_PERIOD,
    DEFAULT_TIMEOUT,
)
from ._exceptions import ConfigurationError
from ._http import LumaAsyncHTTPClient, LumaHTTPClient
from ._logging import protect_logs
from ._raising import RaisingTransport
from ._ratelimit import RateLimit, RateLimiter, RateLimitTransport
from ._retry import RetryTransport
from ._version import __version__

if TYPE_CHECKING:
    from typing import Self

from luma_api import Client

__all__ = ["DEFAULT_BASE_URL", "ConnectedClient", "connect"]

DEFAULT_BASE_URL: Final = "https://public-api.luma.com"
API_KEY_ENV: Final = "LUMA_API_KEY"
BASE_URL_ENV: Final = "LUMA_BASE_URL"
USER_AGENT: Final = (
    f"luma-client/{__version__} (python/{sys.version_info.major}.{sys.version_info.minor}; "
    f"httpx/{httpx.__version__})"
)
#: Headers the overlay sets itself; ``headers=`` may not replace them.
_RESERVED_HEADERS: Final = frozenset({"x-luma-api-key", "x-luma-calendar-id"})

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


@dataclass(frozen=True)
class _Setup:
    """Everything a client is built from, so that a copy can be built the same way."""

    url: str
    auth: LumaAuth
    timeout: httpx.Timeout
    limiter: RateLimiter | None
    max_retries: int
    transport: Transport | None
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)


class ConnectedClient(Client):
    """The ``luma_api.Client`` that ``connect()`` returns; annotate with this type.

    Pass it to any generated function, ``call`` or ``paginate``. Close it when done:
    ``with connect() as client:``, ``async with connect() as client:``, ``client.close()``
    or ``await client.aclose()`` each close both connection pools. ``close()`` cannot close
    connections an event loop still holds: in async code use ``aclose()``/``async with``.
    """

    __slots__ = ("_setup",)

    _setup: _Setup

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
        extra = _check_headers(headers)
        return _build(replace(self._setup, headers={**self._setup.headers, **extra}))

    def with_cookies(self, cookies: dict[str, str]) -> ConnectedClient:
        """A new client that also sends ``cookies``; see ``with_headers``."""
        if not isinstance(cookies, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in cookies.items()
        ):
            raise ConfigurationError("cookies must be a mapping of str to str")
        return _build(replace(self._setup, cookies={**self._setup.cookies, **cookies}))

    def with_timeout(self, timeout: httpx.Timeout) -> ConnectedClient:
        """A new client with another timeout; see ``with_headers``."""
        return _build(replace(self._setup, timeout=_resolve_timeout(timeout)))

    def _async_http(self) -> LumaAsyncHTTPClient:
        client = self.get_async_httpx_client()
        assert isinstance(client, LumaAsyncHTTPClient)
        return client

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._setup.url!r}, calendar_id={self.calendar_id!r})"
        )


def _resolve_api_key(api_key: str | None) -> str:
    if api_key is not None:
        return api_key
    from_env = os.environ.get(API_KEY_ENV)
    if from_env is None:
        raise ConfigurationError(
            f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    if not from_env.strip():
        raise ConfigurationError(f"the {API_KEY_ENV} environment variable is set but empty")
    return from_env


def _resolve_base_url(base_url: str | None) -> str:
    url = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    source = "base_url" if base_url is not None else BASE_URL_ENV
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a str, got {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{source} is not a valid URL: {exc}") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise ConfigurationError(f"{source} must be an http(s) URL with a host, got {url!r}")
    return url.rstrip("/")


def _resolve_timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ConfigurationError(
            f"timeout must be a positive, finite number of seconds, an httpx.Timeout or None, "
            f"got {timeout!r}"
        )
    return httpx.Timeout(timeout)


def _resolve_limiter(rate_limit: int | RateLimit | None) -> RateLimiter | None:
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimit):
        return RateLimiter(rate_limit)
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int):
        raise ConfigurationError(
            f"rate_limit must be requests per minute (int), a RateLimit or None, got {rate_limit!r}"
        )
    return RateLimiter(RateLimit(rate_limit, DEFAULT_RATE_LIMIT_PERIOD))


def _check_headers(headers: object) -> dict[str, str]:
    """Extra headers as a dict, refusing anything httpx would reject later or that is ours."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers must be a mapping, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("headers must map str names to str values")
        if name.lower() in _RESERVED_HEADERS:
            raise ConfigurationError(
                f"header {name!r} is set by the client itself; use api_key= / calendar_id="
            )
        if not name.strip() or any(c in name + value for c in "\r\n") or not name.isascii():
            raise ConfigurationError(f"header {name!r} is not a valid HTTP header")
        checked[name] = value
    return checked


def _check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def _build(setup: _Setup) -> ConnectedClient:
    """A client whose httpx clients are built from ``setup``, each with its own pool."""
    if setup.transport is not None:
        sync_inner: Transport = setup.transport
        async_inner: Transport = setup.transport
    elif httpx.URL(setup.url).scheme == "https":
        context = httpx.create_ssl_context()  # built once for both pools: each costs ~15 ms
        sync_inner = httpx.HTTPTransport(verify=context)
        async_inner = httpx.AsyncHTTPTransport(verify=context)
    else:
        # Plain http (a local mock): no TLS, so no SSL context to build.
        sync_inner = httpx.HTTPTransport(verify=False)
        async_inner = httpx.AsyncHTTPTransport(verify=False)

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
    return client


def connect(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    calendar_id: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    rate_limit: int | RateLimit | None = DEFAULT_RATE_LIMIT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
) -> ConnectedClient:
    """Return a ``ConnectedClient`` (a ``luma_api.Client``) ready for sync and async calls.

    ``api_key`` defaults to ``$LUMA_API_KEY`` and ``base_url`` to ``$LUMA_BASE_URL`` or
    Luma's public API. ``calendar_id`` selects a calendar for organization keys.
    ``timeout`` is seconds or an ``httpx.Timeout`` (``None``: wait forever). ``rate_limit`` is
    requests per minute, a ``RateLimit`` for another window, or ``None`` to disable.
    ``transport`` replaces the network (e.g. ``httpx.MockTransport``) below retries and
    rate limiting. ``headers`` are sent with every request (e.g. a mock's ``Prefer``).
    Every problem with these arguments raises ``ConfigurationError`` here, before any
    request is sent. Close the client when done (``with``, ``close()`` or ``aclose()``).
    """
    auth = LumaAuth(_resolve_api_key(api_key), calendar_id=calendar_id)
    protect_logs(auth)
    if transport is not None and not isinstance(
        transport, httpx.BaseTransport | httpx.AsyncBaseTransport
    ):
        raise ConfigurationError(
            f"transport must be an httpx transport, got {type(transport).__name__}"
        )
    setup = _Setup(
        url=_resolve_base_url(base_url),
        auth=auth,
        timeout=_resolve_timeout(timeout),
        limiter=_resolve_limiter(rate_limit),
        max_retries=_check_max_retries(max_retries),
        transport=transport,
        headers=_check_headers(headers if headers is not None else {}),
    )
    return _build(setup)

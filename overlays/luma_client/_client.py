"""``connect()``: the one place a ready-to-use generated client is built.

The generated ``luma_api.Client`` ignores the spec's security scheme, has no timeout by default
and builds its httpx clients itself. ``connect`` builds them instead, once, with everything
the overlay adds, and hands them over. The transport stack, outermost first:

    RaisingTransport   non-2xx and transport failures -> typed LumaError, key redacted
    RetryTransport     GETs on 429/5xx/network errors, POSTs only when provably unsent
    RateLimitTransport client-side sliding window shared by every thread and task
    <transport>        the caller's (e.g. httpx.MockTransport) or httpx's own

so raw generated functions, ``call`` and ``paginate`` all get the same behaviour.
"""

from __future__ import annotations

import math
import os
import sys
from typing import TYPE_CHECKING

import httpx

from ._auth import LumaAuth
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_LIMIT_PERIOD,
    DEFAULT_TIMEOUT,
)
from ._drift import mark_strict
from ._exceptions import ConfigurationError
from ._logging import protect_logs
from ._raising import RaisingTransport
from ._ratelimit import RateLimit, RateLimiter, RateLimitTransport
from ._retry import RetryTransport
from ._version import __version__

if TYPE_CHECKING:
    from luma_api import Client

__all__ = ["DEFAULT_BASE_URL", "connect"]

DEFAULT_BASE_URL = "https://public-api.luma.com"
API_KEY_ENV = "LUMA_API_KEY"
BASE_URL_ENV = "LUMA_BASE_URL"
USER_AGENT = (
    f"luma-client/{__version__} (python/{sys.version_info.major}.{sys.version_info.minor}; "
    f"httpx/{httpx.__version__})"
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
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{source} is not a valid URL: {exc}") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise ConfigurationError(f"{source} must be an http(s) URL with a host, got {url!r}")
    return url.rstrip("/")


def _resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
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
    try:
        return RateLimiter(RateLimit(rate_limit, DEFAULT_RATE_LIMIT_PERIOD))
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None


def connect(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    calendar_id: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    rate_limit: int | RateLimit | None = DEFAULT_RATE_LIMIT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    strict_responses: bool = False,
) -> Client:
    """Return a generated ``luma_api.Client`` ready for sync and async calls.

    ``api_key`` defaults to ``$LUMA_API_KEY`` and ``base_url`` to ``$LUMA_BASE_URL`` or
    Luma's public API. ``calendar_id`` selects a calendar for organization keys.
    ``timeout`` is seconds or an ``httpx.Timeout`` (``None``: wait forever). ``rate_limit`` is
    requests per minute, a ``RateLimit`` for another window, or ``None`` to disable.
    ``transport`` replaces the network (e.g. ``httpx.MockTransport``) below retries and
    rate limiting. ``strict_responses=True`` makes ``call()``/``paginate()`` raise
    ``APIResponseValidationError`` for a success body that does not fit the spec, instead of
    decoding it tolerantly with a ``ResponseDriftWarning``. Every problem with these arguments
    raises ``ConfigurationError`` here, before any request is sent.
    """
    from luma_api import Client

    if not isinstance(strict_responses, bool):
        raise ConfigurationError(f"strict_responses must be a bool, got {strict_responses!r}")
    auth = LumaAuth(_resolve_api_key(api_key), calendar_id=calendar_id)
    protect_logs(auth)
    url = _resolve_base_url(base_url)
    timeouts = _resolve_timeout(timeout)
    limiter = _resolve_limiter(rate_limit)

    if transport is None:
        ssl_context = httpx.create_ssl_context()  # built once: each costs ~15 ms
        sync_inner: httpx.BaseTransport | httpx.AsyncBaseTransport = httpx.HTTPTransport(
            verify=ssl_context
        )
        async_inner: httpx.BaseTransport | httpx.AsyncBaseTransport = httpx.AsyncHTTPTransport(
            verify=ssl_context
        )
    else:
        sync_inner = async_inner = transport

    def stack(inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> RaisingTransport:
        paced = inner if limiter is None else RateLimitTransport(inner, limiter)
        retried = RetryTransport(paced, max_retries=max_retries)
        return RaisingTransport(retried, secrets=lambda: auth.secrets)

    try:
        sync_stack, async_stack = stack(sync_inner), stack(async_inner)
    except ValueError as exc:  # RetryTransport checks max_retries
        raise ConfigurationError(str(exc)) from None
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    sync_client = httpx.Client(
        base_url=url, auth=auth, headers=headers, timeout=timeouts, transport=sync_stack
    )
    async_client = httpx.AsyncClient(
        base_url=url, auth=auth, headers=headers, timeout=timeouts, transport=async_stack
    )
    client = Client(base_url=url, timeout=timeouts, headers={"User-Agent": USER_AGENT})
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    if strict_responses:
        mark_strict(sync_client, async_client)
    return client

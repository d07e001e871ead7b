"""``connect()``: the one place a ready-to-use client is built.

The generated ``luma_api.Client`` ignores the spec's security scheme, has no timeout by default
and builds its httpx clients itself. ``connect`` builds them instead, once, with everything
the overlay adds, and hands them over. The transport stack, outermost first:

    RaisingTransport   non-2xx and transport failures -> typed LumaError, key redacted
    RetryTransport     GETs on 429/5xx/network errors, POSTs only when provably unsent
    RateLimitTransport client-side sliding window shared by every thread and task
    <transport>        the caller's (e.g. httpx.MockTransport) or httpx's own

so raw generated functions, ``call`` and ``paginate`` all get the same behaviour. The client
it returns (``ConnectedClient``) lives in ``_connected.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._auth import LumaAuth
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT
from ._exceptions import ConfigurationError
from ._logging import protect_logs
from ._ratelimit import RateLimit
from ._settings import (
    DEFAULT_BASE_URL,
    check_headers,
    check_max_retries,
    resolve_api_key,
    resolve_base_url,
    resolve_limiter,
    resolve_timeout,
)

if TYPE_CHECKING:
    from ._connected import ConnectedClient

__all__ = ["DEFAULT_BASE_URL", "connect"]


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
    strict_responses: bool = False,
) -> ConnectedClient:
    """Return a ``ConnectedClient`` (a ``luma_api.Client``) ready for sync and async calls.

    ``api_key`` defaults to ``$LUMA_API_KEY`` and ``base_url`` to ``$LUMA_BASE_URL`` or
    Luma's public API. ``calendar_id`` selects a calendar for organization keys.
    ``timeout`` is seconds or an ``httpx.Timeout`` (``None``: wait forever). ``rate_limit`` is
    requests per minute, a ``RateLimit`` for another window, or ``None`` to disable.
    ``transport`` replaces the network (e.g. ``httpx.MockTransport``) below retries and
    rate limiting. ``headers`` are sent with every request (e.g. a mock's ``Prefer``).
    ``strict_responses=True`` makes ``call()``/``paginate()`` raise
    ``APIResponseValidationError`` for a success body that does not fit the spec, instead of
    decoding it tolerantly with a ``ResponseDriftWarning``. Every problem with these arguments
    raises ``ConfigurationError`` here, before any request is sent. Close the client when done
    (``with``, ``close()`` or ``aclose()``).
    """
    if not isinstance(strict_responses, bool):
        raise ConfigurationError(f"strict_responses must be a bool, got {strict_responses!r}")
    auth = LumaAuth(resolve_api_key(api_key), calendar_id=calendar_id)
    protect_logs(auth)
    if transport is not None and not isinstance(
        transport, httpx.BaseTransport | httpx.AsyncBaseTransport
    ):
        raise ConfigurationError(
            f"transport must be an httpx transport, got {type(transport).__name__}"
        )
    from ._connected import Setup, build  # imports the generated package on first use

    setup = Setup(
        url=resolve_base_url(base_url),
        auth=auth,
        timeout=resolve_timeout(timeout),
        limiter=resolve_limiter(rate_limit),
        max_retries=check_max_retries(max_retries),
        transport=transport,
        headers=check_headers(headers if headers is not None else {}),
        strict_responses=strict_responses,
    )
    return build(setup)

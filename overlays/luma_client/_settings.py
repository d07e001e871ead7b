"""Check and resolve ``connect()``'s arguments, before anything is built or sent.

Every problem raises ``ConfigurationError`` naming the argument (never quoting the key).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Final

import httpx

from ._constants import DEFAULT_RATE_LIMIT_PERIOD
from ._exceptions import ConfigurationError
from ._ratelimit import RateLimit, RateLimiter

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "check_headers",
    "check_max_retries",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_limiter",
    "resolve_timeout",
]

DEFAULT_BASE_URL: Final = "https://public-api.luma.com"
API_KEY_ENV: Final = "LUMA_API_KEY"
BASE_URL_ENV: Final = "LUMA_BASE_URL"
#: Headers the overlay sets itself; ``headers=`` may not replace them.
_RESERVED_HEADERS: Final = frozenset({"x-luma-api-key", "x-luma-calendar-id"})


def resolve_api_key(api_key: str | None) -> str:
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


def resolve_base_url(base_url: str | None) -> str:
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


def resolve_timeout(timeout: object) -> httpx.Timeout:
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


def resolve_limiter(rate_limit: int | RateLimit | None) -> RateLimiter | None:
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimit):
        return RateLimiter(rate_limit)
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int):
        raise ConfigurationError(
            f"rate_limit must be requests per minute (int), a RateLimit or None, got {rate_limit!r}"
        )
    return RateLimiter(RateLimit(rate_limit, DEFAULT_RATE_LIMIT_PERIOD))


def check_headers(headers: object) -> dict[str, str]:
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


def check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries

"""The rate-limit headers a server sends, parsed in one place.

``Retry-After`` (delta seconds or an HTTP-date), ``retry-after-ms`` and ``X-RateLimit-Reset`` /
``X-RateLimit-Remaining`` decide how long the retry and rate-limit layers wait. Every parser
returns None for a value it cannot read, so a garbled header never breaks a request.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final

__all__ = ["parse_remaining", "parse_reset", "parse_retry_after"]

#: A non-negative decimal number in ASCII digits (``re.ASCII``: no other scripts' digits).
_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)

#: Epoch timestamps are told apart from deltas by size: 1e9 s is September 2001, and
#: 1e12 ms is September 2001 in milliseconds. No sane reset delta is that long.
_EPOCH_SECONDS_FROM: Final = 1e9
_EPOCH_MILLIS_FROM: Final = 1e12


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Return the delay in seconds the server asks for, or None if it asks for none.

    ``retry-after-ms`` (milliseconds, a de-facto standard) wins over ``Retry-After``,
    which may be delta seconds (integer or decimal) or an HTTP-date. A date in the past
    means "now" (0). Anything unparseable, negative or non-finite is ignored. ``headers``
    should be case-insensitive (``httpx.Headers``); ``now`` is epoch seconds.
    """
    millis = headers.get("retry-after-ms", "").strip()
    value = headers.get("retry-after", "").strip()
    if _NUMBER.fullmatch(millis):
        delay = float(millis) / 1000.0
    elif _NUMBER.fullmatch(value):
        delay = float(value)
    elif value:
        when = _http_date(value)
        if when is None:
            return None
        delay = max(when.timestamp() - now(), 0.0)
    else:
        return None
    return delay if math.isfinite(delay) else None  # a 400-digit number is inf


def parse_remaining(headers: Mapping[str, str]) -> float | None:
    """``X-RateLimit-Remaining`` as a number, or None when absent or unreadable."""
    value = headers.get("x-ratelimit-remaining", "").strip()
    if not _NUMBER.fullmatch(value):
        return None
    return float(value)


def parse_reset(value: str, *, now: float) -> float | None:
    """Seconds from ``now`` (epoch seconds) until an ``X-RateLimit-Reset`` value.

    Luma does not document the format, so accept what servers commonly send: epoch
    seconds, epoch milliseconds, a delta in seconds (told apart by magnitude), ISO 8601
    (without an offset it is taken as UTC) or an HTTP-date. A time in the past gives 0.
    Anything else gives None.
    """
    value = value.strip()
    if not value:
        return None
    if _NUMBER.fullmatch(value):
        number = float(value)
        if number >= _EPOCH_MILLIS_FROM:
            delay = number / 1000.0 - now
        elif number >= _EPOCH_SECONDS_FROM:
            delay = number - now
        else:
            delay = number
    else:
        when = _iso_timestamp(value) or _http_date(value)
        if when is None:
            return None
        delay = when.timestamp() - now
    return max(delay, 0.0) if math.isfinite(delay) else None


def _iso_timestamp(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _http_date(value: str) -> datetime | None:
    """An HTTP-date (always GMT, so a date without a zone is taken as UTC), or None."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)

"""Tunables, in one place so that defaults are easy to find, document and test."""

from __future__ import annotations

from typing import Final

import httpx

#: httpx's own default is 5 s and the generated client passes ``timeout=None`` (no limit at
#: all). Luma answers in well under a second; 30 s leaves room for large pages without
#: letting a dead connection hang a worker forever.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)

#: Retries after the first attempt, so a request is sent at most ``1 + DEFAULT_MAX_RETRIES`` times.
DEFAULT_MAX_RETRIES: Final = 2

#: Longest server-requested delay (``Retry-After``/``retry-after-ms``) we are willing to sleep,
#: in seconds. Luma blocks a key for one minute after a 429, so 65 s covers the normal case;
#: a server asking for more gets its response back untouched (a ``RateLimitError``).
RETRY_AFTER_CAP: Final = 65.0

#: Exponential backoff when the server gives no delay: 0.5 s, 1 s, 2 s ... at most 8 s.
INITIAL_BACKOFF: Final = 0.5
MAX_BACKOFF: Final = 8.0

#: Luma allows 200 requests per minute per calendar key (500 for organization keys).
DEFAULT_RATE_LIMIT: Final = 200
DEFAULT_RATE_LIMIT_PERIOD: Final = 60.0

#: Longest pause that ``X-RateLimit-Reset`` pacing may impose, in seconds. A reset further
#: away than this is treated as clock skew or garbage and clamped.
RATE_LIMIT_RESET_CAP: Final = 65.0

#: Replaces every secret in error messages, stored bodies, headers and reprs.
REDACTED: Final = "[REDACTED]"

#: Error messages taken from a response body are cut to this many characters.
MAX_ERROR_MESSAGE_CHARS: Final = 500

#: Name of the logger every module of the overlay writes to.
LOGGER_NAME: Final = "luma_client"

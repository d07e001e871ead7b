"""Client-side rate limiting, so that a busy program slows down instead of getting blocked.

Luma answers the request over its limit with 429 and then blocks the key for a whole
minute. Waiting a little before sending is far cheaper than that, so every request takes
a slot from a sliding window first, and the ``X-RateLimit-*`` headers of each response
pause everyone when the server says the window is spent.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final

import httpx

from ._constants import RATE_LIMIT_RESET_CAP
from ._retry import default_async_sleep, parse_retry_after
from ._transport import WrappingTransport

__all__ = ["RateLimit", "RateLimitTransport", "RateLimiter", "parse_reset"]

_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")

#: Epoch timestamps are told apart from deltas by size: 1e9 s is September 2001, and
#: 1e12 ms is September 2001 in milliseconds. No sane reset delta is that long.
_EPOCH_SECONDS_FROM: Final = 1e9
_EPOCH_MILLIS_FROM: Final = 1e12


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``requests`` sends within any ``period_seconds`` interval.

    Luma allows ``RateLimit(200, 60)`` for calendar keys and ``RateLimit(500, 60)`` for
    organization keys.
    """

    requests: int
    period_seconds: float

    def __post_init__(self) -> None:
        if (
            isinstance(self.requests, bool)
            or not isinstance(self.requests, int)
            or self.requests < 1
        ):
            raise ValueError(
                f"RateLimit.requests must be a whole number >= 1, got {self.requests!r}"
            )
        if (
            isinstance(self.period_seconds, bool)
            or not isinstance(self.period_seconds, int | float)
            or not math.isfinite(self.period_seconds)
            or self.period_seconds <= 0
        ):
            raise ValueError(
                "RateLimit.period_seconds must be a finite number of seconds > 0, "
                f"got {self.period_seconds!r}"
            )


class Slot:
    """One granted send: when it counts as sent (moved later by ``RateLimiter.release``)."""

    __slots__ = ("time",)

    def __init__(self, time: float) -> None:
        self.time = time


class RateLimiter:
    """A sliding-window limiter shared by every thread and asyncio task of a client.

    It remembers when the last ``limit.requests`` slots were handed out; a new slot is
    granted no earlier than one period after the oldest of them, and no earlier than a
    pause imposed by ``observe()``. The slot is reserved under a ``threading.Lock`` that
    is held only for that arithmetic; the wait happens outside it (``time.sleep`` for
    threads, an async sleep for tasks), so waiting tasks never block the event loop and
    waiting threads never block each other. A task cancelled while waiting still uses
    up its slot: being too slow is safe, being too fast is not.

    ``clock`` is monotonic seconds and ``wall_clock`` epoch seconds (to read absolute
    reset times); both, and the sleep functions, are injectable for tests.
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = default_async_sleep,
        max_pause: float = RATE_LIMIT_RESET_CAP,
    ) -> None:
        self._limit = limit
        self._clock = clock
        self._wall_clock = wall_clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._max_pause = max_pause
        self._lock = threading.Lock()
        self._granted: deque[Slot] = deque(maxlen=limit.requests)
        self._paused_until = -math.inf

    @property
    def limit(self) -> RateLimit:
        return self._limit

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._limit!r})"

    def _take(self) -> tuple[Slot, float]:
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            if len(self._granted) == self._limit.requests:
                start = max(start, self._granted[0].time + self._limit.period_seconds)
            slot = Slot(start)
            self._granted.append(slot)  # the deque drops the oldest slot itself
            return slot, start - now

    def reserve(self) -> float:
        """Take the next free slot and return how many seconds to wait before using it."""
        return self._take()[1]

    def acquire(self) -> Slot:
        """Block the calling thread until it may send; returns the slot to ``release``."""
        slot, delay = self._take()
        if delay > 0:
            self._sleep(delay)
        return slot

    async def aacquire(self) -> Slot:
        """Suspend the calling task until it may send; returns the slot to ``release``."""
        slot, delay = self._take()
        if delay > 0:
            await self._async_sleep(delay)
        return slot

    def release(self, slot: Slot) -> None:
        """Count ``slot`` from when its answer came back rather than when it was scheduled.

        The server has surely seen a request by the time its response (or error) arrives, so
        timing the window from then keeps a request that left late, or travelled slowly, from
        landing in the same server-side window as the request ``limit.requests`` later.
        The cost is at most one round trip per window.
        """
        with self._lock:
            slot.time = max(slot.time, self._clock())

    def pause(self, seconds: float) -> None:
        """Grant no slot for the next ``seconds`` (bounded by ``max_pause``)."""
        if not math.isfinite(seconds) or seconds <= 0:
            return
        seconds = min(seconds, self._max_pause)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def observe(self, headers: Mapping[str, str], *, status_code: int | None = None) -> None:
        """Pace on the server's view of the window.

        When ``X-RateLimit-Remaining`` is 0, nothing more is sent until
        ``X-RateLimit-Reset``. On a 429 the key is blocked: nothing is sent until the
        ``Retry-After`` delay, else the reset, has passed. ``headers`` should be
        case-insensitive (``httpx.Headers``); unparseable values are ignored.
        """
        if status_code == 429:
            delay = parse_retry_after(headers, now=self._wall_clock)
            if delay is None:
                delay = parse_reset(headers.get("x-ratelimit-reset", ""), now=self._wall_clock())
            if delay is not None:
                self.pause(delay)
            return
        remaining = headers.get("x-ratelimit-remaining", "").strip()
        if not _NUMBER.fullmatch(remaining) or float(remaining) > 0:
            return
        delay = parse_reset(headers.get("x-ratelimit-reset", ""), now=self._wall_clock())
        if delay is not None:
            self.pause(delay)


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
        when = _parse_timestamp(value)
        if when is None:
            return None
        delay = when.timestamp() - now
    return max(delay, 0.0) if math.isfinite(delay) else None


def _parse_timestamp(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class RateLimitTransport(WrappingTransport):
    """Takes a slot from ``limiter`` before each send and feeds it each response's headers.

    Place it inside ``RetryTransport`` so that retries are counted and paced too.
    """

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, limiter: RateLimiter
    ) -> None:
        super().__init__(inner)
        self.limiter = limiter

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._inner!r}, {self.limiter!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        slot = self.limiter.acquire()
        try:
            response = inner.handle_request(request)
        finally:
            self.limiter.release(slot)
        self.limiter.observe(response.headers, status_code=response.status_code)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        slot = await self.limiter.aacquire()
        try:
            response = await inner.handle_async_request(request)
        finally:
            self.limiter.release(slot)
        self.limiter.observe(response.headers, status_code=response.status_code)
        return response

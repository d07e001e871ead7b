"""Client-side rate limiting, so that a busy program slows down instead of getting blocked.

Luma answers the request over its limit with 429 and then blocks the key for a whole
minute. Waiting a little before sending is far cheaper than that, so every request takes
a slot from a sliding window first, and the ``X-RateLimit-*`` headers of each response
pause everyone when the server says the window is spent.
"""

from __future__ import annotations

import heapq
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Final

import httpx

from ._constants import RATE_LIMIT_RESET_CAP
from ._exceptions import ConfigurationError
from ._headers import parse_remaining, parse_reset, parse_retry_after
from ._retry import default_async_sleep
from ._transport import WrappingTransport

__all__ = ["RateLimit", "RateLimitTransport", "RateLimiter"]


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
            raise ConfigurationError(
                f"RateLimit.requests must be a whole number >= 1, got {self.requests!r}"
            )
        if (
            isinstance(self.period_seconds, bool)
            or not isinstance(self.period_seconds, int | float)
            or not math.isfinite(self.period_seconds)
            or self.period_seconds <= 0
        ):
            raise ConfigurationError(
                "RateLimit.period_seconds must be a finite number of seconds > 0, "
                f"got {self.period_seconds!r}"
            )


class Slot:
    """One request's place in the window.

    ``time`` is when it is due while it waits, when it was sent while it is in flight, and
    when its answer came back once released. It only ever moves later.
    """

    __slots__ = ("state", "time")

    def __init__(self, time: float) -> None:
        self.time = time
        self.state = _WAITING


#: A slot's states: waiting for its time, sent and awaiting an answer, answered (or abandoned).
_WAITING: Final = 0
_SENT: Final = 1
_DONE: Final = 2


class RateLimiter:
    """A sliding-window limiter shared by every thread and asyncio task of a client.

    No window of ``period_seconds`` may hold more than ``requests`` slots, and no slot is
    used before a pause imposed by ``observe()`` ends. The window counts a request from its
    answer (``release``) once it has one, and a request still in flight is never forgotten,
    however many slots are reserved after it: the server sees it somewhere between the send
    and the answer. Whenever a pause begins or an answer moves a slot, every slot still
    waiting is rescheduled, and a waiter that wakes checks its (possibly later) time again
    before sending, so nobody sends inside a block that began while they slept.

    The lock is held only for that arithmetic; the wait happens outside it (``time.sleep``
    for threads, an async sleep for tasks), so waiting tasks never block the event loop and
    waiting threads never block each other. A task cancelled while waiting gives its slot
    up at the time it was due: being too slow is safe, being too fast is not.

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
        # Oldest reservation first. Answered slots leave once no future window can hold them;
        # slots waiting or in flight stay.
        self._slots: deque[Slot] = deque()
        self._recent: list[float] = []  # min-heap of the ``requests`` latest slot times
        self._paused_until = -math.inf

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._limit!r})"

    # -- scheduling (all under the lock) ------------------------------------------------------

    def _reschedule(self, now: float) -> None:
        """Move every waiting slot as late as the pause and the window now require.

        Also forgets answered slots no future window can hold, and recomputes the min-heap
        of the ``requests`` latest slot times that a new reservation starts from.
        """
        period = self._limit.period_seconds
        while self._slots and self._slots[0].state == _DONE and self._slots[0].time + period <= now:
            self._slots.popleft()
        self._recent = []
        for slot in self._slots:
            if slot.state == _WAITING:
                slot.time = max(slot.time, self._earliest(now))
            self._remember(slot.time)

    def _remember(self, time: float) -> None:
        if len(self._recent) < self._limit.requests:
            heapq.heappush(self._recent, time)
        elif time > self._recent[0]:
            heapq.heapreplace(self._recent, time)

    def _earliest(self, now: float) -> float:
        """When a slot after those in ``_recent`` may be used."""
        start = max(now, self._paused_until)
        if len(self._recent) == self._limit.requests:
            start = max(start, self._recent[0] + self._limit.period_seconds)
        return start

    def _take(self) -> tuple[Slot, float]:
        """Reserve the next slot; returns it and how long to wait (0: marked as sent)."""
        with self._lock:
            now = self._clock()
            slot = Slot(self._earliest(now))
            self._slots.append(slot)
            self._remember(slot.time)
            delay = slot.time - now
            if delay <= 0:
                slot.state = _SENT
            return slot, delay

    def _after_sleep(self, slot: Slot, target: float) -> float:
        """Seconds left to wait after sleeping until ``target``; 0 marks the slot as sent.

        Only a slot moved later while its owner slept (a pause began, or an answer arrived
        late) waits again; otherwise the owner slept until its time, whatever the clock says
        about a sleep that ended a hair early.
        """
        with self._lock:
            delay = slot.time - self._clock() if slot.time > target else 0.0
            if delay <= 0:
                slot.state = _SENT
            return max(delay, 0.0)

    def _abandon(self, slot: Slot) -> None:
        with self._lock:
            if slot.state == _WAITING:
                slot.state = _DONE  # counts as used at its time, and can be forgotten later

    def _reserve(self) -> float:
        """Take the next slot without waiting for it; returns how long it would wait (tests)."""
        return self._take()[1]

    def acquire(self) -> Slot:
        """Block the calling thread until it may send; returns the slot to ``release``."""
        slot, delay = self._take()
        try:
            while delay > 0:
                target = slot.time
                self._sleep(delay)
                delay = self._after_sleep(slot, target)
        except BaseException:
            self._abandon(slot)
            raise
        return slot

    async def aacquire(self) -> Slot:
        """Suspend the calling task until it may send; returns the slot to ``release``."""
        slot, delay = self._take()
        try:
            while delay > 0:
                target = slot.time
                await self._async_sleep(delay)
                delay = self._after_sleep(slot, target)
        except BaseException:
            self._abandon(slot)
            raise
        return slot

    def release(self, slot: Slot) -> None:
        """Count ``slot`` from when its answer came back rather than when it was sent.

        The server has surely seen a request by the time its response (or error) arrives, so
        timing the window from then keeps a request that left late, or travelled slowly, from
        landing in the same server-side window as the request ``requests`` later.
        The cost is at most one round trip per window.
        """
        with self._lock:
            now = self._clock()
            slot.time = max(slot.time, now)
            slot.state = _DONE
            self._reschedule(now)

    def pause(self, seconds: float) -> None:
        """Let no slot be used for the next ``seconds`` (bounded by ``max_pause``)."""
        if not math.isfinite(seconds) or seconds <= 0:
            return
        seconds = min(seconds, self._max_pause)
        with self._lock:
            now = self._clock()
            self._paused_until = max(self._paused_until, now + seconds)
            self._reschedule(now)

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
        remaining = parse_remaining(headers)
        if remaining is None or remaining > 0:
            return
        delay = parse_reset(headers.get("x-ratelimit-reset", ""), now=self._wall_clock())
        if delay is not None:
            self.pause(delay)


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

"""RateLimit validation, the sliding window under threads and tasks, and header pacing."""

from __future__ import annotations

import asyncio
import dataclasses
import math
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.utils import formatdate

import httpx
import pytest

from luma_client._ratelimit import RateLimit, RateLimiter, RateLimitTransport
from luma_client._retry import RetryTransport

WALL = 1_750_000_000.0  # injected epoch "now" for absolute reset times
URL = "https://api.test/v1/events/get"


class FakeClock:
    """Monotonic time that only moves when someone sleeps; sleeps are recorded."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wall(self) -> float:
        return WALL + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def limiter_on(clock: FakeClock, limit: RateLimit, *, max_pause: float = 65.0) -> RateLimiter:
    return RateLimiter(
        limit,
        clock=clock,
        wall_clock=clock.wall,
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        max_pause=max_pause,
    )


def assert_within_limit(sends: list[float], limit: RateLimit) -> None:
    """No half-open window of ``period_seconds`` holds more than ``requests`` sends."""
    ordered = sorted(sends)
    n = limit.requests
    for earlier, later in zip(ordered, ordered[n:], strict=False):
        assert later - earlier >= limit.period_seconds - 1e-9, (earlier, later)


# -- RateLimit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requests", "period", "field"),
    [
        (0, 60.0, "requests"),
        (-1, 60.0, "requests"),
        (1.5, 60.0, "requests"),
        (True, 60.0, "requests"),
        ("200", 60.0, "requests"),
        (200, 0, "period_seconds"),
        (200, -1.0, "period_seconds"),
        (200, math.nan, "period_seconds"),
        (200, math.inf, "period_seconds"),
        (200, "60", "period_seconds"),
    ],
)
def test_rate_limit_rejects_nonsense(requests: object, period: object, field: str) -> None:
    with pytest.raises(ValueError, match=f"RateLimit.{field} must be"):
        RateLimit(requests, period)  # type: ignore[arg-type]


def test_rate_limit_is_a_frozen_value() -> None:
    limit = RateLimit(500, 60)
    assert limit == RateLimit(500, 60.0)
    assert hash(limit) == hash(RateLimit(500, 60.0))
    assert repr(limit) == "RateLimit(requests=500, period_seconds=60)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        limit.requests = 1  # type: ignore[misc]


# -- sliding window -------------------------------------------------------------------


def test_window_waits_exactly_until_a_slot_frees() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(3, 10.0))
    for _ in range(3):
        limiter.acquire()
    assert clock.sleeps == []  # a burst of `requests` is allowed
    clock.now = 1.0
    limiter.acquire()  # the fourth must wait for the first to age out
    assert clock.sleeps == [9.0]
    assert clock.now == 10.0
    limiter.acquire()  # 0 s and 0 s have aged out at 10 s as well
    limiter.acquire()
    assert clock.sleeps == [9.0]
    limiter.acquire()  # window now holds 10, 10, 10
    assert clock.sleeps == [9.0, 10.0]


def test_reserve_reports_queued_waits_without_sleeping() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 5.0))
    assert [limiter._reserve() for _ in range(7)] == [0.0, 0.0, 5.0, 5.0, 10.0, 10.0, 15.0]


def test_random_arrivals_never_exceed_the_limit_and_never_wait_needlessly() -> None:
    rng = random.Random(20250708)
    clock = FakeClock()
    limit = RateLimit(5, 2.0)
    limiter = limiter_on(clock, limit)
    sends: list[float] = []
    for _ in range(400):
        clock.now += rng.choice([0.0, 0.0, 0.01, 0.1, 0.3, 1.0, 2.5])
        arrival = clock.now
        limiter.acquire()
        sends.append(clock.now)
        if clock.now > arrival:  # a wait is only ever until the oldest slot ages out
            assert len(sends) > limit.requests
            assert clock.now == pytest.approx(sends[-1 - limit.requests] + limit.period_seconds)
    assert_within_limit(sends, limit)


@pytest.fixture
def eager_thread_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter can, so that races actually happen."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def frozen_clock() -> float:
    return 0.0


def expected_starts(total: int, limit: RateLimit) -> Counter[float]:
    """With time frozen at 0, slot k starts at (k // requests) * period: exactly
    ``requests`` sends per period, no slot handed out twice and none skipped."""
    return Counter(
        {k * limit.period_seconds: limit.requests for k in range(total // limit.requests)}
    )


class DelayLog:
    """A thread-safe record of every wait the limiter asked for."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self._lock = threading.Lock()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let the other tasks reserve meanwhile

    def starts(self, total: int) -> Counter[float]:
        """Start offsets of all ``total`` slots; slots granted at once never called sleep."""
        return Counter([0.0] * (total - len(self.delays)) + self.delays)


def hammer_from_threads(limiter: RateLimiter, threads: int, each: int) -> list[threading.Thread]:
    barrier = threading.Barrier(threads)

    def worker() -> None:
        barrier.wait()
        for _ in range(each):
            limiter.acquire()

    started = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in started:
        thread.start()
    return started


@pytest.mark.usefixtures("eager_thread_switching")
def test_threads_share_the_window() -> None:
    limit = RateLimit(5, 1.0)
    # Without the lock, one trial hands out some slot twice about three times in four.
    for _trial in range(8):
        log = DelayLog()
        limiter = RateLimiter(limit, clock=frozen_clock, sleep=log.sleep)
        for thread in hammer_from_threads(limiter, threads=8, each=600):
            thread.join()
        assert log.starts(8 * 600) == expected_starts(8 * 600, limit)


@pytest.mark.anyio
async def test_tasks_share_the_window() -> None:
    limit = RateLimit(4, 3.0)
    log = DelayLog()
    limiter = RateLimiter(limit, clock=frozen_clock, async_sleep=log.async_sleep)

    async def worker() -> None:
        for _ in range(10):
            await limiter.aacquire()

    await asyncio.gather(*(worker() for _ in range(6)))
    assert log.starts(60) == expected_starts(60, limit)


@pytest.mark.anyio
@pytest.mark.usefixtures("eager_thread_switching")
async def test_threads_and_tasks_share_one_limiter() -> None:
    limit = RateLimit(3, 1.0)
    log = DelayLog()
    limiter = RateLimiter(limit, clock=frozen_clock, sleep=log.sleep, async_sleep=log.async_sleep)

    async def task_worker() -> None:
        for _ in range(300):
            await limiter.aacquire()

    threads = hammer_from_threads(limiter, threads=3, each=300)
    await asyncio.gather(*(task_worker() for _ in range(3)))
    for thread in threads:
        thread.join()
    assert log.starts(1800) == expected_starts(1800, limit)


def test_waiting_happens_outside_the_lock() -> None:
    clock = FakeClock()
    limiter: RateLimiter
    others_done: list[bool] = []

    def sleep_while_another_thread_reserves(seconds: float) -> None:
        other = threading.Thread(target=lambda: others_done.append(limiter._reserve() >= 0))
        other.start()
        other.join(timeout=5)
        assert not other.is_alive(), "reserve() blocked: the lock was held while sleeping"
        clock.sleep(seconds)

    limiter = RateLimiter(RateLimit(1, 1.0), clock=clock, sleep=sleep_while_another_thread_reserves)
    limiter.acquire()
    limiter.acquire()  # must wait, and while it does, another thread can reserve
    assert others_done == [True]


# -- header pacing --------------------------------------------------------------------


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


@pytest.mark.parametrize(
    ("reset", "expected_wait"),
    [
        ("7", 7.0),  # delta seconds
        ("7.5", 7.5),
        (str(int(WALL + 7)), 7.0),  # epoch seconds
        (str(int((WALL + 7) * 1000)), 7.0),  # epoch milliseconds
        (iso(WALL + 7), 7.0),  # ISO 8601 with Z
        (iso(WALL + 7).replace("Z", ""), 7.0),  # ISO 8601 without offset: UTC
        (datetime.fromtimestamp(WALL + 7, timezone(timedelta(hours=2))).isoformat(), 7.0),
        (formatdate(WALL + 7, usegmt=True), 7.0),  # HTTP-date
        (str(int(WALL - 30)), 0.0),  # already past: no pause
        ("0", 0.0),
        ("3600", 65.0),  # clamped to the cap
        (str(int(WALL + 86400)), 65.0),
        ("soon", 0.0),  # garbage is ignored
        ("", 0.0),
        ("-5", 0.0),
    ],
)
def test_remaining_zero_pauses_until_reset(reset: str, expected_wait: float) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}))
    limiter.acquire()
    assert clock.now == pytest.approx(expected_wait)


@pytest.mark.parametrize("remaining", ["1", "199", "", "none", "-1"])
def test_only_an_exhausted_window_pauses(remaining: str) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": "30"}))
    limiter.acquire()
    assert clock.sleeps == []


def test_remaining_zero_without_reset_does_not_pause() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "0"}))
    limiter.acquire()
    assert clock.sleeps == []


@pytest.mark.parametrize(
    ("headers", "expected_wait"),
    [
        ({"Retry-After": "60", "X-RateLimit-Reset": "10"}, 60.0),  # Retry-After wins
        ({"retry-after-ms": "1500"}, 1.5),
        ({"X-RateLimit-Reset": "45"}, 45.0),  # block expiry when there is no Retry-After
        ({"Retry-After": "600"}, 65.0),
        ({}, 0.0),
    ],
)
def test_a_429_blocks_every_caller(headers: dict[str, str], expected_wait: float) -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    limiter.observe(httpx.Headers(headers), status_code=429)
    limiter.acquire()
    assert clock.now == pytest.approx(expected_wait)


def test_pause_never_shortens_and_window_still_applies_after_it() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 10.0))
    limiter.pause(20.0)
    limiter.pause(5.0)  # a shorter pause does not cut the longer one
    assert [limiter._reserve() for _ in range(4)] == [20.0, 20.0, 30.0, 30.0]


def test_pause_cap_is_configurable() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 10.0), max_pause=5.0)
    limiter.pause(3600.0)
    assert limiter._reserve() == 5.0


# -- transport ------------------------------------------------------------------------


class PacedServer:
    """Answers with X-RateLimit-Remaining counting down to 0, then resets."""

    def __init__(self, clock: FakeClock, window: int, reset_after: float) -> None:
        self.clock = clock
        self.window = window
        self.reset_after = reset_after
        self.sent_at: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent_at.append(self.clock.now)
        remaining = self.window - (len(self.sent_at) - 1) % self.window - 1
        headers = {
            "X-RateLimit-Limit": str(self.window),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(int(self.clock.wall() + self.reset_after)),
        }
        return httpx.Response(200, headers=headers, json={})


def test_transport_paces_on_response_headers() -> None:
    clock = FakeClock()
    server = PacedServer(clock, window=2, reset_after=5)
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    transport = RateLimitTransport(httpx.MockTransport(server), limiter)
    with httpx.Client(transport=transport) as client:
        for _ in range(5):
            client.get(URL)
    assert server.sent_at == [0.0, 0.0, 5.0, 5.0, 10.0]


@pytest.mark.anyio
async def test_async_transport_paces_on_response_headers() -> None:
    clock = FakeClock()
    server = PacedServer(clock, window=2, reset_after=5)
    limiter = limiter_on(clock, RateLimit(100, 60.0))
    transport = RateLimitTransport(httpx.MockTransport(server), limiter)
    async with httpx.AsyncClient(transport=transport) as client:
        for _ in range(5):
            await client.get(URL)
    assert server.sent_at == [0.0, 0.0, 5.0, 5.0, 10.0]


def test_transport_enforces_the_window_without_headers() -> None:
    clock = FakeClock()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        return httpx.Response(200)

    transport = RateLimitTransport(
        httpx.MockTransport(handler), limiter_on(clock, RateLimit(2, 1.0))
    )
    with httpx.Client(transport=transport) as client:
        for _ in range(5):
            client.get(URL)
    assert sent_at == [0.0, 0.0, 1.0, 1.0, 2.0]


def test_retries_below_the_limiter_are_paced_by_the_429() -> None:
    clock = FakeClock()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        if len(sent_at) == 1:
            return httpx.Response(429, headers={"Retry-After": "60"})
        return httpx.Response(200)

    limiter = limiter_on(clock, RateLimit(200, 60.0))
    transport = RetryTransport(
        RateLimitTransport(httpx.MockTransport(handler), limiter), sleep=clock.sleep
    )
    with httpx.Client(transport=transport) as client:
        assert client.get(URL).status_code == 200
        assert client.get(URL).status_code == 200
    # The retry waited Retry-After; the limiter had paused for the same block, so the
    # retry went out at 60 s and not a moment earlier, and no extra wait was added.
    assert sent_at == [0.0, 60.0, 60.0]
    assert clock.sleeps == [60.0]


@pytest.mark.anyio
async def test_default_async_sleep_really_waits() -> None:
    limiter = RateLimiter(RateLimit(1, 0.005))  # real clock and anyio sleep, 5 ms window
    await limiter.aacquire()
    before = time.monotonic()
    await limiter.aacquire()
    assert time.monotonic() - before >= 0.004


def test_default_sleep_really_waits() -> None:
    limiter = RateLimiter(RateLimit(1, 0.005))
    limiter.acquire()
    before = time.monotonic()
    limiter.acquire()
    assert time.monotonic() - before >= 0.004


def test_a_slot_counts_from_when_its_answer_came_back() -> None:
    """A request answered late pushes the next window back, so the server never sees
    ``requests + 1`` sends inside one of its windows."""
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 10.0))
    first = limiter.acquire()
    limiter.acquire()
    clock.now += 4.0  # the first request took 4 s to come back
    limiter.release(first)
    # Sends counted at 4 (first, from its answer) and 0 (second): a third at 10 puts two in
    # [0, 10) and two in [4, 14), so it waits until 10, 6 s from now.
    assert limiter._reserve() == pytest.approx(6.0)
    assert limiter._reserve() == pytest.approx(10.0)  # the fourth: one period after the first


def test_the_transport_releases_the_slot_after_the_response() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(1, 10.0))

    def slow(request: httpx.Request) -> httpx.Response:
        clock.now += 3.0
        return httpx.Response(200)

    with httpx.Client(transport=RateLimitTransport(httpx.MockTransport(slow), limiter)) as client:
        client.get("https://luma.test/v1/users/get-self")
    assert limiter._reserve() == pytest.approx(10.0)  # window starts at 3 s, the answer


# -- a block or a late answer moves callers already waiting ---------------------------


def test_a_429_moves_callers_that_already_hold_a_slot() -> None:
    # Four callers queue for 0, 0, 10 and 10; a 429 asking for 60 s arrives at t = 1.
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 10.0))
    waits = [limiter._reserve() for _ in range(4)]
    assert waits == [0.0, 0.0, 10.0, 10.0]
    clock.now = 1.0
    limiter.observe(httpx.Headers({"Retry-After": "60"}), status_code=429)
    # The two still waiting now go at 61 (both fit one window), the next one window later.
    assert limiter._reserve() == pytest.approx(61.0 + 10.0 - 1.0)


def test_a_caller_asleep_when_the_block_begins_sleeps_again() -> None:
    clock = FakeClock()
    limiter: RateLimiter

    def sleep(seconds: float) -> None:
        start = clock.now
        clock.sleeps.append(seconds)
        if len(clock.sleeps) == 1:  # the 429 arrives while the third caller sleeps
            clock.now = 1.0
            limiter.observe(httpx.Headers({"Retry-After": "60"}), status_code=429)
        clock.now = start + seconds

    limiter = RateLimiter(RateLimit(2, 10.0), clock=clock, wall_clock=clock.wall, sleep=sleep)
    limiter.acquire()
    limiter.acquire()
    limiter.acquire()  # due at 10, but the block lasts until 61
    assert clock.sleeps == [10.0, 51.0]
    assert clock.now == 61.0


@pytest.mark.anyio
async def test_an_async_caller_asleep_when_the_block_begins_sleeps_again() -> None:
    clock = FakeClock()
    limiter: RateLimiter

    async def sleep(seconds: float) -> None:
        start = clock.now
        clock.sleeps.append(seconds)
        if len(clock.sleeps) == 1:
            clock.now = 1.0
            limiter.observe(httpx.Headers({"Retry-After": "60"}), status_code=429)
        clock.now = start + seconds

    limiter = RateLimiter(RateLimit(2, 10.0), clock=clock, wall_clock=clock.wall, async_sleep=sleep)
    await limiter.aacquire()
    await limiter.aacquire()
    await limiter.aacquire()
    assert clock.sleeps == [10.0, 51.0]


def test_a_late_answer_counts_even_after_later_reservations() -> None:
    # A is sent at 0 and answered at 5; B at 0; C is due at 10; D asks at 10.1.
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(2, 10.0))
    a = limiter.acquire()
    limiter.acquire()
    c_wait = limiter._reserve()
    assert c_wait == 10.0
    clock.now = 5.0
    limiter.release(a)  # A counts from 5 now, although two slots were reserved after it
    clock.now = 10.1
    d_wait = limiter._reserve()
    # [5, 15) may hold A and C only: D goes at 15.
    assert clock.now + d_wait == pytest.approx(15.0)


def test_a_late_answer_moves_a_caller_already_waiting() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, RateLimit(1, 10.0))
    a = limiter.acquire()
    assert limiter._reserve() == 10.0  # B: one period after A's send
    clock.now = 3.0
    limiter.release(a)  # A answered at 3: B must wait until 13
    assert limiter._reserve() == pytest.approx(20.0)  # C: after B at 13, one more period


def test_slots_of_callers_cancelled_while_waiting_are_forgotten() -> None:
    clock = FakeClock()

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    limiter = RateLimiter(RateLimit(1, 10.0), clock=clock, sleep=interrupted)
    limiter.release(limiter.acquire())
    for _ in range(50):
        with pytest.raises(KeyboardInterrupt):
            limiter.acquire()
    clock.now = 1000.0
    limiter.release(limiter.acquire())
    assert len(limiter._slots) <= 2, "abandoned slots are kept forever"

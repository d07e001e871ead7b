"""Retries as an httpx transport, so generated functions and overlay helpers all get them.

The policy is deliberately asymmetric. Reads (GET, HEAD, OPTIONS) are idempotent and are
retried on 429, on any 5xx and on transient transport errors. Writes (POST and the rest)
may already have taken effect when a response is lost, and Luma has no idempotency keys,
so they are retried only when the server provably did no work: on 429 (Luma rejects
before doing anything) and when no connection was ever made.
"""

from __future__ import annotations

import logging
import math
import random as _random
import time
from collections.abc import Awaitable, Callable
from typing import Final

import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_BACKOFF,
    LOGGER_NAME,
    MAX_BACKOFF,
    RETRY_AFTER_CAP,
)
from ._headers import parse_retry_after
from ._transport import WrappingTransport

__all__ = ["RetryTransport", "backoff_delay", "default_async_sleep"]

logger = logging.getLogger(LOGGER_NAME)

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})

#: Transport errors worth retrying for idempotent requests. Deliberately excludes
#: ``UnsupportedProtocol`` and ``LocalProtocolError``: those are bugs on our side of the
#: wire and fail the same way every time.
_TRANSIENT_ERRORS: Final = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)

#: Errors raised before a single byte of the request reached the server: the only
#: errors after which a non-idempotent request is safe to send again.
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def backoff_delay(
    retry_index: int,
    *,
    initial: float = INITIAL_BACKOFF,
    maximum: float = MAX_BACKOFF,
    random: Callable[[], float] = _random.random,
) -> float:
    """Exponential backoff with "equal jitter": a delay in ``[base / 2, base]``.

    ``base`` is ``initial * 2**retry_index`` capped at ``maximum``. Half of the delay is
    fixed so that retries never bunch up at zero; the other half is random so that many
    clients failing together do not retry together. ``random`` returns a float in [0, 1).
    """
    base = min(initial * 2.0**retry_index, maximum)
    return base / 2.0 + base / 2.0 * random()


async def default_async_sleep(seconds: float) -> None:
    """The default async sleep: anyio's, which works under both asyncio and trio."""
    # Imported lazily: anyio (an httpx dependency) costs import time that sync users
    # should not pay.
    import anyio

    await anyio.sleep(seconds)


class RetryTransport(WrappingTransport):
    """Wraps a transport and re-sends requests according to the policy in the module docstring.

    ``inner`` may be sync, async or both (``httpx.MockTransport`` is both); the matching
    half is used for each request. ``sleep``, ``async_sleep``, ``random`` and ``now`` are
    injectable so that tests run instantly and deterministically.

    A server-requested delay larger than ``retry_after_cap`` is not waited for: the
    response goes back to the caller as is, which turns it into a ``RateLimitError``
    rather than blocking a worker for minutes. Every response that is retried is closed
    before sleeping, so no connection leaks. The final response carries the number of
    retries in ``response.extensions["retries_taken"]``.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_after_cap: float = RETRY_AFTER_CAP,
        initial_backoff: float = INITIAL_BACKOFF,
        max_backoff: float = MAX_BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = default_async_sleep,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
        for name, value in (
            ("retry_after_cap", retry_after_cap),
            ("initial_backoff", initial_backoff),
            ("max_backoff", max_backoff),
        ):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
        super().__init__(inner)
        self.max_retries = max_retries
        self.retry_after_cap = retry_after_cap
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._random = random
        self._now = now

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._inner!r}, max_retries={self.max_retries})"

    # -- policy -------------------------------------------------------------------------

    def _delay_after_response(
        self, request: httpx.Request, response: httpx.Response, retries: int
    ) -> float | None:
        """Seconds to wait before retrying, or None to hand the response back."""
        if retries >= self.max_retries:
            return None
        status = response.status_code
        if status == 429:
            pass  # Luma answers 429 before doing any work: safe for every method.
        elif status < 500 or request.method not in IDEMPOTENT_METHODS:
            return None
        requested = parse_retry_after(response.headers, now=self._now)
        if requested is None:
            return self._backoff(retries)
        if requested > self.retry_after_cap:
            logger.debug(
                "Not retrying %s %s: server asked to wait %.1f s, more than the %.1f s cap",
                request.method,
                _loggable_url(request),
                requested,
                self.retry_after_cap,
            )
            return None
        return requested

    def _delay_after_error(
        self, request: httpx.Request, error: httpx.TransportError, retries: int
    ) -> float | None:
        if retries >= self.max_retries:
            return None
        retryable = _TRANSIENT_ERRORS if request.method in IDEMPOTENT_METHODS else _NOT_SENT_ERRORS
        if not isinstance(error, retryable):
            return None
        return self._backoff(retries)

    def _backoff(self, retries: int) -> float:
        return backoff_delay(
            retries, initial=self.initial_backoff, maximum=self.max_backoff, random=self._random
        )

    # -- sync ---------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        if self.max_retries:
            request.read()  # a streamed body can only be sent once; buffer it to re-send
        retries = 0
        while True:
            try:
                response = inner.handle_request(request)
                delay = self._delay_after_response(request, response, retries)
                if delay is None and request.method in IDEMPOTENT_METHODS:
                    _read_or_close(response)
            except httpx.TransportError as error:
                delay = self._delay_after_error(request, error, retries)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                if delay is None:
                    response.extensions["retries_taken"] = retries
                    return response
                reason = str(response.status_code)
                response.close()
            retries += 1
            self._log_retry(request, reason, delay, retries)
            self._sleep(delay)

    # -- async --------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        if self.max_retries:
            await request.aread()
        retries = 0
        while True:
            try:
                response = await inner.handle_async_request(request)
                delay = self._delay_after_response(request, response, retries)
                if delay is None and request.method in IDEMPOTENT_METHODS:
                    await _aread_or_close(response)
            except httpx.TransportError as error:
                delay = self._delay_after_error(request, error, retries)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                if delay is None:
                    response.extensions["retries_taken"] = retries
                    return response
                reason = str(response.status_code)
                await response.aclose()
            retries += 1
            self._log_retry(request, reason, delay, retries)
            await self._async_sleep(delay)

    def _log_retry(self, request: httpx.Request, reason: str, delay: float, retry: int) -> None:
        logger.debug(
            "Retrying %s %s after %s in %.2f s (retry %d of %d)",
            request.method,
            _loggable_url(request),
            reason,
            delay,
            retry,
            self.max_retries,
        )


def _read_or_close(response: httpx.Response) -> None:
    """Read the body here, where a body cut off mid-stream can still be retried like any
    other lost connection (reads only: a write's response may follow work already done)."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread_or_close(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


def _loggable_url(request: httpx.Request) -> str:
    """The URL without its query string, which may carry personal data such as emails."""
    return str(request.url.copy_with(query=None, fragment=None))

"""RetryTransport: the method x failure matrix, Retry-After handling, backoff, no leaks."""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Callable, Iterator
from email.utils import formatdate

import httpx
import pytest

from luma_client._constants import RETRY_AFTER_CAP
from luma_client._retry import RetryTransport, backoff_delay

NOW = 1_750_000_000.0  # injected wall clock, for HTTP-date Retry-After values
URL = "https://api.test/v1/events/get"
KEY = "secret-Xk3v9QpL2mN8rT5w"

Outcome = int | tuple[int, dict[str, str]] | type[httpx.TransportError]


class TrackingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed (i.e. the connection released)."""

    def __init__(self, content: bytes = b"{}") -> None:
        self._content = content
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Server:
    """A scripted MockTransport handler: one outcome per request, the last one repeating."""

    def __init__(self, *outcomes: Outcome) -> None:
        self._outcomes = outcomes
        self.requests: list[httpx.Request] = []
        self.streams: list[TrackingStream] = []

    @property
    def sends(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert all(stream.closed for stream in self.streams), "a discarded response leaked"
        outcome = self._outcomes[min(len(self.requests), len(self._outcomes) - 1)]
        self.requests.append(request)
        if isinstance(outcome, type):
            raise outcome("scripted failure")
        status, headers = outcome if isinstance(outcome, tuple) else (outcome, {})
        stream = TrackingStream()
        self.streams.append(stream)
        return httpx.Response(status, headers=headers, stream=stream)


class Harness:
    """A RetryTransport over a Server, with sleeps recorded instead of slept."""

    def __init__(
        self,
        *outcomes: Outcome,
        max_retries: int = 2,
        retry_after_cap: float = RETRY_AFTER_CAP,
        rand: Callable[[], float] = lambda: 0.5,
    ) -> None:
        self.server = Server(*outcomes)
        self.sleeps: list[float] = []
        self.transport = RetryTransport(
            httpx.MockTransport(self.server),
            max_retries=max_retries,
            retry_after_cap=retry_after_cap,
            sleep=self._sleep,
            async_sleep=self._async_sleep,
            random=rand,
            now=lambda: NOW,
        )

    def _sleep(self, seconds: float) -> None:
        assert all(stream.closed for stream in self.server.streams), "slept holding a response"
        self.sleeps.append(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleep(seconds)

    def send(self, method: str = "GET") -> httpx.Response:
        body = {"name": "x"} if method == "POST" else None
        with httpx.Client(transport=self.transport) as client:
            return client.request(method, URL, json=body)

    async def asend(self, method: str = "GET") -> httpx.Response:
        body = {"name": "x"} if method == "POST" else None
        async with httpx.AsyncClient(transport=self.transport) as client:
            return await client.request(method, URL, json=body)


# Backoff with random() == 0.5: base 0.5 s -> 0.375 s, base 1 s -> 0.75 s.
BACKOFF = [0.375, 0.75]

MATRIX: list[tuple[str, Outcome, int]] = [
    # 429: Luma rejects before doing any work, so every method is retried.
    ("GET", 429, 3),
    ("POST", 429, 3),
    # 5xx: only idempotent methods.
    ("GET", 500, 3),
    ("GET", 502, 3),
    ("GET", 503, 3),
    ("GET", 504, 3),
    ("GET", 520, 3),
    ("HEAD", 503, 3),
    ("OPTIONS", 503, 3),
    ("POST", 500, 1),
    ("POST", 502, 1),
    ("POST", 503, 1),
    ("POST", 504, 1),
    ("POST", 520, 1),
    ("PUT", 503, 1),
    ("DELETE", 503, 1),
    # Other statuses are answers, not failures.
    ("GET", 200, 1),
    ("GET", 400, 1),
    ("GET", 401, 1),
    ("GET", 404, 1),
    ("GET", 422, 1),
    ("POST", 201, 1),
    ("POST", 409, 1),
    # The request never left: safe to re-send whatever the method.
    ("GET", httpx.ConnectError, 3),
    ("POST", httpx.ConnectError, 3),
    ("GET", httpx.ConnectTimeout, 3),
    ("POST", httpx.ConnectTimeout, 3),
    ("GET", httpx.PoolTimeout, 3),
    ("POST", httpx.PoolTimeout, 3),
    # The request may have been processed: only idempotent methods.
    ("GET", httpx.ReadError, 3),
    ("POST", httpx.ReadError, 1),
    ("GET", httpx.ReadTimeout, 3),
    ("POST", httpx.ReadTimeout, 1),
    ("GET", httpx.WriteError, 3),
    ("POST", httpx.WriteError, 1),
    ("GET", httpx.WriteTimeout, 3),
    ("POST", httpx.WriteTimeout, 1),
    ("GET", httpx.RemoteProtocolError, 3),
    ("POST", httpx.RemoteProtocolError, 1),
    # Deterministic failures on our side: retrying cannot help.
    ("GET", httpx.LocalProtocolError, 1),
    ("GET", httpx.UnsupportedProtocol, 1),
]


def matrix_id(case: tuple[str, Outcome, int]) -> str:
    method, outcome, _ = case
    return f"{method}-{outcome.__name__ if isinstance(outcome, type) else outcome}"


@pytest.mark.parametrize(("method", "outcome", "sends"), MATRIX, ids=map(matrix_id, MATRIX))
def test_retry_matrix_sync(method: str, outcome: Outcome, sends: int) -> None:
    harness = Harness(outcome)
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            harness.send(method)
    else:
        assert harness.send(method).status_code == outcome
    assert harness.server.sends == sends
    assert harness.sleeps == BACKOFF[: sends - 1]


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "outcome", "sends"), MATRIX, ids=map(matrix_id, MATRIX))
async def test_retry_matrix_async(method: str, outcome: Outcome, sends: int) -> None:
    harness = Harness(outcome)
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            await harness.asend(method)
    else:
        assert (await harness.asend(method)).status_code == outcome
    assert harness.server.sends == sends
    assert harness.sleeps == BACKOFF[: sends - 1]


def test_recovers_and_reports_retries_taken() -> None:
    harness = Harness(503, httpx.ReadTimeout, 200)
    response = harness.send("GET")
    assert response.status_code == 200
    assert response.extensions["retries_taken"] == 2
    assert harness.server.sends == 3


def test_post_recovers_after_429_and_connect_error() -> None:
    harness = Harness(httpx.ConnectError, 429, 201)
    assert harness.send("POST").status_code == 201
    bodies = [request.content for request in harness.server.requests]
    assert bodies == [b'{"name":"x"}'] * 3  # the same request is re-sent each time


@pytest.mark.anyio
async def test_async_recovers_and_reports_retries_taken() -> None:
    harness = Harness(429, 200)
    response = await harness.asend("POST")
    assert response.status_code == 200
    assert response.extensions["retries_taken"] == 1


def test_max_retries_zero_disables_retries() -> None:
    harness = Harness(429, 200, max_retries=0)
    assert harness.send("GET").status_code == 429
    assert harness.server.sends == 1
    assert harness.sleeps == []
    harness = Harness(httpx.ConnectError, max_retries=0)
    with pytest.raises(httpx.ConnectError):
        harness.send("GET")
    assert harness.server.sends == 1


def test_max_retries_bounds_the_attempts() -> None:
    harness = Harness(503, max_retries=5, rand=lambda: 0.0)
    assert harness.send("GET").status_code == 503
    assert harness.server.sends == 6
    assert harness.sleeps == [0.25, 0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize("bad", [-1, True, 1.5])
def test_max_retries_is_validated(bad: int) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryTransport(httpx.MockTransport(Server(200)), max_retries=bad)


# -- Retry-After ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected_sleep"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "60"}, 60.0),  # Luma's one-minute block: within the cap
        ({"Retry-After": str(int(RETRY_AFTER_CAP))}, RETRY_AFTER_CAP),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "30"}, 0.25),  # ms wins
        ({"retry-after-ms": "junk", "Retry-After": "30"}, 30.0),
        ({"Retry-After": formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"Retry-After": formatdate(NOW - 30, usegmt=True)}, 0.0),  # already past
        ({"Retry-After": "next tuesday"}, 0.375),  # unparseable: backoff
        ({"Retry-After": "-3"}, 0.375),
        ({}, 0.375),
    ],
)
def test_retry_after_is_honoured(headers: dict[str, str], expected_sleep: float) -> None:
    harness = Harness((429, headers), 200)
    assert harness.send("POST").status_code == 200
    assert harness.sleeps == [expected_sleep]


def test_retry_after_is_honoured_on_5xx_for_get() -> None:
    harness = Harness((503, {"Retry-After": "5"}), 200)
    assert harness.send("GET").status_code == 200
    assert harness.sleeps == [5.0]


def test_retry_after_does_not_make_post_5xx_retryable() -> None:
    harness = Harness((503, {"Retry-After": "5"}), 200)
    assert harness.send("POST").status_code == 503
    assert harness.server.sends == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "120"},
        {"Retry-After": "65.5"},
        {"retry-after-ms": "600000"},
        {"Retry-After": formatdate(NOW + 3600, usegmt=True)},
    ],
)
def test_retry_after_above_the_cap_returns_the_response(headers: dict[str, str]) -> None:
    harness = Harness((429, headers), 200)
    response = harness.send("GET")
    assert response.status_code == 429
    assert response.extensions["retries_taken"] == 0
    assert harness.server.sends == 1
    assert harness.sleeps == []


def test_cap_is_configurable() -> None:
    harness = Harness((429, {"Retry-After": "11"}), 200, retry_after_cap=10)
    assert harness.send("GET").status_code == 429
    harness = Harness((429, {"Retry-After": "10"}), 200, retry_after_cap=10)
    assert harness.send("GET").status_code == 200
    assert harness.sleeps == [10.0]


def test_over_cap_after_a_retry_returns_that_response() -> None:
    harness = Harness((429, {"Retry-After": "2"}), (429, {"Retry-After": "600"}), 200)
    response = harness.send("GET")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "600"
    assert harness.server.sends == 2
    assert harness.sleeps == [2.0]


# -- backoff --------------------------------------------------------------------------


def test_backoff_grows_exponentially_up_to_the_maximum() -> None:
    low = [backoff_delay(n, initial=0.5, maximum=8.0, random=lambda: 0.0) for n in range(7)]
    high = [backoff_delay(n, initial=0.5, maximum=8.0, random=lambda: 1.0) for n in range(7)]
    assert low == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert high == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jittered_delays_stay_within_bounds_and_vary() -> None:
    rng = random.Random(1234)
    harness = Harness(503, max_retries=8, rand=rng.random)
    harness.send("GET")
    bases = [min(0.5 * 2**n, 8.0) for n in range(8)]
    assert len(harness.sleeps) == 8
    for delay, base in zip(harness.sleeps, bases, strict=True):
        assert base / 2 <= delay <= base
    assert len({delay / base for delay, base in zip(harness.sleeps, bases, strict=True)}) > 1


# -- resources ------------------------------------------------------------------------


def test_discarded_responses_are_closed_and_a_read_is_returned_fully_read() -> None:
    """Every discarded response is closed; a GET's final body is read inside the transport
    (so a body cut off mid-stream is retried) and stays available to the caller."""
    harness = Harness(429, 503, 200)
    response = harness.transport.handle_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert [stream.closed for stream in harness.server.streams] == [True, True, True]
    assert response.content == b"{}"


@pytest.mark.anyio
async def test_async_discarded_responses_are_closed_and_a_read_is_returned_fully_read() -> None:
    harness = Harness(429, 503, 200)
    response = await harness.transport.handle_async_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert [stream.closed for stream in harness.server.streams] == [True, True, True]
    assert response.content == b"{}"


def test_a_write_response_is_returned_unread_and_open() -> None:
    """A POST's response may follow work already done, so it is not read (nor retried) here:
    it goes back open, and only the caller's close releases it."""
    harness = Harness(429, 200)
    request = httpx.Request("POST", URL, json={"name": "x"})
    response = harness.transport.handle_request(request)
    assert response.status_code == 200
    assert [stream.closed for stream in harness.server.streams] == [True, False]
    response.close()
    assert harness.server.streams[-1].closed


def test_exhausted_retries_return_the_last_response_read() -> None:
    harness = Harness(503)
    response = harness.transport.handle_request(httpx.Request("GET", URL))
    assert [stream.closed for stream in harness.server.streams] == [True, True, True]
    assert response.status_code == 503
    assert response.content == b"{}"


class FailingBodyStream(TrackingStream):
    """A body that breaks off mid-stream, like a connection reset after the headers."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": '
        raise httpx.ReadError("connection reset mid-body")


def test_a_read_whose_body_breaks_off_is_retried() -> None:
    bodies: list[TrackingStream] = [FailingBodyStream(), TrackingStream(b'{"id": 1}')]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, stream=bodies[len(sent) - 1])

    transport = RetryTransport(httpx.MockTransport(handler), max_retries=2, sleep=lambda _: None)
    response = transport.handle_request(httpx.Request("GET", URL))
    assert len(sent) == 2
    assert response.content == b'{"id": 1}'
    assert bodies[0].closed


class ConsumingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads the request body from its stream like a real transport (MockTransport buffers)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def _answer(self, body: bytes) -> httpx.Response:
        self.bodies.append(body)
        return httpx.Response(429 if len(self.bodies) < 3 else 200)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        return self._answer(b"".join(request.stream))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        return self._answer(b"".join([chunk async for chunk in request.stream]))


def test_streamed_request_body_is_resent_whole() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": '
        yield b'"x"}'

    inner = ConsumingTransport()
    transport = RetryTransport(inner, sleep=lambda _: None)
    with httpx.Client(transport=transport) as client:
        assert client.post(URL, content=chunks()).status_code == 200
    assert inner.bodies == [b'{"name": "x"}'] * 3


@pytest.mark.anyio
async def test_async_streamed_request_body_is_resent_whole() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name": '
        yield b'"x"}'

    async def no_sleep(_: float) -> None:
        return None

    inner = ConsumingTransport()
    transport = RetryTransport(inner, async_sleep=no_sleep)
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.post(URL, content=chunks())).status_code == 200
    assert inner.bodies == [b'{"name": "x"}'] * 3


class SyncOnly(httpx.BaseTransport):
    def __init__(self) -> None:
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    def close(self) -> None:
        self.closed = True


@pytest.mark.anyio
async def test_sync_inner_used_from_async_is_a_clear_error() -> None:
    async with httpx.AsyncClient(transport=RetryTransport(SyncOnly())) as client:
        with pytest.raises(TypeError, match="not an async transport"):
            await client.get(URL)


def test_close_is_forwarded() -> None:
    inner = SyncOnly()
    with httpx.Client(transport=RetryTransport(inner)) as client:
        client.get(URL)
    assert inner.closed


# -- logging --------------------------------------------------------------------------


def test_retries_are_logged_without_headers_or_query(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="luma_client")
    harness = Harness(429, httpx.ConnectError, 200)
    with httpx.Client(transport=harness.transport) as client:
        client.get(URL, params={"email": "ada@example.com"}, headers={"x-luma-api-key": KEY})
    messages = [record.getMessage() for record in caplog.records if record.name == "luma_client"]
    assert messages == [
        f"Retrying GET {URL} after 429 in 0.38 s (retry 1 of 2)",
        f"Retrying GET {URL} after ConnectError in 0.75 s (retry 2 of 2)",
    ]
    assert all(record.levelno == logging.DEBUG for record in caplog.records)
    assert KEY not in caplog.text
    assert "ada@example.com" not in caplog.text


def test_giving_up_above_the_cap_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="luma_client")
    Harness((429, {"Retry-After": "600"})).send("GET")
    assert "more than the 65.0 s cap" in caplog.text


@pytest.mark.anyio
async def test_default_async_sleep_works_on_the_running_loop() -> None:
    server = Server((429, {"retry-after-ms": "1"}), 200)
    transport = RetryTransport(httpx.MockTransport(server))  # real (1 ms) anyio sleep
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(URL)).status_code == 200
    assert server.sends == 2

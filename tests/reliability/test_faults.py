"""Every fault of a real (scripted) server, against the retry policy.

Reads (GET) are retried on 429, 5xx, network errors and timeouts and succeed once the fault
clears, or raise the matching typed exception when the retries run out. A write (POST) is sent
again only when the server provably did not get it (connection refused) or refused it before
doing anything (429): the server's own request count proves it. A 200 with a broken body is never
retried. No fault leaves a connection busy in the client's pool, and the ``servers`` fixture checks
that every connection the server accepted was closed once the client was.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from luma_api import Client
from luma_api.api.events import get_event
from luma_api.api.guests import add_event_guests
from luma_api.models import EmptyResponse, Event
from luma_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    LumaError,
    RateLimitError,
    acall,
    call,
)
from tests.reliability.conftest import Connect, busy_connections
from tests.reliability.data import (
    ADD_GUESTS,
    GET_EVENT,
    add_guests_body,
    event_body,
    event_id,
)
from tests.reliability.faulty_server import (
    Behaviour,
    Close,
    FaultyServer,
    Received,
    Reply,
    Reset,
    ResetMidBody,
    Slow,
    closed_port,
    html_error,
    http_date_in,
    json_reply,
)

OK_EVENT = Reply(200, event_body())
OK_EMPTY = Reply(200, b"{}")
RATE_LIMITED = {"message": "Too many requests, try again in a minute", "code": "rate_limited"}


@dataclass(frozen=True)
class Fault:
    name: str
    behaviour: Behaviour
    error: type[LumaError]  # what is raised once the retries run out
    status: int | None = None

    def __str__(self) -> str:
        return self.name


SLOW = Fault("slower-than-timeout", Slow(1.0, OK_EVENT), APITimeoutError)
RESET = Fault("reset-before-response", Reset(), APIConnectionError)
RESET_MID_BODY = Fault("reset-mid-body", ResetMidBody(), APIConnectionError)
CLOSE = Fault("close-without-response", Close(), APIConnectionError)
PROXY_ERRORS = [
    Fault(f"{status}-html-proxy-page", html_error(status), InternalServerError, status)
    for status in (502, 503, 504, 520)
]
RATE_LIMITS = [
    Fault(
        "429-retry-after-1s",
        json_reply(429, RATE_LIMITED, ("Retry-After", "1")),
        RateLimitError,
        429,
    ),
    Fault("429-no-retry-after", json_reply(429, RATE_LIMITED), RateLimitError, 429),
]

#: Faults a GET must survive.
GET_FAULTS = [RESET, RESET_MID_BODY, CLOSE, SLOW, *PROXY_ERRORS, *RATE_LIMITS]
#: Faults that reach the server after it has read the whole request: a POST must not be re-sent.
POST_NOT_RESENT = [
    RESET,
    RESET_MID_BODY,
    CLOSE,
    Fault("slower-than-timeout", Slow(1.0, OK_EMPTY), APITimeoutError),
    *PROXY_ERRORS,
    Fault(
        "500-json",
        json_reply(500, {"message": "Internal error", "code": "internal"}),
        InternalServerError,
        500,
    ),
]


def fetch_event(client: Client) -> Event:
    return call(get_event.sync_detailed, client=client, event_id=event_id())


def add_guests(client: Client) -> EmptyResponse:
    return call(add_event_guests.sync_detailed, client=client, body=add_guests_body())


def assert_same_post_bodies(server: FaultyServer) -> None:
    bodies = [r.json() for r in server.received if r.method == "POST"]
    assert bodies and all(body == add_guests_body().to_dict() for body in bodies)


# -- GET: retried until the fault clears ------------------------------------------------------


@pytest.mark.parametrize("fault", GET_FAULTS, ids=str)
def test_get_is_retried_until_the_fault_clears(
    fault: Fault, server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, fault.behaviour, then=OK_EVENT)
    client = connect(server, max_retries=2)

    event = fetch_event(client)

    assert event.id == event_id()
    assert server.count("GET", GET_EVENT) == 2, "one failed attempt, one retry"
    assert busy_connections(client) == 0


@pytest.mark.parametrize("fault", GET_FAULTS, ids=str)
def test_get_raises_the_typed_error_when_retries_run_out(
    fault: Fault, server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, fault.behaviour)
    client = connect(server, max_retries=1)

    with pytest.raises(LumaError) as info:
        fetch_event(client)

    assert type(info.value) is fault.error, repr(info.value)
    if fault.status is not None:
        assert isinstance(info.value, APIStatusError)
        assert info.value.status_code == fault.status
        assert str(info.value).startswith(f"HTTP {fault.status}")
        assert "<html" not in str(info.value).lower(), "a proxy page is not a message"
    assert server.count("GET", GET_EVENT) == 2, "the first attempt and max_retries=1 retry"
    assert busy_connections(client) == 0


def test_get_survives_a_burst_of_proxy_errors(server: FaultyServer, connect: Connect) -> None:
    server.script("GET", GET_EVENT, html_error(503), html_error(502), then=OK_EVENT)
    client = connect(server, max_retries=2)

    assert fetch_event(client).id == event_id()
    assert server.count("GET", GET_EVENT) == 3
    assert busy_connections(client) == 0


def test_a_longer_burst_exhausts_the_retries(server: FaultyServer, connect: Connect) -> None:
    server.script(
        "GET", GET_EVENT, html_error(502), html_error(503), html_error(504), then=OK_EVENT
    )
    client = connect(server, max_retries=2)

    with pytest.raises(InternalServerError) as info:
        fetch_event(client)

    assert info.value.status_code == 504
    assert str(info.value) == "HTTP 504 Gateway Timeout on GET /v1/events/get"
    assert server.count("GET", GET_EVENT) == 3, "1 + max_retries attempts, not one more"
    assert busy_connections(client) == 0


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(event_body()[: len(event_body()) // 2], id="truncated-json"),
        pytest.param(b"{'id': evt-7AfHSGOBmoz4iLO,}", id="invalid-json"),
        pytest.param(b"<html><body>Service Unavailable</body></html>", id="html-on-200"),
    ],
)
def test_broken_json_on_200_is_a_validation_error_and_is_not_retried(
    body: bytes, server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, Reply(200, body, fault=True), then=OK_EVENT)
    client = connect(server, max_retries=2)

    with pytest.raises(APIResponseValidationError) as info:
        fetch_event(client)

    assert info.value.status_code == 200
    assert "does not match" in str(info.value)
    assert server.count("GET", GET_EVENT) == 1, "a 200 is an answer: never retried"
    assert busy_connections(client) == 0


# -- Retry-After ---------------------------------------------------------------------------------


def test_retry_after_seconds_is_waited_for(server: FaultyServer, connect: Connect) -> None:
    server.script(
        "GET", GET_EVENT, json_reply(429, RATE_LIMITED, ("Retry-After", "1")), then=OK_EVENT
    )
    client = connect(server)

    started = time.monotonic()
    fetch_event(client)
    elapsed = time.monotonic() - started

    assert 1.0 <= elapsed < 2.0
    assert server.count("GET", GET_EVENT) == 2


def test_retry_after_http_date_is_waited_for(server: FaultyServer, connect: Connect) -> None:
    def handler(request: Received, index: int) -> Behaviour:
        if index == 0:  # the date is computed when the request arrives: 1 to 2 s ahead
            return json_reply(429, RATE_LIMITED, ("Retry-After", http_date_in(2)))
        return OK_EVENT

    server.handle("GET", GET_EVENT, handler)
    client = connect(server)

    started = time.monotonic()
    fetch_event(client)
    elapsed = time.monotonic() - started

    assert 0.95 <= elapsed < 3.0
    assert server.count("GET", GET_EVENT) == 2


def test_retry_after_ms_wins_over_retry_after(server: FaultyServer, connect: Connect) -> None:
    headers = (("Retry-After", "30"), ("retry-after-ms", "200"))
    server.script("GET", GET_EVENT, json_reply(429, RATE_LIMITED, *headers), then=OK_EVENT)
    client = connect(server)

    started = time.monotonic()
    fetch_event(client)

    assert 0.2 <= time.monotonic() - started < 1.0
    assert server.count("GET", GET_EVENT) == 2


def test_retry_after_beyond_the_cap_is_not_waited_for(
    server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, json_reply(429, RATE_LIMITED, ("Retry-After", "120")))
    client = connect(server, max_retries=2)

    started = time.monotonic()
    with pytest.raises(RateLimitError) as info:
        fetch_event(client)

    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 120.0
    assert info.value.code == "rate_limited"
    assert server.count("GET", GET_EVENT) == 1


def test_rate_limit_error_reports_the_last_retry_after(
    server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, json_reply(429, RATE_LIMITED, ("Retry-After", "1")))
    client = connect(server, max_retries=1)

    with pytest.raises(RateLimitError) as info:
        fetch_event(client)

    assert info.value.retry_after == 1.0
    assert info.value.message == RATE_LIMITED["message"]
    assert server.count("GET", GET_EVENT) == 2


# -- redirects ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_are_not_followed(status: int, server: FaultyServer, connect: Connect) -> None:
    moved = "/v1/events/get-moved"
    location = f"{server.base_url}{moved}?event_id={event_id()}"
    server.script("GET", GET_EVENT, Reply(status, b"", (("Location", location),)))
    server.script("GET", moved, OK_EVENT)
    client = connect(server)

    with pytest.raises(APIStatusError) as info:
        fetch_event(client)

    assert info.value.status_code == status
    assert server.count("GET", moved) == 0, "the redirect must not be followed"
    assert server.count() == 1, "and not retried"


# -- POST: never sent twice unless provably not received ---------------------------------------


@pytest.mark.parametrize("fault", POST_NOT_RESENT, ids=str)
def test_post_is_not_resent_once_the_server_has_read_it(
    fault: Fault, server: FaultyServer, connect: Connect
) -> None:
    server.script("POST", ADD_GUESTS, fault.behaviour, then=OK_EMPTY)
    client = connect(server, max_retries=2)

    with pytest.raises(LumaError) as info:
        add_guests(client)

    assert type(info.value) is fault.error, repr(info.value)
    assert server.count("POST", ADD_GUESTS) == 1, "the POST was sent twice"
    assert_same_post_bodies(server)
    assert busy_connections(client) == 0


def test_post_is_retried_after_a_429(server: FaultyServer, connect: Connect) -> None:
    # Luma answers 429 before doing any work, so sending the same POST again is safe.
    server.script(
        "POST", ADD_GUESTS, json_reply(429, RATE_LIMITED, ("Retry-After", "1")), then=OK_EMPTY
    )
    client = connect(server, max_retries=2)

    assert isinstance(add_guests(client), EmptyResponse)
    assert server.count("POST", ADD_GUESTS) == 2
    assert_same_post_bodies(server)


def test_post_gives_up_after_repeated_429s(server: FaultyServer, connect: Connect) -> None:
    server.script("POST", ADD_GUESTS, json_reply(429, RATE_LIMITED))
    client = connect(server, max_retries=1)

    with pytest.raises(RateLimitError):
        add_guests(client)
    assert server.count("POST", ADD_GUESTS) == 2


class ListenOnFirstRetry(logging.Handler):
    """Lets a refusing server start listening as soon as the client logs its first retry.

    The client logs before it sleeps, so the retry is guaranteed to find the server up.
    """

    def __init__(self, server: FaultyServer) -> None:
        super().__init__(logging.DEBUG)
        self.server = server
        self.retries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Retrying"):
            self.retries.append(message)
            self.server.listen()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried_and_then_succeeds(
    method: str, servers: Callable[..., FaultyServer], connect: Connect
) -> None:
    server: FaultyServer = servers(listen=False)
    server.script("GET", GET_EVENT, OK_EVENT)
    server.script("POST", ADD_GUESTS, OK_EMPTY)
    client = connect(server, max_retries=2)
    watcher = ListenOnFirstRetry(server)
    logger = logging.getLogger("luma_client")
    previous_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(watcher)
    try:
        if method == "GET":
            fetch_event(client)
        else:
            add_guests(client)
    finally:
        logger.removeHandler(watcher)
        logger.setLevel(previous_level)

    assert len(watcher.retries) == 1
    assert "ConnectError" in watcher.retries[0]
    assert server.count(method) == 1, "the refused attempt never reached the server"
    assert busy_connections(client) == 0


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_raises_after_the_retries(
    method: str, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="luma_client")
    with closed_port() as port:
        client = connect(f"http://127.0.0.1:{port}", max_retries=1)
        with pytest.raises(APIConnectionError) as info:
            if method == "GET":
                fetch_event(client)
            else:
                add_guests(client)

    assert type(info.value) is APIConnectionError
    assert "ConnectError" in str(info.value)
    retries = [r for r in caplog.records if r.getMessage().startswith(f"Retrying {method}")]
    assert len(retries) == 1, "refused connections are retried for every method"
    assert busy_connections(client) == 0


# -- the async path behaves the same ----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("fault", [RESET, RESET_MID_BODY, CLOSE, PROXY_ERRORS[1]], ids=str)
async def test_async_get_is_retried_until_the_fault_clears(
    fault: Fault, server: FaultyServer, connect: Connect
) -> None:
    server.script("GET", GET_EVENT, fault.behaviour, then=OK_EVENT)
    client = connect(server, max_retries=2)
    try:
        event = await acall(get_event.asyncio_detailed, client=client, event_id=event_id())
        assert event.id == event_id()
        assert server.count("GET", GET_EVENT) == 2
        assert busy_connections(client, use_async=True) == 0
    finally:
        await client.get_async_httpx_client().aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("fault", [RESET, CLOSE, PROXY_ERRORS[1]], ids=str)
async def test_async_post_is_not_resent(
    fault: Fault, server: FaultyServer, connect: Connect
) -> None:
    server.script("POST", ADD_GUESTS, fault.behaviour, then=OK_EMPTY)
    client = connect(server, max_retries=2)
    try:
        with pytest.raises(LumaError) as info:
            await acall(add_event_guests.asyncio_detailed, client=client, body=add_guests_body())
        assert type(info.value) is fault.error
        assert server.count("POST", ADD_GUESTS) == 1
        assert busy_connections(client, use_async=True) == 0
    finally:
        await client.get_async_httpx_client().aclose()


# -- nothing is left open ------------------------------------------------------------------


def test_every_connection_is_closed_after_a_run_of_faults(
    server: FaultyServer, connect: Connect
) -> None:
    faults: list[Behaviour] = [
        Reset(),
        ResetMidBody(),
        Close(),
        html_error(503),
        Slow(1.0, OK_EVENT),
        Reply(200, b"{broken", fault=True),
    ]
    server.script("GET", GET_EVENT, *faults, then=OK_EVENT)
    client = connect(server, max_retries=0)
    for _ in faults:
        with pytest.raises(LumaError):
            fetch_event(client)
        assert busy_connections(client) == 0
    fetch_event(client)

    client.get_httpx_client().close()
    assert server.wait_all_closed() == 0, "the server still has connections open"
    assert server.accepted == len({request.connection for request in server.received})


# -- a body whose Content-Encoding does not decode --------------------------------------

CORRUPT_GZIP = b"\x1f\x8b\x08\x00not really gzip at all"


@pytest.mark.parametrize("status", [200, 404])
def test_a_corrupt_gzip_body_is_a_typed_error(
    status: int, server: FaultyServer, connect: Connect
) -> None:
    server.script(
        "GET", GET_EVENT, Reply(status, CORRUPT_GZIP, (("Content-Encoding", "gzip"),), fault=True)
    )
    client = connect(server, max_retries=0)

    with pytest.raises(LumaError) as info:
        fetch_event(client)
    with pytest.raises(LumaError):
        get_event.sync_detailed(client=client, event_id=event_id())  # the raw function too

    assert isinstance(info.value, APIResponseValidationError), repr(info.value)
    assert "could not be decoded" in str(info.value)
    assert busy_connections(client) == 0


@pytest.mark.anyio
async def test_a_corrupt_gzip_body_is_a_typed_error_async(
    server: FaultyServer, connect: Connect
) -> None:
    server.script(
        "GET", GET_EVENT, Reply(200, CORRUPT_GZIP, (("Content-Encoding", "gzip"),), fault=True)
    )
    client = connect(server, max_retries=1)

    with pytest.raises(APIResponseValidationError):
        await acall(get_event.asyncio_detailed, client=client, event_id=event_id())
    await client.aclose()

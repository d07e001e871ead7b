"""connect(): key and base URL resolution, headers, timeouts, the transport stack, validation."""

from __future__ import annotations

import asyncio
import math
import time
from typing import Any

import httpx
import pytest

import luma_client
from luma_api import Client
from luma_api.api.events import get_event
from luma_client import (
    ConfigurationError,
    ConnectedClient,
    InternalServerError,
    LumaError,
    NotFoundError,
    RateLimit,
    call,
    connect,
)
from luma_client._auth import LumaAuth

KEY = "secret-Xk3v9QpL2mN8rT5w"
NEW_KEY = "secret-Rotated000000001"
BASE = "https://api.test"
EVENT_PATH = "/v1/events/get"


class Recorder:
    """A MockTransport handler that records every request and answers with a fixed response."""

    def __init__(self, status: int = 200, json: object | None = None) -> None:
        self.status = status
        self.json: object = {} if json is None else json
        self.requests: list[httpx.Request] = []

    @property
    def count(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.json)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LUMA_API_KEY", raising=False)
    monkeypatch.delenv("LUMA_BASE_URL", raising=False)


def offline(recorder: Recorder, **kwargs: Any) -> ConnectedClient:
    """connect() with a recording transport, no rate limit and no retries unless overridden."""
    options: dict[str, Any] = {"rate_limit": None, "max_retries": 0, "base_url": BASE}
    options.update(kwargs)
    return connect(transport=recorder.transport(), **options)


def keyed(recorder: Recorder, **kwargs: Any) -> ConnectedClient:
    """``offline`` with the test key."""
    return offline(recorder, api_key=KEY, **kwargs)


def send_sync(client: Client) -> None:
    client.get_httpx_client().get(EVENT_PATH, params={"event_id": "evt-1"})


async def send_async(client: Client) -> None:
    await client.get_async_httpx_client().get(EVENT_PATH, params={"event_id": "evt-1"})


# -- the API key ----------------------------------------------------------------------------


def test_api_key_argument_is_sent() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_API_KEY", KEY)
    recorder = Recorder()
    client = offline(recorder)
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


def test_api_key_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_API_KEY", "secret-FromTheEnvironment")
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


def test_missing_key_raises_before_any_request() -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="LUMA_API_KEY") as info:
        offline(recorder)
    assert recorder.count == 0
    assert isinstance(info.value, LumaError)


@pytest.mark.parametrize("value", ["", "   ", "\t\n"])
def test_empty_environment_key_is_rejected(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("LUMA_API_KEY", value)
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="LUMA_API_KEY"):
        offline(recorder)
    assert recorder.count == 0


@pytest.mark.parametrize(
    "bad_key",
    [
        "",
        "   ",
        f"{KEY}\n",
        f"{KEY}\r\n",
        f"{KEY[:6]}\n{KEY[6:]}",
        f" {KEY}",
        f"{KEY} ",
        f"{KEY[:6]} {KEY[6:]}",
        f"{KEY}\x00",
        f"{KEY}é",
    ],
    ids=[
        "empty",
        "spaces",
        "trailing-newline",
        "trailing-crlf",
        "inner-newline",
        "leading-space",
        "trailing-space",
        "inner-space",
        "nul",
        "non-ascii",
    ],
)
def test_malformed_key_argument_is_rejected_without_echoing_it(bad_key: str) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError) as info:
        offline(recorder, api_key=bad_key)
    assert recorder.count == 0
    if bad_key.strip():
        assert KEY[6:] not in str(info.value)
        assert KEY[6:] not in repr(info.value)


def test_environment_key_with_trailing_newline_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_API_KEY", f"{KEY}\n")
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="line break") as info:
        offline(recorder)
    assert KEY not in str(info.value)
    assert recorder.count == 0


def test_non_string_key_is_rejected() -> None:
    with pytest.raises(ConfigurationError):
        connect(b"bytes-key", base_url=BASE, rate_limit=None)  # type: ignore[arg-type]


# -- the base URL ---------------------------------------------------------------------------


def test_default_base_url() -> None:
    recorder = Recorder()
    client = connect(KEY, rate_limit=None, max_retries=0, transport=recorder.transport())
    send_sync(client)
    assert str(recorder.requests[0].url).startswith(f"https://public-api.luma.com{EVENT_PATH}?")
    assert str(client.get_httpx_client().base_url) == "https://public-api.luma.com"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_BASE_URL", "http://127.0.0.1:4010")
    recorder = Recorder()
    client = connect(KEY, rate_limit=None, max_retries=0, transport=recorder.transport())
    send_sync(client)
    assert recorder.requests[0].url.host == "127.0.0.1"
    assert recorder.requests[0].url.port == 4010
    assert recorder.requests[0].url.path == EVENT_PATH


def test_empty_base_url_environment_falls_back_to_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_BASE_URL", "")
    recorder = Recorder()
    client = connect(KEY, rate_limit=None, max_retries=0, transport=recorder.transport())
    send_sync(client)
    assert recorder.requests[0].url.host == "public-api.luma.com"


def test_base_url_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMA_BASE_URL", "http://env.test")
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, base_url="https://arg.test")
    send_sync(client)
    assert recorder.requests[0].url.host == "arg.test"


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://api.test/", "https://api.test/v1/events/get"),
        ("https://proxy.test/luma", "https://proxy.test/luma/v1/events/get"),
        ("https://proxy.test/luma/", "https://proxy.test/luma/v1/events/get"),
    ],
)
def test_base_url_path_and_trailing_slash(base_url: str, expected: str) -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, base_url=base_url)
    send_sync(client)
    assert str(recorder.requests[0].url.copy_with(query=None)) == expected


@pytest.mark.parametrize(
    "base_url",
    ["not a url", "ftp://example.com", "http://", "", "example.com", "https://[::1", "http://:80"],
)
def test_invalid_base_url_argument(base_url: str) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="base_url"):
        offline(recorder, api_key=KEY, base_url=base_url)
    assert recorder.count == 0


@pytest.mark.parametrize("base_url", ["not a url", "ftp://example.com", "https://[::1"])
def test_invalid_base_url_environment(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    monkeypatch.setenv("LUMA_BASE_URL", base_url)
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="LUMA_BASE_URL"):
        connect(KEY, rate_limit=None, transport=recorder.transport())
    assert recorder.count == 0


# -- headers --------------------------------------------------------------------------------


def test_key_is_sent_on_every_sync_request() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    for _ in range(3):
        send_sync(client)
    client.get_httpx_client().post("/v1/events/create", json={"name": "x"})
    assert recorder.count == 4
    assert [r.headers.get("x-luma-api-key") for r in recorder.requests] == [KEY] * 4
    assert all("x-luma-calendar-id" not in r.headers for r in recorder.requests)


@pytest.mark.anyio
async def test_key_is_sent_on_every_async_request() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    for _ in range(3):
        await send_async(client)
    await client.get_async_httpx_client().post("/v1/events/create", json={"name": "x"})
    assert [r.headers.get("x-luma-api-key") for r in recorder.requests] == [KEY] * 4
    assert all("x-luma-calendar-id" not in r.headers for r in recorder.requests)


def test_key_is_sent_by_generated_operations() -> None:
    recorder = Recorder(status=404, json={"message": "not found"})
    client = offline(recorder, api_key=KEY)
    with pytest.raises(NotFoundError):
        get_event.sync_detailed(client=client, event_id="evt-1")
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


@pytest.mark.anyio
async def test_calendar_id_header_only_when_given() -> None:
    with_calendar = Recorder()
    without_calendar = Recorder()
    c1 = offline(with_calendar, api_key=KEY, calendar_id="cal-NQYQhHfQN7sg4BF")
    c2 = offline(without_calendar, api_key=KEY)
    send_sync(c1)
    await send_async(c1)
    send_sync(c2)
    await send_async(c2)
    assert [r.headers.get("x-luma-calendar-id") for r in with_calendar.requests] == [
        "cal-NQYQhHfQN7sg4BF",
        "cal-NQYQhHfQN7sg4BF",
    ]
    assert [r.headers.get("x-luma-calendar-id") for r in without_calendar.requests] == [None, None]


@pytest.mark.parametrize("calendar_id", ["", "  ", "cal-1\n", "cal 1"])
def test_malformed_calendar_id_is_rejected(calendar_id: str) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError):
        offline(recorder, api_key=KEY, calendar_id=calendar_id)
    assert recorder.count == 0


@pytest.mark.anyio
async def test_user_agent_names_package_and_version() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    send_sync(client)
    await send_async(client)
    expected = f"luma-client/{luma_client.__version__}"
    assert luma_client.__version__
    for request in recorder.requests:
        assert expected in request.headers["user-agent"]
        assert "python-httpx" not in request.headers["user-agent"]
        assert request.headers["accept"] == "application/json"


# -- timeouts -------------------------------------------------------------------------------


def test_default_timeout_is_explicit_and_finite() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    for timeout in (client.get_httpx_client().timeout, client.get_async_httpx_client().timeout):
        assert timeout is not None
        assert timeout != httpx.Timeout(None)
        for value in (timeout.connect, timeout.read, timeout.write, timeout.pool):
            assert value is not None
            assert 0 < value <= 120
    send_sync(client)
    sent = recorder.requests[0].extensions["timeout"]
    assert all(value is not None and value > 0 for value in sent.values())


@pytest.mark.anyio
async def test_timeout_number_propagates_to_requests() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, timeout=5.0)
    assert client.get_httpx_client().timeout == httpx.Timeout(5.0)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(5.0)
    send_sync(client)
    await send_async(client)
    expected = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert [r.extensions["timeout"] for r in recorder.requests] == [expected, expected]


def test_timeout_object_is_used_as_given() -> None:
    recorder = Recorder()
    timeout = httpx.Timeout(7.0, connect=2.0)
    client = offline(recorder, api_key=KEY, timeout=timeout)
    send_sync(client)
    assert client.get_httpx_client().timeout == timeout
    assert recorder.requests[0].extensions["timeout"]["connect"] == 2.0
    assert recorder.requests[0].extensions["timeout"]["read"] == 7.0


def test_timeout_none_means_no_limit() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, timeout=None)
    assert client.get_httpx_client().timeout == httpx.Timeout(None)


@pytest.mark.parametrize("timeout", [0, -1, -0.5, True, -math.inf])
def test_invalid_timeout(timeout: float) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        connect(KEY, base_url=BASE, rate_limit=None, timeout=timeout)


# A non-number must not escape as a bare TypeError, nor NaN pass as httpx.Timeout(nan).
@pytest.mark.parametrize("timeout", ["5", [5], math.nan], ids=["str", "list", "nan"])
def test_malformed_timeout_is_a_configuration_error(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        connect(KEY, base_url=BASE, rate_limit=None, timeout=timeout)


# -- the transport stack --------------------------------------------------------------------


@pytest.mark.anyio
async def test_caller_transport_is_wrapped() -> None:
    recorder = Recorder(status=404, json={"message": "Event not found", "code": "not_found"})
    client = offline(recorder, api_key=KEY)
    transport = client.get_httpx_client()._transport
    assert not isinstance(transport, httpx.MockTransport)
    with pytest.raises(NotFoundError) as sync_info:
        send_sync(client)
    with pytest.raises(NotFoundError) as async_info:
        await send_async(client)
    assert recorder.count == 2
    assert sync_info.value.message == "Event not found"
    assert async_info.value.code == "not_found"


def test_caller_transport_receives_generated_requests() -> None:
    recorder = Recorder(status=500, json={"message": "boom"})
    client = offline(recorder, api_key=KEY)
    with pytest.raises(InternalServerError):
        get_event.sync_detailed(client=client, event_id="evt-7AfHSGOBmoz4iLO")
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.path == EVENT_PATH
    assert request.url.params["event_id"] == "evt-7AfHSGOBmoz4iLO"


@pytest.mark.anyio
async def test_one_sync_and_one_async_client_built_once() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    sync_client = client.get_httpx_client()
    async_client = client.get_async_httpx_client()
    assert isinstance(client, Client)
    assert isinstance(sync_client, httpx.Client)
    assert isinstance(async_client, httpx.AsyncClient)
    assert client.get_httpx_client() is sync_client
    assert client.get_async_httpx_client() is async_client
    send_sync(client)
    await send_async(client)
    assert client.get_httpx_client() is sync_client
    assert client.get_async_httpx_client() is async_client
    assert sync_client.auth is async_client.auth
    assert isinstance(sync_client.auth, LumaAuth)
    assert recorder.count == 2


def test_separate_connects_are_independent() -> None:
    r1, r2 = Recorder(), Recorder()
    c1 = offline(r1, api_key=KEY)
    c2 = offline(r2, api_key=NEW_KEY)
    assert c1.get_httpx_client() is not c2.get_httpx_client()
    send_sync(c1)
    send_sync(c2)
    assert r1.requests[0].headers["x-luma-api-key"] == KEY
    assert r2.requests[0].headers["x-luma-api-key"] == NEW_KEY


# -- rate limit and retries -----------------------------------------------------------------


@pytest.mark.parametrize("rate_limit", [0, -1, "x", 1.5, True])
def test_invalid_rate_limit(rate_limit: object) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match=r"rate_limit|RateLimit"):
        offline(recorder, api_key=KEY, rate_limit=rate_limit)
    assert recorder.count == 0


@pytest.mark.parametrize("rate_limit", [RateLimit(500, 60), RateLimit(1, 0.5), 200, 1, None])
def test_valid_rate_limit(rate_limit: int | RateLimit | None) -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, rate_limit=rate_limit)
    send_sync(client)
    assert recorder.count == 1


def test_rate_limit_paces_requests() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, rate_limit=RateLimit(2, 0.3))
    started = time.monotonic()
    for _ in range(3):
        send_sync(client)
    assert time.monotonic() - started >= 0.25
    assert recorder.count == 3


def test_rate_limit_none_disables_limiting() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY, rate_limit=None)
    started = time.monotonic()
    for _ in range(300):
        send_sync(client)
    assert recorder.count == 300
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("max_retries", [-1, 1.5, True, "2", None])
def test_invalid_max_retries(max_retries: object) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="max_retries"):
        offline(recorder, api_key=KEY, max_retries=max_retries)
    assert recorder.count == 0


@pytest.mark.parametrize(("max_retries", "sends"), [(0, 1), (1, 2), (3, 4)])
def test_max_retries_bounds_attempts(max_retries: int, sends: int) -> None:
    count = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        return httpx.Response(503, headers={"Retry-After": "0"}, json={"message": "down"})

    client = connect(
        KEY,
        base_url=BASE,
        rate_limit=None,
        max_retries=max_retries,
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(InternalServerError):
        get_event.sync_detailed(client=client, event_id="evt-1")
    assert count == sends


# -- key rotation ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_key_rotation_applies_to_sync_and_async() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    send_sync(client)
    await send_async(client)
    auth = client.get_httpx_client().auth
    assert isinstance(auth, LumaAuth)
    client.rotate_key(NEW_KEY)
    send_sync(client)
    await send_async(client)
    assert [r.headers["x-luma-api-key"] for r in recorder.requests] == [KEY, KEY, NEW_KEY, NEW_KEY]
    assert KEY not in repr(auth)
    assert NEW_KEY not in repr(auth)


def test_rotating_to_a_malformed_key_is_refused_and_keeps_the_old_one() -> None:
    recorder = Recorder()
    client = offline(recorder, api_key=KEY)
    auth = client.get_httpx_client().auth
    assert isinstance(auth, LumaAuth)
    with pytest.raises(ConfigurationError):
        auth.rotate(f"{NEW_KEY}\n")
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


# -- lifecycle: one call closes both pools --------------------------------------------------


class ClosingTransport(httpx.MockTransport):
    """Records whether the sync and the async half were closed."""

    def __init__(self) -> None:
        super().__init__(Recorder())
        self.closed: list[str] = []

    def close(self) -> None:
        self.closed.append("sync")

    async def aclose(self) -> None:
        self.closed.append("async")


def test_close_closes_both_pools() -> None:
    transport = ClosingTransport()
    client = connect(KEY, base_url=BASE, transport=transport)
    client.close()
    assert client.get_httpx_client().is_closed
    assert client.get_async_httpx_client().is_closed
    assert transport.closed == ["sync"]  # the async half never opened a connection
    with pytest.raises(LumaError, match="closed"):
        asyncio.run(client.get_async_httpx_client().get(EVENT_PATH))


def test_with_closes_both_pools() -> None:
    with connect(KEY, base_url=BASE, transport=ClosingTransport()) as client:
        assert isinstance(client, ConnectedClient)
    assert client.get_httpx_client().is_closed
    assert client.get_async_httpx_client().is_closed


@pytest.mark.anyio
async def test_async_with_and_aclose_close_both_pools() -> None:
    transport = ClosingTransport()
    async with connect(KEY, base_url=BASE, transport=transport) as client:
        await send_async(client)
    assert client.get_httpx_client().is_closed
    assert client.get_async_httpx_client().is_closed
    assert sorted(transport.closed) == ["async", "sync"]


@pytest.mark.anyio
async def test_close_from_async_code_with_open_async_connections_says_what_to_do() -> None:
    client = keyed(Recorder())
    await send_async(client)
    with pytest.raises(LumaError, match="aclose"):
        client.close()
    await client.aclose()


def test_calendar_id_setting_changes_the_header() -> None:
    recorder = Recorder()
    client = keyed(recorder)
    assert client.calendar_id is None
    client.calendar_id = "cal-123"
    send_sync(client)
    client.calendar_id = None
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-calendar-id"] == "cal-123"
    assert "x-luma-calendar-id" not in recorder.requests[1].headers
    with pytest.raises(ConfigurationError):
        client.calendar_id = " "


def test_rotate_key_refuses_a_bad_key_and_keeps_the_old_one() -> None:
    recorder = Recorder()
    client = keyed(recorder)
    with pytest.raises(ConfigurationError):
        client.rotate_key("short")
    send_sync(client)
    assert recorder.requests[0].headers["x-luma-api-key"] == KEY


def test_repr_names_no_key() -> None:
    client = keyed(Recorder(), calendar_id="cal-1")
    assert KEY not in repr(client)
    assert "cal-1" in repr(client)


# -- copies keep the stack and leave the original alone -------------------------------------


@pytest.mark.parametrize(
    "derive",
    [
        lambda c: c.with_headers({"Prefer": "code=404"}),
        lambda c: c.with_timeout(httpx.Timeout(3.0)),
        lambda c: c.with_cookies({"session": "abc"}),
    ],
    ids=["with_headers", "with_timeout", "with_cookies"],
)
def test_copies_keep_auth_and_the_stack_and_leave_the_original_alone(
    derive: Any,
) -> None:
    recorder = Recorder(status=404, json={"message": "no such event"})
    original = keyed(recorder)
    copy = derive(original)
    assert isinstance(copy, ConnectedClient)
    assert copy is not original
    with pytest.raises(NotFoundError):  # raised by our stack, not returned raw
        call(get_event.sync_detailed, client=copy, event_id="evt-1")
    assert recorder.requests[-1].headers["x-luma-api-key"] == KEY
    with pytest.raises(NotFoundError):
        call(get_event.sync_detailed, client=original, event_id="evt-1")
    _first, second = recorder.requests
    assert "prefer" not in second.headers
    assert "cookie" not in second.headers
    assert original.get_httpx_client().timeout == copy.get_httpx_client().timeout or (
        copy.get_httpx_client().timeout == httpx.Timeout(3.0)
    )
    copy.close()
    assert not original.get_httpx_client().is_closed
    original.close()


def test_with_headers_sends_the_extra_header_on_the_copy_only() -> None:
    recorder = Recorder()
    original = keyed(recorder)
    copy = original.with_headers({"Prefer": "code=200"})
    send_sync(copy)
    send_sync(original)
    assert recorder.requests[0].headers["prefer"] == "code=200"
    assert "prefer" not in recorder.requests[1].headers


def test_copies_share_the_key_with_the_original() -> None:
    recorder = Recorder()
    original = keyed(recorder)
    copy = original.with_headers({"X-Trace": "1"})
    original.rotate_key(NEW_KEY)
    send_sync(copy)
    assert recorder.requests[0].headers["x-luma-api-key"] == NEW_KEY


# -- extra headers, key length, TLS ---------------------------------------------------------


def test_connect_headers_are_sent_on_every_request() -> None:
    recorder = Recorder()
    client = keyed(recorder, headers={"Prefer": "example=second"})
    send_sync(client)
    assert recorder.requests[0].headers["prefer"] == "example=second"


@pytest.mark.parametrize(
    "headers",
    [{"x-luma-api-key": "other-key-123"}, {"Bad\nName": "x"}, {"Prefer": 3}, ["Prefer"]],
    ids=["reserved", "line-break", "non-str", "not-a-mapping"],
)
def test_bad_headers_are_a_configuration_error(headers: Any) -> None:
    with pytest.raises(ConfigurationError, match="header"):
        connect(KEY, base_url=BASE, headers=headers)


@pytest.mark.parametrize("key", ["e", "Zq9", "Zq9Zq9Z"])
def test_keys_shorter_than_eight_characters_are_refused(key: str) -> None:
    # Redacting the key "e" would turn "Event not found" into "Ev[REDACTED]nt not found".
    with pytest.raises(ConfigurationError) as info:
        connect(key, base_url=BASE)
    assert str(info.value) == (
        f"The Luma API key is {len(key)} characters long; real keys have at least 8. "
        "Is it truncated?"
    )


def test_no_ssl_context_is_built_for_a_plain_http_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ssl

    built: list[object] = []
    original = ssl.SSLContext.load_verify_locations

    def counting(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        built.append(args)
        original(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    connect(KEY, base_url="http://127.0.0.1:4010").close()
    assert built == [], "certificates were loaded for a plain-http URL"
    connect(KEY, base_url="https://api.test").close()
    assert len(built) == 1, "one context, shared by both pools, for https"

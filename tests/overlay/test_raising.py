"""The outermost transport: every non-2xx status and transport failure becomes a typed error.

Checked end to end through connect(): raw generated functions, call() and acall() must all raise
the same typed exceptions, and nothing an exception keeps may contain the API key.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from luma_api import Client
from luma_api.api.events import get_event
from luma_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LumaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    acall,
    call,
    connect,
)
from luma_client._auth import LumaAuth

KEY = "secret-Xk3v9QpL2mN8rT5w"
NEW_KEY = "secret-Rotated000000001"
SLASHED_KEY = "luma_sk/Ab+Cd=Ef9Gh"  # escapes differently in JSON ("\/") and URLs ("%2F")
EVENT_ID = "evt-7AfHSGOBmoz4iLO"

Handler = Callable[[httpx.Request], httpx.Response]

STATUS_CLASSES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, APIStatusError),
    (418, APIStatusError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (520, InternalServerError),
    (599, InternalServerError),
]


class Counting:
    """Wrap a handler and count the requests it receives."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def client_for(handler: Handler, *, api_key: str = KEY, **kwargs: Any) -> Client:
    options: dict[str, Any] = {"base_url": "https://api.test", "rate_limit": None, "max_retries": 0}
    options.update(kwargs)
    return connect(api_key, transport=httpx.MockTransport(handler), **options)


def error_handler(
    status: int,
    payload: object = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=payload, headers=headers)

    return handler


def exception_text(exc: BaseException) -> str:
    """Everything about an exception a log line or error report could show."""
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for name in ("message", "code", "body"):
        parts.append(str(getattr(exc, name, "")))
    headers = getattr(exc, "headers", None)
    if isinstance(headers, httpx.Headers):
        parts.extend(f"{name}: {value}" for name, value in headers.multi_items())
    parts.append(repr(vars(exc)))
    return "\n".join(parts)


def reachable_http_objects(exc: BaseException) -> list[object]:
    """httpx requests/responses reachable from the exception, its attributes and its chain."""
    found: list[object] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        for value in vars(current).values():
            if isinstance(value, httpx.Request | httpx.Response):
                found.append(value)
        if isinstance(current, httpx.RequestError):
            with contextlib.suppress(RuntimeError):  # .request is unset
                found.append(current.request)
        pending.extend([current.__cause__, current.__context__])
    return found


# -- status -> class ------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_raw_generated_function_raises_typed_error(status: int, cls: type[APIStatusError]) -> None:
    payload = {"message": f"problem {status}", "code": f"code_{status}"}
    handler = error_handler(status, payload, headers={"x-request-id": "req-1"})
    client = client_for(handler)
    with pytest.raises(APIStatusError) as info:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, LumaError)
    assert exc.status_code == status
    assert exc.message == f"problem {status}"
    assert exc.code == f"code_{status}"
    assert exc.headers["x-request-id"] == "req-1"
    assert json.loads(exc.body) == payload
    assert str(status) in str(exc)
    assert f"problem {status}" in str(exc)


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_raw_async_generated_function_raises_typed_error(
    status: int, cls: type[APIStatusError]
) -> None:
    payload = {"message": f"problem {status}", "code": f"code_{status}"}
    client = client_for(error_handler(status, payload))
    with pytest.raises(APIStatusError) as info:
        await get_event.asyncio_detailed(client=client, event_id=EVENT_ID)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.message == f"problem {status}"
    assert info.value.code == f"code_{status}"


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_call_raises_typed_error(status: int, cls: type[APIStatusError]) -> None:
    client = client_for(error_handler(status, {"message": "nope", "code": 42}))
    with pytest.raises(APIStatusError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.message == "nope"
    assert info.value.code == "42"


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_acall_raises_typed_error(status: int, cls: type[APIStatusError]) -> None:
    client = client_for(error_handler(status, {"error": "nope"}))
    with pytest.raises(APIStatusError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.message == "nope"
    assert info.value.code is None


@pytest.mark.parametrize("status", [301, 302, 304, 307])
def test_redirects_are_not_followed_and_raise(status: int) -> None:
    handler = error_handler(status, content=b"", headers={"location": "https://elsewhere.test/"})
    counting = Counting(handler)
    client = client_for(counting)
    with pytest.raises(APIStatusError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    assert type(info.value) is APIStatusError
    assert info.value.status_code == status
    assert len(counting.requests) == 1


# -- 429 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"Retry-After": "30"}, 30.0),
        ({"Retry-After": "0"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({}, None),
        ({"Retry-After": "soon"}, None),
    ],
)
def test_rate_limit_error_carries_retry_after(
    headers: dict[str, str], retry_after: float | None
) -> None:
    client = client_for(error_handler(429, {"message": "Too many requests"}, headers=headers))
    with pytest.raises(RateLimitError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    assert info.value.status_code == 429
    assert info.value.retry_after == retry_after
    assert info.value.message == "Too many requests"


@pytest.mark.anyio
async def test_async_rate_limit_error_carries_retry_after() -> None:
    client = client_for(error_handler(429, {"message": "slow down"}, headers={"Retry-After": "12"}))
    with pytest.raises(RateLimitError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert info.value.retry_after == 12.0


# -- bodies that are not Luma's JSON error ---------------------------------------------------


HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center>"
    b"</body></html>"
)


@pytest.mark.parametrize(
    ("status", "content", "content_type", "message"),
    [
        (502, HTML_PAGE, "text/html; charset=utf-8", "HTTP 502 Bad Gateway"),
        (502, HTML_PAGE, "application/octet-stream", "HTTP 502 Bad Gateway"),
        (
            520,
            b"<html><body>Web server is returning an unknown error</body></html>",
            "",
            "HTTP 520",
        ),
        (503, b"", "", "HTTP 503 Service Unavailable"),
        (500, b"   \n", "text/plain", "HTTP 500 Internal Server Error"),
        (404, b"", "application/json", "HTTP 404 Not Found"),
        (401, b"null", "application/json", "HTTP 401 Unauthorized"),
        (400, b"[1, 2]", "application/json", "HTTP 400 Bad Request"),
        (400, b'{"message": ""}', "application/json", "HTTP 400 Bad Request"),
        (400, b'{"detail": "no message field"}', "application/json", "no message field"),
        (400, b'{"reason": "unknown field"}', "application/json", "HTTP 400 Bad Request"),
        (400, b"Invalid   event_id\n", "text/plain", "Invalid event_id"),
    ],
    ids=[
        "html",
        "html-wrong-type",
        "html-520",
        "empty",
        "blank",
        "empty-json-type",
        "json-null",
        "json-array",
        "empty-message",
        "problem-detail",
        "no-message",
        "plain-text",
    ],
)
def test_unusual_error_bodies_give_a_clear_message(
    status: int, content: bytes, content_type: str, message: str
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    client = client_for(error_handler(status, content=content, headers=headers))
    with pytest.raises(APIStatusError) as info:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
    exc = info.value
    assert exc.status_code == status
    assert exc.message == message
    assert exc.code is None
    assert exc.body == content.decode()
    assert "<" not in str(exc)
    assert str(exc).startswith(f"HTTP {status}")


def test_long_error_message_is_shortened() -> None:
    client = client_for(error_handler(400, {"message": "x" * 10_000}))
    with pytest.raises(BadRequestError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    assert len(info.value.message) <= 500
    assert len(info.value.body) > 10_000  # the body itself is kept whole


# -- transport failures ---------------------------------------------------------------------


TRANSPORT_FAILURES: list[tuple[type[httpx.TransportError], type[APIConnectionError]]] = [
    (httpx.ConnectError, APIConnectionError),
    (httpx.ReadError, APIConnectionError),
    (httpx.WriteError, APIConnectionError),
    (httpx.RemoteProtocolError, APIConnectionError),
    (httpx.ConnectTimeout, APITimeoutError),
    (httpx.ReadTimeout, APITimeoutError),
    (httpx.WriteTimeout, APITimeoutError),
    (httpx.PoolTimeout, APITimeoutError),
]


def raising_handler(error: type[httpx.TransportError], *, echo_key: bool = False) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        detail = f" for {request.headers['x-luma-api-key']}" if echo_key else ""
        raise error(f"scripted {error.__name__}{detail}")

    return handler


@pytest.mark.parametrize(("error", "cls"), TRANSPORT_FAILURES)
def test_transport_errors_are_typed_for_raw_functions_and_call(
    error: type[httpx.TransportError], cls: type[APIConnectionError]
) -> None:
    client = client_for(raising_handler(error))
    for attempt in (
        lambda: get_event.sync_detailed(client=client, event_id=EVENT_ID),
        lambda: call(get_event.sync_detailed, client=client, event_id=EVENT_ID),
    ):
        with pytest.raises(APIConnectionError) as info:
            attempt()
        assert type(info.value) is cls
        assert isinstance(info.value, LumaError)
        assert not isinstance(info.value, httpx.HTTPError)
        assert error.__name__ in str(info.value)
        assert reachable_http_objects(info.value) == []


@pytest.mark.anyio
@pytest.mark.parametrize(("error", "cls"), TRANSPORT_FAILURES)
async def test_transport_errors_are_typed_async(
    error: type[httpx.TransportError], cls: type[APIConnectionError]
) -> None:
    client = client_for(raising_handler(error))
    with pytest.raises(APIConnectionError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert type(info.value) is cls
    with pytest.raises(APIConnectionError) as raw_info:
        await get_event.asyncio_detailed(client=client, event_id=EVENT_ID)
    assert type(raw_info.value) is cls


def test_timeout_is_a_connection_error() -> None:
    client = client_for(raising_handler(httpx.ReadTimeout))
    with pytest.raises(APIConnectionError):
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)


# -- the key never leaks --------------------------------------------------------------------


def echoing_handler(status: int, key: str) -> Handler:
    """A server that echoes the key it received back in every form it can think of."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent = request.headers["x-luma-api-key"]
        assert sent == key
        body = json.dumps(
            {
                "message": f"Invalid API key {sent}",
                "code": f"bad_key:{sent}",
                "echo": {"key": sent, "quoted": quote(sent, safe="")},
            }
        ).replace("/", "\\/")
        headers = [
            ("content-type", "application/json"),
            ("x-luma-api-key", sent),
            ("x-echo-key", sent),
            ("x-echo-quoted", quote(sent, safe="")),
            ("set-cookie", f"session={sent}"),
            ("www-authenticate", f'Key realm="luma", key="{sent}"'),
        ]
        return httpx.Response(status, content=body.encode(), headers=headers)

    return handler


@pytest.mark.parametrize("key", [KEY, SLASHED_KEY])
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 520])
def test_echoed_key_is_redacted_everywhere(key: str, status: int) -> None:
    client = client_for(echoing_handler(status, key), api_key=key)
    with pytest.raises(APIStatusError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    exc = info.value
    text = exception_text(exc)
    assert key not in text
    assert quote(key, safe="") not in text
    assert key.replace("/", "\\/") not in text
    assert "[REDACTED]" in exc.message
    assert "[REDACTED]" in exc.body
    assert exc.headers["x-echo-key"] == "[REDACTED]"
    assert exc.headers["x-luma-api-key"] == "[REDACTED]"
    assert reachable_http_objects(exc) == []


@pytest.mark.anyio
async def test_echoed_key_is_redacted_async() -> None:
    client = client_for(echoing_handler(401, KEY))
    with pytest.raises(AuthenticationError) as info:
        await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
    assert KEY not in exception_text(info.value)
    assert reachable_http_objects(info.value) == []


def test_echoed_key_is_redacted_from_raw_function_errors() -> None:
    client = client_for(echoing_handler(403, KEY))
    with pytest.raises(PermissionDeniedError) as info:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
    assert KEY not in exception_text(info.value)


def test_both_keys_are_redacted_after_rotation() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": f"old {KEY} new {NEW_KEY}"})

    client = client_for(handler)
    auth = client.get_httpx_client().auth
    assert isinstance(auth, LumaAuth)
    auth.rotate(NEW_KEY)
    with pytest.raises(AuthenticationError) as info:
        call(get_event.sync_detailed, client=client, event_id=EVENT_ID)
    text = exception_text(info.value)
    assert KEY not in text
    assert NEW_KEY not in text


def test_transport_error_does_not_keep_the_request() -> None:
    client = client_for(raising_handler(httpx.ConnectError))
    with pytest.raises(APIConnectionError) as info:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
    assert reachable_http_objects(info.value) == []


# Regression: APIConnectionError's message embeds str(exc) of the httpx error, and h11 quotes the
# offending bytes of a malformed status or header line, so a server that echoes the key in a
# broken header used to put the key into the exception message (_raising._transport_error).


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError])
def test_key_in_transport_error_text_is_redacted(error: type[httpx.TransportError]) -> None:
    client = client_for(raising_handler(error, echo_key=True))
    with pytest.raises(APIConnectionError) as info:
        get_event.sync_detailed(client=client, event_id=EVENT_ID)
    assert KEY not in exception_text(info.value)


MALFORMED_RESPONSES = [
    b"HTTP/1.1 401 Unauthorized\r\nX-Echo invalid key %s\r\nContent-Length: 2\r\n\r\n{}",
    b"HTTP/1.1 401 %s\x00\r\nContent-Length: 2\r\n\r\n{}",
]


class MalformedServer:
    """A one-shot TCP server that answers with a broken HTTP response echoing the key."""

    def __init__(self, template: bytes) -> None:
        self._template = template
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        connection, _ = self._socket.accept()
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                request += chunk
            key = next(
                line.split(b":", 1)[1].strip()
                for line in request.split(b"\r\n")
                if line.lower().startswith(b"x-luma-api-key:")
            )
            connection.sendall(self._template % key)

    def __enter__(self) -> MalformedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._thread.join(timeout=5)
        self._socket.close()


@pytest.mark.parametrize("template", MALFORMED_RESPONSES, ids=["header-line", "status-line"])
def test_key_echoed_in_malformed_response_is_redacted_real_transport(template: bytes) -> None:
    with MalformedServer(template) as server:
        client = connect(
            KEY, base_url=f"http://127.0.0.1:{server.port}", rate_limit=None, max_retries=0
        )
        try:
            with pytest.raises(APIConnectionError) as info:
                get_event.sync_detailed(client=client, event_id=EVENT_ID)
        finally:
            client.get_httpx_client().close()
    assert "RemoteProtocolError" in str(info.value)
    assert KEY not in exception_text(info.value)


@pytest.mark.anyio
async def test_key_echoed_in_malformed_response_is_redacted_real_transport_async() -> None:
    with MalformedServer(MALFORMED_RESPONSES[0]) as server:
        client = connect(
            KEY, base_url=f"http://127.0.0.1:{server.port}", rate_limit=None, max_retries=0
        )
        try:
            with pytest.raises(APIConnectionError) as info:
                await acall(get_event.asyncio_detailed, client=client, event_id=EVENT_ID)
        finally:
            await client.get_async_httpx_client().aclose()
    assert KEY not in exception_text(info.value)


# -- success passes through ---------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 204])
def test_2xx_is_not_raised_by_the_transport(status: int) -> None:
    counting = Counting(lambda request: httpx.Response(status, json={"ok": True}))
    client = client_for(counting)
    response = client.get_httpx_client().get("/v1/anything")
    assert response.status_code == status
    assert response.json() == {"ok": True}
    assert len(counting.requests) == 1

"""The API key never leaks, even from a server that echoes it back everywhere it can.

The server reads the ``x-luma-api-key`` header of each request and puts the key into error
bodies (JSON, JSON-escaped, plain text, HTML), response headers, a redirect ``Location``, a
2xx body that fails to decode, and a malformed header line. Whatever the client raises must not
show the key: not in ``str``/``repr``, not in ``traceback.format_exception``, not in anything the
exception stores or chains, not in the locals of any frame its traceback reaches (what Sentry,
rich, ``pytest --showlocals`` and ``TracebackException(capture_locals=True)`` print), and no log
record of any logger (root at DEBUG, so ``httpx`` and ``httpcore`` included) may contain it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from urllib.parse import quote

import httpx
import pytest

from luma_api.api.events import get_event
from luma_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConnectedClient,
    InternalServerError,
    LumaError,
    PermissionDeniedError,
    RateLimitError,
    call,
)
from tests.reliability.conftest import API_KEY, Connect
from tests.reliability.data import GET_EVENT, event_id, event_payload
from tests.reliability.faulty_server import (
    Behaviour,
    FaultyServer,
    Raw,
    Received,
    Reply,
    html_error,
    json_reply,
)

#: A second key with characters that JSON, URLs and HTML encode differently.
SPECIAL_KEY = "secret-lk/live+R9vXq2=Lw7Tz4&Kp8<Mn3>"
KEYS = [pytest.param(API_KEY, id="plain-key"), pytest.param(SPECIAL_KEY, id="special-key")]


def echo_forms(key: str) -> set[str]:
    """The ways a server or a library may render the key."""
    as_json = json.dumps(key)[1:-1]
    return {
        key,
        as_json,
        as_json.replace("/", "\\/"),
        quote(key, safe=""),
        quote(key),
        repr(key.encode())[2:-1],
    }


@dataclass(frozen=True)
class Echo:
    name: str
    respond: Callable[[str], Behaviour]
    error: type[LumaError]

    def __str__(self) -> str:
        return self.name


def _model_mismatch(key: str) -> Behaviour:
    event = event_payload()
    event["start_at"] = key  # fromisoformat() quotes the bad value in its error
    return json_reply(200, event)


ECHOES = [
    Echo(
        "json-error-body",
        lambda key: json_reply(401, {"message": f"Invalid API key {key}", "code": key}),
        AuthenticationError,
    ),
    Echo(
        "nested-json-body",
        lambda key: Reply(
            403,
            json.dumps({"error": {"key": key, "escaped": key.replace("/", "\\/")}}).encode(),
        ),
        PermissionDeniedError,
    ),
    Echo(
        "plain-text-body",
        lambda key: Reply(400, f"bad key: {key}".encode(), content_type="text/plain"),
        BadRequestError,
    ),
    Echo(
        "html-5xx-body",
        lambda key: html_error(500, extra=f"<!-- key={quote(key, safe='')} raw={key} -->"),
        InternalServerError,
    ),
    Echo(
        "429-body",
        lambda key: json_reply(429, {"message": f"slow down, {key}"}, ("Retry-After", "600")),
        RateLimitError,
    ),
    Echo(
        "response-headers",
        lambda key: json_reply(
            401,
            {"message": "unauthorized"},
            ("X-Echo-Api-Key", key),
            ("WWW-Authenticate", f'ApiKey realm="luma", key="{key}"'),
            ("Set-Cookie", f"session={key}; HttpOnly"),
        ),
        AuthenticationError,
    ),
    Echo(
        "redirect-location",
        lambda key: Reply(
            302,
            f"Redirecting to /login?api_key={quote(key, safe='')}".encode(),
            (("Location", f"/login?api_key={quote(key, safe='')}&raw={key}"),),
            content_type="text/plain",
        ),
        APIStatusError,
    ),
    Echo("2xx-model-mismatch", _model_mismatch, APIResponseValidationError),
    Echo(
        "2xx-invalid-json",
        lambda key: Reply(200, f'{{"id": {key}'.encode(), fault=True),
        APIResponseValidationError,
    ),
    Echo(
        "malformed-header-line",
        lambda key: Raw(
            f"HTTP/1.1 401 Unauthorized\r\nX-Echo invalid key {key}\r\n"
            "Content-Length: 2\r\n\r\n{}".encode()
        ),
        APIConnectionError,
    ),
]


ECHO_PARAMS = [pytest.param(e, id=e.name) for e in ECHOES]


def echoing(echo: Echo) -> Callable[[Received, int], Behaviour]:
    def handler(request: Received, index: int) -> Behaviour:
        key = request.header("x-luma-api-key")
        assert key is not None, "the client sent no key"
        return echo.respond(key)

    return handler


#: Frames of the test itself are the caller's: they may hold the key they were given.
TESTS_DIR = str(Path(__file__).resolve().parents[1])


def reachable(value: object, *, suppressed: bool, seen: set[int] | None = None) -> Iterator[object]:
    """Every object reachable from an exception: attributes, containers, its chain, and the
    frames of its traceback (outside the tests) with their locals.

    With ``suppressed=False`` the chain is followed the way tracebacks and error reporters
    show it (``__cause__``, else ``__context__`` unless ``raise ... from None`` suppressed it);
    with ``suppressed=True`` a suppressed ``__context__`` is followed too.
    """
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    children: list[object] = []
    if isinstance(value, TracebackType):
        children.extend([value.tb_frame, value.tb_next])
    elif isinstance(value, FrameType):
        if not value.f_code.co_filename.startswith(TESTS_DIR):
            children.extend(value.f_locals.values())
        for child in children:
            if child is not None:
                yield from reachable(child, suppressed=suppressed, seen=seen)
        return
    if isinstance(value, BaseException):
        children.append(value.__traceback__)
        children.extend(value.args)
        children.append(value.__cause__)
        if suppressed or (value.__cause__ is None and not value.__suppress_context__):
            children.append(value.__context__)
        if isinstance(value, httpx.RequestError):
            with contextlib.suppress(RuntimeError):  # .request is unset
                children.append(value.request)
    if isinstance(value, httpx.Headers):
        children.extend(value.multi_items())
    elif isinstance(value, httpx.Request | httpx.Response):
        children.extend([value.headers, str(value.url)])
    elif isinstance(value, Mapping):
        children.extend([*value.keys(), *value.values()])
    elif isinstance(value, list | tuple | set | frozenset):
        children.extend(value)
    if hasattr(value, "__dict__") and not isinstance(value, type):
        children.extend(vars(value).values())
    for child in children:
        if child is not None:
            yield from reachable(child, suppressed=suppressed, seen=seen)


def exposed_text(exc: BaseException, *, suppressed: bool = False) -> str:
    """Everything about an exception that an error report, a log line or a debugger could show."""
    with_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    parts.append("".join(with_locals.format()))
    for value in reachable(exc, suppressed=suppressed):
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, bytes | bytearray):
            parts.append(bytes(value).decode("latin-1"))
        elif isinstance(value, BaseException):
            parts.extend([str(value), repr(value)])
        elif isinstance(value, FrameType):
            parts.append(f"{value.f_code.co_filename}:{value.f_code.co_name}")
    return "\n".join(parts)


def via(exc: BaseException, target: BaseException) -> str:
    """The attribute path from ``exc`` to a chained exception, e.g. ``__context__.__cause__``."""
    path: list[str] = []
    current: BaseException | None = exc
    while current is not None and current is not target:
        nxt = current.__cause__ or current.__context__
        path.append("__cause__" if current.__cause__ is not None else "__context__")
        current = nxt
    return ".".join(path) if current is target else "attributes"


def leaked_forms(text: str, key: str) -> list[str]:
    return sorted(form for form in echo_forms(key) if form in text)


def provoke(echo: Echo, key: str, server: FaultyServer, connect: Connect) -> LumaError:
    server.handle("GET", GET_EVENT, echoing(echo))
    error = attempt(connect(server, api_key=key, max_retries=0, strict_responses=True))
    assert type(error) is echo.error, repr(error)
    assert server.count("GET", GET_EVENT) == 1
    return error


def attempt(client: ConnectedClient) -> LumaError:
    """Call, and catch the error in a frame that holds no key (the caller's frame is the first
    one the traceback shows, locals included)."""
    with pytest.raises(LumaError) as info:
        call(get_event.sync_detailed, client=client, event_id=event_id())
    return info.value


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("echo", ECHO_PARAMS)
def test_the_key_is_in_no_exception(
    echo: Echo, key: str, server: FaultyServer, connect: Connect
) -> None:
    exc = provoke(echo, key, server, connect)

    assert leaked_forms(exposed_text(exc), key) == []


# Stricter: what the exception keeps but does not show. ``raise ... from None`` hides the
# original error from tracebacks, yet it stays reachable as ``exc.__context__`` (for code that
# inspects it, debuggers, pickling): with its unredacted message, and for a JSONDecodeError
# with the whole raw body in ``.doc``.


@pytest.mark.parametrize("echo", ECHO_PARAMS)
def test_nothing_reachable_from_the_exception_holds_the_key(
    echo: Echo, server: FaultyServer, connect: Connect
) -> None:
    exc = provoke(echo, SPECIAL_KEY, server, connect)

    everything = list(reachable(exc, suppressed=True))
    http_objects = [v for v in everything if isinstance(v, httpx.Request | httpx.Response)]
    assert http_objects == [], "the exception keeps a request or response (with the key)"
    holders = [
        f"{type(chained).__name__} (via {via(exc, chained)}): {chained!r}"[:200]
        for chained in everything
        if isinstance(chained, BaseException)
        and leaked_forms(f"{chained}\n{chained!r}\n{vars(chained)!r}", SPECIAL_KEY)
    ]
    assert holders == [], "the key is reachable from the exception's (suppressed) chain"


@pytest.mark.parametrize("echo", ECHOES, ids=str)
def test_the_key_is_in_no_log_record(
    echo: Echo, server: FaultyServer, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records propagate here
    provoke(echo, SPECIAL_KEY, server, connect)

    assert caplog.records, "nothing was logged: the capture is not working"
    leaks = [
        f"{record.name}: {text}"
        for record in caplog.records
        for text in (record.getMessage(), record.exc_text or "")
        if leaked_forms(text, SPECIAL_KEY)
    ]
    assert leaks == []
    assert leaked_forms(caplog.text, SPECIAL_KEY) == []


def test_the_key_is_not_logged_by_retries(
    server: FaultyServer, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.handle(
        "GET",
        GET_EVENT,
        lambda request, index: html_error(503, extra=str(request.header("x-luma-api-key"))),
    )
    client = connect(server, max_retries=1)
    with pytest.raises(InternalServerError) as info:
        call(get_event.sync_detailed, client=client, event_id=event_id())

    assert any(r.getMessage().startswith("Retrying GET") for r in caplog.records)
    assert leaked_forms(caplog.text, API_KEY) == []
    assert leaked_forms(exposed_text(info.value), API_KEY) == []


@pytest.mark.parametrize(
    "echo", [pytest.param(e, id=e.name) for e in ECHOES if not e.name.startswith("2xx")]
)
def test_the_traceback_starts_above_the_transport(
    echo: Echo, server: FaultyServer, connect: Connect
) -> None:
    exc = provoke(echo, SPECIAL_KEY, server, connect)

    frames = [frame.filename for frame in traceback.extract_tb(exc.__traceback__)]
    inside = [name for name in frames if "/httpx/" in name or "/httpcore/" in name]
    assert inside == [], "the traceback reaches into httpx, whose frames hold the request"
    names = {frame.name for frame in traceback.extract_tb(exc.__traceback__)}
    assert not names & {"handle_request", "_settle", "status_error"}

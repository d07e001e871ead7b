"""Fake Luma over HTTP: a minimal ASGI app over the sans-IO core, served by uvicorn.

The app adds nothing to the core: it reads the whole request, hands method, path, query
string, headers and body to the same entry point the in-process transport uses, and writes
back the status, headers and body it gets. So a test may mix the two ways of reaching one
``FakeLuma``: both see the same state.

uvicorn comes from the optional extra ``luma-client[fake]`` and is imported only when a
server is started, so the in-process fake works without it.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any, Final

from ._control import http_answer
from ._core import FakeResponseError, Outcome, Request, Response, query_pairs

if TYPE_CHECKING:
    import uvicorn

    from . import FakeLuma

__all__ = [
    "FakeASGIApp",
    "ServerError",
    "asgi_app",
    "bind",
    "serve",
    "serve_app",
    "url_of",
    "uvicorn_server",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: How long ``serve`` waits for uvicorn to start listening before giving up.
_STARTUP_TIMEOUT: Final = 10.0
_POLL_INTERVAL: Final = 0.002

_JSON_HEADERS: Final = (("content-type", "application/json"),)

_INSTALL_HINT: Final = (
    "serving Fake Luma over HTTP needs uvicorn: install the extra with "
    "`pip install 'luma-client[fake]'`"
)


class ServerError(Exception):
    """The fake's HTTP server could not be started."""


class FakeASGIApp:
    """An ASGI 3 application handing every HTTP request to the fake's core.

    ``handle`` is the core's entry point, the same one the in-process transport calls.
    Lifespan events are acknowledged (there is nothing to set up); websockets are refused.
    """

    def __init__(
        self,
        handle: Callable[[Request], Response],
        outcome: Callable[[Request], Outcome] | None = None,  # fake-control hook
    ) -> None:
        self._handle = handle
        self._outcome = outcome

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            body = await _read_body(receive)
            try:
                if self._outcome is not None:  # fake-control hook: faults, delays, resets
                    maybe = await http_answer(self._outcome, _request(scope, body), send)
                    if maybe is None:
                        return
                    answer = maybe
                else:
                    answer = self._handle(_request(scope, body))
            except FakeResponseError as exc:  # only with check_responses: a bug in the fake
                answer = Response(500, _JSON_HEADERS, _error_body(str(exc)))
            headers = [(b"content-length", str(len(answer.body)).encode("ascii"))]
            headers += [
                (name.encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers
            ]
            await send({"type": "http.response.start", "status": answer.status, "headers": headers})
            await send({"type": "http.response.body", "body": answer.body})
        elif kind == "lifespan":
            await _lifespan(receive, send)
        # Anything else (websocket) is left unanswered: the server refuses it.


def _error_body(message: str) -> bytes:
    return json.dumps({"message": message, "code": None}).encode()


def _request(scope: Scope, body: bytes) -> Request:
    """The core's view of an ASGI request: text query pairs, lower-case headers joined."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    raw_query: bytes = scope["query_string"]
    query = query_pairs(raw_query.decode("latin-1")) if raw_query else ()
    return Request(
        method=scope["method"], path=scope["path"], query=query, headers=headers, body=body
    )


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket on ``host:port`` (port 0: a free one), or ``ServerError``.

    Binding before uvicorn starts is what tells us the port that port 0 became, and turns
    "address in use" into a clear error instead of a server that never answers.
    """
    if not 0 <= port <= 65535:
        raise ValueError(f"port must be between 0 and 65535, got {port!r}")
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        raise ValueError(
            f"host must be an IP address such as 127.0.0.1 or ::1, got {host!r}"
        ) from None
    # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
    # protocol says TCP, and with Nagle on every answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServerError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    sock.set_inheritable(False)
    return sock


def url_of(sock: socket.socket) -> str:
    """``http://HOST:PORT`` of a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def asgi_app(fake: FakeLuma) -> FakeASGIApp:
    """The ASGI app of ``fake``, e.g. for ``schemathesis.openapi.from_asgi`` or any ASGI server."""
    return FakeASGIApp(fake.handle, fake._over_http)  # fake-control hook


def uvicorn_server(app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> uvicorn.Server:
    """A quiet uvicorn server for ``app``: no access log, no logging set-up, HTTP/1.1 only.

    The benchmark serves a do-nothing app this way, to measure what uvicorn itself costs.
    """
    try:
        import uvicorn
    except ImportError:
        raise ServerError(_INSTALL_HINT) from None
    config = uvicorn.Config(
        app,
        log_config=None,  # leave the host program's logging alone
        log_level="warning",
        access_log=False,
        lifespan="off",
        # httptools and uvloop when installed (the `fake` extra brings both): they halve the
        # server's CPU time per request against h11 on asyncio, the fallbacks.
        http="auto",
        ws="none",
        loop="auto",
        proxy_headers=False,
        server_header=False,
    )
    return uvicorn.Server(config)


@contextlib.contextmanager
def serve(fake: FakeLuma, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``fake`` on ``host:port`` from a background thread; yield its base URL.

    The server is listening when the URL is yielded and is stopped (open connections
    closed, the thread joined) when the block ends, also on an exception.
    """
    with serve_app(asgi_app(fake), host, port) as url:
        yield url


@contextlib.contextmanager
def serve_app(
    app: Callable[[Scope, Receive, Send], Awaitable[None]], host: str, port: int
) -> Iterator[str]:
    """``serve`` for any ASGI app, with the fake's uvicorn settings."""
    server = uvicorn_server(app)
    sock = bind(host, port)
    url = url_of(sock)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the waiting thread
            failure.append(exc)

    thread = threading.Thread(target=run, name=f"luma-fake {url}", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread, failure, url)
        yield url
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def _wait_started(
    server: uvicorn.Server, thread: threading.Thread, failure: list[BaseException], url: str
) -> None:
    deadline = time.monotonic() + _STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive():
            reason = f": {failure[0]!r}" if failure else ""
            raise ServerError(f"the fake's server on {url} stopped while starting{reason}")
        if time.monotonic() >= deadline:
            raise ServerError(f"the fake's server on {url} did not start in {_STARTUP_TIMEOUT} s")
        time.sleep(_POLL_INTERVAL)

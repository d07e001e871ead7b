"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, one scripted way per request.

It speaks just enough HTTP/1.1 over raw sockets (keep-alive, ``Content-Length`` request bodies)
to serve the client under test, and it can fail the ways real networks and proxies fail: reset
the connection before or in the middle of a response, close without answering, answer too
slowly, answer with proxy error pages, broken JSON, 429s and redirects.

Every request the server has *fully read* is recorded and counted per ``(method, path)``: a count
of 1 after a fault proves the client did not send that request a second time.

Every accepted connection is tracked. ``stop()`` gives clients a moment to close their side,
then reports the connections that were still open (leaks), force-closes them and joins every
thread it started, so a test leaves no thread and no socket behind.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Final, TypeAlias
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "STATS",
    "Behaviour",
    "Close",
    "FaultyServer",
    "Handler",
    "Raw",
    "Received",
    "Reply",
    "Reset",
    "ResetMidBody",
    "Slow",
    "closed_port",
    "html_error",
    "http_date_in",
    "json_reply",
]

#: Upper bound on any sleep the server does, whatever a test asks for.
MAX_SLOW_SECONDS: Final = 3.0
#: How long ``stop()`` waits for clients to close their connections before calling them leaks.
CLOSE_GRACE_SECONDS: Final = 2.0
_POLL: Final = 0.01
_SEND_TIMEOUT: Final = 5.0
_MAX_HEADER_BYTES: Final = 64 * 1024

# Cloudflare's phrase for its 520; ``http.HTTPStatus`` does not know the status.
_EXTRA_REASONS: Final = {520: "Web Server Returned an Unknown Error"}


# -- what the server received ---------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    """One request the server read completely."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    connection: int  # serial number of the connection it arrived on

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def json(self) -> Any:
        return json.loads(self.body)


# -- what the server does -------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A complete response. ``fault`` defaults to "status is not 2xx"."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str | None = "application/json"
    fault: bool | None = None

    @property
    def is_fault(self) -> bool:
        return self.fault if self.fault is not None else not 200 <= self.status < 300


@dataclass(frozen=True)
class Reset:
    """Read the request, then reset the connection (RST) before sending a single byte."""

    is_fault: bool = True


@dataclass(frozen=True)
class ResetMidBody:
    """Send the status line, headers announcing ``declared`` body bytes and only ``sent`` of
    them, then reset the connection (RST via ``SO_LINGER`` 0)."""

    status: int = 200
    sent: bytes = b'{"entries": [{"id": "gst-'
    declared: int = 4096
    is_fault: bool = True


@dataclass(frozen=True)
class Close:
    """Read the request, then close the connection cleanly (FIN) without any response."""

    is_fault: bool = True


@dataclass(frozen=True)
class Slow:
    """Wait ``delay`` seconds (capped at ``MAX_SLOW_SECONDS``, cut short by ``stop()``),
    then send ``reply`` if the client is still there."""

    delay: float
    reply: Reply
    is_fault: bool = True


@dataclass(frozen=True)
class Raw:
    """Send ``data`` verbatim (e.g. a malformed response), then close the connection."""

    data: bytes
    is_fault: bool = True


Behaviour: TypeAlias = Reply | Reset | ResetMidBody | Close | Slow | Raw
#: Decides what to do with a request; the int is the 0-based index of the request on its route.
Handler: TypeAlias = Callable[[Received, int], Behaviour]


def json_reply(status: int, payload: object, *headers: tuple[str, str]) -> Reply:
    return Reply(status, json.dumps(payload).encode(), tuple(headers))


def html_error(status: int, *headers: tuple[str, str], extra: str = "") -> Reply:
    """The kind of page a load balancer or CDN answers with when the origin is unhealthy."""
    phrase = _reason(status)
    page = (
        "<!DOCTYPE html>\n<html><head><title>"
        f"{status} {phrase}</title></head>\n<body><center><h1>{status} {phrase}</h1></center>\n"
        f"<hr><center>nginx</center>{extra}</body></html>\n"
    )
    return Reply(status, page.encode(), tuple(headers), content_type="text/html; charset=utf-8")


def http_date_in(seconds: float) -> str:
    """An RFC 9110 HTTP-date ``seconds`` from now (whole seconds, rounded down)."""
    return formatdate(time.time() + seconds, usegmt=True)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_REASONS.get(status, "Unknown")


# -- session-wide counters, reported at the end of the run ----------------------------------


@dataclass
class Stats:
    servers: int = 0
    requests: int = 0
    faults: int = 0
    connections: int = 0
    leaked_connections: int = 0
    duplicates: int = 0
    notes: list[str] = field(default_factory=list)


STATS: Final = Stats()


# -- the server -----------------------------------------------------------------------------


class _Stopped(Exception):
    """The server is shutting down; the connection thread unwinds."""


class _Connection:
    def __init__(self, serial: int, sock: socket.socket) -> None:
        self.serial = serial
        self.sock = sock
        self.closed = threading.Event()
        self.thread: threading.Thread | None = None


class FaultyServer:
    """Serve scripted behaviours on ``127.0.0.1:<free port>`` from background threads.

    Routes are ``(METHOD, path)``; an unscripted route answers 404 with a JSON error body.
    Use as a context manager, or ``start()`` and ``stop()``; ``listen=False`` binds the port
    without listening (connections are refused) until ``listen()`` is called.
    """

    def __init__(self, *, stats: bool = True) -> None:
        self._stats = stats
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._handlers: dict[tuple[str, str], Handler] = {}
        self._route_counts: Counter[tuple[str, str]] = Counter()
        self._connections: list[_Connection] = []
        self._accept_thread: threading.Thread | None = None
        self._listening = False
        self._stopped = False
        self.received: list[Received] = []
        self.faults = 0
        self.leaked = 0

    # -- configuration -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def handle(self, method: str, path: str, handler: Handler) -> None:
        with self._lock:
            self._handlers[(method.upper(), path)] = handler

    def script(
        self, method: str, path: str, *behaviours: Behaviour, then: Behaviour | None = None
    ) -> None:
        """Answer the n-th request on the route with ``behaviours[n]``; afterwards with
        ``then`` (default: repeat the last behaviour)."""
        if not behaviours:
            raise ValueError("script at least one behaviour")
        after = then if then is not None else behaviours[-1]

        def handler(_: Received, index: int) -> Behaviour:
            return behaviours[index] if index < len(behaviours) else after

        self.handle(method, path, handler)

    # -- what happened -------------------------------------------------------------------

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """Requests fully received, optionally only those of one method and/or path."""
        with self._lock:
            return sum(
                1
                for request in self.received
                if (method is None or request.method == method.upper())
                and (path is None or request.path == path)
            )

    @property
    def accepted(self) -> int:
        with self._lock:
            return len(self._connections)

    def open_connections(self) -> int:
        with self._lock:
            return sum(1 for conn in self._connections if not conn.closed.is_set())

    def wait_all_closed(self, timeout: float = CLOSE_GRACE_SECONDS) -> int:
        """Wait until every accepted connection is closed; return how many are still open."""
        deadline = time.monotonic() + timeout
        while self.open_connections() and time.monotonic() < deadline:
            time.sleep(_POLL)
        return self.open_connections()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self, *, listen: bool = True) -> FaultyServer:
        if self._stats:
            STATS.servers += 1
        if listen:
            self.listen()
        return self

    def listen(self) -> None:
        """Start accepting connections (until then, connecting is refused)."""
        with self._lock:
            if self._listening or self._stopped:
                return
            self._listening = True
            self._listener.listen(64)
            self._listener.settimeout(_POLL)
            self._accept_thread = threading.Thread(
                target=self._accept_loop, name=f"faulty-server-{self.port}", daemon=True
            )
            self._accept_thread.start()

    def stop(self, *, grace: float = CLOSE_GRACE_SECONDS) -> int:
        """Stop serving; return the number of connections clients left open (leaks)."""
        if self._stopped:
            return self.leaked
        # Cut slow responses short, stop accepting, then give clients time to close their side.
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join()
        self._listener.close()
        still_open = self.wait_all_closed(grace)
        with self._lock:
            self._stopped = True
            connections = list(self._connections)
        for conn in connections:
            if not conn.closed.is_set():
                _force_close(conn.sock)
        for conn in connections:
            if conn.thread is not None:
                conn.thread.join()
        self.leaked = still_open
        if not self._stats:
            return still_open
        STATS.requests += len(self.received)
        STATS.faults += self.faults
        STATS.connections += len(connections)
        STATS.leaked_connections += still_open
        return still_open

    def __enter__(self) -> FaultyServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- serving -------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                conn = _Connection(len(self._connections), sock)
                self._connections.append(conn)
                conn.thread = threading.Thread(
                    target=self._serve_connection,
                    args=(conn,),
                    name=f"faulty-server-{self.port}-conn-{conn.serial}",
                    daemon=True,
                )
            conn.thread.start()

    def _serve_connection(self, conn: _Connection) -> None:
        sock = conn.sock
        sock.settimeout(_POLL)
        buffer = b""
        try:
            while True:
                request, buffer = self._read_request(conn, buffer)
                if request is None:
                    return  # the client closed the connection
                behaviour = self._decide(request)
                if not self._perform(sock, behaviour):
                    return
        except (_Stopped, OSError):
            return
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            conn.closed.set()

    def _recv(self, conn: _Connection) -> bytes:
        while True:
            if self._stopped:
                raise _Stopped
            try:
                return conn.sock.recv(65536)
            except TimeoutError:
                continue

    def _read_request(self, conn: _Connection, buffer: bytes) -> tuple[Received | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            if len(buffer) > _MAX_HEADER_BYTES:
                raise OSError("request head too large")
            chunk = self._recv(conn)
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = tuple(
            (name.strip(), value.strip())
            for name, _, value in (line.partition(":") for line in lines[1:])
        )
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        while len(rest) < length:
            chunk = self._recv(conn)
            if not chunk:
                return None, b""
            rest += chunk
        request = Received(method.upper(), target, headers, rest[:length], conn.serial)
        with self._lock:
            self.received.append(request)
        return request, rest[length:]

    def _decide(self, request: Received) -> Behaviour:
        route = (request.method, request.path)
        with self._lock:
            handler = self._handlers.get(route)
            index = self._route_counts[route]
            self._route_counts[route] += 1
        if handler is None:
            return json_reply(404, {"message": f"no route {request.method} {request.path}"})
        behaviour = handler(request, index)
        if behaviour.is_fault:
            with self._lock:
                self.faults += 1
        return behaviour

    def _perform(self, sock: socket.socket, behaviour: Behaviour) -> bool:
        """Carry out ``behaviour``; return whether the connection stays usable."""
        sock.settimeout(_SEND_TIMEOUT)
        try:
            return self._act(sock, behaviour)
        finally:
            with contextlib.suppress(OSError):
                sock.settimeout(_POLL)

    def _act(self, sock: socket.socket, behaviour: Behaviour) -> bool:
        if isinstance(behaviour, Reset):
            _reset(sock)
            return False
        if isinstance(behaviour, Close):
            sock.shutdown(socket.SHUT_RDWR)
            return False
        if isinstance(behaviour, Raw):
            sock.sendall(behaviour.data)
            sock.shutdown(socket.SHUT_RDWR)
            return False
        if isinstance(behaviour, ResetMidBody):
            head = _head(
                behaviour.status, [("Content-Type", "application/json")], behaviour.declared
            )
            sock.sendall(head + behaviour.sent)
            # Give the client time to read what was sent, so the failure is "mid-body".
            self._stopping.wait(0.05)
            _reset(sock)
            return False
        if isinstance(behaviour, Slow):
            self._stopping.wait(min(behaviour.delay, MAX_SLOW_SECONDS))
            behaviour = behaviour.reply
        headers = list(behaviour.headers)
        if behaviour.content_type is not None:
            headers.insert(0, ("Content-Type", behaviour.content_type))
        sock.sendall(_head(behaviour.status, headers, len(behaviour.body)) + behaviour.body)
        return True


def _head(status: int, headers: Iterable[tuple[str, str]], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_reason(status)}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(sock: socket.socket) -> None:
    """Close so that the peer gets a TCP RST instead of a FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _force_close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that is bound but not listening: every connect is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]
    finally:
        sock.close()


def summary(extra: Sequence[str] = ()) -> str:
    return (
        f"reliability: {STATS.servers} servers, {STATS.requests} requests received, "
        f"{STATS.faults} faults injected, {STATS.connections} connections accepted, "
        f"{STATS.leaked_connections} leaked, {STATS.duplicates} duplicate items"
        + "".join(f"\n  {line}" for line in (*STATS.notes, *extra))
    )

"""A small, fast HTTP/1.1 keep-alive server for the loopback benchmarks.

It runs in a child process (``python -m bench._server``), so that it has its own GIL and the
client under test has the other core to itself, and it listens on 127.0.0.1 only. The parent
uses :func:`serve`, a context manager that starts it on a free port, waits until it listens,
and always stops it; the child also exits by itself when its stdin closes (parent gone).

Routes (GET; query strings are parsed, bodies are read and ignored):

- ``/v1/events/get``: the spec's example event.
- ``/v1/events/guests/list``: a ``--guests``-long listing in pages of ``pagination_limit``
  (default 100), following ``pagination_cursor``; pages are pre-rendered at start-up.
- ``/_stats``: JSON ``{"served", "rejected", "arrivals"}`` (arrivals: monotonic seconds of
  every counted request) and ``/_reset`` to clear them. Neither is rate limited or counted.

With ``--limit N --window W`` every counted request beyond ``N`` within any sliding ``W``
seconds is answered 429 with ``Retry-After``, like Luma (rejected requests do not consume
the window, so a client that keeps to the limit is never rejected).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import math
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from . import _payloads

_REASONS = {200: b"OK", 400: b"Bad Request", 404: b"Not Found", 429: b"Too Many Requests"}
_READY_TIMEOUT = 30.0


def _response(status: int, body: bytes, extra: bytes = b"") -> bytes:
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n%s\r\n" % (
        status,
        _REASONS.get(status, b"Unknown"),
        len(body),
        extra,
    )
    return head + body


class _App:
    def __init__(self, *, guests: int, limit: int | None, window: float) -> None:
        self.event = _response(200, _payloads.event_body())
        self.guests = guests
        self._pages: dict[tuple[int, int], bytes] = {}
        self.limit = limit
        self.window = window
        self.arrivals: list[float] = []
        self._recent: collections.deque[float] = collections.deque()
        self.rejected = 0
        self.not_found = _response(404, b'{"message": "not found"}')
        if guests:
            self.page(0, _payloads.PAGE_SIZE)  # pre-render the default page size
            for number in range(1, math.ceil(guests / _payloads.PAGE_SIZE)):
                self.page(number, _payloads.PAGE_SIZE)

    def page(self, number: int, size: int) -> bytes:
        key = (number, size)
        rendered = self._pages.get(key)
        if rendered is None:
            body = _payloads.guest_page_body(number, total=self.guests, page_size=size)
            rendered = self._pages[key] = _response(200, body)
        return rendered

    def _admit(self) -> bool:
        now = time.monotonic()
        if self.limit is not None:
            recent = self._recent
            while recent and recent[0] <= now - self.window:
                recent.popleft()
            if len(recent) >= self.limit:
                self.rejected += 1
                return False
            recent.append(now)
        self.arrivals.append(now)
        return True

    def handle(self, target: str) -> bytes:
        parts = urlsplit(target)
        path = parts.path
        if path == "/_stats":
            stats = {
                "served": len(self.arrivals),
                "rejected": self.rejected,
                "arrivals": self.arrivals,
            }
            return _response(200, json.dumps(stats).encode())
        if path == "/_reset":
            self.arrivals = []
            self._recent.clear()
            self.rejected = 0
            return _response(200, b"{}")
        if not self._admit():
            retry_after = b"retry-after: %d\r\n" % max(1, math.ceil(self.window))
            return _response(429, b'{"message": "rate limited"}', retry_after)
        if path == _payloads.EVENT_PATH:
            return self.event
        if path == _payloads.GUESTS_PATH:
            query = parse_qs(parts.query)
            cursor = query.get("pagination_cursor", [None])[0]
            size = int(query.get("pagination_limit", [_payloads.PAGE_SIZE])[0])
            number = _payloads.page_number(cursor)
            if number is None or size < 1:
                return _response(400, b'{"message": "bad cursor"}')
            return self.page(number, size)
        return self.not_found


class _Connection(asyncio.Protocol):
    def __init__(self, app: _App) -> None:
        self.app = app
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        transport = self.transport
        assert transport is not None
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            length = 0
            close = False
            for line in head[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if len(self.buffer) < end + 4 + length:
                return  # the body has not fully arrived yet
            self.buffer = self.buffer[end + 4 + length :]
            target = head[0].split(" ")[1]
            transport.write(self.app.handle(target))
            if close:
                transport.close()
                return


async def _main(args: argparse.Namespace) -> None:
    app = _App(guests=args.guests, limit=args.limit, window=args.window)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(app), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    stop = asyncio.Event()

    def watch_parent() -> None:
        sys.stdin.buffer.read()  # returns when the parent closes our stdin or dies
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_parent, daemon=True).start()
    print(f"PORT {port}", flush=True)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("--guests", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--window", type=float, default=1.0)
    asyncio.run(_main(parser.parse_args(argv)))


@contextlib.contextmanager
def serve(*, guests: int = 0, limit: int | None = None, window: float = 1.0) -> Iterator[str]:
    """Run the server in a child process; yield its base URL; always stop it."""
    command = [sys.executable, "-m", "bench._server", "--guests", str(guests)]
    if limit is not None:
        command += ["--limit", str(limit), "--window", str(window)]
    # cwd: `-m` puts the repository root on the child's sys.path, so `bench` imports there too.
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=_payloads.ROOT
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], _READY_TIMEOUT)
        line = process.stdout.readline().decode() if ready else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start (exit code {process.poll()})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


if __name__ == "__main__":
    main()

"""Fixtures: a faulty server that is always stopped, clients that are always closed, leak checks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import httpcore
import httpx
import pytest

import luma_client
from luma_api import Client
from luma_client import ConnectedClient
from tests.reliability.faulty_server import STATS, FaultyServer, summary

#: A key that looks like a real one and appears nowhere else, so finding it anywhere is a leak.
API_KEY = "secret-lk_live_R9vXq2Lw7Tz4Kp8Mn3Bd"
#: Small enough that the slow-response fault (1 s) always times out, large enough for loopback.
TIMEOUT = 0.3


class Connect(Protocol):
    def __call__(self, server: FaultyServer | str, **kwargs: Any) -> ConnectedClient: ...


@pytest.fixture
def servers() -> Iterator[Callable[..., FaultyServer]]:
    """Start faulty servers on demand; stop every one of them and check nothing leaked."""
    started: list[FaultyServer] = []
    threads_before = set(threading.enumerate())

    def start(*, listen: bool = True) -> FaultyServer:
        server = FaultyServer().start(listen=listen)
        started.append(server)
        return server

    yield start
    leaks = {server.base_url: server.stop() for server in started}
    leftover = [
        t for t in set(threading.enumerate()) - threads_before if t.name.startswith("faulty")
    ]
    assert leftover == [], f"server threads still running after stop(): {leftover}"
    assert all(count == 0 for count in leaks.values()), f"connections left open: {leaks}"


@pytest.fixture
def server(servers: Callable[..., FaultyServer]) -> FaultyServer:
    return servers()


@pytest.fixture
def connect(servers: Callable[..., FaultyServer]) -> Iterator[Connect]:
    """``connect(server, **overrides)``: a real client for the server; closed at teardown.

    Defaults: the test key, no client-side rate limit, a short timeout, two retries. The
    ``servers`` dependency makes the clients close before the servers stop, so the servers
    can tell closed connections from leaked ones.
    """
    clients: list[ConnectedClient] = []

    def make(server: FaultyServer | str, **kwargs: Any) -> ConnectedClient:
        options: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.base_url if isinstance(server, FaultyServer) else server,
            "rate_limit": None,
            "timeout": TIMEOUT,
            "max_retries": 2,
        }
        options.update(kwargs)
        client = luma_client.connect(**options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def _pool(transport: object) -> httpcore.ConnectionPool | httpcore.AsyncConnectionPool:
    """The httpcore pool at the bottom of the overlay's transport stack."""
    while not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        inner = getattr(transport, "_inner", None)
        assert inner is not None, f"no httpx transport below {transport!r}"
        transport = inner
    return transport._pool


def busy_connections(client: Client, *, use_async: bool = False) -> int:
    """Responses the pool still considers open: requests it tracks (active or queued) or,
    if more, connections that are neither idle nor closed.

    Non-zero after a call returned or raised means a response was never closed: a leak.
    """
    http = client.get_async_httpx_client() if use_async else client.get_httpx_client()
    return busy_in(http._transport)


def busy_in(transport: object) -> int:
    """``busy_connections`` for any transport stack with an httpx transport at the bottom."""
    pool = _pool(transport)
    busy = sum(1 for c in pool.connections if not c.is_idle() and not c.is_closed())
    return max(busy, len(pool._requests))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if STATS.servers:
        terminalreporter.write_line(summary())

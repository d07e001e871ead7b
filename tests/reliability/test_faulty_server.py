"""The harness checks itself: counts are exact and a leaked connection is noticed."""

from __future__ import annotations

import socket

import httpx
import pytest

from tests.reliability.conftest import busy_in
from tests.reliability.faulty_server import (
    Close,
    FaultyServer,
    Reply,
    Reset,
    closed_port,
    json_reply,
)


def test_counts_requests_per_method_and_path(server: FaultyServer) -> None:
    server.script("GET", "/a", Reply(200, b"{}"))
    server.script("POST", "/b", json_reply(201, {"ok": True}))
    with httpx.Client(base_url=server.base_url) as client:
        client.get("/a")
        client.get("/a?x=1")
        client.post("/b", json={"n": 1})
        assert client.get("/unscripted").status_code == 404

    assert server.count() == 4
    assert server.count("GET", "/a") == 2
    assert server.count("POST", "/b") == 1
    assert server.count("POST") == 1
    assert server.received[2].json() == {"n": 1}
    assert server.received[1].param("x") == "1"


def test_faults_are_what_they_claim(server: FaultyServer) -> None:
    server.script("GET", "/reset", Reset())
    server.script("GET", "/close", Close())
    with httpx.Client(base_url=server.base_url) as client:
        with pytest.raises(httpx.ReadError, match="reset"):
            client.get("/reset")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/close")
    assert server.faults == 2


def test_a_connection_left_open_is_reported_as_a_leak() -> None:
    server = FaultyServer(stats=False).start()  # a deliberate leak: keep it out of the report
    leaked = socket.create_connection(("127.0.0.1", server.port))
    try:
        leaked.sendall(b"GET /x HTTP/1.1\r\nHost: t\r\n\r\n")
        leaked.recv(65536)
        assert server.wait_all_closed(timeout=0.2) == 1
        assert server.stop(grace=0.2) == 1, (
            "stop() must count the connection the client never closed"
        )
    finally:
        leaked.close()


def test_an_unclosed_response_shows_up_as_a_busy_connection(server: FaultyServer) -> None:
    server.script("GET", "/x", Reply(200, b"{}" * 1000))
    transport = httpx.HTTPTransport()
    try:
        response = transport.handle_request(httpx.Request("GET", f"{server.base_url}/x"))
        assert busy_in(transport) == 1
        response.close()
        assert busy_in(transport) == 0
    finally:
        transport.close()


def test_a_closed_port_refuses() -> None:
    with closed_port() as port, pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()

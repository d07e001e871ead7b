"""Fake Luma over real sockets: ``FakeLuma.serve()`` and the command-line server.

The same flow as in-process (create an event, add guests, list them page by page, change a
guest's status, see the change) runs once against ``fake.serve()`` and once against
``python -m luma_client.testing.fake``, started in its own process group on a free port and
stopped through that group. Answers are checked against the spec by the fake itself
(``check_responses``, ``--check-responses``): a mismatch is a 500 and fails the flow.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest

import luma_api
import luma_client
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import (
    add_event_guests,
    get_event_guest,
    list_event_guests,
    update_event_guest_status,
)
from luma_api.models import (
    AddEventGuestsRequest,
    CreateEventRequest,
    GuestInput,
    UpdateEventGuestStatusRequest,
)
from luma_client.testing import FakeLuma
from luma_client.testing.fake import _server

KEY = "server-test-key"
EMAILS = [f"guest{n}@example.com" for n in range(5)]
START_TIMEOUT = 30.0


def run_flow(client: luma_api.Client) -> str:
    """Create → get → add guests → list in pages → update a status → see it; the event id."""
    start = datetime(2031, 5, 4, 18, 0, tzinfo=UTC)
    created = luma_client.call(
        create_event.sync_detailed,
        client=client,
        body=CreateEventRequest(
            name="Socket meetup",
            start_at=start,
            end_at=start + timedelta(hours=2),
            timezone="Europe/Berlin",
        ),
    )
    event = luma_client.call(get_event.sync_detailed, client=client, event_id=created.id)
    assert (event.id, event.name) == (created.id, "Socket meetup")

    luma_client.call(
        add_event_guests.sync_detailed,
        client=client,
        body=AddEventGuestsRequest(
            event_id=created.id, guests=[GuestInput(email=email) for email in EMAILS]
        ),
    )
    listed = list(
        luma_client.paginate(
            list_event_guests.sync_detailed, client=client, event_id=created.id, pagination_limit=2
        )
    )
    mine = [guest for guest in listed if guest.user_email in EMAILS]
    assert sorted(guest.user_email for guest in mine) == EMAILS
    assert len({guest.id for guest in listed}) == len(listed)  # each exactly once

    chosen = mine[0]
    luma_client.call(
        update_event_guest_status.sync_detailed,
        client=client,
        body=UpdateEventGuestStatusRequest(
            event_id=created.id, guest_id=chosen.id, status="declined"
        ),
    )
    fetched = luma_client.call(
        get_event_guest.sync_detailed, client=client, event_id=created.id, id=chosen.id
    )
    assert fetched.approval_status == "declined"
    declined = luma_client.paginate(
        list_event_guests.sync_detailed,
        client=client,
        event_id=created.id,
        approval_status="declined",
    )
    assert [guest.id for guest in declined] == [chosen.id]
    return created.id


def connect(base_url: str, api_key: str) -> luma_api.Client:
    return luma_client.connect(api_key=api_key, base_url=base_url, rate_limit=None, max_retries=0)


@contextlib.contextmanager
def closing(client: luma_api.Client) -> Iterator[luma_api.Client]:
    try:
        yield client
    finally:
        client.get_httpx_client().close()


# --- FakeLuma.serve() ------------------------------------------------------------------


def test_flow_over_serve_shares_state_with_the_transport() -> None:
    fake = FakeLuma(api_key=KEY, seed=3, check_responses=True)
    with fake.serve(port=0) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with closing(connect(base_url, KEY)) as client:
            event_id = run_flow(client)
        # The same state in-process: the event made over the socket is there.
        with closing(fake.client()) as local:
            event = luma_client.call(get_event.sync_detailed, client=local, event_id=event_id)
            assert event.name == "Socket meetup"
        # ... and the other way round.
        with closing(fake.client()) as local:
            made_here = run_flow(local)
        with closing(connect(base_url, KEY)) as client:
            seen = luma_client.call(get_event.sync_detailed, client=client, event_id=made_here)
            assert seen.id == made_here


@pytest.mark.anyio
async def test_async_flow_over_serve() -> None:
    fake = FakeLuma(api_key=KEY, seed=4, check_responses=True)
    with fake.serve() as base_url:
        client = connect(base_url, KEY)
        async with client.get_async_httpx_client():
            start = datetime(2031, 6, 1, 18, 0, tzinfo=UTC)
            created = await luma_client.acall(
                create_event.asyncio_detailed,
                client=client,
                body=CreateEventRequest(name="Async meetup", start_at=start, timezone="UTC"),
            )
            await luma_client.acall(
                add_event_guests.asyncio_detailed,
                client=client,
                body=AddEventGuestsRequest(
                    event_id=created.id, guests=[GuestInput(email=email) for email in EMAILS]
                ),
            )
            pages = luma_client.apaginate(
                list_event_guests.asyncio_detailed,
                client=client,
                event_id=created.id,
                pagination_limit=2,
            )
            emails = sorted(
                [guest.user_email async for guest in pages if guest.user_email in EMAILS]
            )
            assert emails == EMAILS
        event = fake.state.table(fake.calendar_id, "events")[created.id]
        assert event["name"] == "Async meetup"


def test_serve_stops_listening_when_the_block_ends() -> None:
    fake = FakeLuma(api_key=KEY)
    with fake.serve() as base_url:
        assert httpx.get(f"{base_url}/v1/users/get-self", headers=_key()).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/v1/users/get-self", headers=_key(), timeout=2)


def test_serve_stops_when_the_block_raises() -> None:
    fake = FakeLuma(api_key=KEY)
    with pytest.raises(RuntimeError, match="boom"), fake.serve() as base_url:
        raise RuntimeError("boom")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/v1/users/get-self", headers=_key(), timeout=2)


def test_two_servers_of_one_fake_get_two_free_ports() -> None:
    fake = FakeLuma(api_key=KEY)
    with fake.serve() as first, fake.serve() as second:
        assert first != second
        answers = [httpx.get(f"{url}/v1/users/get-self", headers=_key()) for url in (first, second)]
        assert answers[0].json() == answers[1].json()


def test_serve_on_a_taken_port_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with (
            pytest.raises(_server.ServerError, match=f"cannot listen on 127.0.0.1 port {port}"),
            FakeLuma().serve(port=port),
        ):
            pass


def test_the_socket_is_declared_tcp_so_that_nagle_is_turned_off() -> None:
    # asyncio sets TCP_NODELAY only on sockets whose protocol is IPPROTO_TCP; without it,
    # every answer waited about 40 ms for the client's delayed ACK.
    with _server.bind("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP


def test_serve_refuses_a_host_name() -> None:
    with pytest.raises(ValueError, match="host must be an IP address"), FakeLuma().serve("local"):
        pass


def test_answers_carry_the_core_status_headers_and_body() -> None:
    fake = FakeLuma(api_key=KEY, check_responses=True)
    with fake.serve() as base_url, httpx.Client(base_url=base_url) as http:
        missing = http.get("/v1/users/get-self")
        assert missing.status_code == 401
        assert missing.headers["content-type"] == "application/json"
        assert set(missing.json()) == {"message", "code"}
        wrong_method = http.request("DELETE", "/v1/events/create", headers=_key())
        assert wrong_method.status_code == 405
        assert wrong_method.headers["allow"] == "POST"
        unknown = http.get("/v1/events/get", params={"event_id": "evt-nope"}, headers=_key())
        assert unknown.status_code == 404
        forced = http.get("/v1/users/get-self", headers={**_key(), "Prefer": "code=429"})
        assert forced.status_code == 429
        ok = http.get("/v1/users/get-self", headers=_key())
        assert ok.status_code == 200
        assert int(ok.headers["content-length"]) == len(ok.content)


def _key() -> dict[str, str]:
    return {"x-luma-api-key": KEY}


# --- the command-line server -----------------------------------------------------------


@dataclass
class Launched:
    process: subprocess.Popen[bytes]
    base_url: str
    api_key: str
    banner: list[str]


@contextlib.contextmanager
def launched(*args: str) -> Iterator[Launched]:
    """``python -m luma_client.testing.fake --port 0 ARGS`` in its own process group.

    Yields once it has printed its URL and key; the group is killed at the end whatever
    happened (a test that stops it itself has already reaped it).
    """
    command = [sys.executable, "-m", "luma_client.testing.fake", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        bufsize=0,  # unbuffered: select() must see every line the server prints
    )
    try:
        banner = _read_banner(process)
        values = dict(line.split("=", 1) for line in banner if "=" in line)
        yield Launched(process, values["LUMA_BASE_URL"], values["LUMA_API_KEY"], banner)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _read_banner(process: subprocess.Popen[bytes]) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT
    while not any(line.startswith("LUMA_API_KEY=") for line in lines):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([process.stdout], [], [], max(remaining, 0))
        line = process.stdout.readline().decode() if ready else ""
        if not line:
            raise AssertionError(f"the server did not start: exit {process.poll()}, said {lines}")
        lines.append(line.rstrip("\n"))
    return lines


def stop_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> tuple[int, str]:
    """Send ``sig`` to the process group; the exit status and stderr once it has exited."""
    os.killpg(process.pid, sig)
    _, err = process.communicate(timeout=15)
    return process.returncode, err.decode()


def test_command_line_server_runs_the_flow_and_stops_on_sigterm() -> None:
    with launched("--api-key", KEY, "--seed", "5", "--check-responses") as server:
        assert server.api_key == KEY
        assert server.base_url.startswith("http://127.0.0.1:")
        assert any(server.base_url in line for line in server.banner[:-2])  # the human line
        with closing(connect(server.base_url, server.api_key)) as client:
            run_flow(client)
        code, err = stop_group(server.process, signal.SIGTERM)
        assert code == 0, err
        assert "stopped" in err
        assert "Traceback" not in err
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{server.base_url}/v1/users/get-self", timeout=2)


def test_command_line_server_stops_on_sigint_and_serves_populated_data() -> None:
    with launched("--populate", "events=2,guests_per_event=3") as server:
        with httpx.Client(base_url=server.base_url) as http:
            answer = http.get(
                "/v1/calendars/events/list",
                headers={"x-luma-api-key": server.api_key},
            )
        assert answer.status_code == 200
        assert len(answer.json()["entries"]) == 2
        code, err = stop_group(server.process, signal.SIGINT)
        assert code == 0, err
        assert "Traceback" not in err


def test_command_line_server_is_deterministic_for_a_seed() -> None:
    ids = []
    for _ in range(2):
        with launched("--seed", "11", "--api-key", KEY) as server:
            with closing(connect(server.base_url, server.api_key)) as client:
                ids.append(run_flow(client))
            assert stop_group(server.process, signal.SIGTERM)[0] == 0
    assert ids[0] == ids[1]

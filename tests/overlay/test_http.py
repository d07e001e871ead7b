"""luma_client._http: typed errors leave the httpx clients clean; one event loop at a time.

Against a real socket server, because only real connections belong to an event loop.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from luma_api.api.events import get_event
from luma_client import ConnectedClient, LumaError, acall, connect
from tests.overlay.helpers import KEY
from tests.reliability.data import GET_EVENT, event_body, event_id
from tests.reliability.faulty_server import FaultyServer, Reply


@pytest.fixture
def client() -> Iterator[ConnectedClient]:
    server = FaultyServer().start()
    body = event_body()
    server.handle("GET", GET_EVENT, lambda request, index: Reply(200, body))
    client = connect(KEY, base_url=server.base_url, rate_limit=None, max_retries=0)
    try:
        yield client
    finally:
        client.close()
        leaked = server.stop()
        assert leaked == 0, "connections left open"


async def fetch(client: ConnectedClient) -> str:
    event = await acall(get_event.asyncio_detailed, client=client, event_id=event_id())
    return event.id


def test_one_client_serves_one_asyncio_run_after_another(client: ConnectedClient) -> None:
    # Each asyncio.run() ends its loop; the connections it opened are closed while it still
    # runs, so the next loop starts afresh instead of failing with "Event loop is closed".
    first = asyncio.run(fetch(client))
    second = asyncio.run(fetch(client))
    assert first == second
    gc.collect()  # an unclosed socket would raise ResourceWarning here (warnings are errors)


def test_a_second_loop_while_the_first_holds_connections_is_a_clear_error(
    client: ConnectedClient,
) -> None:
    first_loop = asyncio.new_event_loop()
    try:
        first_loop.run_until_complete(fetch(client))
        with pytest.raises(LumaError, match="another event loop"):
            asyncio.run(fetch(client))
        first_loop.run_until_complete(client.aclose())
    finally:
        first_loop.run_until_complete(first_loop.shutdown_asyncgens())
        first_loop.close()

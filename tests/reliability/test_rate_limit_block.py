"""After Luma answers 429, no request of ours reaches it until the block ends.

Real threads share one client (and so one limiter) against a local server that answers the
first request with 429 and ``Retry-After``. The callers behind it already hold slots in the
client-side window; each must wait for the block to end, not send when its slot comes due.
"""

from __future__ import annotations

import itertools
import threading
import time

from luma_api.api.events import get_event
from luma_client import RateLimit, RateLimitError, call
from tests.reliability.conftest import Connect
from tests.reliability.data import GET_EVENT, event_body, event_id
from tests.reliability.faulty_server import Behaviour, FaultyServer, Received, Reply, json_reply

#: Luma blocks for a minute; the test scales that down to a second.
BLOCK_SECONDS = 1.0
#: One request per 0.25 s: without the fix, callers 2..4 send at 0.25, 0.5, 0.75 s, inside it.
LIMIT = RateLimit(1, 0.25)
CALLERS = 5


def test_no_request_reaches_the_server_inside_the_block(
    server: FaultyServer, connect: Connect
) -> None:
    arrivals: list[float] = []
    blocked_at: list[float] = []
    body, wanted = event_body(), event_id()  # loaded before the clock matters

    def handler(request: Received, index: int) -> Behaviour:
        arrivals.append(time.monotonic())
        if index == 0:
            blocked_at.append(time.monotonic())
            return json_reply(429, {"message": "slow down"}, ("Retry-After", str(BLOCK_SECONDS)))
        return Reply(200, body)

    server.handle("GET", GET_EVENT, handler)
    client = connect(server, rate_limit=LIMIT, max_retries=0, timeout=5.0)
    outcomes: list[str] = []

    def caller() -> None:
        try:
            call(get_event.sync_detailed, client=client, event_id=wanted)
        except RateLimitError:
            outcomes.append("429")
        else:
            outcomes.append("ok")

    threads = [threading.Thread(target=caller) for _ in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)

    assert sorted(outcomes) == ["429"] + ["ok"] * (CALLERS - 1)
    block_ends = blocked_at[0] + BLOCK_SECONDS
    early = [round(block_ends - t, 3) for t in arrivals[1:] if t < block_ends - 0.02]
    assert early == [], "requests reached the server this many seconds before the block ended"
    # And the window still applies after the block: one request per 0.25 s.
    later = sorted(arrivals[1:])
    gaps = [b - a for a, b in itertools.pairwise(later)]
    assert min(gaps) >= LIMIT.period_seconds - 0.02, gaps

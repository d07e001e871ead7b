"""Luma's rate limit on Fake Luma: budgets, 429 with a one-minute block, headers, the client."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import pytest

import luma_client
from luma_api.api.events import get_event
from luma_client import RateLimit
from luma_client.testing import FakeLuma
from luma_client.testing.fake import SteppingClock
from luma_client.testing.fake.__main__ import main
from luma_client.testing.fake._ratelimit import rate_limit_option
from tests.testing.fake.plane import create_event, http

pytestmark = pytest.mark.anyio


def frozen_fake(**options: object) -> FakeLuma:
    """A fake whose clock moves only when the test advances it."""
    return FakeLuma(clock=SteppingClock(step=dt.timedelta(0)), **options)  # type: ignore[arg-type]


def test_over_the_limit_is_429_and_blocks_for_a_minute() -> None:
    fake = frozen_fake(rate_limit=3)
    clock = fake.clock
    assert isinstance(clock, SteppingClock)
    with http(fake) as client:
        answers = [client.get("/v1/users/get-self") for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert [a.headers["x-ratelimit-limit"] for a in answers] == ["3", "3", "3"]
        assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0"]
        assert answers[0].headers["x-ratelimit-reset"] == "60"
        assert "retry-after" not in answers[0].headers
        clock.advance(10)
        over = client.get("/v1/users/get-self")
        assert over.status_code == 429
        assert over.headers["retry-after"] == "60"
        assert over.headers["x-ratelimit-remaining"] == "0"
        assert "rate limit" in over.json()["message"]
        clock.advance(55)  # the window is over, but the block lasts a minute from the 429
        blocked = client.get("/v1/users/get-self")
        assert blocked.status_code == 429
        assert blocked.headers["retry-after"] == "5"
        clock.advance(5)
        again = client.get("/v1/users/get-self")
        assert again.status_code == 200
        assert again.headers["x-ratelimit-remaining"] == "2"


def test_get_and_post_share_the_budget() -> None:
    fake = frozen_fake(rate_limit=2)
    with http(fake) as client:
        create_event(client)
        assert client.get("/v1/users/get-self").status_code == 200
        refused = client.post("/v1/events/create", json={"name": "x"})
        assert refused.status_code == 429
    assert len(fake.state.table(fake.calendar_id, "events")) == 1  # a 429 changes nothing


def test_budgets_are_per_calendar_and_per_organization_key() -> None:
    fake = frozen_fake(rate_limit=1)
    second = fake.add_calendar(name="Second")
    org_key = fake.add_organization_key()
    with http(fake) as first_client, http(fake, second) as second_client:
        assert first_client.get("/v1/users/get-self").status_code == 200
        assert first_client.get("/v1/users/get-self").status_code == 429
        assert second_client.get("/v1/users/get-self").status_code == 200
    with http(fake, org_key) as org_client:
        # the organization key keeps Luma's proportion: 1 * 500 / 200 = 2.5, rounded to 2
        statuses = [org_client.get("/v1/users/get-self").status_code for _ in range(4)]
        assert statuses == [200, 200, 429, 429]
        assert org_client.get("/v1/users/get-self").headers["x-ratelimit-limit"] == "2"
    with http(fake, fake.add_organization_key()) as another_org_client:
        # the organization's keys share one budget
        assert another_org_client.get("/v1/users/get-self").status_code == 429


def test_luma_limits_by_key_kind() -> None:
    fake = frozen_fake(rate_limit=200)
    org_key = fake.add_organization_key()
    with http(fake) as calendar_client, http(fake, org_key) as org_client:
        assert calendar_client.get("/v1/users/get-self").headers["x-ratelimit-limit"] == "200"
        assert org_client.get("/v1/users/get-self").headers["x-ratelimit-limit"] == "500"
        statuses = [calendar_client.get("/v1/users/get-self").status_code for _ in range(200)]
    assert statuses.count(429) == 1 and statuses[-1] == 429


def test_off_by_default_and_with_none() -> None:
    for fake in (FakeLuma(), FakeLuma(rate_limit=None)):
        with http(fake) as client:
            answer = client.get("/v1/users/get-self")
        assert answer.status_code == 200
        assert not any(name.startswith("x-ratelimit") for name in answer.headers)


def test_unauthenticated_answers_carry_no_rate_limit_headers() -> None:
    fake = frozen_fake(rate_limit=5)
    with http(fake, "wrong-key") as client:
        answer = client.get("/v1/users/get-self")
    assert answer.status_code == 401
    assert "x-ratelimit-limit" not in answer.headers


def test_a_rate_limit_object_sets_the_window() -> None:
    fake = frozen_fake(rate_limit=RateLimit(2, 10))
    with http(fake) as client:
        assert client.get("/v1/users/get-self").headers["x-ratelimit-reset"] == "10"
        client.get("/v1/users/get-self")
        assert client.get("/v1/users/get-self").headers["retry-after"] == "10"


@pytest.mark.parametrize(
    ("value", "error"), [(0, ValueError), (-5, ValueError), ("200", TypeError), (True, TypeError)]
)
def test_bad_rate_limits_are_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="rate_limit"):
        FakeLuma(rate_limit=value)  # type: ignore[arg-type]


def test_the_command_line_option() -> None:
    assert rate_limit_option("0") is None
    assert rate_limit_option("200") == 200
    with pytest.raises(argparse.ArgumentTypeError, match="--rate-limit"):
        rate_limit_option("fast")


def test_reset_restores_the_budget() -> None:
    fake = frozen_fake(rate_limit=1)
    with http(fake) as client:
        client.get("/v1/users/get-self")
        assert client.get("/v1/users/get-self").status_code == 429
        fake.reset()
        assert client.get("/v1/users/get-self").status_code == 200


# Luma's rule scaled down so that 1,000 requests take ~10 s: 100 a second is below what the
# client and the fake manage here, so the limit binds
WINDOW = RateLimit(20, 0.2)


def real_time_fake() -> FakeLuma:
    start = time.monotonic()
    epoch = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    return FakeLuma(
        rate_limit=WINDOW,
        clock=lambda: epoch + dt.timedelta(seconds=time.monotonic() - start),
    )


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_the_clients_limiter_gets_1000_requests_through_without_a_429(
    asynchronous: bool,
) -> None:
    fake = real_time_fake()
    with http(fake) as raw:
        event_id = create_event(raw)
    client = fake.client(rate_limit=WINDOW)
    seen: list[int] = []
    for _ in range(999):
        try:
            if asynchronous:
                event = await luma_client.acall(
                    get_event.asyncio_detailed, client=client, event_id=event_id
                )
            else:
                event = luma_client.call(get_event.sync_detailed, client=client, event_id=event_id)
        except luma_client.RateLimitError as exc:  # what the caller would see
            seen.append(exc.status_code)
            continue
        assert event.id == event_id
    assert seen == []
    assert len(fake.requests) == 1000
    limited = fake.requests.filter(status=429)
    assert len(limited) == 0, f"{len(limited)} requests went over the fake's limit"
    # the budget was spent again and again (the limit did bind), and never overspent
    seconds = [entry.time.timestamp() for entry in fake.requests]
    n, period = WINDOW.requests, WINDOW.period_seconds
    full = sum(1 for i in range(len(seconds) - n + 1) if seconds[i + n - 1] - seconds[i] < period)
    assert full > 10
    assert all(seconds[i + n] - seconds[i] >= period - 1e-5 for i in range(len(seconds) - n))


TWO_REQUESTS = """
import os, httpx
headers = {"x-luma-api-key": os.environ["LUMA_API_KEY"]}
url = os.environ["LUMA_BASE_URL"] + "/v1/users/get-self"
first, second = (httpx.get(url, headers=headers) for _ in range(2))
print(first.status_code, first.headers.get("x-ratelimit-limit", "none"), second.status_code)
"""


@pytest.mark.parametrize(("option", "expected"), [("1", "200 1 429"), ("0", "200 none 200")])
def test_the_command_line_server_takes_rate_limit(
    option: str, expected: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "client.py"
    script.write_text(TWO_REQUESTS)
    assert main(["--port", "0", "--rate-limit", option, "--", sys.executable, str(script)]) == 0
    assert " ".join(capfd.readouterr().out.split()[-3:]) == expected


def test_the_budgets_repr_shows_no_key() -> None:
    fake = frozen_fake(rate_limit=5)
    org_key = fake.add_organization_key()
    with http(fake, org_key) as client:
        client.get("/v1/users/get-self")
    assert org_key not in repr(fake._control.budgets)

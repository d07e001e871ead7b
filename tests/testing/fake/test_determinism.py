"""Same seed and same requests: the same ids, timestamps and data, byte for byte."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from luma_client.testing import FakeLuma
from luma_client.testing.fake import SteppingClock
from luma_client.testing.fake._clock import iso, parse_iso, wire_form

REQUESTS: list[tuple[str, str, dict[str, object]]] = [
    (
        "POST",
        "/v1/events/create",
        {"name": "A", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"},
    ),
    (
        "POST",
        "/v1/events/create",
        {"name": "B", "start_at": "2026-03-02T18:00:00Z", "timezone": "UTC"},
    ),
    ("GET", "/v1/calendars/events/list", {"pagination_limit": 1}),
    ("POST", "/v2/organizations/calendars/create", {"name": "Other"}),
    ("POST", "/v1/images/create-upload-url", {}),
]


def replay(fake: FakeLuma) -> list[bytes]:
    answers = []
    with httpx.Client(
        transport=fake.transport(),
        base_url="http://luma.fake",
        headers={"x-luma-api-key": fake.api_key},
    ) as http:
        for method, path, payload in REQUESTS:
            if method == "GET":
                answer = http.get(path, params=payload)  # type: ignore[arg-type]
            else:
                answer = http.post(path, json=payload)
            assert answer.status_code == 200, answer.text
            answers.append(answer.content)
        event_id = http.get("/v1/calendars/events/list").json()["entries"][0]["id"]
        answers.append(http.get("/v1/events/get", params={"event_id": event_id}).content)
        answers.append(
            http.post(
                "/v1/events/guests/add",
                json={"event_id": event_id, "guests": [{"email": "ada@example.com"}]},
            ).content
        )
        answers.append(http.get("/v1/events/guests/list", params={"event_id": event_id}).content)
    return answers


def test_same_seed_same_answers() -> None:
    first = replay(FakeLuma(seed=7, check_responses=True))
    second = replay(FakeLuma(seed=7, check_responses=True))
    assert first == second
    assert b"2026-01-05T09:00:00.000Z" in first[-3]  # the default clock's fixed start


def test_another_seed_other_ids() -> None:
    assert replay(FakeLuma(seed=1))[0] != replay(FakeLuma(seed=2))[0]


def without_cursors(answers: list[bytes]) -> list[object]:
    decoded = [json.loads(a) for a in answers]
    for answer in decoded:
        if isinstance(answer, dict):
            answer.pop("next_cursor", None)
    return decoded


def test_reset_replays_identically_but_old_cursors_go_stale() -> None:
    fake = FakeLuma(seed=3)
    before = replay(fake)
    fake.reset()
    after = replay(fake)
    assert after != before  # the one cursor differs ...
    assert without_cursors(after) == without_cursors(before)  # ... nothing else


def test_populate_is_deterministic() -> None:
    one, two = FakeLuma(seed=5), FakeLuma(seed=5)
    assert one.populate(events=4, guests_per_event=20) == two.populate(
        events=4, guests_per_event=20
    )
    assert one.state.tables == two.state.tables
    other = FakeLuma(seed=6)
    other.populate(events=4, guests_per_event=20)
    assert other.state.tables != one.state.tables


def test_an_injected_clock_sets_the_timestamps() -> None:
    moment = dt.datetime(2030, 6, 1, 12, 30, tzinfo=dt.UTC)
    fake = FakeLuma(clock=lambda: moment)
    replay(fake)
    events = fake.state.table(fake.calendar_id, "events").values()
    assert {e["created_at"] for e in events} == {"2030-06-01T12:30:00.000Z"}


def test_the_stepping_clock() -> None:
    clock = SteppingClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.timedelta(seconds=2))
    assert [clock().second for _ in range(3)] == [0, 2, 4]
    clock.advance(dt.timedelta(minutes=1))
    assert clock() == dt.datetime(2026, 1, 1, 0, 1, 6, tzinfo=dt.UTC)
    clock.reset()
    assert clock() == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        SteppingClock(dt.datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01T18:00:00Z", "2026-03-01T18:00:00.000Z"),
        ("2026-03-01t18:00:00.123456789z", "2026-03-01T18:00:00.123Z"),
        ("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.000Z"),
        ("2026-03-01T18:00:00+05:30", "2026-03-01T12:30:00.000Z"),
        ("2026-03-01T18:00:00.250Z", "2026-03-01T18:00:00.250Z"),
        ("2026-03-01T18:00:00.250+00:00", "2026-03-01T18:00:00.250Z"),
        ("2026-W09-7T18:00:00.000Z", "2026-03-01T18:00:00.000Z"),  # an ISO week date
    ],
)
def test_request_date_times_become_lumas_utc_form(text: str, expected: str) -> None:
    assert iso(parse_iso(text)) == expected
    assert wire_form(text, parse_iso(text)) == expected  # the shortcut agrees with iso()

"""The core of Fake Luma: keys, routes, validation, Prefer, response checking, fixtures."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import luma_api
import luma_client
from luma_api.api.events import get_event
from luma_api.api.users import get_self
from luma_client.testing import FakeLuma
from luma_client.testing.fake import FakeResponseError, Request, Response, _core
from luma_client.testing.fake.handlers import HANDLERS

BASE = "http://luma.fake"


def http(fake: FakeLuma, key: str | None = "test-key") -> httpx.Client:
    headers = {} if key is None else {"x-luma-api-key": key}
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers)


def test_fixtures_give_a_fresh_fake_and_a_ready_client(
    luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> None:
    assert luma_fake.check_responses is True
    assert luma_fake.state.table(luma_fake.calendar_id, "events") == {}
    me = luma_client.call(get_self.sync_detailed, client=luma_fake_client)
    assert me.email == "owner@example.com"


def test_the_key_never_shows() -> None:
    fake = FakeLuma(api_key="secret-do-not-print")
    assert "secret-do-not-print" not in repr(fake)
    answer = http(fake, "secret-wrong-key").get("/v1/users/get-self")
    assert answer.status_code == 401 and "secret" not in answer.text


@pytest.mark.parametrize(
    ("key", "message"), [(None, "Missing API key"), ("", "Missing API key"), ("nope", "Invalid")]
)
def test_missing_or_unknown_keys_are_401(key: str | None, message: str) -> None:
    fake = FakeLuma(check_responses=True)
    answer = http(fake, key).get("/v1/users/get-self")
    assert answer.status_code == 401
    assert answer.json()["message"].startswith(message) and answer.json()["code"] is None
    with pytest.raises(luma_client.AuthenticationError):
        luma_client.call(get_self.sync_detailed, client=fake.client(api_key="other-key"))


def test_unknown_routes_are_404_and_wrong_methods_405() -> None:
    client = http(FakeLuma(check_responses=True))
    unknown = client.get("/v1/nothing/here")
    assert unknown.status_code == 404 and unknown.json() == {
        "message": "Route not found.",
        "code": None,
    }
    wrong = client.get("/v1/events/create")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert "POST" in wrong.json()["message"]


def test_legacy_paths_reach_the_same_operation(luma_fake: FakeLuma) -> None:
    client = http(luma_fake)
    created = client.post(
        "/v1/event/create",
        json={"name": "Old path", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"},
    ).json()
    fetched = client.get("/v1/event/get", params={"event_id": created["id"]})
    assert fetched.status_code == 200 and fetched.json()["name"] == "Old path"


def test_query_parameters_are_typed_and_checked(luma_fake: FakeLuma) -> None:
    client = http(luma_fake)
    bad_limit = client.get("/v1/calendars/events/list", params={"pagination_limit": "lots"})
    assert bad_limit.status_code == 400 and "pagination_limit" in bad_limit.json()["message"]
    zero = client.get("/v1/calendars/events/list", params={"pagination_limit": 0})
    assert zero.status_code == 400 and "pagination_limit" in zero.json()["message"]
    bad_enum = client.get("/v1/calendars/events/list", params={"platforms": ["luma", "mars"]})
    assert bad_enum.status_code == 400 and "platforms" in bad_enum.json()["message"]
    bad_date = client.get("/v1/calendars/events/list", params={"after": "yesterday"})
    assert bad_date.status_code == 400 and "after" in bad_date.json()["message"]
    fine = client.get(
        "/v1/calendars/events/list",
        params={"platforms": ["luma", "external"], "unknown_param": "ignored"},
    )
    assert fine.status_code == 200


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"{not json", "not valid JSON"), (b"[1, 2]", "body")],
)
def test_unreadable_bodies_are_400(luma_fake: FakeLuma, content: bytes, message: str) -> None:
    answer = http(luma_fake).post("/v1/events/create", content=content)
    assert answer.status_code == 400 and message in answer.json()["message"]
    assert luma_fake.state.table(luma_fake.calendar_id, "events") == {}


def test_prefer_code_and_example_answer_the_spec_examples(luma_fake: FakeLuma) -> None:
    client = http(luma_fake)
    forced = client.get(
        "/v1/events/get", params={"event_id": "evt-x"}, headers={"Prefer": "code=404"}
    )
    assert forced.status_code == 404 and forced.json()["message"] == "Event not found."
    example = client.get("/v1/users/get-self", headers={"Prefer": "example=no_name"}).json()
    assert example["name"] is None
    first = client.get("/v1/users/get-self", headers={"Prefer": "code=200"}).json()
    assert first["name"] is not None  # the first named example
    both = client.get("/v1/calendars/get", headers={"Prefer": "code=200, example=personal"}).json()
    assert both["is_personal"] is True
    limited = client.get("/v1/users/get-self", headers={"Prefer": "code=429"})
    assert limited.status_code == 429 and "Rate limit" in limited.json()["message"]


def test_prefer_rules_as_on_prism(luma_fake: FakeLuma) -> None:
    client = http(luma_fake)
    undeclared = client.get("/v1/users/get-self", headers={"Prefer": "code=418"})
    assert undeclared.status_code == 404 and "418" in undeclared.json()["message"]
    no_example = client.get("/v1/users/get-self", headers={"Prefer": "example=nope"})
    assert no_example.status_code == 404
    malformed = client.get("/v1/users/get-self", headers={"Prefer": "code=abc"})
    assert malformed.status_code == 422
    # Validation and keys come first, and a forced answer changes nothing.
    invalid = client.get("/v1/events/get", headers={"Prefer": "code=200"})
    assert invalid.status_code == 400
    keyless = http(luma_fake, None).get("/v1/users/get-self", headers={"Prefer": "code=200"})
    assert keyless.status_code == 401
    body = {"name": "x", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
    forced = client.post("/v1/events/create", json=body, headers={"Prefer": "code=200"})
    assert forced.status_code == 200 and forced.json()["id"] == "evt-7AfHSGOBmoz4iLO"
    assert luma_fake.state.table(luma_fake.calendar_id, "events") == {}


def test_unknown_ids_are_404_in_the_error_shape(luma_fake: FakeLuma) -> None:
    with pytest.raises(luma_client.NotFoundError) as caught:
        luma_client.call(get_event.sync_detailed, client=luma_fake.client(), event_id="evt-nope")
    assert caught.value.status_code == 404
    assert "evt-nope" in str(caught.value.message)


def test_answers_are_shaped_to_the_operation(luma_fake: FakeLuma) -> None:
    client = http(luma_fake)
    event_id = client.post(
        "/v1/events/create",
        json={"name": "Shaped", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"},
    ).json()["id"]
    full = client.get("/v1/events/get", params={"event_id": event_id}).json()
    assert "max_capacity" not in full and "access_level" not in full["hosts"][0]  # private
    assert full["hosts"][0]["email"] == "owner@example.com"
    from luma_client.testing.fake._openapi import load_spec

    spec = load_spec()
    entry_schema = spec.components["schemas"]["CalendarEventEntryLuma"]
    declared: set[str] = set()
    for part in entry_schema["allOf"]:
        declared |= set(spec.resolve(part).get("properties", {}))
    entry = client.get("/v1/calendars/events/list").json()["entries"][0]
    assert set(entry) <= declared  # only what the list entry declares, whatever the spec says


def test_check_responses_catches_an_answer_against_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeLuma(check_responses=True)
    monkeypatch.setitem(HANDLERS, "get_self", lambda call: {"id": 5})
    with pytest.raises(FakeResponseError, match="get_self"):
        fake.handle(Request("GET", "/v1/users/get-self", (), {"x-luma-api-key": "test-key"}))


def unchecked(fake: FakeLuma, request: Request) -> Response:
    """The core's answer without this directory's spec check (which fails on any 500)."""
    handle = _core.Core.handle
    return getattr(handle, "__wrapped__", handle)(fake._core, request)


def test_a_missing_handler_is_a_500_in_the_error_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeLuma()
    monkeypatch.delitem(HANDLERS, "get_self")
    answer = unchecked(fake, Request("GET", "/v1/users/get-self", (), {"x-luma-api-key": "k"}))
    assert answer.status == 401  # the key is checked first
    answer = unchecked(
        fake, Request("GET", "/v1/users/get-self", (), {"x-luma-api-key": "test-key"})
    )
    assert answer.status == 500 and b"get_self" in answer.body


def test_a_crashing_handler_is_a_500_and_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeLuma()

    def broken(call: Any) -> None:
        raise KeyError("boom")

    monkeypatch.setitem(HANDLERS, "get_self", broken)
    answer = unchecked(
        fake, Request("GET", "/v1/users/get-self", (), {"x-luma-api-key": "test-key"})
    )
    assert answer.status == 500
    assert json.loads(answer.body) == {
        "message": "Fake Luma failed on get_self: KeyError",
        "code": None,
    }
    assert [type(e) for e in fake.failures] == [KeyError]


def test_out_of_range_dates_are_400(luma_fake: FakeLuma) -> None:
    body = {"name": "Late", "start_at": "9999-12-31T23:30:00Z", "timezone": "UTC"}
    answer = http(luma_fake).post("/v1/events/create", json=body)
    assert answer.status_code == 400 and "out of range" in answer.json()["message"]
    assert luma_fake.failures == []


def test_load_fixtures_from_yaml_json_and_mappings(tmp_path: pathlib.Path) -> None:
    fake = FakeLuma(check_responses=True)
    yaml_file = tmp_path / "fixtures.yaml"
    yaml_file.write_text(
        "calendar:\n  name: Rust Berlin\n  slug: rust-berlin\n"
        "events:\n"
        "  - key: launch\n    name: Launch party\n    start_at: 2026-03-01T18:00:00Z\n"
        "    timezone: Europe/Berlin\n"
        "    guests:\n      - {email: ada@example.com, name: Ada Lovelace}\n"
        "      - {email: grace@example.com}\n"
        "    approval_status: pending_approval\n"
        "requests:\n"
        "  - operation: add_event_host\n"
        "    body: {event_id: $event:launch, email: linus@example.com}\n",
        encoding="utf-8",
    )
    ids = fake.load(yaml_file)
    event_id = ids["launch"]
    client = http(fake)
    assert client.get("/v1/calendars/get").json()["slug"] == "rust-berlin"
    event = client.get("/v1/events/get", params={"event_id": event_id}).json()
    assert event["name"] == "Launch party" and len(event["hosts"]) == 2
    assert event["guest_counts"]["pending_approval"]["guests"] == 2

    json_file = tmp_path / "more.json"
    json_file.write_text(
        json.dumps(
            {"events": [{"name": "Second", "start_at": "2026-04-01T18:00:00Z", "timezone": "UTC"}]}
        ),
        encoding="utf-8",
    )
    assert list(fake.load(json_file)) == ["Second"]
    assert len(fake.load({"events": []})) == 0


@pytest.mark.parametrize(
    ("fixtures", "message"),
    [
        ({"events": [{"name": "No start", "timezone": "UTC"}]}, "events[1]"),
        ({"people": []}, "unknown fixture sections"),
        ({"requests": [{"operation": "no_such_operation"}]}, "no_such_operation"),
        ({"requests": [{"body": {}}]}, "operation"),
        (
            {"requests": [{"operation": "get_event", "params": {"event_id": "$event:x"}}]},
            "$event:x",
        ),
    ],
)
def test_bad_fixtures_name_the_problem(fixtures: dict[str, Any], message: str) -> None:
    fake = FakeLuma()
    with pytest.raises(ValueError, match=re.escape(message)):
        fake.load(fixtures)


def test_populate_makes_realistic_guests(luma_fake: FakeLuma) -> None:
    ids = luma_fake.populate(events=3, guests_per_event=40)
    client = http(luma_fake)
    assert len(client.get("/v1/calendars/events/list").json()["entries"]) == 3
    page = client.get(
        "/v1/events/guests/list", params={"event_id": ids[0], "pagination_limit": 100}
    ).json()
    guests = page["entries"]
    assert len(guests) == 40 and len({g["user_email"] for g in guests}) == 40
    assert all(g["user_name"] and "@" in g["user_email"] for g in guests)
    answered = [g for g in guests if g["registration_answers"]]
    assert answered and all(len(g["registration_answers"]) == 4 for g in answered)
    assert {g["approval_status"] for g in guests} >= {"approved"}
    event = client.get("/v1/events/get", params={"event_id": ids[0]}).json()
    assert sum(b["guests"] for k, b in event["guest_counts"].items() if k != "checked_in") == 40


def test_reset_returns_to_the_empty_calendar(luma_fake: FakeLuma) -> None:
    calendar_id = luma_fake.calendar_id
    luma_fake.populate(events=2, guests_per_event=5)
    luma_fake.reset()
    assert luma_fake.calendar_id == calendar_id
    listed = http(luma_fake).get("/v1/calendars/events/list").json()
    assert listed == {"entries": [], "has_more": False}


def test_fast_shaping_answers_exactly_what_python_shaping_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def answers() -> list[Any]:
        fake = FakeLuma(seed=11, check_responses=True)
        ids = fake.populate(events=2, guests_per_event=30)
        client = http(fake)
        external = {
            "platform": "external",
            "url": "https://example.org/e/1",
            "name": "Elsewhere",
            "start_at": "2026-05-01T17:00:00Z",
            "duration_interval": "PT1H",
            "timezone": "UTC",
        }
        assert client.post("/v1/calendars/events/add", json=external).status_code == 200
        terms = {
            "id": "t1",
            "label": "Terms",
            "required": True,
            "question_type": "terms",
            "terms": {"content_type": "text", "content_md": "Be nice.", "collect_signature": False},
        }
        update = {"event_id": ids[0], "registration_questions": [terms], "slug": "shaped"}
        assert client.post("/v1/events/update", json=update).status_code == 200
        guest = client.get("/v1/events/guests/list", params={"event_id": ids[0]}).json()
        paths: list[tuple[str, dict[str, Any]]] = [
            ("/v1/events/guests/list", {"event_id": ids[0], "pagination_limit": 100}),
            ("/v1/events/guests/get", {"event_id": ids[0], "id": guest["entries"][0]["id"]}),
            ("/v1/calendars/get", {}),
            ("/v1/users/get-self", {}),
            ("/v1/calendars/admins/list", {}),
            ("/v1/organizations/calendars/list", {}),
            ("/v1/calendars/events/lookup", {"event_id": ids[1]}),
            ("/v1/events/get", {"event_id": ids[0]}),
            ("/v1/calendars/events/list", {"platforms": ["luma", "external"]}),
            ("/v1/organizations/events/list", {}),
            ("/v1/entities/lookup", {"slug": "shaped"}),
            ("/v1/entities/lookup", {"slug": "fake-luma-community"}),
        ]
        return [client.get(path, params=params).json() for path, params in paths]

    fast = answers()
    from luma_client.testing.fake import _fastshape

    monkeypatch.setattr(_core, "fast_type_for", lambda operation_id: None)
    assert all(
        _fastshape.fast_type_for(op) is not None
        for op in ("list_event_guests", "get_event", "list_calendar_events", "lookup_entity")
    )
    assert answers() == fast


def test_every_operation_of_the_spec_has_a_handler() -> None:
    from luma_client.testing.fake._openapi import load_spec

    assert set(HANDLERS) == set(load_spec().operations)


def test_the_parsed_spec_is_cached_on_disk(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from luma_client.testing.fake import _openapi

    parse = _openapi.load_spec.__wrapped__  # the uncached function
    monkeypatch.setenv("LUMA_FAKE_CACHE_DIR", str(tmp_path))
    first = parse()
    (cache,) = tmp_path.iterdir()
    assert cache.name.startswith("spec-") and cache.suffix == ".marshal"
    assert parse().document == first.document  # read back from the cache
    cache.write_bytes(b"not marshal data")
    assert parse().document == first.document  # a broken cache is ignored ...
    assert cache.read_bytes() != b"not marshal data"  # ... and replaced

    off = tmp_path / "off"
    monkeypatch.setenv("LUMA_FAKE_CACHE_DIR", str(off))
    monkeypatch.setenv("LUMA_FAKE_CACHE", "0")
    assert parse().document == first.document
    assert not off.exists()


@given(st.text(alphabet="ab=&%+2F0 é;", max_size=24))
def test_query_pairs_reads_a_query_as_parse_qsl_does(query: str) -> None:
    """The hand-split fast path for escape-free queries agrees with the standard library."""
    expected = parse_qsl(query, keep_blank_values=True, errors="replace")
    assert [tuple(pair) for pair in _core.query_pairs(query)] == expected

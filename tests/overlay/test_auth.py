"""LumaAuth: headers on every request, rotation, validation that never leaks the key."""

from __future__ import annotations

import threading

import httpx
import pytest

from luma_client._auth import API_KEY_HEADER, CALENDAR_ID_HEADER, LumaAuth
from luma_client._constants import REDACTED
from luma_client._exceptions import ConfigurationError, LumaError

KEY = "secret-Xk3v9QpL2mN8rT5w"
NEW_KEY = "secret-Rotated000000001"


class HeaderRecorder:
    """A MockTransport handler that remembers the headers of every request it saw."""

    def __init__(self) -> None:
        self.seen: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers)
        return httpx.Response(200, json={})


def client_with(auth: LumaAuth, recorder: HeaderRecorder) -> httpx.Client:
    return httpx.Client(
        base_url="https://api.test", auth=auth, transport=httpx.MockTransport(recorder)
    )


def test_key_is_sent_on_every_request() -> None:
    recorder = HeaderRecorder()
    with client_with(LumaAuth(KEY), recorder) as client:
        client.get("/v1/events/get", params={"event_id": "evt-1"})
        client.post("/v1/events/create", json={"name": "x"})
    assert [headers[API_KEY_HEADER] for headers in recorder.seen] == [KEY, KEY]
    assert all(CALENDAR_ID_HEADER not in headers for headers in recorder.seen)


def test_calendar_id_header_is_sent_when_set() -> None:
    recorder = HeaderRecorder()
    auth = LumaAuth(KEY, calendar_id="cal-abc")
    with client_with(auth, recorder) as client:
        client.get("/v1/calendars/events/list")
        auth.calendar_id = None
        client.get("/v1/calendars/events/list")
        auth.calendar_id = "cal-def"
        client.get("/v1/calendars/events/list")
    assert [headers.get(CALENDAR_ID_HEADER) for headers in recorder.seen] == [
        "cal-abc",
        None,
        "cal-def",
    ]
    assert auth.calendar_id == "cal-def"


def test_rotation_applies_to_later_requests_of_the_same_client() -> None:
    recorder = HeaderRecorder()
    auth = LumaAuth(KEY)
    with client_with(auth, recorder) as client:
        client.get("/v1/users/get-self")
        auth.rotate(NEW_KEY)
        client.get("/v1/users/get-self")
    assert [headers[API_KEY_HEADER] for headers in recorder.seen] == [KEY, NEW_KEY]


def test_rotation_keeps_previous_keys_for_redaction() -> None:
    auth = LumaAuth(KEY)
    assert list(auth.secrets) == [KEY]
    auth.rotate(NEW_KEY)
    assert list(auth.secrets) == [NEW_KEY, KEY]
    auth.rotate(NEW_KEY)  # no duplicates
    assert list(auth.secrets) == [NEW_KEY, KEY]


def test_rotation_preserves_calendar_id() -> None:
    auth = LumaAuth(KEY, calendar_id="cal-abc")
    auth.rotate(NEW_KEY)
    assert auth.calendar_id == "cal-abc"


@pytest.mark.anyio
async def test_async_client_gets_the_headers() -> None:
    recorder = HeaderRecorder()
    auth = LumaAuth(KEY, calendar_id="cal-abc")
    async with httpx.AsyncClient(
        base_url="https://api.test", auth=auth, transport=httpx.MockTransport(recorder)
    ) as client:
        await client.get("/v1/events/get")
        auth.rotate(NEW_KEY)
        await client.get("/v1/events/get")
    assert [headers[API_KEY_HEADER] for headers in recorder.seen] == [KEY, NEW_KEY]
    assert [headers[CALENDAR_ID_HEADER] for headers in recorder.seen] == ["cal-abc"] * 2


def test_auth_overrides_a_key_set_elsewhere() -> None:
    recorder = HeaderRecorder()
    with client_with(LumaAuth(KEY), recorder) as client:
        client.get("/v1/events/get", headers={API_KEY_HEADER: "stale"})
    assert recorder.seen[0].get_list(API_KEY_HEADER) == [KEY]


def test_repr_hides_the_key() -> None:
    auth = LumaAuth(KEY, calendar_id="cal-abc")
    assert KEY not in repr(auth)
    assert repr(auth) == f"LumaAuth(api_key='{REDACTED}', calendar_id='cal-abc')"
    auth.rotate(NEW_KEY)
    assert NEW_KEY not in repr(auth)


BAD_KEYS = [
    pytest.param("", "empty", id="empty"),
    pytest.param("   ", "empty", id="spaces-only"),
    pytest.param("\t\n", "empty", id="whitespace-only"),
    pytest.param("secret-abcdef\n", "line break", id="trailing-newline"),
    pytest.param("secret-abc\r\nX-Evil: 1", "line break", id="header-injection"),
    pytest.param("secret-abc\x00def", "control character", id="nul"),
    pytest.param("secret-abc\tdef", "control character", id="tab"),
    pytest.param("secret-abc\x7fdef", "control character", id="del"),
    pytest.param("secret-abc def", "whitespace", id="inner-space"),
    pytest.param(" secret-abcdef", "whitespace", id="leading-space"),
    pytest.param("secret-abc\u00a0def", "whitespace", id="nbsp"),
    pytest.param("secret-\u00e9t\u00e9", "non-ASCII", id="non-ascii"),
]


@pytest.mark.parametrize(("bad", "problem"), BAD_KEYS)
def test_bad_keys_are_rejected_without_echoing_them(bad: str, problem: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        LumaAuth(bad)
    message = str(caught.value)
    assert problem in message
    for fragment in ("secret-abc", "secret-", "def", "X-Evil"):
        if fragment in bad:
            assert fragment not in message
    assert isinstance(caught.value, LumaError)


@pytest.mark.parametrize(("bad", "problem"), BAD_KEYS)
def test_bad_rotation_is_rejected_and_keeps_the_old_key(bad: str, problem: str) -> None:
    recorder = HeaderRecorder()
    auth = LumaAuth(KEY)
    with pytest.raises(ConfigurationError, match=problem):
        auth.rotate(bad)
    assert auth.secrets == (KEY,)
    with client_with(auth, recorder) as client:
        client.get("/v1/users/get-self")
    assert recorder.seen[0][API_KEY_HEADER] == KEY


def test_non_string_key_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="must be a str, not bytes"):
        LumaAuth(b"secret-abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "  ", "cal-abc\n", "cal abc", "cal-\u00e9"])
def test_bad_calendar_ids_are_rejected(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="calendar_id"):
        LumaAuth(KEY, calendar_id=bad)
    auth = LumaAuth(KEY, calendar_id="cal-ok")
    with pytest.raises(ConfigurationError, match="calendar_id"):
        auth.calendar_id = bad
    assert auth.calendar_id == "cal-ok"


def test_concurrent_rotations_lose_no_secret() -> None:
    auth = LumaAuth(KEY)
    keys = [f"secret-thread-{index:04d}" for index in range(16)]
    barrier = threading.Barrier(len(keys))

    def rotate(key: str) -> None:
        barrier.wait()
        for _ in range(50):
            auth.rotate(key)

    threads = [threading.Thread(target=rotate, args=(key,)) for key in keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(auth.secrets) == sorted([KEY, *keys])
    assert len(set(auth.secrets)) == len(auth.secrets)

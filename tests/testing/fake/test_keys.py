"""Calendars, calendar keys, organization keys and revocation on Fake Luma."""

from __future__ import annotations

import pytest

import luma_api
import luma_client
from luma_api.api.events import get_event
from luma_client.testing import FakeLuma
from tests.testing.fake.plane import create_event, http

pytestmark = pytest.mark.anyio


def test_a_calendar_key_sees_only_its_calendar() -> None:
    fake = FakeLuma()
    other_key = fake.add_calendar(name="Second community")
    assert other_key != fake.api_key
    with http(fake) as mine, http(fake, other_key) as theirs:
        their_event = create_event(theirs, name="Theirs")
        my_event = create_event(mine, name="Mine")
        hook = theirs.post(
            "/v2/webhooks/create", json={"url": "https://h.example.com", "event_types": ["*"]}
        ).json()["id"]
        # another calendar's event: 403, the key does not manage it; other ids: 404
        assert mine.get("/v1/events/get", params={"event_id": their_event}).status_code == 403
        assert theirs.get("/v1/events/get", params={"event_id": my_event}).status_code == 403
        guests = mine.get("/v1/events/guests/list", params={"event_id": their_event})
        assert guests.status_code == 403
        assert mine.get("/v2/webhooks/get", params={"id": hook}).status_code == 404
        mine_listed = [e["id"] for e in mine.get("/v1/calendars/events/list").json()["entries"]]
        theirs_listed = [e["id"] for e in theirs.get("/v1/calendars/events/list").json()["entries"]]
        assert mine_listed == [my_event]
        assert theirs_listed == [their_event]
        assert mine.get("/v1/webhooks/list").json()["entries"] == []
        assert theirs.get("/v1/events/get", params={"event_id": their_event}).status_code == 200


def test_a_calendar_key_cannot_choose_another_calendar() -> None:
    fake = FakeLuma()
    other_key = fake.add_calendar(name="Second")
    with http(fake, other_key, x_luma_calendar_id=fake.calendar_id) as client:
        answer = client.get("/v1/calendars/events/list")
    assert answer.status_code == 403
    assert "x-luma-calendar-id" in answer.json()["message"]


def test_an_organization_key_chooses_its_calendar_with_the_header() -> None:
    fake = FakeLuma()
    second_key = fake.add_calendar(name="Second")
    org_key = fake.add_organization_key()
    with http(fake, second_key) as second, http(fake) as first:
        second_event = create_event(second)
        first_event = create_event(first)
    second_id = fake.state.keys[second_key].calendar_id
    with (
        http(fake, org_key) as default,
        http(fake, org_key, x_luma_calendar_id=second_id) as chosen,
    ):
        assert default.get("/v1/events/get", params={"event_id": first_event}).status_code == 200
        assert default.get("/v1/events/get", params={"event_id": second_event}).status_code == 403
        assert chosen.get("/v1/events/get", params={"event_id": second_event}).status_code == 200
        assert chosen.get("/v1/events/get", params={"event_id": first_event}).status_code == 403
    with http(fake, org_key, x_luma_calendar_id="cal-NotOfThisOrg0") as stranger:
        assert stranger.get("/v1/calendars/events/list").status_code == 403


def test_unknown_missing_and_revoked_keys_get_401() -> None:
    fake = FakeLuma()
    key = fake.add_calendar(name="Short-lived")
    with http(fake, key) as client:
        assert client.get("/v1/users/get-self").status_code == 200
        fake.revoke(key)
        assert client.get("/v1/users/get-self").status_code == 401
    with http(fake, "no-such-key") as client:
        assert client.get("/v1/users/get-self").status_code == 401
    with http(fake, "") as client:
        assert client.get("/v1/users/get-self").status_code == 401


def test_revoking_an_unknown_key_does_not_repeat_it() -> None:
    fake = FakeLuma()
    with pytest.raises(KeyError) as caught:
        fake.revoke("sk-secret-value")
    assert "sk-secret-value" not in str(caught.value)


def test_add_calendar_needs_a_name() -> None:
    with pytest.raises(ValueError, match="name"):
        FakeLuma().add_calendar(name="  ")


def test_reset_drops_added_calendars_and_keys() -> None:
    fake = FakeLuma()
    key = fake.add_calendar(name="Gone after reset")
    fake.reset()
    with http(fake, key) as client:
        assert client.get("/v1/users/get-self").status_code == 401


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_the_client_is_refused_another_calendars_event(asynchronous: bool) -> None:
    fake = FakeLuma()
    other_key = fake.add_calendar(name="Other")
    with http(fake, other_key) as theirs:
        their_event = create_event(theirs)
    client: luma_api.Client = fake.client()
    with pytest.raises(luma_client.PermissionDeniedError):
        if asynchronous:
            await luma_client.acall(get_event.asyncio_detailed, client=client, event_id=their_event)
        else:
            luma_client.call(get_event.sync_detailed, client=client, event_id=their_event)
    theirs_client = fake.client(api_key=other_key)
    if asynchronous:
        found = await luma_client.acall(
            get_event.asyncio_detailed, client=theirs_client, event_id=their_event
        )
    else:
        found = luma_client.call(
            get_event.sync_detailed, client=theirs_client, event_id=their_event
        )
    assert found.id == their_event


def test_revoking_the_fakes_own_key() -> None:
    fake = FakeLuma()
    calendar_id = fake.calendar_id
    fake.revoke(fake.api_key)
    with http(fake) as client:
        assert client.get("/v1/users/get-self").status_code == 401
    assert fake.calendar_id == calendar_id
    assert "calendar_id" in repr(fake)
    fake.reset()  # a new state: the key works again
    with http(fake) as client:
        assert client.get("/v1/users/get-self").status_code == 200

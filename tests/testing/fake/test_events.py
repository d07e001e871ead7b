"""Events, hosts and the calendar's event list on Fake Luma: flows sync and async."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import luma_api
import luma_client
from luma_api.api.calendar_events import (
    add_calendar_event,
    approve_calendar_event,
    list_calendar_events,
    lookup_calendar_event,
    reject_calendar_event,
)
from luma_api.api.events import (
    cancel_event,
    create_event,
    get_event,
    request_event_cancellation,
    update_event,
)
from luma_api.api.guests import add_event_guests
from luma_api.api.hosts import add_event_host, remove_event_host, update_event_host
from luma_api.models import (
    AddCalendarEventExternalRequest,
    AddEventGuestsRequest,
    AddEventHostRequest,
    ApproveCalendarEventRequest,
    CancelEventRequest,
    CreateEventRequest,
    RejectCalendarEventRequest,
    RemoveEventHostRequest,
    RequestEventCancellationRequest,
    UpdateEventHostRequest,
    UpdateEventRequest,
)
from luma_client.testing import FakeLuma
from luma_client.testing.fake import SteppingClock
from tests.testing.fake.driver import Driver, emitted

pytestmark = pytest.mark.anyio

START = "2026-03-01T18:00:00.000Z"


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> Driver:
    return Driver(luma_fake, luma_fake_client, asynchronous=request.param == "async")


async def new_event(api: Driver, **fields: Any) -> str:
    body = {"name": "Spring meetup", "start_at": START, "timezone": "Europe/Berlin", **fields}
    created = await api.call(create_event, body=CreateEventRequest.from_dict(body))
    return str(created.id)


async def test_event_flow_create_get_list_update_cancel(api: Driver) -> None:
    event_id = await new_event(api, description_md="Talks and **pizza**.", slug="spring-2026")
    assert event_id.startswith("evt-")

    event = await api.call(get_event, event_id=event_id)
    assert event.name == "Spring meetup"
    assert event.start_at == dt.datetime(2026, 3, 1, 18, tzinfo=dt.UTC)
    assert event.end_at == dt.datetime(2026, 3, 1, 19, tzinfo=dt.UTC)
    assert event.duration_interval == "P0Y0M0DT1H0M0S"
    assert event.url == "https://luma.com/spring-2026"
    assert event.calendar_id == api.fake.calendar_id
    assert event.description_md == "Talks and **pizza**."
    assert [h.email for h in event.hosts] == ["owner@example.com"]

    listed = await api.all(list_calendar_events)
    assert [e.id for e in listed] == [event_id]
    assert listed[0].platform == "luma"

    await api.call(
        update_event,
        body=UpdateEventRequest.from_dict(
            {
                "event_id": event_id,
                "name": "Spring meetup (moved)",
                "start_at": "2026-03-02T18:00:00Z",
            }
        ),
    )
    changed = await api.call(get_event, event_id=event_id)
    assert changed.name == "Spring meetup (moved)"
    assert changed.end_at == dt.datetime(2026, 3, 2, 19, tzinfo=dt.UTC)  # duration kept
    assert changed.description_md == "Talks and **pizza**."  # fields not sent stay

    token = await api.call(
        request_event_cancellation,
        body=RequestEventCancellationRequest(event_id=event_id),
    )
    assert token.guest_count == 0 and token.is_paid is False
    await api.call(
        cancel_event,
        body=CancelEventRequest(event_id=event_id, cancellation_token=token.cancellation_token),
    )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(get_event, event_id=event_id)
    assert await api.all(list_calendar_events) == []
    assert [kind for kind, _ in api.fake.state.emitted] == [
        "event.created",
        "event.updated",
        "event.canceled",
    ]


async def test_cancel_needs_the_current_unexpired_token(api: Driver) -> None:
    clock = SteppingClock()
    api.fake.clock = clock
    event_id = await new_event(api)
    request = RequestEventCancellationRequest(event_id=event_id)
    token = (await api.call(request_event_cancellation, body=request)).cancellation_token

    with pytest.raises(luma_client.BadRequestError, match="cancellation_token"):
        await api.call(
            cancel_event, body=CancelEventRequest(event_id=event_id, cancellation_token="nope")
        )
    clock.advance(dt.timedelta(minutes=16))
    with pytest.raises(luma_client.BadRequestError, match="expired"):
        await api.call(
            cancel_event, body=CancelEventRequest(event_id=event_id, cancellation_token=token)
        )
    assert (await api.call(get_event, event_id=event_id)).id == event_id  # still there


async def test_paid_guests_make_should_refund_required(api: Driver) -> None:
    event_id = await new_event(api)
    body = {"event_id": event_id, "guests": [{"email": "ada@example.com"}]}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(body))
    guest = next(iter(api.fake.state.table(api.fake.calendar_id, "guests").values()))
    guest["event_tickets"][0]["amount"] = 2500  # as if bought
    answer = await api.call(
        request_event_cancellation, body=RequestEventCancellationRequest(event_id=event_id)
    )
    assert answer.is_paid is True and answer.guest_count == 1
    cancel = {"event_id": event_id, "cancellation_token": answer.cancellation_token}
    with pytest.raises(luma_client.BadRequestError, match="should_refund"):
        await api.call(cancel_event, body=CancelEventRequest.from_dict(cancel))
    await api.call(
        cancel_event, body=CancelEventRequest.from_dict({**cancel, "should_refund": True})
    )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(get_event, event_id=event_id)


async def test_host_flow_add_update_remove(api: Driver) -> None:
    event_id = await new_event(api)
    add = {"event_id": event_id, "email": "Grace@Example.com", "name": "Grace Hopper"}
    await api.call(add_event_host, body=AddEventHostRequest.from_dict(add))
    event = await api.call(get_event, event_id=event_id)
    assert [(h.email, h.name) for h in event.hosts] == [
        ("owner@example.com", "Ada Lovelace"),
        ("grace@example.com", "Grace Hopper"),
    ]
    update = {"event_id": event_id, "email": "grace@example.com", "access_level": "check-in"}
    await api.call(update_event_host, body=UpdateEventHostRequest.from_dict(update))
    stored = api.fake.state.table(api.fake.calendar_id, "events")[event_id]["hosts"][1]
    assert stored["access_level"] == "check-in"

    with pytest.raises(luma_client.BadRequestError, match="already a host"):
        await api.call(add_event_host, body=AddEventHostRequest.from_dict(add))
    remove = {"event_id": event_id, "email": "grace@example.com"}
    await api.call(remove_event_host, body=RemoveEventHostRequest.from_dict(remove))
    event = await api.call(get_event, event_id=event_id)
    assert [h.email for h in event.hosts] == ["owner@example.com"]

    with pytest.raises(luma_client.NotFoundError):
        await api.call(remove_event_host, body=RemoveEventHostRequest.from_dict(remove))
    creator = {"event_id": event_id, "email": "owner@example.com"}
    with pytest.raises(luma_client.BadRequestError, match="creator"):
        await api.call(remove_event_host, body=RemoveEventHostRequest.from_dict(creator))


async def test_list_honours_before_after_and_direction(api: Driver) -> None:
    ids = [
        await new_event(api, name=f"E{day}", start_at=f"2026-04-{day:02d}T10:00:00Z")
        for day in (3, 1, 2)
    ]
    by_day = dict(zip((3, 1, 2), ids, strict=True))
    ascending = await api.all(list_calendar_events, sort_column="start_at")
    assert [e.id for e in ascending] == [by_day[1], by_day[2], by_day[3]]
    descending = await api.all(list_calendar_events, sort_direction="desc")
    assert [e.id for e in descending] == [by_day[3], by_day[2], by_day[1]]
    window = await api.all(
        list_calendar_events,
        after=dt.datetime(2026, 4, 2, tzinfo=dt.UTC),
        before=dt.datetime(2026, 4, 3, tzinfo=dt.UTC),
    )
    assert [e.id for e in window] == [by_day[2]]
    pages = await api.call(list_calendar_events, pagination_limit=2)
    assert len(pages.entries) == 2 and pages.has_more is True


async def test_external_submission_pending_approve_reject_and_lookup(api: Driver) -> None:
    body = {
        "platform": "external",
        "url": "https://www.meetup.com/example/events/1/",
        "name": "Partner meetup",
        "start_at": "2026-05-01T17:00:00Z",
        "duration_interval": "PT2H",
        "timezone": "America/New_York",
        "submission_mode": "pending",
        "host": "Partner group",
    }
    added = await api.call(add_calendar_event, body=AddCalendarEventExternalRequest.from_dict(body))
    assert added.id.startswith("calev-") and added.status == "pending"
    externals = ["external"]
    assert await api.all(list_calendar_events, platforms=externals) == []
    pending = await api.all(list_calendar_events, platforms=externals, status="pending")
    assert [e.id for e in pending] == [added.id]
    assert pending[0].end_at == dt.datetime(2026, 5, 1, 19, tzinfo=dt.UTC)

    found = await api.call(lookup_calendar_event, platform="external", url_query=body["url"])
    assert found.event is not None and found.event.status == "pending"

    await api.call(
        approve_calendar_event, body=ApproveCalendarEventRequest(calendar_event_id=added.id)
    )
    approved = await api.all(list_calendar_events, platforms=externals)
    assert [e.id for e in approved] == [added.id]
    assert await api.all(list_calendar_events) == []  # luma only by default

    await api.call(
        reject_calendar_event,
        body=RejectCalendarEventRequest(calendar_event_id=added.id, message="Off topic"),
    )
    found = await api.call(lookup_calendar_event, platform="external", url_query=body["url"])
    assert found.event is not None and found.event.status == "rejected"
    with pytest.raises(luma_client.BadRequestError, match="already been submitted"):
        await api.call(add_calendar_event, body=AddCalendarEventExternalRequest.from_dict(body))
    missing = await api.call(lookup_calendar_event, event_id="evt-unknown")
    assert missing.event is None
    with pytest.raises(luma_client.NotFoundError):
        await api.call(
            approve_calendar_event, body=ApproveCalendarEventRequest(calendar_event_id="calev-x")
        )


async def test_resubmitting_a_luma_event_is_refused(api: Driver) -> None:
    event_id = await new_event(api)
    answer = await api.raw(
        "POST", "/v1/calendars/events/add", json={"platform": "luma", "event_id": event_id}
    )
    assert answer.status_code == 400
    assert "already been submitted" in answer.json()["message"]
    found = await api.call(lookup_calendar_event, event_id=event_id)
    assert found.event is not None and found.event.id == event_id
    assert found.event.status == "approved"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"start_at": START, "timezone": "Europe/Berlin"}, "name"),
        ({"name": "x", "start_at": "tomorrow", "timezone": "Europe/Berlin"}, "start_at"),
        ({"name": "x", "start_at": START, "timezone": "Mars/Olympus"}, "timezone"),
        (
            {"name": "x", "start_at": START, "end_at": "2026-03-01T17:00:00Z", "timezone": "UTC"},
            "end_at",
        ),
        (
            {"name": "x", "start_at": START, "timezone": "UTC", "cover_url": "http://x.test/a.png"},
            "cover_url",
        ),
        ({"name": 7, "start_at": START, "timezone": "UTC"}, "name"),
    ],
)
async def test_invalid_events_are_400_naming_the_problem_and_change_nothing(
    api: Driver, body: dict[str, Any], named: str
) -> None:
    answer = await api.raw("POST", "/v1/events/create", json=body)
    assert answer.status_code == 400
    assert named in answer.json()["message"]
    assert api.fake.state.table(api.fake.calendar_id, "events") == {}
    assert api.fake.state.table(api.fake.calendar_id, "ticket_types") == {}


async def test_invalid_update_changes_nothing(api: Driver) -> None:
    event_id = await new_event(api)
    before = dict(api.fake.state.table(api.fake.calendar_id, "events")[event_id])
    answer = await api.raw(
        "POST",
        "/v1/events/update",
        json={"event_id": event_id, "name": "New", "end_at": "2026-02-01T00:00:00Z"},
    )
    assert answer.status_code == 400
    assert api.fake.state.table(api.fake.calendar_id, "events")[event_id] == before
    unknown = await api.raw("POST", "/v1/events/update", json={"event_id": "evt-nope", "name": "x"})
    assert unknown.status_code == 404
    assert unknown.json() == {"message": "Event evt-nope not found", "code": None}


async def test_a_slug_can_only_be_used_once(api: Driver) -> None:
    await new_event(api, slug="launch-party")
    answer = await api.raw(
        "POST",
        "/v1/events/create",
        json={"name": "Again", "start_at": START, "timezone": "UTC", "slug": "launch-party"},
    )
    assert answer.status_code == 400 and "launch-party" in answer.json()["message"]
    assert len(api.fake.state.table(api.fake.calendar_id, "events")) == 1


async def test_every_created_event_gets_one_default_ticket_type(api: Driver) -> None:
    event_id = await new_event(api)
    types = list(api.fake.state.table(api.fake.calendar_id, "ticket_types").values())
    assert [(t["event_id"], t["name"], t["type"], t["is_default"]) for t in types] == [
        (event_id, "Standard", "free", True)
    ]


async def test_online_and_in_person_locations(api: Driver) -> None:
    online = await new_event(api, meeting_url="https://us06web.zoom.us/j/123")
    venue = await new_event(
        api, geo_address_json={"type": "manual", "address": "1 Main St"}, slug="venue-event"
    )
    zoom = await api.call(get_event, event_id=online)
    assert zoom.location_type == "zoom" and zoom.meeting_url == "https://us06web.zoom.us/j/123"
    offline = await api.call(get_event, event_id=venue)
    assert offline.location_type == "offline"
    assert offline.geo_address_json is not None
    assert offline.geo_address_json.address == "1 Main St"


async def test_changes_are_recorded_as_valid_webhook_payloads(api: Driver) -> None:
    event_id = await new_event(api)
    await api.call(
        update_event, body=UpdateEventRequest.from_dict({"event_id": event_id, "name": "Renamed"})
    )
    body = {"event_id": event_id, "guests": [{"email": "ada@example.com", "name": "Ada"}]}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(body))
    external = {
        "platform": "external",
        "url": "https://example.org/e/1",
        "name": "Elsewhere",
        "start_at": "2026-05-01T17:00:00Z",
        "duration_interval": "PT1H",
        "timezone": "UTC",
    }
    await api.call(add_calendar_event, body=AddCalendarEventExternalRequest.from_dict(external))
    pending = {**external, "url": "https://example.org/e/2", "submission_mode": "pending"}
    await api.call(add_calendar_event, body=AddCalendarEventExternalRequest.from_dict(pending))
    token = await api.call(
        request_event_cancellation, body=RequestEventCancellationRequest(event_id=event_id)
    )
    cancel = CancelEventRequest(event_id=event_id, cancellation_token=token.cancellation_token)
    await api.call(cancel_event, body=cancel)

    assert [e["name"] for e in emitted(api.fake, "event.created")] == ["Spring meetup"]
    assert [e["name"] for e in emitted(api.fake, "event.updated")] == ["Renamed"]
    assert [e["id"] for e in emitted(api.fake, "event.canceled")] == [event_id]
    registered = emitted(api.fake, "guest.registered")
    assert [(g["user_email"], g["event"]["id"]) for g in registered] == [
        ("ada@example.com", event_id)
    ]
    tickets = emitted(api.fake, "ticket.registered")
    assert [t["event_ticket"]["name"] for t in tickets] == ["Standard"]
    assert [e["url"] for e in emitted(api.fake, "calendar.event.added")] == [external["url"]]
    submitted = emitted(api.fake, "calendar.event.submitted")
    assert [e["submitted_to_calendar"]["id"] for e in submitted] == [api.fake.calendar_id]

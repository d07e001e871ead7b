"""Calendar, admins, user, entity lookup, image uploads and organizations on Fake Luma."""

from __future__ import annotations

from typing import Any

import pytest

import luma_api
import luma_client
from luma_api.api.calendars import get_calendar, list_calendar_admins, update_calendar
from luma_api.api.entities import lookup_entity
from luma_api.api.events import create_event, get_event
from luma_api.api.images import create_image_upload_url
from luma_api.api.organizations import (
    create_organization_calendar,
    list_organization_admins,
    list_organization_calendars,
    list_organization_events,
    transfer_event,
)
from luma_api.api.users import get_self
from luma_api.models import (
    CreateEventRequest,
    CreateImageUploadUrlRequest,
    CreateOrganizationCalendarRequest,
    TransferEventRequest,
    UpdateCalendarRequest,
)
from luma_client.testing import FakeLuma
from tests.testing.fake.driver import Driver

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> Driver:
    return Driver(luma_fake, luma_fake_client, asynchronous=request.param == "async")


async def new_event(api: Driver, **fields: Any) -> str:
    body = {"name": "Calendar night", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
    body.update(fields)
    return str((await api.call(create_event, body=CreateEventRequest.from_dict(body))).id)


async def test_calendar_flow_get_update_get(api: Driver) -> None:
    calendar = await api.call(get_calendar)
    assert calendar.id == api.fake.calendar_id and calendar.slug == "fake-luma-community"
    update = {
        "calendar_id": calendar.id,
        "name": "Rust Berlin",
        "slug": "rust-berlin",
        "avatar_url": "https://images.lumacdn.com/avatars/rust.png",
    }
    updated = await api.call(update_calendar, body=UpdateCalendarRequest.from_dict(update))
    assert updated.name == "Rust Berlin" and updated.url == "https://luma.com/rust-berlin"
    again = await api.call(get_calendar)
    assert (again.name, again.slug, again.avatar_url) == (
        "Rust Berlin",
        "rust-berlin",
        "https://images.lumacdn.com/avatars/rust.png",
    )
    assert again.description == calendar.description  # fields not sent stay

    refused = await api.raw(
        "POST", "/v1/calendars/update", json={"calendar_id": calendar.id, "tint_color": "red"}
    )
    assert refused.status_code == 400 and "tint_color" in refused.json()["message"]
    missing = await api.raw("POST", "/v1/calendars/update", json={"calendar_id": "cal-nope"})
    assert missing.status_code == 404
    assert (await api.call(get_calendar)).to_dict() == again.to_dict()


async def test_admins_and_self_are_the_owner(api: Driver) -> None:
    me = await api.call(get_self)
    assert me.id.startswith("usr-") and me.email == "owner@example.com"
    admins = await api.call(list_calendar_admins)
    assert [a.id for a in admins.entries] == [me.id]
    org_admins = await api.call(list_organization_admins)
    assert [a.id for a in org_admins.entries] == [me.id]


async def test_entity_lookup_by_calendar_or_event_slug(api: Driver) -> None:
    event_id = await new_event(api, slug="launch-party")
    calendar = await api.call(lookup_entity, slug="fake-luma-community")
    assert calendar.entity is not None and calendar.entity.type_ == "calendar"
    assert calendar.entity.calendar.id == api.fake.calendar_id
    event = await api.call(lookup_entity, slug="launch-party")
    assert event.entity is not None and event.entity.type_ == "event"
    assert event.entity.event.id == event_id and event.entity.event.slug == "launch-party"
    unused = await api.call(lookup_entity, slug="nothing-here")
    assert unused.entity is None


async def test_image_upload_urls(api: Driver) -> None:
    png = await api.call(
        create_image_upload_url,
        body=CreateImageUploadUrlRequest.from_dict({"content_type": "image/png"}),
    )
    assert png.file_url.startswith("https://images.lumacdn.com/") and png.file_url.endswith(".png")
    assert png.upload_url.startswith("https://")
    jpeg = await api.call(create_image_upload_url, body=CreateImageUploadUrlRequest())
    assert jpeg.file_url.endswith(".jpg") and jpeg.file_url != png.file_url
    # The file URL is accepted where Luma wants an image on its CDN.
    await new_event(api, cover_url=png.file_url)


async def test_organization_flow_create_list_transfer(api: Driver) -> None:
    event_id = await new_event(api)
    body = {"name": "Second city", "slug": "second-city"}
    created = await api.call(
        create_organization_calendar, body=CreateOrganizationCalendarRequest.from_dict(body)
    )
    assert created.id.startswith("cal-") and created.url == "https://luma.com/second-city"
    calendars = await api.all(list_organization_calendars)
    assert [c.id for c in calendars] == [api.fake.calendar_id, created.id]

    events = await api.all(list_organization_events)
    assert [e.id for e in events] == [event_id]
    assert [c.id for c in events[0].managing_calendars] == [api.fake.calendar_id]
    assert events[0].api_id == event_id

    await api.call(
        transfer_event, body=TransferEventRequest(event_id=event_id, calendar_id=created.id)
    )
    with pytest.raises(luma_client.PermissionDeniedError):
        await api.call(get_event, event_id=event_id)  # the old calendar no longer manages it
    other = Driver(api.fake, api.fake.client(calendar_id=created.id), asynchronous=api.asynchronous)
    moved = await other.call(get_event, event_id=event_id)
    assert moved.calendar_id == created.id
    events = await api.all(list_organization_events)
    assert [c.id for c in events[0].managing_calendars] == [created.id]

    taken = await api.raw(
        "POST", "/v2/organizations/calendars/create", json={"name": "Dup", "slug": "second-city"}
    )
    assert taken.status_code == 400
    unknown = await api.raw(
        "POST",
        "/v1/organizations/events/transfer-calendar",
        json={"event_id": event_id, "calendar_id": "cal-unknown"},
    )
    assert unknown.status_code == 404
    assert len(await api.all(list_organization_calendars)) == 2


async def test_a_calendar_outside_the_organization_is_403(api: Driver) -> None:
    answer = await api.raw("GET", "/v1/calendars/get")
    assert answer.status_code == 200
    other = Driver(
        api.fake, api.fake.client(calendar_id="cal-elsewhere"), asynchronous=api.asynchronous
    )
    with pytest.raises(luma_client.PermissionDeniedError):
        await other.call(get_calendar)

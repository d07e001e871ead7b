"""Contacts, contact tags and event tags on Fake Luma, with Luma's rules."""

from __future__ import annotations

from typing import Any

import pytest

import luma_api
import luma_client
from luma_api.api.calendar_events import list_calendar_events
from luma_api.api.contact_tags import (
    apply_contact_tag,
    create_contact_tag,
    delete_contact_tag,
    list_contact_tags,
    unapply_contact_tag,
    update_contact_tag,
)
from luma_api.api.contacts import (
    block_contact,
    import_contacts,
    list_contacts,
    remove_contact,
    restore_contact,
)
from luma_api.api.event_tags import (
    apply_event_tag,
    create_event_tag,
    delete_event_tag,
    list_event_tags,
    unapply_event_tag,
    update_event_tag,
)
from luma_api.api.events import create_event
from luma_api.api.guests import add_event_guests
from luma_api.models import (
    AddEventGuestsRequest,
    ApplyContactTagRequest,
    ApplyEventTagRequest,
    BlockContactRequest,
    CreateContactTagRequest,
    CreateEventRequest,
    CreateEventTagRequest,
    DeleteContactTagRequest,
    DeleteEventTagRequest,
    ImportContactsRequest,
    RemoveContactRequest,
    RestoreContactRequest,
    UnapplyContactTagRequest,
    UnapplyEventTagRequest,
    UpdateContactTagRequest,
    UpdateEventTagRequest,
)
from luma_client.testing import FakeLuma
from tests.testing.fake.driver import Driver, emitted

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> Driver:
    return Driver(luma_fake, luma_fake_client, asynchronous=request.param == "async")


async def _contact_tag(api: Driver, name: str, color: str | None = None) -> str:
    body = {"name": name} if color is None else {"name": name, "color": color}
    created = await api.call(create_contact_tag, body=CreateContactTagRequest.from_dict(body))
    return str(created.id)


async def _import(api: Driver, *people: dict[str, Any], tags: list[str] | None = None) -> None:
    body: dict[str, Any] = {"contacts": list(people)}
    if tags is not None:
        body["tags"] = tags
    await api.call(import_contacts, body=ImportContactsRequest.from_dict(body))


async def _contacts(api: Driver, **filters: Any) -> dict[str, dict[str, Any]]:
    """The listed contacts by email, in list order."""
    entries = await api.all(list_contacts, pagination_limit=2, **filters)
    return {c.email: c.to_dict() for c in entries}


def _tag_names(contact: dict[str, Any]) -> list[str]:
    return [tag["name"] for tag in contact["tags"]]


def _subscribed(api: Driver) -> list[str]:
    """Who was announced as subscribed, in order (each announcement valid for the spec)."""
    return [data["email"] for data in emitted(api.fake, "calendar.person.subscribed")]


# --- contact tags and contacts ------------------------------------------------------------


async def test_contact_tag_lifecycle(api: Driver) -> None:
    volunteers = await _contact_tag(api, "Volunteers", "green")
    speakers = await _contact_tag(api, "Speakers")
    listed = await api.call(list_contact_tags)
    assert listed.has_more is False
    assert [t.to_dict() for t in listed.entries] == [
        {"id": volunteers, "name": "Volunteers", "color": "green"},
        {"id": speakers, "name": "Speakers", "color": "barney"},
    ]
    await _import(api, {"email": "maya@example.com"}, tags=[volunteers])

    await api.call(
        update_contact_tag,
        body=UpdateContactTagRequest.from_dict(
            {"tag_id": volunteers, "name": "Event volunteers", "color": "orange"}
        ),
    )
    listed = await api.call(list_contact_tags)
    assert listed.entries[0].to_dict() == {
        "id": volunteers,
        "name": "Event volunteers",
        "color": "orange",
    }
    contact = (await _contacts(api))["maya@example.com"]
    assert contact["tags"] == [{"id": volunteers, "name": "Event volunteers"}]  # renamed there too

    await api.call(delete_contact_tag, body=DeleteContactTagRequest(tag_id=volunteers))
    listed = await api.call(list_contact_tags)
    assert [t.id for t in listed.entries] == [speakers]
    assert (await _contacts(api))["maya@example.com"]["tags"] == []

    with pytest.raises(luma_client.NotFoundError, match=f"Tag {volunteers} not found"):
        await api.call(delete_contact_tag, body=DeleteContactTagRequest(tag_id=volunteers))
    with pytest.raises(luma_client.NotFoundError):
        await api.call(
            update_contact_tag, body=UpdateContactTagRequest(tag_id="tag-nope", name="Nobody")
        )
    assert [t.id for t in (await api.call(list_contact_tags)).entries] == [speakers]


async def test_contact_import_and_tags(api: Driver) -> None:
    volunteers = await _contact_tag(api, "Volunteers", "green")
    speakers = await _contact_tag(api, "Speakers", "purple")
    await _import(
        api,
        {"email": "maya@example.com", "name": "Maya Chen"},
        {"email": "Newcomer@Example.org"},
        tags=[volunteers, "speakers"],  # by id and by name
    )
    contacts = await _contacts(api)
    assert list(contacts) == ["maya@example.com", "newcomer@example.org"]
    maya = contacts["maya@example.com"]
    assert (maya["name"], maya["first_name"], maya["last_name"]) == ("Maya Chen", "Maya", "Chen")
    assert maya["user_id"].startswith("usr-")
    assert (maya["event_approved_count"], maya["revenue_usd_cents"], maya["membership"]) == (
        0,
        0,
        None,
    )
    assert _tag_names(maya) == ["Volunteers", "Speakers"]
    newcomer = contacts["newcomer@example.org"]
    assert (newcomer["name"], newcomer["first_name"], newcomer["last_name"]) == (None, None, None)
    assert _subscribed(api) == ["maya@example.com", "newcomer@example.org"]

    # importing again keeps the name already set and announces nobody
    await _import(api, {"email": "MAYA@example.com", "name": "Someone Else"})
    again = await _contacts(api)
    assert list(again) == list(contacts)
    assert again["maya@example.com"]["name"] == "Maya Chen"
    assert _subscribed(api) == ["maya@example.com", "newcomer@example.org"]

    applied = await api.call(
        unapply_contact_tag,
        body=UnapplyContactTagRequest.from_dict(
            {"tag": "Speakers", "user_ids": [maya["user_id"]], "emails": ["nobody@example.net"]}
        ),
    )
    assert (applied.removed_count, applied.skipped_count) == (1, 1)
    assert _tag_names((await _contacts(api))["maya@example.com"]) == ["Volunteers"]
    applied = await api.call(
        apply_contact_tag,
        body=ApplyContactTagRequest.from_dict(
            {"tag": speakers, "emails": ["maya@example.com", "MAYA@example.com", "x@example.net"]}
        ),
    )
    assert (applied.applied_count, applied.skipped_count) == (1, 1)  # each contact once
    assert _tag_names((await _contacts(api))["maya@example.com"]) == ["Volunteers", "Speakers"]

    await api.call(
        unapply_contact_tag,
        body=UnapplyContactTagRequest.from_dict(
            {"tag": "volunteers", "emails": ["newcomer@example.org"]}
        ),
    )
    assert list(await _contacts(api, tags=["Volunteers"])) == ["maya@example.com"]
    assert list(await _contacts(api, tags=[volunteers, speakers])) == list(contacts)
    assert list(await _contacts(api, tags=["no such tag"])) == []

    with pytest.raises(luma_client.NotFoundError, match="Tag Nope not found"):
        await api.call(
            apply_contact_tag,
            body=ApplyContactTagRequest.from_dict({"tag": "Nope", "emails": ["maya@example.com"]}),
        )


async def test_contacts_filter_sort_and_page(api: Driver) -> None:
    await _import(
        api,
        {"email": "zoe@example.com", "name": "Zoe Adams"},
        {"email": "anon@example.com"},
        {"email": "bob@example.com", "name": "bob Brown"},
        {"email": "maya@example.com", "name": "Maya Chen"},
    )
    assert list(await _contacts(api)) == [
        "zoe@example.com",
        "anon@example.com",
        "bob@example.com",
        "maya@example.com",
    ]
    assert list(await _contacts(api, query="MAYA")) == ["maya@example.com"]
    assert list(await _contacts(api, query="example.com")) == list(await _contacts(api))
    by_name = await _contacts(api, sort_column="name", sort_direction="asc")
    assert list(by_name) == [
        "bob@example.com",
        "maya@example.com",
        "zoe@example.com",
        "anon@example.com",
    ]
    by_name = await _contacts(api, sort_column="name", sort_direction="desc")
    assert list(by_name) == [
        "anon@example.com",
        "zoe@example.com",
        "maya@example.com",
        "bob@example.com",
    ]
    by_name = await _contacts(api, sort_column="name", sort_direction="desc nulls last")
    assert list(by_name)[-1] == "anon@example.com"
    newest = await _contacts(api, sort_column="created_at", sort_direction="desc")
    assert list(newest) == [
        "maya@example.com",
        "bob@example.com",
        "anon@example.com",
        "zoe@example.com",
    ]


async def test_guests_are_contacts_and_their_counts_follow(api: Driver) -> None:
    await _import(api, {"email": "maya@example.com"})
    event = await api.call(
        create_event,
        body=CreateEventRequest.from_dict(
            {"name": "Meetup", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
        ),
    )
    guests = {
        "event_id": event.id,
        "guests": [
            {"email": "maya@example.com"},
            {"email": "grace@example.com", "name": "Grace H"},
        ],
    }
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(guests))
    contacts = await _contacts(api)
    assert list(contacts) == ["maya@example.com", "grace@example.com"]
    assert contacts["maya@example.com"]["event_approved_count"] == 1
    grace = contacts["grace@example.com"]
    assert (grace["event_approved_count"], grace["name"], grace["tags"]) == (1, "Grace H", [])
    assert _subscribed(api) == ["maya@example.com"]  # registering is not subscribing

    again = await api.call(
        create_event,
        body=CreateEventRequest.from_dict(
            {"name": "Second", "start_at": "2026-04-01T18:00:00Z", "timezone": "UTC"}
        ),
    )
    guests = {"event_id": again.id, "guests": [{"email": "grace@example.com"}]}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(guests))
    await _import(api, {"email": "zed@example.com"})
    busiest = await _contacts(api, sort_column="event_approved_count", sort_direction="desc")
    assert [(email, c["event_approved_count"]) for email, c in busiest.items()] == [
        ("grace@example.com", 2),
        ("maya@example.com", 1),
        ("zed@example.com", 0),
    ]

    tag = await _contact_tag(api, "Regulars")
    await api.call(
        apply_contact_tag,
        body=ApplyContactTagRequest.from_dict({"tag": tag, "emails": ["grace@example.com"]}),
    )
    await _import(api, {"email": "grace@example.com", "name": "Someone Else"})
    tagged = (await _contacts(api))["grace@example.com"]
    assert (tagged["id"], tagged["name"], _tag_names(tagged)) == (
        grace["id"],
        "Grace H",
        ["Regulars"],
    )
    assert _subscribed(api) == ["maya@example.com", "zed@example.com", "grace@example.com"]


async def test_block_remove_restore(api: Driver) -> None:
    await _import(api, {"email": "maya@example.com"}, {"email": "spam@example.net"})
    spam = (await _contacts(api))["spam@example.net"]

    await api.call(block_contact, body=BlockContactRequest(email="SPAM@example.net"))
    assert list(await _contacts(api)) == ["maya@example.com"]
    skipped = await api.call(
        apply_contact_tag,
        body=ApplyContactTagRequest.from_dict(
            {"tag": await _contact_tag(api, "Vip"), "emails": ["spam@example.net"]}
        ),
    )
    assert (skipped.applied_count, skipped.skipped_count) == (0, 1)
    await _import(api, {"email": "spam@example.net"})  # a block survives a new import
    assert list(await _contacts(api)) == ["maya@example.com"]

    await api.call(restore_contact, body=RestoreContactRequest(contact_id=spam["id"]))
    assert list(await _contacts(api)) == ["maya@example.com", "spam@example.net"]

    await api.call(
        remove_contact, body=RemoveContactRequest(contact_id=spam["id"], email="spam@example.net")
    )
    assert list(await _contacts(api)) == ["maya@example.com"]
    await _import(api, {"email": "spam@example.net"})  # coming back after a removal
    restored = (await _contacts(api))["spam@example.net"]
    assert restored["id"] == spam["id"]
    assert _subscribed(api) == ["maya@example.com", "spam@example.net", "spam@example.net"]


@pytest.mark.parametrize(
    ("path", "body", "status", "named"),
    [
        ("/v1/calendars/contacts/block", {"email": "ghost@example.com"}, 404, "ghost@example.com"),
        ("/v1/calendars/contacts/remove", {"contact_id": "nope"}, 404, "Contact nope not found"),
        ("/v1/calendars/contacts/restore", {"contact_id": "nope"}, 404, "nope"),
        ("/v1/calendars/contacts/block", {}, 400, ""),
        (
            "/v1/calendars/contacts/block",
            {"contact_id": "{maya}", "email": "spam@example.net"},
            400,
            "different",
        ),
        (
            "/v1/calendars/contacts/import",
            {"contacts": [{"email": "new@example.com"}], "tags": ["Nope"]},
            404,
            "Tag Nope",
        ),
        (
            "/v1/calendars/contacts/import",
            {"contacts": [{"email": "new@example.com"}, {"email": "not-an-email"}]},
            400,
            "contacts[1].email",
        ),
        ("/v1/calendars/contacts/import", {"contacts": [{"name": "No Email"}]}, 400, "email"),
        ("/v1/calendars/contact-tags/create", {"name": "Red", "color": "magenta"}, 400, "color"),
        ("/v1/calendars/contact-tags/create", {"name": " "}, 400, "name"),
        ("/v1/calendars/contact-tags/apply", {"emails": ["maya@example.com"]}, 400, "tag"),
    ],
)
async def test_refused_contact_requests_change_nothing(
    api: Driver, path: str, body: dict[str, Any], status: int, named: str
) -> None:
    await _import(api, {"email": "maya@example.com"}, {"email": "spam@example.net"})
    before = await _contacts(api)
    tags_before = (await api.call(list_contact_tags)).to_dict()
    if body.get("contact_id") == "{maya}":
        body = {**body, "contact_id": before["maya@example.com"]["id"]}
    answer = await api.raw("POST", path, json=body)
    assert answer.status_code == status
    assert named in answer.json()["message"]
    assert await _contacts(api) == before
    assert (await api.call(list_contact_tags)).to_dict() == tags_before


# --- event tags ---------------------------------------------------------------------------


async def _event_tags_of(api: Driver) -> dict[str, list[str]]:
    """Each event's tag names, from the calendar's event list."""
    events = await api.all(list_calendar_events)
    return {e.id: [tag.name for tag in e.tags] for e in events}


async def test_event_tag_lifecycle(api: Driver) -> None:
    event_ids = []
    for name in ("Workshop", "Demo night"):
        body = {"name": name, "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
        event_ids.append((await api.call(create_event, body=CreateEventRequest.from_dict(body))).id)
    created = await api.call(
        create_event_tag,
        body=CreateEventTagRequest.from_dict({"name": "Workshops", "color": "blue"}),
    )
    listed = await api.call(list_event_tags)
    assert [t.to_dict() for t in listed.entries] == [
        {"id": created.id, "name": "Workshops", "color": "blue"}
    ]

    applied = await api.call(
        apply_event_tag,
        body=ApplyEventTagRequest(tag="workshops", event_ids=[*event_ids, "evt-elsewhere"]),
    )
    assert (applied.applied_count, applied.skipped_count) == (2, 1)
    assert await _event_tags_of(api) == {event_ids[0]: ["Workshops"], event_ids[1]: ["Workshops"]}

    await api.call(
        update_event_tag,
        body=UpdateEventTagRequest.from_dict({"tag_id": created.id, "name": "Hands-on"}),
    )
    assert (await api.call(list_event_tags)).entries[0].to_dict() == {
        "id": created.id,
        "name": "Hands-on",
        "color": "blue",
    }
    assert await _event_tags_of(api) == {event_ids[0]: ["Hands-on"], event_ids[1]: ["Hands-on"]}

    removed = await api.call(
        unapply_event_tag, body=UnapplyEventTagRequest(tag=created.id, event_ids=[event_ids[1]])
    )
    assert (removed.removed_count, removed.skipped_count) == (1, 0)
    assert await _event_tags_of(api) == {event_ids[0]: ["Hands-on"], event_ids[1]: []}

    await api.call(delete_event_tag, body=DeleteEventTagRequest(tag_id=created.id))
    assert (await api.call(list_event_tags)).entries == []
    assert await _event_tags_of(api) == {event_ids[0]: [], event_ids[1]: []}
    with pytest.raises(luma_client.NotFoundError, match="Tag"):
        await api.call(
            apply_event_tag, body=ApplyEventTagRequest(tag=created.id, event_ids=event_ids)
        )


async def test_refused_event_tag_requests_change_nothing(api: Driver) -> None:
    body = {"name": "Workshop", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC"}
    event_id = (await api.call(create_event, body=CreateEventRequest.from_dict(body))).id
    tag = await api.call(create_event_tag, body=CreateEventTagRequest(name="Workshops"))
    before = await _event_tags_of(api)
    answer = await api.raw(
        "POST", "/v1/calendars/event-tags/apply", json={"tag": tag.id, "event_ids": []}
    )
    assert answer.status_code == 400
    assert "event_ids" in answer.json()["message"]
    answer = await api.raw(
        "POST", "/v1/calendars/event-tags/update", json={"tag_id": "tag-x", "name": "X"}
    )
    assert answer.status_code == 404
    answer = await api.raw("POST", "/v1/calendars/event-tags/delete", json={"tag_id": "tag-x"})
    assert answer.status_code == 404
    assert await _event_tags_of(api) == before == {event_id: []}
    assert [t.id for t in (await api.call(list_event_tags)).entries] == [tag.id]

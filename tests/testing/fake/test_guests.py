"""Guests on Fake Luma: add, get by id or email, list, status, invites, tickets; sync and async."""

from __future__ import annotations

from typing import Any

import pytest

import luma_api
import luma_client
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import (
    add_event_guests,
    get_event_guest,
    list_event_guests,
    send_event_invites,
    update_event_guest_status,
    update_event_guest_tickets,
)
from luma_api.models import (
    AddEventGuestsRequest,
    CreateEventRequest,
    SendEventInvitesRequest,
    UpdateEventGuestStatusRequest,
    UpdateEventGuestTicketsRequest,
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
    body = {"name": "Guest night", "start_at": "2026-03-01T18:00:00Z", "timezone": "UTC", **fields}
    return str((await api.call(create_event, body=CreateEventRequest.from_dict(body))).id)


async def add(api: Driver, event_id: str, *emails: str, **extra: Any) -> None:
    guests = [{"email": email, "name": email.split("@")[0].title()} for email in emails]
    body = {"event_id": event_id, "guests": guests, **extra}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(body))


def counts(event: Any) -> dict[str, int]:
    return {name: bucket["guests"] for name, bucket in event.guest_counts.to_dict().items()}


async def test_guest_flow_add_get_list_update_status(api: Driver) -> None:
    event_id = await new_event(api)
    await add(api, event_id, "ada@example.com", "grace@example.com")

    by_email = await api.call(get_event_guest, event_id=event_id, id="Ada@Example.com")
    assert by_email.id.startswith("gst-")
    assert by_email.user_email == "ada@example.com" and by_email.user_name == "Ada"
    assert by_email.approval_status == "approved"
    assert len(by_email.event_tickets) == 1 and by_email.event_tickets[0].name == "Standard"
    by_id = await api.call(get_event_guest, event_id=event_id, id=by_email.id)
    assert by_id.to_dict() == by_email.to_dict()
    key = by_email.check_in_qr_code.rsplit("pk=", 1)[1]
    by_key = await api.call(get_event_guest, event_id=event_id, id=key)
    assert by_key.id == by_email.id

    listed = await api.all(list_event_guests, event_id=event_id)
    assert [g.user_email for g in listed] == ["ada@example.com", "grace@example.com"]
    assert counts(await api.call(get_event, event_id=event_id))["approved"] == 2

    status = {"event_id": event_id, "guest_id": "grace@example.com", "status": "declined"}
    await api.call(update_event_guest_status, body=UpdateEventGuestStatusRequest.from_dict(status))
    grace = await api.call(get_event_guest, event_id=event_id, id="grace@example.com")
    assert grace.approval_status == "declined"
    declined = await api.all(list_event_guests, event_id=event_id, approval_status="declined")
    assert [g.user_email for g in declined] == ["grace@example.com"]
    event = await api.call(get_event, event_id=event_id)
    assert counts(event)["approved"] == 1 and counts(event)["declined"] == 1

    with pytest.raises(luma_client.NotFoundError):
        await api.call(get_event_guest, event_id=event_id, id="nobody@example.com")


async def test_adding_a_guest_twice_keeps_one(api: Driver) -> None:
    event_id = await new_event(api)
    await add(api, event_id, "ada@example.com")
    await add(api, event_id, "ADA@example.com", "grace@example.com")
    listed = await api.all(list_event_guests, event_id=event_id)
    assert [g.user_email for g in listed] == ["ada@example.com", "grace@example.com"]


async def test_status_on_add_and_capacity(api: Driver) -> None:
    event_id = await new_event(api, max_capacity=10)
    await add(api, event_id, "a@example.com", "b@example.com", approval_status="pending_approval")
    await add(api, event_id, "c@example.com")
    event = await api.call(get_event, event_id=event_id)
    assert counts(event)["pending_approval"] == 2 and counts(event)["approved"] == 1
    assert event.spots_remaining == 9
    pending = await api.all(
        list_event_guests, event_id=event_id, approval_status="pending_approval"
    )
    assert {g.user_email for g in pending} == {"a@example.com", "b@example.com"}


async def test_invites_are_guests_with_status_invited_and_no_ticket(api: Driver) -> None:
    event_id = await new_event(api)
    body = {"event_id": event_id, "guests": [{"email": "ivy@example.com"}], "message": "Join us"}
    await api.call(send_event_invites, body=SendEventInvitesRequest.from_dict(body))
    invited = await api.call(get_event_guest, event_id=event_id, id="ivy@example.com")
    assert invited.approval_status == "invited" and invited.event_tickets == []
    assert invited.invited_at is not None and invited.registered_at is None
    assert counts(await api.call(get_event, event_id=event_id))["invited"] == 1
    status = {"event_id": event_id, "guest_id": invited.id, "status": "approved"}
    await api.call(update_event_guest_status, body=UpdateEventGuestStatusRequest.from_dict(status))
    approved = await api.call(get_event_guest, event_id=event_id, id=invited.id)
    assert approved.approval_status == "approved" and len(approved.event_tickets) == 1


async def test_update_tickets_removes_and_adds(api: Driver) -> None:
    event_id = await new_event(api)
    await add(api, event_id, "ada@example.com")
    guest = await api.call(get_event_guest, event_id=event_id, id="ada@example.com")
    old_ticket = guest.event_tickets[0]
    body = {
        "event_id": event_id,
        "guest_id": guest.id,
        "ticket_ids_to_remove": [old_ticket.id],
        "tickets_to_add": [{"event_ticket_type_id": old_ticket.event_ticket_type_id}] * 2,
    }
    await api.call(update_event_guest_tickets, body=UpdateEventGuestTicketsRequest.from_dict(body))
    changed = await api.call(get_event_guest, event_id=event_id, id=guest.id)
    assert len(changed.event_tickets) == 2
    assert old_ticket.id not in {t.id for t in changed.event_tickets}
    event = await api.call(get_event, event_id=event_id)
    assert event.guest_counts.approved.tickets == 2
    # A ticket id also finds its guest.
    by_ticket = await api.call(get_event_guest, event_id=event_id, id=changed.event_tickets[0].id)
    assert by_ticket.id == guest.id


async def test_sorting_by_name_and_direction(api: Driver) -> None:
    event_id = await new_event(api)
    await add(api, event_id, "carol@example.com", "alice@example.com", "bob@example.com")
    names = await api.all(list_event_guests, event_id=event_id, sort_column="name")
    assert [g.user_name for g in names] == ["Alice", "Bob", "Carol"]
    desc = await api.all(
        list_event_guests, event_id=event_id, sort_column="email", sort_direction="desc"
    )
    assert [g.user_email for g in desc] == [
        "carol@example.com",
        "bob@example.com",
        "alice@example.com",
    ]
    newest_first = await api.all(list_event_guests, event_id=event_id, sort_direction="desc")
    assert [g.user_email for g in newest_first] == [
        "bob@example.com",
        "alice@example.com",
        "carol@example.com",
    ]


async def test_invalid_guest_requests_change_nothing(api: Driver) -> None:
    event_id = await new_event(api)
    guests_table = api.fake.state.table(api.fake.calendar_id, "guests")
    ref = {"event_ticket_type_id": "ttype-missing"}
    cases = [
        {
            "event_id": event_id,
            "guests": [{"email": "a@example.com"}],
            "ticket": ref,
            "tickets": [ref],
        },
        {"event_id": event_id, "guests": [{"email": "a@example.com"}], "ticket": ref},
        {"event_id": event_id, "guests": [{"name": "no email"}]},
        {"event_id": event_id, "guests": [{"email": "a@example.com"}], "approval_status": "maybe"},
        {"event_id": "evt-missing", "guests": [{"email": "a@example.com"}]},
    ]
    statuses = []
    for body in cases:
        answer = await api.raw("POST", "/v1/events/guests/add", json=body)
        statuses.append(answer.status_code)
        assert answer.json()["message"]
    assert statuses == [400, 404, 400, 400, 404]
    assert guests_table == {}
    assert api.fake.state.emitted == [("event.created", api.fake.state.emitted[0][1])]
    refused = await api.raw(
        "POST",
        "/v1/events/guests/update-status",
        json={"event_id": event_id, "guest_id": "x@example.com", "status": "going"},
    )
    assert refused.status_code == 400 and "status" in refused.json()["message"]

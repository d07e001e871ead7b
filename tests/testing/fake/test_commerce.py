"""Ticket types, coupons and memberships on Fake Luma, with Luma's rules."""

from __future__ import annotations

from typing import Any

import pytest

import luma_api
import luma_client
from luma_api.api.calendar_coupons import (
    create_calendar_coupon,
    list_calendar_coupons,
    update_calendar_coupon,
)
from luma_api.api.contacts import list_contacts
from luma_api.api.event_coupons import create_event_coupon, list_event_coupons, update_event_coupon
from luma_api.api.events import create_event
from luma_api.api.guests import add_event_guests, get_event_guest
from luma_api.api.memberships import add_member, list_membership_tiers, update_member_status
from luma_api.api.ticket_types import (
    create_ticket_type,
    delete_ticket_type,
    get_ticket_type,
    list_ticket_types,
    update_ticket_type,
)
from luma_api.models import (
    AddEventGuestsRequest,
    AddMemberRequest,
    CreateCalendarCouponRequest,
    CreateEventCouponRequest,
    CreateEventRequest,
    CreateTicketTypeRequest,
    DeleteTicketTypeRequest,
    UpdateCalendarCouponRequest,
    UpdateEventCouponRequest,
    UpdateMemberStatusRequest,
    UpdateTicketTypeRequest,
)
from luma_client.testing import FakeLuma
from tests.testing.fake.driver import Driver, emitted

pytestmark = pytest.mark.anyio

TIERS: list[dict[str, Any]] = [
    {
        "id": "tierCommunity01",
        "name": "Community",
        "description": "Everyone who comes to our meetups.",
        "tint_color": "#5d7cf2",
        "access_info": {"type": "free", "require_approval": False},
    },
    {
        "id": "tierCurated0002",
        "name": "Curated",
        "description": None,
        "tint_color": "#bb2dc7",
        "access_info": {"type": "free", "require_approval": True},
    },
    {
        "id": "tierSupporter03",
        "name": "Supporter",
        "description": None,
        "tint_color": "#e3a008",
        "access_info": {
            "type": "payment-once",
            "amount": 5000,
            "currency": "usd",
            "require_approval": False,
        },
    },
]


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, luma_fake: FakeLuma, luma_fake_client: luma_api.Client
) -> Driver:
    return Driver(luma_fake, luma_fake_client, asynchronous=request.param == "async")


async def _event(api: Driver, name: str = "Spring meetup") -> str:
    body = {"name": name, "start_at": "2026-03-01T18:00:00.000Z", "timezone": "Europe/Berlin"}
    created = await api.call(create_event, body=CreateEventRequest.from_dict(body))
    return str(created.id)


async def _ticket_type(api: Driver, **fields: Any) -> Any:
    return await api.call(create_ticket_type, body=CreateTicketTypeRequest.from_dict(fields))


async def _types(api: Driver, event_id: str, *, hidden: bool = False) -> list[dict[str, Any]]:
    if hidden:
        answer = await api.call(list_ticket_types, event_id=event_id, include_hidden="true")
    else:
        answer = await api.call(list_ticket_types, event_id=event_id)
    return [entry.to_dict() for entry in answer.entries]


# --- ticket types -------------------------------------------------------------------------


async def test_ticket_type_lifecycle(api: Driver) -> None:
    event_id = await _event(api)
    (default,) = await _types(api, event_id, hidden=True)  # every event starts with one

    general = await _ticket_type(
        api,
        event_id=event_id,
        name="General Admission",
        type="paid",
        cents=2500,
        currency="USD",
        max_capacity=150,
        valid_end_at="2026-02-28",
    )
    assert (general.type_, general.cents, general.currency) == ("paid", 2500, "usd")
    assert (general.is_hidden, general.require_approval, general.is_flexible) == (False,) * 3
    assert general.min_cents is None
    fetched = await api.call(get_ticket_type, event_ticket_type_id=general.id)
    assert fetched.to_dict() == general.to_dict()

    speaker = await _ticket_type(
        api, event_id=event_id, name="Speaker", type="free", is_hidden=True
    )
    assert [t["id"] for t in await _types(api, event_id)] == [default["id"], general.id]
    assert [t["id"] for t in await _types(api, event_id, hidden=True)] == [
        default["id"],
        general.id,
        speaker.id,
    ]

    changed = await api.call(
        update_ticket_type,
        body=UpdateTicketTypeRequest.from_dict(
            {"event_ticket_type_id": general.id, "max_capacity": 200, "is_hidden": True}
        ),
    )
    assert (changed.max_capacity, changed.is_hidden) == (200, True)
    assert (changed.name, changed.cents) == ("General Admission", 2500)  # the rest stays
    fetched = await api.call(get_ticket_type, event_ticket_type_id=general.id)
    assert fetched.to_dict() == changed.to_dict()
    assert [t["id"] for t in await _types(api, event_id)] == [default["id"]]

    await api.call(
        delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=speaker.id)
    )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(get_ticket_type, event_ticket_type_id=speaker.id)
    hidden_too = await _types(api, event_id, hidden=True)
    assert [t["id"] for t in hidden_too] == [default["id"], general.id]


async def test_going_free_drops_the_price(api: Driver) -> None:
    event_id = await _event(api)
    flexible = await _ticket_type(
        api,
        event_id=event_id,
        name="Supporter",
        type="paid",
        cents=1500,
        is_flexible=True,
        min_cents=500,
    )
    assert (flexible.currency, flexible.min_cents) == ("usd", 500)  # the calendar's currency
    free = await api.call(
        update_ticket_type,
        body=UpdateTicketTypeRequest.from_dict(
            {"event_ticket_type_id": flexible.id, "type": "free"}
        ),
    )
    assert (free.type_, free.cents, free.currency, free.min_cents) == ("free", None, None, None)
    assert free.is_flexible is False


async def test_the_last_visible_ticket_type_cannot_be_deleted(api: Driver) -> None:
    event_id = await _event(api)
    (default,) = await _types(api, event_id)
    hidden = await _ticket_type(api, event_id=event_id, name="Crew", type="free", is_hidden=True)
    with pytest.raises(luma_client.BadRequestError, match="last visible"):
        await api.call(
            delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=default["id"])
        )
    assert [t["id"] for t in await _types(api, event_id, hidden=True)] == [default["id"], hidden.id]
    await api.call(delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=hidden.id))


async def test_deleting_the_default_type_hands_over_to_a_visible_one(api: Driver) -> None:
    event_id = await _event(api)
    (default,) = await _types(api, event_id)
    await _ticket_type(api, event_id=event_id, name="Crew", type="free", is_hidden=True)
    late = await _ticket_type(api, event_id=event_id, name="Late", type="free")
    await api.call(
        delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=default["id"])
    )
    guests = {"event_id": event_id, "guests": [{"email": "ada@example.com"}]}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(guests))
    guest = await api.call(get_event_guest, event_id=event_id, id="ada@example.com")
    assert [t.event_ticket_type_id for t in guest.event_tickets] == [late.id]


async def test_a_hidden_default_type_can_be_deleted(api: Driver) -> None:
    event_id = await _event(api)
    (default,) = await _types(api, event_id)
    await _ticket_type(api, event_id=event_id, name="Open", type="free")
    await api.call(
        update_ticket_type,
        body=UpdateTicketTypeRequest.from_dict(
            {"event_ticket_type_id": default["id"], "is_hidden": True}
        ),
    )
    await api.call(
        delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=default["id"])
    )
    assert [t["name"] for t in await _types(api, event_id, hidden=True)] == ["Open"]


async def test_a_ticket_type_with_tickets_sold_cannot_be_deleted(api: Driver) -> None:
    event_id = await _event(api)
    (default,) = await _types(api, event_id)
    await _ticket_type(api, event_id=event_id, name="Late", type="free")
    guests = {"event_id": event_id, "guests": [{"email": "ada@example.com"}]}
    await api.call(add_event_guests, body=AddEventGuestsRequest.from_dict(guests))
    with pytest.raises(luma_client.BadRequestError, match="sold"):
        await api.call(
            delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id=default["id"])
        )
    assert default["id"] in [t["id"] for t in await _types(api, event_id)]


async def test_unknown_ids_are_404(api: Driver) -> None:
    event_id = await _event(api)
    before = await _types(api, event_id, hidden=True)
    with pytest.raises(luma_client.NotFoundError, match="Ticket type ttype-nope not found"):
        await api.call(get_ticket_type, event_ticket_type_id="ttype-nope")
    with pytest.raises(luma_client.NotFoundError, match="Event evt-nope not found"):
        await api.call(list_ticket_types, event_id="evt-nope")
    with pytest.raises(luma_client.NotFoundError, match="Event evt-nope"):
        await _ticket_type(api, event_id="evt-nope", name="Ghost", type="free")
    with pytest.raises(luma_client.NotFoundError):
        await api.call(
            update_ticket_type,
            body=UpdateTicketTypeRequest.from_dict({"event_ticket_type_id": "x", "name": "New"}),
        )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(delete_ticket_type, body=DeleteTicketTypeRequest(event_ticket_type_id="x"))
    assert await _types(api, event_id, hidden=True) == before


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"name": "Paid", "type": "paid"}, "cents"),
        ({"name": "Paid", "type": "paid", "cents": 0}, "cents"),
        ({"name": "Free", "type": "free", "cents": 1000}, "free"),
        (
            {"name": "Cheap", "type": "paid", "cents": 500, "is_flexible": True, "min_cents": 900},
            "min_cents",
        ),
        (
            {
                "name": "Late",
                "type": "free",
                "valid_start_at": "2026-03-01",
                "valid_end_at": "2026-02-01",
            },
            "valid_start_at",
        ),
        ({"name": "  ", "type": "free"}, "name"),
        ({"name": "VIP", "type": "vip"}, "type"),
        ({"type": "free"}, "name"),
        ({"name": "Big", "type": "free", "max_capacity": "lots"}, "max_capacity"),
    ],
)
async def test_invalid_ticket_types_are_400_and_change_nothing(
    api: Driver, fields: dict[str, Any], named: str
) -> None:
    event_id = await _event(api)
    before = await _types(api, event_id, hidden=True)
    answer = await api.raw(
        "POST", "/v1/events/ticket-types/create", json={"event_id": event_id, **fields}
    )
    assert answer.status_code == 400
    assert named in answer.json()["message"]
    assert await _types(api, event_id, hidden=True) == before


# --- coupons ------------------------------------------------------------------------------


def _percent(code: str, percent: float, **fields: Any) -> dict[str, Any]:
    return {
        "code": code,
        "discount": {"discount_type": "percent", "percent_off": percent},
        **fields,
    }


async def _event_coupons(api: Driver, event_id: str) -> list[dict[str, Any]]:
    return [
        c.to_dict()
        for c in await api.all(list_event_coupons, event_id=event_id, pagination_limit=1)
    ]


async def test_event_coupon_lifecycle(api: Driver) -> None:
    event_id = await _event(api)
    other_event = await _event(api, "Summer meetup")
    hidden = await _ticket_type(api, event_id=event_id, name="Speaker", type="free", is_hidden=True)

    early = await api.call(
        create_event_coupon,
        body=CreateEventCouponRequest.from_dict(
            {"event_id": event_id, **_percent("EARLYBIRD", 20, remaining_count=50)}
            | {"valid_end_at": "2026-02-01T08:00:00+01:00"}
        ),
    )
    assert (early.code, early.percent_off, early.cents_off, early.currency) == (
        "EARLYBIRD",
        20,
        None,
        None,
    )
    assert early.remaining_count == 50
    assert early.valid_end_at.isoformat() == "2026-02-01T07:00:00+00:00"
    assert early.event_ticket_type_id is None
    unlock = await api.call(
        create_event_coupon,
        body=CreateEventCouponRequest.from_dict(
            {"event_id": event_id, "event_ticket_type_id": hidden.id, **_percent("SPEAKERS", 100)}
        ),
    )
    assert unlock.remaining_count == 1_000_000  # unlimited unless a count is given
    assert unlock.event_ticket_type_id == hidden.id

    listed = await _event_coupons(api, event_id)
    assert listed == [early.to_dict(), unlock.to_dict()]
    assert await _event_coupons(api, other_event) == []

    await api.call(
        update_event_coupon,
        body=UpdateEventCouponRequest.from_dict(
            {
                "event_id": event_id,
                "code": "earlybird",
                "remaining_count": 100,
                "valid_end_at": None,
            }
        ),
    )  # codes are case-insensitive
    first = (await _event_coupons(api, event_id))[0]
    assert (first["remaining_count"], first["valid_end_at"], first["percent_off"]) == (
        100,
        None,
        20,
    )

    with pytest.raises(luma_client.BadRequestError, match="already exists"):
        await api.call(
            create_event_coupon,
            body=CreateEventCouponRequest.from_dict(
                {"event_id": event_id, **_percent("EarlyBird", 5)}
            ),
        )
    with pytest.raises(luma_client.NotFoundError, match="Coupon NOPE not found"):
        await api.call(
            update_event_coupon,
            body=UpdateEventCouponRequest.from_dict({"event_id": event_id, "code": "NOPE"}),
        )
    with pytest.raises(luma_client.NotFoundError, match="Ticket type"):
        await api.call(
            create_event_coupon,
            body=CreateEventCouponRequest.from_dict(
                {"event_id": other_event, "event_ticket_type_id": hidden.id, **_percent("X", 5)}
            ),
        )
    with pytest.raises(luma_client.NotFoundError, match="Event evt-nope"):
        await api.call(list_event_coupons, event_id="evt-nope")
    assert len(await _event_coupons(api, event_id)) == 2
    assert await _event_coupons(api, other_event) == []


async def test_calendar_coupon_lifecycle(api: Driver) -> None:
    body = {
        "code": "MEMBER10",
        "valid_start_at": "2026-01-01T08:00:00Z",
        "discount": {"discount_type": "amount", "cents_off": 1000, "currency": "usd"},
    }
    member = await api.call(
        create_calendar_coupon, body=CreateCalendarCouponRequest.from_dict(body)
    )
    assert (member.cents_off, member.currency, member.percent_off) == (1000, "usd", None)
    summer = await api.call(
        create_calendar_coupon,
        body=CreateCalendarCouponRequest.from_dict(_percent("SUMMER15", 15, remaining_count=200)),
    )
    listed = await api.all(list_calendar_coupons, pagination_limit=1)
    assert [c.to_dict() for c in listed] == [member.to_dict(), summer.to_dict()]

    await api.call(
        update_calendar_coupon,
        body=UpdateCalendarCouponRequest.from_dict(
            {"code": "member10", "valid_end_at": "2026-12-31T23:00:00Z"}
        ),
    )
    first = (await api.all(list_calendar_coupons))[0]
    assert first.valid_end_at.isoformat() == "2026-12-31T23:00:00+00:00"
    assert (first.remaining_count, first.cents_off) == (1_000_000, 1000)

    with pytest.raises(luma_client.BadRequestError, match="valid_start_at"):
        await api.call(
            update_calendar_coupon,
            body=UpdateCalendarCouponRequest.from_dict(
                {"code": "MEMBER10", "valid_end_at": "2025-12-31T00:00:00Z"}
            ),
        )
    with pytest.raises(luma_client.NotFoundError):
        await api.call(update_calendar_coupon, body=UpdateCalendarCouponRequest(code="GONE"))
    after = [c.to_dict() for c in await api.all(list_calendar_coupons)]
    assert after[0]["valid_end_at"] == "2026-12-31T23:00:00Z".replace("Z", "+00:00")


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"code": "", "discount": {"discount_type": "percent", "percent_off": 5}}, "code"),
        ({"code": "X" * 21, "discount": {"discount_type": "percent", "percent_off": 5}}, "code"),
        (
            {"code": "BIG", "discount": {"discount_type": "percent", "percent_off": 101}},
            "percent_off",
        ),
        ({"code": "AMT", "discount": {"discount_type": "amount", "cents_off": 5}}, "discount"),
        (
            {
                "code": "NEG",
                "remaining_count": -1,
                "discount": {"discount_type": "percent", "percent_off": 5},
            },
            "remaining_count",
        ),
        (
            {
                "code": "WIN",
                "valid_start_at": "2026-02-01T00:00:00Z",
                "valid_end_at": "2026-01-01T00:00:00Z",
                "discount": {"discount_type": "percent", "percent_off": 5},
            },
            "valid_start_at",
        ),
    ],
)
async def test_invalid_calendar_coupons_are_400_and_change_nothing(
    api: Driver, body: dict[str, Any], named: str
) -> None:
    answer = await api.raw("POST", "/v1/calendars/coupons/create", json=body)
    assert answer.status_code == 400
    assert named in answer.json()["message"]
    assert await api.all(list_calendar_coupons) == []


# --- memberships --------------------------------------------------------------------------


def _seed_tiers(fake: FakeLuma) -> None:
    """Tiers are made in Luma's web app (the API cannot create them): put them in the store."""
    table = fake.state.table(fake.calendar_id, "membership_tiers")
    table.update({tier["id"]: dict(tier) for tier in TIERS})


async def _member(api: Driver, email: str, tier: str, **fields: Any) -> tuple[str, str]:
    body = AddMemberRequest.from_dict({"email": email, "membership_tier_id": tier, **fields})
    added = await api.call(add_member, body=body)
    return str(added.membership_id), str(added.status)


async def _memberships(api: Driver) -> dict[str, tuple[str, str | None]]:
    contacts = await api.all(list_contacts)
    return {
        c.email: (c.membership.status, c.membership.calendar_membership_tier_id)
        for c in contacts
        if c.membership is not None
    }


async def test_membership_flow(api: Driver) -> None:
    _seed_tiers(api.fake)
    tiers = await api.all(list_membership_tiers, pagination_limit=2)
    assert [t.to_dict() for t in tiers] == TIERS

    _, free = await _member(api, "ada@example.com", "tierCommunity01")
    _, curated = await _member(api, "grace@example.com", "tierCurated0002")
    _, unpaid = await _member(api, "alan@example.com", "tierSupporter03")
    _, settled = await _member(api, "edsger@example.com", "tierSupporter03", skip_payment=True)
    assert (free, curated, unpaid, settled) == (
        "approved",
        "pending",
        "approved-pending-payment",
        "approved",
    )
    assert await _memberships(api) == {
        "ada@example.com": ("approved", "tierCommunity01"),
        "grace@example.com": ("pending", "tierCurated0002"),
        "alan@example.com": ("approved-pending-payment", "tierSupporter03"),
        "edsger@example.com": ("approved", "tierSupporter03"),
    }
    subscribed = emitted(api.fake, "calendar.person.subscribed")
    assert [data["membership"]["status"] for data in subscribed] == [free, curated, unpaid, settled]
    assert [data["email"] for data in subscribed] == [
        "ada@example.com",
        "grace@example.com",
        "alan@example.com",
        "edsger@example.com",
    ]

    await api.call(
        update_member_status,
        body=UpdateMemberStatusRequest.from_dict(
            {"user_id": "GRACE@example.com", "status": "approved"}
        ),
    )
    (ada,) = [c for c in await api.all(list_contacts) if c.email == "ada@example.com"]
    await api.call(
        update_member_status,
        body=UpdateMemberStatusRequest.from_dict({"user_id": ada.user_id, "status": "declined"}),
    )
    statuses = await _memberships(api)
    assert statuses["grace@example.com"] == ("approved", "tierCurated0002")
    assert statuses["ada@example.com"] == ("declined", "tierCommunity01")

    # a new tier replaces the old membership
    membership_id, status = await _member(api, "ada@example.com", "tierCurated0002")
    assert status == "pending" and membership_id
    assert (await _memberships(api))["ada@example.com"] == ("pending", "tierCurated0002")


async def test_membership_unknowns_are_404(api: Driver) -> None:
    _seed_tiers(api.fake)
    with pytest.raises(luma_client.NotFoundError, match="Membership tier nope not found"):
        await _member(api, "ada@example.com", "nope")
    with pytest.raises(luma_client.NotFoundError, match="Member usr-nope not found"):
        await api.call(
            update_member_status,
            body=UpdateMemberStatusRequest.from_dict({"user_id": "usr-nope", "status": "approved"}),
        )
    assert await api.all(list_contacts) == []
    answer = await api.raw(
        "POST", "/v1/memberships/members/update-status", json={"user_id": "x", "status": "pending"}
    )
    assert answer.status_code == 400
    assert "status" in answer.json()["message"]


async def test_coupon_times_come_back_in_lumas_form(api: Driver) -> None:
    body = {
        "code": "ANCIENT",
        "valid_start_at": "0464-07-14T10:25:26.5+01:00",
        "discount": {"discount_type": "percent", "percent_off": 5},
    }
    answer = await api.raw("POST", "/v1/calendars/coupons/create", json=body)
    assert answer.status_code == 200
    assert answer.json()["valid_start_at"] == "0464-07-14T09:25:26.500Z"  # four year digits

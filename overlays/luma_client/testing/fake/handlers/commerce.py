"""Ticket types, coupons (per event and per calendar) and memberships, as Luma keeps them.

Ticket types belong to an event (``event_id`` in the record; one of them ``is_default``).
Deleting one is soft: the record stays, marked ``deleted``, so tickets already sold keep
pointing at it, but it is gone from lists and from ``get``. Coupons are found by their code,
case-insensitively, within their event or within the calendar. A membership lives on the
contact (``membership``) and, with its id, in the ``members`` table.

Where Luma's behaviour is not documented, the fake chooses:

- Ticket types: a paid type needs ``cents`` above 0 (0 is allowed when ``is_flexible``) and
  gets ``usd`` when no currency is sent (currencies are lower-cased); ``min_cents`` counts only
  for flexible types and may not exceed ``cents``; a free type sent with a price is a 400,
  while updating a type to free drops its price. A blank name, a negative capacity or
  ``valid_start_at`` after ``valid_end_at`` is a 400. Hiding the last visible type is allowed.
- Deleted ticket types are gone from lists (``include_hidden`` too) and from ``get`` (404).
  Deleting the default type makes the first visible type left the default.
- Coupons: a code is unique, ignoring case, within its event or within the calendar (a
  duplicate is a 400); the same code on an event and on its calendar is allowed. Codes are
  kept as sent. ``remaining_count`` defaults to 1,000,000 (unlimited). Times come back in
  UTC with milliseconds; ``valid_start_at`` must be before ``valid_end_at`` (400). ``update``
  finds the coupon by code, ignoring case; ``null`` clears a time. An event coupon's ticket
  type must belong to that event (404).
- Memberships: tiers cannot be created through the API (seed them in the store). A new member
  starts ``pending`` when the tier needs approval, else ``approved-pending-payment`` for a paid
  tier without ``skip_payment``, else ``approved``. A person has one membership per calendar:
  adding them to another tier replaces it (with a new membership id). A blocked person cannot
  be added (400). Declining keeps the membership, with status ``declined``.
"""

from __future__ import annotations

from typing import Any

from .._clock import parse_iso
from ._base import Call, Record, bad_request, handles, not_found
from ._people import BLOCKED, STANDING, People, looks_like_email, subscribe, unprefixed_id
from .events import BLANK_TICKET_TYPE, event_of, new_ticket_type

TICKET_TYPES = "ticket_types"
EVENT_COUPONS = "event_coupons"
CALENDAR_COUPONS = "calendar_coupons"
MEMBERSHIP_TIERS = "membership_tiers"
MEMBERS = "members"

UNLIMITED_USES = 1_000_000
DEFAULT_CURRENCY = "usd"

#: What a request may set on a ticket type: its name and kind, and every field a new one starts
#: from.
TICKET_TYPE_FIELDS = ("name", "type", *BLANK_TICKET_TYPE)

# --- ticket types ---------------------------------------------------------------------------


def live_ticket_type(call: Call, ticket_type_id: str) -> Record:
    """A ticket type that has not been deleted, or a 404."""
    ticket_type = call.table(TICKET_TYPES).get(ticket_type_id)
    if ticket_type is None or ticket_type.get("deleted"):
        raise not_found("Ticket type", ticket_type_id)
    return ticket_type


def _event_ticket_types(call: Call, event_id: str) -> list[Record]:
    return [
        tt
        for tt in call.table(TICKET_TYPES).values()
        if tt["event_id"] == event_id and not tt.get("deleted")
    ]


def _priced(ticket_type: Record) -> Record:
    """Check a ticket type's price and dates as a whole and fill what follows from them.

    A free type has no price. A paid type needs ``cents`` (more than zero unless guests choose
    what to pay) and gets the calendar's currency when none is given. ``min_cents`` only means
    something for a pay-what-you-want type and may not exceed the suggested price.
    """
    if not ticket_type["name"].strip():
        raise bad_request("name must not be blank")
    if ticket_type["max_capacity"] is not None and ticket_type["max_capacity"] < 0:
        raise bad_request("max_capacity must not be negative")
    start, end = ticket_type["valid_start_at"], ticket_type["valid_end_at"]
    if start is not None and end is not None and start > end:
        raise bad_request("valid_start_at is after valid_end_at")
    if ticket_type["type"] == "free":
        if ticket_type["cents"] or ticket_type["min_cents"] or ticket_type["is_flexible"]:
            raise bad_request("a free ticket type takes no cents, min_cents or is_flexible")
        return {
            **ticket_type,
            "cents": None,
            "currency": None,
            "min_cents": None,
            "is_flexible": False,
        }
    cents, min_cents = ticket_type["cents"], ticket_type["min_cents"]
    if cents is None:
        raise bad_request("a paid ticket type needs cents")
    if cents < 0 or (cents == 0 and not ticket_type["is_flexible"]):
        raise bad_request("cents must be more than 0 for a paid ticket type")
    if not ticket_type["is_flexible"]:
        min_cents = None
    elif min_cents is not None and not 0 <= min_cents <= cents:
        raise bad_request("min_cents must be between 0 and cents")
    currency = (ticket_type["currency"] or DEFAULT_CURRENCY).lower()
    return {**ticket_type, "min_cents": min_cents, "currency": currency}


@handles("list_ticket_types")
def list_ticket_types(call: Call) -> Record:
    event_of(call, call.params["event_id"])
    include_hidden = str(call.params.get("include_hidden")) == "true"
    types = _event_ticket_types(call, call.params["event_id"])
    return {"entries": [tt for tt in types if include_hidden or not tt["is_hidden"]]}


@handles("get_ticket_type")
def get_ticket_type(call: Call) -> Record:
    return live_ticket_type(call, call.params["event_ticket_type_id"])


@handles("create_ticket_type")
def create_ticket_type(call: Call) -> Record:
    event = event_of(call, call.params["event_id"])
    fields = {name: call.params[name] for name in TICKET_TYPE_FIELDS if name in call.params}
    checked = _priced({**BLANK_TICKET_TYPE, **fields})  # before an id is drawn
    ticket_type = new_ticket_type(call, event["id"], **checked)
    call.table(TICKET_TYPES)[ticket_type["id"]] = ticket_type
    return ticket_type


@handles("update_ticket_type")
def update_ticket_type(call: Call) -> Record:
    ticket_type = live_ticket_type(call, call.params["event_ticket_type_id"])
    changes = {name: call.params[name] for name in TICKET_TYPE_FIELDS if name in call.params}
    if changes.get("type") == "free":  # becoming free drops the price instead of refusing it
        changes = {
            "cents": None,
            "currency": None,
            "min_cents": None,
            "is_flexible": False,
            **changes,
        }
    updated = _priced({**ticket_type, **changes})
    ticket_type.update(updated)
    return ticket_type


def _tickets_sold(call: Call, ticket_type_id: str) -> bool:
    return any(
        ticket.get("event_ticket_type_id") == ticket_type_id
        for guest in call.table("guests").values()
        for ticket in guest.get("event_tickets") or []
    )


@handles("delete_ticket_type")
def delete_ticket_type(call: Call) -> Record:
    ticket_type = live_ticket_type(call, call.params["event_ticket_type_id"])
    if _tickets_sold(call, ticket_type["id"]):
        raise bad_request(
            f"tickets of ticket type {ticket_type['id']} have been sold; it cannot be deleted"
        )
    visible = [
        tt for tt in _event_ticket_types(call, ticket_type["event_id"]) if not tt["is_hidden"]
    ]
    if visible == [ticket_type]:
        raise bad_request(
            f"ticket type {ticket_type['id']} is the event's last visible ticket type"
        )
    ticket_type["deleted"] = True
    if ticket_type.get("is_default"):  # the first visible type that is left takes over
        ticket_type["is_default"] = False
        heir = next((tt for tt in visible if tt is not ticket_type), None)
        if heir is not None:
            heir["is_default"] = True
    return {}


# --- coupons ------------------------------------------------------------------------------


def _moment(value: str | None, field: str) -> str | None:
    """A client's date-time in Luma's UTC form (no offset means UTC)."""
    if value is None:
        return None
    try:
        moment = parse_iso(value)
    except (ValueError, OverflowError):
        raise bad_request(f"{field} is not a date-time Luma accepts: {value!r}") from None
    # isoformat keeps four year digits where strftime drops them (years before 1000)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _window(coupon: Record) -> None:
    start, end = coupon["valid_start_at"], coupon["valid_end_at"]
    if start is not None and end is not None and start >= end:
        raise bad_request("valid_start_at must be before valid_end_at")


def _find_coupon(table: dict[str, Record], code: str, event_id: str | None) -> Record | None:
    folded = code.casefold()
    return next(
        (
            c
            for c in table.values()
            if c["code"].casefold() == folded and c.get("event_id") == event_id
        ),
        None,
    )


def _new_coupon(call: Call, table_name: str, event_id: str | None) -> Record:
    """Create a coupon in an event's or the calendar's table; codes are unique there."""
    params = call.params
    code = params["code"].strip()
    if not code:
        raise bad_request("code must not be blank")
    table = call.table(table_name)
    if _find_coupon(table, code, event_id) is not None:
        raise bad_request(f"a coupon with code {code} already exists")
    discount: Record = params["discount"]
    percent = discount["discount_type"] == "percent"
    coupon: Record = {
        "id": unprefixed_id(call),
        "code": code,
        "remaining_count": params.get("remaining_count", UNLIMITED_USES),
        "valid_start_at": _moment(params.get("valid_start_at"), "valid_start_at"),
        "valid_end_at": _moment(params.get("valid_end_at"), "valid_end_at"),
        "percent_off": discount["percent_off"] if percent else None,
        "cents_off": None if percent else discount["cents_off"],
        "currency": None if percent else str(discount["currency"]),
    }
    if event_id is not None:
        coupon["event_id"] = event_id
        coupon["event_ticket_type_id"] = params.get("event_ticket_type_id")
    _window(coupon)
    table[coupon["id"]] = coupon
    return coupon


def _update_coupon(call: Call, table_name: str, event_id: str | None) -> Record:
    """Change the uses left and the validity window of a coupon; its discount stays."""
    params = call.params
    coupon = _find_coupon(call.table(table_name), params["code"], event_id)
    if coupon is None:
        raise not_found("Coupon", params["code"])
    changes: dict[str, Any] = {}
    if "remaining_count" in params:
        changes["remaining_count"] = params["remaining_count"]
    for field in ("valid_start_at", "valid_end_at"):
        if field in params:
            changes[field] = _moment(params[field], field)
    _window({**coupon, **changes})
    coupon.update(changes)
    return {}


@handles("list_event_coupons")
def list_event_coupons(call: Call) -> Record:
    event_id = event_of(call, call.params["event_id"])["id"]
    return call.page([c for c in call.table(EVENT_COUPONS).values() if c["event_id"] == event_id])


@handles("create_event_coupon")
def create_event_coupon(call: Call) -> Record:
    event_id = event_of(call, call.params["event_id"])["id"]
    ticket_type_id = call.params.get("event_ticket_type_id")
    if (
        ticket_type_id is not None
        and live_ticket_type(call, ticket_type_id)["event_id"] != event_id
    ):
        raise not_found("Ticket type", ticket_type_id)
    return _new_coupon(call, EVENT_COUPONS, event_id)


@handles("update_event_coupon")
def update_event_coupon(call: Call) -> Record:
    event_id = event_of(call, call.params["event_id"])["id"]
    return _update_coupon(call, EVENT_COUPONS, event_id)


@handles("list_calendar_coupons")
def list_calendar_coupons(call: Call) -> Record:
    return call.page(list(call.table(CALENDAR_COUPONS).values()))


@handles("create_calendar_coupon")
def create_calendar_coupon(call: Call) -> Record:
    return _new_coupon(call, CALENDAR_COUPONS, None)


@handles("update_calendar_coupon")
def update_calendar_coupon(call: Call) -> Record:
    return _update_coupon(call, CALENDAR_COUPONS, None)


# --- memberships --------------------------------------------------------------------------


def _joining_status(tier: Record, skip_payment: bool) -> str:
    """Where a new member of a tier starts: approval first, then payment, unless skipped."""
    access: Record = tier["access_info"]
    if access.get("require_approval"):
        return "pending"
    if access["type"] != "free" and not skip_payment:
        return "approved-pending-payment"
    return "approved"


@handles("list_membership_tiers")
def list_membership_tiers(call: Call) -> Record:
    return call.page(list(call.table(MEMBERSHIP_TIERS).values()))


@handles("add_member")
def add_member(call: Call) -> Record:
    tier_id = call.params["membership_tier_id"]
    tier = call.table(MEMBERSHIP_TIERS).get(tier_id)
    if tier is None:
        raise not_found("Membership tier", tier_id)
    email = call.params["email"].strip()
    if not looks_like_email(email):
        raise bad_request(f"email is not an email address: {email!r}")
    people = People(call)
    existing = people.find(email=email)
    if existing is not None and existing[STANDING] == BLOCKED:
        raise bad_request(f"{email} is blocked on this calendar")
    status = _joining_status(tier, bool(call.params.get("skip_payment")))
    membership_id = unprefixed_id(call)
    membership = {"status": status, "calendar_membership_tier_id": tier_id}
    contact = subscribe(call, people, email, None, membership)
    members = call.table(MEMBERS)
    for replaced in [
        key for key, member in members.items() if member["contact_id"] == contact["id"]
    ]:
        del members[replaced]  # one membership per person and calendar: a new tier replaces the old
    members[membership_id] = {
        "id": membership_id,
        "contact_id": contact["id"],
        "user_id": contact["user_id"],
        "email": contact["email"],
        "membership_tier_id": tier_id,
        "status": status,
        "created_at": call.now_iso,
    }
    return {"membership_id": membership_id, "status": status}


@handles("update_member_status")
def update_member_status(call: Call) -> Record:
    who: str = call.params["user_id"]
    people = People(call)
    contact = people.find(email=who) if "@" in who else people.find(user_id=who)
    if contact is None or contact["membership"] is None:
        raise not_found("Member", who)
    status = str(call.params["status"])
    contact["membership"] = {**contact["membership"], "status": status}
    for member in call.table(MEMBERS).values():
        if member["contact_id"] == contact["id"]:
            member["status"] = status
    return {}

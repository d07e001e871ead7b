"""Contacts, contact tags and event tags of a calendar, as Luma keeps them.

A contact record holds the person (user id, email, names, avatar), the tags on them as
``{id, name}`` references, their membership (or None) and whether they are active, blocked or
removed. How many events they attended and what they spent are not stored: they are counted
from the calendar's guests whenever contacts are read, so they always follow the guest list.

Tags (contact tags and event tags alike) are ``{id, name, color}`` records. A tag named in a
request may be given by id or by name; names match case-insensitively, the oldest tag first.
Renaming or deleting a tag updates every contact or event that carries it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._base import Call, Record, bad_request, handles, not_found

CONTACTS = "contacts"
CONTACT_TAGS = "contact_tags"
EVENT_TAGS = "event_tags"

# Where a contact stands. Kept under a field name the Contact shape does not have, so the
# answer's shaping drops it and it is never sent.
STANDING = "standing"
ACTIVE = "active"
BLOCKED = "blocked"
REMOVED = "removed"

DEFAULT_TAG_COLOR = "barney"
PERSON_FIELDS = ("name", "first_name", "last_name", "avatar_url", "email")


def unprefixed_id(call: Call) -> str:
    """An id without a prefix, as Luma gives contacts, coupons, memberships and webhooks."""
    return call.state.ids.token(15)


# --- people ------------------------------------------------------------------------------


def looks_like_email(value: str) -> bool:
    """A minimal check: one ``@`` with something on both sides and a dot in the domain."""
    local, at, domain = value.partition("@")
    return bool(local) and bool(at) and "@" not in domain and "." in domain.strip(".")


def find_contact(
    call: Call, *, email: str | None = None, user_id: str | None = None
) -> Record | None:
    """The contact with this email (case-insensitive) or user id, whatever its standing."""
    wanted = email.strip().lower() if email is not None else None
    for contact in call.table(CONTACTS).values():
        if wanted is not None and contact["email"] == wanted:
            return contact
        if user_id is not None and contact["user_id"] == user_id:
            return contact
    return None


def with_person(call: Call, contact: Record) -> Record:
    """The contact with its person's current name, avatar and email (the user may have changed)."""
    user = call.state.users.get(contact["user_id"])
    if user is not None:
        contact.update({field: user[field] for field in PERSON_FIELDS})
    return contact


def new_contact(call: Call, email: str, name: str | None) -> Record:
    """A contact record for a person not yet connected to the calendar (not stored yet)."""
    user = call.state.user_for_email(email, name.strip() if name and name.strip() else None)
    contact: Record = {
        "id": unprefixed_id(call),
        "user_id": user["id"],
        "created_at": call.now_iso,
        "tags": [],
        "membership": None,
        STANDING: ACTIVE,
    }
    return with_person(call, contact)


def subscribed_data(contact: Record, activity: dict[str, tuple[int, int, int]]) -> Record:
    """The ``calendar.person.subscribed`` webhook data for a contact."""
    approved, checked_in, revenue = activity.get(contact["email"], (0, 0, 0))
    return {
        "id": contact["id"],
        "created_at": contact["created_at"],
        "event_approved_count": approved,
        "event_checked_in_count": checked_in,
        "revenue_usd_cents": revenue,
        "tags": [dict(tag) for tag in contact["tags"]],
        "membership": dict(contact["membership"]) if contact["membership"] else None,
        "email": contact["email"],
        "user": {
            "id": contact["user_id"],
            "name": contact["name"],
            "avatar_url": contact["avatar_url"],
            "email": contact["email"],
            "first_name": contact["first_name"],
            "last_name": contact["last_name"],
        },
    }


def guest_activity(call: Call) -> dict[str, tuple[int, int, int]]:
    """Per email: events approved for, events checked in to, USD cents spent (from the guests)."""
    approved: dict[str, int] = {}
    checked_in: dict[str, int] = {}
    revenue: dict[str, int] = {}
    for guest in call.table("guests").values():
        email = str(guest.get("user_email", "")).lower()
        tickets: list[Record] = guest.get("event_tickets") or []
        if guest.get("approval_status") == "approved":
            approved[email] = approved.get(email, 0) + 1
        if guest.get("checked_in_at") or any(t.get("checked_in_at") for t in tickets):
            checked_in[email] = checked_in.get(email, 0) + 1
        spent = sum(
            int(t.get("amount") or 0)
            for t in tickets
            if t.get("currency") == "usd" and t.get("is_captured")
        )
        if spent:
            revenue[email] = revenue.get(email, 0) + spent
    return {
        email: (approved.get(email, 0), checked_in.get(email, 0), revenue.get(email, 0))
        for email in approved.keys() | checked_in.keys() | revenue.keys()
    }


def add_contact(call: Call, email: str, name: str | None) -> tuple[Record, bool]:
    """The calendar's contact for this email, created if needed; True when it joined just now.

    A removed contact who comes back is active again and counts as joining; a blocked one stays
    blocked. A name already on the person is kept. Emits ``calendar.person.subscribed`` for a
    person who joined.
    """
    contact = find_contact(call, email=email)
    joined = False
    if contact is None:
        contact = new_contact(call, email, name)
        call.table(CONTACTS)[contact["id"]] = contact
        joined = True
    else:
        if contact[STANDING] == REMOVED:
            contact[STANDING] = ACTIVE
            joined = True
        if name and name.strip():
            call.state.user_for_email(contact["email"], name.strip())  # keeps a name already set
        with_person(call, contact)
    if joined:
        call.emit("calendar.person.subscribed", subscribed_data(contact, guest_activity(call)))
    return contact, joined


# --- tags ---------------------------------------------------------------------------------


def resolve_tag(table: dict[str, Record], ref: str) -> Record | None:
    """The tag with this id, else the oldest one with this name (case-insensitive)."""
    if ref in table:
        return table[ref]
    folded = ref.casefold()
    return next((tag for tag in table.values() if tag["name"].casefold() == folded), None)


def _require_tag(table: dict[str, Record], ref: str) -> Record:
    tag = resolve_tag(table, ref)
    if tag is None:
        raise not_found("tag", ref)
    return tag


def _tag_name(name: str) -> str:
    if not name.strip():
        raise bad_request("name must not be blank")
    return name.strip()


def _create_tag(call: Call, table_name: str) -> Record:
    name = _tag_name(call.params["name"])
    tag = {
        "id": call.new_id("tag"),
        "name": name,
        "color": call.params.get("color") or DEFAULT_TAG_COLOR,
    }
    call.table(table_name)[tag["id"]] = tag
    return {"id": tag["id"]}


def _update_tag(call: Call, table_name: str, carriers: Iterable[Record]) -> None:
    table = call.table(table_name)
    tag = table.get(call.params["tag_id"])
    if tag is None:
        raise not_found("tag", call.params["tag_id"])
    name = _tag_name(call.params["name"]) if "name" in call.params else tag["name"]
    if "color" in call.params:
        tag["color"] = call.params["color"]
    tag["name"] = name
    for carrier in carriers:
        for ref in carrier.get("tags") or []:
            if ref["id"] == tag["id"]:
                ref["name"] = name


def _delete_tag(call: Call, table_name: str, carriers: Iterable[Record]) -> None:
    table = call.table(table_name)
    tag_id = call.params["tag_id"]
    if tag_id not in table:
        raise not_found("tag", tag_id)
    del table[tag_id]
    for carrier in carriers:
        if carrier.get("tags"):
            carrier["tags"] = [ref for ref in carrier["tags"] if ref["id"] != tag_id]


def _list_tags(call: Call, table_name: str) -> Record:
    return {"entries": list(call.table(table_name).values()), "has_more": False}


def put_tag(carrier: Record, tag: Record) -> None:
    """Add a tag reference to a contact or an event unless it is there already."""
    refs: list[Record] = carrier.setdefault("tags", [])
    if all(ref["id"] != tag["id"] for ref in refs):
        refs.append({"id": tag["id"], "name": tag["name"]})


def take_tag(carrier: Record, tag: Record) -> None:
    """Remove a tag reference from a contact or an event."""
    carrier["tags"] = [ref for ref in carrier.get("tags") or [] if ref["id"] != tag["id"]]


# --- contacts -----------------------------------------------------------------------------


def _contact_view(call: Call, contact: Record, activity: dict[str, tuple[int, int, int]]) -> Record:
    approved, checked_in, revenue = activity.get(with_person(call, contact)["email"], (0, 0, 0))
    return {
        **contact,
        "tags": [dict(tag) for tag in contact["tags"]],
        "membership": dict(contact["membership"]) if contact["membership"] else None,
        "event_approved_count": approved,
        "event_checked_in_count": checked_in,
        "revenue_usd_cents": revenue,
    }


def _matches_query(contact: Record, query: str) -> bool:
    folded = query.casefold()
    fields = (contact["email"], contact["name"], contact["first_name"], contact["last_name"])
    return any(folded in str(value).casefold() for value in fields if value)


def _sorted(rows: list[Record], column: str, direction: str) -> list[Record]:
    """Sort like Postgres: nulls last ascending and first descending, unless told otherwise.

    Text sorts case-insensitively; equal values keep their creation order (reversed for desc).
    """
    descending = direction.startswith("desc")
    nulls_last = direction.endswith("nulls last") or not descending

    def key(row: Record) -> Any:
        value = row[column]
        return value.casefold() if isinstance(value, str) else value

    present = [row for row in rows if row[column] is not None]
    missing = [row for row in rows if row[column] is None]
    present.sort(key=key)
    if descending:  # ties too: the later contact first, as if sorted on (value, creation)
        present.reverse()
    return present + missing if nulls_last else missing + present


@handles("list_contacts")
def list_contacts(call: Call) -> Record:
    params = call.params
    contacts: Iterator[Record] = (c for c in call.table(CONTACTS).values() if c[STANDING] == ACTIVE)
    if params.get("query"):
        contacts = (c for c in contacts if _matches_query(c, params["query"]))
    if params.get("tags"):
        tags = call.table(CONTACT_TAGS)
        wanted = {
            tag["id"] for ref in params["tags"] if (tag := resolve_tag(tags, ref)) is not None
        }
        contacts = (c for c in contacts if any(ref["id"] in wanted for ref in c["tags"]))
    if params.get("calendar_membership_tier_id") is not None:
        tier = params["calendar_membership_tier_id"]
        contacts = (
            c
            for c in contacts
            if c["membership"] and c["membership"]["calendar_membership_tier_id"] == tier
        )
    if params.get("membership_status") is not None:
        status = str(params["membership_status"])
        contacts = (c for c in contacts if c["membership"] and c["membership"]["status"] == status)
    activity = guest_activity(call)
    rows = [_contact_view(call, c, activity) for c in contacts]
    if params.get("sort_column") is not None:
        rows = _sorted(rows, str(params["sort_column"]), str(params.get("sort_direction") or "asc"))
    elif str(params.get("sort_direction") or "asc").startswith("desc"):
        rows.reverse()
    return call.page(rows)


@handles("import_contacts")
def import_contacts(call: Call) -> Record:
    entries: list[Record] = call.params["contacts"]
    for index, entry in enumerate(entries):
        if not looks_like_email(entry["email"].strip()):
            raise bad_request(
                f"contacts[{index}].email is not an email address: {entry['email']!r}"
            )
    tags = [_require_tag(call.table(CONTACT_TAGS), ref) for ref in call.params.get("tags") or []]
    for entry in entries:
        contact, _ = add_contact(call, entry["email"].strip(), entry.get("name"))
        for tag in tags:
            put_tag(contact, tag)
    return {}


def _target(call: Call) -> Record:
    """The contact a block/remove/restore request names by id, by email, or by both."""
    contact_id, email = call.params.get("contact_id"), call.params.get("email")
    if contact_id is None and email is None:
        raise bad_request("send contact_id or email")
    by_id = call.table(CONTACTS).get(contact_id) if contact_id is not None else None
    by_email = find_contact(call, email=email) if email is not None else None
    if contact_id is not None and by_id is None:
        raise not_found("contact", contact_id)
    if email is not None and by_email is None:
        raise not_found("contact", email)
    if by_id is not None and by_email is not None and by_id is not by_email:
        raise bad_request(f"contact_id {contact_id} and email {email} name different contacts")
    found = by_id or by_email
    assert found is not None
    return found


@handles("block_contact")
def block_contact(call: Call) -> Record:
    _target(call)[STANDING] = BLOCKED
    return {}


@handles("remove_contact")
def remove_contact(call: Call) -> Record:
    contact = _target(call)
    if contact[STANDING] != BLOCKED:  # a removal does not lift a block
        contact[STANDING] = REMOVED
    return {}


@handles("restore_contact")
def restore_contact(call: Call) -> Record:
    _target(call)[STANDING] = ACTIVE
    return {}


# --- contact tags --------------------------------------------------------------------------


@handles("list_contact_tags")
def list_contact_tags(call: Call) -> Record:
    return _list_tags(call, CONTACT_TAGS)


@handles("create_contact_tag")
def create_contact_tag(call: Call) -> Record:
    return _create_tag(call, CONTACT_TAGS)


@handles("update_contact_tag")
def update_contact_tag(call: Call) -> Record:
    _update_tag(call, CONTACT_TAGS, call.table(CONTACTS).values())
    return {}


@handles("delete_contact_tag")
def delete_contact_tag(call: Call) -> Record:
    _delete_tag(call, CONTACT_TAGS, call.table(CONTACTS).values())
    return {}


def _tagged_contacts(call: Call) -> tuple[list[Record], int]:
    """The active contacts a tag request names (each once) and how many names matched none."""
    found: dict[str, Record] = {}
    skipped = 0
    names = [("user_id", value) for value in call.params.get("user_ids") or []]
    names += [("email", value) for value in call.params.get("emails") or []]
    for field, value in names:
        contact = find_contact(call, **{field: value})
        if contact is None or contact[STANDING] != ACTIVE:
            skipped += 1
        else:
            found[contact["id"]] = contact
    return list(found.values()), skipped


@handles("apply_contact_tag")
def apply_contact_tag(call: Call) -> Record:
    tag = _require_tag(call.table(CONTACT_TAGS), call.params["tag"])
    contacts, skipped = _tagged_contacts(call)
    for contact in contacts:
        put_tag(contact, tag)
    return {"applied_count": len(contacts), "skipped_count": skipped}


@handles("unapply_contact_tag")
def unapply_contact_tag(call: Call) -> Record:
    tag = _require_tag(call.table(CONTACT_TAGS), call.params["tag"])
    contacts, skipped = _tagged_contacts(call)
    for contact in contacts:
        take_tag(contact, tag)
    return {"removed_count": len(contacts), "skipped_count": skipped}


# --- event tags ----------------------------------------------------------------------------


@handles("list_event_tags")
def list_event_tags(call: Call) -> Record:
    return _list_tags(call, EVENT_TAGS)


@handles("create_event_tag")
def create_event_tag(call: Call) -> Record:
    return _create_tag(call, EVENT_TAGS)


@handles("update_event_tag")
def update_event_tag(call: Call) -> Record:
    _update_tag(call, EVENT_TAGS, call.table("events").values())
    return {}


@handles("delete_event_tag")
def delete_event_tag(call: Call) -> Record:
    _delete_tag(call, EVENT_TAGS, call.table("events").values())
    return {}


def _calendar_events(call: Call) -> tuple[list[Record], int]:
    """The calendar's events a tag request names (each once) and how many ids are not on it."""
    events = call.table("events")
    found = {
        event_id: events[event_id] for event_id in call.params["event_ids"] if event_id in events
    }
    return list(found.values()), sum(
        1 for event_id in call.params["event_ids"] if event_id not in events
    )


@handles("apply_event_tag")
def apply_event_tag(call: Call) -> Record:
    tag = _require_tag(call.table(EVENT_TAGS), call.params["tag"])
    events, skipped = _calendar_events(call)
    for event in events:
        put_tag(event, tag)
    return {"applied_count": len(events), "skipped_count": skipped}


@handles("unapply_event_tag")
def unapply_event_tag(call: Call) -> Record:
    tag = _require_tag(call.table(EVENT_TAGS), call.params["tag"])
    events, skipped = _calendar_events(call)
    for event in events:
        take_tag(event, tag)
    return {"removed_count": len(events), "skipped_count": skipped}

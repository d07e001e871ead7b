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

import hashlib
import string
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
SUBSCRIBED = "subscribed"  # imported or a member, not only a guest of the calendar's events

DEFAULT_TAG_COLOR = "barney"
PERSON_FIELDS = ("name", "first_name", "last_name", "avatar_url", "email")
_ALPHABET = string.ascii_letters + string.digits


def unprefixed_id(call: Call) -> str:
    """An id without a prefix, as Luma gives coupons, memberships and webhooks."""
    return call.state.ids.token(15)


# --- people ------------------------------------------------------------------------------


def looks_like_email(value: str) -> bool:
    """A minimal check: one ``@`` with something on both sides and a dot in the domain."""
    local, at, domain = value.partition("@")
    return bool(local) and bool(at) and "@" not in domain and "." in domain.strip(".")


def contact_id_for(calendar_id: str, user_id: str) -> str:
    """A person's contact id on a calendar: 15 letters and digits, the same every time.

    Derived rather than drawn, so a guest who is listed as a contact before anything is stored
    about them keeps that id once they are imported, tagged or blocked.
    """
    number = int.from_bytes(hashlib.blake2b(f"{calendar_id}/{user_id}".encode()).digest())
    letters = []
    for _ in range(15):
        number, index = divmod(number, len(_ALPHABET))
        letters.append(_ALPHABET[index])
    return "".join(letters)


def with_person(call: Call, contact: Record) -> Record:
    """The contact with its person's current name, avatar and email (the user may have changed)."""
    user = call.state.users.get(contact["user_id"])
    if user is not None:
        contact.update({field: user[field] for field in PERSON_FIELDS})
    return contact


def _contact_of(call: Call, user: Record, created_at: str) -> Record:
    contact: Record = {
        "id": contact_id_for(call.calendar_id, user["id"]),
        "user_id": user["id"],
        "created_at": created_at,
        "tags": [],
        "membership": None,
        STANDING: ACTIVE,
        SUBSCRIBED: False,
    }
    return with_person(call, contact)


def _complete(contact: Record) -> Record:
    """Fill what a contact written straight into the store (a fixture) may lack."""
    for field, value in ((STANDING, ACTIVE), (SUBSCRIBED, True), ("membership", None)):
        contact.setdefault(field, value)
    contact.setdefault("tags", [])
    return contact


class People:
    """Everyone the calendar counts as a contact, found by id, email or user id.

    That is the stored contacts (imported, members, or changed in any way) and, as on Luma,
    everyone who registered for one of the calendar's events: those are listed from the guests
    and stored only when something about them changes (``keep``).
    """

    def __init__(self, call: Call) -> None:
        self._call = call
        self._table = call.table(CONTACTS)
        stored = [with_person(call, _complete(contact)) for contact in self._table.values()]
        known = {contact["email"] for contact in stored}
        guests: list[Record] = []
        for guest in call.table("guests").values():
            user = call.state.users.get(guest.get("user_id", ""))
            if user is None or not guest.get("registered_at") or user["email"] in known:
                continue
            known.add(user["email"])
            guests.append(_contact_of(call, user, guest["registered_at"]))
        self.contacts = sorted([*stored, *guests], key=lambda contact: contact["created_at"])
        self._by_email = {contact["email"]: contact for contact in self.contacts}
        self._by_user = {contact["user_id"]: contact for contact in self.contacts}
        self._by_id = {contact["id"]: contact for contact in self.contacts}

    def find(
        self, *, email: str | None = None, user_id: str | None = None, contact_id: str | None = None
    ) -> Record | None:
        """The contact with this email (any case), user id or contact id, whatever its standing."""
        if email is not None:
            return self._by_email.get(email.strip().lower())
        if user_id is not None:
            return self._by_user.get(user_id)
        return self._by_id.get(contact_id or "")

    def keep(self, contact: Record) -> Record:
        """Store a contact known so far only as a guest (call it just before changing one)."""
        self._table.setdefault(contact["id"], contact)
        return contact

    def add(self, email: str, name: str | None) -> Record:
        """Store a new contact for a person who is not one yet."""
        user = self._call.state.user_for_email(email, name)
        contact = self.keep(_contact_of(self._call, user, self._call.now_iso))
        self.contacts.append(contact)
        self._by_email[contact["email"]] = self._by_user[user["id"]] = contact
        self._by_id[contact["id"]] = contact
        return contact


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


def subscribe(
    call: Call, people: People, email: str, name: str | None, membership: Record | None = None
) -> Record:
    """Make a person a subscribed contact of the calendar (import, membership).

    Emits ``calendar.person.subscribed`` for someone who was not subscribed yet (a guest of the
    calendar's events is a contact but not a subscriber) or who had been removed; a blocked
    person stays blocked. A name already on the person is kept. A ``membership`` given is set
    before the announcement, so it carries the membership the person joined with.
    """
    name = name.strip() if name and name.strip() else None
    contact = people.find(email=email)
    joined = contact is None or not contact.get(SUBSCRIBED) or contact[STANDING] == REMOVED
    if contact is None:
        contact = people.add(email, name)
    else:
        people.keep(contact)
        if contact[STANDING] == REMOVED:
            contact[STANDING] = ACTIVE
        if name:
            call.state.user_for_email(contact["email"], name)  # keeps a name already set
            with_person(call, contact)
    contact[SUBSCRIBED] = True
    if membership is not None:
        contact["membership"] = membership
    if joined:
        call.emit("calendar.person.subscribed", subscribed_data(contact, guest_activity(call)))
    return contact


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


def _contact_view(contact: Record, activity: dict[str, tuple[int, int, int]]) -> Record:
    approved, checked_in, revenue = activity.get(contact["email"], (0, 0, 0))
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
    contacts: Iterator[Record] = (c for c in People(call).contacts if c[STANDING] == ACTIVE)
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
    rows = [_contact_view(c, activity) for c in contacts]
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
    people = People(call)
    for entry in entries:
        contact = subscribe(call, people, entry["email"], entry.get("name"))
        for tag in tags:
            put_tag(contact, tag)
    return {}


def _target(call: Call) -> Record:
    """The contact a block/remove/restore request names by id, by email, or by both."""
    contact_id, email = call.params.get("contact_id"), call.params.get("email")
    if contact_id is None and email is None:
        raise bad_request("send contact_id or email")
    people = People(call)
    by_id = people.find(contact_id=contact_id) if contact_id is not None else None
    by_email = people.find(email=email) if email is not None else None
    if contact_id is not None and by_id is None:
        raise not_found("contact", contact_id)
    if email is not None and by_email is None:
        raise not_found("contact", email)
    if by_id is not None and by_email is not None and by_id is not by_email:
        raise bad_request(f"contact_id {contact_id} and email {email} name different contacts")
    found = by_id or by_email
    assert found is not None
    return people.keep(found)


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
    people = People(call)
    found: dict[str, Record] = {}
    skipped = 0
    named = [people.find(user_id=value) for value in call.params.get("user_ids") or []]
    named += [people.find(email=value) for value in call.params.get("emails") or []]
    for contact in named:
        if contact is None or contact[STANDING] != ACTIVE:
            skipped += 1
        else:
            found[contact["id"]] = people.keep(contact)
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

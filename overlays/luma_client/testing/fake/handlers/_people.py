"""Who a calendar's contacts are, and what is known about each of them.

A contact record holds the person (user id, email, names and avatar, refreshed from the Luma
user on every read), the tags on them as ``{id, name}`` references, their membership (or
None), whether they are active, blocked or removed, and whether they subscribed. How many
events they attended and what they spent are not stored: they are counted from the
calendar's guests whenever contacts are read, so they always follow the guest list.
"""

from __future__ import annotations

import functools
import hashlib
import string
from collections.abc import Collection

from ._base import Call, Record

CONTACTS = "contacts"

# Where a contact stands. Kept under field names the Contact shape does not have, so the
# answer's shaping drops them and they are never sent.
STANDING = "standing"
ACTIVE = "active"
BLOCKED = "blocked"
REMOVED = "removed"
SUBSCRIBED = "subscribed"  # imported or a member, not only a guest of the calendar's events

PERSON_FIELDS = ("name", "first_name", "last_name", "avatar_url", "email")
_ALPHABET = string.ascii_letters + string.digits


def unprefixed_id(call: Call) -> str:
    """An id without a prefix, as Luma gives coupons, memberships and webhooks."""
    return call.state.ids.token(15)


def looks_like_email(value: str) -> bool:
    """A minimal check: one ``@`` with something on both sides and a dot in the domain."""
    local, at, domain = value.partition("@")
    return bool(local) and bool(at) and "@" not in domain and "." in domain.strip(".")


@functools.lru_cache(maxsize=65536)
def contact_id_for(calendar_id: str, user_id: str) -> str:
    """A person's contact id on a calendar: 15 letters and digits, the same every time.

    Derived rather than drawn, so a guest who is listed as a contact before anything is stored
    about them keeps that id once they are imported, tagged or blocked.
    """
    digest = hashlib.blake2b(f"{calendar_id}/{user_id}".encode(), digest_size=15).digest()
    return "".join(_ALPHABET[byte % len(_ALPHABET)] for byte in digest)


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


def guest_activity(
    call: Call, emails: Collection[str] | None = None
) -> dict[str, tuple[int, int, int]]:
    """Per email: events approved for, events checked in to, USD cents spent (from the guests).

    ``emails`` limits the count to those people (a page of contacts) when given.
    """
    counts: dict[str, list[int]] = {}
    for guest in call.table("guests").values():
        email = guest.get("user_email")
        if email is None or (emails is not None and email not in emails):
            continue
        tally = counts.get(email)
        if tally is None:
            tally = counts[email] = [0, 0, 0]
        tickets: list[Record] = guest.get("event_tickets") or []
        if guest.get("approval_status") == "approved":
            tally[0] += 1
        if guest.get("checked_in_at") or any(t.get("checked_in_at") for t in tickets):
            tally[1] += 1
        for ticket in tickets:
            if ticket.get("currency") == "usd" and ticket.get("is_captured"):
                tally[2] += int(ticket.get("amount") or 0)
    return {email: (tally[0], tally[1], tally[2]) for email, tally in counts.items()}


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

"""Contacts, contact tags and event tags of a calendar: the handlers.

Who counts as a contact is decided in ``_people``; tag records are kept by ``_tags``.

Where Luma's behaviour is not documented, the fake chooses:

- Contacts are the people imported, the members, and everyone registered (not only invited)
  for one of the calendar's events. Contact ids are 15 letters and digits derived from the
  calendar and the person, so a guest keeps the same id once imported, tagged or blocked.
- ``list``: in order of ``created_at`` (for a guest, the registration), newest first with
  ``sort_direction=desc``. Sorting by ``name`` ignores case; empty names sort last ascending
  and first descending unless the direction says ``nulls last``; ties keep creation order.
  ``query`` matches part of the email, name, first or last name, ignoring case; ``tags``
  keeps contacts with any of the tags (by id or name; an unknown tag matches nobody).
- Counts come from the guests: ``event_approved_count`` counts approved guests,
  ``event_checked_in_count`` guests with a checked-in ticket, ``revenue_usd_cents`` the
  captured USD ticket amounts.
- ``import``: every email must look like one (400 naming the entry) and every tag must exist
  (404); otherwise nothing is imported. Emails are lower-cased; a name fills first and last
  name at its first space and never replaces a name already set.
  ``calendar.person.subscribed`` fires for each person not subscribed yet (new, known only as
  a guest, or removed); a blocked person stays blocked and is not announced.
- ``block``/``remove``/``restore``: an unknown contact is a 404; ``contact_id`` and ``email``
  naming different people is a 400. Blocked and removed contacts are left out of lists and
  are skipped by tag requests; removing does not lift a block; restoring lifts both. Each is
  idempotent, and tags and membership survive them.
- Tags: the colour defaults to ``barney``; a blank name is a 400; two tags may share a name
  (a name then means the oldest). ``apply``/``unapply`` count each contact or event once,
  also when it already had (or lacked) the tag; people who are not active contacts and events
  the calendar does not manage are counted as skipped. Tagging fires no ``event.updated``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ._base import Call, Record, bad_request, handles, not_found
from ._people import (
    ACTIVE,
    BLOCKED,
    CONTACTS,
    REMOVED,
    STANDING,
    People,
    guest_activity,
    looks_like_email,
    subscribe,
)
from ._tags import (
    create_tag,
    delete_tag,
    list_tags,
    put_tag,
    require_tag,
    resolve_tag,
    take_tag,
    update_tag,
)

CONTACT_TAGS = "contact_tags"
EVENT_TAGS = "event_tags"


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


COUNTS = ("event_approved_count", "event_checked_in_count", "revenue_usd_cents")


def _sorted(rows: list[Record], value_of: Callable[[Record], Any], direction: str) -> list[Record]:
    """Sort like Postgres: nulls last ascending and first descending, unless told otherwise.

    Text sorts case-insensitively; equal values keep their creation order (reversed for desc).
    """
    descending = direction.startswith("desc")
    nulls_last = direction.endswith("nulls last") or not descending

    def key(row: Record) -> Any:
        value = value_of(row)
        return value.casefold() if isinstance(value, str) else value

    present = [row for row in rows if value_of(row) is not None]
    missing = [row for row in rows if value_of(row) is None]
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
    rows = list(contacts)
    column = str(params.get("sort_column") or "")
    direction = str(params.get("sort_direction") or "asc")
    activity: dict[str, tuple[int, int, int]] | None = None
    if column in COUNTS:
        activity = guest_activity(call)
        position = COUNTS.index(column)
        counted = activity
        rows = _sorted(rows, lambda c: counted.get(c["email"], (0, 0, 0))[position], direction)
    elif column:
        rows = _sorted(rows, lambda c: c[column], direction)
    elif direction.startswith("desc"):
        rows.reverse()
    page = call.page(rows)  # only the entries of this page get their counts
    if activity is None:
        activity = guest_activity(call, {c["email"] for c in page["entries"]})
    page["entries"] = [_contact_view(c, activity) for c in page["entries"]]
    return page


@handles("import_contacts")
def import_contacts(call: Call) -> Record:
    entries: list[Record] = call.params["contacts"]
    for index, entry in enumerate(entries):
        if not looks_like_email(entry["email"].strip()):
            raise bad_request(
                f"contacts[{index}].email is not an email address: {entry['email']!r}"
            )
    tags = [require_tag(call.table(CONTACT_TAGS), ref) for ref in call.params.get("tags") or []]
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
        raise not_found("Contact", contact_id)
    if email is not None and by_email is None:
        raise not_found("Contact", email)
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
    return list_tags(call, CONTACT_TAGS)


@handles("create_contact_tag")
def create_contact_tag(call: Call) -> Record:
    return create_tag(call, CONTACT_TAGS)


@handles("update_contact_tag")
def update_contact_tag(call: Call) -> Record:
    update_tag(call, CONTACT_TAGS, call.table(CONTACTS).values())
    return {}


@handles("delete_contact_tag")
def delete_contact_tag(call: Call) -> Record:
    delete_tag(call, CONTACT_TAGS, call.table(CONTACTS).values())
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
    tag = require_tag(call.table(CONTACT_TAGS), call.params["tag"])
    contacts, skipped = _tagged_contacts(call)
    for contact in contacts:
        put_tag(contact, tag)
    return {"applied_count": len(contacts), "skipped_count": skipped}


@handles("unapply_contact_tag")
def unapply_contact_tag(call: Call) -> Record:
    tag = require_tag(call.table(CONTACT_TAGS), call.params["tag"])
    contacts, skipped = _tagged_contacts(call)
    for contact in contacts:
        take_tag(contact, tag)
    return {"removed_count": len(contacts), "skipped_count": skipped}


# --- event tags ----------------------------------------------------------------------------


@handles("list_event_tags")
def list_event_tags(call: Call) -> Record:
    return list_tags(call, EVENT_TAGS)


@handles("create_event_tag")
def create_event_tag(call: Call) -> Record:
    return create_tag(call, EVENT_TAGS)


@handles("update_event_tag")
def update_event_tag(call: Call) -> Record:
    update_tag(call, EVENT_TAGS, call.table("events").values())
    return {}


@handles("delete_event_tag")
def delete_event_tag(call: Call) -> Record:
    delete_tag(call, EVENT_TAGS, call.table("events").values())
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
    tag = require_tag(call.table(EVENT_TAGS), call.params["tag"])
    events, skipped = _calendar_events(call)
    for event in events:
        put_tag(event, tag)
    return {"applied_count": len(events), "skipped_count": skipped}


@handles("unapply_event_tag")
def unapply_event_tag(call: Call) -> Record:
    tag = require_tag(call.table(EVENT_TAGS), call.params["tag"])
    events, skipped = _calendar_events(call)
    for event in events:
        take_tag(event, tag)
    return {"removed_count": len(events), "skipped_count": skipped}

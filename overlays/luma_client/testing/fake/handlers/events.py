"""Events, their hosts, and the calendar's event list (submissions, approval, lookup).

Stored records: ``events`` (the full ``get_event`` form plus a few private fields such as
``slug`` and ``max_capacity``) in the managing calendar's table, and ``calendar_events``
(one placement of an event on a calendar: ``calev-`` id, status, access, submitter) in the
table of each calendar it is on. External events live only as placements.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from luma_client import parse_duration

from .._clock import iso, parse_iso, wire_form
from .._openapi import load_spec
from ._base import Call, FakeError, Record, bad_request, handles, not_found

__all__ = [
    "BLANK_TICKET_TYPE",
    "event_of",
    "expanded_duration",
    "find_placement",
    "new_ticket_type",
]

COVER_DEFAULT = "https://images.lumacdn.com/event-covers/fake/default-cover.png"
_INPUT_ONLY = {"event_id", "suppress_notifications"}
_BUCKETS = ("approved", "pending_approval", "waitlist", "invited", "declined", "checked_in")
_TOKEN_LIFETIME = dt.timedelta(minutes=15)


def expanded_duration(delta: dt.timedelta) -> str:
    """Luma's fully expanded ISO 8601 duration, e.g. ``P0Y0M0DT3H0M0S``."""
    seconds = int(delta.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"P0Y0M{days}DT{hours}H{minutes}M{secs}S"


def event_of(call: Call, event_id: str) -> Record:
    """The event ``event_id`` if the calling calendar manages it; 404 or 403 otherwise."""
    event = call.table("events").get(event_id)
    if event is not None:
        return event
    if call.state.calendar_of_event(event_id) is not None:
        raise FakeError(403, "You do not have permission to manage this event.")
    raise not_found("Event", event_id)


def find_placement(call: Call, event_id: str) -> Record | None:
    """The calling calendar's placement of a Luma event or of an external one (by id)."""
    for placement in call.table("calendar_events").values():
        if placement.get("event_id") == event_id or placement["id"] == event_id:
            return placement
    return None


# What a new ticket type starts from; the fields a request sends replace these.
BLANK_TICKET_TYPE: Record = {
    "require_approval": False,
    "is_hidden": False,
    "description": None,
    "valid_start_at": None,
    "valid_end_at": None,
    "max_capacity": None,
    "cents": None,
    "currency": None,
    "is_flexible": False,
    "min_cents": None,
}


def new_ticket_type(call: Call, event_id: str, **fields: Any) -> Record:
    """A stored ticket type: a free, visible "Standard" one unless told otherwise."""
    record: Record = {
        "id": call.new_id("ttype"),
        "event_id": event_id,
        "name": "Standard",
        "type": "free",
        **BLANK_TICKET_TYPE,
        "is_default": False,
        "deleted": False,
    }
    record.update(fields)
    return record


def _zone(name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise bad_request(f"timezone {name[:60]!r} is not an IANA time zone name") from None


def _slug_taken(call: Call, slug: str, except_event: str | None = None) -> bool:
    for calendar in call.state.calendars.values():
        if calendar.get("slug") == slug:
            return True
    for tables in call.state.tables.values():
        for event in tables.get("events", {}).values():
            if event.get("slug") == slug and event["id"] != except_event:
                return True
    return False


def _geo(value: Record) -> Record:
    if value.get("type") == "google":
        text = value.get("description") or f"Place {value['place_id']}"
        place: str | None = value["place_id"]
    else:
        text = value["address"]
        place = None
    return {
        "address": text,
        "city": None,
        "region": None,
        "country": None,
        "city_state": None,
        "full_address": text,
        "google_maps_place_id": place,
        "apple_maps_place_id": None,
        "description": None,
    }


def _location_type(event: Record) -> str:
    url = event.get("meeting_url") or ""
    if "zoom.us" in url:
        return "zoom"
    if "meet.google.com" in url:
        return "meet"
    if "youtube.com" in url or "youtu.be" in url:
        return "youtube"
    if url:
        return "unknown"
    if event.get("geo_address_json") or event.get("coordinate"):
        return "offline"
    return "missing"


def _plain(markdown: str) -> str:
    """A rough plain-text rendering of Markdown, as Luma's ``description`` is."""
    text = markdown
    for mark in ("**", "__", "`", "# ", "## ", "### "):
        text = text.replace(mark, "")
    return text


@functools.cache
def _input_fields() -> frozenset[str]:
    """The fields a create/update body may set: ``EventInputFields`` in the spec."""
    schema = load_spec().components["schemas"]["EventInputFields"]
    return frozenset(schema["properties"]) - _INPUT_ONLY


def _apply_fields(call: Call, event: Record, body: Record) -> None:
    """Copy the input fields of a create/update body onto ``event`` and derive the rest."""
    start_text = str(body.get("start_at") or event.get("start_at") or call.now_iso)
    start = parse_iso(start_text)
    end_text = ""  # set when end_at is taken as sent
    if "end_at" in body:
        end_text = body["end_at"]
        end = parse_iso(end_text)
    elif "start_at" in body and event.get("end_at"):
        end = start + (parse_iso(event["end_at"]) - parse_iso(event["start_at"]))
    elif event.get("end_at"):
        end = parse_iso(event["end_at"])
    else:
        end = start + dt.timedelta(hours=1)
    if end <= start:
        raise bad_request("end_at must be after start_at")
    if "timezone" in body:
        _zone(body["timezone"])
    if "slug" in body and _slug_taken(call, body["slug"], event.get("id")):
        raise bad_request(f"The slug {body['slug']!r} is already taken")
    feedback = body.get("feedback_email")
    if feedback is not None and "delay" in feedback:
        try:
            delay = parse_duration(feedback["delay"])
        except ValueError:
            raise bad_request("feedback_email.delay is not an ISO 8601 duration") from None
        if delay > dt.timedelta(days=7):
            raise bad_request("feedback_email.delay may be at most P7D")
        feedback = {"enabled": feedback["enabled"], "delay": expanded_duration(delay)}
    elif feedback is not None:
        feedback = {"enabled": feedback["enabled"], "delay": "P0Y0M0DT0H0M0S"}
    # Everything checked: now write. Only the spec's input fields: a body may carry other keys
    # (the schema allows them), which must not overwrite what the server derives.
    inputs = _input_fields()
    for name, value in body.items():
        if name in inputs:
            event[name] = value
    event["start_at"] = wire_form(start_text, start)
    event["end_at"] = wire_form(end_text, end) if end_text else iso(end)
    event["duration_interval"] = expanded_duration(end - start)
    if feedback is not None:
        event["feedback_email"] = feedback
    if "description_md" in body:
        event["description"] = _plain(body["description_md"])
    if "geo_address_json" in body:
        event["geo_address_json"] = _geo(body["geo_address_json"])
    if "slug" in body:
        event["url"] = f"https://luma.com/{body['slug']}"
    if "max_capacity" in body or "spots_remaining" not in event:
        refresh_spots(event)
    event["location_type"] = _location_type(event)


def refresh_spots(event: Record) -> None:
    capacity = event.get("max_capacity")
    taken = event.get("guest_counts", {}).get("approved", {}).get("tickets", 0)
    event["spots_remaining"] = None if capacity is None else max(int(capacity) - taken, 0)


def _host(user: Record, access_level: str = "manager", visible: bool = True) -> Record:
    return {
        "id": user["id"],
        "email": user["email"],
        "name": user["name"],
        "first_name": user["first_name"],
        "last_name": user["last_name"],
        "avatar_url": user["avatar_url"],
        "access_level": access_level,
        "is_visible": visible,
        "is_creator": False,
    }


@handles("create_event")
def create_event(call: Call) -> Record:
    owner = call.state.users[call.state.owner_id]
    event_id = call.new_id("evt")
    creator = _host(owner)
    creator["is_creator"] = True
    event: Record = {
        "platform": "luma",
        "id": event_id,
        "user_id": owner["id"],
        "calendar_id": call.calendar_id,
        "created_at": call.now_iso,
        "name": "",
        "description": "",
        "description_md": "",
        "geo_address_json": None,
        "coordinate": None,
        "meeting_url": None,
        "location_visibility": "public",
        "cover_url": COVER_DEFAULT,
        "url": "",
        "visibility": "public",
        "waitlist_status": "disabled",
        "feedback_email": {"enabled": False, "delay": "P0Y0M0DT0H0M0S"},
        "registration_questions": [],
        "hosts": [creator],
        "guest_counts": {bucket: {"guests": 0, "tickets": 0} for bucket in _BUCKETS},
        "registration_open": True,
        "require_approval": False,
        "display_price": None,
        "access": "manage",
        "tags": [],
        "max_capacity": None,
    }
    _apply_fields(call, event, call.params)  # raises before anything is stored
    if not event["url"]:
        event["url"] = "https://luma.com/" + event_id[4:12].lower()
    call.table("events")[event_id] = event
    ticket = new_ticket_type(call, event_id, is_default=True)
    call.table("ticket_types")[ticket["id"]] = ticket
    _place(call, event_id, platform="luma", status="approved", access="manage", by=None)
    call.emit("event.created", dict(event))
    return {"id": event_id}


def _place(
    call: Call,
    event_id: str,
    *,
    platform: str,
    status: str,
    access: str,
    by: Record | None,
    external: Record | None = None,
) -> Record:
    placement: Record = {
        "id": call.new_id("calev"),
        "event_id": event_id if platform == "luma" else None,
        "platform": platform,
        "status": status,
        "access": access,
        "submitted_by": by,
        "created_at": call.now_iso,
        "external": external,
    }
    call.table("calendar_events")[placement["id"]] = placement
    return placement


@handles("get_event")
def get_event(call: Call) -> Record:
    return event_of(call, call.params["event_id"])


@handles("update_event")
def update_event(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    draft = dict(event)
    _apply_fields(call, draft, call.params)
    event.update(draft)
    call.emit("event.updated", dict(event))


@handles("request_event_cancellation")
def request_event_cancellation(call: Call) -> Record:
    event = event_of(call, call.params["event_id"])
    guests = [g for g in call.table("guests").values() if g["event_id"] == event["id"]]
    paid = any(t.get("amount", 0) > 0 for g in guests for t in g.get("event_tickets", ()))
    token = call.state.ids.token()
    tokens: dict[str, tuple[str, dt.datetime]] = call.state.extra.setdefault("cancel_tokens", {})
    tokens[event["id"]] = (token, call.now + _TOKEN_LIFETIME)
    return {"cancellation_token": token, "is_paid": paid, "guest_count": len(guests)}


@handles("cancel_event")
def cancel_event(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    tokens: dict[str, tuple[str, dt.datetime]] = call.state.extra.setdefault("cancel_tokens", {})
    issued = tokens.get(event["id"])
    if issued is None or issued[0] != call.params["cancellation_token"]:
        raise bad_request("cancellation_token is not valid for this event; request a new one")
    if call.now > issued[1]:
        raise bad_request("cancellation_token has expired (tokens last 15 minutes)")
    guests = call.table("guests")
    paid = any(
        t.get("amount", 0) > 0
        for g in guests.values()
        if g["event_id"] == event["id"]
        for t in g.get("event_tickets", ())
    )
    if paid and "should_refund" not in call.params:
        raise bad_request("should_refund is required: the event has paying guests")
    del tokens[event["id"]]
    del call.table("events")[event["id"]]
    for tables in call.state.tables.values():
        for name in ("guests", "ticket_types", "event_coupons"):
            table = tables.get(name, {})
            for key in [k for k, r in table.items() if r.get("event_id") == event["id"]]:
                del table[key]
        placements = tables.get("calendar_events", {})
        for key in [k for k, r in placements.items() if r.get("event_id") == event["id"]]:
            del placements[key]
    call.emit("event.canceled", dict(event))


def _host_index(event: Record, email: str) -> int | None:
    wanted = email.strip().lower()
    for index, host in enumerate(event["hosts"]):
        if host["email"] == wanted:
            return index
    return None


@handles("add_event_host")
def add_event_host(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    if _host_index(event, call.params["email"]) is not None:
        raise bad_request(f"{call.params['email']} is already a host of this event")
    user = call.state.user_for_email(call.params["email"], call.params.get("name"))
    level = call.params.get("access_level") or "manager"
    event["hosts"].append(_host(user, level, call.params.get("is_visible", True)))
    call.emit("event.updated", dict(event))


@handles("update_event_host")
def update_event_host(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    index = _host_index(event, call.params["email"])
    if index is None:
        raise not_found("Host", call.params["email"])
    host = event["hosts"][index]
    if host["is_creator"] and "access_level" in call.params:
        raise bad_request("The access level of the event's creator cannot be changed")
    if "access_level" in call.params:
        host["access_level"] = call.params["access_level"]
    if "is_visible" in call.params:
        host["is_visible"] = call.params["is_visible"]


@handles("remove_event_host")
def remove_event_host(call: Call) -> None:
    event = event_of(call, call.params["event_id"])
    index = _host_index(event, call.params["email"])
    if index is None:
        raise not_found("Host", call.params["email"])
    if event["hosts"][index]["is_creator"]:
        raise bad_request("The event's creator cannot be removed from its hosts")
    del event["hosts"][index]
    call.emit("event.updated", dict(event))


# --- the calendar's list of events -------------------------------------------------------


def _entry(call: Call, placement: Record) -> Record | None:
    """A placement as a list entry: the event's fields plus tags, submitter and access."""
    if placement["platform"] == "external":
        entry = dict(placement["external"])
    else:
        owner_calendar = call.state.calendar_of_event(placement["event_id"])
        if owner_calendar is None:
            return None
        entry = dict(call.state.tables[owner_calendar]["events"][placement["event_id"]])
        if placement["access"] == "view":
            for hidden in ("meeting_url", "registration_questions", "feedback_email"):
                entry.pop(hidden, None)
            geo = entry.get("geo_address_json")
            if geo:
                city = geo.get("city") or geo.get("region") or ""
                entry["geo_address_json"] = {**geo, "address": city, "full_address": city or None}
    entry["submitted_by"] = placement["submitted_by"]
    entry["access"] = placement["access"]
    entry.setdefault("tags", [])
    return entry


@handles("list_calendar_events")
def list_calendar_events(call: Call) -> Record:
    params = call.params
    platforms = set(params.get("platforms") or ["luma"])
    status = params.get("status", "approved")
    access = set(params.get("access") or ["manage", "view"])
    after = parse_iso(params["after"]) if "after" in params else None
    before = parse_iso(params["before"]) if "before" in params else None
    entries: list[Record] = []
    for placement in call.table("calendar_events").values():
        if (
            placement["platform"] not in platforms
            or placement["status"] != status
            or placement["access"] not in access
        ):
            continue
        entry = _entry(call, placement)
        if entry is None:
            continue
        start = parse_iso(entry["start_at"])
        if (after is not None and start < after) or (before is not None and start >= before):
            continue
        entries.append(entry)
    descending = str(params.get("sort_direction", "asc")).startswith("desc")
    entries.sort(key=lambda e: e["start_at"], reverse=descending)
    return call.page(entries)


@handles("lookup_calendar_event")
def lookup_calendar_event(call: Call) -> Record:
    params = call.params
    found: Record | None = None
    for placement in call.table("calendar_events").values():
        by_id = "event_id" in params and placement.get("event_id") == params["event_id"]
        by_url = (
            params.get("platform") == "external"
            and "url" in params
            and placement["platform"] == "external"
            and placement["external"]["url"] == params["url"]
        )
        if by_id or by_url:
            found = placement
            break
    if found is None:
        return {"event": None}
    ident = found["event_id"] if found["platform"] == "luma" else found["id"]
    return {
        "event": {"id": ident, "status": found["status"], "submitted_by": found["submitted_by"]}
    }


@handles("add_calendar_event")
def add_calendar_event(call: Call) -> Record:
    params = call.params
    status = "pending" if params.get("submission_mode") == "pending" else "approved"
    submitter = call.state.users[call.state.owner_id]
    if params["platform"] == "luma":
        event_id = params["event_id"]
        owner_calendar = call.state.calendar_of_event(event_id)
        if owner_calendar is None:
            raise not_found("Event", event_id)
        if find_placement(call, event_id) is not None:
            raise bad_request("This Luma event has already been submitted")
        access = "manage" if owner_calendar == call.calendar_id else "view"
        placed = _place(call, event_id, platform="luma", status=status, access=access, by=submitter)
        _announce(call, placed)
        return {"id": event_id, "status": status}
    start = parse_iso(params["start_at"])
    try:
        duration = parse_duration(params["duration_interval"])
    except ValueError:
        raise bad_request("duration_interval is not an ISO 8601 duration") from None
    _zone(params["timezone"])
    for placement in call.table("calendar_events").values():
        if placement["platform"] == "external" and placement["external"]["url"] == params["url"]:
            raise bad_request("This event has already been submitted")
    coordinate = params.get("coordinate")
    if coordinate is None and params.get("geo_latitude") is not None:
        coordinate = {"latitude": params["geo_latitude"], "longitude": params.get("geo_longitude")}
    placement = _place(call, "", platform="external", status=status, access="view", by=submitter)
    placement["external"] = {
        "platform": "external",
        "id": placement["id"],
        "calendar_id": call.calendar_id,
        "start_at": iso(start),
        "duration_interval": expanded_duration(duration),
        "end_at": iso(start + duration),
        "created_at": call.now_iso,
        "timezone": params["timezone"],
        "name": params["name"],
        "geo_address_json": _geo(params["geo_address_json"])
        if params.get("geo_address_json")
        else None,
        "coordinate": coordinate,
        "url": params["url"],
        "host": params.get("host"),
        "tags": [],
    }
    _announce(call, placement)
    return {"id": placement["id"], "status": status}


def _announce(call: Call, placement: Record) -> None:
    """``calendar.event.added`` for an approved placement, ``.submitted`` for a pending one."""
    if placement["platform"] == "external":
        external = placement["external"]
        data: Record = {
            "platform": "external",
            "id": external["id"],
            "name": external["name"],
            "url": external["url"],
            "start_at": external["start_at"],
            "end_at": external["end_at"],
            "timezone": external["timezone"],
            "host_name": external["host"],
        }
    else:
        owner = call.state.calendar_of_event(placement["event_id"]) or call.calendar_id
        event = call.state.tables[owner]["events"][placement["event_id"]]
        data = {
            "platform": "luma",
            "id": event["id"],
            "name": event["name"],
            "url": event["url"],
            "cover_url": event["cover_url"],
            "start_at": event["start_at"],
            "end_at": event["end_at"],
            "timezone": event["timezone"],
            "meeting_url": event.get("meeting_url"),
            "calendar": call.state.calendars[owner],
            "hosts": list(event["hosts"]),
        }
    if placement["status"] == "pending":
        data["submitted_to_calendar"] = call.state.calendars[call.calendar_id]
        call.emit("calendar.event.submitted", data)
    elif placement["status"] == "approved":
        call.emit("calendar.event.added", data)


def _placement_for_decision(call: Call) -> Record:
    ident = call.params["calendar_event_id"]
    placement = call.table("calendar_events").get(ident) or find_placement(call, ident)
    if placement is None:
        raise not_found("Calendar event", ident)
    return placement


@handles("approve_calendar_event")
def approve_calendar_event(call: Call) -> None:
    placement = _placement_for_decision(call)
    was = placement["status"]
    placement["status"] = "approved"
    if was != "approved":
        _announce(call, placement)


@handles("reject_calendar_event")
def reject_calendar_event(call: Call) -> None:
    placement = _placement_for_decision(call)
    placement["status"] = "rejected"
    placement["rejection_message"] = call.params.get("message")

"""The calendar and its admins, the key's user, entity lookup, image uploads, organizations.

The fake's key is both a calendar key and its organization's key: the organization routes
act on the organization that owns the key's calendar.
"""

from __future__ import annotations

from .._clock import parse_iso
from .._store import Record, calendar_record
from ._base import Call, FakeError, bad_request, handles, not_found
from .events import event_of

__all__: list[str] = []

_UPLOAD_BASE = "https://upload.lumacdn.com/fake/"
_IMAGE_BASE = "https://images.lumacdn.com/uploads/fake/"


def _slug_taken(call: Call, slug: str, except_calendar: str | None = None) -> bool:
    for calendar in call.state.calendars.values():
        if calendar.get("slug") == slug and calendar["id"] != except_calendar:
            return True
    return any(
        event.get("slug") == slug
        for tables in call.state.tables.values()
        for event in tables.get("events", {}).values()
    )


def _org_calendar(call: Call, calendar_id: str) -> Record:
    if calendar_id in call.state.organizations.get(call.organization_id, ()):
        return call.state.calendars[calendar_id]
    if calendar_id in call.state.calendars:
        raise FakeError(403, "This API key has no access to that calendar.")
    raise not_found("Calendar", calendar_id)


@handles("get_calendar")
def get_calendar(call: Call) -> Record:
    return call.state.calendars[call.calendar_id]


@handles("update_calendar")
def update_calendar(call: Call) -> Record:
    params = call.params
    calendar = _org_calendar(call, params["calendar_id"])
    slug = params.get("slug")
    if slug is not None and _slug_taken(call, slug, calendar["id"]):
        raise bad_request(f"The slug {slug!r} is already taken")
    for name in ("name", "slug", "description", "avatar_url", "tint_color"):
        if name in params:
            calendar[name] = params[name]
    if slug is not None:
        calendar["url"] = f"https://luma.com/{slug}"
    return calendar


def _users(call: Call, ids: list[str]) -> Record:
    return {"entries": [call.state.users[i] for i in ids], "has_more": False}


@handles("list_calendar_admins")
def list_calendar_admins(call: Call) -> Record:
    return _users(call, call.state.calendars[call.calendar_id]["admin_ids"])


@handles("get_self")
def get_self(call: Call) -> Record:
    return call.state.users[call.state.owner_id]


@handles("lookup_entity")
def lookup_entity(call: Call) -> Record:
    slug = call.params["slug"].strip().strip("/").lower()
    for calendar in call.state.calendars.values():
        if (calendar.get("slug") or "").lower() == slug:
            return {"entity": {"type": "calendar", "calendar": calendar}}
    for tables in call.state.tables.values():
        for event in tables.get("events", {}).values():
            own = (event.get("slug") or "").lower()
            short = event["url"].rsplit("/", 1)[-1].lower()
            if slug in (own, short):
                summary = {**event, "slug": event.get("slug") or short}
                return {"entity": {"type": "event", "event": summary}}
    return {"entity": None}


@handles("create_image_upload_url")
def create_image_upload_url(call: Call) -> Record:
    extension = "png" if call.params.get("content_type") == "image/png" else "jpg"
    name = call.new_id("img")[4:].lower()
    return {
        "upload_url": f"{_UPLOAD_BASE}{name}.{extension}?signature={call.state.ids.token(24)}",
        "file_url": f"{_IMAGE_BASE}{name}.{extension}",
    }


# --- organizations -----------------------------------------------------------------------


@handles("list_organization_admins")
def list_organization_admins(call: Call) -> Record:
    ids: list[str] = []
    for calendar_id in call.state.organizations.get(call.organization_id, ()):
        for user_id in call.state.calendars[calendar_id]["admin_ids"]:
            if user_id not in ids:
                ids.append(user_id)
    return _users(call, ids)


@handles("list_organization_calendars")
def list_organization_calendars(call: Call) -> Record:
    ids = call.state.organizations.get(call.organization_id, [])
    return call.page([call.state.calendars[i] for i in ids])


@handles("create_organization_calendar")
def create_organization_calendar(call: Call) -> Record:
    params = call.params
    slug = params.get("slug")
    if slug is not None and _slug_taken(call, slug):
        raise bad_request(f"The slug {slug!r} is already taken")
    calendar_id = call.new_id("cal")
    calendar = calendar_record(
        calendar_id,
        params["name"],
        slug=slug,
        owner_id=call.state.owner_id,
        description=params.get("description"),
        avatar_url=params.get("avatar_url"),
        tint_color=params.get("tint_color") or "#" + call.state.ids.token(6).encode().hex()[:6],
    )
    call.state.add_calendar(calendar, call.organization_id)
    return calendar


@handles("list_organization_events")
def list_organization_events(call: Call) -> Record:
    params = call.params
    after = parse_iso(params["after"]) if "after" in params else None
    before = parse_iso(params["before"]) if "before" in params else None
    entries: dict[str, Record] = {}
    for calendar_id in call.state.organizations.get(call.organization_id, ()):
        calendar = call.state.calendars[calendar_id]
        tables = call.state.tables.get(calendar_id, {})
        for placement in tables.get("calendar_events", {}).values():
            event_id = placement.get("event_id")
            if not event_id or placement["access"] != "manage":
                continue
            if placement["status"] not in ("approved", "pending"):
                continue
            owner = call.state.calendar_of_event(event_id)
            if owner is None:
                continue
            if event_id not in entries:
                event = call.state.tables[owner]["events"][event_id]
                start = parse_iso(event["start_at"])
                if (after is not None and start < after) or (
                    before is not None and start >= before
                ):
                    continue
                entries[event_id] = _organization_entry(event)
            entries[event_id]["managing_calendars"].append(
                {**calendar, "status": placement["status"]}
            )
    ordered = sorted(entries.values(), key=lambda e: e["start_at"])
    if str(params.get("sort_direction", "asc")).startswith("desc"):
        ordered.reverse()
    return call.page(ordered)


def _organization_entry(event: Record) -> Record:
    coordinate = event.get("coordinate") or {}
    latitude = coordinate.get("latitude")
    longitude = coordinate.get("longitude")
    return {
        **event,
        "api_id": event["id"],
        "user_api_id": event["user_id"],
        "calendar_api_id": event["calendar_id"],
        "zoom_meeting_url": event.get("meeting_url"),
        "geo_latitude": None if latitude is None else str(latitude),
        "geo_longitude": None if longitude is None else str(longitude),
        "managing_calendars": [],
    }


@handles("transfer_event")
def transfer_event(call: Call) -> None:
    params = call.params
    source = call.state.calendar_of_event(params["event_id"])
    if source is None or source not in call.state.organizations.get(call.organization_id, ()):
        raise not_found("Event", params["event_id"])
    destination = _org_calendar(call, params["calendar_id"])["id"]
    if destination == source:
        return
    event_id = params["event_id"]
    state = call.state
    moved_call = Call(call.operation, {}, source, state, call.now, call.organization_id)
    event = event_of(moved_call, event_id)
    # Move the event and everything that hangs off it.
    del state.table(source, "events")[event_id]
    event["calendar_id"] = destination
    state.table(destination, "events")[event_id] = event
    for name in ("guests", "ticket_types", "event_coupons"):
        old = state.table(source, name)
        new = state.table(destination, name)
        for key in [k for k, r in old.items() if r.get("event_id") == event_id]:
            new[key] = old.pop(key)
    index: dict[str, dict[str, list[str]]] = state.extra.setdefault("guests_by_event", {})
    if event_id in index.get(source, {}):
        index.setdefault(destination, {})[event_id] = index[source].pop(event_id)
    placements = state.table(source, "calendar_events")
    for key in [k for k, r in placements.items() if r.get("event_id") == event_id]:
        del placements[key]
    target = state.table(destination, "calendar_events")
    for placement in target.values():
        if placement.get("event_id") == event_id:
            placement.update(status="approved", access="manage")
            break
    else:
        key = call.new_id("calev")
        target[key] = {
            "id": key,
            "event_id": event_id,
            "platform": "luma",
            "status": "approved",
            "access": "manage",
            "submitted_by": None,
            "created_at": call.now_iso,
            "external": None,
        }
    call.emit("event.updated", dict(event))

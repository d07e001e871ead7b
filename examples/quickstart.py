"""A tour of luma-client: run it with `make demo` (against the mock) or with your own key.

LUMA_API_KEY=secret-... python examples/quickstart.py
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import luma_client
from luma_api.api.calendar_events import list_calendar_events
from luma_api.api.events import create_event, get_event
from luma_api.api.guests import get_event_guest, list_event_guests
from luma_api.api.users import get_self
from luma_api.models import CreateEventRequest


def main() -> None:
    # LUMA_API_KEY and LUMA_BASE_URL from the environment; `with` closes both connection pools.
    with luma_client.connect() as client:
        show(client)


def show(client: luma_client.ConnectedClient) -> None:
    me = luma_client.call(get_self.sync_detailed, client=client)
    print(f"Signed in as {me.name or me.email} ({me.id})")

    print("\nEvents on the calendar:")
    first_event_id = None
    events = luma_client.paginate(
        list_calendar_events.sync_detailed,
        client=client,
        after=datetime.now(UTC),
        pagination_limit=20,
    )
    for entry in events:
        print(f"  {entry.start_at:%Y-%m-%d %H:%M} UTC  {entry.name}  [{entry.platform}] {entry.id}")
        if first_event_id is None and entry.platform == "luma":
            first_event_id = entry.id
    if first_event_id is None:
        print("  (no Luma events)")
        return

    event = luma_client.call(get_event.sync_detailed, client=client, event_id=first_event_id)
    hosts = ", ".join(host.name or host.email for host in event.hosts)
    print(f"\n{event.name}\n  {event.url}\n  {event.timezone}, hosted by {hosts}")
    print(f"  lasts {luma_client.parse_duration(event.duration_interval)}")

    print("\nGuests:")
    guests = luma_client.paginate(
        list_event_guests.sync_detailed, client=client, event_id=event.id, pagination_limit=50
    )
    for count, guest in enumerate(guests, start=1):
        print(f"  {count:>3}. {guest.user_name or guest.user_email:<24} {guest.approval_status}")

    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=14)
    created = luma_client.call(
        create_event.sync_detailed,
        client=client,
        body=CreateEventRequest(
            name="Python meetup",
            start_at=start,
            end_at=start + timedelta(hours=2),
            timezone="Europe/Berlin",
        ),
    )
    print(f"\nCreated {created.id}, starting {luma_client.to_luma_datetime(start)}")

    print("\nErrors are typed exceptions:")
    try:
        luma_client.call(get_event_guest.sync_detailed, client=client, event_id=event.id, id="")
    except luma_client.LumaError as error:  # here refused before sending: `id` is empty
        print(f"  {type(error).__name__}: {error}")


if __name__ == "__main__":
    main()

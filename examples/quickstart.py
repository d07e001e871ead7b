"""A tour of luma-client: run it with `make demo` (against Fake Luma) or with your own key.

LUMA_API_KEY=secret-... python examples/quickstart.py
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import luma_client
from luma_client import Luma


def main() -> None:
    with Luma() as luma:  # LUMA_API_KEY and LUMA_BASE_URL from the environment
        tour(luma)


def tour(luma: Luma) -> None:
    me = luma.users.get_self()
    print(f"Signed in as {me.name or me.email} ({me.id})")

    print("\nEvents on the calendar:")
    first_event_id = None
    for entry in luma.calendars.events.list(after=datetime.now(UTC), pagination_limit=20):
        print(f"  {entry.start_at:%Y-%m-%d %H:%M} UTC  {entry.name}  [{entry.platform}] {entry.id}")
        if first_event_id is None and entry.platform == "luma":
            first_event_id = entry.id
    if first_event_id is None:
        print("  (no Luma events)")
        return

    event = luma.events.get(event_id=first_event_id)
    hosts = ", ".join(host.name or host.email for host in event.hosts)
    print(f"\n{event.name}\n  {event.url}\n  {event.timezone}, hosted by {hosts}")
    print(f"  lasts {luma_client.parse_duration(event.duration_interval)}")

    print("\nGuests:")
    guests = luma.events.guests.list(event_id=event.id, pagination_limit=50)
    for count, guest in enumerate(guests, start=1):
        print(f"  {count:>3}. {guest.user_name or guest.user_email:<24} {guest.approval_status}")

    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=14)
    created = luma.events.create(
        name="Python meetup",
        start_at=start,
        end_at=start + timedelta(hours=2),
        timezone="Europe/Berlin",
    )
    print(f"\nCreated {created.id}, starting {luma_client.to_luma_datetime(start)}")
    fetched = luma.events.get(event_id=created.id)
    print(f"Fetched it back: {fetched.name!r} at {fetched.url}")

    raw = luma.with_raw_response.events.get(event_id=event.id)
    print(f"\nRaw response: HTTP {raw.status_code}, {len(raw.content)} bytes of JSON")

    print("\nErrors are typed exceptions:")
    try:
        luma.events.get(event_id="evt-does-not-exist")
    except luma_client.APIStatusError as error:
        print(f"  {type(error).__name__}: HTTP {error.status_code}: {error.message}")


if __name__ == "__main__":
    main()

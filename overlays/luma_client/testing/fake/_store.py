"""Everything the fake remembers, in wire form, and nothing about HTTP.

One organization owns one calendar at first, and one user owns both; the fake's API key acts
for that calendar (and, for the organization routes, for its organization). Records are plain
dicts holding the richest form of each object (the shape ``get`` answers), kept in
insertion-ordered tables per calendar.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ._ids import IdFactory

__all__ = ["KeyGrant", "Record", "State"]

Record = dict[str, Any]

AVATAR_BASE = "https://images.lumacdn.com/avatars/fake/"


@dataclass(frozen=True)
class KeyGrant:
    """What an API key may act for."""

    calendar_id: str
    organization_id: str
    # "calendar": acts for calendar_id only; "organization": may choose any calendar of the
    # organization with x-luma-calendar-id (calendar_id is then the default); "owner": the
    # fake's own key, a calendar key that may also choose its organization's calendars.
    kind: str = "owner"
    revoked: bool = False  # answered 401; kept so the fake still knows its own calendar


@dataclass
class State:
    """The whole store of one ``FakeLuma``; rebuilt from scratch by ``reset``."""

    seed: int
    ids: IdFactory
    owner_id: str = ""
    organization_id: str = ""
    users: dict[str, Record] = field(default_factory=dict)
    calendars: dict[str, Record] = field(default_factory=dict)
    # organization id -> ids of its calendars, in creation order
    organizations: dict[str, list[str]] = field(default_factory=dict)
    # calendar id -> table name -> record id -> record
    tables: dict[str, dict[str, dict[str, Record]]] = field(default_factory=dict)
    keys: dict[str, KeyGrant] = field(default_factory=dict)
    emitted: list[tuple[str, Record]] = field(default_factory=list)
    generation: int = 0
    extra: dict[str, Any] = field(default_factory=dict)  # free room for handler modules

    @property
    def cursor_secret(self) -> bytes:
        """Signs pagination cursors: a cursor from another fake or before a reset is refused."""
        return hashlib.blake2b(f"{self.seed}:{self.generation}".encode(), digest_size=16).digest()

    def table(self, calendar_id: str, name: str) -> dict[str, Record]:
        per_calendar = self.tables.setdefault(calendar_id, {})
        table = per_calendar.get(name)
        if table is None:
            table = per_calendar[name] = {}
        return table

    def calendar_of_event(self, event_id: str) -> str | None:
        """The calendar whose ``events`` table holds ``event_id``."""
        for calendar_id, tables in self.tables.items():
            if event_id in tables.get("events", {}):
                return calendar_id
        return None

    def user_for_email(self, email: str, name: str | None = None) -> Record:
        """The Luma user behind an email address, created on first sight (as Luma does)."""
        index: dict[str, str] = self.extra.setdefault("user_by_email", {})
        key = email.strip().lower()
        user_id = index.get(key)
        if user_id is not None:
            user = self.users[user_id]
            if name and not user.get("name"):
                _set_name(user, name)  # a name already set is never overwritten
            return user
        user = {
            "id": self.ids.new("usr"),
            "email": key,
            "name": None,
            "first_name": None,
            "last_name": None,
            "avatar_url": "",
        }
        user["avatar_url"] = AVATAR_BASE + user["id"] + ".png"
        if name:
            _set_name(user, name)
        self.users[user["id"]] = user
        index[key] = user["id"]
        return user

    def add_calendar(self, calendar: Record, organization_id: str) -> None:
        self.calendars[calendar["id"]] = calendar
        self.organizations.setdefault(organization_id, []).append(calendar["id"])
        self.tables.setdefault(calendar["id"], {})


def _set_name(user: Record, name: str) -> None:
    first, _, last = name.strip().partition(" ")
    user["name"] = name.strip()
    user["first_name"] = first or None
    user["last_name"] = last or None


def calendar_record(
    calendar_id: str,
    name: str,
    *,
    slug: str | None,
    owner_id: str,
    description: str | None = None,
    avatar_url: str | None = None,
    tint_color: str = "#6e56cf",
) -> Record:
    """A calendar as Luma returns it; fields the fake has no data for are null."""
    return {
        "id": calendar_id,
        "name": name,
        "slug": slug,
        "avatar_url": avatar_url or AVATAR_BASE + calendar_id + ".png",
        "url": f"https://luma.com/{slug}" if slug else f"https://luma.com/calendar/{calendar_id}",
        "description": description,
        "social_image_url": None,
        "cover_image_url": None,
        "is_personal": False,
        "tint_color": tint_color,
        "location": None,
        "coordinate": None,
        "instagram_handle": None,
        "twitter_handle": None,
        "youtube_handle": None,
        "website": None,
        "admin_ids": [owner_id],
    }


def new_state(seed: int, api_key: str, generation: int = 0) -> State:
    """The empty calendar: one organization, one calendar, one owner, one key."""
    state = State(seed=seed, ids=IdFactory(seed), generation=generation)
    owner = state.user_for_email("owner@example.com", "Ada Lovelace")
    state.owner_id = owner["id"]
    state.organization_id = state.ids.new("org")
    calendar_id = state.ids.new("cal")
    calendar = calendar_record(
        calendar_id,
        "Fake Luma Community",
        slug="fake-luma-community",
        owner_id=owner["id"],
        description="The calendar of a Fake Luma instance.",
    )
    state.add_calendar(calendar, state.organization_id)
    state.keys[api_key] = KeyGrant(calendar_id=calendar_id, organization_id=state.organization_id)
    return state

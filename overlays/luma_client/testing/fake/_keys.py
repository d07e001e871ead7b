"""More calendars and keys: calendar keys, organization keys, revocation.

A calendar key acts for its own calendar only; an organization key acts for its
organization's first calendar by default and for any other of its calendars named in
``x-luma-calendar-id``. A key sees only the data of the calendar it acts for. An event of
another calendar (and its guests, tickets, coupons) is a 403 "no permission to manage this
event", the status Luma's clients report for events a key does not manage; any other id of
another calendar (webhooks, tags, contacts, coupons of the calendar) is a 404, as if it did
not exist. Naming a calendar the key may not act for in ``x-luma-calendar-id`` is a 403.
"""

from __future__ import annotations

import dataclasses
import re

from ._store import KeyGrant, State, calendar_record

__all__ = ["add_calendar", "add_organization_key", "revoke"]

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _new_key(state: State, kind: str) -> str:
    return f"fake-{kind}-key-{state.ids.token(24)}"


def add_calendar(state: State, name: str) -> str:
    """A new calendar of the fake's organization, owned by the same user; returns its key."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError("add_calendar needs a non-empty name")
    calendar_id = state.ids.new("cal")
    slug = (_NOT_SLUG.sub("-", name.lower()).strip("-") or "calendar") + "-" + calendar_id[-6:]
    calendar = calendar_record(
        calendar_id,
        name.strip(),
        slug=slug.lower(),
        owner_id=state.owner_id,
        description=f"The calendar {name.strip()}.",
    )
    state.add_calendar(calendar, state.organization_id)
    key = _new_key(state, "calendar")
    state.keys[key] = KeyGrant(calendar_id, state.organization_id, kind="calendar")
    return key


def add_organization_key(state: State) -> str:
    """A key for the fake's organization: it chooses a calendar with ``x-luma-calendar-id``."""
    calendars = state.organizations.get(state.organization_id, [])
    if not calendars:
        raise ValueError("the organization has no calendar")
    key = _new_key(state, "organization")
    state.keys[key] = KeyGrant(
        calendar_id=calendars[0], organization_id=state.organization_id, kind="organization"
    )
    return key


def revoke(state: State, key: str) -> None:
    """From now on ``key`` is answered 401, like an unknown key."""
    grant = state.keys.get(key)
    if grant is None:
        raise KeyError("no such API key")  # the key itself is not repeated
    state.keys[key] = dataclasses.replace(grant, revoked=True)

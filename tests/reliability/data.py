"""Realistic bodies, taken from the examples of the curated spec, for the faulty server to serve."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any, Final

from luma_api.models import AddEventGuestsRequest
from tests.specdoc import example

GET_EVENT: Final = "/v1/events/get"
LIST_GUESTS: Final = "/v1/events/guests/list"
ADD_GUESTS: Final = "/v1/events/guests/add"


@functools.cache
def _event() -> dict[str, Any]:
    event: dict[str, Any] = example("get_event")
    return event


def event_payload() -> dict[str, Any]:
    return copy.deepcopy(_event())


def event_body() -> bytes:
    return json.dumps(_event()).encode()


def event_id() -> str:
    value: str = _event()["id"]
    return value


@functools.cache
def _guest_template() -> dict[str, Any]:
    guest: dict[str, Any] = example("list_event_guests")["entries"][0]
    return guest


def guest(index: int) -> dict[str, Any]:
    """The ``index``-th guest of a large, deterministic guest list."""
    entry = copy.deepcopy(_guest_template())
    entry["id"] = guest_id(index)
    entry["user_id"] = f"usr-{index:011d}"
    entry["user_email"] = f"guest{index}@example.com"
    entry["user_name"] = f"Guest {index}"
    return entry


def guest_id(index: int) -> str:
    return f"gst-{index:011d}"


def add_guests_body() -> AddEventGuestsRequest:
    return AddEventGuestsRequest.from_dict(example("add_event_guests", request=True))

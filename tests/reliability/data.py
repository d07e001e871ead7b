"""Realistic bodies, taken from the examples of the curated spec, for the faulty server to serve."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any, Final

from luma_api.models import AddEventGuestsRequest
from tests.specdoc import operations, resolve

GET_EVENT: Final = "/v1/events/get"
LIST_GUESTS: Final = "/v1/events/guests/list"
ADD_GUESTS: Final = "/v1/events/guests/add"


def _example(operation_id: str, *, request: bool = False) -> Any:
    operation = next(op for op in operations() if op.operation_id == operation_id)
    node = operation.raw["requestBody"] if request else operation.raw["responses"]["200"]
    examples = resolve(node)["content"]["application/json"]["examples"]
    return copy.deepcopy(next(iter(examples.values()))["value"])


@functools.cache
def _event() -> dict[str, Any]:
    event: dict[str, Any] = _example("get_event")
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
    guest: dict[str, Any] = _example("list_event_guests")["entries"][0]
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
    return AddEventGuestsRequest.from_dict(_example("add_event_guests", request=True))

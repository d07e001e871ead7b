"""Realistic payloads, taken from the examples of the curated spec.

The event is the ``GET /v1/events/get`` 200 example. Guest pages replicate the
``GET /v1/events/guests/list`` example entries with distinct ids, so that a page decodes
exactly like a real one (same nested answers, tickets and nulls) at any size.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "luma.openapi.yaml"

EVENT_PATH = "/v1/events/get"
GUESTS_PATH = "/v1/events/guests/list"
API_KEY = "bench-secret-key-0123456789"
EVENT_ID = "evt-7AfHSGOBmoz4iLO"
PAGE_SIZE = 100


@functools.cache
def _spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)
    return spec


def _example(path: str) -> Any:
    content = _spec()["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    examples: dict[str, Any] = content["examples"]
    return next(iter(examples.values()))["value"]


@functools.cache
def event_body() -> bytes:
    """The spec's ``/v1/events/get`` example, as the server sends it."""
    return json.dumps(_example(EVENT_PATH)).encode()


def _guest_templates() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = _example(GUESTS_PATH)["entries"]
    return entries


def guests(start: int, count: int) -> list[dict[str, Any]]:
    """``count`` guests numbered from ``start``: the spec's example entries with distinct ids."""
    templates = _guest_templates()
    out = []
    for number in range(start, start + count):
        guest = copy.deepcopy(templates[number % len(templates)])
        guest["id"] = f"gst-{number:015d}"
        guest["user_id"] = f"usr-{number:015d}"
        guest["user_email"] = f"guest{number}@example.com"
        out.append(guest)
    return out


def cursor_for(page: int) -> str:
    return f"cur-{page:06d}"


def page_number(cursor: str | None) -> int | None:
    """The page a cursor points at, or None for a cursor this server never handed out."""
    if cursor is None:
        return 0
    if not cursor.startswith("cur-") or not cursor[4:].isdigit():
        return None
    return int(cursor[4:])


def guest_page_body(page: int, *, total: int, page_size: int = PAGE_SIZE) -> bytes:
    """Page ``page`` (0-based) of a ``total``-guest listing, as the list operation sends it."""
    start = page * page_size
    count = max(0, min(page_size, total - start))
    has_more = start + count < total
    body: dict[str, Any] = {"entries": guests(start, count), "has_more": has_more}
    if has_more:
        body["next_cursor"] = cursor_for(page + 1)
    return json.dumps(body).encode()

"""Fixtures from JSON or YAML, sent through the fake's own API so they are validated.

Format (a mapping; every key optional)::

    calendar:                  # fields of update_calendar (calendar_id is filled in)
      name: Rust Berlin
      slug: rust-berlin
    events:                    # each: a create_event body, plus three optional keys
      - key: launch            # a name for the event in the returned mapping (default: name)
        name: Launch party
        start_at: "2026-03-01T18:00:00Z"
        timezone: Europe/Berlin
        guests:                # add_event_guests entries ({email, name}) ...
          - {email: ada@example.com, name: Ada Lovelace}
        approval_status: approved   # ... added with this status (default approved)
    requests:                  # any other operation, in order: its operationId and its
      - operation: create_webhook   # JSON body (POST) or query parameters (GET)
        body: {url: "https://example.com/hook", event_types: ["*"]}

A ``$event:<key>`` string anywhere in ``requests`` is replaced by that event's id. The first
request the fake refuses stops loading with ``ValueError`` naming the entry and the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec
import yaml

from ._clock import iso
from ._core import Request
from ._openapi import load_spec

if TYPE_CHECKING:
    from . import FakeLuma

__all__ = ["load"]

_EVENT_ONLY = {"key", "guests", "approval_status"}


def load(fake: FakeLuma, source: str | os.PathLike[str] | Mapping[str, Any]) -> dict[str, str]:
    """Load fixtures into ``fake``; returns each event's key mapped to its new id."""
    data = _read(source) if not isinstance(source, Mapping) else dict(source)
    unknown = set(data) - {"calendar", "events", "requests"}
    if unknown:
        raise ValueError(f"unknown fixture sections: {', '.join(sorted(unknown))}")
    ids: dict[str, str] = {}
    if data.get("calendar"):
        body = {**data["calendar"], "calendar_id": fake.calendar_id}
        _send(fake, "update_calendar", body, "calendar")
    for number, event in enumerate(data.get("events") or (), start=1):
        where = f"events[{number}]"
        if not isinstance(event, Mapping):
            raise ValueError(f"{where} must be a mapping")
        body = {k: v for k, v in event.items() if k not in _EVENT_ONLY}
        created = _send(fake, "create_event", body, where)
        event_id = str(created["id"])
        ids[str(event.get("key") or event.get("name"))] = event_id
        if event.get("guests"):
            add: dict[str, Any] = {"event_id": event_id, "guests": list(event["guests"])}
            if event.get("approval_status"):
                add["approval_status"] = event["approval_status"]
            _send(fake, "add_event_guests", add, f"{where}.guests")
    for number, entry in enumerate(data.get("requests") or (), start=1):
        where = f"requests[{number}]"
        if not isinstance(entry, Mapping) or "operation" not in entry:
            raise ValueError(f"{where} needs an 'operation' (an operationId)")
        payload = _substitute(entry.get("body", entry.get("params", {})), ids)
        _send(fake, str(entry["operation"]), payload, where)
    return ids


def _read(source: str | os.PathLike[str]) -> dict[str, Any]:
    path = pathlib.Path(source)
    text = path.read_text(encoding="utf-8")
    parsed = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(parsed, dict):
        raise ValueError(f"{path} must hold a mapping at the top level")
    return parsed


def _substitute(value: Any, ids: Mapping[str, str]) -> Any:
    if isinstance(value, str) and value.startswith("$event:"):
        key = value[len("$event:") :]
        if key not in ids:
            raise ValueError(f"{value!r} names no loaded event")
        return ids[key]
    if isinstance(value, list):
        return [_substitute(v, ids) for v in value]
    if isinstance(value, Mapping):
        return {k: _substitute(v, ids) for k, v in value.items()}
    return value


def _send(fake: FakeLuma, operation_id: str, payload: Mapping[str, Any], where: str) -> Any:
    op = load_spec().operations.get(operation_id)
    if op is None:
        raise ValueError(f"{where}: {operation_id!r} is not an operation of the Luma API")
    headers = {"x-luma-api-key": fake.api_key}
    if op.method == "GET":
        query = [
            (k, str(x).lower() if isinstance(x, bool) else str(x))
            for k, v in payload.items()
            for x in (v if isinstance(v, list) else [v])
        ]
        request = Request("GET", op.path, query, headers)
    else:
        body = msgspec.json.encode(_jsonable(payload))
        request = Request(op.method, op.path, (), headers, body)
    response = fake._core.handle(request)  # fake-control hook: not journaled, no faults
    answer = msgspec.json.decode(response.body)
    if response.status != 200:
        raise ValueError(
            f"{where}: {operation_id} was refused ({response.status}): {answer['message']}"
        )
    return answer


def _jsonable(value: Any) -> Any:
    """YAML turns unquoted timestamps into datetimes; the API wants Luma's strings."""
    if isinstance(value, dt.datetime):
        return iso(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    return value

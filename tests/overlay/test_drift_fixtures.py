"""Shapes recorded from real Luma answers that the spec may not describe: never a crash.

Each fixture takes a spec example and changes it the way real answers have been seen to differ.
In default mode the body decodes, every other field keeps its value, and any warning names the
field that differs (none at all where the spec already says the truth). Strict mode either
accepts the body or names that field.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from luma_client import APIResponseValidationError, call, paginate, parse_webhook
from tests.integration.test_every_operation import arguments
from tests.overlay.helpers import Server, client_for, drift_warnings
from tests.specdoc import example, operation


@dataclass(frozen=True)
class Deviation:
    name: str
    operation_id: str
    change: Callable[[Any], None]
    fields: tuple[str, ...]  # the JSON keys that differ from the example
    read: Callable[[Any], Any]  # where the decoded model keeps an untouched value
    untouched: Callable[[Any], Any]  # the same value in the example


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[Any], None]:
    def change(body: Any) -> None:
        for step in path[:-1]:
            body = body[step]
        body[path[-1]] = value

    return change


def _drop(path: tuple[str | int, ...]) -> Callable[[Any], None]:
    def change(body: Any) -> None:
        for step in path[:-1]:
            body = body[step]
        del body[path[-1]]

    return change


def _both(*changes: Callable[[Any], None]) -> Callable[[Any], None]:
    def change(body: Any) -> None:
        for one in changes:
            one(body)

    return change


DEVIATIONS = [
    Deviation(
        "an event list entry without end_at",
        "list_calendar_events",
        _drop(("entries", 0, "end_at")),
        ("end_at",),
        lambda page: page.entries[0].id,
        lambda body: body["entries"][0]["id"],
    ),
    Deviation(
        "feedback_email with enabled only",
        "get_event",
        _set(("feedback_email",), {"enabled": False}),
        ("delay",),
        lambda event: event.name,
        lambda body: body["name"],
    ),
    Deviation(
        "a host with an empty first name and no last name",
        "get_event",
        _both(_set(("hosts", 0, "first_name"), ""), _set(("hosts", 0, "last_name"), None)),
        ("first_name", "last_name"),
        lambda event: event.hosts[0].id,
        lambda body: body["hosts"][0]["id"],
    ),
    Deviation(
        "a US address without a country",
        "get_event",
        _set(("geo_address_json", "country"), None),
        ("country",),
        lambda event: event.geo_address_json.city,
        lambda body: body["geo_address_json"]["city"],
    ),
    Deviation(
        "an anonymous guest",
        "get_event_guest",
        _both(
            _set(("user_name",), None),
            _set(("user_first_name",), None),
            _set(("user_last_name",), None),
        ),
        ("user_name", "user_first_name", "user_last_name"),
        lambda guest: guest.id,
        lambda body: body["id"],
    ),
    Deviation(
        "coordinates as strings on a legacy route",
        "list_organization_events",
        _both(
            _set(("entries", 0, "geo_latitude"), "37.7749"),
            _set(("entries", 0, "geo_longitude"), "-122.4194"),
        ),
        ("geo_latitude", "geo_longitude"),
        lambda page: page.entries[0].name,
        lambda body: body["entries"][0]["name"],
    ),
]


def _body(deviation: Deviation) -> Any:
    body = example(deviation.operation_id)
    deviation.change(body)
    return body


def _function(operation_id: str) -> Callable[..., Any]:
    op = operation(operation_id)
    function: Callable[..., Any] = importlib.import_module(
        f"luma_api.api.{op.tag}.{op.operation_id}"
    ).sync_detailed
    return function


def _names_only(warned: list[str], fields: tuple[str, ...]) -> bool:
    return all(any(f".{field} at " in message for field in fields) for message in warned)


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=[d.name for d in DEVIATIONS])
def test_call_decodes_a_recorded_deviation(deviation: Deviation) -> None:
    body = _body(deviation)
    function = _function(deviation.operation_id)
    kwargs = arguments(operation(deviation.operation_id))
    with drift_warnings() as warned:
        model = call(function, client=client_for(Server(json_body=body)), **kwargs)
    assert deviation.read(model) == deviation.untouched(body)
    assert _names_only(warned, deviation.fields), warned
    try:
        call(function, client=client_for(Server(json_body=body), strict=True), **kwargs)
    except APIResponseValidationError as exc:
        assert warned, "strict refuses only what default mode warns about"
        assert any(field in str(exc) for field in deviation.fields), exc
    else:
        assert not warned


LIST_DEVIATIONS = [d for d in DEVIATIONS if d.operation_id.startswith("list_")]


@pytest.mark.parametrize("deviation", LIST_DEVIATIONS, ids=[d.name for d in LIST_DEVIATIONS])
def test_paginate_goes_on_past_a_recorded_deviation(deviation: Deviation) -> None:
    body = {**_body(deviation), "has_more": False}
    function = _function(deviation.operation_id)
    kwargs = {
        key: value
        for key, value in arguments(operation(deviation.operation_id)).items()
        if not key.startswith("pagination")
    }
    with drift_warnings() as warned:
        entries = list(paginate(function, client=client_for(Server(json_body=body)), **kwargs))
    assert len(entries) == len(body["entries"])
    assert _names_only(warned, deviation.fields), warned


def test_parse_webhook_decodes_coordinates_sent_as_strings() -> None:
    from tests.generated.helpers import webhook_examples

    hook = next(e for e in webhook_examples() if e.value["type"] == "event.created")
    body = hook.value
    body["data"]["geo_latitude"] = "37.7749"
    body["data"]["geo_longitude"] = "-122.4194"
    with drift_warnings() as warned:
        parsed = parse_webhook(body)
    assert parsed.data.id == body["data"]["id"]
    assert _names_only(warned, ("geo_latitude", "geo_longitude")), warned

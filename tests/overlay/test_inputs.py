"""luma_client._inputs: empty parameters and identifiers are refused, by name, before sending."""

from __future__ import annotations

import pytest

from luma_api.api.events import get_event
from luma_api.api.guests import add_event_guests
from luma_api.models import AddEventGuestsRequest, GuestInput
from luma_client import ConfigurationError, call
from tests.overlay.helpers import Server, client_for


@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_an_empty_query_parameter_is_refused_before_sending(value: str) -> None:
    server = Server(json_body={})
    client = client_for(server)
    with pytest.raises(ConfigurationError, match=r"event_id is (empty|only whitespace)") as info:
        call(get_event.sync_detailed, client=client, event_id=value)
    assert "GET /v1/events/get" in str(info.value)
    assert server.requests == []
    with pytest.raises(ConfigurationError):  # the raw generated function too
        get_event.sync_detailed(client=client, event_id=value)
    assert server.requests == []


@pytest.mark.anyio
async def test_an_empty_query_parameter_is_refused_async() -> None:
    server = Server(json_body={})
    client = client_for(server)
    with pytest.raises(ConfigurationError, match="event_id is empty"):
        await get_event.asyncio_detailed(client=client, event_id="")
    assert server.requests == []


def test_an_empty_identifier_in_a_body_is_refused() -> None:
    server = Server(json_body={})
    body = AddEventGuestsRequest(event_id=" ", guests=[GuestInput(email="ada@example.com")])
    with pytest.raises(ConfigurationError, match="event_id is only whitespace"):
        call(add_event_guests.sync_detailed, client=client_for(server), body=body)
    assert server.requests == []


def test_other_empty_body_fields_are_sent() -> None:
    server = Server(json_body={})
    body = AddEventGuestsRequest(event_id="evt-1", guests=[GuestInput(email="ada@example.com")])
    body.additional_properties["note"] = ""
    call(add_event_guests.sync_detailed, client=client_for(server), body=body)
    assert len(server.requests) == 1

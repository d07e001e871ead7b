"""Payloads shaped like Luma's real answers decode into the typed models, with no warning.

The fixtures under ``tests/fixtures/luma`` are invented but follow what Luma sends: calendar and
organization list entries carry no ``description``, ``description_md`` or ``hosts``; the event in
webhook deliveries has the description and tags but no ``hosts``; the calendar admins list returns
``has_more`` beside ``entries``. Each fixture is also checked against the spec's schema, so the
spec, the generated models and these shapes cannot drift apart unnoticed.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

import luma_client
from luma_api.api.calendar_events import list_calendar_events
from luma_api.api.calendars import list_calendar_admins
from luma_api.api.organizations import list_organization_events
from luma_api.models import (
    CalendarEventEntryLuma,
    CouponInfo,
    DisplayPrice,
    ExternalEvent,
    FeedbackEmail,
    ListCalendarAdminsResponse,
    ListCalendarEventsResponse,
    OrganizationEvent,
    User,
    WebhookEventData,
    WebhookGuestData,
    WebhookPayloadTicketRegistered,
    WebhookTicketData,
)
from luma_api.types import UNSET
from luma_client._webhooks import WEBHOOK_TYPES
from tests.generated.helpers import json_differences, models_in
from tests.specdoc import ROOT, load_spec, operation

FIXTURES = ROOT / "tests" / "fixtures" / "luma"
KEY = "secret-Tf8Qm2Wx6Lp4Zr9N"
BASE_URL = "https://api.test"
EVENT_ONLY_FIELDS = ("description", "description_md", "hosts")
WEBHOOK_FIXTURES = {
    "event.created": "event_created.json",
    "event.updated": "event_updated.json",
    "event.canceled": "event_canceled.json",
    "guest.registered": "guest_registered.json",
    "guest.updated": "guest_updated.json",
    "ticket.registered": "ticket_registered.json",
}
RESPONSE_FIXTURES = {
    "list_calendar_events": "calendar_events_page.json",
    "list_organization_events": "organization_events_page.json",
    "list_calendar_admins": "admins_page.json",
}


def _load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _webhook_file(kind: str) -> str:
    return f"webhooks/{WEBHOOK_FIXTURES[kind]}"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _response_pointer(operation_id: str) -> str:
    op = operation(operation_id)
    return (
        f"/paths/{_escape(op.path)}/{op.method}/responses/{op.success_status}"
        "/content/application~1json/schema"
    )


def _webhook_pointer(kind: str) -> str:
    return f"/webhooks/{_escape(kind)}/post/requestBody/content/application~1json/schema"


def _validator(pointer: str) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        "urn:luma-spec", DRAFT202012.create_resource(load_spec())
    )
    return Draft202012Validator(
        {"$ref": f"urn:luma-spec#{pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


class Recorder:
    """Answers every request with one fixture body and remembers the paths asked for."""

    def __init__(self, body: Any) -> None:
        self.body = json.dumps(body).encode()
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        headers = {"content-type": "application/json"}
        return httpx.Response(200, content=self.body, headers=headers)


def _client(recorder: Recorder) -> Any:
    return luma_client.connect(
        api_key=KEY, base_url=BASE_URL, transport=httpx.MockTransport(recorder), rate_limit=None
    )


def _undeclared(model: Any) -> list[str]:
    """Fixture keys that landed in ``additional_properties`` anywhere in the decoded tree."""
    return [
        f"{where}.{key}" for where, node in models_in(model) for key in node.additional_properties
    ]


# -- the fixtures state the facts and fit the spec ---------------------------------------


def test_the_fixtures_carry_the_facts_they_stand_for() -> None:
    for name in ("calendar_events_page.json", "organization_events_page.json"):
        for entry in _load(name)["entries"]:
            assert not set(EVENT_ONLY_FIELDS) & set(entry), (name, entry["id"])
    for kind in WEBHOOK_FIXTURES:
        data = _load(_webhook_file(kind))["data"]
        event = data if kind.startswith("event.") else data["event"]
        assert "hosts" not in event, kind
        for field in ("description", "description_md", "geo_latitude", "geo_longitude", "tags"):
            assert field in event, (kind, field)
    admins = _load("admins_page.json")
    assert set(admins) == {"entries", "has_more"}


@pytest.mark.parametrize("operation_id", sorted(RESPONSE_FIXTURES))
def test_response_fixture_matches_the_spec(operation_id: str) -> None:
    body = _load(RESPONSE_FIXTURES[operation_id])
    validator = _validator(_response_pointer(operation_id))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, errors


@pytest.mark.parametrize("kind", sorted(WEBHOOK_FIXTURES))
def test_webhook_fixture_matches_the_spec(kind: str) -> None:
    body = _load(_webhook_file(kind))
    validator = _validator(_webhook_pointer(kind))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, errors


def test_the_schema_check_rejects_an_event_that_misses_its_description() -> None:
    """Guards the two tests above: the webhook schema does require what fact 3 says it carries."""
    body = _load(_webhook_file("event.created"))
    del body["data"]["description"]
    assert not _validator(_webhook_pointer("event.created")).is_valid(body)


# -- list_calendar_events -----------------------------------------------------------------


def test_calendar_events_page_paginates_into_typed_entries() -> None:
    body = _load("calendar_events_page.json")
    recorder = Recorder(body)
    entries = list(
        luma_client.paginate(list_calendar_events.sync_detailed, client=_client(recorder))
    )
    assert recorder.paths == ["/v1/calendars/events/list"]
    assert [type(entry) for entry in entries] == [
        CalendarEventEntryLuma,
        CalendarEventEntryLuma,
        CalendarEventEntryLuma,
        ExternalEvent,
    ]
    managed, viewed, online, external = entries
    assert isinstance(managed, CalendarEventEntryLuma)
    assert managed.name == "Rust & Coffee: async in practice"
    assert [tag.name for tag in managed.tags] == ["Meetup", "Rust"]
    assert managed.access == "manage" and managed.submitted_by is None
    assert managed.meeting_url is None and managed.spots_remaining == 7
    assert isinstance(managed.feedback_email, FeedbackEmail)
    assert managed.feedback_email.delay == "P0Y0M0DT3H0M0S"
    assert isinstance(viewed, CalendarEventEntryLuma)
    assert viewed.access == "view"
    assert viewed.meeting_url is UNSET and viewed.feedback_email is UNSET
    assert viewed.registration_questions is UNSET
    assert isinstance(viewed.submitted_by, User) and viewed.submitted_by.first_name == "Jonas"
    assert isinstance(online, CalendarEventEntryLuma)
    assert online.geo_address_json is None and online.location_type == "zoom"
    assert isinstance(online.display_price, DisplayPrice)
    assert online.display_price.amount == 500 and online.display_price.is_flexible
    assert isinstance(external, ExternalEvent) and external.host == "AMS Systems Group"
    for entry in entries:
        assert not any(hasattr(entry, field) for field in EVENT_ONLY_FIELDS), entry.id
        assert _undeclared(entry) == []
    assert json_differences(body["entries"], [entry.to_dict() for entry in entries]) == []


def test_calendar_events_page_through_call() -> None:
    page = luma_client.call(
        list_calendar_events.sync_detailed,
        client=_client(Recorder(_load("calendar_events_page.json"))),
    )
    assert isinstance(page, ListCalendarEventsResponse)
    assert page.has_more is False and len(page.entries) == 4


# -- list_organization_events -------------------------------------------------------------


def test_organization_events_page_paginates_into_typed_entries() -> None:
    body = _load("organization_events_page.json")
    recorder = Recorder(body)
    entries = list(
        luma_client.paginate(list_organization_events.sync_detailed, client=_client(recorder))
    )
    assert recorder.paths == ["/v1/organizations/events/list"]
    assert [type(entry) for entry in entries] == [OrganizationEvent, OrganizationEvent]
    in_person, online = entries
    assert in_person.api_id == in_person.id == "evt-Hq2Wm8TzLr5Nc1V"
    assert in_person.geo_latitude == "52.3712" and in_person.geo_longitude == "4.8855"
    assert [(c.slug, c.status) for c in in_person.managing_calendars] == [
        ("rust-amsterdam", "approved")
    ]
    assert online.geo_latitude is None
    assert online.zoom_meeting_url == online.meeting_url
    assert online.registration_questions is UNSET
    assert isinstance(online.feedback_email, FeedbackEmail)
    assert online.feedback_email.enabled is False and online.feedback_email.delay is UNSET
    assert [c.status for c in online.managing_calendars] == ["approved", "pending"]
    for entry in entries:
        absent = (*EVENT_ONLY_FIELDS, "tags", "access", "submitted_by")
        assert not any(hasattr(entry, field) for field in absent), entry.id
        assert _undeclared(entry) == []
    assert json_differences(body["entries"], [entry.to_dict() for entry in entries]) == []


# -- list_calendar_admins -----------------------------------------------------------------


def test_calendar_admins_answer_carries_has_more() -> None:
    recorder = Recorder(_load("admins_page.json"))
    admins = luma_client.call(list_calendar_admins.sync_detailed, client=_client(recorder))
    assert recorder.paths == ["/v1/calendars/admins/list"]
    assert isinstance(admins, ListCalendarAdminsResponse)
    assert admins.has_more is False
    assert [admin.email for admin in admins.entries] == [
        "sanne@example.nl",
        "volunteers@example.nl",
    ]
    assert admins.entries[1].name is None and admins.entries[1].first_name is None
    assert _undeclared(admins) == []


# -- webhooks ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(WEBHOOK_FIXTURES))
def test_webhook_delivery_parses_into_its_payload_model(kind: str) -> None:
    raw = (FIXTURES / _webhook_file(kind)).read_bytes()
    payload = luma_client.parse_webhook(raw)
    assert type(payload).__name__ == WEBHOOK_TYPES[kind]
    assert payload.type_ == kind
    expected = json.loads(raw)["data"]
    data: Any = payload.data
    if kind.startswith("event."):
        event, raw_event = data, expected
    else:
        assert isinstance(data, WebhookGuestData | WebhookTicketData)
        assert data.id == expected["id"]
        assert data.user_email == expected["user_email"]
        event, raw_event = data.event, expected["event"]
    assert isinstance(event, WebhookEventData)
    assert not hasattr(event, "hosts")
    assert event.description == raw_event["description"]
    assert event.description_md == raw_event["description_md"]
    assert [tag.id for tag in event.tags] == [tag["id"] for tag in raw_event["tags"]]
    assert event.geo_latitude == raw_event["geo_latitude"]
    assert _undeclared(payload) == []
    assert json_differences(json.loads(raw), payload.to_dict()) == []


def test_ticket_registered_names_its_ticket() -> None:
    payload = luma_client.parse_webhook((FIXTURES / _webhook_file("ticket.registered")).read_text())
    assert isinstance(payload, WebhookPayloadTicketRegistered)
    ticket = payload.data.event_ticket
    assert ticket.id == "evtticket-Hn3Wq7Zr5Lt1" and ticket.amount == 1500
    assert [t.id for t in payload.data.event_tickets] == [ticket.id]
    order = payload.data.event_ticket_orders[0]
    assert isinstance(order.coupon_info, CouponInfo)
    assert order.coupon_info.code == "EARLYBIRD"


def test_an_anonymous_guest_update_keeps_null_names() -> None:
    payload = luma_client.parse_webhook((FIXTURES / _webhook_file("guest.updated")).read_text())
    data: Any = payload.data
    assert data.user_name is None and data.user_first_name is None and data.user_last_name is None
    assert data.event_tickets[0].checked_in_at is not None

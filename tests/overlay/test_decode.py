"""The tolerant decoder's rules, one at a time (the mutation suite checks them wholesale)."""

from __future__ import annotations

from luma_api.models import CalendarEventEntryLuma, Event, ExternalEvent, ListCalendarEventsResponse
from luma_client._decode import decode
from luma_client._drift import MISSING, NULL, WRONG_TYPE, Drift
from tests.specdoc import example


def test_a_body_that_fits_takes_the_fast_path_with_no_drift() -> None:
    event, drifts = decode(Event, example("get_event"))
    assert drifts == []
    assert event == Event.from_dict(example("get_event"))


def test_a_union_member_picked_by_its_discriminator_is_never_retried_as_another() -> None:
    page = example("list_calendar_events")
    del page["entries"][0]["name"]  # a luma entry that no longer fits CalendarEventEntryLuma
    decoded, drifts = decode(ListCalendarEventsResponse, page)
    assert isinstance(decoded.entries[0], CalendarEventEntryLuma)
    assert decoded.entries[0].name is None
    assert isinstance(decoded.entries[1], ExternalEvent)
    assert drifts == [Drift("CalendarEventEntryLuma", "name", "entries[0].name", MISSING)]


def test_a_list_drops_only_an_entry_that_is_not_an_object() -> None:
    page = example("list_calendar_events")
    page["entries"].insert(1, "not an event")
    decoded, drifts = decode(ListCalendarEventsResponse, page)
    assert [type(e) for e in decoded.entries] == [CalendarEventEntryLuma, ExternalEvent]
    assert drifts == [Drift("ListCalendarEventsResponse", "entries", "entries[1]", WRONG_TYPE)]


def test_an_unusable_value_is_none_and_kept_raw_a_missing_one_is_none() -> None:
    body = example("get_event")
    body["name"] = ["a", "list"]
    body["url"] = None
    del body["timezone"]
    event, drifts = decode(Event, body)
    assert (event.name, event.url, event.timezone) == (None, None, None)
    assert event.additional_properties == {"name": ["a", "list"]}
    assert {(d.field, d.problem) for d in drifts} == {
        ("name", WRONG_TYPE),
        ("url", NULL),
        ("timezone", MISSING),
    }


def test_a_nested_object_that_does_not_fit_keeps_its_good_fields() -> None:
    body = example("get_event")
    body["geo_address_json"]["city"] = 7
    event, drifts = decode(Event, body)
    assert event.geo_address_json.city is None
    assert event.geo_address_json.address == body["geo_address_json"]["address"]
    assert event.geo_address_json.additional_properties == {"city": 7}
    assert drifts == [Drift("GeoAddress", "city", "geo_address_json.city", WRONG_TYPE)]


def test_a_body_that_is_not_an_object_builds_nothing() -> None:
    assert decode(Event, ["not", "an", "object"])[0] is None

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_event_entry_luma import CalendarEventEntryLuma
    from ..models.external_event import ExternalEvent


T = TypeVar("T", bound="ListCalendarEventsResponse")


@_attrs_define
class ListCalendarEventsResponse:
    """One page of the calendar's events.

    Attributes:
        has_more (bool): Whether another page follows this one.
        entries (list[CalendarEventEntryLuma | ExternalEvent]): The events on this page, each tagged with its
            `platform`.
        next_cursor (None | str | Unset): Cursor for the next page; pass it as `pagination_cursor`. Absent on the last
            page.
    """

    has_more: bool
    entries: list[CalendarEventEntryLuma | ExternalEvent]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_event_entry_luma import CalendarEventEntryLuma  # noqa: PLC0415

        has_more = self.has_more

        entries = []
        for entries_item_data in self.entries:
            entries_item: dict[str, Any]
            if isinstance(entries_item_data, CalendarEventEntryLuma):
                entries_item = entries_item_data.to_dict()
            else:
                entries_item = entries_item_data.to_dict()

            entries.append(entries_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "entries": entries,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_event_entry_luma import CalendarEventEntryLuma  # noqa: PLC0415
        from ..models.external_event import ExternalEvent  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:

            def _parse_entries_item(data: object) -> CalendarEventEntryLuma | ExternalEvent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_calendar_event_entry_type_0 = CalendarEventEntryLuma.from_dict(data)

                    return componentsschemas_calendar_event_entry_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_calendar_event_entry_type_1 = ExternalEvent.from_dict(data)

                return componentsschemas_calendar_event_entry_type_1

            entries_item = _parse_entries_item(entries_item_data)

            entries.append(entries_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        list_calendar_events_response = cls(
            has_more=has_more,
            entries=entries,
            next_cursor=next_cursor,
        )

        list_calendar_events_response.additional_properties = d
        return list_calendar_events_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

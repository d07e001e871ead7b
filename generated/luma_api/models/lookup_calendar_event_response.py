from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lookup_calendar_event_result import LookupCalendarEventResult


T = TypeVar("T", bound="LookupCalendarEventResponse")


@_attrs_define
class LookupCalendarEventResponse:
    """Result of looking an event up on the calendar.

    Attributes:
        event (LookupCalendarEventResult | None): The event's submission on the calendar; null when the calendar does
            not have it.
    """

    event: LookupCalendarEventResult | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lookup_calendar_event_result import LookupCalendarEventResult  # noqa: PLC0415

        event: dict[str, Any] | None
        if isinstance(self.event, LookupCalendarEventResult):
            event = self.event.to_dict()
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lookup_calendar_event_result import LookupCalendarEventResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event(data: object) -> LookupCalendarEventResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = LookupCalendarEventResult.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LookupCalendarEventResult | None, data)

        event = _parse_event(d.pop("event"))

        lookup_calendar_event_response = cls(
            event=event,
        )

        lookup_calendar_event_response.additional_properties = d
        return lookup_calendar_event_response

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

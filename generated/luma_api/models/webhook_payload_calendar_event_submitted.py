from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPayloadCalendarEventSubmitted")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "data",
    }
)


@_attrs_define
class WebhookPayloadCalendarEventSubmitted:
    """Notification that an event was submitted to the calendar and awaits review.

    Attributes:
        type_ (Literal['calendar.event.submitted']): The notification type, always `calendar.event.submitted`.
        data (WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma): The event in a
            `calendar.event.submitted` notification: the same summary as for `calendar.event.added` plus
            `submitted_to_calendar`, told apart by `platform`.
    """

    type_: Literal["calendar.event.submitted"]
    data: WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any]
        if isinstance(self.data, WebhookCalendarEventSubmittedLuma):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = type_
        field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.type_ = _parse_type_(data["type"])
        _data = data["data"]
        instance.data = _parse_data(_data)
        if len(data) > 2:
            instance.additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        else:
            instance.additional_properties = {}
        return instance

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


def _parse_type_(data: Any) -> Literal["calendar.event.submitted"]:
    if data != "calendar.event.submitted":
        raise ValueError(f"type must be 'calendar.event.submitted', got {data!r}")
    return cast(Literal["calendar.event.submitted"], data)


def _parse_data(data: Any) -> WebhookCalendarEventSubmittedExternal | WebhookCalendarEventSubmittedLuma:
    if isinstance(data, dict):
        try:
            return WebhookCalendarEventSubmittedLuma.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return WebhookCalendarEventSubmittedExternal.from_dict(data)
    raise TypeError(f"data: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.webhook_calendar_event_submitted_external import WebhookCalendarEventSubmittedExternal
from ..models.webhook_calendar_event_submitted_luma import WebhookCalendarEventSubmittedLuma

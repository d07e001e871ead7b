from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPayloadEventCanceled")

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
class WebhookPayloadEventCanceled:
    """Notification that an event was canceled.

    Attributes:
        type_ (Literal['event.canceled']): The notification type, always `event.canceled`.
        data (WebhookEventData): The event carried by `event.*` notifications and nested in guest and ticket
            notifications: the shared event fields plus the description, its tags and the deprecated string coordinates that
            the events API no longer returns. Unlike `/v1/events/get` it has no `hosts`.
    """

    type_: Literal["event.canceled"]
    data: WebhookEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        instance.data = WebhookEventData.from_dict(data["data"])
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


def _parse_type_(data: Any) -> Literal["event.canceled"]:
    if data != "event.canceled":
        raise ValueError(f"type must be 'event.canceled', got {data!r}")
    return cast(Literal["event.canceled"], data)


from ..models.webhook_event_data import WebhookEventData

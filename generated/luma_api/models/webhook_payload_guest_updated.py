from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPayloadGuestUpdated")

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
class WebhookPayloadGuestUpdated:
    """Notification that a guest's registration changed (status, answers or check-in).

    Attributes:
        type_ (Literal['guest.updated']): The notification type, always `guest.updated`.
        data (WebhookGuestData): The guest carried by `guest.registered` and `guest.updated`: the regular guest object
            plus the guest's ticket orders and the event they belong to (as in `event.*` notifications, without hosts).
    """

    type_: Literal["guest.updated"]
    data: WebhookGuestData
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
        instance.data = WebhookGuestData.from_dict(data["data"])
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


def _parse_type_(data: Any) -> Literal["guest.updated"]:
    if data != "guest.updated":
        raise ValueError(f"type must be 'guest.updated', got {data!r}")
    return cast(Literal["guest.updated"], data)


from ..models.webhook_guest_data import WebhookGuestData

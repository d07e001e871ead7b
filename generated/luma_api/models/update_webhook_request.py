from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_status import WebhookStatus, check_webhook_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "event_types",
        "status",
    }
)


@_attrs_define
class UpdateWebhookRequest:
    """The webhook to change and its new settings; omitted fields keep their value.

    Attributes:
        id (str): Id of the webhook to update.
        event_types (list[WebhookEventType] | Unset): Replacement list of notification types to subscribe to; `*`
            subscribes to all.
        status (WebhookStatus | Unset): Whether a webhook receives deliveries (`active`) or is switched off for now
            (`paused`).
    """

    id: str
    event_types: list[WebhookEventType] | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _event_types = data.get("event_types", UNSET)
        _status = data.get("status", UNSET)
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.event_types = (
            _event_types if _event_types is UNSET else list(map(check_webhook_event_type, _event_types))
        )
        instance.status = _status if _status is UNSET else check_webhook_status(_status)
        if len(data) > 1 + (_event_types is not UNSET) + (_status is not UNSET):
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookPayloadEventCreated")


@_attrs_define
class WebhookPayloadEventCreated:
    """Notification that an event was created on the calendar.

    Attributes:
        type_ (Literal['event.created']): The notification type, always `event.created`.
        data (WebhookEventData): The event carried by `event.*` notifications and nested in guest and ticket
            notifications: the regular event object plus its tags and the deprecated string coordinates that the events API
            no longer returns.
    """

    type_: Literal["event.created"]
    data: WebhookEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_event_data import WebhookEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["event.created"], d.pop("type"))
        if type_ != "event.created":
            raise ValueError(f"type must match const 'event.created', got '{type_}'")

        data = WebhookEventData.from_dict(d.pop("data"))

        webhook_payload_event_created = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_event_created.additional_properties = d
        return webhook_payload_event_created

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

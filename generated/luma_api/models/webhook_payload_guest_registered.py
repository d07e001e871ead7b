from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_guest_data import WebhookGuestData


T = TypeVar("T", bound="WebhookPayloadGuestRegistered")


@_attrs_define
class WebhookPayloadGuestRegistered:
    """Notification that a guest registered for an event.

    Attributes:
        type_ (Literal['guest.registered']): The notification type, always `guest.registered`.
        data (WebhookGuestData): The guest carried by `guest.registered` and `guest.updated`: the regular guest object
            plus the guest's ticket orders and the full event they belong to.
    """

    type_: Literal["guest.registered"]
    data: WebhookGuestData
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
        from ..models.webhook_guest_data import WebhookGuestData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["guest.registered"], d.pop("type"))
        if type_ != "guest.registered":
            raise ValueError(f"type must match const 'guest.registered', got '{type_}'")

        data = WebhookGuestData.from_dict(d.pop("data"))

        webhook_payload_guest_registered = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_guest_registered.additional_properties = d
        return webhook_payload_guest_registered

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

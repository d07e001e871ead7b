from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_ticket_data import WebhookTicketData


T = TypeVar("T", bound="WebhookPayloadTicketRegistered")


@_attrs_define
class WebhookPayloadTicketRegistered:
    """Notification that one ticket was bought or registered.

    Attributes:
        type_ (Literal['ticket.registered']): The notification type, always `ticket.registered`.
        data (WebhookTicketData): The data of a `ticket.registered` notification: the ticket holder's guest record (as
            in `guest.registered`) plus the single ticket that caused the notification.
    """

    type_: Literal["ticket.registered"]
    data: WebhookTicketData
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
        from ..models.webhook_ticket_data import WebhookTicketData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["ticket.registered"], d.pop("type"))
        if type_ != "ticket.registered":
            raise ValueError(f"type must match const 'ticket.registered', got '{type_}'")

        data = WebhookTicketData.from_dict(d.pop("data"))

        webhook_payload_ticket_registered = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_ticket_registered.additional_properties = d
        return webhook_payload_ticket_registered

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

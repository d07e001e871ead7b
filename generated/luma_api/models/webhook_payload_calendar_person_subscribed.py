from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_data import WebhookContactData


T = TypeVar("T", bound="WebhookPayloadCalendarPersonSubscribed")


@_attrs_define
class WebhookPayloadCalendarPersonSubscribed:
    """Notification that a person subscribed to the calendar.

    Attributes:
        type_ (Literal['calendar.person.subscribed']): The notification type, always `calendar.person.subscribed`.
        data (WebhookContactData): The new contact in a `calendar.person.subscribed` notification: the calendar's view
            of the person (counters, tags, membership) with the Luma user nested under `user` rather than flattened as in
            the contacts list.
    """

    type_: Literal["calendar.person.subscribed"]
    data: WebhookContactData
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
        from ..models.webhook_contact_data import WebhookContactData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["calendar.person.subscribed"], d.pop("type"))
        if type_ != "calendar.person.subscribed":
            raise ValueError(f"type must match const 'calendar.person.subscribed', got '{type_}'")

        data = WebhookContactData.from_dict(d.pop("data"))

        webhook_payload_calendar_person_subscribed = cls(
            type_=type_,
            data=data,
        )

        webhook_payload_calendar_person_subscribed.additional_properties = d
        return webhook_payload_calendar_person_subscribed

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_input import GuestInput


T = TypeVar("T", bound="SendEventInvitesRequest")


@_attrs_define
class SendEventInvitesRequest:
    """Body of `send_event_invites`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guests (list[GuestInput]): The people to invite.
        message (None | str | Unset): A personal note added to the invitation, at most 200 characters.
    """

    event_id: str
    guests: list[GuestInput]
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "guests": guests,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_input import GuestInput  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        guests = []
        _guests = d.pop("guests")
        for guests_item_data in _guests:
            guests_item = GuestInput.from_dict(guests_item_data)

            guests.append(guests_item)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        send_event_invites_request = cls(
            event_id=event_id,
            guests=guests,
            message=message,
        )

        send_event_invites_request.additional_properties = d
        return send_event_invites_request

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

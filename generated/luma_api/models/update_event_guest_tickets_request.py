from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventGuestTicketsRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "event_id",
        "guest_id",
        "ticket_ids_to_remove",
        "tickets_to_add",
        "send_email",
    }
)


@_attrs_define
class UpdateEventGuestTicketsRequest:
    """Body of `update_event_guest_tickets`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guest_id (str): Id of the guest whose tickets change, usually starting with `gst-`.
        ticket_ids_to_remove (list[str] | Unset): Ids of the guest's tickets to remove (see `EventTicket.id`). No refund
            is issued.
        tickets_to_add (list[TicketTypeRef] | Unset): Ticket types to add one complimentary ticket of each.
        send_email (bool | Unset): Whether the guest is emailed about the change.
    """

    event_id: str
    guest_id: str
    ticket_ids_to_remove: list[str] | Unset = UNSET
    tickets_to_add: list[TicketTypeRef] | Unset = UNSET
    send_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        guest_id = self.guest_id

        ticket_ids_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.ticket_ids_to_remove, Unset):
            ticket_ids_to_remove = self.ticket_ids_to_remove

        tickets_to_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tickets_to_add, Unset):
            tickets_to_add = []
            for tickets_to_add_item_data in self.tickets_to_add:
                tickets_to_add_item = tickets_to_add_item_data.to_dict()
                tickets_to_add.append(tickets_to_add_item)

        send_email = self.send_email

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["event_id"] = event_id
        field_dict["guest_id"] = guest_id
        if ticket_ids_to_remove is not UNSET:
            field_dict["ticket_ids_to_remove"] = ticket_ids_to_remove
        if tickets_to_add is not UNSET:
            field_dict["tickets_to_add"] = tickets_to_add
        if send_email is not UNSET:
            field_dict["send_email"] = send_email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _ticket_ids_to_remove = data.get("ticket_ids_to_remove", UNSET)
        _tickets_to_add = data.get("tickets_to_add", UNSET)
        _send_email = data.get("send_email", UNSET)
        instance = _new_instance(cls)
        instance.event_id = data["event_id"]
        instance.guest_id = data["guest_id"]
        instance.ticket_ids_to_remove = _ticket_ids_to_remove
        instance.tickets_to_add = (
            _tickets_to_add if _tickets_to_add is UNSET else list(map(TicketTypeRef.from_dict, _tickets_to_add))
        )
        instance.send_email = _send_email
        if len(data) > 2 + (_ticket_ids_to_remove is not UNSET) + (_tickets_to_add is not UNSET) + (
            _send_email is not UNSET
        ):
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


from ..models.ticket_type_ref import TicketTypeRef

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_type_ref import TicketTypeRef


T = TypeVar("T", bound="UpdateEventGuestTicketsRequest")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "guest_id": guest_id,
            }
        )
        if ticket_ids_to_remove is not UNSET:
            field_dict["ticket_ids_to_remove"] = ticket_ids_to_remove
        if tickets_to_add is not UNSET:
            field_dict["tickets_to_add"] = tickets_to_add
        if send_email is not UNSET:
            field_dict["send_email"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_type_ref import TicketTypeRef  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        guest_id = d.pop("guest_id")

        ticket_ids_to_remove = cast(list[str], d.pop("ticket_ids_to_remove", UNSET))

        _tickets_to_add = d.pop("tickets_to_add", UNSET)
        tickets_to_add: list[TicketTypeRef] | Unset = UNSET
        if _tickets_to_add is not UNSET:
            tickets_to_add = []
            for tickets_to_add_item_data in _tickets_to_add:
                tickets_to_add_item = TicketTypeRef.from_dict(tickets_to_add_item_data)

                tickets_to_add.append(tickets_to_add_item)

        send_email = d.pop("send_email", UNSET)

        update_event_guest_tickets_request = cls(
            event_id=event_id,
            guest_id=guest_id,
            ticket_ids_to_remove=ticket_ids_to_remove,
            tickets_to_add=tickets_to_add,
            send_email=send_email,
        )

        update_event_guest_tickets_request.additional_properties = d
        return update_event_guest_tickets_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_guest_approval_status import AddGuestApprovalStatus, check_add_guest_approval_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_input import GuestInput
    from ..models.registration_answer_input import RegistrationAnswerInput
    from ..models.ticket_type_ref import TicketTypeRef


T = TypeVar("T", bound="AddEventGuestsRequest")


@_attrs_define
class AddEventGuestsRequest:
    """Body of `add_event_guests`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        guests (list[GuestInput]): The people to add.
        registration_answers (list[RegistrationAnswerInput] | Unset): Answers to the event's registration questions to
            store for the added guests. Accepted by the current API version only.
        ticket (None | TicketTypeRef | Unset): Give each guest one ticket of this type instead of the default type.
            Cannot be combined with `tickets`.
        tickets (list[TicketTypeRef] | None | Unset): Give each guest one ticket of every listed type. Cannot be
            combined with `ticket`.
        approval_status (AddGuestApprovalStatus | None | Unset): Status given to the added guests; `approved` (going)
            when omitted or null.
        send_email (bool | None | Unset): Whether the guests are emailed about being added; true when omitted or null.
    """

    event_id: str
    guests: list[GuestInput]
    registration_answers: list[RegistrationAnswerInput] | Unset = UNSET
    ticket: None | TicketTypeRef | Unset = UNSET
    tickets: list[TicketTypeRef] | None | Unset = UNSET
    approval_status: AddGuestApprovalStatus | None | Unset = UNSET
    send_email: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_type_ref import TicketTypeRef  # noqa: PLC0415

        event_id = self.event_id

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        registration_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_answers, Unset):
            registration_answers = []
            for registration_answers_item_data in self.registration_answers:
                registration_answers_item = registration_answers_item_data.to_dict()
                registration_answers.append(registration_answers_item)

        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketTypeRef):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        tickets: list[dict[str, Any]] | None | Unset
        if isinstance(self.tickets, Unset):
            tickets = UNSET
        elif isinstance(self.tickets, list):
            tickets = []
            for tickets_type_0_item_data in self.tickets:
                tickets_type_0_item = tickets_type_0_item_data.to_dict()
                tickets.append(tickets_type_0_item)

        else:
            tickets = self.tickets

        approval_status: None | str | Unset
        if isinstance(self.approval_status, Unset):
            approval_status = UNSET
        elif isinstance(self.approval_status, str):
            approval_status = self.approval_status
        else:
            approval_status = self.approval_status

        send_email: bool | None | Unset
        if isinstance(self.send_email, Unset):
            send_email = UNSET
        else:
            send_email = self.send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "guests": guests,
            }
        )
        if registration_answers is not UNSET:
            field_dict["registration_answers"] = registration_answers
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if tickets is not UNSET:
            field_dict["tickets"] = tickets
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if send_email is not UNSET:
            field_dict["send_email"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guest_input import GuestInput  # noqa: PLC0415
        from ..models.registration_answer_input import RegistrationAnswerInput  # noqa: PLC0415
        from ..models.ticket_type_ref import TicketTypeRef  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        guests = []
        _guests = d.pop("guests")
        for guests_item_data in _guests:
            guests_item = GuestInput.from_dict(guests_item_data)

            guests.append(guests_item)

        _registration_answers = d.pop("registration_answers", UNSET)
        registration_answers: list[RegistrationAnswerInput] | Unset = UNSET
        if _registration_answers is not UNSET:
            registration_answers = []
            for registration_answers_item_data in _registration_answers:
                registration_answers_item = RegistrationAnswerInput.from_dict(registration_answers_item_data)

                registration_answers.append(registration_answers_item)

        def _parse_ticket(data: object) -> None | TicketTypeRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticket_type_0 = TicketTypeRef.from_dict(data)

                return ticket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketTypeRef | Unset, data)

        ticket = _parse_ticket(d.pop("ticket", UNSET))

        def _parse_tickets(data: object) -> list[TicketTypeRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tickets_type_0 = []
                _tickets_type_0 = data
                for tickets_type_0_item_data in _tickets_type_0:
                    tickets_type_0_item = TicketTypeRef.from_dict(tickets_type_0_item_data)

                    tickets_type_0.append(tickets_type_0_item)

                return tickets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TicketTypeRef] | None | Unset, data)

        tickets = _parse_tickets(d.pop("tickets", UNSET))

        def _parse_approval_status(data: object) -> AddGuestApprovalStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_status_type_0 = check_add_guest_approval_status(data)

                return approval_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddGuestApprovalStatus | None | Unset, data)

        approval_status = _parse_approval_status(d.pop("approval_status", UNSET))

        def _parse_send_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_email = _parse_send_email(d.pop("send_email", UNSET))

        add_event_guests_request = cls(
            event_id=event_id,
            guests=guests,
            registration_answers=registration_answers,
            ticket=ticket,
            tickets=tickets,
            approval_status=approval_status,
            send_email=send_email,
        )

        add_event_guests_request.additional_properties = d
        return add_event_guests_request

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

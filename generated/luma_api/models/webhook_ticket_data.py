from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guest_approval_status import GuestApprovalStatus, check_guest_approval_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_ticket import EventTicket
    from ..models.event_ticket_order import EventTicketOrder
    from ..models.registration_answer import RegistrationAnswer
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookTicketData")


@_attrs_define
class WebhookTicketData:
    """The data of a `ticket.registered` notification: the ticket holder's guest record (as in `guest.registered`) plus the
    single ticket that caused the notification.

        Attributes:
            id (str): Guest id, starting with `gst-`.
            user_id (str): Id of the guest's Luma user, starting with `usr-`.
            user_email (str): Email address of the guest's Luma account.
            user_name (None | str): The guest's display name; null when they have not set one.
            user_first_name (None | str): The guest's first name, when known.
            user_last_name (None | str): The guest's last name, when known.
            approval_status (GuestApprovalStatus | str): The guest's status for this event. Unknown future values are passed
                through as strings.
            check_in_qr_code (str): URL encoded in the guest's check-in QR code, such as `https://luma.com/check-
                in/evt-...?pk=g-...`; its `pk` value is the guest key. Older data uses the `lu.ma` domain.
            eth_address (None | str): The guest's Ethereum address (`0x` followed by 40 hex digits), if they provided one.
            solana_address (None | str): The guest's Solana address (base58, 32 to 44 characters), if they provided one.
            invited_at (datetime.datetime | None): When the guest was invited; null when they registered on their own.
            joined_at (datetime.datetime | None): When the guest first opened the online meeting link of the event; null if
                never.
            registered_at (datetime.datetime | None): When the guest registered; null if they have not (for example a
                pending invite).
            phone_number (None | str): The guest's phone number in international format (for example `+15555550123`), if
                known.
            registration_answers (list[RegistrationAnswer] | None): The guest's answers to the event's registration
                questions, if any.
            utm_source (None | str): The `utm_source` value of the link the guest registered through, for attribution. It
                replaces the older `custom_source` field.
            event_tickets (list[EventTicket]): The tickets the guest holds (empty when they hold none, for example when
                declined). Check-in is tracked per ticket.
            event_ticket_orders (list[EventTicketOrder]): The guest's ticket orders with amounts and any coupon used; empty
                for free registrations.
            event (WebhookEventData): The event carried by `event.*` notifications and nested in guest and ticket
                notifications: the regular event object plus its tags and the deprecated string coordinates that the events API
                no longer returns.
            event_ticket (EventTicket): One ticket held by a guest. Amounts are in the minor unit of `currency` (cents for
                `usd`). Older responses named the id `api_id` and the type id `event_ticket_type_api_id`.
            custom_source (None | str | Unset): Older name for the registration's source tracking value; read `utm_source`
                instead.
    """

    id: str
    user_id: str
    user_email: str
    user_name: None | str
    user_first_name: None | str
    user_last_name: None | str
    approval_status: GuestApprovalStatus | str
    check_in_qr_code: str
    eth_address: None | str
    solana_address: None | str
    invited_at: datetime.datetime | None
    joined_at: datetime.datetime | None
    registered_at: datetime.datetime | None
    phone_number: None | str
    registration_answers: list[RegistrationAnswer] | None
    utm_source: None | str
    event_tickets: list[EventTicket]
    event_ticket_orders: list[EventTicketOrder]
    event: WebhookEventData
    event_ticket: EventTicket
    custom_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_email = self.user_email

        user_name: None | str
        user_name = self.user_name

        user_first_name: None | str
        user_first_name = self.user_first_name

        user_last_name: None | str
        user_last_name = self.user_last_name

        approval_status: str
        if isinstance(self.approval_status, str):
            approval_status = self.approval_status
        else:
            approval_status = self.approval_status

        check_in_qr_code = self.check_in_qr_code

        eth_address: None | str
        eth_address = self.eth_address

        solana_address: None | str
        solana_address = self.solana_address

        invited_at: None | str
        if isinstance(self.invited_at, datetime.datetime):
            invited_at = self.invited_at.isoformat()
        else:
            invited_at = self.invited_at

        joined_at: None | str
        if isinstance(self.joined_at, datetime.datetime):
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        registered_at: None | str
        if isinstance(self.registered_at, datetime.datetime):
            registered_at = self.registered_at.isoformat()
        else:
            registered_at = self.registered_at

        phone_number: None | str
        phone_number = self.phone_number

        registration_answers: list[dict[str, Any]] | None
        if isinstance(self.registration_answers, list):
            registration_answers = []
            for registration_answers_type_0_item_data in self.registration_answers:
                registration_answers_type_0_item = registration_answers_type_0_item_data.to_dict()
                registration_answers.append(registration_answers_type_0_item)

        else:
            registration_answers = self.registration_answers

        utm_source: None | str
        utm_source = self.utm_source

        event_tickets = []
        for event_tickets_item_data in self.event_tickets:
            event_tickets_item = event_tickets_item_data.to_dict()
            event_tickets.append(event_tickets_item)

        event_ticket_orders = []
        for event_ticket_orders_item_data in self.event_ticket_orders:
            event_ticket_orders_item = event_ticket_orders_item_data.to_dict()
            event_ticket_orders.append(event_ticket_orders_item)

        event = self.event.to_dict()

        event_ticket = self.event_ticket.to_dict()

        custom_source: None | str | Unset
        if isinstance(self.custom_source, Unset):
            custom_source = UNSET
        else:
            custom_source = self.custom_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "user_email": user_email,
                "user_name": user_name,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "approval_status": approval_status,
                "check_in_qr_code": check_in_qr_code,
                "eth_address": eth_address,
                "solana_address": solana_address,
                "invited_at": invited_at,
                "joined_at": joined_at,
                "registered_at": registered_at,
                "phone_number": phone_number,
                "registration_answers": registration_answers,
                "utm_source": utm_source,
                "event_tickets": event_tickets,
                "event_ticket_orders": event_ticket_orders,
                "event": event,
                "event_ticket": event_ticket,
            }
        )
        if custom_source is not UNSET:
            field_dict["custom_source"] = custom_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_ticket import EventTicket  # noqa: PLC0415
        from ..models.event_ticket_order import EventTicketOrder  # noqa: PLC0415
        from ..models.registration_answer import RegistrationAnswer  # noqa: PLC0415
        from ..models.webhook_event_data import WebhookEventData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        user_email = d.pop("user_email")

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_user_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_first_name = _parse_user_first_name(d.pop("user_first_name"))

        def _parse_user_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_last_name = _parse_user_last_name(d.pop("user_last_name"))

        def _parse_approval_status(data: object) -> GuestApprovalStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_status_type_0 = check_guest_approval_status(data)

                return approval_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuestApprovalStatus | str, data)

        approval_status = _parse_approval_status(d.pop("approval_status"))

        check_in_qr_code = d.pop("check_in_qr_code")

        def _parse_eth_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        eth_address = _parse_eth_address(d.pop("eth_address"))

        def _parse_solana_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        solana_address = _parse_solana_address(d.pop("solana_address"))

        def _parse_invited_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invited_at_type_0 = datetime.datetime.fromisoformat(data)

                return invited_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        invited_at = _parse_invited_at(d.pop("invited_at"))

        def _parse_joined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_at_type_0 = datetime.datetime.fromisoformat(data)

                return joined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        joined_at = _parse_joined_at(d.pop("joined_at"))

        def _parse_registered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_at_type_0 = datetime.datetime.fromisoformat(data)

                return registered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        registered_at = _parse_registered_at(d.pop("registered_at"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        def _parse_registration_answers(data: object) -> list[RegistrationAnswer] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registration_answers_type_0 = []
                _registration_answers_type_0 = data
                for registration_answers_type_0_item_data in _registration_answers_type_0:
                    registration_answers_type_0_item = RegistrationAnswer.from_dict(
                        registration_answers_type_0_item_data
                    )

                    registration_answers_type_0.append(registration_answers_type_0_item)

                return registration_answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegistrationAnswer] | None, data)

        registration_answers = _parse_registration_answers(d.pop("registration_answers"))

        def _parse_utm_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        utm_source = _parse_utm_source(d.pop("utm_source"))

        event_tickets = []
        _event_tickets = d.pop("event_tickets")
        for event_tickets_item_data in _event_tickets:
            event_tickets_item = EventTicket.from_dict(event_tickets_item_data)

            event_tickets.append(event_tickets_item)

        event_ticket_orders = []
        _event_ticket_orders = d.pop("event_ticket_orders")
        for event_ticket_orders_item_data in _event_ticket_orders:
            event_ticket_orders_item = EventTicketOrder.from_dict(event_ticket_orders_item_data)

            event_ticket_orders.append(event_ticket_orders_item)

        event = WebhookEventData.from_dict(d.pop("event"))

        event_ticket = EventTicket.from_dict(d.pop("event_ticket"))

        def _parse_custom_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_source = _parse_custom_source(d.pop("custom_source", UNSET))

        webhook_ticket_data = cls(
            id=id,
            user_id=user_id,
            user_email=user_email,
            user_name=user_name,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            approval_status=approval_status,
            check_in_qr_code=check_in_qr_code,
            eth_address=eth_address,
            solana_address=solana_address,
            invited_at=invited_at,
            joined_at=joined_at,
            registered_at=registered_at,
            phone_number=phone_number,
            registration_answers=registration_answers,
            utm_source=utm_source,
            event_tickets=event_tickets,
            event_ticket_orders=event_ticket_orders,
            event=event,
            event_ticket=event_ticket,
            custom_source=custom_source,
        )

        webhook_ticket_data.additional_properties = d
        return webhook_ticket_data

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

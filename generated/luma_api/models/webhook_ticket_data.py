from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guest_approval_status import GuestApprovalStatus
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookTicketData")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "user_email",
        "user_name",
        "user_first_name",
        "user_last_name",
        "approval_status",
        "check_in_qr_code",
        "eth_address",
        "solana_address",
        "invited_at",
        "joined_at",
        "registered_at",
        "phone_number",
        "registration_answers",
        "utm_source",
        "event_tickets",
        "event_ticket_orders",
        "event",
        "event_ticket",
        "custom_source",
    }
)


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
            notifications: the shared event fields plus the description, its tags and the deprecated string coordinates that
            the events API no longer returns. Unlike `/v1/events/get` it has no `hosts`.
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
            if self.invited_at.utcoffset() is None:
                raise ValueError(
                    f"invited_at: naive datetime {self.invited_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            invited_at = self.invited_at.isoformat()
        else:
            invited_at = self.invited_at

        joined_at: None | str
        if isinstance(self.joined_at, datetime.datetime):
            if self.joined_at.utcoffset() is None:
                raise ValueError(
                    f"joined_at: naive datetime {self.joined_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        registered_at: None | str
        if isinstance(self.registered_at, datetime.datetime):
            if self.registered_at.utcoffset() is None:
                raise ValueError(
                    f"registered_at: naive datetime {self.registered_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["user_email"] = user_email
        field_dict["user_name"] = user_name
        field_dict["user_first_name"] = user_first_name
        field_dict["user_last_name"] = user_last_name
        field_dict["approval_status"] = approval_status
        field_dict["check_in_qr_code"] = check_in_qr_code
        field_dict["eth_address"] = eth_address
        field_dict["solana_address"] = solana_address
        field_dict["invited_at"] = invited_at
        field_dict["joined_at"] = joined_at
        field_dict["registered_at"] = registered_at
        field_dict["phone_number"] = phone_number
        field_dict["registration_answers"] = registration_answers
        field_dict["utm_source"] = utm_source
        field_dict["event_tickets"] = event_tickets
        field_dict["event_ticket_orders"] = event_ticket_orders
        field_dict["event"] = event
        field_dict["event_ticket"] = event_ticket
        if custom_source is not UNSET:
            field_dict["custom_source"] = custom_source
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _custom_source = data.get("custom_source", UNSET)
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.user_id = data["user_id"]
        instance.user_email = data["user_email"]
        instance.user_name = data["user_name"]
        instance.user_first_name = data["user_first_name"]
        instance.user_last_name = data["user_last_name"]
        instance.approval_status = data["approval_status"]
        instance.check_in_qr_code = data["check_in_qr_code"]
        instance.eth_address = data["eth_address"]
        instance.solana_address = data["solana_address"]
        _invited_at = data["invited_at"]
        instance.invited_at = None if _invited_at is None else _datetime_from_iso(_invited_at)
        _joined_at = data["joined_at"]
        instance.joined_at = None if _joined_at is None else _datetime_from_iso(_joined_at)
        _registered_at = data["registered_at"]
        instance.registered_at = None if _registered_at is None else _datetime_from_iso(_registered_at)
        instance.phone_number = data["phone_number"]
        _registration_answers = data["registration_answers"]
        instance.registration_answers = (
            None if _registration_answers is None else list(map(RegistrationAnswer.from_dict, _registration_answers))
        )
        instance.utm_source = data["utm_source"]
        instance.event_tickets = list(map(EventTicket.from_dict, data["event_tickets"]))
        instance.event_ticket_orders = list(map(EventTicketOrder.from_dict, data["event_ticket_orders"]))
        instance.event = WebhookEventData.from_dict(data["event"])
        instance.event_ticket = EventTicket.from_dict(data["event_ticket"])
        instance.custom_source = _custom_source
        if len(data) > 20 + (_custom_source is not UNSET):
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


from ..models.event_ticket import EventTicket
from ..models.event_ticket_order import EventTicketOrder
from ..models.registration_answer import RegistrationAnswer
from ..models.webhook_event_data import WebhookEventData

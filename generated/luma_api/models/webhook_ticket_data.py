from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.guest_approval_status import GuestApprovalStatus
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookTicketData")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict

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
class WebhookTicketData(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _user_id = data["user_id"]
        _user_email = data["user_email"]
        _user_name = data["user_name"]
        _user_first_name = data["user_first_name"]
        _user_last_name = data["user_last_name"]
        _approval_status = data["approval_status"]
        _check_in_qr_code = data["check_in_qr_code"]
        _eth_address = data["eth_address"]
        _solana_address = data["solana_address"]
        _invited_at = data["invited_at"]
        _joined_at = data["joined_at"]
        _registered_at = data["registered_at"]
        _phone_number = data["phone_number"]
        _registration_answers = data["registration_answers"]
        _utm_source = data["utm_source"]
        _event_tickets = data["event_tickets"]
        _event_ticket_orders = data["event_ticket_orders"]
        _event = data["event"]
        _event_ticket = data["event_ticket"]
        _custom_source = data.get("custom_source", UNSET)
        if not (
            _id.__class__ is _STR
            and _user_id.__class__ is _STR
            and _user_email.__class__ is _STR
            and (_user_name.__class__ is _STR or _user_name is None)
            and (_user_first_name.__class__ is _STR or _user_first_name is None)
            and (_user_last_name.__class__ is _STR or _user_last_name is None)
            and (_approval_status.__class__ is _STR)
            and _check_in_qr_code.__class__ is _STR
            and (_eth_address.__class__ is _STR or _eth_address is None)
            and (_solana_address.__class__ is _STR or _solana_address is None)
            and (_invited_at.__class__ is _STR or _invited_at is None)
            and (_joined_at.__class__ is _STR or _joined_at is None)
            and (_registered_at.__class__ is _STR or _registered_at is None)
            and (_phone_number.__class__ is _STR or _phone_number is None)
            and (_registration_answers.__class__ is _LIST or _registration_answers is None)
            and (_utm_source.__class__ is _STR or _utm_source is None)
            and _event_tickets.__class__ is _LIST
            and _event_ticket_orders.__class__ is _LIST
            and (_custom_source is UNSET or (_custom_source.__class__ is _STR or _custom_source is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _user_id,
            _user_email,
            _user_name,
            _user_first_name,
            _user_last_name,
            _approval_status,
            _check_in_qr_code,
            _eth_address,
            _solana_address,
            None if _invited_at is None else _datetime_from_iso(_invited_at),
            None if _joined_at is None else _datetime_from_iso(_joined_at),
            None if _registered_at is None else _datetime_from_iso(_registered_at),
            _phone_number,
            None if _registration_answers is None else list(map(RegistrationAnswer.from_dict, _registration_answers)),
            _utm_source,
            list(map(EventTicket.from_dict, _event_tickets)),
            list(map(EventTicketOrder.from_dict, _event_ticket_orders)),
            WebhookEventData.from_dict(_event),
            EventTicket.from_dict(_event_ticket),
            _custom_source,
        )
        if len(data) > 20 + (_custom_source is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.event_ticket import EventTicket
from ..models.event_ticket_order import EventTicketOrder
from ..models.registration_answer import RegistrationAnswer
from ..models.webhook_event_data import WebhookEventData

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("user_id", "user_id", True, str),
    ("user_email", "user_email", True, str),
    (
        "user_name",
        "user_name",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "user_first_name",
        "user_first_name",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "user_last_name",
        "user_last_name",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "approval_status",
        "approval_status",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "approved",
                        "declined",
                        "invited",
                        "pending_approval",
                        "session",
                        "waitlist",
                    ),
                ),
                str,
            ),
        ),
    ),
    ("check_in_qr_code", "check_in_qr_code", True, str),
    (
        "eth_address",
        "eth_address",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "solana_address",
        "solana_address",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "invited_at",
        "invited_at",
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "joined_at",
        "joined_at",
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "registered_at",
        "registered_at",
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "phone_number",
        "phone_number",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "registration_answers",
        "registration_answers",
        True,
        (
            "union",
            (
                ("list", RegistrationAnswer),
                None,
            ),
        ),
    ),
    (
        "utm_source",
        "utm_source",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("event_tickets", "event_tickets", True, ("list", EventTicket)),
    ("event_ticket_orders", "event_ticket_orders", True, ("list", EventTicketOrder)),
    ("event", "event", True, WebhookEventData),
    ("event_ticket", "event_ticket", True, EventTicket),
    (
        "custom_source",
        "custom_source",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)

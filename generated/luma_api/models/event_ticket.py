from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="EventTicket")


@_attrs_define
class EventTicket:
    """One ticket held by a guest. Amounts are in the minor unit of `currency` (cents for `usd`). Older responses named the
    id `api_id` and the type id `event_ticket_type_api_id`.

        Attributes:
            id (str): Ticket id. Luma's documentation gives the prefix `tkt-`; treat the value as opaque. Used in
                `ticket_ids_to_remove` of `update_event_guest_tickets`.
            amount (float): Price of the ticket in minor units; 0 for free and complimentary tickets.
            amount_discount (float): Discount applied to the ticket, in minor units.
            amount_tax (float): Tax charged on the ticket, in minor units.
            currency (Currency | None | str): Currency of the amounts; null for free tickets.
            checked_in_at (datetime.datetime | None): When this ticket was checked in at the event; null until then.
            event_ticket_type_id (str): Id of the ticket type this ticket belongs to (opaque, see `TicketType.id`).
            is_captured (bool): Whether the payment for the ticket has been captured.
            name (str): Name of the ticket type at the time of issue, such as `General Admission`.
    """

    id: str
    amount: float
    amount_discount: float
    amount_tax: float
    currency: Currency | None | str
    checked_in_at: datetime.datetime | None
    event_ticket_type_id: str
    is_captured: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        amount_discount = self.amount_discount

        amount_tax = self.amount_tax

        currency: None | str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        checked_in_at: None | str
        if isinstance(self.checked_in_at, datetime.datetime):
            checked_in_at = self.checked_in_at.isoformat()
        else:
            checked_in_at = self.checked_in_at

        event_ticket_type_id = self.event_ticket_type_id

        is_captured = self.is_captured

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "amount_discount": amount_discount,
                "amount_tax": amount_tax,
                "currency": currency,
                "checked_in_at": checked_in_at,
                "event_ticket_type_id": event_ticket_type_id,
                "is_captured": is_captured,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        amount_discount = d.pop("amount_discount")

        amount_tax = d.pop("amount_tax")

        def _parse_currency(data: object) -> Currency | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = check_currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_checked_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return checked_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        checked_in_at = _parse_checked_in_at(d.pop("checked_in_at"))

        event_ticket_type_id = d.pop("event_ticket_type_id")

        is_captured = d.pop("is_captured")

        name = d.pop("name")

        event_ticket = cls(
            id=id,
            amount=amount,
            amount_discount=amount_discount,
            amount_tax=amount_tax,
            currency=currency,
            checked_in_at=checked_in_at,
            event_ticket_type_id=event_ticket_type_id,
            is_captured=is_captured,
            name=name,
        )

        event_ticket.additional_properties = d
        return event_ticket

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

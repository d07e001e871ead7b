from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_type_kind import TicketTypeKind, check_ticket_type_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketTypeRequest")


@_attrs_define
class CreateTicketTypeRequest:
    """Body of `create_ticket_type`.

    Attributes:
        event_id (str): Id of the event, usually starting with `evt-`.
        name (str): Name shown to guests.
        type_ (TicketTypeKind): Whether tickets of a type are free or paid. (Older responses used `fiat-price` for paid
            types.)
        require_approval (bool | Unset): Whether registrations with this ticket need a host's approval.
        is_hidden (bool | Unset): Hide the type from the event page; it can then be unlocked with a coupon code.
        description (None | str | Unset): Text shown with the ticket type.
        valid_start_at (datetime.date | None | Unset): First day of sale, as an ISO 8601 date (`2025-09-01`), not a
            date-time.
        valid_end_at (datetime.date | None | Unset): Last day of sale, as an ISO 8601 date, not a date-time.
        max_capacity (float | None | Unset): Maximum number of tickets of this type; null for no limit.
        cents (float | None | Unset): Price in minor units of `currency` (for example 2500 for 25.00 USD).
        currency (None | str | Unset): Lowercase currency code of the price, such as `usd`.
        is_flexible (bool | Unset): Let guests choose how much to pay (pay what you want).
        min_cents (float | None | Unset): Minimum price in minor units for a flexible-price type.
    """

    event_id: str
    name: str
    type_: TicketTypeKind
    require_approval: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    valid_start_at: datetime.date | None | Unset = UNSET
    valid_end_at: datetime.date | None | Unset = UNSET
    max_capacity: float | None | Unset = UNSET
    cents: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    is_flexible: bool | Unset = UNSET
    min_cents: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        name = self.name

        type_: str = self.type_

        require_approval = self.require_approval

        is_hidden = self.is_hidden

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        valid_start_at: None | str | Unset
        if isinstance(self.valid_start_at, Unset):
            valid_start_at = UNSET
        elif isinstance(self.valid_start_at, datetime.date):
            valid_start_at = self.valid_start_at.isoformat()
        else:
            valid_start_at = self.valid_start_at

        valid_end_at: None | str | Unset
        if isinstance(self.valid_end_at, Unset):
            valid_end_at = UNSET
        elif isinstance(self.valid_end_at, datetime.date):
            valid_end_at = self.valid_end_at.isoformat()
        else:
            valid_end_at = self.valid_end_at

        max_capacity: float | None | Unset
        if isinstance(self.max_capacity, Unset):
            max_capacity = UNSET
        else:
            max_capacity = self.max_capacity

        cents: float | None | Unset
        if isinstance(self.cents, Unset):
            cents = UNSET
        else:
            cents = self.cents

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        is_flexible = self.is_flexible

        min_cents: float | None | Unset
        if isinstance(self.min_cents, Unset):
            min_cents = UNSET
        else:
            min_cents = self.min_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "name": name,
                "type": type_,
            }
        )
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if description is not UNSET:
            field_dict["description"] = description
        if valid_start_at is not UNSET:
            field_dict["valid_start_at"] = valid_start_at
        if valid_end_at is not UNSET:
            field_dict["valid_end_at"] = valid_end_at
        if max_capacity is not UNSET:
            field_dict["max_capacity"] = max_capacity
        if cents is not UNSET:
            field_dict["cents"] = cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_flexible is not UNSET:
            field_dict["is_flexible"] = is_flexible
        if min_cents is not UNSET:
            field_dict["min_cents"] = min_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        name = d.pop("name")

        type_ = check_ticket_type_kind(d.pop("type"))

        require_approval = d.pop("require_approval", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_valid_start_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_start_at_type_0 = datetime.date.fromisoformat(data)

                return valid_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_start_at = _parse_valid_start_at(d.pop("valid_start_at", UNSET))

        def _parse_valid_end_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_end_at_type_0 = datetime.date.fromisoformat(data)

                return valid_end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_end_at = _parse_valid_end_at(d.pop("valid_end_at", UNSET))

        def _parse_max_capacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_capacity = _parse_max_capacity(d.pop("max_capacity", UNSET))

        def _parse_cents(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cents = _parse_cents(d.pop("cents", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        is_flexible = d.pop("is_flexible", UNSET)

        def _parse_min_cents(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_cents = _parse_min_cents(d.pop("min_cents", UNSET))

        create_ticket_type_request = cls(
            event_id=event_id,
            name=name,
            type_=type_,
            require_approval=require_approval,
            is_hidden=is_hidden,
            description=description,
            valid_start_at=valid_start_at,
            valid_end_at=valid_end_at,
            max_capacity=max_capacity,
            cents=cents,
            currency=currency,
            is_flexible=is_flexible,
            min_cents=min_cents,
        )

        create_ticket_type_request.additional_properties = d
        return create_ticket_type_request

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

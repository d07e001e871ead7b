from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_type_kind import TicketTypeKind, check_ticket_type_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTicketTypeRequest")


@_attrs_define
class UpdateTicketTypeRequest:
    """Body of `update_ticket_type`. Only the fields sent are changed.

    Attributes:
        event_ticket_type_id (str): Id of the ticket type to update (opaque, see `TicketType.id`).
        name (str | Unset): New name shown to guests.
        type_ (TicketTypeKind | Unset): Whether tickets of a type are free or paid. (Older responses used `fiat-price`
            for paid types.)
        require_approval (bool | Unset): Whether registrations with this ticket need a host's approval.
        is_hidden (bool | Unset): Hide or show the type on the event page.
        description (None | str | Unset): Text shown with the ticket type; null clears it.
        valid_start_at (datetime.date | None | Unset): First day of sale, as an ISO 8601 date; null removes the limit.
        valid_end_at (datetime.date | None | Unset): Last day of sale, as an ISO 8601 date; null removes the limit.
        max_capacity (float | None | Unset): Maximum number of tickets of this type; null removes the limit.
        cents (float | None | Unset): Price in minor units of `currency`.
        currency (None | str | Unset): Lowercase currency code of the price.
        is_flexible (bool | Unset): Let guests choose how much to pay.
        min_cents (float | None | Unset): Minimum price in minor units for a flexible-price type.
    """

    event_ticket_type_id: str
    name: str | Unset = UNSET
    type_: TicketTypeKind | Unset = UNSET
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
        event_ticket_type_id = self.event_ticket_type_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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
                "event_ticket_type_id": event_ticket_type_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        event_ticket_type_id = d.pop("event_ticket_type_id")

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TicketTypeKind | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_ticket_type_kind(_type_)

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

        update_ticket_type_request = cls(
            event_ticket_type_id=event_ticket_type_id,
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

        update_ticket_type_request.additional_properties = d
        return update_ticket_type_request

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

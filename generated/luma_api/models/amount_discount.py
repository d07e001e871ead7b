from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="AmountDiscount")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "discount_type",
        "cents_off",
        "currency",
    }
)


@_attrs_define
class AmountDiscount:
    """A fixed amount off the ticket price, in one currency.

    Attributes:
        discount_type (Literal['amount']): Marks a fixed-amount discount.
        cents_off (int): The amount taken off, in minor units of `currency` (cents for `usd`).
        currency (Currency): Lowercase ISO 4217 currency code, plus Luma's two Solana tokens.
    """

    discount_type: Literal["amount"]
    cents_off: int
    currency: Currency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type

        cents_off = self.cents_off

        currency: str = self.currency

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["discount_type"] = discount_type
        field_dict["cents_off"] = cents_off
        field_dict["currency"] = currency
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.discount_type = _parse_discount_type(data["discount_type"])
        instance.cents_off = data["cents_off"]
        instance.currency = check_currency(data["currency"])
        if len(data) > 3:
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


def _parse_discount_type(data: Any) -> Literal["amount"]:
    if data != "amount":
        raise ValueError(f"discount_type must be 'amount', got {data!r}")
    return cast(Literal["amount"], data)

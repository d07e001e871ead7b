from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="AmountDiscount")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount_type": discount_type,
                "cents_off": cents_off,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount_type = cast(Literal["amount"], d.pop("discount_type"))
        if discount_type != "amount":
            raise ValueError(f"discount_type must match const 'amount', got '{discount_type}'")

        cents_off = d.pop("cents_off")

        currency = check_currency(d.pop("currency"))

        amount_discount = cls(
            discount_type=discount_type,
            cents_off=cents_off,
            currency=currency,
        )

        amount_discount.additional_properties = d
        return amount_discount

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipAccessInfoPaymentRecurring")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "currency",
        "stripe_account_id",
        "stripe_product_id",
        "require_approval",
        "stripe_monthly_price_id",
        "amount_monthly",
        "stripe_yearly_price_id",
        "amount_yearly",
    }
)


@_attrs_define
class MembershipAccessInfoPaymentRecurring:
    """Joining terms of a tier billed as a monthly and/or yearly Stripe subscription.

    Attributes:
        type_ (Literal['payment-recurring']): Always `payment-recurring` for this variant.
        currency (Currency | str): Currency of the subscription prices, as a lowercase code.
        stripe_account_id (str): The Stripe account that collects the subscription payments.
        stripe_product_id (str): The Stripe product that represents this tier.
        require_approval (bool): Whether an admin has to approve people before they become members; approving starts the
            subscription charge, declining cancels it.
        stripe_monthly_price_id (None | str | Unset): Stripe price used for monthly billing; null or absent when there
            is no monthly option.
        amount_monthly (int | None | Unset): Monthly price in the currency's minor unit (greater than zero); null or
            absent when there is no monthly option.
        stripe_yearly_price_id (None | str | Unset): Stripe price used for yearly billing; null or absent when there is
            no yearly option.
        amount_yearly (int | None | Unset): Yearly price in the currency's minor unit (greater than zero); null or
            absent when there is no yearly option.
    """

    type_: Literal["payment-recurring"]
    currency: Currency | str
    stripe_account_id: str
    stripe_product_id: str
    require_approval: bool
    stripe_monthly_price_id: None | str | Unset = UNSET
    amount_monthly: int | None | Unset = UNSET
    stripe_yearly_price_id: None | str | Unset = UNSET
    amount_yearly: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        currency: str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        stripe_account_id = self.stripe_account_id

        stripe_product_id = self.stripe_product_id

        require_approval = self.require_approval

        stripe_monthly_price_id: None | str | Unset
        if isinstance(self.stripe_monthly_price_id, Unset):
            stripe_monthly_price_id = UNSET
        else:
            stripe_monthly_price_id = self.stripe_monthly_price_id

        amount_monthly: int | None | Unset
        if isinstance(self.amount_monthly, Unset):
            amount_monthly = UNSET
        else:
            amount_monthly = self.amount_monthly

        stripe_yearly_price_id: None | str | Unset
        if isinstance(self.stripe_yearly_price_id, Unset):
            stripe_yearly_price_id = UNSET
        else:
            stripe_yearly_price_id = self.stripe_yearly_price_id

        amount_yearly: int | None | Unset
        if isinstance(self.amount_yearly, Unset):
            amount_yearly = UNSET
        else:
            amount_yearly = self.amount_yearly

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = type_
        field_dict["currency"] = currency
        field_dict["stripe_account_id"] = stripe_account_id
        field_dict["stripe_product_id"] = stripe_product_id
        field_dict["require_approval"] = require_approval
        if stripe_monthly_price_id is not UNSET:
            field_dict["stripe_monthly_price_id"] = stripe_monthly_price_id
        if amount_monthly is not UNSET:
            field_dict["amount_monthly"] = amount_monthly
        if stripe_yearly_price_id is not UNSET:
            field_dict["stripe_yearly_price_id"] = stripe_yearly_price_id
        if amount_yearly is not UNSET:
            field_dict["amount_yearly"] = amount_yearly
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _stripe_monthly_price_id = data.get("stripe_monthly_price_id", UNSET)
        _amount_monthly = data.get("amount_monthly", UNSET)
        _stripe_yearly_price_id = data.get("stripe_yearly_price_id", UNSET)
        _amount_yearly = data.get("amount_yearly", UNSET)
        instance = _new_instance(cls)
        instance.type_ = _parse_type_(data["type"])
        instance.currency = data["currency"]
        instance.stripe_account_id = data["stripe_account_id"]
        instance.stripe_product_id = data["stripe_product_id"]
        instance.require_approval = data["require_approval"]
        instance.stripe_monthly_price_id = _stripe_monthly_price_id
        instance.amount_monthly = _amount_monthly
        instance.stripe_yearly_price_id = _stripe_yearly_price_id
        instance.amount_yearly = _amount_yearly
        if len(data) > 5 + (_stripe_monthly_price_id is not UNSET) + (_amount_monthly is not UNSET) + (
            _stripe_yearly_price_id is not UNSET
        ) + (_amount_yearly is not UNSET):
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


def _parse_type_(data: Any) -> Literal["payment-recurring"]:
    if data != "payment-recurring":
        raise ValueError(f"type must be 'payment-recurring', got {data!r}")
    return cast(Literal["payment-recurring"], data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipAccessInfoPaymentRecurring")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "currency": currency,
                "stripe_account_id": stripe_account_id,
                "stripe_product_id": stripe_product_id,
                "require_approval": require_approval,
            }
        )
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
        d = dict(src_dict)
        type_ = cast(Literal["payment-recurring"], d.pop("type"))
        if type_ != "payment-recurring":
            raise ValueError(f"type must match const 'payment-recurring', got '{type_}'")

        def _parse_currency(data: object) -> Currency | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = check_currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | str, data)

        currency = _parse_currency(d.pop("currency"))

        stripe_account_id = d.pop("stripe_account_id")

        stripe_product_id = d.pop("stripe_product_id")

        require_approval = d.pop("require_approval")

        def _parse_stripe_monthly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_monthly_price_id = _parse_stripe_monthly_price_id(d.pop("stripe_monthly_price_id", UNSET))

        def _parse_amount_monthly(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_monthly = _parse_amount_monthly(d.pop("amount_monthly", UNSET))

        def _parse_stripe_yearly_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_yearly_price_id = _parse_stripe_yearly_price_id(d.pop("stripe_yearly_price_id", UNSET))

        def _parse_amount_yearly(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_yearly = _parse_amount_yearly(d.pop("amount_yearly", UNSET))

        membership_access_info_payment_recurring = cls(
            type_=type_,
            currency=currency,
            stripe_account_id=stripe_account_id,
            stripe_product_id=stripe_product_id,
            require_approval=require_approval,
            stripe_monthly_price_id=stripe_monthly_price_id,
            amount_monthly=amount_monthly,
            stripe_yearly_price_id=stripe_yearly_price_id,
            amount_yearly=amount_yearly,
        )

        membership_access_info_payment_recurring.additional_properties = d
        return membership_access_info_payment_recurring

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

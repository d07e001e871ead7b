from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="MembershipAccessInfoPaymentOnce")


@_attrs_define
class MembershipAccessInfoPaymentOnce:
    """Joining terms of a tier paid for with a single payment.

    Attributes:
        type_ (Literal['payment-once']): Always `payment-once` for this variant.
        amount (int): Price of the tier in the currency's minor unit (for example cents); always greater than zero.
        currency (Currency | str): Currency of `amount`, as a lowercase code.
        require_approval (bool): Whether an admin has to approve people before they become members; the payment is
            captured when the member is approved.
    """

    type_: Literal["payment-once"]
    amount: int
    currency: Currency | str
    require_approval: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount = self.amount

        currency: str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        require_approval = self.require_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "currency": currency,
                "require_approval": require_approval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["payment-once"], d.pop("type"))
        if type_ != "payment-once":
            raise ValueError(f"type must match const 'payment-once', got '{type_}'")

        amount = d.pop("amount")

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

        require_approval = d.pop("require_approval")

        membership_access_info_payment_once = cls(
            type_=type_,
            amount=amount,
            currency=currency,
            require_approval=require_approval,
        )

        membership_access_info_payment_once.additional_properties = d
        return membership_access_info_payment_once

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

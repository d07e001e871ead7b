from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="MembershipAccessInfoPaymentOnce")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "amount",
        "currency",
        "require_approval",
    }
)


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

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = type_
        field_dict["amount"] = amount
        field_dict["currency"] = currency
        field_dict["require_approval"] = require_approval
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.type_ = _parse_type_(data["type"])
        instance.amount = data["amount"]
        instance.currency = data["currency"]
        instance.require_approval = data["require_approval"]
        if len(data) > 4:
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


def _parse_type_(data: Any) -> Literal["payment-once"]:
    if data != "payment-once":
        raise ValueError(f"type must be 'payment-once', got {data!r}")
    return cast(Literal["payment-once"], data)

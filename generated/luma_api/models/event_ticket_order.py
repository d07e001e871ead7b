from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventTicketOrder")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "amount",
        "amount_discount",
        "amount_tax",
        "currency",
        "coupon_info",
        "is_captured",
    }
)


@_attrs_define
class EventTicketOrder:
    """One order through which a guest obtained tickets. Amounts are in the minor unit of `currency`. The facts available
    do not say which fields are always present, so none is marked required.

    Attributes:
        id (str | Unset): Order id (no documented prefix).
        amount (float | Unset): Amount of the order in minor units.
        amount_discount (float | Unset): Discount applied to the order, in minor units.
        amount_tax (float | Unset): Tax charged on the order, in minor units.
        currency (Currency | None | str | Unset): Currency of the amounts; null for free orders.
        coupon_info (CouponInfo | None | Unset): The coupon used for this order; null when none was used.
        is_captured (bool | Unset): Whether the payment for the order has been captured.
    """

    id: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_discount: float | Unset = UNSET
    amount_tax: float | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
    coupon_info: CouponInfo | None | Unset = UNSET
    is_captured: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        amount_discount = self.amount_discount

        amount_tax = self.amount_tax

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        coupon_info: dict[str, Any] | None | Unset
        if isinstance(self.coupon_info, Unset):
            coupon_info = UNSET
        elif isinstance(self.coupon_info, CouponInfo):
            coupon_info = self.coupon_info.to_dict()
        else:
            coupon_info = self.coupon_info

        is_captured = self.is_captured

        field_dict: dict[str, Any] = dict(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_discount is not UNSET:
            field_dict["amount_discount"] = amount_discount
        if amount_tax is not UNSET:
            field_dict["amount_tax"] = amount_tax
        if currency is not UNSET:
            field_dict["currency"] = currency
        if coupon_info is not UNSET:
            field_dict["coupon_info"] = coupon_info
        if is_captured is not UNSET:
            field_dict["is_captured"] = is_captured
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _id = data.get("id", UNSET)
        _amount = data.get("amount", UNSET)
        _amount_discount = data.get("amount_discount", UNSET)
        _amount_tax = data.get("amount_tax", UNSET)
        _currency = data.get("currency", UNSET)
        _coupon_info = data.get("coupon_info", UNSET)
        _is_captured = data.get("is_captured", UNSET)
        instance = _new_instance(cls)
        instance.id = _id
        instance.amount = _amount
        instance.amount_discount = _amount_discount
        instance.amount_tax = _amount_tax
        instance.currency = _currency
        instance.coupon_info = (
            _coupon_info
            if _coupon_info is UNSET
            else None
            if _coupon_info is None
            else CouponInfo.from_dict(_coupon_info)
        )
        instance.is_captured = _is_captured
        if len(data) > 0 + (_id is not UNSET) + (_amount is not UNSET) + (_amount_discount is not UNSET) + (
            _amount_tax is not UNSET
        ) + (_currency is not UNSET) + (_coupon_info is not UNSET) + (_is_captured is not UNSET):
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


from ..models.coupon_info import CouponInfo

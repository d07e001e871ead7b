from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponInfo")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "api_id",
        "percent_off",
        "cents_off",
        "currency",
        "code",
    }
)


@_attrs_define
class CouponInfo:
    """Summary of the coupon applied to a ticket order. Exactly one of `percent_off` and `cents_off` is expected to be set.
    The facts available do not say which fields are always present, so none is marked required.

    Attributes:
        api_id (str | Unset): Id of the coupon (this object still uses the older `api_id` name).
        percent_off (float | None | Unset): Percentage discount, for percentage coupons.
        cents_off (float | None | Unset): Fixed discount in minor units of `currency`, for amount coupons.
        currency (Currency | None | str | Unset): Currency of `cents_off`; null for percentage coupons.
        code (str | Unset): The coupon code the guest entered.
    """

    api_id: str | Unset = UNSET
    percent_off: float | None | Unset = UNSET
    cents_off: float | None | Unset = UNSET
    currency: Currency | None | str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        cents_off: float | None | Unset
        if isinstance(self.cents_off, Unset):
            cents_off = UNSET
        else:
            cents_off = self.cents_off

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        code = self.code

        field_dict: dict[str, Any] = dict(self.additional_properties)
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if cents_off is not UNSET:
            field_dict["cents_off"] = cents_off
        if currency is not UNSET:
            field_dict["currency"] = currency
        if code is not UNSET:
            field_dict["code"] = code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _api_id = data.get("api_id", UNSET)
        _percent_off = data.get("percent_off", UNSET)
        _cents_off = data.get("cents_off", UNSET)
        _currency = data.get("currency", UNSET)
        _code = data.get("code", UNSET)
        instance = _new_instance(cls)
        instance.api_id = _api_id
        instance.percent_off = _percent_off
        instance.cents_off = _cents_off
        instance.currency = _currency
        instance.code = _code
        if len(data) > 0 + (_api_id is not UNSET) + (_percent_off is not UNSET) + (_cents_off is not UNSET) + (
            _currency is not UNSET
        ) + (_code is not UNSET):
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

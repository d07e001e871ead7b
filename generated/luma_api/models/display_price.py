from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="DisplayPrice")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "amount",
        "currency",
        "is_flexible",
    }
)


@_attrs_define
class DisplayPrice:
    """The price shown on the event page.

    Attributes:
        amount (int): Price in the currency's minor unit (for example cents), tax included.
        currency (Currency | str): Lowercase currency code of the price.
        is_flexible (bool): Whether guests may choose how much to pay (pay what you want); `amount` is then the starting
            point.
    """

    amount: int
    currency: Currency | str
    is_flexible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: str
        if isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        is_flexible = self.is_flexible

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = amount
        field_dict["currency"] = currency
        field_dict["is_flexible"] = is_flexible
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.amount = data["amount"]
        instance.currency = data["currency"]
        instance.is_flexible = data["is_flexible"]
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PercentDiscount")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "discount_type",
        "percent_off",
    }
)


@_attrs_define
class PercentDiscount:
    """A percentage off the ticket price.

    Attributes:
        discount_type (Literal['percent']): Marks a percentage discount.
        percent_off (float): The percentage taken off, from 0 to 100.
    """

    discount_type: Literal["percent"]
    percent_off: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type

        percent_off = self.percent_off

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["discount_type"] = discount_type
        field_dict["percent_off"] = percent_off
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.discount_type = _parse_discount_type(data["discount_type"])
        instance.percent_off = data["percent_off"]
        if len(data) > 2:
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


def _parse_discount_type(data: Any) -> Literal["percent"]:
    if data != "percent":
        raise ValueError(f"discount_type must be 'percent', got {data!r}")
    return cast(Literal["percent"], data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnapplyContactTagResponse")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "removed_count",
        "skipped_count",
    }
)


@_attrs_define
class UnapplyContactTagResponse:
    """Outcome of untagging contacts.

    Attributes:
        removed_count (int): Number of contacts the tag was removed from.
        skipped_count (int): Number of people skipped because they are not contacts of the calendar.
    """

    removed_count: int
    skipped_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        removed_count = self.removed_count

        skipped_count = self.skipped_count

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["removed_count"] = removed_count
        field_dict["skipped_count"] = skipped_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.removed_count = data["removed_count"]
        instance.skipped_count = data["skipped_count"]
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

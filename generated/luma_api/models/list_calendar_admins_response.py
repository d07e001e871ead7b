from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListCalendarAdminsResponse")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "entries",
        "has_more",
    }
)


@_attrs_define
class ListCalendarAdminsResponse:
    """Every admin of the calendar. The route takes no paging parameters, yet the answer carries `has_more` beside
    `entries`, like the tag lists.

    Attributes:
        entries (list[User]): The calendar's admins.
        has_more (bool): Whether more admins exist than this answer lists. There is no cursor to fetch them with, so
            expect `false`.
    """

    entries: list[User]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["entries"] = entries
        field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.entries = list(map(User.from_dict, data["entries"]))
        instance.has_more = data["has_more"]
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


from ..models.user import User

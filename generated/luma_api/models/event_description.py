from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventDescription")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "description",
        "description_md",
    }
)


@_attrs_define
class EventDescription:
    """The event description in its two forms. Only the single event (`/v1/events/get`) and the event in webhook deliveries
    carry it; list entries never do.

    Attributes:
        description (str): The event description as plain text.
        description_md (str): The event description as Markdown. Converting to and from Luma's rich text is not
            lossless.
    """

    description: str
    description_md: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        description_md = self.description_md

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = description
        field_dict["description_md"] = description_md
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.description = data["description"]
        instance.description_md = data["description_md"]
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

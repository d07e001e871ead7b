from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor, check_tag_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactTagRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "tag_id",
        "name",
        "color",
    }
)


@_attrs_define
class UpdateContactTagRequest:
    """The contact tag to change and its new values; omitted fields are kept.

    Attributes:
        tag_id (str): Id of the tag to update, usually starting with `tag-`.
        name (str | Unset): New name of the tag.
        color (TagColor | Unset): The named colours Luma offers for contact and event tags.
    """

    tag_id: str
    name: str | Unset = UNSET
    color: TagColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        name = self.name

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tag_id"] = tag_id
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _name = data.get("name", UNSET)
        _color = data.get("color", UNSET)
        instance = _new_instance(cls)
        instance.tag_id = data["tag_id"]
        instance.name = _name
        instance.color = _color if _color is UNSET else check_tag_color(_color)
        if len(data) > 1 + (_name is not UNSET) + (_color is not UNSET):
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

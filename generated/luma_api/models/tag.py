from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_color import TagColor, check_tag_color

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A contact or event tag of a calendar, with its colour.

    Attributes:
        id (str): Tag id, usually starting with `tag-`.
        name (str): Tag name.
        color (str | TagColor): Colour of the tag.
    """

    id: str
    name: str
    color: str | TagColor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color: str
        if isinstance(self.color, str):
            color = self.color
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_color(data: object) -> str | TagColor:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_0 = check_tag_color(data)

                return color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TagColor, data)

        color = _parse_color(d.pop("color"))

        tag = cls(
            id=id,
            name=name,
            color=color,
        )

        tag.additional_properties = d
        return tag

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

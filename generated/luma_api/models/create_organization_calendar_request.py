from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationCalendarRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "name",
        "slug",
        "description",
        "avatar_url",
        "tint_color",
    }
)


@_attrs_define
class CreateOrganizationCalendarRequest:
    """Settings for the new calendar; only the name is required.

    Attributes:
        name (str): Name of the calendar.
        slug (str | Unset): Short name for the calendar's public address (for example `my-community` gives `luma.com/my-
            community`).
        description (str | Unset): Short text describing the calendar.
        avatar_url (str | Unset): Avatar image; must already be on Luma's CDN (upload it through `/v1/images/create-
            upload-url` first). A random default is used when omitted.
        tint_color (str | Unset): Accent colour as a hex code such as `#5d7cf2`. Chosen at random when omitted.
    """

    name: str
    slug: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    tint_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description = self.description

        avatar_url = self.avatar_url

        tint_color = self.tint_color

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if tint_color is not UNSET:
            field_dict["tint_color"] = tint_color
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _slug = data.get("slug", UNSET)
        _description = data.get("description", UNSET)
        _avatar_url = data.get("avatar_url", UNSET)
        _tint_color = data.get("tint_color", UNSET)
        instance = _new_instance(cls)
        instance.name = data["name"]
        instance.slug = _slug
        instance.description = _description
        instance.avatar_url = _avatar_url
        instance.tint_color = _tint_color
        if len(data) > 1 + (_slug is not UNSET) + (_description is not UNSET) + (_avatar_url is not UNSET) + (
            _tint_color is not UNSET
        ):
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCalendarRequest")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "calendar_id",
        "name",
        "slug",
        "description",
        "avatar_url",
        "tint_color",
    }
)


@_attrs_define
class UpdateCalendarRequest:
    """Calendar settings to change; only the fields sent are updated.

    Attributes:
        calendar_id (str): Id of the calendar to update, usually starting with `cal-`.
        name (str | Unset): New display name.
        slug (str | Unset): New vanity path for the calendar page, for example `my-community` for `luma.com/my-
            community`.
        description (str | Unset): New about text for the calendar.
        avatar_url (str | Unset): New avatar image. It must already be hosted on Luma's image CDN; upload it with
            `create_image_upload_url` and pass the returned `file_url`.
        tint_color (str | Unset): Accent colour of the calendar as a hex colour code such as `#E3CBEF`.
    """

    calendar_id: str
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    tint_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar_id = self.calendar_id

        name = self.name

        slug = self.slug

        description = self.description

        avatar_url = self.avatar_url

        tint_color = self.tint_color

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["calendar_id"] = calendar_id
        if name is not UNSET:
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
        _name = data.get("name", UNSET)
        _slug = data.get("slug", UNSET)
        _description = data.get("description", UNSET)
        _avatar_url = data.get("avatar_url", UNSET)
        _tint_color = data.get("tint_color", UNSET)
        instance = _new_instance(cls)
        instance.calendar_id = data["calendar_id"]
        instance.name = _name
        instance.slug = _slug
        instance.description = _description
        instance.avatar_url = _avatar_url
        instance.tint_color = _tint_color
        if len(data) > 1 + (_name is not UNSET) + (_slug is not UNSET) + (_description is not UNSET) + (
            _avatar_url is not UNSET
        ) + (_tint_color is not UNSET):
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

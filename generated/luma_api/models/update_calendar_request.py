from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCalendarRequest")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar_id": calendar_id,
            }
        )
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
        d = dict(src_dict)
        calendar_id = d.pop("calendar_id")

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        description = d.pop("description", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        tint_color = d.pop("tint_color", UNSET)

        update_calendar_request = cls(
            calendar_id=calendar_id,
            name=name,
            slug=slug,
            description=description,
            avatar_url=avatar_url,
            tint_color=tint_color,
        )

        update_calendar_request.additional_properties = d
        return update_calendar_request

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

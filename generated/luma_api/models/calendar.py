from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Calendar")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "slug",
        "avatar_url",
        "url",
        "description",
        "social_image_url",
        "cover_image_url",
        "is_personal",
        "location",
        "coordinate",
        "instagram_handle",
        "twitter_handle",
        "youtube_handle",
        "website",
    }
)


@_attrs_define
class Calendar:
    """A Luma calendar: a community or personal page that owns events, contacts and tags.

    Attributes:
        id (str): Calendar id, starting with `cal-`.
        name (str): Display name of the calendar.
        slug (None | str): The vanity path of the calendar's page (`luma.com/<slug>`); null for personal calendars and
            calendars without a custom address.
        avatar_url (None | str): URL of the calendar's avatar image, or null when none is set.
        url (str): Full public URL of the calendar's page, for example `https://luma.com/<slug>`; personal calendars use
            `https://luma.com/calendar/<calendar id>`.
        description (None | str): The calendar's about text, or null when empty.
        social_image_url (None | str): URL of the image used when the calendar is shared on social media, if any.
        cover_image_url (None | str): URL of the calendar's cover image, if any.
        is_personal (bool): Whether this is a user's personal calendar rather than a community calendar.
        location (CalendarLocation | None): The area the calendar is based in, or null for calendars not tied to a
            place. Some webhook deliveries omit this field entirely.
        coordinate (Coordinate | None): Geographic point of the calendar's home area, or null when it has none.
        instagram_handle (None | str): Instagram account name linked from the calendar page.
        twitter_handle (None | str): X (Twitter) account name linked from the calendar page.
        youtube_handle (None | str): YouTube channel handle linked from the calendar page.
        website (None | str): Website linked from the calendar page.
    """

    id: str
    name: str
    slug: None | str
    avatar_url: None | str
    url: str
    description: None | str
    social_image_url: None | str
    cover_image_url: None | str
    is_personal: bool
    location: CalendarLocation | None
    coordinate: Coordinate | None
    instagram_handle: None | str
    twitter_handle: None | str
    youtube_handle: None | str
    website: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug: None | str
        slug = self.slug

        avatar_url: None | str
        avatar_url = self.avatar_url

        url = self.url

        description: None | str
        description = self.description

        social_image_url: None | str
        social_image_url = self.social_image_url

        cover_image_url: None | str
        cover_image_url = self.cover_image_url

        is_personal = self.is_personal

        location: dict[str, Any] | None
        if isinstance(self.location, CalendarLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        coordinate: dict[str, Any] | None
        if isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        instagram_handle: None | str
        instagram_handle = self.instagram_handle

        twitter_handle: None | str
        twitter_handle = self.twitter_handle

        youtube_handle: None | str
        youtube_handle = self.youtube_handle

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["slug"] = slug
        field_dict["avatar_url"] = avatar_url
        field_dict["url"] = url
        field_dict["description"] = description
        field_dict["social_image_url"] = social_image_url
        field_dict["cover_image_url"] = cover_image_url
        field_dict["is_personal"] = is_personal
        field_dict["location"] = location
        field_dict["coordinate"] = coordinate
        field_dict["instagram_handle"] = instagram_handle
        field_dict["twitter_handle"] = twitter_handle
        field_dict["youtube_handle"] = youtube_handle
        field_dict["website"] = website
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        instance = _new_instance(cls)
        instance.id = data["id"]
        instance.name = data["name"]
        instance.slug = data["slug"]
        instance.avatar_url = data["avatar_url"]
        instance.url = data["url"]
        instance.description = data["description"]
        instance.social_image_url = data["social_image_url"]
        instance.cover_image_url = data["cover_image_url"]
        instance.is_personal = data["is_personal"]
        _location = data["location"]
        instance.location = None if _location is None else CalendarLocation.from_dict(_location)
        _coordinate = data["coordinate"]
        instance.coordinate = None if _coordinate is None else Coordinate.from_dict(_coordinate)
        instance.instagram_handle = data["instagram_handle"]
        instance.twitter_handle = data["twitter_handle"]
        instance.youtube_handle = data["youtube_handle"]
        instance.website = data["website"]
        if len(data) > 15:
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


from ..models.calendar_location import CalendarLocation
from ..models.coordinate import Coordinate

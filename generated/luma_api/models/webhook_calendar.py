from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_location import CalendarLocation
    from ..models.coordinate import Coordinate


T = TypeVar("T", bound="WebhookCalendar")


@_attrs_define
class WebhookCalendar:
    """The calendar embedded in `calendar.event.*` notifications. Deliveries have been seen without some fields the full
    calendar object always has (location and coordinate), so only the identifying fields are required here and
    everything else is optional.

        Attributes:
            id (str): Calendar id, starting with `cal-`.
            name (str): Calendar name.
            slug (None | str): The calendar's URL slug; null for personal calendars.
            url (str): Full public URL of the calendar; for personal calendars it has the form
                `https://luma.com/calendar/cal-...`.
            avatar_url (None | str): URL of the calendar's avatar image, or null.
            description (None | str | Unset): The calendar's description, if any.
            social_image_url (None | str | Unset): URL of the image used when the calendar is shared, if any.
            cover_image_url (None | str | Unset): URL of the calendar's cover image, if any.
            is_personal (bool | Unset): Whether this is a user's personal calendar rather than a community calendar.
            location (CalendarLocation | None | Unset): Where the calendar is based, or null. Often missing from webhook
                deliveries.
            coordinate (Coordinate | None | Unset): Coordinates of the calendar's location, or null. Often missing from
                webhook deliveries.
            instagram_handle (None | str | Unset): The calendar's Instagram handle, if set.
            twitter_handle (None | str | Unset): The calendar's X (Twitter) handle, if set.
            youtube_handle (None | str | Unset): The calendar's YouTube handle, if set.
            website (None | str | Unset): The calendar's website, if set.
    """

    id: str
    name: str
    slug: None | str
    url: str
    avatar_url: None | str
    description: None | str | Unset = UNSET
    social_image_url: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    is_personal: bool | Unset = UNSET
    location: CalendarLocation | None | Unset = UNSET
    coordinate: Coordinate | None | Unset = UNSET
    instagram_handle: None | str | Unset = UNSET
    twitter_handle: None | str | Unset = UNSET
    youtube_handle: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_location import CalendarLocation  # noqa: PLC0415
        from ..models.coordinate import Coordinate  # noqa: PLC0415

        id = self.id

        name = self.name

        slug: None | str
        slug = self.slug

        url = self.url

        avatar_url: None | str
        avatar_url = self.avatar_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        social_image_url: None | str | Unset
        if isinstance(self.social_image_url, Unset):
            social_image_url = UNSET
        else:
            social_image_url = self.social_image_url

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        is_personal = self.is_personal

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, CalendarLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        coordinate: dict[str, Any] | None | Unset
        if isinstance(self.coordinate, Unset):
            coordinate = UNSET
        elif isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        instagram_handle: None | str | Unset
        if isinstance(self.instagram_handle, Unset):
            instagram_handle = UNSET
        else:
            instagram_handle = self.instagram_handle

        twitter_handle: None | str | Unset
        if isinstance(self.twitter_handle, Unset):
            twitter_handle = UNSET
        else:
            twitter_handle = self.twitter_handle

        youtube_handle: None | str | Unset
        if isinstance(self.youtube_handle, Unset):
            youtube_handle = UNSET
        else:
            youtube_handle = self.youtube_handle

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "url": url,
                "avatar_url": avatar_url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if social_image_url is not UNSET:
            field_dict["social_image_url"] = social_image_url
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if is_personal is not UNSET:
            field_dict["is_personal"] = is_personal
        if location is not UNSET:
            field_dict["location"] = location
        if coordinate is not UNSET:
            field_dict["coordinate"] = coordinate
        if instagram_handle is not UNSET:
            field_dict["instagram_handle"] = instagram_handle
        if twitter_handle is not UNSET:
            field_dict["twitter_handle"] = twitter_handle
        if youtube_handle is not UNSET:
            field_dict["youtube_handle"] = youtube_handle
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_location import CalendarLocation  # noqa: PLC0415
        from ..models.coordinate import Coordinate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        url = d.pop("url")

        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_social_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        social_image_url = _parse_social_image_url(d.pop("social_image_url", UNSET))

        def _parse_cover_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image_url = _parse_cover_image_url(d.pop("cover_image_url", UNSET))

        is_personal = d.pop("is_personal", UNSET)

        def _parse_location(data: object) -> CalendarLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = CalendarLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_coordinate(data: object) -> Coordinate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinate_type_0 = Coordinate.from_dict(data)

                return coordinate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Coordinate | None | Unset, data)

        coordinate = _parse_coordinate(d.pop("coordinate", UNSET))

        def _parse_instagram_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instagram_handle = _parse_instagram_handle(d.pop("instagram_handle", UNSET))

        def _parse_twitter_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter_handle = _parse_twitter_handle(d.pop("twitter_handle", UNSET))

        def _parse_youtube_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        youtube_handle = _parse_youtube_handle(d.pop("youtube_handle", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        webhook_calendar = cls(
            id=id,
            name=name,
            slug=slug,
            url=url,
            avatar_url=avatar_url,
            description=description,
            social_image_url=social_image_url,
            cover_image_url=cover_image_url,
            is_personal=is_personal,
            location=location,
            coordinate=coordinate,
            instagram_handle=instagram_handle,
            twitter_handle=twitter_handle,
            youtube_handle=youtube_handle,
            website=website,
        )

        webhook_calendar.additional_properties = d
        return webhook_calendar

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

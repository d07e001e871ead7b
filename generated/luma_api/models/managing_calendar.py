from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.managing_calendar_status import ManagingCalendarStatus, check_managing_calendar_status

if TYPE_CHECKING:
    from ..models.calendar_location import CalendarLocation
    from ..models.coordinate import Coordinate


T = TypeVar("T", bound="ManagingCalendar")


@_attrs_define
class ManagingCalendar:
    """One of the organization's calendars that manages an event, with the state of that placement.

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
        status (ManagingCalendarStatus | str): Whether the event is approved on this calendar or still pending.
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
    status: ManagingCalendarStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_location import CalendarLocation  # noqa: PLC0415
        from ..models.coordinate import Coordinate  # noqa: PLC0415

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

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "avatar_url": avatar_url,
                "url": url,
                "description": description,
                "social_image_url": social_image_url,
                "cover_image_url": cover_image_url,
                "is_personal": is_personal,
                "location": location,
                "coordinate": coordinate,
                "instagram_handle": instagram_handle,
                "twitter_handle": twitter_handle,
                "youtube_handle": youtube_handle,
                "website": website,
                "status": status,
            }
        )

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

        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url"))

        url = d.pop("url")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_social_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        social_image_url = _parse_social_image_url(d.pop("social_image_url"))

        def _parse_cover_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image_url = _parse_cover_image_url(d.pop("cover_image_url"))

        is_personal = d.pop("is_personal")

        def _parse_location(data: object) -> CalendarLocation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = CalendarLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarLocation | None, data)

        location = _parse_location(d.pop("location"))

        def _parse_coordinate(data: object) -> Coordinate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinate_type_0 = Coordinate.from_dict(data)

                return coordinate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Coordinate | None, data)

        coordinate = _parse_coordinate(d.pop("coordinate"))

        def _parse_instagram_handle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instagram_handle = _parse_instagram_handle(d.pop("instagram_handle"))

        def _parse_twitter_handle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        twitter_handle = _parse_twitter_handle(d.pop("twitter_handle"))

        def _parse_youtube_handle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        youtube_handle = _parse_youtube_handle(d.pop("youtube_handle"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_status(data: object) -> ManagingCalendarStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_managing_calendar_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagingCalendarStatus | str, data)

        status = _parse_status(d.pop("status"))

        managing_calendar = cls(
            id=id,
            name=name,
            slug=slug,
            avatar_url=avatar_url,
            url=url,
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
            status=status,
        )

        managing_calendar.additional_properties = d
        return managing_calendar

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCalendar")

# The JSON types `from_dict` checks raw values against, bound to untyped names: a check against them
# leaves each value typed as the generator declared it (mypy would narrow it after `is str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_LIST: Any = list
_DICT: Any = dict

_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "slug",
        "url",
        "avatar_url",
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
class WebhookCalendar(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["slug"] = slug
        field_dict["url"] = url
        field_dict["avatar_url"] = avatar_url
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _name = data["name"]
        _slug = data["slug"]
        _url = data["url"]
        _avatar_url = data["avatar_url"]
        _description = data.get("description", UNSET)
        _social_image_url = data.get("social_image_url", UNSET)
        _cover_image_url = data.get("cover_image_url", UNSET)
        _is_personal = data.get("is_personal", UNSET)
        _location = data.get("location", UNSET)
        _coordinate = data.get("coordinate", UNSET)
        _instagram_handle = data.get("instagram_handle", UNSET)
        _twitter_handle = data.get("twitter_handle", UNSET)
        _youtube_handle = data.get("youtube_handle", UNSET)
        _website = data.get("website", UNSET)
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and (_slug.__class__ is _STR or _slug is None)
            and _url.__class__ is _STR
            and (_avatar_url.__class__ is _STR or _avatar_url is None)
            and (_description is UNSET or (_description.__class__ is _STR or _description is None))
            and (_social_image_url is UNSET or (_social_image_url.__class__ is _STR or _social_image_url is None))
            and (_cover_image_url is UNSET or (_cover_image_url.__class__ is _STR or _cover_image_url is None))
            and (_is_personal is UNSET or _is_personal.__class__ is _BOOL)
            and (_location is UNSET or (_location.__class__ is _DICT or _location is None))
            and (_coordinate is UNSET or (_coordinate.__class__ is _DICT or _coordinate is None))
            and (_instagram_handle is UNSET or (_instagram_handle.__class__ is _STR or _instagram_handle is None))
            and (_twitter_handle is UNSET or (_twitter_handle.__class__ is _STR or _twitter_handle is None))
            and (_youtube_handle is UNSET or (_youtube_handle.__class__ is _STR or _youtube_handle is None))
            and (_website is UNSET or (_website.__class__ is _STR or _website is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _name,
            _slug,
            _url,
            _avatar_url,
            _description,
            _social_image_url,
            _cover_image_url,
            _is_personal,
            _location if _location is UNSET else None if _location is None else CalendarLocation.from_dict(_location),
            _coordinate if _coordinate is UNSET else None if _coordinate is None else Coordinate.from_dict(_coordinate),
            _instagram_handle,
            _twitter_handle,
            _youtube_handle,
            _website,
        )
        if len(data) > 5 + (_description is not UNSET) + (_social_image_url is not UNSET) + (
            _cover_image_url is not UNSET
        ) + (_is_personal is not UNSET) + (_location is not UNSET) + (_coordinate is not UNSET) + (
            _instagram_handle is not UNSET
        ) + (_twitter_handle is not UNSET) + (_youtube_handle is not UNSET) + (_website is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


from ..models.calendar_location import CalendarLocation
from ..models.coordinate import Coordinate

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("id", "id", True, str),
    ("name", "name", True, str),
    (
        "slug",
        "slug",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("url", "url", True, str),
    (
        "avatar_url",
        "avatar_url",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "description",
        "description",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "social_image_url",
        "social_image_url",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "cover_image_url",
        "cover_image_url",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("is_personal", "is_personal", False, bool),
    (
        "location",
        "location",
        False,
        (
            "union",
            (
                CalendarLocation,
                None,
            ),
        ),
    ),
    (
        "coordinate",
        "coordinate",
        False,
        (
            "union",
            (
                Coordinate,
                None,
            ),
        ),
    ),
    (
        "instagram_handle",
        "instagram_handle",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "twitter_handle",
        "twitter_handle",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "youtube_handle",
        "youtube_handle",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    (
        "website",
        "website",
        False,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)

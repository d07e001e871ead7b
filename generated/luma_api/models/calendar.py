from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras

T = TypeVar("T", bound="Calendar")

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
class Calendar(Extras):
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
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

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

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
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
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _id = data["id"]
        _name = data["name"]
        _slug = data["slug"]
        _avatar_url = data["avatar_url"]
        _url = data["url"]
        _description = data["description"]
        _social_image_url = data["social_image_url"]
        _cover_image_url = data["cover_image_url"]
        _is_personal = data["is_personal"]
        _location = data["location"]
        _coordinate = data["coordinate"]
        _instagram_handle = data["instagram_handle"]
        _twitter_handle = data["twitter_handle"]
        _youtube_handle = data["youtube_handle"]
        _website = data["website"]
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and (_slug.__class__ is _STR or _slug is None)
            and (_avatar_url.__class__ is _STR or _avatar_url is None)
            and _url.__class__ is _STR
            and (_description.__class__ is _STR or _description is None)
            and (_social_image_url.__class__ is _STR or _social_image_url is None)
            and (_cover_image_url.__class__ is _STR or _cover_image_url is None)
            and _is_personal.__class__ is _BOOL
            and (_location.__class__ is _DICT or _location is None)
            and (_coordinate.__class__ is _DICT or _coordinate is None)
            and (_instagram_handle.__class__ is _STR or _instagram_handle is None)
            and (_twitter_handle.__class__ is _STR or _twitter_handle is None)
            and (_youtube_handle.__class__ is _STR or _youtube_handle is None)
            and (_website.__class__ is _STR or _website is None)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _id,
            _name,
            _slug,
            _avatar_url,
            _url,
            _description,
            _social_image_url,
            _cover_image_url,
            _is_personal,
            None if _location is None else CalendarLocation.from_dict(_location),
            None if _coordinate is None else Coordinate.from_dict(_coordinate),
            _instagram_handle,
            _twitter_handle,
            _youtube_handle,
            _website,
        )
        if len(data) > 15:
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
    ("url", "url", True, str),
    (
        "description",
        "description",
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
        "social_image_url",
        "social_image_url",
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
        "cover_image_url",
        "cover_image_url",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("is_personal", "is_personal", True, bool),
    (
        "location",
        "location",
        True,
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
        True,
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
        "twitter_handle",
        "twitter_handle",
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
        "youtube_handle",
        "youtube_handle",
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
        "website",
        "website",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.location_type import LocationType
from ..models.location_visibility import LocationVisibility
from ..models.visibility import Visibility
from ..models.waitlist_status import WaitlistStatus
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookEventData")

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
        "platform",
        "id",
        "user_id",
        "calendar_id",
        "start_at",
        "duration_interval",
        "end_at",
        "created_at",
        "timezone",
        "name",
        "geo_address_json",
        "coordinate",
        "location_type",
        "location_visibility",
        "cover_url",
        "url",
        "visibility",
        "waitlist_status",
        "meeting_url",
        "feedback_email",
        "description",
        "description_md",
        "tags",
        "registration_questions",
        "registration_open",
        "require_approval",
        "spots_remaining",
        "display_price",
        "geo_latitude",
        "geo_longitude",
    }
)


@_attrs_define
class WebhookEventData(Extras):
    """The event carried by `event.*` notifications and nested in guest and ticket notifications: the shared event fields
    plus the description, its tags and the deprecated string coordinates that the events API no longer returns. Unlike
    `/v1/events/get` it has no `hosts`.

    Attributes:
        platform (Literal['luma']): Marks an event hosted on Luma.
        id (str): Event id, starting with `evt-`.
        user_id (str): Id of the user who created the event (`usr-`).
        calendar_id (str): Id of the calendar that manages the event (`cal-`).
        start_at (datetime.datetime): Start time (UTC).
        duration_interval (str): Length of the event as an expanded ISO 8601 duration, such as `P0Y0M0DT1H0M0S`.
        end_at (datetime.datetime): End time (UTC).
        created_at (datetime.datetime): When the event was created (UTC).
        timezone (str): IANA time zone of the event, such as `America/New_York`.
        name (str): Event title.
        geo_address_json (GeoAddress | None): Address of the venue; null for events without a physical location.
        coordinate (Coordinate | None): Map position of the venue; null for online events or when the address could not
            be geocoded.
        location_type (LocationType | str): Kind of location, derived from the address or the meeting link.
        location_visibility (LocationVisibility | str): Who sees the location on the event page. The API returns the
            full location either way.
        cover_url (str): URL of the cover image on Luma's CDN (`https://images.lumacdn.com/event-covers/...`).
        url (str): Full public URL of the event page, such as `https://luma.com/7sfm30gu`.
        visibility (str | Visibility): Who can discover and view the event.
        waitlist_status (str | WaitlistStatus): Whether new registrations go to the waitlist once the event is full.
        meeting_url (None | str): Link to join an online event; null when there is none. Left out of list entries the
            calendar can only view.
        feedback_email (FeedbackEmail): Settings for the feedback email Luma sends to guests after the event.
        description (str): The event description as plain text.
        description_md (str): The event description as Markdown. Converting to and from Luma's rich text is not
            lossless.
        tags (list[TagRef]): The calendar's event tags applied to this event (empty when untagged).
        registration_questions (list[RegistrationQuestion] | Unset): Questions asked at registration. Left out of list
            entries the calendar can only view.
        registration_open (bool | Unset): Whether people can currently register.
        require_approval (bool | Unset): Whether a host has to approve each registration.
        spots_remaining (int | None | Unset): Places left before the event is full; null when capacity is unlimited. The
            count can lag slightly behind reality.
        display_price (DisplayPrice | None | Unset): The price shown on the event page; null for free events.
        geo_latitude (None | str | Unset): Latitude as a decimal string; null for events without a geocoded address. Use
            `coordinate.latitude` instead.
        geo_longitude (None | str | Unset): Longitude as a decimal string; null for events without a geocoded address.
            Use `coordinate.longitude` instead.
    """

    platform: Literal["luma"]
    id: str
    user_id: str
    calendar_id: str
    start_at: datetime.datetime
    duration_interval: str
    end_at: datetime.datetime
    created_at: datetime.datetime
    timezone: str
    name: str
    geo_address_json: GeoAddress | None
    coordinate: Coordinate | None
    location_type: LocationType | str
    location_visibility: LocationVisibility | str
    cover_url: str
    url: str
    visibility: str | Visibility
    waitlist_status: str | WaitlistStatus
    meeting_url: None | str
    feedback_email: FeedbackEmail
    description: str
    description_md: str
    tags: list[TagRef]
    registration_questions: list[RegistrationQuestion] | Unset = UNSET
    registration_open: bool | Unset = UNSET
    require_approval: bool | Unset = UNSET
    spots_remaining: int | None | Unset = UNSET
    display_price: DisplayPrice | None | Unset = UNSET
    geo_latitude: None | str | Unset = UNSET
    geo_longitude: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        id = self.id

        user_id = self.user_id

        calendar_id = self.calendar_id

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        duration_interval = self.duration_interval

        if self.end_at.utcoffset() is None:
            raise ValueError(
                f"end_at: naive datetime {self.end_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        end_at = self.end_at.isoformat()

        if self.created_at.utcoffset() is None:
            raise ValueError(
                f"created_at: naive datetime {self.created_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        created_at = self.created_at.isoformat()

        timezone = self.timezone

        name = self.name

        geo_address_json: dict[str, Any] | None
        if isinstance(self.geo_address_json, GeoAddress):
            geo_address_json = self.geo_address_json.to_dict()
        else:
            geo_address_json = self.geo_address_json

        coordinate: dict[str, Any] | None
        if isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        location_type: str
        if isinstance(self.location_type, str):
            location_type = self.location_type
        else:
            location_type = self.location_type

        location_visibility: str
        if isinstance(self.location_visibility, str):
            location_visibility = self.location_visibility
        else:
            location_visibility = self.location_visibility

        cover_url = self.cover_url

        url = self.url

        visibility: str
        if isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        waitlist_status: str
        if isinstance(self.waitlist_status, str):
            waitlist_status = self.waitlist_status
        else:
            waitlist_status = self.waitlist_status

        meeting_url: None | str
        meeting_url = self.meeting_url

        feedback_email = self.feedback_email.to_dict()

        description = self.description

        description_md = self.description_md

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        registration_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_questions, Unset):
            registration_questions = []
            for registration_questions_item_data in self.registration_questions:
                registration_questions_item = registration_questions_item_data.to_dict()
                registration_questions.append(registration_questions_item)

        registration_open = self.registration_open

        require_approval = self.require_approval

        spots_remaining: int | None | Unset
        if isinstance(self.spots_remaining, Unset):
            spots_remaining = UNSET
        else:
            spots_remaining = self.spots_remaining

        display_price: dict[str, Any] | None | Unset
        if isinstance(self.display_price, Unset):
            display_price = UNSET
        elif isinstance(self.display_price, DisplayPrice):
            display_price = self.display_price.to_dict()
        else:
            display_price = self.display_price

        geo_latitude: None | str | Unset
        if isinstance(self.geo_latitude, Unset):
            geo_latitude = UNSET
        else:
            geo_latitude = self.geo_latitude

        geo_longitude: None | str | Unset
        if isinstance(self.geo_longitude, Unset):
            geo_longitude = UNSET
        else:
            geo_longitude = self.geo_longitude

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["calendar_id"] = calendar_id
        field_dict["start_at"] = start_at
        field_dict["duration_interval"] = duration_interval
        field_dict["end_at"] = end_at
        field_dict["created_at"] = created_at
        field_dict["timezone"] = timezone
        field_dict["name"] = name
        field_dict["geo_address_json"] = geo_address_json
        field_dict["coordinate"] = coordinate
        field_dict["location_type"] = location_type
        field_dict["location_visibility"] = location_visibility
        field_dict["cover_url"] = cover_url
        field_dict["url"] = url
        field_dict["visibility"] = visibility
        field_dict["waitlist_status"] = waitlist_status
        field_dict["meeting_url"] = meeting_url
        field_dict["feedback_email"] = feedback_email
        field_dict["description"] = description
        field_dict["description_md"] = description_md
        field_dict["tags"] = tags
        if registration_questions is not UNSET:
            field_dict["registration_questions"] = registration_questions
        if registration_open is not UNSET:
            field_dict["registration_open"] = registration_open
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if spots_remaining is not UNSET:
            field_dict["spots_remaining"] = spots_remaining
        if display_price is not UNSET:
            field_dict["display_price"] = display_price
        if geo_latitude is not UNSET:
            field_dict["geo_latitude"] = geo_latitude
        if geo_longitude is not UNSET:
            field_dict["geo_longitude"] = geo_longitude
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _id = data["id"]
        _user_id = data["user_id"]
        _calendar_id = data["calendar_id"]
        _start_at = data["start_at"]
        _duration_interval = data["duration_interval"]
        _end_at = data["end_at"]
        _created_at = data["created_at"]
        _timezone = data["timezone"]
        _name = data["name"]
        _geo_address_json = data["geo_address_json"]
        _coordinate = data["coordinate"]
        _location_type = data["location_type"]
        _location_visibility = data["location_visibility"]
        _cover_url = data["cover_url"]
        _url = data["url"]
        _visibility = data["visibility"]
        _waitlist_status = data["waitlist_status"]
        _meeting_url = data["meeting_url"]
        _feedback_email = data["feedback_email"]
        _description = data["description"]
        _description_md = data["description_md"]
        _tags = data["tags"]
        _registration_questions = data.get("registration_questions", UNSET)
        _registration_open = data.get("registration_open", UNSET)
        _require_approval = data.get("require_approval", UNSET)
        _spots_remaining = data.get("spots_remaining", UNSET)
        _display_price = data.get("display_price", UNSET)
        _geo_latitude = data.get("geo_latitude", UNSET)
        _geo_longitude = data.get("geo_longitude", UNSET)
        if not (
            _id.__class__ is _STR
            and _user_id.__class__ is _STR
            and _calendar_id.__class__ is _STR
            and _duration_interval.__class__ is _STR
            and _timezone.__class__ is _STR
            and _name.__class__ is _STR
            and (_geo_address_json.__class__ is _DICT or _geo_address_json is None)
            and (_coordinate.__class__ is _DICT or _coordinate is None)
            and (_location_type.__class__ is _STR)
            and (_location_visibility.__class__ is _STR)
            and _cover_url.__class__ is _STR
            and _url.__class__ is _STR
            and (_visibility.__class__ is _STR)
            and (_waitlist_status.__class__ is _STR)
            and (_meeting_url.__class__ is _STR or _meeting_url is None)
            and _description.__class__ is _STR
            and _description_md.__class__ is _STR
            and _tags.__class__ is _LIST
            and (_registration_questions is UNSET or _registration_questions.__class__ is _LIST)
            and (_registration_open is UNSET or _registration_open.__class__ is _BOOL)
            and (_require_approval is UNSET or _require_approval.__class__ is _BOOL)
            and (_spots_remaining is UNSET or (_spots_remaining.__class__ is _INT or _spots_remaining is None))
            and (_display_price is UNSET or (_display_price.__class__ is _DICT or _display_price is None))
            and (_geo_latitude is UNSET or (_geo_latitude.__class__ is _STR or _geo_latitude is None))
            and (_geo_longitude is UNSET or (_geo_longitude.__class__ is _STR or _geo_longitude is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _id,
            _user_id,
            _calendar_id,
            _datetime_from_iso(_start_at),
            _duration_interval,
            _datetime_from_iso(_end_at),
            _datetime_from_iso(_created_at),
            _timezone,
            _name,
            None if _geo_address_json is None else GeoAddress.from_dict(_geo_address_json),
            None if _coordinate is None else Coordinate.from_dict(_coordinate),
            _location_type,
            _location_visibility,
            _cover_url,
            _url,
            _visibility,
            _waitlist_status,
            _meeting_url,
            FeedbackEmail.from_dict(_feedback_email),
            _description,
            _description_md,
            list(map(TagRef.from_dict, _tags)),
            _registration_questions
            if _registration_questions is UNSET
            else list(map(RegistrationQuestion.from_dict, _registration_questions)),
            _registration_open,
            _require_approval,
            _spots_remaining,
            _display_price
            if _display_price is UNSET
            else None
            if _display_price is None
            else DisplayPrice.from_dict(_display_price),
            _geo_latitude,
            _geo_longitude,
        )
        if len(data) > 23 + (_registration_questions is not UNSET) + (_registration_open is not UNSET) + (
            _require_approval is not UNSET
        ) + (_spots_remaining is not UNSET) + (_display_price is not UNSET) + (_geo_latitude is not UNSET) + (
            _geo_longitude is not UNSET
        ):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["luma"]:
    if data != "luma":
        raise ValueError(f"platform must be 'luma', got {data!r}")
    return cast(Literal["luma"], data)


from ..models.coordinate import Coordinate
from ..models.display_price import DisplayPrice
from ..models.feedback_email import FeedbackEmail
from ..models.geo_address import GeoAddress
from ..models.registration_question import RegistrationQuestion
from ..models.tag_ref import TagRef

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "luma")),
    ("id", "id", True, str),
    ("user_id", "user_id", True, str),
    ("calendar_id", "calendar_id", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    ("duration_interval", "duration_interval", True, str),
    ("end_at", "end_at", True, datetime.datetime),
    ("created_at", "created_at", True, datetime.datetime),
    ("timezone", "timezone", True, str),
    ("name", "name", True, str),
    (
        "geo_address_json",
        "geo_address_json",
        True,
        (
            "union",
            (
                GeoAddress,
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
        "location_type",
        "location_type",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "discord",
                        "meet",
                        "missing",
                        "offline",
                        "twitch",
                        "twitter",
                        "unknown",
                        "youtube",
                        "zoom",
                    ),
                ),
                str,
            ),
        ),
    ),
    (
        "location_visibility",
        "location_visibility",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "guests-only",
                        "public",
                    ),
                ),
                str,
            ),
        ),
    ),
    ("cover_url", "cover_url", True, str),
    ("url", "url", True, str),
    (
        "visibility",
        "visibility",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "members-only",
                        "private",
                        "public",
                    ),
                ),
                str,
            ),
        ),
    ),
    (
        "waitlist_status",
        "waitlist_status",
        True,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "disabled",
                        "enabled",
                    ),
                ),
                str,
            ),
        ),
    ),
    (
        "meeting_url",
        "meeting_url",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("feedback_email", "feedback_email", True, FeedbackEmail),
    ("description", "description", True, str),
    ("description_md", "description_md", True, str),
    ("tags", "tags", True, ("list", TagRef)),
    ("registration_questions", "registration_questions", False, ("list", RegistrationQuestion)),
    ("registration_open", "registration_open", False, bool),
    ("require_approval", "require_approval", False, bool),
    (
        "spots_remaining",
        "spots_remaining",
        False,
        (
            "union",
            (
                int,
                None,
            ),
        ),
    ),
    (
        "display_price",
        "display_price",
        False,
        (
            "union",
            (
                DisplayPrice,
                None,
            ),
        ),
    ),
    (
        "geo_latitude",
        "geo_latitude",
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
        "geo_longitude",
        "geo_longitude",
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

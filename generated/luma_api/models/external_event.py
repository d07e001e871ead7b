from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.event_access import EventAccess
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="ExternalEvent")

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
        "calendar_id",
        "start_at",
        "duration_interval",
        "end_at",
        "created_at",
        "timezone",
        "name",
        "geo_address_json",
        "coordinate",
        "url",
        "host",
        "tags",
        "submitted_by",
        "access",
    }
)


@_attrs_define
class ExternalEvent(Extras):
    """An event hosted outside Luma that has been added to the calendar, as it appears in the calendar event list
    (requested with `platforms=external`).

    Attributes:
        platform (Literal['external']): Marks an event hosted outside Luma.
        id (str): Id of the event's entry on the calendar (a calendar-event id, `calev-`).
        calendar_id (str): Id of the calendar the event was added to (`cal-`).
        start_at (datetime.datetime): Start time (UTC).
        duration_interval (str): Length of the event as an expanded ISO 8601 duration, such as `P0Y0M0DT2H0M0S`.
        end_at (datetime.datetime): End time (UTC).
        created_at (datetime.datetime): When the event was added to the calendar (UTC).
        timezone (str): IANA time zone of the event.
        name (str): Event title.
        geo_address_json (GeoAddress | None): Address of the venue; null when none was given.
        coordinate (Coordinate | None): Map position of the venue; null when unknown.
        url (str): URL of the event on the external website.
        host (None | str): Name of the organiser shown for the event, when one was given.
        tags (list[TagRef]): Event tags of the calendar applied to this event.
        submitted_by (None | Unset | User): The user who submitted the event to the calendar; null when it was not
            submitted by someone.
        access (EventAccess | str | Unset): The calendar's access to the event.
    """

    platform: Literal["external"]
    id: str
    calendar_id: str
    start_at: datetime.datetime
    duration_interval: str
    end_at: datetime.datetime
    created_at: datetime.datetime
    timezone: str
    name: str
    geo_address_json: GeoAddress | None
    coordinate: Coordinate | None
    url: str
    host: None | str
    tags: list[TagRef]
    submitted_by: None | Unset | User = UNSET
    access: EventAccess | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        id = self.id

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

        url = self.url

        host: None | str
        host = self.host

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        submitted_by: dict[str, Any] | None | Unset
        if isinstance(self.submitted_by, Unset):
            submitted_by = UNSET
        elif isinstance(self.submitted_by, User):
            submitted_by = self.submitted_by.to_dict()
        else:
            submitted_by = self.submitted_by

        access: str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, str):
            access = self.access
        else:
            access = self.access

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["id"] = id
        field_dict["calendar_id"] = calendar_id
        field_dict["start_at"] = start_at
        field_dict["duration_interval"] = duration_interval
        field_dict["end_at"] = end_at
        field_dict["created_at"] = created_at
        field_dict["timezone"] = timezone
        field_dict["name"] = name
        field_dict["geo_address_json"] = geo_address_json
        field_dict["coordinate"] = coordinate
        field_dict["url"] = url
        field_dict["host"] = host
        field_dict["tags"] = tags
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        if access is not UNSET:
            field_dict["access"] = access
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _id = data["id"]
        _calendar_id = data["calendar_id"]
        _start_at = data["start_at"]
        _duration_interval = data["duration_interval"]
        _end_at = data["end_at"]
        _created_at = data["created_at"]
        _timezone = data["timezone"]
        _name = data["name"]
        _geo_address_json = data["geo_address_json"]
        _coordinate = data["coordinate"]
        _url = data["url"]
        _host = data["host"]
        _tags = data["tags"]
        _submitted_by = data.get("submitted_by", UNSET)
        _access = data.get("access", UNSET)
        if not (
            _id.__class__ is _STR
            and _calendar_id.__class__ is _STR
            and _duration_interval.__class__ is _STR
            and _timezone.__class__ is _STR
            and _name.__class__ is _STR
            and (_geo_address_json.__class__ is _DICT or _geo_address_json is None)
            and (_coordinate.__class__ is _DICT or _coordinate is None)
            and _url.__class__ is _STR
            and (_host.__class__ is _STR or _host is None)
            and _tags.__class__ is _LIST
            and (_submitted_by is UNSET or (_submitted_by.__class__ is _DICT or _submitted_by is None))
            and (_access is UNSET or (_access.__class__ is _STR))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _id,
            _calendar_id,
            _datetime_from_iso(_start_at),
            _duration_interval,
            _datetime_from_iso(_end_at),
            _datetime_from_iso(_created_at),
            _timezone,
            _name,
            None if _geo_address_json is None else GeoAddress.from_dict(_geo_address_json),
            None if _coordinate is None else Coordinate.from_dict(_coordinate),
            _url,
            _host,
            list(map(TagRef.from_dict, _tags)),
            _submitted_by
            if _submitted_by is UNSET
            else None
            if _submitted_by is None
            else User.from_dict(_submitted_by),
            _access,
        )
        if len(data) > 14 + (_submitted_by is not UNSET) + (_access is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["external"]:
    if data != "external":
        raise ValueError(f"platform must be 'external', got {data!r}")
    return cast(Literal["external"], data)


from ..models.coordinate import Coordinate
from ..models.geo_address import GeoAddress
from ..models.tag_ref import TagRef
from ..models.user import User

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "external")),
    ("id", "id", True, str),
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
    ("url", "url", True, str),
    (
        "host",
        "host",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("tags", "tags", True, ("list", TagRef)),
    (
        "submitted_by",
        "submitted_by",
        False,
        (
            "union",
            (
                User,
                None,
            ),
        ),
    ),
    (
        "access",
        "access",
        False,
        (
            "union",
            (
                (
                    "enum",
                    (
                        "manage",
                        "view",
                    ),
                ),
                str,
            ),
        ),
    ),
)

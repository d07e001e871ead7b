from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="AddCalendarEventExternalRequest")

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
        "url",
        "name",
        "start_at",
        "duration_interval",
        "timezone",
        "geo_address_json",
        "host",
        "geo_longitude",
        "geo_latitude",
        "coordinate",
        "submission_mode",
    }
)


@_attrs_define
class AddCalendarEventExternalRequest(Extras):
    """Adds an event hosted on another website, described by its URL, time and place.

    Attributes:
        platform (Literal['external']): Marks an external event.
        url (str): URL of the event on the external website.
        name (str): Event title.
        start_at (datetime.datetime): Start time, in UTC or with an explicit offset.
        duration_interval (str): Length of the event as an ISO 8601 duration, such as `PT2H`.
        timezone (str): IANA time zone of the event, such as `Europe/Berlin`.
        geo_address_json (GeoAddressInputGoogle | GeoAddressInputManual | Unset): A location to set on an event: either
            a free-text address (`type: manual`) or a Google Maps place (`type: google`). Luma recommends Google Place IDs
            because they geocode reliably.
        host (None | str | Unset): Name of the organiser to show.
        geo_longitude (float | None | Unset): Longitude of the venue; older alternative to `coordinate`.
        geo_latitude (float | None | Unset): Latitude of the venue; older alternative to `coordinate`.
        coordinate (Coordinate | None | Unset): Map position of the venue.
        submission_mode (SubmissionMode | Unset): How an added event enters the calendar: `auto` approves it immediately
            when the caller is allowed to, `pending` always puts it in the review queue.
    """

    platform: Literal["external"]
    url: str
    name: str
    start_at: datetime.datetime
    duration_interval: str
    timezone: str
    geo_address_json: GeoAddressInputGoogle | GeoAddressInputManual | Unset = UNSET
    host: None | str | Unset = UNSET
    geo_longitude: float | None | Unset = UNSET
    geo_latitude: float | None | Unset = UNSET
    coordinate: Coordinate | None | Unset = UNSET
    submission_mode: SubmissionMode | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        url = self.url

        name = self.name

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        duration_interval = self.duration_interval

        timezone = self.timezone

        geo_address_json: dict[str, Any] | Unset
        if isinstance(self.geo_address_json, Unset):
            geo_address_json = UNSET
        elif isinstance(self.geo_address_json, GeoAddressInputManual):
            geo_address_json = self.geo_address_json.to_dict()
        else:
            geo_address_json = self.geo_address_json.to_dict()

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        geo_longitude: float | None | Unset
        if isinstance(self.geo_longitude, Unset):
            geo_longitude = UNSET
        else:
            geo_longitude = self.geo_longitude

        geo_latitude: float | None | Unset
        if isinstance(self.geo_latitude, Unset):
            geo_latitude = UNSET
        else:
            geo_latitude = self.geo_latitude

        coordinate: dict[str, Any] | None | Unset
        if isinstance(self.coordinate, Unset):
            coordinate = UNSET
        elif isinstance(self.coordinate, Coordinate):
            coordinate = self.coordinate.to_dict()
        else:
            coordinate = self.coordinate

        submission_mode: str | Unset = UNSET
        if not isinstance(self.submission_mode, Unset):
            submission_mode = self.submission_mode

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["url"] = url
        field_dict["name"] = name
        field_dict["start_at"] = start_at
        field_dict["duration_interval"] = duration_interval
        field_dict["timezone"] = timezone
        if geo_address_json is not UNSET:
            field_dict["geo_address_json"] = geo_address_json
        if host is not UNSET:
            field_dict["host"] = host
        if geo_longitude is not UNSET:
            field_dict["geo_longitude"] = geo_longitude
        if geo_latitude is not UNSET:
            field_dict["geo_latitude"] = geo_latitude
        if coordinate is not UNSET:
            field_dict["coordinate"] = coordinate
        if submission_mode is not UNSET:
            field_dict["submission_mode"] = submission_mode
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _url = data["url"]
        _name = data["name"]
        _start_at = data["start_at"]
        _duration_interval = data["duration_interval"]
        _timezone = data["timezone"]
        _geo_address_json = data.get("geo_address_json", UNSET)
        _host = data.get("host", UNSET)
        _geo_longitude = data.get("geo_longitude", UNSET)
        _geo_latitude = data.get("geo_latitude", UNSET)
        _coordinate = data.get("coordinate", UNSET)
        _submission_mode = data.get("submission_mode", UNSET)
        if not (
            _url.__class__ is _STR
            and _name.__class__ is _STR
            and _duration_interval.__class__ is _STR
            and _timezone.__class__ is _STR
            and (_geo_address_json is UNSET or (_geo_address_json.__class__ is _DICT))
            and (_host is UNSET or (_host.__class__ is _STR or _host is None))
            and (
                _geo_longitude is UNSET
                or ((_geo_longitude.__class__ is _FLOAT or _geo_longitude.__class__ is _INT) or _geo_longitude is None)
            )
            and (
                _geo_latitude is UNSET
                or ((_geo_latitude.__class__ is _FLOAT or _geo_latitude.__class__ is _INT) or _geo_latitude is None)
            )
            and (_coordinate is UNSET or (_coordinate.__class__ is _DICT or _coordinate is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _url,
            _name,
            _datetime_from_iso(_start_at),
            _duration_interval,
            _timezone,
            _geo_address_json if _geo_address_json is UNSET else _parse_geo_address_json(_geo_address_json),
            _host,
            _geo_longitude,
            _geo_latitude,
            _coordinate if _coordinate is UNSET else None if _coordinate is None else Coordinate.from_dict(_coordinate),
            _submission_mode if _submission_mode is UNSET else check_submission_mode(_submission_mode),
        )
        if len(data) > 6 + (_geo_address_json is not UNSET) + (_host is not UNSET) + (_geo_longitude is not UNSET) + (
            _geo_latitude is not UNSET
        ) + (_coordinate is not UNSET) + (_submission_mode is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["external"]:
    if data != "external":
        raise ValueError(f"platform must be 'external', got {data!r}")
    return cast(Literal["external"], data)


def _parse_geo_address_json(data: Any) -> GeoAddressInputGoogle | GeoAddressInputManual:
    if isinstance(data, dict):
        try:
            return GeoAddressInputManual.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        return GeoAddressInputGoogle.from_dict(data)
    raise TypeError(f"geo_address_json: no declared type matches {type(data).__name__} {data!r:.80}")


from ..models.coordinate import Coordinate
from ..models.geo_address_input_google import GeoAddressInputGoogle
from ..models.geo_address_input_manual import GeoAddressInputManual

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "external")),
    ("url", "url", True, str),
    ("name", "name", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    ("duration_interval", "duration_interval", True, str),
    ("timezone", "timezone", True, str),
    (
        "geo_address_json",
        "geo_address_json",
        False,
        (
            "union",
            (
                GeoAddressInputManual,
                GeoAddressInputGoogle,
            ),
        ),
    ),
    (
        "host",
        "host",
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
                float,
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
                float,
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
        "submission_mode",
        "submission_mode",
        False,
        (
            "enum",
            (
                "auto",
                "pending",
            ),
        ),
    ),
)

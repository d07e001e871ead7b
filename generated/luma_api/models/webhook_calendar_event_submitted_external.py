from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extras import Extras, no_extras_as_empty, show_extras
from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookCalendarEventSubmittedExternal")

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
        "name",
        "url",
        "start_at",
        "end_at",
        "timezone",
        "host_name",
        "submitted_to_calendar",
        "api_id",
    }
)


@_attrs_define
class WebhookCalendarEventSubmittedExternal(Extras):
    """A submitted external event, with the calendar it was submitted to.

    Attributes:
        platform (Literal['external']): Always `external` for events hosted outside Luma.
        id (str): Id of the calendar's entry for the event (a calendar-event id, usually starting with `calev-`), not an
            `evt-` id.
        name (str): Event name.
        url (str): The external event page.
        start_at (datetime.datetime): When the event starts (UTC).
        end_at (datetime.datetime | None): When the event ends (UTC), or null if not known.
        timezone (None | str): IANA time zone of the event, or null if not known.
        host_name (None | str): Name of the organiser as given when the event was added, or null.
        submitted_to_calendar (WebhookCalendar): The calendar embedded in `calendar.event.*` notifications. Deliveries
            have been seen without some fields the full calendar object always has (location and coordinate), so only the
            identifying fields are required here and everything else is optional.
        api_id (str | Unset): Older copy of `id`; read `id` instead.
    """

    platform: Literal["external"]
    id: str
    name: str
    url: str
    start_at: datetime.datetime
    end_at: datetime.datetime | None
    timezone: None | str
    host_name: None | str
    submitted_to_calendar: WebhookCalendar
    api_id: str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        id = self.id

        name = self.name

        url = self.url

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        end_at: None | str
        if isinstance(self.end_at, datetime.datetime):
            if self.end_at.utcoffset() is None:
                raise ValueError(
                    f"end_at: naive datetime {self.end_at.isoformat()} has no UTC offset; "
                    "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
                )
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        timezone: None | str
        timezone = self.timezone

        host_name: None | str
        host_name = self.host_name

        submitted_to_calendar = self.submitted_to_calendar.to_dict()

        api_id = self.api_id

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["url"] = url
        field_dict["start_at"] = start_at
        field_dict["end_at"] = end_at
        field_dict["timezone"] = timezone
        field_dict["host_name"] = host_name
        field_dict["submitted_to_calendar"] = submitted_to_calendar
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _id = data["id"]
        _name = data["name"]
        _url = data["url"]
        _start_at = data["start_at"]
        _end_at = data["end_at"]
        _timezone = data["timezone"]
        _host_name = data["host_name"]
        _submitted_to_calendar = data["submitted_to_calendar"]
        _api_id = data.get("api_id", UNSET)
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and _url.__class__ is _STR
            and (_end_at.__class__ is _STR or _end_at is None)
            and (_timezone.__class__ is _STR or _timezone is None)
            and (_host_name.__class__ is _STR or _host_name is None)
            and (_api_id is UNSET or _api_id.__class__ is _STR)
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _id,
            _name,
            _url,
            _datetime_from_iso(_start_at),
            None if _end_at is None else _datetime_from_iso(_end_at),
            _timezone,
            _host_name,
            WebhookCalendar.from_dict(_submitted_to_calendar),
            _api_id,
        )
        if len(data) > 9 + (_api_id is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["external"]:
    if data != "external":
        raise ValueError(f"platform must be 'external', got {data!r}")
    return cast(Literal["external"], data)


from ..models.webhook_calendar import WebhookCalendar

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "external")),
    ("id", "id", True, str),
    ("name", "name", True, str),
    ("url", "url", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    (
        "end_at",
        "end_at",
        True,
        (
            "union",
            (
                datetime.datetime,
                None,
            ),
        ),
    ),
    (
        "timezone",
        "timezone",
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
        "host_name",
        "host_name",
        True,
        (
            "union",
            (
                str,
                None,
            ),
        ),
    ),
    ("submitted_to_calendar", "submitted_to_calendar", True, WebhookCalendar),
    ("api_id", "api_id", False, str),
)

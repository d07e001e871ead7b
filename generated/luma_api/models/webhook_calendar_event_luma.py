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

T = TypeVar("T", bound="WebhookCalendarEventLuma")

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
        "cover_url",
        "start_at",
        "end_at",
        "timezone",
        "calendar",
        "hosts",
        "api_id",
        "meeting_url",
    }
)


@_attrs_define
class WebhookCalendarEventLuma(Extras):
    """Summary of a Luma event in a `calendar.event.*` notification.

    Attributes:
        platform (Literal['luma']): Always `luma` for events hosted on Luma.
        id (str): Event id, starting with `evt-`.
        name (str): Event name.
        url (str): Full public URL of the event page.
        cover_url (str): URL of the event's cover image.
        start_at (datetime.datetime): When the event starts (UTC).
        end_at (datetime.datetime): When the event ends (UTC).
        timezone (str): IANA time zone of the event, such as `Europe/Berlin`.
        calendar (None | WebhookCalendar): The Luma calendar the event belongs to, or null.
        hosts (list[WebhookHost]): The event's hosts, in reduced form.
        api_id (str | Unset): Older copy of `id`; read `id` instead.
        meeting_url (None | str | Unset): Online meeting link; present in some deliveries only.
    """

    platform: Literal["luma"]
    id: str
    name: str
    url: str
    cover_url: str
    start_at: datetime.datetime
    end_at: datetime.datetime
    timezone: str
    calendar: None | WebhookCalendar
    hosts: list[WebhookHost]
    api_id: str | Unset = UNSET
    meeting_url: None | str | Unset = UNSET
    # Unknown keys, None until one is stored; read and written as `additional_properties` (Extras).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=no_extras_as_empty, repr=show_extras
    )

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        id = self.id

        name = self.name

        url = self.url

        cover_url = self.cover_url

        if self.start_at.utcoffset() is None:
            raise ValueError(
                f"start_at: naive datetime {self.start_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        start_at = self.start_at.isoformat()

        if self.end_at.utcoffset() is None:
            raise ValueError(
                f"end_at: naive datetime {self.end_at.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        end_at = self.end_at.isoformat()

        timezone = self.timezone

        calendar: dict[str, Any] | None
        if isinstance(self.calendar, WebhookCalendar):
            calendar = self.calendar.to_dict()
        else:
            calendar = self.calendar

        hosts = []
        for hosts_item_data in self.hosts:
            hosts_item = hosts_item_data.to_dict()
            hosts.append(hosts_item)

        api_id = self.api_id

        meeting_url: None | str | Unset
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["platform"] = platform
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["url"] = url
        field_dict["cover_url"] = cover_url
        field_dict["start_at"] = start_at
        field_dict["end_at"] = end_at
        field_dict["timezone"] = timezone
        field_dict["calendar"] = calendar
        field_dict["hosts"] = hosts
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if meeting_url is not UNSET:
            field_dict["meeting_url"] = meeting_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object that fits this model; raise KeyError, TypeError or ValueError otherwise."""
        data = src_dict
        _platform = data["platform"]
        _id = data["id"]
        _name = data["name"]
        _url = data["url"]
        _cover_url = data["cover_url"]
        _start_at = data["start_at"]
        _end_at = data["end_at"]
        _timezone = data["timezone"]
        _calendar = data["calendar"]
        _hosts = data["hosts"]
        _api_id = data.get("api_id", UNSET)
        _meeting_url = data.get("meeting_url", UNSET)
        if not (
            _id.__class__ is _STR
            and _name.__class__ is _STR
            and _url.__class__ is _STR
            and _cover_url.__class__ is _STR
            and _timezone.__class__ is _STR
            and (_calendar.__class__ is _DICT or _calendar is None)
            and _hosts.__class__ is _LIST
            and (_api_id is UNSET or _api_id.__class__ is _STR)
            and (_meeting_url is UNSET or (_meeting_url.__class__ is _STR or _meeting_url is None))
        ):
            raise TypeError(f"{cls.__name__}: a field holds a value of a JSON type it does not declare")
        instance = cls(
            _parse_platform(_platform),
            _id,
            _name,
            _url,
            _cover_url,
            _datetime_from_iso(_start_at),
            _datetime_from_iso(_end_at),
            _timezone,
            None if _calendar is None else WebhookCalendar.from_dict(_calendar),
            list(map(WebhookHost.from_dict, _hosts)),
            _api_id,
            _meeting_url,
        )
        if len(data) > 10 + (_api_id is not UNSET) + (_meeting_url is not UNSET):
            instance._additional_properties = {key: value for key, value in data.items() if key not in _FIELD_NAMES}
        return instance


def _parse_platform(data: Any) -> Literal["luma"]:
    if data != "luma":
        raise ValueError(f"platform must be 'luma', got {data!r}")
    return cast(Literal["luma"], data)


from ..models.webhook_calendar import WebhookCalendar
from ..models.webhook_host import WebhookHost

# Every field as (attribute, JSON key, required, shape), in `__init__`'s order: what a decoder needs
# to rebuild a model field by field from a body `from_dict` refused (see `shape` in the template).
FIELDS: tuple[tuple[str, str, bool, Any], ...] = (
    ("platform", "platform", True, ("const", "luma")),
    ("id", "id", True, str),
    ("name", "name", True, str),
    ("url", "url", True, str),
    ("cover_url", "cover_url", True, str),
    ("start_at", "start_at", True, datetime.datetime),
    ("end_at", "end_at", True, datetime.datetime),
    ("timezone", "timezone", True, str),
    (
        "calendar",
        "calendar",
        True,
        (
            "union",
            (
                WebhookCalendar,
                None,
            ),
        ),
    ),
    ("hosts", "hosts", True, ("list", WebhookHost)),
    ("api_id", "api_id", False, str),
    (
        "meeting_url",
        "meeting_url",
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

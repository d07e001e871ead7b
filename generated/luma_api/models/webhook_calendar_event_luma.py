from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# Bound once: decoding looks them up per value.
_datetime_from_iso = datetime.datetime.fromisoformat
_date_from_iso = datetime.date.fromisoformat

T = TypeVar("T", bound="WebhookCalendarEventLuma")

# `from_dict` fills a new instance field by field instead of calling `__init__` with every
# field as an argument (which costs more than the rest of a small model); attrs' `__init__`
# does nothing else here: no validators, converters or post-init hooks.
_new_instance = object.__new__

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
class WebhookCalendarEventLuma:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        data = src_dict
        _api_id = data.get("api_id", UNSET)
        _meeting_url = data.get("meeting_url", UNSET)
        instance = _new_instance(cls)
        instance.platform = _parse_platform(data["platform"])
        instance.id = data["id"]
        instance.name = data["name"]
        instance.url = data["url"]
        instance.cover_url = data["cover_url"]
        instance.start_at = _datetime_from_iso(data["start_at"])
        instance.end_at = _datetime_from_iso(data["end_at"])
        instance.timezone = data["timezone"]
        _calendar = data["calendar"]
        instance.calendar = None if _calendar is None else WebhookCalendar.from_dict(_calendar)
        instance.hosts = list(map(WebhookHost.from_dict, data["hosts"]))
        instance.api_id = _api_id
        instance.meeting_url = _meeting_url
        if len(data) > 10 + (_api_id is not UNSET) + (_meeting_url is not UNSET):
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


def _parse_platform(data: Any) -> Literal["luma"]:
    if data != "luma":
        raise ValueError(f"platform must be 'luma', got {data!r}")
    return cast(Literal["luma"], data)


from ..models.webhook_calendar import WebhookCalendar
from ..models.webhook_host import WebhookHost

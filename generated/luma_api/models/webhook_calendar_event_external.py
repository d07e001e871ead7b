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

T = TypeVar("T", bound="WebhookCalendarEventExternal")

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
        "start_at",
        "end_at",
        "timezone",
        "host_name",
        "api_id",
    }
)


@_attrs_define
class WebhookCalendarEventExternal:
    """Summary of an external (non-Luma) event in a `calendar.event.*` notification.

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
    api_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        api_id = self.api_id

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["platform"] = platform
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["url"] = url
        field_dict["start_at"] = start_at
        field_dict["end_at"] = end_at
        field_dict["timezone"] = timezone
        field_dict["host_name"] = host_name
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict
        _api_id = data.get("api_id", UNSET)
        instance = _new_instance(cls)
        instance.platform = _parse_platform(data["platform"])
        instance.id = data["id"]
        instance.name = data["name"]
        instance.url = data["url"]
        instance.start_at = _datetime_from_iso(data["start_at"])
        _end_at = data["end_at"]
        instance.end_at = None if _end_at is None else _datetime_from_iso(_end_at)
        instance.timezone = data["timezone"]
        instance.host_name = data["host_name"]
        instance.api_id = _api_id
        if len(data) > 8 + (_api_id is not UNSET):
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


def _parse_platform(data: Any) -> Literal["external"]:
    if data != "external":
        raise ValueError(f"platform must be 'external', got {data!r}")
    return cast(Literal["external"], data)
